/**
 * Nudge sweep benchmark (issue 12): `npm run bench:nudges [-- --teams 10000 --scenarios clean,429]`.
 *
 * For each scenario, in a fresh database: seeds that many teams in the store — its own process,
 * as Cosmos DB is in Azure — with their channels on a loopback Teams connector, also a process of
 * its own, as strict as Teams (per conversation 7/1 s, 8/2 s, 60/30 s, 1,800/h; per tenant 50/s;
 * 429 with Retry-After to anything over), then runs the month's sweep as production does
 * (DEFAULT_POLICY, the feature's concurrency) and a second sweep that must send nothing. Prints
 * wall time against the rate floor (teams ÷ 50 per second), deliveries per team (missed,
 * duplicated), retries, unreachable teams, peak RSS and CPU of each process. Figures, not
 * assertions.
 *
 * Scenarios: `clean` (no injected faults), `429` (10 % of posts answered 429, half with
 * Retry-After), `mixed` (10 % 429/5xx and 1 % of channels answering 403).
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { DEFAULT_POLICY } from "../../src/features/nudges/delivery/deliver";
import { SWEEP_CONCURRENCY } from "../../src/features/nudges";
import { openStore, type Store } from "../../src/store/open-store";
import { createRepositories } from "../../src/store/repositories";
import {
  MARCH_SWEEP,
  seedTeams,
  sweeperOn,
} from "../../test/features/nudges/support/nudge-fixtures";
import { cpuMs, peakRssMb, processCpuMs } from "./child-ipc";
import { BENCH_STORE_KEY, startHelper, type HelperProcess } from "./processes";
import { num } from "./stats";

/** Teams' per-tenant limit for a bot: the floor no sender can beat. */
const TENANT_POSTS_PER_SECOND = 50;
const SEED_CONCURRENCY = 16;

interface Scenario {
  name: string;
  describe: string;
  failRate?: number;
  only429?: boolean;
  unreachableShare?: number;
  target: string;
  targetRatio: number;
}

const SCENARIOS: Record<string, Scenario> = {
  clean: {
    name: "clean",
    describe: "no injected faults",
    target: "≤ 1.1× the floor",
    targetRatio: 1.1,
  },
  "429": {
    name: "429",
    describe: "10 % of posts answered 429 (half with Retry-After: 1)",
    failRate: 0.1,
    only429: true,
    target: "≤ 1.25× the floor",
    targetRatio: 1.25,
  },
  mixed: {
    name: "mixed",
    describe: "10 % of posts 429/5xx, 1 % of channels 403",
    failRate: 0.1,
    unreachableShare: 0.01,
    target: "(no target; faults as in the fault suite)",
    targetRatio: Number.POSITIVE_INFINITY,
  },
};

async function seed(store: Store, teams: number, connectorUrl: string): Promise<string[]> {
  const repositories = createRepositories(store);
  const per = Math.ceil(teams / SEED_CONCURRENCY);
  const batches = await Promise.all(
    Array.from({ length: SEED_CONCURRENCY }, (_, i) =>
      seedTeams(
        repositories,
        Math.max(0, Math.min(per, teams - i * per)),
        connectorUrl,
        `Kommune ${i}`,
      ),
    ),
  );
  return batches.flat();
}

async function runScenario(scenario: Scenario, teams: number, store: HelperProcess) {
  const connector = await startHelper("teams-connector", "teams-connector-process.ts");
  const cosmos = await openStore({
    endpoint: store.url,
    databaseId: `bench-nudges-${randomUUID()}`,
    auth: { key: BENCH_STORE_KEY },
    createIfMissing: true,
    disableEndpointDiscovery: true,
  });
  const seedStarted = performance.now();
  const teamIds = await seed(cosmos, teams, `${connector.url}/`);
  const seedSeconds = (performance.now() - seedStarted) / 1_000;
  const unreachable = teamIds.filter(
    (_, i) =>
      scenario.unreachableShare !== undefined &&
      i % Math.round(1 / scenario.unreachableShare) === 0,
  );
  if (scenario.failRate !== undefined)
    connector.instruct({
      failRate: scenario.failRate,
      seed: 20_261_124,
      only429: scenario.only429,
    });
  if (unreachable.length > 0) connector.instruct({ unreachable });
  await connector.stats(); // IPC is ordered: the instructions have been applied.

  const sweeper = sweeperOn(cosmos, { policy: DEFAULT_POLICY, concurrency: SWEEP_CONCURRENCY });
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss / 1_048_576);
  }, 250);
  const rssBefore = process.memoryUsage().rss / 1_048_576;
  const storeBefore = await store.stats(true);
  const cpuBefore = cpuMs();
  const storeCpuBefore = processCpuMs(store.pid) ?? 0;
  const first = await sweeper.run({ now: MARCH_SWEEP, dryRun: false });
  const sweepCpu = cpuMs() - cpuBefore;
  const storeCpu = (processCpuMs(store.pid) ?? 0) - storeCpuBefore;
  clearInterval(sampler);
  const storeAfter = await store.stats();
  const storeCalls = (storeAfter["calls"] as string[] | undefined) ?? [];
  const afterFirst = await connector.stats();
  const second = await sweeper.run({ now: MARCH_SWEEP, dryRun: false });
  const afterSecond = await connector.stats();
  cosmos.close();
  await connector.stop();

  const reachable = teams - unreachable.length;
  const floorSeconds = teams / TENANT_POSTS_PER_SECOND;
  const wallSeconds = first.durationMs / 1_000;
  const posts = num(afterFirst, "posts");
  return {
    scenario,
    teams,
    seedSeconds,
    wallSeconds,
    floorSeconds,
    ratio: wallSeconds / floorSeconds,
    postingSeconds: (num(afterFirst, "lastPostAt") - num(afterFirst, "firstPostAt")) / 1_000,
    posts,
    requests: num(afterFirst, "requests"),
    retries: num(afterFirst, "requests") - posts - unreachable.length,
    statuses: afterFirst["statuses"],
    missed: reachable - num(afterFirst, "channelsPosted"),
    duplicates: num(afterSecond, "channelsPostedTwice"),
    secondSweepPosts: num(afterSecond, "posts") - posts,
    violations: num(afterSecond, "violations"),
    unreachableScripted: unreachable.length,
    outcomes: first.counts,
    secondOutcomes: second.counts,
    peakRss,
    rssBefore,
    storeRequestsPerTeam: (num(storeAfter, "requests") - num(storeBefore, "requests")) / teams,
    storeCallKinds: topKinds(storeCalls),
    sweepCpuPerTeam: sweepCpu / teams,
    storeCpuPerTeam: storeCpu / teams,
    connectorPeakRss: num(afterSecond, "peakRssMb"),
  };
}

