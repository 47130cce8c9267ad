/**
 * Nudge sweep benchmark: `npm run bench:nudges [-- <teams>]` seeds that many teams (default 300)
 * in the embedded store, then times one sweep that posts every team's nudge to a loopback
 * connector as strict as Teams (test/features/nudges/support/fake-teams-connector.ts), and a
 * second sweep that finds them all sent. It prints the posts per second and how many requests
 * broke Teams' limits (should be 0). Figures, not assertions.
 */
import { randomUUID } from "node:crypto";
import { startEmbeddedCosmos } from "../../src/local/embedded-cosmos";
import { openStore } from "../../src/store/open-store";
import { createRepositories } from "../../src/store/repositories";
import { startFakeTeamsConnector } from "../../test/features/nudges/support/fake-teams-connector";
import {
  MARCH_SWEEP,
  seedTeams,
  sweeperOn,
} from "../../test/features/nudges/support/nudge-fixtures";

async function main(): Promise<void> {
  const teams = Number(process.argv[2] ?? "300");
  if (!Number.isInteger(teams) || teams < 1) throw new Error("usage: bench:nudges -- <teams>");
  const server = await startEmbeddedCosmos();
  const store = await openStore({
    endpoint: server.endpoint,
    databaseId: `bench-${randomUUID()}`,
    auth: { key: server.key },
    createIfMissing: true,
    disableEndpointDiscovery: true,
  });
  const connector = await startFakeTeamsConnector();
  await seedTeams(createRepositories(store), teams, connector.url);

  const sweeper = sweeperOn(store);
  const first = await sweeper.run({ now: MARCH_SWEEP, dryRun: false });
  const posts = connector.posts();
  const span = (posts.at(-1)?.at ?? 0) - (posts[0]?.at ?? 0);
  console.log(
    `sweep 1: ${teams} teams in ${first.durationMs} ms, ${posts.length} posts, ` +
      `${((posts.length / Math.max(span, 1)) * 1000).toFixed(1)} posts/s while posting, ` +
      `${connector.violations().length} requests over Teams' limits, outcomes ${JSON.stringify(first.counts)}`,
  );
  const second = await sweeper.run({ now: MARCH_SWEEP, dryRun: false });
  console.log(
    `sweep 2: ${teams} teams in ${second.durationMs} ms, ${connector.posts().length - posts.length} new posts, outcomes ${JSON.stringify(second.counts)}`,
  );
  await connector.stop();
  store.close();
  await server.stop();
}

void main();
