/**
 * Turn benchmark (`npm run bench:turns`): the bot as it ships and a bare teams-ai echo app (the
 * floor) driven side by side over loopback with Teams-shaped channel activities, alternating
 * rounds, at 1 and 50 concurrent users. Prints per turn type p50/p95/p99, turns/s, store round
 * trips and CPU per turn, bot / floor with the ratio. Figures, not assertions.
 *
 *   npm run bench:turns -- --rounds 5 --seconds 3 --users 1,50 --turns help,historik,setup.save
 *   npm run bench:turns -- --turns help --users 50 --profile   # CPU profile of the bot
 */
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import http from "node:http";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { openStore } from "../../src/store/open-store";
import { findProjectRoot } from "../../src/paths";
import { peakRssMb, processCpuMs } from "./child-ipc";
import { runLoad, post, type LoadResult } from "./load";
import {
  BENCH_STORE_KEY,
  startBot,
  startHelper,
  type HelperProcess,
  type Started,
} from "./processes";
import { formatNumber, markdownTable, median, num, percentile, versus } from "./stats";
import { benchUsers, type BenchUser } from "./teams-activities";
import { SETUP_SAVE, TURN_TYPES, type ConnectorCall, type TurnType } from "./turn-types";

/** Any base64 string is accepted by the store process; not a secret. */

