import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, it, vi } from "vitest";
import * as crypto from "node:crypto";
import { NUDGE_SECRET_HEADER, NUDGE_TRIGGER_PATH } from "../../src/features/nudges/trigger";
import { createRepositories } from "../../src/store/repositories";
import { freePort } from "../e2e/support/ports";
import { PRODUCTION_ENV, serveBot, type ServedBot } from "../support/http-bot";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { startTestStore, type TestStore } from "../support/test-store";
import { TEAM } from "../support/teams-activities";
import { tally } from "./support/figures";
import { fingerprint, storeSettled } from "./support/store-inspection";
import { FAULT_TIME, MEMBERS, faultBot, prepareTeam } from "./support/team";
import { buildApp } from "../../src/app";
import { fixedClock } from "../../src/clock";
import type { AppConfig } from "../../src/config";
import type { Logger } from "../../src/logger";
import type { BotAdapter } from "../../src/teams/adapter";

type AppBuildParts = { adapter: BotAdapter; config: AppConfig; logger: Logger };

// Every comparison of the trigger's secret is watched: it must go through timingSafeEqual.
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const ROOT = path.resolve(__dirname, "../..");
const SECRET = "7f3c1a9e5b2d4c6f8a0b1c2d3e4f5a6b";

/** Starts the real entry point and waits until it exits (or gives up after `ms`). */
function startBot(env: Record<string, string>, ms = 30_000) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("production refuses to start without an app id", () => {
  const STARTS: [string, Record<string, string>][] = [
    ["BOT_ID unset", {}],
    ["BOT_ID empty", { BOT_ID: "" }],
    ["BOT_ID blank", { BOT_ID: "   " }],
    [
      "BOT_ID unset, everything else configured",
      {
        COSMOS_ENDPOINT: PRODUCTION_ENV.COSMOS_ENDPOINT,
        NUDGE_TRIGGER_SECRET: SECRET,
        PLAYGROUND: "off",
      },
    ],
  ];
  it.for(STARTS)(
    "on App Service (WEBSITE_HOSTNAME set) with %s",
    { timeout: 60_000 },
    async ([, extra], context) => {
      const figures = tally(context, "Authentication", "starts");
      const port = await freePort();
      const run = startBot({
        WEBSITE_HOSTNAME: PRODUCTION_ENV.WEBSITE_HOSTNAME,
        PORT: String(port),
        ...extra,
      });
      const { code, output } = await run;
      figures.check(code === 1, () => `exited with ${String(code)}`);
      figures.check(
        /BOT_ID/.test(output) && /Azure App Service/.test(output),
        () => `said: ${output.slice(0, 200)}`,
      );
      figures.check(!(await listening(port)), () => `port ${port} is open`);
      figures.expectAllHeld(3);
    },
  );
});

describe("the nudge trigger's secret", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let guarded: ServedBot;
  let unconfigured: ServedBot;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([...MEMBERS]);
    await prepareTeam(faultBot(testStore.store, connector.url), testStore.store);
    // The status summaries are refreshed a moment after the setup: not during the checks.
    await storeSettled(testStore.store);
    // A channel to post in: a sweep that ran would claim the month before posting (a write).
    await createRepositories(testStore.store).conversations.save({
      kind: "channel",
      teamId: TEAM.id,
      channelId: TEAM.id,
      conversationId: TEAM.id,
      serviceUrl: "https://smba.example/emea/",
      tenantId: "tenant-1",
      botId: "28:bot",
    });
    // The app's clock at the month's send time: a sweep that ran would be due.
    const app = (parts: AppBuildParts) =>
      buildApp({ ...parts, store: testStore.store, clock: fixedClock(FAULT_TIME) });
    guarded = await serveBot({
      env: { ...PRODUCTION_ENV, NUDGE_TRIGGER_SECRET: SECRET },
      store: testStore.store,
      app,
    });
    unconfigured = await serveBot({ env: PRODUCTION_ENV, store: testStore.store, app });
  });
  afterAll(async () => {
    await guarded.close();
    await unconfigured.close();
    await connector.stop();
    await testStore.stop();
  });

  async function trigger(url: string, headers: Record<string, string>, body: unknown = {}) {
    const response = await fetch(`${url}${NUDGE_TRIGGER_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }

  const WRONG: readonly [string, Record<string, string>][] = [
    ["no header", {}],
    ["an empty secret", { [NUDGE_SECRET_HEADER]: "" }],
    ["the secret but its last character", { [NUDGE_SECRET_HEADER]: SECRET.slice(0, -1) }],
    ["the secret and one more character", { [NUDGE_SECRET_HEADER]: `${SECRET}0` }],
    [
      "the same length, last character changed",
      { [NUDGE_SECRET_HEADER]: `${SECRET.slice(0, -1)}c` },
    ],
    ["the same length, first character changed", { [NUDGE_SECRET_HEADER]: `0${SECRET.slice(1)}` }],
    ["the secret in upper case", { [NUDGE_SECRET_HEADER]: SECRET.toUpperCase() }],
    ["a 10,000-character secret", { [NUDGE_SECRET_HEADER]: "a".repeat(10_000) }],
    ["the secret as a bearer token", { authorization: `Bearer ${SECRET}` }],
    ["the secret in another header", { "x-nudges-secret": SECRET }],
  ];

  it("refuses a wrong or missing secret with 401 and runs no sweep, comparing in constant time", async (context) => {
    const figures = tally(context, "Authentication", "requests");
    const compare = vi.mocked(crypto.timingSafeEqual);
    for (const [what, headers] of WRONG) {
      compare.mockClear();
      const before = await fingerprint(testStore.store);
      const { status } = await trigger(guarded.url, headers);
      const unchanged = (await fingerprint(testStore.store)) === before;
      const sentSecret = Object.hasOwn(headers, NUDGE_SECRET_HEADER);
      // Compared as two equal-length digests, whatever was sent: its length tells nothing.
      const constantTime = sentSecret
        ? compare.mock.calls.length === 1 &&
          compare.mock.calls.every(([a, b]) => a.byteLength === 32 && b.byteLength === 32)
        : compare.mock.calls.length === 0;
      figures.check(
        status === 401 && unchanged && constantTime,
        () =>
          `${what}: ${status}, store ${unchanged ? "unchanged" : "CHANGED"}, compares ${JSON.stringify(compare.mock.calls.map(([a, b]) => [a.byteLength, b.byteLength]))}`,
      );
    }
    // The right secret is let in (a dry run: it reports and sends nothing).
    const right = await trigger(guarded.url, { [NUDGE_SECRET_HEADER]: SECRET }, { dryRun: true });
    figures.check(
      right.status === 200 && JSON.stringify(right.json).includes("would-send"),
      () => `the right secret: ${right.status} ${JSON.stringify(right.json).slice(0, 200)}`,
    );
    figures.expectAllHeld(WRONG.length + 1);
  });

  it("refuses to run at all (503) while no secret is configured, whatever is sent", async (context) => {
    const figures = tally(context, "Authentication", "requests");
    for (const [what, headers] of [
      ...WRONG,
      ["the secret of another deployment", { [NUDGE_SECRET_HEADER]: SECRET }],
    ] as const) {
      const before = await fingerprint(testStore.store);
      const { status } = await trigger(unconfigured.url, headers);
      const unchanged = (await fingerprint(testStore.store)) === before;
      figures.check(status === 503 && unchanged, () => `${what}: ${status}`);
    }
    figures.expectAllHeld(WRONG.length + 1);
  });
});
