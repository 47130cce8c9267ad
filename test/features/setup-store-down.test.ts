import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { startTestStore, type TestStore } from "../support/test-store";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { createTestBot } from "../support/test-app";
import { AHMED, LARS, METTE, SOFIE, cardAction, cardText } from "../support/teams-activities";
import { invokeCard } from "../support/card-responses";
import { VALID_SETUP } from "../support/setup-fixture";
import { SETUP_VERBS } from "../../src/features/setup/verbs";

describe("saving the setup while the store is down", () => {
  let testStore: TestStore;
  let connector: MockConnector;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE, AHMED]);
  });
  afterAll(async () => {
    await connector.stop();
  });

  it("says it could not save, keeps what was typed, and answers within Teams' time limit", async () => {
    // Within Teams' time, whatever the store does, is the turn deadline's job (tested in
    // test/teams/turn-deadline.test.ts); here: what the person is told, and that nothing is lost.
    const bot = createTestBot(testStore.store, { connectorUrl: connector.url });
    await testStore.stop();
    const result = await bot.send(
      cardAction(SETUP_VERBS.save, {
        ...VALID_SETUP,
        organisationName: "Vejle Kommune",
        actionId: randomUUID(),
        expectedVersion: "0",
      }),
    );
    const text = cardText(invokeCard(result));
    expect(text).toContain("Jeg kunne ikke gemme lige nu");
    expect(text).toContain("Intet er gemt halvt");
    expect(text).toContain("Vejle Kommune");
    expect(result.replies).toHaveLength(0);
  });
});
