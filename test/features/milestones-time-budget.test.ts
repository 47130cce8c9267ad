import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/open-store";
import { runWithBudget } from "../../src/turn-budget";
import { startCosmosProxy, type CosmosProxy } from "../store/support/cosmos-proxy";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { setUpTeam } from "../support/setup-fixture";
import { createTestBot, type TestBot } from "../support/test-app";
import { startTestStore, type TestStore } from "../support/test-store";
import { LARS, METTE, SOFIE, cardOf, cardText, type TurnResult } from "../support/teams-activities";
import type { Activity } from "botbuilder";
import type { CardActionTurn } from "../../src/bot/turn";
import { saveMilestoneWhenLate } from "../../src/features/milestones/save-milestone";
import { inputsOf, press } from "./support/cards";
import {
  PLANNING_QUESTIONS,
  answerCard,
  emptyStore,
  openMilestone,
  storedAnswers,
  storedApproval,
} from "./support/milestone-bot";

/** Teams gives a card action about 5 s; the turn's budget keeps a margin inside that. */
const TURN_BUDGET_MS = 4_000;
const [Q1] = PLANNING_QUESTIONS;
const field = (questionId: string) => `answer-${questionId}`;

describe("saving and deciding within the turn's time, whatever the store does", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let proxy: CosmosProxy;
  let slowStore: Store;
  let slowBot: TestBot;
  let bot: TestBot;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE]);
    proxy = await startCosmosProxy(testStore.server.endpoint);
    slowStore = await openStore({
      endpoint: proxy.endpoint,
      databaseId: testStore.store.database.id,
      auth: { key: testStore.server.key },
      createIfMissing: false,
      disableEndpointDiscovery: true,
    });
    slowBot = createTestBot(slowStore, { connectorUrl: connector.url });
    bot = createTestBot(testStore.store, { connectorUrl: connector.url });
  });
  beforeEach(async () => {
    await emptyStore(testStore.store);
    await setUpTeam(bot);
    // The SDK reads account and container metadata once; let it, before latency is injected.
    await slowBot.send(
      press(await openMilestone(bot, "start-up-meeting"), "Gem kladde", {
        "answer-signed-up": "Ja",
      }),
    );
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

  /** Sends inside a turn's budget; the answer must come before the budget ends. */
  function inTime(activity: Partial<Activity>): Promise<TurnResult> {
    return runWithBudget(TURN_BUDGET_MS, async (budget) => {
      const result = await slowBot.send(activity);
      expect(budget.now()).toBeLessThan(budget.deadline);
      return result;
    });
  }

  it("saves in time on a slow store (1.2 s a request)", async () => {
    const card = await openMilestone(bot);
    proxy.delayEach(1_200);
    const result = await inTime(press(card, "Gem kladde", { [field(Q1)]: "Langsomt svar" }));
    expect(cardText(answerCard(result))).toContain("Gemt.");
    expect((await storedAnswers(testStore.store))?.answers.get(Q1)?.text).toBe("Langsomt svar");
  });

  it("says it does not know, in time and with the text kept, when the commit cannot finish", async () => {
    const card = await openMilestone(bot);
    proxy.delayEach(2_500);
    const result = await inTime(press(card, "Gem kladde", { [field(Q1)]: "Måske gemt" }));
    const answer = answerCard(result);
    expect(cardText(answer)).toContain("Jeg ved ikke, om svarene blev gemt");
    expect(cardText(answer)).not.toContain("intet er gemt");
    expect(inputsOf(answer).get(field(Q1))).toBe("Måske gemt");
  });

  it("says nothing was saved, in time and with the text kept, when the store does not answer the read", async () => {
    const card = await openMilestone(bot);
    proxy.delayEach(5_000);
    const result = await inTime(press(card, "Gem kladde", { [field(Q1)]: "For sent" }));
    const answer = answerCard(result);
    // The store gives up inside the budget (StoreUnavailableError) or the deadline comes first.
    expect(cardText(answer)).toMatch(
      /(databasen ikke svarer|Det tog for lang tid at gemme)[^\n]*[Ii]ntet er gemt/,
    );
    expect(cardText(answer)).not.toContain("Jeg ved ikke");
    expect(inputsOf(answer).get(field(Q1))).toBe("For sent");
    // The save goes on in the background but may no longer commit.
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    expect((await storedAnswers(testStore.store))?.answers.get(Q1)).toBeUndefined();
  }, 20_000);

  it("answers by its deadline with the card and the text when the store is slower than the turn, and saves nothing later", async () => {
    const hurried = createTestBot(slowStore, { turnBudgets: { cardActionMs: 500 } });
    const card = await openMilestone(bot);
    proxy.delayEach(1_000);
    const result = await hurried.send(press(card, "Gem kladde", { [field(Q1)]: "Hastværk" }));
    const answer = answerCard(result);
    // The store gives up inside the budget, or the late answer comes: either says nothing was saved.
    expect(cardText(answer)).toMatch(/[Ii]ntet er gemt/);
    expect(inputsOf(answer).get(field(Q1))).toBe("Hastværk");
    // The work goes on in the background but may no longer start its commit.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await storedAnswers(testStore.store))?.answers.get(Q1)).toBeUndefined();
  });

  it("gives the late answer without the store: the card, the text, and what is true", async () => {
    const card = await openMilestone(bot);
    const pressed = press(card, "Gem kladde", { [field(Q1)]: "Sent svar" });
    const data = (pressed.value as { action: { data: Record<string, unknown> } }).action.data;
    const turn = { data, language: "en", verb: "milestone.save" } as unknown as CardActionTurn;
    for (const [commitStarted, says] of [
      [false, "Det tog for lang tid at gemme, så intet er gemt."],
      [true, "Jeg ved ikke, om svarene blev gemt"],
    ] as const) {
      const late = saveMilestoneWhenLate(turn, { commitStarted });
      const lateCard = "card" in late ? late.card : undefined;
      // The card's own language (Danish), not the person's locale.
      expect(cardText(lateCard)).toContain(says);
      expect(inputsOf(lateCard).get(field(Q1))).toBe("Sent svar");
    }
  });

  it("says a decision may have been recorded, in time, keeping the comment and the same buttons", async () => {
    const card = await openMilestone(bot);
    const sent = await bot.send(press(card, "Send til godkendelse", { [field(Q1)]: "Svar" }));
    const approval = cardOf(sent.replies[0]);
    proxy.delayEach(2_500);
    const click = press(approval, "Send tilbage", { comment: "Mere om risici" }, { from: LARS });
    const result = await inTime(click);
    const answer = answerCard(result);
    expect(cardText(answer)).toContain("Jeg ved ikke, om beslutningen blev registreret");
    expect(inputsOf(answer).get("comment")).toBe("Mere om risici");
    proxy.delayEach(0);
    // Pressing again with the same card records the decision once.
    const again = await bot.send(press(answer, "Send tilbage", {}, { from: LARS }));
    expect(cardText(answerCard(again))).toContain("Sendt tilbage af Lars Nielsen");
    expect(await storedApproval(testStore.store)).toMatchObject({ status: "sentBack", version: 2 });
  });
});
