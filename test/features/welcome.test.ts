import { ActivityTypes } from "botbuilder";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStore, type TestStore } from "../support/test-store";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { createTestBot } from "../support/test-app";
import {
  BOT,
  LARS,
  METTE,
  SOFIE,
  TEAM,
  baseActivity,
  cardOf,
  cardText,
} from "../support/teams-activities";
import { setUpTeam } from "../support/setup-fixture";
import { createRepositories } from "../../src/store/repositories";

function botAdded(place: "channel" | "personal", locale = "da-DK") {
  return {
    ...baseActivity(place, METTE, locale),
    type: ActivityTypes.ConversationUpdate,
    membersAdded: [{ id: BOT.id, name: BOT.name }],
  };
}

describe("when the bot is added", () => {
  let testStore: TestStore;
  let connector: MockConnector;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE]);
  });
  afterAll(async () => {
    await testStore.stop();
    await connector.stop();
  });

  it("welcomes the team in Danish, says how to start, and remembers the channel for later posts", async () => {
    const bot = createTestBot(testStore.store, { connectorUrl: connector.url });
    const { replies } = await bot.send(botAdded("channel", "en-US"));
    const text = cardText(cardOf(replies[0]));
    expect(text).toContain("Hej! Jeg er Implementeringsguiden");
    expect(text).toContain("@Implementeringsguiden opsætning");
    const reference = await createRepositories(testStore.store).conversations.getChannel(
      TEAM.id,
      TEAM.id,
    );
    expect(reference).toMatchObject({
      kind: "channel",
      teamId: TEAM.id,
      conversationId: TEAM.id,
      botId: BOT.id,
    });
  });

  it("welcomes a person in their own language in a personal chat and remembers that chat", async () => {
    const bot = createTestBot(testStore.store, { connectorUrl: connector.url });
    const { replies } = await bot.send(botAdded("personal", "en-GB"));
    expect(cardText(cardOf(replies[0]))).toContain("Hi! I am Implementeringsguiden");
    const reference = await createRepositories(testStore.store).conversations.getPersonal(METTE.id);
    expect(reference).toMatchObject({ kind: "personal", userId: METTE.id });
  });

  it("does not welcome a team again that is already set up", async () => {
    const bot = createTestBot(testStore.store, { connectorUrl: connector.url });
    await setUpTeam(bot);
    const { replies } = await bot.send(botAdded("channel"));
    expect(replies).toHaveLength(0);
  });

  it("ignores other people joining", async () => {
    const bot = createTestBot(testStore.store, { connectorUrl: connector.url });
    const { replies } = await bot.send({
      ...botAdded("channel"),
      membersAdded: [{ id: LARS.id, name: LARS.name }],
    });
    expect(replies).toHaveLength(0);
  });
});
