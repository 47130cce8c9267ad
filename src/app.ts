import type { AppConfig } from "./config";
import type { Clock } from "./clock";
import type { Logger } from "./logger";
import type { Store } from "./store/open-store";
import { createTeamsBot, type TeamsBot } from "./teams/teams-bot";
import type { TeamsAdapter } from "./teams/adapter";
import { COMMANDS, type DescribedCommand } from "./features/command-catalog";
import { registerHelp } from "./features/help";

export interface AppParts {
  config: AppConfig;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Absent in unit tests that drive `application.run` through botbuilder's TestAdapter. */
  adapter?: TeamsAdapter;
}

/** Builds the bot from injected parts and registers one module per capability. */
export function buildApp(parts: AppParts): TeamsBot {
  const bot = createTeamsBot({
    adapter: parts.adapter,
    botAppId: parts.config.bot.mode === "authenticated" ? parts.config.bot.appId : undefined,
    logger: parts.logger,
  });
  const described: DescribedCommand[] = Object.values(COMMANDS);
  const registeredCommands = () =>
    described.filter((command) => bot.router.registeredCommands().some((r) => r.id === command.id));

  // Help goes last: its fallback answers whatever the modules above did not.
  registerHelp(bot.router, registeredCommands);
  return bot;
}
