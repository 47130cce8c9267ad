/**
 * Nudge sweep benchmark (issue 12): `npm run bench:nudges [-- --teams 10000 --scenarios clean,429]`.
 *
 * For each scenario, in a fresh database: seeds that many teams in the store — its own process,
 * as Cosmos DB is in Azure — with their channels on a loopback Teams connector, also a process of
 * its own, as strict as Teams (per conversation 7/1 s, 8/2 s, 60/30 s, 1,800/h; per tenant 50/s;
 * 429 with Retry-After to anything over). Then the bot as it ships (`node dist/src/index.js`,
 * built first) runs the month's sweep as production does — `POST /api/nudges/run`, its own
 * policy and concurrency — and a second sweep that must send nothing. Prints wall time against
 * the rate floor (teams ÷ 50 per second), deliveries per team (missed, duplicated), retries,
 * unreachable teams, the bot's RSS and CPU, the store's CPU. Figures, not assertions.
 *
 * `--bot-node-args="--max-old-space-size=128"` passes flags to the bot's node.
 *
 * Scenarios: `clean` (no injected faults), `429` (10 % of posts answered 429, half with
 * Retry-After), `mixed` (10 % 429/5xx and 1 % of channels answering 403).
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { parseArgs } from "node:util";
import { NUDGE_TRIGGER_PATH } from "../../src/features/nudges/trigger";
import type { SweepReport } from "../../src/features/nudges/delivery/sweep";
import { findProjectRoot } from "../../src/paths";
import { openStore, type Store } from "../../src/store/open-store";
import { createRepositories } from "../../src/store/repositories";
import { MARCH_SWEEP, seedTeams } from "../../test/features/nudges/support/nudge-fixtures";
import { peakRssMb, processCpuMs, rssMb } from "./child-ipc";
import { BENCH_STORE_KEY, startBot, startHelper, type HelperProcess } from "./processes";
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

/**
 * Asks the bot to run the sweep as if it were `now` (local mode honours it) and waits as long as
 * it takes: plain node:http, as fetch would give up on headers after 300 s.
 */
