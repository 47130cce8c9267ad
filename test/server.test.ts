import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { fixedClock } from "../src/clock";
import { readConfig } from "../src/config";
import { silentLogger } from "../src/logger";
import { createServer, listen } from "../src/server";
import { createTeamsAdapter } from "../src/teams/adapter";
import { startTestStore, type TestStore } from "./support/test-store";

const PRODUCTION_ENV = {
  BOT_ID: "6f1c1f0e-2b7a-4a43-9b5e-0a4b6c2d9e11",
  BOT_TYPE: "MultiTenant",
  BOT_PASSWORD: "not-a-real-secret",
  COSMOS_ENDPOINT: "https://acct.documents.azure.com:443/",
  WEBSITE_HOSTNAME: "ig-bot.azurewebsites.net",
};

const MESSAGE = {
  type: "message",
  id: "1",
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  from: { id: "29:someone", name: "Someone" },
  recipient: { id: "28:bot", name: "Implementeringsguiden" },
  conversation: { id: "a:1" },
  text: "hjælp",
};

/** The real HTTP server, configured as in production (app id set) or as locally (none). */
async function serve(env: Record<string, string>, store: TestStore["store"]) {
  const config = readConfig(env, process.cwd());
  const logger = silentLogger();
  const adapter = createTeamsAdapter(config.bot, logger);
  const app = buildApp({
    config,
    store,
    clock: fixedClock("2026-11-23T09:00:00Z"),
    logger,
    adapter,
  });
  const server = createServer({ adapter, app, isStoreHealthy: () => store.isHealthy(), logger });
  await listen(server, 0, "127.0.0.1");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

describe("HTTP server", () => {
  let testStore: TestStore;
  beforeAll(async () => {
    testStore = await startTestStore();
  });
  afterAll(() => testStore.stop());

  it("with an app id, refuses Bot Framework traffic that carries no valid token", async () => {
    const server = await serve(PRODUCTION_ENV, testStore.store);
    try {
      const response = await fetch(`${server.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(MESSAGE),
      });
      expect(response.status).toBe(401);
      const forged = await fetch(`${server.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer not.a.jwt" },
        body: JSON.stringify(MESSAGE),
      });
      expect(forged.status).toBe(401);
    } finally {
      server.close();
    }
  });

  it("reports the store's health on /healthz", async () => {
    const server = await serve({}, testStore.store);
    try {
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", store: "ok" });
    } finally {
      server.close();
    }
  });
});
