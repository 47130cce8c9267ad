import { buildApp, type AppParts, type BuiltApp } from "../../src/app";
import { fixedClock, type Clock } from "../../src/clock";
import { readConfig } from "../../src/config";
import { silentLogger, type Logger } from "../../src/logger";
import type { Store } from "../../src/store/open-store";
import { BotHarness } from "./teams-activities";

export type TestBot = BotHarness & { app: BuiltApp };

/** The real app, built as src/index.ts builds it, on a real store, with a fixed clock. */
export function createTestBot(
  store: Store,
  options: {
    clock?: Clock;
    connectorUrl?: string;
    env?: Record<string, string>;
    logger?: Logger;
    turnBudgets?: AppParts["turnBudgets"];
    onTurnFinished?: AppParts["onTurnFinished"];
  } = {},
): TestBot {
  const config = readConfig(options.env ?? {}, process.cwd());
  const clock = options.clock ?? fixedClock("2026-11-23T09:00:00Z");
  const app = buildApp({
    config,
    store,
    clock,
    logger: options.logger ?? silentLogger(),
    turnBudgets: options.turnBudgets,
    onTurnFinished: options.onTurnFinished,
  });
  return Object.assign(new BotHarness(app.bot, { connectorUrl: options.connectorUrl }), { app });
}
