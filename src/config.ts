import path from "node:path";
import { z } from "zod";
import { isLoopbackUrl } from "./loopback";

/**
 * Configuration is read once, here, from the environment. A wrong or missing value stops start-up
 * with one line per problem, naming the variable and how to fix it.
 */

export type BotAuth =
  | { mode: "unauthenticated" }
  | {
      mode: "authenticated";
      appId: string;
      appType: "MultiTenant" | "SingleTenant" | "UserAssignedMsi";
      password?: string;
      tenantId?: string;
    };

export type CosmosConfig =
  | { mode: "embedded"; dataDir: string; databaseId: string }
  | {
      mode: "azure";
      endpoint: string;
      key?: string;
      managedIdentityClientId?: string;
      databaseId: string;
    };

export interface AppConfig {
  port: number;
  /** Without authentication the bot listens on loopback only. */
  host: string;
  bot: BotAuth;
  cosmos: CosmosConfig;
  playground: { enabled: boolean; port: number; configDir: string; logFile: string };
  nudgeTriggerSecret?: string;
  nudges: NudgeConfig;
  /** Where people's browsers reach this server (download links). */
  publicBaseUrl: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  timeZone: string;
}

export interface NudgeConfig {
  /** The hour (Copenhagen time) on the month's first working day when the nudges go out. */
  sendHour: number;
  /**
   * "in-process": the bot runs the monthly sweep itself (every instance; the delivery records keep
   * it to one post per team). "off": only `POST /api/nudges/run` (an external timer) does.
   */
  scheduler: "in-process" | "off";
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        "Fix the environment variables above (see README, 'Configuration') and start again.",
    );
    this.name = "ConfigError";
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const BOT_TYPES = ["MultiTenant", "SingleTenant", "UserAssignedMsi"] as const;

/** Empty strings count as unset: `FOO=` in a .env file means "not configured". */
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const envSchema = z.object({
  PORT: optional,
  BOT_ID: optional,
  BOT_PASSWORD: optional,
  BOT_TYPE: optional,
  BOT_TENANT_ID: optional,
  COSMOS_ENDPOINT: optional,
  COSMOS_KEY: optional,
  COSMOS_DATABASE: optional,
  AZURE_CLIENT_ID: optional,
  LOCAL_DATA_DIR: optional,
  PLAYGROUND: optional,
  PLAYGROUND_PORT: optional,
  PLAYGROUND_CONFIG_DIR: optional,
  NUDGE_TRIGGER_SECRET: optional,
  NUDGE_SEND_HOUR: optional,
  NUDGE_SCHEDULER: optional,
  LOG_LEVEL: optional,
  PUBLIC_BASE_URL: optional,
  /** Set by Azure App Service to the app's host name. */
  WEBSITE_HOSTNAME: optional,
});

function parsePort(
  name: string,
  raw: string | undefined,
  fallback: number,
  problems: string[],
): number {
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(
      `${name}="${raw}" is not a port number: use a whole number from 1 to 65535, e.g. ${name}=${fallback}.`,
    );
    return fallback;
  }
  return port;
}

