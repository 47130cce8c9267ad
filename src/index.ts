import { readConfig, ConfigError } from "./config";
import { createLogger } from "./logger";
import { systemClock } from "./clock";
import { findProjectRoot } from "./paths";
import { connectStore } from "./store/connect-store";
import { createTeamsAdapter } from "./teams/adapter";
import { buildApp } from "./app";
import { createServer, listen } from "./server";
import { startPlayground, type RunningPlayground } from "./local/playground";

/** Wires config, store, adapter, app and HTTP server; local mode adds the Playground. */
async function main(): Promise<void> {
  let config;
  try {
    config = readConfig(process.env, findProjectRoot());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const say = (line: string) => console.log(`[implementeringsguiden] ${line}`);

  const connected = await connectStore(config.cosmos, logger);
  const adapter = createTeamsAdapter(config.bot, logger);
  const app = buildApp({ config, store: connected.store, clock: systemClock, logger, adapter });
  const server = createServer({
    adapter,
    app,
    isStoreHealthy: () => connected.store.isHealthy(),
    logger,
  });
  await listen(server, config.port, config.host);

  const botEndpoint = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}/api/messages`;
  if (config.bot.mode === "unauthenticated") {
    say(
      "LOCAL MODE: authentication is OFF (no BOT_ID). Listening on loopback only; never run like this in production.",
    );
  }
  say(`Bot listening on ${botEndpoint} (health: http://${config.host}:${config.port}/healthz)`);
  say(`Store: ${connected.description}`);

  let playground: RunningPlayground | undefined;
  if (config.playground.enabled) {
    try {
      playground = await startPlayground({
        port: config.playground.port,
        botEndpoint,
        configDir: config.playground.configDir,
        logFile: config.playground.logFile,
        logger,
      });
      say(
        `Open Microsoft 365 Agents Playground: ${playground.url}  (Teams mode; Ctrl-C stops everything)`,
      );
    } catch (error) {
      say(`The Playground did not start (${(error as Error).message}). The bot keeps running.`);
    }
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping…`);
    await playground?.stop();
    server.close();
    await connected.close();
    say("stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error("[implementeringsguiden] could not start:", error);
  process.exit(1);
});
