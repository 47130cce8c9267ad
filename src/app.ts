import type { AppConfig } from "./config";
import type { Clock } from "./clock";
import type { Logger } from "./logger";
import type { Store } from "./store/open-store";
import { createRepositories } from "./store/repositories";
import { createTeamsBot, type TeamsBot } from "./teams/teams-bot";
import type { TeamsAdapter } from "./teams/adapter";
import { COMMANDS, type DescribedCommand } from "./features/command-catalog";
import { registerHelp } from "./features/help";
import { registerWelcome } from "./features/welcome";
import { registerSetup } from "./features/setup";
import { downloadExport, registerDataProtection } from "./features/data-protection";
import { registerHistory } from "./features/history";
import {
  dataProtectionStore,
  historyStore,
  setupStore,
  welcomeStore,
} from "./wiring/feature-stores";

export interface AppParts {
  config: AppConfig;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Absent in unit tests that drive `application.run` through botbuilder's TestAdapter. */
  adapter?: TeamsAdapter;
}

export interface BuiltApp {
  bot: TeamsBot;
  /** What the HTTP server serves besides Bot Framework traffic. */
  http: { downloadExport(teamId: string, token: string): ReturnType<typeof downloadExport> };
}

/** Builds the bot from injected parts and registers one module per capability. */
export function buildApp(parts: AppParts): BuiltApp {
  const { config, clock, logger } = parts;
  const repositories = createRepositories(parts.store, { clock });
  const bot = createTeamsBot({
    adapter: parts.adapter,
    botAppId: config.bot.mode === "authenticated" ? config.bot.appId : undefined,
    logger,
  });

  registerWelcome(bot.router, { store: welcomeStore(repositories), logger });
  registerSetup(bot.router, { store: setupStore(repositories), clock, logger });
  registerHistory(bot.router, { store: historyStore(repositories) });
  const dataStore = dataProtectionStore(repositories);
  registerDataProtection(bot.router, {
    store: dataStore,
    clock,
    logger,
    publicBaseUrl: config.publicBaseUrl,
  });

  const described: DescribedCommand[] = Object.values(COMMANDS);
  const registeredCommands = () =>
    described.filter((command) => bot.router.registeredCommands().some((r) => r.id === command.id));
  // Help goes last: its fallback answers whatever the modules above did not.
  registerHelp(bot.router, {
    listCommands: registeredCommands,
    teamLanguage: async (teamId) => (await repositories.profiles.get(teamId))?.profile.language,
  });

  return {
    bot,
    http: { downloadExport: (teamId, token) => downloadExport(dataStore, teamId, token) },
  };
}
