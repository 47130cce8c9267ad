import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import type { SweepReport } from "../../src/features/nudges/delivery/sweep";
import { createRepositories } from "../../src/store/repositories";
import {
  startFakeTeamsConnector,
  type FakeTeamsConnector,
} from "../features/nudges/support/fake-teams-connector";
import {
  FAST_POLICY,
  MARCH_SWEEP,
  postsPerChannel,
  seedTeams,
  sweeperOn,
} from "../features/nudges/support/nudge-fixtures";
import { startTestStore, type TestStore } from "../support/test-store";
import { brief, tally } from "./support/figures";
import { allDocuments, schemaFailures } from "./support/store-inspection";

const CHILD = path.resolve(__dirname, "../features/nudges/support/sweep-child.ts");
const TEAMS = 40;
const FAILURE_RATE = 0.2;
const SEED = Number(process.env.FAULTS_SEED ?? 20_261_124);
const LEASE_MS = 1_500;
/** Sweeps after the killed one, each later than the last, until every team has settled. */
const MAX_FOLLOW_UP_SWEEPS = 8;

/**
 * Monthly nudges from two bot instances at once — one in a process of its own, killed with
 * SIGKILL in the middle of its sweep — against a Teams connector that answers a fifth of the posts
 * with 429 or 5xx and some teams' channels with 403 or 404: every reachable team gets its nudge
 * exactly once, and the unreachable ones are marked and left alone.
 */
describe("nudges", () => {
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

  function startChildSweep(): { child: ChildProcess; exited: Promise<number | string | null> } {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD], {
      env: {
        ...process.env,
        COSMOS_ENDPOINT: testStore.server.endpoint,
        COSMOS_KEY: testStore.server.key,
        COSMOS_DATABASE: testStore.store.database.id,
        LEASE_MS: String(LEASE_MS),
        SWEEP_NOW: MARCH_SWEEP.toISOString(),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | string | null>((resolve) =>
      child.once("exit", (code, signal) => resolve(code ?? signal)),
    );
    return { child, exited };
  }

  it(`two instances, one killed mid-sweep, ${FAILURE_RATE * 100} % of posts failing: every team nudged exactly once, unreachable teams marked`, async (context) => {
    const figures = tally(context, "Nudges", "teams");
    const repositories = createRepositories(testStore.store);
    const teams = await seedTeams(repositories, TEAMS, connector.url);
    const blocked = teams.slice(0, 2);
    const gone = teams.slice(2, 4);
    for (const team of blocked)
      connector.script(team, [{ status: 403, code: "MessageWritesBlocked" }]);
    for (const team of gone) connector.script(team, [{ status: 404 }]);
    connector.failRandomly(FAILURE_RATE, SEED);

    // The instance in a process of its own starts first; Teams holds every post from the 8th on.
    // Once it waits there, the other instance starts (its posts wait too), the first is killed
    // with posts in flight, and Teams answers again: the survivor goes on.
    const held = connector.holdFrom(8);
    const killed = startChildSweep();
    await held.reached;
    const policy = { ...FAST_POLICY, leaseMs: LEASE_MS };
    const other = sweeperOn(testStore.store, { policy }).run({ now: MARCH_SWEEP, dryRun: false });
    await new Promise((resolve) => setTimeout(resolve, 500));
    killed.child.kill("SIGKILL");
    const exit = await killed.exited;
    // The dead instance's connections close before Teams gets round to its held posts.
    await new Promise((resolve) => setTimeout(resolve, 300));
    connector.release();
    const reports: SweepReport[] = [await other];

    // Later sweeps (the hourly trigger) take over the dead instance's claims once their leases
    // run out, and retry what is due; the store's clock moves on as time would.
    let later = Date.now();
    for (let i = 0; i < MAX_FOLLOW_UP_SWEEPS && !reports[reports.length - 1]?.settled; i++) {
      await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 200));
      later += 6 * 3_600_000;
      const at = new Date(later);
      reports.push(
        await sweeperOn(testStore.store, { storeClock: { now: () => at } }).run({
          now: MARCH_SWEEP,
          dryRun: false,
        }),
      );
    }

    const perChannel = postsPerChannel(connector.posts());
    const unreachable = new Set([...blocked, ...gone]);
    for (const team of teams) {
      const posts = perChannel.get(team) ?? 0;
      const record = await repositories.nudges.get({
        teamId: team,
        kind: "monthly",
        month: "2027-03",
      });
      if (unreachable.has(team)) {
        const reach = await repositories.reachability.get(team);
        figures.check(
          posts === 0 && reach?.reachable === false && record?.status === "failed-permanently",
          () =>
            `unreachable ${team}: ${posts} posts, reachable ${String(reach?.reachable)}, record ${record?.status}`,
        );
      } else {
        figures.check(
          posts === 1 && record?.status === "sent",
          () => `${team}: ${posts} posts, record ${record?.status ?? "none"}`,
        );
      }
    }
    figures.check(
      connector.dropped() > 0,
      () => "the killed instance had no post in flight: the kill did not interrupt a sweep",
    );
    figures.check(
      connector.violations().length === 0,
      () => `over Teams' limits: ${brief(connector.violations())}`,
    );
    figures.check(
      schemaFailures(await allDocuments(testStore.store)).length === 0,
      () => "a document fails its schema",
    );
    const injected = connector.requests().filter((r) => r.status === 429 || r.status >= 500).length;
    figures.note(
      `killed instance exited with ${String(exit)}; ${connector.dropped()} of its posts never reached Teams`,
    );
    figures.note(
      `${connector.requests().length} requests to Teams, ${injected} answered 429/5xx; ${connector.posts().length} posts accepted`,
    );
    figures.note(
      `${reports.length} sweeps by the surviving instances: ${reports.map((r) => JSON.stringify(r.counts)).join(" → ")}`,
    );
    figures.expectAllHeld(TEAMS + 3);
  });
});
