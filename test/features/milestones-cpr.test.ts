import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { containsCprNumber } from "../../src/domain/cpr-guard";
import { cleanFreeText } from "../../src/domain/text/free-text";
import { cardText } from "../support/teams-activities";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { setUpTeam } from "../support/setup-fixture";
import { createTestBot, type TestBot } from "../support/test-app";
import { startTestStore, type TestStore } from "../support/test-store";
import { LARS, METTE, SOFIE } from "../support/teams-activities";
import {
  CPR_CONTEXTS,
  CPR_SPELLINGS,
  cprNumbers,
  hasValidCheckDigit,
  negativeCorpus,
  NEGATIVE_KINDS,
} from "../domain/cpr-corpus";
import { inputsOf, press } from "./support/cards";
import {
  PLANNING_QUESTIONS,
  answerCard,
  emptyStore,
  openMilestone,
  storedAnswers,
} from "./support/milestone-bot";

const [Q1, Q2] = PLANNING_QUESTIONS;
const field = (questionId: string) => `answer-${questionId}`;

/** 200 CPR numbers, half with a valid check digit, each written one of the ways people do. */
const POSITIVES = cprNumbers(200).map((digits, i) => {
  const spelling = CPR_SPELLINGS[i % CPR_SPELLINGS.length];
  const context = CPR_CONTEXTS[Math.floor(i / CPR_SPELLINGS.length) % CPR_CONTEXTS.length];
  if (!spelling || !context) throw new Error("empty corpus");
  return {
    text: context.wrap(spelling.write(digits.slice(0, 6), digits.slice(6))),
    digits,
    label: `#${i} ${hasValidCheckDigit(digits) ? "valid" : "no valid"} check digit, ${spelling.label}, ${context.label}`,
  };
});

/** Ordinary numbers of every kind that must be saved as typed. */
const NEAR_MISSES = NEGATIVE_KINDS.flatMap((kind) =>
  (negativeCorpus(24).get(kind) ?? []).slice(0, 24),
);

describe("the CPR guard on the answer field", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let bot: TestBot;
  let card: unknown;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE]);
    await emptyStore(testStore.store);
    bot = createTestBot(testStore.store, { connectorUrl: connector.url });
    await setUpTeam(bot);
    card = await openMilestone(bot);
  });
  afterAll(async () => {
    await testStore.stop();
    await connector.stop();
  });

  it("has at least 100 numbers with and 100 without a valid check digit, and 100 near misses", () => {
    const valid = POSITIVES.filter((p) => hasValidCheckDigit(p.digits)).length;
    expect(valid).toBeGreaterThanOrEqual(100);
    expect(POSITIVES.length - valid).toBeGreaterThanOrEqual(100);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(100);
  });

  it("refuses every CPR number, never echoes it, keeps the rest, and asks to delete the channel message", async () => {
    const failures: string[] = [];
    for (const positive of POSITIVES) {
      const result = await bot.send(
        press(card, "Gem kladde", {
          [field(Q1)]: `Borgeren: ${positive.text}`,
          [field(Q2)]: "Risikoanalysen er lavet.",
        }),
      );
      const answer = answerCard(result);
      const text = cardText(answer);
      const shown = inputsOf(answer);
      const ok =
        text.includes("Teksten ligner et CPR-nummer, så jeg har ikke gemt den.") &&
        text.includes(
          "Har du også skrevet nummeret i en besked i kanalen, så slet venligst den besked.",
        ) &&
        // Everything the card shows (its hidden data holds random ids, which may look like one).
        !containsCprNumber(text) &&
        (shown.get(field(Q1)) ?? "").includes("[CPR]") &&
        shown.get(field(Q2)) === "Risikoanalysen er lavet.";
      if (!ok) failures.push(positive.label);
    }
    expect(failures).toEqual([]);
    expect(await storedAnswers(testStore.store)).toBeNull();
  }, 120_000);

  it("saves every near miss as typed: case numbers, dates, phone numbers, amounts", async () => {
    const failures: string[] = [];
    let current = card;
    for (const nearMiss of NEAR_MISSES) {
      const result = await bot.send(press(current, "Gem kladde", { [field(Q1)]: nearMiss.text }));
      current = answerCard(result);
      const cleaned = cleanFreeText(nearMiss.text, {
        multiline: true,
        minLength: 0,
        maxLength: 4000,
      });
      const expected = cleaned.ok ? cleaned.value : "(refused)";
      const stored = (await storedAnswers(testStore.store))?.answers.get(Q1)?.text;
      if (stored !== expected || !cardText(current).includes("Gemt.")) {
        failures.push(`${nearMiss.label}: ${JSON.stringify(nearMiss.text)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
