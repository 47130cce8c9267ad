import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepositories } from "../../../src/store/repositories";
import { startTestStore, type TestStore } from "../../support/test-store";
import { startFakeTeamsConnector, type FakeTeamsConnector } from "./support/fake-teams-connector";
import { MARCH_SWEEP, postsPerChannel, seedTeams, sweeperOn } from "./support/nudge-fixtures";

describe("two bot instances sweeping the same store at the same time", () => {
  let testStore: TestStore;
  let connector: FakeTeamsConnector;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startFakeTeamsConnector();
  });

  afterAll(async () => {
    await connector.stop();
    await testStore.stop();
  });

  it("post each team's nudge once between them", async () => {
    const repositories = createRepositories(testStore.store);
    const teams = await seedTeams(repositories, 60, connector.url);
    // Two instances: their own repositories, rate limits and senders; one store, one Teams.
    const [one, two] = await Promise.all([
      sweeperOn(testStore.store).run({ now: MARCH_SWEEP, dryRun: false }),
      sweeperOn(testStore.store).run({ now: MARCH_SWEEP, dryRun: false }),
    ]);
    const perChannel = postsPerChannel(connector.posts());
    expect(teams.map((team) => perChannel.get(team) ?? 0)).toEqual(teams.map(() => 1));
    expect((one.counts.sent ?? 0) + (two.counts.sent ?? 0)).toBe(60);
    // Each team was sent by one instance; the other found it sent or being sent.
    for (const team of teams) {
      const outcomes = [one, two].map((r) => r.teams.find((t) => t.teamId === team)?.outcome);
      expect(
        outcomes.filter((outcome) => outcome === "sent"),
        team,
      ).toHaveLength(1);
    }
    for (const team of teams) {
      expect(
        await repositories.nudges.get({ teamId: team, kind: "monthly", month: "2027-03" }),
      ).toMatchObject({ status: "sent", attempts: 1 });
    }
  }, 60_000);
});
