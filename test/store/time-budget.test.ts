import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { CommitOutcomeUnknownError, StoreUnavailableError } from "../../src/store/errors";
import { openStore, type Store } from "../../src/store/open-store";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import { runWithBudget, TurnExpiredError } from "../../src/turn-budget";
import { startTestStore, type TestStore } from "../support/test-store";
import { startCosmosProxy, type CosmosProxy } from "./support/cosmos-proxy";
import { approver, leader, newTeamId, sampleProfile } from "./support/fixtures";

let testStore: TestStore;
let proxy: CosmosProxy;
let store: Store;
/** Straight to the server, to see what it kept. */
let direct: Repositories;
/** Through the proxy, with the real retry policy and timing. */
let viaProxy: Repositories;

beforeAll(async () => {
  testStore = await startTestStore();
  proxy = await startCosmosProxy(testStore.server.endpoint);
  store = await openStore({
    endpoint: proxy.endpoint,
    databaseId: testStore.store.database.id,
    auth: { key: testStore.server.key },
    createIfMissing: false,
    disableEndpointDiscovery: true,
  });
  direct = createRepositories(testStore.store);
  viaProxy = createRepositories(store);
  // The SDK reads account and container metadata once; do it before any latency is injected.
  const warm = newTeamId();
  const created = await viaProxy.profiles.create(sampleProfile(warm), {
    actor: leader,
    action: "setup.created",
  });
  await viaProxy.profiles.replace(sampleProfile(warm), created, {
    actor: leader,
    action: "setup.changed",
  });
});

afterEach(() => {
  proxy.delayEach(0);
  proxy.failWhen(null);
});

afterAll(async () => {
  store.close();
  await proxy.stop();
  await testStore.stop();
});

const isReplace = (request: IncomingMessage) => request.method === "PUT";

async function setUp(teamId: string) {
  return direct.profiles.create(sampleProfile(teamId), { actor: leader, action: "setup.created" });
}

describe("the store keeps to the turn's time budget", () => {
  it("gives up on a slow store before the turn's time is up", async () => {
    const teamId = newTeamId();
    await setUp(teamId);
    proxy.delayEach(3_000);
    await runWithBudget(1_000, async (budget) => {
      await expect(viaProxy.profiles.get(teamId)).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(budget.now()).toBeLessThan(budget.deadline);
    });
  });

  it("sends nothing when the turn has no time left for it", async () => {
    const teamId = newTeamId();
    const created = await setUp(teamId);
    const before = proxy.seen.length;
    await runWithBudget(100, async (budget) => {
      await expect(
        viaProxy.profiles.replace(sampleProfile(teamId, { language: "en" }), created, {
          actor: approver,
          action: "setup.changed",
        }),
      ).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(budget.storeCalls).toBe(0);
    });
    expect(proxy.seen.length).toBe(before);
    expect((await direct.profiles.get(teamId))?.profile.version).toBe(1);
  });

  it("counts every attempt of a retry as a store call", async () => {
    const teamId = newTeamId();
    const created = await setUp(teamId);
    proxy.loseAnswerOnce(isReplace);
    const calls = await runWithBudget(4_000, async (budget) => {
      await viaProxy.profiles.replace(sampleProfile(teamId, { language: "en" }), created, {
        actor: approver,
        action: "setup.changed",
      });
      return budget.storeCalls;
    });
    // The replace whose answer was lost, its retry (412), and the read that found it landed.
    expect(calls).toBe(3);
    expect((await direct.profiles.get(teamId))?.profile.language).toBe("en");
  });

  it("says the outcome is unknown, in time, when the store dies right after the commit", async () => {
    const teamId = newTeamId();
    const created = await setUp(teamId);
    // The replace lands; its answer is lost and from then on every request fails.
    proxy.loseAnswerOnce(isReplace);
    proxy.afterNext(isReplace, () => proxy.failWhen(() => true));
    await runWithBudget(4_000, async (budget) => {
      const error = await viaProxy.profiles
        .replace(sampleProfile(teamId, { language: "en" }), created, {
          actor: approver,
          action: "setup.changed",
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CommitOutcomeUnknownError);
      expect(error).not.toBeInstanceOf(StoreUnavailableError);
      expect(budget.commitStarted).toBe(true);
      expect(budget.now()).toBeLessThan(budget.deadline);
    });
    // It had landed: "unknown" was the truth, "nothing was saved" would have been a lie.
    expect((await direct.profiles.get(teamId))?.profile.language).toBe("en");
  });

  it("says the outcome is unknown when the commit cannot finish in time", async () => {
    const teamId = newTeamId();
    const created = await setUp(teamId);
    proxy.delayEach(2_000);
    await runWithBudget(1_500, async (budget) => {
      await expect(
        viaProxy.profiles.replace(sampleProfile(teamId, { language: "en" }), created, {
          actor: approver,
          action: "setup.changed",
        }),
      ).rejects.toBeInstanceOf(CommitOutcomeUnknownError);
      expect(budget.now()).toBeLessThan(budget.deadline);
    });
  });

  it("does not start a commit once the turn's answer has gone out", async () => {
    const teamId = newTeamId();
    const created = await setUp(teamId);
    await runWithBudget(4_000, async (budget) => {
      budget.expired = true;
      await expect(
        viaProxy.profiles.replace(sampleProfile(teamId, { language: "en" }), created, {
          actor: approver,
          action: "setup.changed",
        }),
      ).rejects.toBeInstanceOf(TurnExpiredError);
      expect(budget.storeCalls).toBe(0);
    });
    expect((await direct.profiles.get(teamId))?.profile.version).toBe(1);
  });
});