function readBotAuth(env: z.infer<typeof envSchema>, problems: string[]): BotAuth {
  if (env.BOT_ID === undefined) {
    if (env.WEBSITE_HOSTNAME !== undefined) {
      // Without BOT_ID anyone who finds the app's address could drive the bot: never on Azure.
      problems.push(
        `WEBSITE_HOSTNAME is set (${env.WEBSITE_HOSTNAME}: this runs on Azure App Service) but BOT_ID is not, so the bot would accept requests without authentication. Set BOT_ID to the bot's Microsoft App ID (with BOT_TYPE and BOT_TENANT_ID, as \`atk provision\` does); local mode without authentication is for your own machine only.`,
      );
    }
    if (env.BOT_PASSWORD !== undefined || env.BOT_TYPE !== undefined) {
      problems.push(
        "BOT_PASSWORD or BOT_TYPE is set but BOT_ID is not: set BOT_ID to the bot's Microsoft App ID, or unset both for local mode.",
      );
    }
    return { mode: "unauthenticated" };
  }
  if (!GUID.test(env.BOT_ID)) {
    problems.push(
      `BOT_ID="${env.BOT_ID}" is not a Microsoft App ID: use the GUID from the Azure Bot resource (Configuration → Microsoft App ID).`,
    );
  }
  const appType = env.BOT_TYPE ?? (env.BOT_PASSWORD ? "MultiTenant" : "UserAssignedMsi");
  if (!BOT_TYPES.includes(appType as (typeof BOT_TYPES)[number])) {
    problems.push(`BOT_TYPE="${appType}" is not known: use one of ${BOT_TYPES.join(", ")}.`);
    return { mode: "unauthenticated" };
  }
  const typed = appType as (typeof BOT_TYPES)[number];
  if (typed !== "UserAssignedMsi" && env.BOT_PASSWORD === undefined) {
    problems.push(
      `BOT_TYPE=${typed} needs BOT_PASSWORD (the app registration's client secret), or use BOT_TYPE=UserAssignedMsi with a managed identity.`,
    );
  }
  if (typed !== "MultiTenant" && env.BOT_TENANT_ID === undefined) {
    problems.push(
      `BOT_TYPE=${typed} needs BOT_TENANT_ID: set it to your Microsoft Entra tenant id.`,
    );
  }
  if (env.BOT_TENANT_ID !== undefined && !GUID.test(env.BOT_TENANT_ID)) {
    problems.push(
      `BOT_TENANT_ID="${env.BOT_TENANT_ID}" is not a tenant id: use the GUID of your Microsoft Entra tenant.`,
    );
  }
  return {
    mode: "authenticated",
    appId: env.BOT_ID,
    appType: typed,
    password: env.BOT_PASSWORD,
    tenantId: env.BOT_TENANT_ID,
  };
}

function readCosmos(
  env: z.infer<typeof envSchema>,
  projectRoot: string,
  problems: string[],
): CosmosConfig {
  const databaseId = env.COSMOS_DATABASE ?? "implementeringsguiden";
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(databaseId)) {
    problems.push(
      `COSMOS_DATABASE="${databaseId}" is not a valid database id: use letters, digits, '-' or '_'.`,
    );
  }
  if (env.COSMOS_ENDPOINT === undefined) {
    if (env.COSMOS_KEY !== undefined) {
      problems.push(
        "COSMOS_KEY is set but COSMOS_ENDPOINT is not: set COSMOS_ENDPOINT to the account URI (https://<account>.documents.azure.com:443/), or unset COSMOS_KEY for local mode.",
      );
    }
    const dataDir = path.resolve(projectRoot, env.LOCAL_DATA_DIR ?? ".local/cosmos");
    return { mode: "embedded", dataDir, databaseId };
  }
  let url: URL | undefined;
  try {
    url = new URL(env.COSMOS_ENDPOINT);
  } catch {
    problems.push(
      `COSMOS_ENDPOINT="${env.COSMOS_ENDPOINT}" is not a URL: use the account URI, e.g. https://<account>.documents.azure.com:443/.`,
    );
  }
  const plainHttpOnLoopback = url?.protocol === "http:" && isLoopbackUrl(url);
  if (url && url.protocol !== "https:" && !plainHttpOnLoopback) {
    problems.push(
      `COSMOS_ENDPOINT must use https (got ${url.protocol}): use the account URI from the Azure portal (Keys → URI); plain http is accepted only on loopback (127.0.0.1, ::1, localhost), e.g. the Cosmos DB emulator.`,
    );
  }
  if (env.AZURE_CLIENT_ID !== undefined && !GUID.test(env.AZURE_CLIENT_ID)) {
    problems.push(
      `AZURE_CLIENT_ID="${env.AZURE_CLIENT_ID}" is not a client id: use the GUID of the user-assigned managed identity.`,
    );
  }
  return {
    mode: "azure",
    endpoint: env.COSMOS_ENDPOINT,
    key: env.COSMOS_KEY,
    managedIdentityClientId: env.AZURE_CLIENT_ID,
    databaseId,
  };
}

const DEFAULT_NUDGE_SEND_HOUR = 9;

