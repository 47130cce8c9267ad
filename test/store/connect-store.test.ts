import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { connectStore, type ConnectedStore } from "../../src/store/connect-store";
import { openStore } from "../../src/store/open-store";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../src/local/embedded-cosmos";
import { silentLogger } from "../../src/logger";

describe("connecting to a Cosmos endpoint over plain http on loopback (store in a process of its own)", () => {
  const running: { server: EmbeddedCosmos; connected?: ConnectedStore }[] = [];
  afterEach(async () => {
    for (const { server, connected } of running.splice(0)) {
      await connected?.close();
      await server.stop();
    }
  });

  it("reads and writes through the configured endpoint, not the https one the server advertises", async () => {
    const server = await startEmbeddedCosmos();
    const entry: (typeof running)[number] = { server };
    running.push(entry);
    const databaseId = `connect-${randomUUID()}`;
    // In Azure, Bicep creates the database; here the test does, as the benchmark does.
    const setup = await openStore({
      endpoint: server.endpoint,
      databaseId,
      auth: { key: server.key },
      createIfMissing: true,
      disableEndpointDiscovery: true,
    });
    setup.close();

    entry.connected = await connectStore(
      { mode: "azure", endpoint: server.endpoint, key: server.key, databaseId },
      silentLogger(),
    );
    const { store } = entry.connected;
    expect(await store.isHealthy()).toBe(true);
    await store.teams.items.create({ id: "profile", teamId: "team-1", type: "profile" });
    const { resource } = await store.teams.item("profile", "team-1").read<{ type: string }>();
    expect(resource?.type).toBe("profile");
  });
});
