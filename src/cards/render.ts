import fs from "node:fs";
import path from "node:path";
import * as ACData from "adaptivecards-templating";
import { findProjectRoot } from "../paths";
import { isAdaptiveCard, type AdaptiveCard } from "./adaptive-card";

const templateCache = new Map<string, unknown>();

function loadTemplate(name: string): unknown {
  const cached = templateCache.get(name);
  if (cached !== undefined) return cached;
  const file = path.join(findProjectRoot(), "cards", `${name}.json`);
  const parsed: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  templateCache.set(name, parsed);
  return parsed;
}

/**
 * Binds `cards/<name>.json` to its data with adaptivecards-templating. Each card has a typed
 * wrapper (e.g. `renderHelpCard`) so callers cannot pass the wrong shape.
 */
export function renderTemplate(name: string, data: object): AdaptiveCard {
  const template = new ACData.Template(loadTemplate(name));
  const card: unknown = template.expand({ $root: data });
  if (!isAdaptiveCard(card))
    throw new Error(`cards/${name}.json did not expand to an Adaptive Card`);
  return card;
}
