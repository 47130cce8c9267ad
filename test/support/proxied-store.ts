import { openStore, type Store } from "../../src/store/open-store";
import { startCosmosProxy, type CosmosProxy } from "../store/support/cosmos-proxy";
import { startTestStore, type TestStore } from "./test-store";

export interface ProxiedStore {
  /** A store whose every round trip passes `proxy`, so a test can see what a turn asked for. */
  store: Store;
  proxy: CosmosProxy;
  testStore: TestStore;
  stop(): Promise<void>;
}

export async function startProxiedStore(): Promise<ProxiedStore> {
  const testStore = await startTestStore();
  const proxy = await startCosmosProxy(testStore.server.endpoint);
  const store = await openStore({
    endpoint: proxy.endpoint,
    databaseId: testStore.store.database.id,
    auth: { key: testStore.server.key },
    createIfMissing: false,
    disableEndpointDiscovery: true,
  });
  return {
    store,
    proxy,
    testStore,
    async stop() {
      store.close();
      await proxy.stop();
      await testStore.stop();
    },
  };
}
