import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SweepReport } from "../../../src/features/nudges/delivery/sweep";
import { NUDGE_TRIGGER_PATH } from "../../../src/features/nudges/trigger";
import { createRepositories } from "../../../src/store/repositories";
import { PRODUCTION_ENV, serveBot, type ServedBot } from "../../support/http-bot";
import { startTestStore, type TestStore } from "../../support/test-store";
import { seedTeams } from "./support/nudge-fixtures";

const SECRET = "a-long-random-trigger-secret-0123456789";

async function trigger(
  bot: ServedBot,
  body?: unknown,
  secret?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${bot.url}${NUDGE_TRIGGER_PATH}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret === undefined ? {} : { "x-nudge-secret": secret }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /api/nudges/run", () => {
  let testStore: TestStore;
  const served: ServedBot[] = [];

  beforeAll(async () => {
    testStore = await startTestStore();
  });

  afterAll(async () => {
    for (const bot of served) await bot.close();
    await testStore.stop();
  });

  async function serve(env: Record<string, string>): Promise<ServedBot> {
    const bot = await serveBot({ env, store: testStore.store });
    served.push(bot);
    return bot;
  }

  it("refuses to run at all in production without a configured secret", async () => {
    const bot = await serve(PRODUCTION_ENV);
    const answer = await trigger(bot, {}, "anything-at-all-goes-here");
    expect(answer.status).toBe(503);
    expect(answer.body.error).toContain("NUDGE_TRIGGER_SECRET is not set");
  });

  it("runs in production only with the right secret", async () => {
    const bot = await serve({ ...PRODUCTION_ENV, NUDGE_TRIGGER_SECRET: SECRET });
    expect((await trigger(bot, {})).status).toBe(401);
    expect((await trigger(bot, {}, `${SECRET}x`)).status).toBe(401);
    expect((await trigger(bot, {}, SECRET.slice(0, -1))).status).toBe(401);
    const answer = await trigger(bot, {}, SECRET);
    expect(answer.status).toBe(200);
    // The app's clock says 23 November 2026: November's nudge is due.
    expect(answer.body).toMatchObject({ month: "2026-11", due: true, dryRun: false });
  });

  it("does not let production be told another time", async () => {
    const bot = await serve({ ...PRODUCTION_ENV, NUDGE_TRIGGER_SECRET: SECRET });
    const answer = await trigger(bot, { now: "2027-03-01T08:30:00Z" }, SECRET);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain("only in local mode");
  });

  it("runs in local mode without a secret, as of the time it is told", async () => {
    const bot = await serve({});
    const answer = await trigger(bot, { dryRun: true, now: "2027-03-01T06:30:00Z" });
    expect(answer.status).toBe(200);
    // 07:30 in Copenhagen: before 09:00 on the first working day, so nothing is due yet.
    expect(answer.body).toMatchObject({ month: "2027-03", due: false, teams: [] });
  });

  it("says what it would send on a dry run, and sends and records nothing", async () => {
    const repositories = createRepositories(testStore.store);
    const [teamId] = await seedTeams(repositories, 1, "http://127.0.0.1:9/", "Dry");
    const bot = await serve({});
    const answer = await trigger(bot, { dryRun: true, now: "2027-03-01T08:30:00Z" });
    const report = answer.body as unknown as SweepReport;
    const team = report.teams.find((t) => t.teamId === teamId);
    expect(team).toMatchObject({ outcome: "would-send", organisation: "Dry 001" });
    expect(team?.summary).toContain(
      "Statusmøde med Socialstyrelsen tirsdag den 9. marts 2027 kl. 10.00",
    );
    expect(
      await repositories.nudges.get({ teamId: teamId ?? "", kind: "monthly", month: "2027-03" }),
    ).toBeNull();
  });

  it("answers a body it cannot read with 400", async () => {
    const bot = await serve({});
    for (const body of [{ now: "next Monday" }, { dryRun: "yes" }, { force: true }, [1]]) {
      expect((await trigger(bot, body)).status).toBe(400);
    }
  });
});
