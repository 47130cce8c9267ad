/**
 * `npm run rebuild-index`: computes every team's status summary and rewrites every person's
 * index of teams (the `users` container) from the teams' own documents: entries of teams that
 * are gone, or that no longer name the person, are removed, and indexes keyed the old way (by
 * Teams user id where an Entra object id is known) are emptied. Run it after deploying a version
 * that changes the index, or whenever summaries look wrong; the portfolio also repairs stale rows
 * itself as it is read.
 *
 * Against Azure when COSMOS_ENDPOINT is set (COSMOS_KEY, or `az login` with the Cosmos DB Built-in
 * Data Contributor role); otherwise against the local data in LOCAL_DATA_DIR (.local/cosmos),
 * which the running bot holds: stop it first.
 */
import { systemClock } from "../src/clock";
import { ConfigError, readConfig } from "../src/config";
import { statusStoreFrom } from "../src/features/status/status-store";
import { StatusSummaries } from "../src/features/status/summaries";
import { createLogger } from "../src/logger";
import { findProjectRoot } from "../src/paths";
import { connectStore } from "../src/store/connect-store";
import { createRepositories } from "../src/store/repositories";

async function main(): Promise<void> {
  const config = readConfig(process.env, findProjectRoot());
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const connected = await connectStore(config.cosmos, logger);
  console.log(`Rebuilding the person index in ${connected.description} …`);
  try {
    const summaries = new StatusSummaries({
      store: statusStoreFrom(createRepositories(connected.store)),
      clock: systemClock,
      logger,
    });
    const started = Date.now();
    const report = await summaries.rebuildAll();
    console.log(
      `  ${report.teams} team(s) read, ${report.people} person index(es) written, in ${Date.now() - started} ms.`,
    );
    if (report.failedTeams > 0) {
      console.error(
        `  ${report.failedTeams} team(s) could not be read; their entries were kept as they were. Run it again.`,
      );
      process.exitCode = 1;
    }
  } finally {
    await connected.close();
  }
}

// Exit once done, as the bot does when stopped: the local store's snapshot is already saved.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error("The rebuild failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
