/**
 * A bot instance in a process of its own, for the test that kills a sweep mid-run: it opens the
 * test's store, runs one sweep with the given lease and prints the report as JSON.
 * Env: COSMOS_ENDPOINT, COSMOS_KEY, COSMOS_DATABASE, LEASE_MS, SWEEP_NOW.
 */
import { openStore } from "../../../../src/store/open-store";
import { FAST_POLICY, sweeperOn } from "./nudge-fixtures";

async function main(): Promise<void> {
  const { COSMOS_ENDPOINT, COSMOS_KEY, COSMOS_DATABASE, LEASE_MS, SWEEP_NOW } = process.env;
  if (!COSMOS_ENDPOINT || !COSMOS_KEY || !COSMOS_DATABASE || !LEASE_MS || !SWEEP_NOW) {
    throw new Error(
      "sweep-child needs COSMOS_ENDPOINT, COSMOS_KEY, COSMOS_DATABASE, LEASE_MS, SWEEP_NOW",
    );
  }
  const store = await openStore({
    endpoint: COSMOS_ENDPOINT,
    databaseId: COSMOS_DATABASE,
    auth: { key: COSMOS_KEY },
    createIfMissing: false,
    disableEndpointDiscovery: true,
  });
  const sweeper = sweeperOn(store, {
    policy: { ...FAST_POLICY, leaseMs: Number(LEASE_MS) },
    concurrency: 4,
  });
  const report = await sweeper.run({ now: new Date(SWEEP_NOW), dryRun: false });
  process.stdout.write(`${JSON.stringify(report)}\n`);
  store.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
