import { readConfig, ConfigError, type AppConfig } from "./config";
import { createLogger } from "./logger";
import { systemClock } from "./clock";
import { findProjectRoot } from "./paths";
import { connectStore } from "./store/connect-store";
import { createTeamsAdapter } from "./teams/adapter";
import { buildApp } from "./app";
import { createServer, listen } from "./server";
import { startPlayground, type RunningPlayground } from "./local/playground";
import { startNudgeScheduler, type RunningScheduler } from "./features/nudges/delivery/scheduler";

function readConfigOrExit(): AppConfig {
  try {
    return readConfig(process.env, findProjectRoot());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** Wires config, store, adapter, app and HTTP server; local mode adds the Playground. */
async function main(): Promise<void> {
  const config = readConfigOrExit();
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
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    await connected.close();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      console.error(
        `[implementeringsguiden] Port ${config.port} is already in use (is the bot running in another terminal?). Stop that process or start with PORT=<another port>.`,
      );
      process.exit(1);
    }
    throw error;
  }

  const botEndpoint = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}/api/messages`;
  if (config.bot.mode === "unauthenticated") {
    say(
      "LOCAL MODE: authentication is OFF (no BOT_ID). Listening on loopback only; never run like this in production.",
    );
  }
  say(`Bot listening on ${botEndpoint} (health: http://${config.host}:${config.port}/healthz)`);
  say(`Store: ${connected.description}`);

  let scheduler: RunningScheduler | undefined;
  if (config.nudges.scheduler === "in-process" && app.nudges) {
    const sweeper = app.nudges;
    scheduler = startNudgeScheduler({
      run: (request) => sweeper.run(request),
      clock: systemClock,
      sendHour: config.nudges.sendHour,
      logger,
    });
    say(
      `Monthly nudges: in-process, on each month's first working day at ${String(config.nudges.sendHour).padStart(2, "0")}:00 Copenhagen time.`,
    );
  }
  if (config.bot.mode === "authenticated" && config.nudgeTriggerSecret === undefined) {
    logger.warn(
      { event: "nudge.triggerOff" },
      "NUDGE_TRIGGER_SECRET is not set: POST /api/nudges/run refuses to run",
    );
  }

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
    scheduler?.stop();
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