/** The most frequent store round trips, without team ids: what one team's nudge costs. */
function topKinds(calls: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const call of calls) {
    const kind = call.replace(/19:[^/ ]+/g, "<team>").replace(/docs\/[^ ]+/, "docs/<id>");
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([kind, n]) => `${kind} ×${n}`)
    .join(", ");
}

type Result = Awaited<ReturnType<typeof runScenario>>;

function print(results: Result[], storePeak: number | undefined): void {
  const fmt = (n: number, d = 1) => n.toFixed(d);
  console.log("");
  console.log(
    "| scenario | teams | sweep wall s | floor s (teams ÷ 50/s) | ratio | target | posts | retries | missed | duplicates | unreachable marked | 2nd sweep posts | over Teams' limits | RSS MB before → peak (sweeper) | store round trips/team | CPU ms/team sweeper / store |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    console.log(
      `| ${r.scenario.name}: ${r.scenario.describe} | ${r.teams} | ${fmt(r.wallSeconds)} | ${fmt(r.floorSeconds)} | ${fmt(r.ratio, 2)}× | ${r.scenario.target} | ${r.posts} | ${r.retries} | ${r.missed} | ${r.duplicates} | ${r.outcomes["unreachable"] ?? 0} of ${r.unreachableScripted} | ${r.secondSweepPosts} | ${r.violations} | ${fmt(r.rssBefore, 0)} → ${fmt(r.peakRss, 0)} | ${fmt(r.storeRequestsPerTeam)} | ${fmt(r.sweepCpuPerTeam)} / ${fmt(r.storeCpuPerTeam)} |`,
    );
  }
  console.log("");
  for (const r of results) {
    console.log(
      `${r.scenario.name}: seeded in ${fmt(r.seedSeconds)} s; posting span ${fmt(r.postingSeconds)} s; connector answers ${JSON.stringify(r.statuses)}; outcomes ${JSON.stringify(r.outcomes)}; second sweep ${JSON.stringify(r.secondOutcomes)}; connector peak RSS ${fmt(r.connectorPeakRss, 0)} MB\n  store round trips: ${r.storeCallKinds}`,
    );
  }
  console.log(
    `process peaks: sweeper VmHWM ${fmt(peakRssMb() ?? 0, 0)} MB (seeding included), store ${fmt(storePeak ?? 0, 0)} MB`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      teams: { type: "string", default: "10000" },
      scenarios: { type: "string", default: "clean,429" },
    },
  });
  const teams = Number(values.teams);
  if (!Number.isInteger(teams) || teams < 1) throw new Error("--teams must be a whole number ≥ 1");
  const chosen = values.scenarios.split(",").map((name) => {
    const scenario = SCENARIOS[name.trim()];
    if (!scenario)
      throw new Error(`unknown scenario ${name}; choose from ${Object.keys(SCENARIOS).join(", ")}`);
    return scenario;
  });
  console.log(
    `bench:nudges — ${teams} teams per scenario, Node ${process.versions.node}, load average ${(
      await import("node:os")
    )
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  const results: Result[] = [];
  for (const scenario of chosen) {
    // A fresh store process per scenario: the local store scans a whole container per query.
    const store = await startHelper("store", "store-process.ts");
    try {
      results.push(await runScenario(scenario, teams, store));
      const last = results.at(-1);
      if (last)
        console.log(`${scenario.name}: ${last.wallSeconds.toFixed(1)} s for ${teams} teams`);
    } finally {
      const storePeak = peakRssMb(store.pid);
      await store.stop();
      if (scenario === chosen.at(-1)) print(results, storePeak);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
