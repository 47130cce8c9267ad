import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/open-store";
import {
  AlreadyExistsError,
  CommitOutcomeUnknownError,
  ConcurrentChangeError,
  StoreUnavailableError,
} from "../../src/store/errors";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import type { StoredProfile } from "../../src/store/team-profile-repository";
import { startTestStore, type TestStore } from "../support/test-store";
import { startCosmosProxy, type CosmosProxy } from "./support/cosmos-proxy";
import { approver, fastRetry, leader, newTeamId, sampleProfile } from "./support/fixtures";

/** What `get` returns of a save's result. */
function storedPart({ profile, etag, document }: StoredProfile): StoredProfile {
  return { profile, etag, document };
}

let testStore: TestStore;
let repos: Repositories;

beforeAll(async () => {
  testStore = await startTestStore();
  repos = createRepositories(testStore.store, { retry: fastRetry });
});

afterAll(async () => {
  await testStore.stop();
});

describe("TeamProfileRepository", () => {
  it("returns null for a team that is not set up", async () => {
    expect(await repos.profiles.get(newTeamId())).toBeNull();
  });

  it("creates a profile at version 1 and reads it back", async () => {
    const teamId = newTeamId();
    const created = await repos.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    expect(created.profile.version).toBe(1);
    expect(created.profile.updatedBy).toEqual(leader);
    const read = await repos.profiles.get(teamId);
    expect(read).toEqual(storedPart(created));
    expect(read?.profile).not.toHaveProperty("changes");
    expect(read?.profile).not.toHaveProperty("_etag");
  });

  it("refuses a second create with AlreadyExistsError (409)", async () => {
    const teamId = newTeamId();
    await repos.profiles.create(sampleProfile(teamId), { actor: leader, action: "setup.created" });
    await expect(
      repos.profiles.create(sampleProfile(teamId, { organisationName: "Odense Kommune" }), {
        actor: approver,
        action: "setup.created",
      }),
    ).rejects.toBeInstanceOf(AlreadyExistsError);
    expect((await repos.profiles.get(teamId))?.profile.organisationName).toBe("Aarhus Kommune");
  });

  it("replaces with the current ETag and bumps the version", async () => {
    const teamId = newTeamId();
    const created = await repos.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    const replaced = await repos.profiles.replace(
      sampleProfile(teamId, { startDate: "2025-04-01" }),
      created,
      { actor: approver, action: "setup.changed", details: { fields: ["startDate"] } },
    );
    expect(replaced.profile.version).toBe(2);
    expect(replaced.profile.updatedBy).toEqual(approver);
    expect(replaced.etag).not.toBe(created.etag);
    expect((await repos.profiles.get(teamId))?.profile.startDate).toBe("2025-04-01");
  });

  it("reports a stale ETag as ConcurrentChangeError (412) and keeps the winner's change", async () => {
    const teamId = newTeamId();
    const created = await repos.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    await repos.profiles.replace(sampleProfile(teamId, { language: "en" }), created, {
      actor: leader,
      action: "setup.changed",
    });
    await expect(
      repos.profiles.replace(sampleProfile(teamId, { startDate: "2026-01-01" }), created, {
        actor: approver,
        action: "setup.changed",
      }),
    ).rejects.toBeInstanceOf(ConcurrentChangeError);
    const stored = await repos.profiles.get(teamId);
    expect(stored?.profile.language).toBe("en");
    expect(stored?.profile.startDate).toBe("2025-03-01");
  });

  it("lets exactly one of two simultaneous saves win, and audits only that one", async () => {
    const teamId = newTeamId();
    const created = await repos.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    const results = await Promise.allSettled([
      repos.profiles.replace(sampleProfile(teamId, { language: "en" }), created, {
        actor: leader,
        action: "setup.changed",
        details: { by: "leader" },
      }),
      repos.profiles.replace(sampleProfile(teamId, { startDate: "2026-01-01" }), created, {
        actor: approver,
        action: "setup.changed",
        details: { by: "approver" },
      }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.status === "rejected" && lost[0].reason).toBeInstanceOf(ConcurrentChangeError);

    const stored = await repos.profiles.get(teamId);
    const { events } = await repos.audit.list(teamId, { limit: 10 });
    const v2 = events.filter((e) => e.version === 2);
    expect(v2).toHaveLength(1);
    expect(v2[0]?.actor).toEqual(stored?.profile.updatedBy);
  });
});

describe("AuditRepository", () => {
  it("lists committed events newest first, paged", async () => {
    let tick = Date.parse("2025-05-01T08:00:00.000Z");
    const clock = { now: () => new Date((tick += 1_000)) };
    const timed = createRepositories(testStore.store, { retry: fastRetry, clock });
    const teamId = newTeamId();
    let stored = await timed.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    for (const date of ["2025-04-01", "2025-05-01", "2025-06-01"]) {
      stored = await timed.profiles.replace(sampleProfile(teamId, { startDate: date }), stored, {
        actor: approver,
        action: "setup.changed",
        details: { startDate: date },
      });
    }
    const first = await timed.audit.list(teamId, { limit: 3 });
    expect(first.events.map((e) => e.version)).toEqual([4, 3, 2]);
    expect(first.events[0]).toMatchObject({
      teamId,
      subject: "profile",
      action: "setup.changed",
      actor: approver,
      details: { startDate: "2025-06-01" },
    });
    expect(first.continuationToken).toBeDefined();
    const second = await timed.audit.list(teamId, {
      limit: 3,
      continuationToken: first.continuationToken,
    });
    expect(second.events.map((e) => [e.version, e.action])).toEqual([[1, "setup.created"]]);
    expect(second.continuationToken).toBeUndefined();
  });
});

describe("when the store fails", () => {
  let proxy: CosmosProxy;
  let store: Store;

  beforeAll(async () => {
    proxy = await startCosmosProxy(testStore.server.endpoint);
    store = await openStore({
      endpoint: proxy.endpoint,
      databaseId: testStore.store.database.id,
      auth: { key: testStore.server.key },
      createIfMissing: false,
      disableEndpointDiscovery: true,
    });
  });

  afterAll(async () => {
    store.close();
    await proxy.stop();
  });

  it("does not list a change whose commit lost to another (412)", async () => {
    const teamId = newTeamId();
    const viaProxy = createRepositories(store, { retry: fastRetry });
    const created = await repos.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    // The loser's commit is held at the proxy while the winner commits version 2, so the held
    // replace then fails with 412.
    const held = proxy.holdNext((request) => request.method === "PUT");
    const losing = viaProxy.profiles
      .replace(sampleProfile(teamId, { organisationName: "Horsens Kommune" }), created, {
        actor: leader,
        action: "setup.changed",
      })
      .catch((e: unknown) => e);
    await held.reached;
    await repos.profiles.replace(sampleProfile(teamId, { language: "en" }), created, {
      actor: approver,
      action: "setup.changed",
    });
    held.release();
    expect(await losing).toBeInstanceOf(ConcurrentChangeError);

    const { events } = await repos.audit.list(teamId, { limit: 10 });
    expect(events.map((e) => [e.version, e.actor.id])).toEqual([
      [2, approver.id],
      [1, leader.id],
    ]);
    const stored = await repos.profiles.get(teamId);
    expect(stored?.profile.organisationName).toBe("Aarhus Kommune");
    expect(stored?.profile.language).toBe("en");
  });

  it("says the outcome is unknown when the commit's connection drops, and nothing shows", async () => {
    const teamId = newTeamId();
    const viaProxy = createRepositories(store); // the real retry policy and timing
    const created = await viaProxy.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    // The connection drops exactly at the commit point: the client cannot know whether the write
    // arrived, and the re-read finds the document unchanged, so it could still land.
    proxy.failWhen((request) => request.method === "PUT");
    const error = await viaProxy.profiles
      .replace(sampleProfile(teamId, { organisationName: "Vejle Kommune" }), created, {
        actor: approver,
        action: "setup.changed",
      })
      .catch((e: unknown) => e);
    proxy.failWhen(null);
    expect(error).toBeInstanceOf(CommitOutcomeUnknownError);
    expect(error).not.toBeInstanceOf(StoreUnavailableError);

    // Straight to the server: the previous profile is intact and its history unchanged.
    expect(await repos.profiles.get(teamId)).toEqual(storedPart(created));
    const { events } = await repos.audit.list(teamId, { limit: 10 });
    expect(events.map((e) => e.version)).toEqual([1]);

    // The next successful change still works and is audited once.
    const next = await viaProxy.profiles.replace(
      sampleProfile(teamId, { organisationName: "Vejle Kommune" }),
      created,
      { actor: approver, action: "setup.changed" },
    );
    expect(next.profile.version).toBe(2);
    expect((await repos.audit.list(teamId, { limit: 10 })).events.map((e) => e.version)).toEqual([
      2, 1,
    ]);
  });

  it("recognises its own write when the answer was lost and the retry met 409/412", async () => {
    const teamId = newTeamId();
    const viaProxy = createRepositories(store, { retry: fastRetry });
    proxy.loseAnswerOnce(
      (request) =>
        request.method === "POST" &&
        /\/docs$/.test(request.url ?? "") &&
        request.headers["x-ms-documentdb-is-upsert"] !== "true",
    );
    const before = proxy.seen.length;
    const created = await viaProxy.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    expect(created.profile.version).toBe(1);
    expect(created.alreadyApplied).toBe(false);
    // The create whose answer was lost, its retry (409), and the read that recognised it.
    expect(proxy.seen.slice(before).map((line) => line.split(" ")[0])).toEqual([
      "POST",
      "POST",
      "GET",
    ]);
    proxy.loseAnswerOnce((request) => request.method === "PUT");
    const replaced = await viaProxy.profiles.replace(
      sampleProfile(teamId, { language: "en" }),
      created,
      { actor: leader, action: "setup.changed" },
    );
    expect(replaced.profile.version).toBe(2);
    expect(await repos.profiles.get(teamId)).toEqual(storedPart(replaced));
    expect((await repos.audit.list(teamId, { limit: 10 })).events.map((e) => e.version)).toEqual([
      2, 1,
    ]);

    proxy.loseAnswerOnce(
      (request) =>
        request.method === "POST" &&
        /\/docs$/.test(request.url ?? "") &&
        request.headers["x-ms-documentdb-is-upsert"] !== "true",
    );
    const month = { teamId, kind: "monthly", month: "2025-05" } as const;
    expect((await viaProxy.nudges.claim(month, teamId, 60_000)).claimed).toBe(true);
    expect((await viaProxy.nudges.claim(month, teamId, 60_000)).claimed).toBe(false);
  });

  it("gives StoreUnavailableError (not an endless wait) when the server is stopped", async () => {
    const own = await startTestStore();
    const ownRepos = createRepositories(own.store);
    const teamId = newTeamId();
    const created = await ownRepos.profiles.create(sampleProfile(teamId), {
      actor: leader,
      action: "setup.created",
    });
    await own.server.stop();
    await expect(
      ownRepos.profiles.replace(sampleProfile(teamId), created, {
        actor: leader,
        action: "setup.changed",
      }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(ownRepos.profiles.get(teamId)).rejects.toBeInstanceOf(StoreUnavailableError);
    own.store.close();
  });
});
