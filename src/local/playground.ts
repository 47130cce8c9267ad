import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { Logger } from "pino";
import { findProjectRoot } from "../paths";

export interface PlaygroundOptions {
  port: number;
  botEndpoint: string;
  /** Folder holding `.m365agentsplayground.yml` (team roster and current user). */
  configDir: string;
  /** The Playground sends the locale of its own process; Danish by default, as in a Danish tenant. */
  locale?: string;
  /** Where the Playground writes its own log (it defaults to the config folder). */
  logFile: string;
  logger: Logger;
}

export interface RunningPlayground {
  url: string;
  stop(): Promise<void>;
}

/** See the file: makes the Playground's servers listen on loopback only (it has no host option). */
function loopbackOnlyPreload(): string {
  return path.join(findProjectRoot(), "src", "local", "loopback-only.cjs");
}

function playgroundCli(): string {
  const packageJson = require.resolve("@microsoft/m365agentsplayground/package.json");
  return path.join(path.dirname(packageJson), "cli.js");
}

async function waitUntilServing(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the Playground exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the Playground did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Starts Microsoft 365 Agents Playground (a dev dependency) in Teams mode against the local bot. */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const locale = options.locale ?? "da_DK.UTF-8";
  const child = spawn(
    process.execPath,
    [
      "--require",
      loopbackOnlyPreload(),
      playgroundCli(),
      "start",
      "-e",
      options.botEndpoint,
      "-c",
      "msteams",
      "--disable-telemetry",
      "-p",
      String(options.port),
    ],
    {
      cwd: options.configDir,
      env: {
        ...process.env,
        LANG: locale,
        LC_ALL: locale,
        // It would spawn xdg-open and die where there is none; we print the URL instead.
        TEAMSAPPTESTER_BROWSER: "none",
        M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile,
      },
      // The CLI quits when its stdin closes, so keep a pipe open for its lifetime.
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  const recentLines: string[] = [];
  const forward = (stream: NodeJS.ReadableStream | null) =>
    stream?.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) {
        if (!line.trim()) continue;
        recentLines.push(line.trim());
        if (recentLines.length > 10) recentLines.shift();
        options.logger.debug({ source: "playground" }, line.trim());
      }
    });
  forward(child.stdout);
  forward(child.stderr);
  const url = `http://localhost:${options.port}`;
  try {
    await waitUntilServing(url, child, 60_000);
  } catch (error) {
    child.kill("SIGTERM");
    const output = recentLines.join("\n  ");
    throw new Error(`${(error as Error).message}${output ? `; it said:\n  ${output}` : ""}`, {
      cause: error,
    });
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 3_000).unref();
      }),
  };
}