interface Options {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  users: number[];
  turns: TurnType[];
  profile: boolean;
  logLevel: string;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      rounds: { type: "string", default: "5" },
      seconds: { type: "string", default: "3" },
      "warmup-seconds": { type: "string", default: "2" },
      users: { type: "string", default: "1,50" },
      turns: { type: "string", default: TURN_TYPES.map((t) => t.name).join(",") },
      profile: { type: "boolean", default: false },
      "log-level": { type: "string", default: "info" },
    },
  });
  const names = (values.turns ?? "").split(",").filter(Boolean);
  const turns = names.map((name) => {
    const turn = TURN_TYPES.find((t) => t.name === name);
    if (!turn)
      throw new Error(`unknown turn "${name}": use ${TURN_TYPES.map((t) => t.name).join(", ")}`);
    return turn;
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds must be ≥ 1");
  return {
    rounds,
    seconds: Number(values.seconds),
    warmupSeconds: Number(values["warmup-seconds"]),
    users: (values.users ?? "").split(",").map(Number),
    turns,
    profile: values.profile ?? false,
    logLevel: values["log-level"] ?? "info",
  };
}

type TargetName = "bot" | "floor";

/**
 * Store round trips are counted where they arrive: at the store process's HTTP server, so SDK
 * metadata reads and retries count too. TODO: once `storeCalls` on the turn budget
 * (src/turn-budget.ts) lands, cross-check it against this count.
 */
interface Phase {
  p50: number;
  p95: number;
  p99: number;
  turnsPerSecond: number;
  storeCallsPerTurn: number;
  cpuMsPerTurn?: number;
  storeCpuMsPerTurn?: number;
  connectorCallsPerTurn: number;
  connectorConnections: number;
  failed: number;
  firstFailure?: string;
}

interface World {
  store: HelperProcess;
  connector: HelperProcess;
  bot: Started & { readyMs: number };
  floor: HelperProcess;
  /** Each turn type's own users and teams, for the bot and for the floor. */
  cast: Map<string, Record<TargetName, BenchUser[]>>;
}

function castOf(world: World, turn: TurnType): Record<TargetName, BenchUser[]> {
  const cast = world.cast.get(turn.name);
  if (!cast) throw new Error(`no users for ${turn.name}`);
  return cast;
}

async function measurePhase(
  world: World,
  target: TargetName,
  turn: TurnType,
  users: number,
  durationMs: number,
): Promise<Phase> {
  const server = target === "bot" ? world.bot : world.floor;
  const [storeBefore, connectorBefore] = await Promise.all([
    world.store.stats(),
    world.connector.stats(),
  ]);
  const cpuBefore = processCpuMs(server.pid);
  const storeCpuBefore = processCpuMs(world.store.pid);
  const result: LoadResult = await runLoad({
    target: { url: server.url },
    users: castOf(world, turn)[target].slice(0, users),
    durationMs,
    serviceUrl: `${world.connector.url}/`,
    activity: turn.activity,
    accept: target === "bot" ? turn.accept : undefined,
  });
  const cpuAfter = processCpuMs(server.pid);
  const storeCpuAfter = processCpuMs(world.store.pid);
  const [storeAfter, connectorAfter] = await Promise.all([
    world.store.stats(),
    world.connector.stats(),
  ]);
  const turns = Math.max(1, result.ok + result.failed);
  const delta = (after: number | undefined, before: number | undefined) =>
    after !== undefined && before !== undefined ? (after - before) / turns : undefined;
  return {
    p50: percentile(result.latencies, 0.5),
    p95: percentile(result.latencies, 0.95),
    p99: percentile(result.latencies, 0.99),
    turnsPerSecond: (result.ok * 1000) / result.elapsedMs,
    storeCallsPerTurn: (num(storeAfter, "requests") - num(storeBefore, "requests")) / turns,
    cpuMsPerTurn: delta(cpuAfter, cpuBefore),
    storeCpuMsPerTurn: delta(storeCpuAfter, storeCpuBefore),
    connectorCallsPerTurn:
      (num(connectorAfter, "requests") - num(connectorBefore, "requests")) / turns,
    connectorConnections: num(connectorAfter, "connections") - num(connectorBefore, "connections"),
    failed: result.failed,
    firstFailure: result.firstFailure,
  };
}

function medianPhase(phases: Phase[]): Phase {
  const of = (pick: (p: Phase) => number | undefined) =>
    median(phases.map(pick).filter((v): v is number => v !== undefined));
  return {
    p50: of((p) => p.p50),
    p95: of((p) => p.p95),
    p99: of((p) => p.p99),
    turnsPerSecond: of((p) => p.turnsPerSecond),
    storeCallsPerTurn: of((p) => p.storeCallsPerTurn),
    cpuMsPerTurn: of((p) => p.cpuMsPerTurn),
    storeCpuMsPerTurn: of((p) => p.storeCpuMsPerTurn),
    connectorCallsPerTurn: of((p) => p.connectorCallsPerTurn),
    connectorConnections: phases.reduce((sum, p) => sum + p.connectorConnections, 0),
    failed: phases.reduce((sum, p) => sum + p.failed, 0),
    firstFailure: phases.find((p) => p.firstFailure)?.firstFailure,
  };
}

/**
 * Waits until the store has had no request for 600 ms: the status summaries of the teams just set
 * up are refreshed in the background a moment later, and the probe must record its turn's own
 * round trips, not theirs.
 */
async function storeQuiet(store: HelperProcess): Promise<void> {
  let last = -1;
  for (let tries = 0; tries < 100; tries++) {
    const requests = Number((await store.stats(false)).requests);
    if (requests === last) return;
    last = requests;
    await new Promise((resolve) => setTimeout(resolve, 600));
  }
}

/** Sends one turn to the bot with the connector recording, and checks it did what it is about. */
async function probe(world: World, turn: TurnType): Promise<string[]> {
  const user = castOf(world, turn).bot[0];
  if (!user) throw new Error("no users");
  await storeQuiet(world.store);
  await Promise.all([world.connector.stats(true), world.store.stats(true)]);
  const agent = new http.Agent({ keepAlive: false });
  const answer = await post(agent, world.bot.url, turn.activity(user, `${world.connector.url}/`));
  turn.accept?.(user, answer);
  const [connectorStats, storeStats] = await Promise.all([
    world.connector.stats(false),
    world.store.stats(false),
  ]);
  const calls = connectorStats.calls as ConnectorCall[];
  const problems = turn.probe(answer, calls);
  if (problems.length > 0) {
    throw new Error(
      `the bot's answer to "${turn.name}" is not what that turn is about: ${problems.join("; ")}\n` +
        `answer: ${JSON.stringify(answer).slice(0, 500)}\nbot stderr: ${world.bot.stderr()}`,
    );
  }
  return storeStats.calls as string[];
}

/** Every bench team is set up through the real setup save, as a person would. */
async function seedTeams(world: World, turn: TurnType): Promise<void> {
  const agent = new http.Agent({ keepAlive: true });
  const saves = turn.setupSaves ?? 1;
  const seedOne = async (user: BenchUser) => {
    for (let n = 0; n < saves; n++) {
      const answer = await post(
        agent,
        world.bot.url,
        SETUP_SAVE.activity(user, `${world.connector.url}/`),
      );
      if (!SETUP_SAVE.accept?.(user, answer))
        throw new Error(
          `seeding team ${user.index} failed: ${JSON.stringify(answer).slice(0, 500)}`,
        );
    }
    await turn.prepare?.(
      user,
      (activity) => post(agent, world.bot.url, activity),
      `${world.connector.url}/`,
    );
  };
  await Promise.all(castOf(world, turn).bot.map(seedOne));
  agent.destroy();
}

async function createDatabase(endpoint: string, databaseId: string): Promise<void> {
  // In Azure, Bicep creates the database and containers; here the benchmark does, once.
  const store = await openStore({
    endpoint,
    databaseId,
    auth: { key: BENCH_STORE_KEY },
    createIfMissing: true,
    disableEndpointDiscovery: true,
  });
  store.close();
}

/**
 * Turns that only read first, then those that write. The local store answers a query by scanning
 * the whole container (Azure serves a single-partition query from the partition's index), so the
 * documents a writing turn adds by the thousand would slow every query measured after it.
 */
function measuringOrder(turns: readonly TurnType[]): TurnType[] {
  return [...turns.filter((t) => !t.writes), ...turns.filter((t) => t.writes)];
}

/** Warm-up, then rounds alternating bot and floor; the medians as a table row and a note. */
async function measureTurn(
  world: World,
  turn: TurnType,
  users: number,
  options: Options,
): Promise<{ row: string[]; note: string }> {
  const phases: Record<TargetName, Phase[]> = { bot: [], floor: [] };
  for (const target of ["bot", "floor"] as const) {
    await measurePhase(world, target, turn, users, options.warmupSeconds * 1000);
  }
  for (let round = 0; round < options.rounds; round++) {
    const order: TargetName[] = round % 2 === 0 ? ["bot", "floor"] : ["floor", "bot"];
    for (const target of order) {
      phases[target].push(await measurePhase(world, target, turn, users, options.seconds * 1000));
    }
  }
  const bot = medianPhase(phases.bot);
  const floor = medianPhase(phases.floor);
  const row = [
    turn.name,
    String(users),
    versus(bot.p50, floor.p50, 2),
    versus(bot.p95, floor.p95, 2),
    versus(bot.p99, floor.p99, 2),
    versus(bot.turnsPerSecond, floor.turnsPerSecond, 0),
    `${formatNumber(bot.storeCallsPerTurn, 2)} / ${formatNumber(floor.storeCallsPerTurn, 0)}`,
    versus(bot.cpuMsPerTurn, floor.cpuMsPerTurn, 2),
    formatNumber(bot.storeCpuMsPerTurn, 2),
  ];
  const note =
    `${turn.name} @ ${users}: connector calls/turn bot ${formatNumber(bot.connectorCallsPerTurn, 2)}, floor ${formatNumber(floor.connectorCallsPerTurn, 2)}; ` +
    `new connector connections over all rounds bot ${bot.connectorConnections}, floor ${floor.connectorConnections}` +
    (bot.failed + floor.failed > 0
      ? `; FAILED turns bot ${bot.failed}, floor ${floor.failed}: ${bot.firstFailure ?? floor.firstFailure}`
      : "");
  return { row, note };
}

async function main(): Promise<void> {
  const options = readOptions();
  const root = findProjectRoot(__dirname);
  if (!fs.existsSync(path.join(root, "dist/src/index.js")))
    throw new Error(
      "dist/src/index.js is missing: run `npm run build` (npm run bench:turns does).",
    );
  const maxUsers = Math.max(...options.users);
  const profileDir = path.join(root, ".local/bench/profiles");
  const botNodeArgs = options.profile
    ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=bot-${Date.now()}.cpuprofile`]
    : [];

  const started: Started[] = [];
  const stopAll = async () => {
    for (const helper of started.reverse()) await helper.stop();
  };
  try {
    const store = await startHelper("store", "store-process.ts");
    started.push(store);
    const connector = await startHelper("connector", "connector-process.ts");
    started.push(connector);
    const databaseId = `bench-${randomUUID()}`;
    await createDatabase(store.url, databaseId);
    const bot = await startBot({
      projectRoot: root,
      storeEndpoint: store.url,
      storeKey: BENCH_STORE_KEY,
      databaseId,
      logLevel: options.logLevel,
      nodeArgs: botNodeArgs,
    });
    started.push(bot);
    const floor = await startHelper("floor", "echo-app.ts");
    started.push(floor);
    const world: World = {
      store,
      connector,
      bot,
      floor,
      cast: new Map(
        options.turns.map((turn, index) => [
          turn.name,
          { bot: benchUsers(maxUsers, index * 1000), floor: benchUsers(maxUsers, index * 1000) },
        ]),
      ),
    };
    console.log(
      `bench:turns — ${os.cpus().length} CPUs, Node ${process.version}; bot ready to serve ${formatNumber(bot.readyMs, 0)} ms after spawn` +
        ` (node dist/src/index.js, store process already up); LOG_LEVEL=${options.logLevel}`,
    );
    console.log(
      `rounds ${options.rounds} × ${options.seconds} s per target, warm-up ${options.warmupSeconds} s; users ${options.users.join(", ")}; ` +
        `load average at start ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(" ")}`,
    );

    const rows: string[][] = [];
    const notes: string[] = [];
    const storeCalls = new Map<string, string[]>();
    for (const turn of measuringOrder(options.turns)) {
      await seedTeams(world, turn);
      storeCalls.set(turn.name, await probe(world, turn));
      for (const users of options.users) {
        const measured = await measureTurn(world, turn, users, options);
        rows.push(measured.row);
        notes.push(measured.note);
        console.log(`  measured ${turn.name} at ${users} user(s)`);
      }
    }

    console.log("");
    console.log(
      markdownTable(
        [
          "turn",
          "users",
          "p50 ms bot / floor",
          "p95 ms bot / floor",
          "p99 ms bot / floor",
          "turns/s bot / floor",
          "store round trips/turn",
          "CPU ms/turn bot / floor",
          "store CPU ms/turn",
        ],
        rows,
      ),
    );
    console.log("");
    for (const note of notes) console.log(`- ${note}`);
    console.log(
      `- load average at the end ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
    );
    const storeStats = await store.stats();
    console.log(
      `- store: ${num(storeStats, "requests")} requests over ${num(storeStats, "connections")} connections in the whole run`,
    );
    console.log(
      `- peak RSS: bot ${formatNumber(peakRssMb(bot.pid), 0)} MB, floor ${formatNumber(peakRssMb(floor.pid), 0)} MB, store ${formatNumber(peakRssMb(store.pid), 0)} MB`,
    );
    for (const turn of options.turns) {
      console.log(`- ${turn.name}: ${turn.description}`);
      const calls = storeCalls.get(turn.name) ?? [];
      console.log(`  store round trips of one ${turn.name} (probe): ${calls.join("; ") || "none"}`);
    }
    if (options.profile) console.log(`- CPU profile of the bot: ${profileDir}`);
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
