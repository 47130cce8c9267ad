import fs from "node:fs";
import path from "node:path";
import * as ACData from "adaptivecards-templating";
import { findProjectRoot } from "../paths";
import { isAdaptiveCard, type AdaptiveCard } from "./adaptive-card";

/**
 * One prepared `Template` per card. Its constructor parses every `${…}` in the card with
 * adaptive-expressions' ANTLR parser, which cost about a fifth of the bot's CPU when it ran on
 * every reply; `expand` only evaluates the parsed expressions, builds a new card each time and is
 * synchronous, so one instance serves every turn (the library documents binding one template to
 * different data in a loop).
 */
const templates = new Map<string, ACData.Template>();

function templateFor(name: string): ACData.Template {
  const cached = templates.get(name);
  if (cached !== undefined) return cached;
  const file = path.join(findProjectRoot(), "cards", `${name}.json`);
  const template = new ACData.Template(JSON.parse(fs.readFileSync(file, "utf8")));
  templates.set(name, template);
  return template;
}

/**
 * Binds `cards/<name>.json` to its data with adaptivecards-templating. Each card has a typed
 * wrapper (e.g. `renderHelpCard`) so callers cannot pass the wrong shape.
 */
export function renderTemplate(name: string, data: object): AdaptiveCard {
  const card: unknown = templateFor(name).expand({ $root: data });
  if (!isAdaptiveCard(card))
    throw new Error(`cards/${name}.json did not expand to an Adaptive Card`);
  return card;
}