function readNudgeConfig(env: z.infer<typeof envSchema>, problems: string[]): NudgeConfig {
  let sendHour = DEFAULT_NUDGE_SEND_HOUR;
  if (env.NUDGE_SEND_HOUR !== undefined) {
    // "9", "09" or "09:00": a whole hour of the day.
    const match = /^(\d{1,2})(?::00)?$/.exec(env.NUDGE_SEND_HOUR);
    const hour = match ? Number(match[1]) : Number.NaN;
    if (!Number.isInteger(hour) || hour > 23) {
      problems.push(
        `NUDGE_SEND_HOUR="${env.NUDGE_SEND_HOUR}" is not an hour of the day: use a whole hour from 0 to 23 (Copenhagen time), e.g. NUDGE_SEND_HOUR=9 or 09:00.`,
      );
    } else {
      sendHour = hour;
    }
  }
  const scheduler = (env.NUDGE_SCHEDULER ?? "in-process").toLowerCase();
  if (scheduler !== "in-process" && scheduler !== "off") {
    problems.push(
      `NUDGE_SCHEDULER="${env.NUDGE_SCHEDULER}" is not understood: use in-process (default: the bot sends the monthly nudges itself) or off (only POST /api/nudges/run does).`,
    );
    return { sendHour, scheduler: "in-process" };
  }
  return { sendHour, scheduler };
}

/** Pure: the same environment always gives the same config or the same error. */
export function readConfig(
  rawEnv: Record<string, string | undefined>,
  projectRoot: string,
): AppConfig {
  const env = envSchema.parse(rawEnv);
  const problems: string[] = [];
  const port = parsePort("PORT", env.PORT, 3978, problems);
  const bot = readBotAuth(env, problems);
  const cosmos = readCosmos(env, projectRoot, problems);

  const logLevel = (env.LOG_LEVEL ?? "info").toLowerCase();
  if (!LOG_LEVELS.includes(logLevel as (typeof LOG_LEVELS)[number])) {
    problems.push(
      `LOG_LEVEL="${env.LOG_LEVEL}" is not a log level: use one of ${LOG_LEVELS.join(", ")}.`,
    );
  }

  const playgroundSetting = (env.PLAYGROUND ?? "auto").toLowerCase();
  if (!["auto", "on", "off"].includes(playgroundSetting)) {
    problems.push(
      `PLAYGROUND="${env.PLAYGROUND}" is not understood: use auto (default: on without BOT_ID), on or off.`,
    );
  }
  if (playgroundSetting === "on" && bot.mode === "authenticated") {
    problems.push(
      "PLAYGROUND=on needs local mode: the Playground cannot authenticate to a bot with BOT_ID set. Unset BOT_ID or PLAYGROUND.",
    );
  }
  const playgroundPort = parsePort("PLAYGROUND_PORT", env.PLAYGROUND_PORT, 56150, problems);

  if (env.NUDGE_TRIGGER_SECRET !== undefined && env.NUDGE_TRIGGER_SECRET.length < 16) {
    problems.push(
      "NUDGE_TRIGGER_SECRET is shorter than 16 characters: use a long random value (e.g. `openssl rand -hex 32`).",
    );
  }
  const nudges = readNudgeConfig(env, problems);
  if (bot.mode === "authenticated" && cosmos.mode === "embedded") {
    problems.push(
      "BOT_ID is set but COSMOS_ENDPOINT is not: production needs Azure Cosmos DB. Set COSMOS_ENDPOINT, or unset BOT_ID for local mode.",
    );
  }

  let publicBaseUrl =
    env.PUBLIC_BASE_URL ??
    (env.WEBSITE_HOSTNAME ? `https://${env.WEBSITE_HOSTNAME}` : `http://localhost:${port}`);
  try {
    const url = new URL(publicBaseUrl);
    if (bot.mode === "authenticated" && url.protocol !== "https:") {
      problems.push(
        `PUBLIC_BASE_URL="${publicBaseUrl}" must use https in production: use the bot's public address, e.g. https://<app>.azurewebsites.net.`,
      );
    }
    publicBaseUrl = url.origin;
  } catch {
    problems.push(
      `PUBLIC_BASE_URL="${publicBaseUrl}" is not a URL: use the bot's public address, e.g. https://<app>.azurewebsites.net.`,
    );
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host: bot.mode === "unauthenticated" ? "127.0.0.1" : "0.0.0.0",
    bot,
    cosmos,
    playground: {
      enabled: bot.mode === "unauthenticated" && playgroundSetting !== "off",
      port: playgroundPort,
      configDir: path.resolve(projectRoot, env.PLAYGROUND_CONFIG_DIR ?? "playground/team"),
      logFile: path.resolve(projectRoot, ".local/playground.log"),
    },
    nudgeTriggerSecret: env.NUDGE_TRIGGER_SECRET,
    nudges,
    publicBaseUrl,
    logLevel: logLevel as AppConfig["logLevel"],
    timeZone: "Europe/Copenhagen",
  };
}
