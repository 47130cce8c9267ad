import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuiltApp } from "../../src/app";
import { createTeamsBot } from "../../src/teams/teams-bot";
import type { BotAdapter } from "../../src/teams/adapter";
import type { AppConfig } from "../../src/config";
import type { Logger } from "../../src/logger";
import type { Store } from "../../src/store/open-store";
import { PRODUCTION_ENV, postActivity, serveBot, type ServedBot } from "../support/http-bot";
import { FORGERIES, startOpenIdStandIn, type OpenIdStandIn } from "../support/openid-stand-in";

const SERVICE_URL = "https://smba.trafficmanager.net/emea/";
const APP_ID = PRODUCTION_ENV.BOT_ID;

/** A card action as Teams sends it, for the probe verb. */
const PROBE_ACTION = {
  type: "invoke",
  name: "adaptiveCard/action",
  id: "f:1",
  channelId: "msteams",
  serviceUrl: SERVICE_URL,
  from: { id: "29:someone", name: "Someone" },
  recipient: { id: `28:${APP_ID}`, name: "Implementeringsguiden" },
  conversation: { id: "a:1", conversationType: "personal" },
  locale: "da-DK",
  value: { action: { type: "Action.Execute", verb: "probe", data: {} }, trigger: "manual" },
};

// The probe app never touches the store.
const NO_STORE = {} as Store;

describe("authentication at the edge, with an app id (tokens checked against a local OpenID stand-in)", () => {
  let keys: OpenIdStandIn;
  let bot: ServedBot;
  let turns = 0;

  const probeApp = (parts: {
    adapter: BotAdapter;
    config: AppConfig;
    logger: Logger;
  }): BuiltApp => {
    const teamsBot = createTeamsBot({
      adapter: parts.adapter,
      botAppId: APP_ID,
      logger: parts.logger,
    });
    teamsBot.router.cardAction("probe", async () => {
      turns += 1;
      return { message: "probe ran" };
    });
    return { bot: teamsBot, routes: [] };
  };

  beforeAll(async () => {
    keys = await startOpenIdStandIn();
    bot = await serveBot({
      env: PRODUCTION_ENV,
      store: NO_STORE,
      openIdMetadataUrl: keys.metadataUrl,
      app: probeApp,
    });
  });
  afterAll(async () => {
    await bot.close();
    await keys.stop();
  });

  it("lets a valid token through: the handler runs and its answer comes back", async () => {
    const before = turns;
    const response = await postActivity(bot.url, PROBE_ACTION, {
      token: keys.token({ appId: APP_ID, serviceUrl: SERVICE_URL }),
    });
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain("probe ran");
    expect(turns).toBe(before + 1);
    expect(keys.requests()).toBeGreaterThan(0);
  });

  it.each(FORGERIES)("answers 401 to a token with %s, and no handler runs", async (kind) => {
    const before = turns;
    const response = await postActivity(bot.url, PROBE_ACTION, {
      token: keys.forge(kind, { appId: APP_ID, serviceUrl: SERVICE_URL }),
    });
    expect(response.status).toBe(401);
    expect(turns).toBe(before);
  });

  it("answers 401 without a token, and to a token bound to another serviceUrl", async () => {
    const before = turns;
    expect((await postActivity(bot.url, PROBE_ACTION)).status).toBe(401);
    const elsewhere = keys.token({ appId: APP_ID, serviceUrl: "https://evil.example/" });
    expect((await postActivity(bot.url, PROBE_ACTION, { token: elsewhere })).status).toBe(401);
    expect(turns).toBe(before);
  });

  it("authenticates before it reads the body: {} or garbage without a token is 401, not 400", async () => {
    expect((await postActivity(bot.url, {})).status).toBe(401);
    expect((await postActivity(bot.url, "{not json", { raw: true })).status).toBe(401);
    const token = keys.token({ appId: APP_ID, serviceUrl: SERVICE_URL });
    // Authenticated, but not an activity.
    expect((await postActivity(bot.url, {}, { token })).status).toBe(400);
    expect((await postActivity(bot.url, "{not json", { token, raw: true })).status).toBe(400);
  });

  it("answers 503, not 401 or 500, while the signing keys cannot be fetched", async () => {
    const gone = await startOpenIdStandIn();
    await gone.stop();
    const unverifiable = await serveBot({
      env: PRODUCTION_ENV,
      store: NO_STORE,
      openIdMetadataUrl: gone.metadataUrl,
      app: probeApp,
    });
    try {
      const before = turns;
      const response = await postActivity(unverifiable.url, PROBE_ACTION, {
        token: keys.token({ appId: APP_ID, serviceUrl: SERVICE_URL }),
      });
      expect(response.status).toBe(503);
      expect(turns).toBe(before);
    } finally {
      await unverifiable.close();
    }
  });
});
