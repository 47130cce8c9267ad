import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../src/config";

const ROOT = "/srv/app";
const APP_ID = "6f1c1f0e-2b7a-4a43-9b5e-0a4b6c2d9e11";
const TENANT = "0b8f4c2a-7d3e-4f1b-9a6c-5e2d1f0a3b44";
const HOST = "ig-bot.azurewebsites.net";

function problemsOf(env: Record<string, string>): string[] {
  try {
    readConfig(env, ROOT);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}

describe("readConfig", () => {
  it("needs nothing for local mode: embedded store, Playground, loopback, no auth", () => {
    const config = readConfig({}, ROOT);
    expect(config.port).toBe(3978);
    expect(config.host).toBe("127.0.0.1");
    expect(config.bot).toEqual({ mode: "unauthenticated" });
    expect(config.cosmos).toEqual({
      mode: "embedded",
      dataDir: "/srv/app/.local/cosmos",
      databaseId: "implementeringsguiden",
    });
    expect(config.playground.enabled).toBe(true);
    expect(config.playground.port).toBe(56150);
    expect(config.timeZone).toBe("Europe/Copenhagen");
  });

  it("treats empty values as unset", () => {
    expect(readConfig({ BOT_ID: "", COSMOS_ENDPOINT: " " }, ROOT).bot.mode).toBe("unauthenticated");
  });

  it("production: app id + Azure Cosmos with managed identity, listens on all interfaces, no Playground", () => {
    const config = readConfig(
      {
        BOT_ID: APP_ID,
        BOT_TYPE: "UserAssignedMsi",
        BOT_TENANT_ID: TENANT,
        COSMOS_ENDPOINT: "https://acct.documents.azure.com:443/",
        AZURE_CLIENT_ID: APP_ID,
        WEBSITE_HOSTNAME: HOST,
      },
      ROOT,
    );
    expect(config.publicBaseUrl).toBe(`https://${HOST}`);
    expect(config.bot).toMatchObject({
      mode: "authenticated",
      appId: APP_ID,
      appType: "UserAssignedMsi",
    });
    expect(config.cosmos).toMatchObject({
      mode: "azure",
      managedIdentityClientId: APP_ID,
      key: undefined,
    });
    expect(config.host).toBe("0.0.0.0");
    expect(config.playground.enabled).toBe(false);
  });

  it.each(["http://127.0.0.1:8081", "http://localhost:8081/", "http://[::1]:8081"])(
    "accepts plain http for a store on loopback (%s), e.g. the Cosmos DB emulator",
    (endpoint) => {
      const config = readConfig({ COSMOS_ENDPOINT: endpoint, COSMOS_KEY: "a2V5" }, ROOT);
      expect(config.cosmos).toMatchObject({ mode: "azure", endpoint, key: "a2V5" });
    },
  );

  it.each([
    "http://acct.documents.azure.com:443/",
    "http://10.0.0.5:8081",
    "http://localhost.example.com:8081",
    "http://127.0.0.1.nip.io:8081",
  ])("keeps https required for a store on any other host (%s)", (endpoint) => {
    const problems = problemsOf({ COSMOS_ENDPOINT: endpoint });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/COSMOS_ENDPOINT must use https \(got http:\)/);
    expect(problems[0]).toMatch(/only on loopback/);
  });

  it.each([
    [{ PORT: "abc" }, /PORT="abc" is not a port number/],
    [{ PORT: "70000" }, /PORT="70000"/],
    [{ PLAYGROUND_PORT: "0" }, /PLAYGROUND_PORT="0"/],
    [
      {
        BOT_ID: "not-a-guid",
        BOT_PASSWORD: "secret",
        COSMOS_ENDPOINT: "https://a.documents.azure.com",
        WEBSITE_HOSTNAME: HOST,
      },
      /BOT_ID="not-a-guid" is not a Microsoft App ID/,
    ],
    [
      {
        BOT_ID: APP_ID,
        BOT_TYPE: "Magic",
        COSMOS_ENDPOINT: "https://a.documents.azure.com",
        WEBSITE_HOSTNAME: HOST,
      },
      /BOT_TYPE="Magic" is not known/,
    ],
    [
      {
        BOT_ID: APP_ID,
        BOT_TYPE: "SingleTenant",
        BOT_TENANT_ID: TENANT,
        COSMOS_ENDPOINT: "https://a.documents.azure.com",
        WEBSITE_HOSTNAME: HOST,
      },
      /needs BOT_PASSWORD/,
    ],
    [
      {
        BOT_ID: APP_ID,
        BOT_TYPE: "UserAssignedMsi",
        COSMOS_ENDPOINT: "https://a.documents.azure.com",
        WEBSITE_HOSTNAME: HOST,
      },
      /needs BOT_TENANT_ID/,
    ],
    [{ BOT_PASSWORD: "secret" }, /BOT_PASSWORD or BOT_TYPE is set but BOT_ID is not/],
    [
      { BOT_ID: APP_ID, BOT_PASSWORD: "s", WEBSITE_HOSTNAME: HOST },
      /BOT_ID is set but COSMOS_ENDPOINT is not/,
    ],
    [
      {
        BOT_ID: APP_ID,
        BOT_PASSWORD: "s",
        COSMOS_ENDPOINT: "https://a.documents.azure.com",
        PUBLIC_BASE_URL: "http://ig.example",
      },
      /PUBLIC_BASE_URL="http:\/\/ig.example" must use https/,
    ],
    [{ PUBLIC_BASE_URL: "nope" }, /PUBLIC_BASE_URL="nope" is not a URL/],
    [{ COSMOS_ENDPOINT: "not a url" }, /COSMOS_ENDPOINT="not a url" is not a URL/],
    [{ COSMOS_ENDPOINT: "http://acct.documents.azure.com" }, /COSMOS_ENDPOINT must use https/],
    [{ COSMOS_KEY: "abc" }, /COSMOS_KEY is set but COSMOS_ENDPOINT is not/],
    [{ COSMOS_DATABASE: "bad name!" }, /COSMOS_DATABASE="bad name!"/],
    [
      { COSMOS_ENDPOINT: "https://a.documents.azure.com", AZURE_CLIENT_ID: "x" },
      /AZURE_CLIENT_ID="x" is not a client id/,
    ],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL="loud" is not a log level/],
    [{ PLAYGROUND: "maybe" }, /PLAYGROUND="maybe" is not understood/],
    [{ NUDGE_TRIGGER_SECRET: "short" }, /NUDGE_TRIGGER_SECRET is shorter than 16 characters/],
  ])("rejects %o with a message naming the variable and the fix", (env, expected) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  it.each([
    [{ WEBSITE_HOSTNAME: HOST }],
    [{ WEBSITE_HOSTNAME: HOST, PLAYGROUND: "off" }],
    [
      {
        WEBSITE_HOSTNAME: HOST,
        COSMOS_ENDPOINT: "https://acct.documents.azure.com:443/",
        AZURE_CLIENT_ID: APP_ID,
        PUBLIC_BASE_URL: `https://${HOST}`,
        PLAYGROUND: "off",
      },
    ],
  ])(
    "refuses to start without authentication on Azure App Service, whatever else is set: %o",
    (env) => {
      const problems = problemsOf(env);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/WEBSITE_HOSTNAME is set .*Azure App Service.* BOT_ID is not/);
      // Says how to fix it.
      expect(problems[0]).toMatch(/Set BOT_ID/);
    },
  );

  it("reports every problem at once, and the error text says how to fix them", () => {
    let message = "";
    try {
      readConfig({ PORT: "x", LOG_LEVEL: "loud" }, ROOT);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('PORT="x"');
    expect(message).toContain('LOG_LEVEL="loud"');
    expect(message).toContain("Fix the environment variables above");
  });

  it("sends the monthly nudges at 09:00 Copenhagen time from the bot itself unless told otherwise", () => {
    expect(readConfig({}, ROOT).nudges).toEqual({ sendHour: 9, scheduler: "in-process" });
    expect(readConfig({ NUDGE_SEND_HOUR: "07:00", NUDGE_SCHEDULER: "off" }, ROOT).nudges).toEqual({
      sendHour: 7,
      scheduler: "off",
    });
    expect(readConfig({ NUDGE_SEND_HOUR: "13" }, ROOT).nudges.sendHour).toBe(13);
  });

  it.each([
    [{ NUDGE_SEND_HOUR: "24" }, /NUDGE_SEND_HOUR="24" is not an hour of the day/],
    [{ NUDGE_SEND_HOUR: "9:30" }, /NUDGE_SEND_HOUR="9:30" is not an hour of the day/],
    [{ NUDGE_SEND_HOUR: "ni" }, /NUDGE_SEND_HOUR="ni" is not an hour of the day/],
    [{ NUDGE_SCHEDULER: "cron" }, /NUDGE_SCHEDULER="cron" is not understood/],
  ])("refuses a nudge setting it cannot use: %o", (env, problem) => {
    expect(problemsOf(env)).toEqual([expect.stringMatching(problem)]);
  });
});
