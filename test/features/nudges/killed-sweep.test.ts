import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SweepReport } from "../../../src/features/nudges/delivery/sweep";
import { createRepositories } from "../../../src/store/repositories";
import { startTestStore, type TestStore } from "../../support/test-store";
import { startFakeTeamsConnector, type FakeTeamsConnector } from "./support/fake-teams-connector";
import { MARCH_SWEEP, postsPerChannel, seedTeams } from "./support/nudge-fixtures";

const CHILD = path.resolve(__dirname, "support/sweep-child.ts");
const LEASE_MS = 1_500;

describe("a sweep killed in the middle of its run (SIGKILL) and started again", () => {
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

  function startSweep(): { child: ChildProcess; report: Promise<SweepReport> } {
    // One process (tsx as a loader, not its CLI, which would run the sweep in a child of its own).
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
    let output = "";
    let errors = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    const report = new Promise<SweepReport>((resolve, reject) => {
      child.once("exit", (code, signal) => {
        if (code === 0) resolve(JSON.parse(output) as SweepReport);
        else reject(new Error(`sweep exited with ${code ?? signal}: ${errors}`));
      });
    });
    return { child, report };
  }

  it("sends the rest after a restart, and none twice", async () => {
    const repositories = createRepositories(testStore.store);
    const teams = await seedTeams(repositories, 30, connector.url);

    // Teams holds the 11th post (and every later one) unanswered; the sweep is killed meanwhile.
    const held = connector.holdFrom(11);
    const first = startSweep();
    const died = first.report.catch((error: unknown) => error);
    await held.reached;
    // Let the other workers reach Teams too, so several posts are in flight at the kill.
    await new Promise((resolve) => setTimeout(resolve, 500));
    first.child.kill("SIGKILL");
    expect(await died).toBeInstanceOf(Error);
    // Teams notices the dead connections before it gets round to the held posts.
    await expect.poll(() => connector.heldAlive()).toBe(0);
    connector.release();
    // The held posts' sender is gone: Teams never takes them.
    await expect.poll(() => connector.dropped()).toBeGreaterThan(0);
    expect(connector.posts()).toHaveLength(10);
    const claimedByTheDead = connector.dropped();

    // Started again once the dead sweep's leases have run out.
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 200));
    const second = await startSweep().report;
    expect(second.counts).toEqual({ "already-sent": 10, sent: 20 });

    const perChannel = postsPerChannel(connector.posts());
    expect(teams.map((team) => perChannel.get(team) ?? 0)).toEqual(teams.map(() => 1));
    const records = await Promise.all(
      teams.map((teamId) => repositories.nudges.get({ teamId, kind: "monthly", month: "2027-03" })),
    );
    expect(records.every((record) => record?.status === "sent")).toBe(true);
    // The claims the dead sweep held were taken over: their second attempt posted.
    expect(records.filter((record) => record?.attempts === 2)).toHaveLength(claimedByTheDead);
  }, 90_000);
});
