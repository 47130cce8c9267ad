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