function triggerSweep(botUrl: string, now: Date): Promise<SweepReport> {
  const body = JSON.stringify({ now: now.toISOString() });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${botUrl}${NUDGE_TRIGGER_PATH}`,
      { method: "POST", headers: { "content-type": "application/json" } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if (response.statusCode !== 200)
            reject(new Error(`sweep answered ${response.statusCode}: ${text.slice(0, 500)}`));
          else resolve(JSON.parse(text) as SweepReport);
        });
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

async function runScenario(
  scenario: Scenario,
  teams: number,
  store: HelperProcess,
  botNodeArgs: string[],
) {
  const connector = await startHelper("teams-connector", "teams-connector-process.ts");
  const databaseId = `bench-nudges-${randomUUID()}`;
  const cosmos = await openStore({
    endpoint: store.url,
    databaseId,
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

  const bot = await startBot({
    projectRoot: findProjectRoot(__dirname),
    storeEndpoint: store.url,
    storeKey: BENCH_STORE_KEY,
    databaseId,
    logLevel: "warn",
    nodeArgs: botNodeArgs,
    // Only this benchmark's trigger sweeps, not the bot's own monthly timer.
    env: { NUDGE_SCHEDULER: "off" },
  });
  try {
    const rssBefore = rssMb(bot.pid) ?? 0;
    const storeBefore = await store.stats(true);
    const cpuBefore = processCpuMs(bot.pid) ?? 0;
    const storeCpuBefore = processCpuMs(store.pid) ?? 0;
    const first = await triggerSweep(bot.url, MARCH_SWEEP);
    const sweepCpu = (processCpuMs(bot.pid) ?? 0) - cpuBefore;
    const storeCpu = (processCpuMs(store.pid) ?? 0) - storeCpuBefore;
    const peakRss = peakRssMb(bot.pid) ?? 0;
    const storeAfter = await store.stats();
    const storeCalls = (storeAfter["calls"] as string[] | undefined) ?? [];
    const afterFirst = await connector.stats();
    const second = await triggerSweep(bot.url, MARCH_SWEEP);
    const afterSecond = await connector.stats();
    return summarise({
      scenario,
      teams,
      unreachable: unreachable.length,
      seedSeconds,
      first,
      second,
      afterFirst,
      afterSecond,
      storeBefore,
      storeAfter,
      storeCalls,
      rssBefore,
      peakRss,
      sweepCpu,
      storeCpu,
    });
  } finally {
    await bot.stop();
    cosmos.close();
    await connector.stop();
  }
}

function summarise(run: {
  scenario: Scenario;
  teams: number;
  unreachable: number;
  seedSeconds: number;
  first: SweepReport;
  second: SweepReport;
  afterFirst: Record<string, unknown>;
  afterSecond: Record<string, unknown>;
  storeBefore: Record<string, unknown>;
  storeAfter: Record<string, unknown>;
  storeCalls: string[];
  rssBefore: number;
  peakRss: number;
  sweepCpu: number;
  storeCpu: number;
}) {
  const { scenario, teams, first, second, afterFirst, afterSecond } = run;

  const reachable = teams - run.unreachable;
  const floorSeconds = teams / TENANT_POSTS_PER_SECOND;
  const wallSeconds = first.durationMs / 1_000;
  const posts = num(afterFirst, "posts");
  return {
    scenario,
    teams,
    seedSeconds: run.seedSeconds,
    wallSeconds,
    floorSeconds,
    ratio: wallSeconds / floorSeconds,
    postingSeconds: (num(afterFirst, "lastPostAt") - num(afterFirst, "firstPostAt")) / 1_000,
    posts,
    requests: num(afterFirst, "requests"),
    retries: num(afterFirst, "requests") - posts - run.unreachable,
    statuses: afterFirst["statuses"],
    // A team whose posts Teams refused in every attempt of this run waits for the next run
    // (DEFAULT_POLICY.laterRetryMs later, the in-process timer): pending, not missed.
    pendingRetry: first.counts["pending-retry"] ?? 0,
    missed: reachable - num(afterFirst, "channelsPosted") - (first.counts["pending-retry"] ?? 0),
    duplicates: num(afterSecond, "channelsPostedTwice"),
    secondSweepPosts: num(afterSecond, "posts") - posts,
    violations: num(afterSecond, "violations"),
    unreachableScripted: run.unreachable,
    outcomes: first.counts,
    secondOutcomes: second.counts,
    peakRss: run.peakRss,
    rssBefore: run.rssBefore,
    storeRequestsPerTeam:
      (num(run.storeAfter, "requests") - num(run.storeBefore, "requests")) / teams,
    storeCallKinds: topKinds(run.storeCalls),
    sweepCpuPerTeam: run.sweepCpu / teams,
    storeCpuPerTeam: run.storeCpu / teams,
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
    "| scenario | teams | sweep wall s | floor s (teams ÷ 50/s) | ratio | target | posts | retries | pending a later run | missed | duplicates | unreachable marked | 2nd sweep posts | over Teams' limits | bot RSS MB before → peak | store round trips/team | CPU ms/team bot / store |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    console.log(
      `| ${r.scenario.name}: ${r.scenario.describe} | ${r.teams} | ${fmt(r.wallSeconds)} | ${fmt(r.floorSeconds)} | ${fmt(r.ratio, 2)}× | ${r.scenario.target} | ${r.posts} | ${r.retries} | ${r.pendingRetry} | ${r.missed} | ${r.duplicates} | ${r.outcomes["unreachable"] ?? 0} of ${r.unreachableScripted} | ${r.secondSweepPosts} | ${r.violations} | ${fmt(r.rssBefore, 0)} → ${fmt(r.peakRss, 0)} | ${fmt(r.storeRequestsPerTeam)} | ${fmt(r.sweepCpuPerTeam)} / ${fmt(r.storeCpuPerTeam)} |`,
    );
  }
  console.log("");
  for (const r of results) {
    console.log(
      `${r.scenario.name}: seeded in ${fmt(r.seedSeconds)} s; posting span ${fmt(r.postingSeconds)} s; connector answers ${JSON.stringify(r.statuses)}; outcomes ${JSON.stringify(r.outcomes)}; second sweep ${JSON.stringify(r.secondOutcomes)}; connector peak RSS ${fmt(r.connectorPeakRss, 0)} MB\n  store round trips: ${r.storeCallKinds}`,
    );
  }
  console.log(
    `peak RSS (VmHWM): bot ${results.map((r) => fmt(r.peakRss, 0)).join(" / ")} MB (the sweeping process, start-up included), store ${fmt(storePeak ?? 0, 0)} MB`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      teams: { type: "string", default: "10000" },
      scenarios: { type: "string", default: "clean,429" },
      // e.g. --bot-node-args=--max-old-space-size=128, to see what the heap's growth costs.
      "bot-node-args": { type: "string", default: "" },
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
      results.push(
        await runScenario(
          scenario,
          teams,
          store,
          values["bot-node-args"].split(" ").filter(Boolean),
        ),
      );
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
