import type { AppConfig } from "./config";
import type { Clock } from "./clock";
import type { Logger } from "./logger";
import type { Store } from "./store/open-store";
import { createRepositories } from "./store/repositories";
import { createTeamsBot, type FinishedTurn, type TeamsBot } from "./teams/teams-bot";
import type { BotAdapter } from "./teams/adapter";
import type { TurnBudgets } from "./teams/turn-budgets";
import type { CommandDeclaration, Feature, FeatureContext, HttpRoute } from "./features/feature";
import { helpFeature } from "./features/help";
import { welcomeFeature } from "./features/welcome";
import { setupFeature } from "./features/setup";
import { historyFeature } from "./features/history";
import { milestonesFeature } from "./features/milestones";
import { approvalsFeature } from "./features/approvals";
import { statusFeature } from "./features/status";
import { dataProtectionFeature } from "./features/data-protection";
import { planExportFeature } from "./features/plan-export";
import { explainFailure } from "./features/failure-explanations";
import { nudgesFeature, nudgeSweeperFor } from "./features/nudges";
import type { NudgeSweeper } from "./features/nudges/delivery/sweep";
import { createProactiveMessenger } from "./teams/proactive-sender";

/**
 * Every capability of the bot, in the order help lists their commands. Help answers whatever no
 * other feature understood, wherever it stands in the list.
 */
export const FEATURES: readonly Feature[] = [
  helpFeature,
  setupFeature,
  milestonesFeature,
  approvalsFeature,
  statusFeature,
  historyFeature,
  planExportFeature,
  dataProtectionFeature,
  nudgesFeature,
  welcomeFeature,
];

export function allCommands(features: readonly Feature[] = FEATURES): CommandDeclaration[] {
  return features.flatMap((feature) => feature.commands);
}

export interface AppParts {
  config: AppConfig;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Absent in unit tests that drive `application.run` through botbuilder's TestAdapter. */
  adapter?: BotAdapter;
  /** Shorter turn budgets for tests of what a late answer says; production uses TURN_BUDGETS. */
  turnBudgets?: Partial<TurnBudgets>;
  /** Told when each turn has answered (benchmarks and tests count store round trips). */
  onTurnFinished?: (turn: FinishedTurn) => void;
}

export interface BuiltApp {
  bot: TeamsBot;
  /** What the HTTP server serves besides Bot Framework traffic. */
  routes: HttpRoute[];
  /** The monthly nudges' sweep, for the in-process scheduler (src/index.ts); tests that build a bare app leave it out. */
  nudges?: NudgeSweeper;
}

/** Builds the bot from injected parts and registers every feature. */
export function buildApp(parts: AppParts): BuiltApp {
  const { config, clock, logger } = parts;
  const bot = createTeamsBot({
    adapter: parts.adapter,
    botAppId: config.bot.mode === "authenticated" ? config.bot.appId : undefined,
    logger,
    budgets: parts.turnBudgets,
    onTurnFinished: parts.onTurnFinished,
    explainFailure,
  });
  const commands = allCommands();
  const context: FeatureContext = {
    repositories: createRepositories(parts.store, { clock }),
    clock,
    logger,
    config,
    commands: () => commands,
    ...(parts.adapter
      ? {
          proactive: createProactiveMessenger(parts.adapter, {
            botAppId: config.bot.mode === "authenticated" ? config.bot.appId : "",
          }),
        }
      : {}),
  };
  for (const feature of FEATURES) feature.register(bot.router, context);
  bot.router.seal();
  assertDeclarationsHonoured(bot);
  return {
    bot,
    routes: FEATURES.flatMap((feature) => feature.routes?.(context) ?? []),
    nudges: nudgeSweeperFor(context),
  };
}

/** A declared command or verb without a handler would be a dead button or menu entry: fail at start. */
function assertDeclarationsHonoured(bot: TeamsBot): void {
  const commands = new Set(bot.router.registeredCommands().map((c) => c.id));
  const verbs = bot.router.registeredVerbs();
  const seenVerbs = new Set<string>();
  for (const feature of FEATURES) {
    for (const command of feature.commands) {
      if (!commands.has(command.id))
        throw new Error(
          `feature ${feature.name} declares command ${command.id} but registers none`,
        );
    }
    for (const verb of feature.verbs) {
      if (seenVerbs.has(verb)) throw new Error(`verb ${verb} is declared by two features`);
      seenVerbs.add(verb);
      if (!verbs.includes(verb))
        throw new Error(`feature ${feature.name} declares verb ${verb} but handles none`);
    }
  }
  for (const verb of verbs) {
    if (!seenVerbs.has(verb)) throw new Error(`verb ${verb} is handled but no feature declares it`);
  }
}
