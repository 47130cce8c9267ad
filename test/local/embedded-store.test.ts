import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { connectStore, type ConnectedStore } from "../../src/store/connect-store";
import { CONTAINERS, DATABASE_ID } from "../../src/store/containers";
import { silentLogger } from "../../src/logger";

describe("local store start-up (embedded Cosmos-compatible server, real @azure/cosmos client)", () => {
  const opened: ConnectedStore[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });

  async function start(dataDir: string) {
    const connected = await connectStore(
      { mode: "embedded", dataDir, databaseId: DATABASE_ID },
      silentLogger(),
    );
    opened.push(connected);
    return connected;
  }

  it("creates the database and both containers with their partition keys, and reports healthy", async () => {
    const { store } = await start(fs.mkdtempSync(path.join(os.tmpdir(), "ig-store-")));
    expect(await store.isHealthy()).toBe(true);
    const { resources } = await store.database.containers.readAll().fetchAll();
    const layout = Object.fromEntries(resources.map((c) => [c.id, c.partitionKey?.paths]));
    expect(layout).toEqual({
      [CONTAINERS.teams.id]: [CONTAINERS.teams.partitionKey],
      [CONTAINERS.users.id]: [CONTAINERS.users.partitionKey],
    });
  });

  it("keeps data across a restart in the local data folder", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ig-store-"));
    const first = await start(dataDir);
    await first.store.teams.items.create({
      id: "profile",
      teamId: "team-1",
      type: "profile",
      organisationName: "Aarhus",
    });
    await first.close();
    opened.splice(opened.indexOf(first), 1);
    expect(fs.existsSync(path.join(dataDir, "teams.json"))).toBe(true);

    const second = await start(dataDir);
    const { resource } = await second.store.teams
      .item("profile", "team-1")
      .read<{ organisationName: string }>();
    expect(resource?.organisationName).toBe("Aarhus");
  });

  // As in Azure Cosmos DB, and what lets the local store serve a team's query from its own
  // documents instead of the whole container (patches/@vercel+cosmosdb-server+1.0.1.patch).
  it("answers a query sent to one partition from that partition's documents only", async () => {
    const { store } = await start(fs.mkdtempSync(path.join(os.tmpdir(), "ig-store-")));
    for (const teamId of ["team-1", "team-2"])
      await store.teams.items.create({ id: "profile", teamId, type: "profile" });
    await store.teams.items.create({ id: "note", teamId: "team-1", type: "note" });
    await store.teams.item("note", "team-1").delete();

    const { resources } = await store.teams.items
      .query<{ teamId: string }>("SELECT c.teamId FROM c WHERE c.type = 'profile'", {
        partitionKey: "team-2",
      })
      .fetchAll();
    expect(resources).toEqual([{ teamId: "team-2" }]);
    const everyTeam = await store.teams.items
      .query<{ teamId: string }>("SELECT c.teamId FROM c WHERE c.type = 'profile'")
      .fetchAll();
    expect(everyTeam.resources.map((r) => r.teamId).sort()).toEqual(["team-1", "team-2"]);
    const team1 = await store.teams.items
      .query("SELECT c.id FROM c", { partitionKey: "team-1" })
      .fetchAll();
    expect(team1.resources).toEqual([{ id: "profile" }]);
  });

  it("refuses a second bot on the same local data, so neither overwrites the other's writes", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ig-store-"));
    await start(dataDir);
    fs.writeFileSync(path.join(dataDir, ".lock"), String(process.ppid));
    await expect(start(dataDir)).rejects.toThrow(/Another bot .* is using the local data/);
  });

  it("takes over a lock left by a process that is gone", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ig-store-"));
    fs.writeFileSync(path.join(dataDir, ".lock"), "999999999");
    const connected = await start(dataDir);
    expect(await connected.store.isHealthy()).toBe(true);
  });

  it("reports unhealthy once the store stops answering", async () => {
    const connected = await start(fs.mkdtempSync(path.join(os.tmpdir(), "ig-store-")));
    await connected.close();
    opened.splice(opened.indexOf(connected), 1);
    expect(await connected.store.isHealthy()).toBe(false);
  }, 20_000);
});
