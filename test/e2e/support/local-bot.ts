import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const PROJECT_ROOT = path.resolve(__dirname, "../../..");

export interface LocalBot {
  playgroundUrl: string;
  botUrl: string;
  output(): string;
  stop(): Promise<void>;
}

export interface LocalBotOptions {
  port: number;
  playgroundPort: number;
  dataDir: string;
  /** Roster folder for the Playground (who the current user is). */
  playgroundConfigDir?: string;
}

/**
 * Runs the real entry point (`src/index.ts` through tsx, the same code `npm start` builds), with
 * its embedded store and the Playground, on ports and a data folder of the test's own.
 */
export async function startLocalBot(options: LocalBotOptions): Promise<LocalBot> {
  const child: ChildProcess = spawn(
    process.execPath,
    [require.resolve("tsx/cli"), "src/index.ts"],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        PORT: String(options.port),
        PLAYGROUND_PORT: String(options.playgroundPort),
        LOCAL_DATA_DIR: options.dataDir,
        ...(options.playgroundConfigDir
          ? { PLAYGROUND_CONFIG_DIR: options.playgroundConfigDir }
          : {}),
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));

  const playgroundUrl = await new Promise<string>((resolve, reject) => {
    const deadline = setTimeout(
      () => reject(new Error(`bot did not start within 90 s:\n${output}`)),
      90_000,
    );
    const check = () => {
      const match = /Open Microsoft 365 Agents Playground: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(deadline);
        resolve(match[1]);
      } else if (
        /Playground did not start|could not start/.test(output) ||
        child.exitCode !== null
      ) {
        clearTimeout(deadline);
        reject(new Error(`bot did not start:\n${output}`));
      } else {
        setTimeout(check, 200);
      }
    };
    check();
  });

  return {
    playgroundUrl,
    botUrl: `http://127.0.0.1:${options.port}`,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGINT");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}
