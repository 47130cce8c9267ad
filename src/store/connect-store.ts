import type { Logger } from "pino";
import type { CosmosConfig } from "../config";
import { isLoopbackEndpoint } from "../loopback";
import { startEmbeddedCosmos } from "../local/embedded-cosmos";
import { createSnapshotWriter, restoreSnapshot } from "../local/local-snapshot";
import { lockDataDir } from "../local/data-dir-lock";
import { openStore, type Store } from "./open-store";

export interface ConnectedStore {
  store: Store;
  /** Human-readable line for the start-up banner. */
  description: string;
  close(): Promise<void>;
}

/**
 * Local mode: an embedded Cosmos-compatible server whose data is kept under `dataDir`.
 * Azure mode: the configured account, with a key or keyless through a managed identity.
 */
export async function connectStore(config: CosmosConfig, logger: Logger): Promise<ConnectedStore> {
  if (config.mode === "azure") {
    let auth: { key: string } | { credential: import("@azure/identity").TokenCredential };
    if (config.key) {
      auth = { key: config.key };
    } else {
      const { DefaultAzureCredential } = await import("@azure/identity");
      auth = {
        credential: new DefaultAzureCredential({
          managedIdentityClientId: config.managedIdentityClientId,
        }),
      };
    }
    const store = await openStore({
      endpoint: config.endpoint,
      databaseId: config.databaseId,
      auth,
      createIfMissing: false,
      // A loopback server (the benchmark's store, the emulator) advertises endpoints it does not serve.
      disableEndpointDiscovery: isLoopbackEndpoint(config.endpoint),
    });
    return {
      store,
      description: `Cosmos DB at ${new URL(config.endpoint).host} (${"key" in auth ? "account key" : "managed identity"})`,
      close: async () => store.close(),
    };
  }

  const unlock = lockDataDir(config.dataDir);
  const embedded = await startEmbeddedCosmos();
  const store = await openStore({
    endpoint: embedded.endpoint,
    databaseId: config.databaseId,
    auth: { key: embedded.key },
    createIfMissing: true,
    disableEndpointDiscovery: true,
  });
  const containers = [store.teams, store.users];
  const restored = await restoreSnapshot(config.dataDir, containers);
  const writer = createSnapshotWriter(config.dataDir, containers, (error) =>
    logger.error({ err: error }, "could not save local data"),
  );
  embedded.onWrite(() => writer.schedule());
  logger.info({ restoredDocuments: restored }, "local store ready");
  return {
    store,
    description: `embedded Cosmos-compatible server at ${embedded.endpoint}, data kept in ${config.dataDir}`,
    close: async () => {
      await writer.flush();
      store.close();
      await embedded.stop();
      unlock();
    },
  };
}
