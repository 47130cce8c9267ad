import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SweepReport } from "../../../src/features/nudges/delivery/sweep";
import { createRepositories, type Repositories } from "../../../src/store/repositories";
import { cardText } from "../../support/teams-activities";
import { startTestStore, type TestStore } from "../../support/test-store";
import { startFakeTeamsConnector, type FakeTeamsConnector } from "./support/fake-teams-connector";
import { MARCH_SWEEP, postsPerChannel, seedTeams, sweeperOn } from "./support/nudge-fixtures";

/**
 * Delivery against a connector as strict as Teams: every team nudged exactly once, throttling
 * and failures handled as Teams asks, unreachable teams marked and left alone.
 */
describe("monthly nudge delivery against a strict Teams connector", () => {
  let testStore: TestStore;
  let connector: FakeTeamsConnector;
  let repositories: Repositories;
  let teams: string[];
  let first: SweepReport;

  /** Named teams with scripted trouble; the rest answer at once. */
  let throttled: string, throttledNoHint: string, flaky: string, conflicted: string;
  let blocked: string, gone: string, down: string;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startFakeTeamsConnector();
    repositories = createRepositories(testStore.store);
    teams = await seedTeams(repositories, 100, connector.url);
    [throttled, throttledNoHint, flaky, conflicted, blocked, gone, down] = teams as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    connector.script(throttled, [{ status: 429, retryAfterSeconds: 1 }]);
    connector.script(throttledNoHint, [{ status: 429 }, { status: 429 }]);
    connector.script(flaky, [{ status: 502 }, { status: 503 }, { status: 504 }]);
    connector.script(conflicted, [{ status: 412 }]);
    connector.script(blocked, [{ status: 403, code: "MessageWritesBlocked" }]);
    connector.script(gone, [{ status: 404 }]);
    // More failures than one run tries: left for a later sweep.
    connector.script(
      down,
      Array.from({ length: 6 }, () => ({ status: 503 as const })),
    );
    first = await sweeperOn(testStore.store).run({ now: MARCH_SWEEP, dryRun: false });
  }, 120_000);

  afterAll(async () => {
    await connector.stop();
    await testStore.stop();
  });

  it("posts one nudge to every reachable team, none twice, and never goes over Teams' limits", () => {
    const perChannel = postsPerChannel(connector.posts());
    const reachable = teams.filter((team) => ![blocked, gone, down].includes(team));
    for (const team of reachable) expect(perChannel.get(team), team).toBe(1);
    for (const team of [blocked, gone, down]) expect(perChannel.get(team)).toBeUndefined();
    expect(connector.violations()).toEqual([]);
    expect(first.counts).toEqual({ sent: 97, unreachable: 2, "pending-retry": 1 });
  });

  it("posts the month's card as a new post in the team's channel", () => {
    const post = connector.posts().find((p) => p.channelId === teams[10]);
    const text = cardText(post?.card);
    expect(text).toContain("Månedens overblik: marts 2027");
    expect(text).toContain("Statusmøde med Socialstyrelsen");
    expect(text).toContain("tirsdag den 9. marts 2027 kl. 10.00");
    expect(text).toContain("Kommune 011");
  });

  it("waits what Retry-After says before trying again after a 429", () => {
    const tries = connector.requests().filter((r) => r.channelId === throttled);
    expect(tries.map((r) => r.status)).toEqual([429, 201]);
    const [refused, accepted] = tries;
    expect((accepted?.at ?? 0) - (refused?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
  });

  it("retries 429 without Retry-After, 412, 502, 503 and 504 until the post goes through", () => {
    const statuses = (team: string) =>
      connector
        .requests()
        .filter((r) => r.channelId === team)
        .map((r) => r.status);
    expect(statuses(throttledNoHint)).toEqual([429, 429, 201]);
    expect(statuses(flaky)).toEqual([502, 503, 504, 201]);
    expect(statuses(conflicted)).toEqual([412, 201]);
  });

  it("marks a team whose channel answers 403 or 404 unreachable, records why, and stops", async () => {
    expect(await repositories.reachability.get(blocked)).toMatchObject({
      reachable: false,
      reason: "blocked",
      detail: "403 MessageWritesBlocked",
    });
    expect(await repositories.reachability.get(gone)).toMatchObject({
      reachable: false,
      reason: "not-found",
    });
    const month = { kind: "monthly", month: "2027-03" } as const;
    expect(await repositories.nudges.get({ teamId: blocked, ...month })).toMatchObject({
      status: "failed-permanently",
      lastError: "403 MessageWritesBlocked",
    });
    // One request each: a 403 or 404 is never retried.
    expect(connector.requests().filter((r) => r.channelId === blocked)).toHaveLength(1);
    expect(connector.requests().filter((r) => r.channelId === gone)).toHaveLength(1);
  });

  it("leaves a delivery that keeps failing for a later sweep, recorded as pending-retry", async () => {
    const record = await repositories.nudges.get({
      teamId: down,
      kind: "monthly",
      month: "2027-03",
    });
    expect(record).toMatchObject({
      status: "pending-retry",
      attempts: 4,
      lastError: "503 Status503",
    });
    expect(Date.parse(record?.nextAttemptAt ?? "")).toBeGreaterThan(Date.now());
  });

  it("sends nothing new when swept again, and the pending one once it is due", async () => {
    const before = connector.posts().length;
    const again = await sweeperOn(testStore.store).run({ now: MARCH_SWEEP, dryRun: false });
    expect(connector.posts()).toHaveLength(before);
    expect(again.counts).toEqual({ "already-sent": 97, unreachable: 2, "retry-later": 1 });

    // Time passes (as the store's clock sees it): the retry is due and Teams answers again.
    const later = new Date(Date.now() + 2 * 3_600_000);
    const retried = await sweeperOn(testStore.store, {
      storeClock: { now: () => later },
    }).run({ now: MARCH_SWEEP, dryRun: false });
    expect(retried.teams.find((t) => t.teamId === down)?.outcome).toBe("sent");
    expect(postsPerChannel(connector.posts()).get(down)).toBe(1);
    expect(connector.posts()).toHaveLength(before + 1);
    expect(connector.violations()).toEqual([]);
  });
});
