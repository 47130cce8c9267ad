import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { openStore, type Store } from "../../src/store/open-store";
import { createRepositories } from "../../src/store/repositories";
import { runWithBudget } from "../../src/turn-budget";
import { startCosmosProxy, type CosmosProxy } from "../store/support/cosmos-proxy";
import { invokeCard } from "../support/card-responses";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { VALID_SETUP } from "../support/setup-fixture";
import { createTestBot, type TestBot } from "../support/test-app";
import { startTestStore, type TestStore } from "../support/test-store";
import {
  AHMED,
  LARS,
  METTE,
  SOFIE,
  TEAM,
  cardAction,
  cardText,
  type TurnResult,
} from "../support/teams-activities";

/** Teams gives a card action about 5 s; the turn's budget keeps a margin inside that. */
const TURN_BUDGET_MS = 4_000;

describe("saving the setup within the turn's time, whatever the store does", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let proxy: CosmosProxy;
  let slowStore: Store;
  let bot: TestBot;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE, AHMED]);
    proxy = await startCosmosProxy(testStore.server.endpoint);
    slowStore = await openStore({
      endpoint: proxy.endpoint,
      databaseId: testStore.store.database.id,
      auth: { key: testStore.server.key },
      createIfMissing: false,
      disableEndpointDiscovery: true,
    });
    bot = createTestBot(slowStore, { connectorUrl: connector.url });
    // The SDK reads account and container metadata once; let it, before latency is injected.
    await save();
  });
  beforeEach(async () => {
    const { resources } = await testStore.store.teams.items
      .query<{ id: string }>("SELECT c.id FROM c")
      .fetchAll();
    for (const { id } of resources) await testStore.store.teams.item(id, TEAM.id).delete();
  });
  afterEach(() => {
    proxy.delayEach(0);
    proxy.failWhen(null);
  });
  afterAll(async () => {
    slowStore.close();
    await proxy.stop();
    await testStore.stop();
    await connector.stop();
  });

  function save(organisationName = "Aarhus Kommune"): Promise<TurnResult> {
    return bot.send(
      cardAction(SETUP_VERBS.save, {
        ...VALID_SETUP,
        organisationName,
        actionId: randomUUID(),
        expectedVersion: "0",
      }),
    );
  }

  /** Saves inside a turn's budget; the answer must come before the budget ends. */
  async function saveInTime(organisationName: string): Promise<string> {
    return runWithBudget(TURN_BUDGET_MS, async (budget) => {
      const result = await save(organisationName);
      expect(budget.now()).toBeLessThan(budget.deadline);
      return cardText(invokeCard(result));
    });
  }

  async function stored() {
    return (await createRepositories(testStore.store).profiles.get(TEAM.id))?.profile;
  }

  const isCreate = (request: IncomingMessage) =>
    request.method === "POST" &&
    /\/colls\/teams\/docs$/.test(request.url ?? "") &&
    request.headers["x-ms-documentdb-isquery"] === undefined;

  it("saves in time on a slow store (1.2 s a request)", async () => {
    proxy.delayEach(1_200);
    const text = await saveInTime("Vejle Kommune");
    expect(text).toContain("Opsætningen er gemt");
    expect((await stored())?.organisationName).toBe("Vejle Kommune");
  });

  it("says it does not know, in time, when the store dies right after the commit", async () => {
    proxy.loseAnswerOnce(isCreate);
    proxy.afterNext(isCreate, () => proxy.failWhen(() => true));
    const text = await saveInTime("Horsens Kommune");
    expect(text).toContain("Jeg ved ikke, om opsætningen blev gemt");
    expect(text).not.toContain("Intet er gemt");
    // What was typed is still there to save again.
    expect(text).toContain("Horsens Kommune");
    proxy.failWhen(null);
    // It had landed: saying "not saved" would have been untrue.
    expect((await stored())?.organisationName).toBe("Horsens Kommune");
  });

  it("says it does not know, in time, when the commit cannot finish before the deadline", async () => {
    proxy.delayEach(2_500);
    const text = await saveInTime("Kolding Kommune");
    expect(text).toContain("Jeg ved ikke, om opsætningen blev gemt");
    expect(text).toContain("Kolding Kommune");
  });
});
