import { CosmosClient, type Container, type Database } from "@azure/cosmos";
import type { TokenCredential } from "@azure/identity";
import { CONTAINERS } from "./containers";

export interface StoreConnection {
  endpoint: string;
  databaseId: string;
  /** An account key, or a credential (managed identity) for keyless access. */
  auth: { key: string } | { credential: TokenCredential };
  /** Local mode creates the database and containers; in Azure, Bicep does (data-plane RBAC cannot). */
  createIfMissing: boolean;
  /** The embedded server advertises https endpoints it does not serve; do not follow them. */
  disableEndpointDiscovery: boolean;
}

export interface Store {
  client: CosmosClient;
  database: Database;
  teams: Container;
  users: Container;
  /** True when the database answers a read. */
  isHealthy(): Promise<boolean>;
  close(): void;
}

export async function openStore(connection: StoreConnection): Promise<Store> {
  const client = new CosmosClient({
    endpoint: connection.endpoint,
    ...("key" in connection.auth
      ? { key: connection.auth.key }
      : { aadCredentials: connection.auth.credential }),
    connectionPolicy: {
      enableEndpointDiscovery: !connection.disableEndpointDiscovery,
      requestTimeout: 5_000,
      // 429s are retried by the SDK; keep the total short so a user hears back within Teams' limits.
      retryOptions: {
        maxRetryAttemptCount: 5,
        fixedRetryIntervalInMilliseconds: 0,
        maxWaitTimeInSeconds: 4,
      },
    },
  });
  let database: Database;
  if (connection.createIfMissing) {
    ({ database } = await client.databases.createIfNotExists({ id: connection.databaseId }));
    for (const definition of Object.values(CONTAINERS)) {
      await database.containers.createIfNotExists({
        id: definition.id,
        partitionKey: { paths: [definition.partitionKey] },
      });
    }
  } else {
    database = client.database(connection.databaseId);
  }
  const store: Store = {
    client,
    database,
    teams: database.container(CONTAINERS.teams.id),
    users: database.container(CONTAINERS.users.id),
    async isHealthy() {
      try {
        await database.read();
        return true;
      } catch {
        return false;
      }
    },
    close() {
      client.dispose();
    },
  };
  return store;
}
