import { buildApp } from "../../src/app";
import { fixedClock, type Clock } from "../../src/clock";
import { readConfig } from "../../src/config";
import { silentLogger } from "../../src/logger";
import type { Store } from "../../src/store/open-store";
import { BotHarness } from "./teams-activities";

/** The real app, built as src/index.ts builds it, on a real store, with a fixed clock. */
export function createTestBot(
  store: Store,
  options: { clock?: Clock; connectorUrl?: string } = {},
): BotHarness {
  const config = readConfig({}, process.cwd());
  const clock = options.clock ?? fixedClock("2026-11-23T09:00:00Z");
  const { bot } = buildApp({ config, store, clock, logger: silentLogger() });
  return new BotHarness(bot, { connectorUrl: options.connectorUrl });
}
