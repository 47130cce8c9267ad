import { randomUUID } from "node:crypto";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../src/local/embedded-cosmos";
import { openStore, type Store } from "../../src/store/open-store";

export interface TestStore {
  store: Store;
  server: EmbeddedCosmos;
  stop(): Promise<void>;
}

/** A real embedded Cosmos-compatible server and a database of the test's own. */
export async function startTestStore(): Promise<TestStore> {
  const server = await startEmbeddedCosmos();
  const store = await openStore({
    endpoint: server.endpoint,
    databaseId: `test-${randomUUID()}`,
    auth: { key: server.key },
    createIfMissing: true,
    disableEndpointDiscovery: true,
  });
  return {
    store,
    server,
    async stop() {
      store.close();
      await server.stop();
    },
  };
}
