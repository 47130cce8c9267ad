import { spawn, type ChildProcess } from "node:child_process";
import net, { type AddressInfo } from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { ChildMessage, ParentMessage } from "./child-ipc";

/** A process the benchmark started, stopped by its own pid only. */
export interface Started {
  name: string;
  pid: number;
  port: number;
  url: string;
  /** Last lines the process wrote to stderr, for a failure message. */
  stderr(): string;
  stop(): Promise<void>;
}

export interface HelperProcess extends Started {
  stats(record?: boolean): Promise<Record<string, unknown>>;
  instruct(instruction: Record<string, unknown>): void;
}

const HERE = __dirname;

/** The key the benchmarks' store process accepts (any key does; the SDK needs one). */
export const BENCH_STORE_KEY = "YmVuY2gtc3RvcmUta2V5";

function keepTail(child: ChildProcess): () => string {
  let tail = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    tail = (tail + chunk.toString("utf8")).slice(-4000);
  });
  return () => tail;
}

function stopper(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill(signal);
    });
}

/** Starts `scripts/bench/<file>` under tsx with an IPC channel; resolves when it listens. */
export async function startHelper(
  name: string,
  file: string,
  nodeArgs: string[] = [],
): Promise<HelperProcess> {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", path.join(HERE, file)], {
    stdio: ["ignore", "ignore", "pipe", "ipc"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  const stderr = keepTail(child);
  const pending = new Map<number, (stats: Record<string, unknown>) => void>();
  let nextId = 0;
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) =>
      reject(new Error(`${name} exited (${code}) before it listened:\n${stderr()}`)),
    );
    child.on("message", (message: ChildMessage) => {
      if (message.type === "ready") resolve(message.port);
      if (message.type === "stats") pending.get(message.id)?.(message.stats);
    });
  });
  const pid = child.pid ?? 0;
  return {
    name,
    pid,
    port,
    url: `http://127.0.0.1:${port}`,
    stderr,
    stop: stopper(child),
    instruct(instruction) {
      const message: ParentMessage = { type: "instruct", instruction };
      child.send(message);
    },
    stats(record = false) {
      nextId += 1;
      const id = nextId;
      return new Promise((resolve) => {
        pending.set(id, (stats) => {
          pending.delete(id);
          resolve(stats);
        });
        const message: ParentMessage = { type: "stats", id, record };
        child.send(message);
      });
    },
  };
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`);
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * The bot as it ships: `node dist/src/index.js` (built from src/index.ts by `npm run build`), in
 * local mode without authentication, pointed at the store process. Resolves when `/healthz`
 * answers 200, with the time that took (the "ready to serve" figure).
 */
export async function startBot(options: {
  projectRoot: string;
  storeEndpoint: string;
  storeKey: string;
  databaseId: string;
  logLevel: string;
  nodeArgs: string[];
  /** More settings, e.g. NUDGE_SCHEDULER=off. */
  env?: Record<string, string>;
}): Promise<Started & { readyMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...options.nodeArgs, path.join(options.projectRoot, "dist/src/index.js")],
    {
      cwd: options.projectRoot,
      stdio: ["ignore", "ignore", "pipe"],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        PORT: String(port),
        PLAYGROUND: "off",
        COSMOS_ENDPOINT: options.storeEndpoint,
        COSMOS_KEY: options.storeKey,
        COSMOS_DATABASE: options.databaseId,
        LOG_LEVEL: options.logLevel,
        ...options.env,
      },
    },
  );
  const stderr = keepTail(child);
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once("exit", () => (exited = true));
  while (!(await healthy(url))) {
    if (exited) throw new Error(`the bot exited before it was ready:\n${stderr()}`);
    if (performance.now() - started > 60_000) throw new Error(`the bot was not ready in 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const readyMs = performance.now() - started;
  return {
    name: "bot",
    pid: child.pid ?? 0,
    port,
    url,
    readyMs,
    stderr,
    stop: stopper(child),
  };
}
