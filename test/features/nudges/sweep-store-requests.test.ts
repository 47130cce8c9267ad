import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SweepReport } from "../../../src/features/nudges/delivery/sweep";
import { createRepositories, type Repositories } from "../../../src/store/repositories";
import { startProxiedStore, type ProxiedStore } from "../../support/proxied-store";
import { cardText } from "../../support/teams-activities";
import { answers, approver, click, leader } from "../../store/support/fixtures";
import { startFakeTeamsConnector, type FakeTeamsConnector } from "./support/fake-teams-connector";
import { MARCH_SWEEP, seedTeams, sweeperOn, TENANT } from "./support/nudge-fixtures";

const SFT = "social-skills-training";

/**
 * What a sweep costs the store per team, counted as requests arriving at the store (as
 * `npm run bench:nudges` counts them): a query is two requests, as @azure/cosmos 4.9 sends its
 * query-plan request beside every query. A team that gets its nudge needs one query for
 * everything the nudge is made of, the claim and its update to "sent"; a team that is settled
 * (sent, unreachable) needs the query alone. The card still says what the team's documents say.
 */
describe("the monthly sweep's store requests", () => {
  let proxied: ProxiedStore;
  let connector: FakeTeamsConnector;
  let repositories: Repositories;
  let plain: string, busy: string, unreachable: string;
  /** Requests of the sweep's listing of the teams, which is not per team. */
  let listing: number;

  const requestsDuring = async <T>(work: () => Promise<T>) => {
    const before = proxied.proxy.seen.length;
    const value = await work();
    return { value, requests: proxied.proxy.seen.length - before };
  };

  beforeAll(async () => {
    proxied = await startProxiedStore();
    connector = await startFakeTeamsConnector();
    repositories = createRepositories(proxied.store);
    [plain, busy, unreachable] = (await seedTeams(repositories, 3, connector.url)) as [
      string,
      string,
      string,
    ];
    // The busy team moved March's status meeting, sent a milestone for approval, and the bot was
    // added to a second channel later (its newest reference is where posts go).
    await repositories.scheduleOverrides.record(
      busy,
      { activityKind: "status-meeting", date: "2027-03-09" },
      { movedTo: { date: "2027-03-11", time: "10:00" } },
      leader,
      click("move-1"),
      { action: "nudge.moved" },
    );
    const milestone = `${SFT}.implementation-team`;
    await repositories.answers.saveAnswers(
      busy,
      milestone,
      answers({ q: "ja" }),
      leader,
      click("a1"),
    );
    await repositories.approvals.request(busy, milestone, 1, leader, click("r1"));
    const later = createRepositories(proxied.store, {
      clock: { now: () => new Date(Date.now() + 3_600_000) },
    });
    await later.conversations.save({
      kind: "channel",
      teamId: busy,
      channelId: `${busy}-planning`,
      conversationId: `${busy}-planning`,
      serviceUrl: connector.url,
      tenantId: TENANT,
      botId: "28:bot",
    });
    await repositories.reachability.markUnreachable(unreachable, "blocked", "403 test");
    // Warm the SDK's metadata caches (container, partition key ranges) so they are not counted.
    await sweeperOn(proxied.store).run({ now: MARCH_SWEEP, dryRun: true });
    listing = (await requestsDuring(() => repositories.profiles.listTeamIds())).requests;
  }, 60_000);

  afterAll(async () => {
    await connector.stop();
    await proxied.stop();
  });

  let first: { value: SweepReport; requests: number };

  it("reads each team with one query: 4 requests for a team it nudges, 2 for one it skips", async () => {
    first = await requestsDuring(() =>
      sweeperOn(proxied.store).run({ now: MARCH_SWEEP, dryRun: false }),
    );
    expect(first.value.counts).toEqual({ sent: 2, unreachable: 1 });
    const nudged = 2 + 1 + 1; // the query with its query-plan request, the claim, "sent"
    const skipped = 2; // the query with its query-plan request
    expect(first.requests - listing).toBe(2 * nudged + skipped);
  });

  it("posts what the documents of that one read say", () => {
    const posts = connector.posts();
    expect(posts.map((post) => post.channelId).sort()).toEqual([plain, `${busy}-planning`].sort());
    const busyCard = cardText(posts.find((post) => post.channelId === `${busy}-planning`)?.card);
    expect(busyCard).toContain("torsdag den 11. marts 2027 kl. 10.00");
    expect(busyCard).toContain("Flyttet fra");
    expect(busyCard).toContain("Der er etableret et implementeringsteam");
    expect(busyCard).toContain(`Afventer godkendelse fra ${approver.name}`);
    const plainCard = cardText(posts.find((post) => post.channelId === plain)?.card);
    expect(plainCard).toContain("tirsdag den 9. marts 2027 kl. 10.00");
    expect(plainCard).not.toContain("Afventer godkendelse");
  });

  it("reads a settled team with the one query alone when swept again", async () => {
    const again = await requestsDuring(() =>
      sweeperOn(proxied.store).run({ now: MARCH_SWEEP, dryRun: false }),
    );
    expect(again.value.counts).toEqual({ "already-sent": 2, unreachable: 1 });
    expect(again.requests - listing).toBe(3 * 2);
    expect(connector.posts()).toHaveLength(2);
  });
});
