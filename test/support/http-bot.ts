import type { AddressInfo } from "node:net";
import { buildApp, type BuiltApp } from "../../src/app";
import { fixedClock } from "../../src/clock";
import { readConfig, type AppConfig } from "../../src/config";
import { silentLogger, type Logger } from "../../src/logger";
import type { Store } from "../../src/store/open-store";
import { createServer, listen } from "../../src/server";
import { createTeamsAdapter, type BotAdapter } from "../../src/teams/adapter";

/** The production configuration, minus the parts only Azure has. */
export const PRODUCTION_ENV = {
  BOT_ID: "6f1c1f0e-2b7a-4a43-9b5e-0a4b6c2d9e11",
  BOT_TYPE: "MultiTenant",
  BOT_PASSWORD: "not-a-real-secret",
  COSMOS_ENDPOINT: "https://acct.documents.azure.com:443/",
  WEBSITE_HOSTNAME: "ig-bot.azurewebsites.net",
};

export interface ServedBot {
  url: string;
  config: AppConfig;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Environment as `readConfig` sees it; `{}` is local mode (no authentication). */
  env?: Record<string, string>;
  store: Store;
  /** Where the adapter fetches the channel's signing keys (see `startOpenIdStandIn`). */
  openIdMetadataUrl?: string;
  /** Something else than the real app on the same adapter, e.g. a probe that counts turns. */
  app?: (parts: { adapter: BotAdapter; config: AppConfig; logger: Logger }) => BuiltApp;
  isStoreHealthy?: () => Promise<boolean>;
  logger?: Logger;
}

/** The real restify server with the real adapter, configured from `env`, on a loopback port. */
export async function serveBot(options: ServeOptions): Promise<ServedBot> {
  const config = readConfig(options.env ?? {}, process.cwd());
  const logger = options.logger ?? silentLogger();
  const adapter = createTeamsAdapter(config.bot, logger, {
    openIdMetadataUrl: options.openIdMetadataUrl,
  });
  const app =
    options.app?.({ adapter, config, logger }) ??
    buildApp({
      config,
      store: options.store,
      clock: fixedClock("2026-11-23T09:00:00Z"),
      logger,
      adapter,
    });
  const server = createServer({
    adapter,
    app,
    isStoreHealthy: options.isStoreHealthy ?? (() => options.store.isHealthy()),
    logger,
  });
  await listen(server, 0, "127.0.0.1");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    config,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** POSTs an activity (or any body) to /api/messages; gives up after `timeoutMs`. */
export async function postActivity(
  url: string,
  body: unknown,
  options: { token?: string; timeoutMs?: number; raw?: boolean } = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/api/messages`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.raw ? String(body) : JSON.stringify(body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed };
}
