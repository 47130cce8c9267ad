import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MILESTONE_VERBS } from "../../src/features/milestones/verbs";
import { findMilestone, getProgramme } from "../../src/domain/catalog";
import { answerKey } from "../../src/domain/team/answer-key";
import { createRepositories } from "../../src/store/repositories";
import { CARD_LIMIT_BYTES, cardBytes } from "../../src/features/milestones/milestone-card";
import type { FinishedTurn } from "../../src/teams/teams-bot";
import { invokeMessage, literalTexts, markdownTexts } from "../support/card-responses";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { setUpTeam } from "../support/setup-fixture";
import { createTestBot, type TestBot } from "../support/test-app";
import { startTestStore, type TestStore } from "../support/test-store";
import {
  AHMED,
  LARS,
  METTE,
  SOFIE,
  TEAM,
  cardAction,
  cardOf,
  cardText,
  message,
} from "../support/teams-activities";
import { button, buttonsOf, inputsOf, press } from "./support/cards";
import {
  PLANNING,
  PLANNING_QUESTIONS,
  SFT,
  answerCard,
  emptyStore,
  openMilestone,
  storedAnswers,
  storedApproval,
} from "./support/milestone-bot";

const [Q1, Q2, Q3] = PLANNING_QUESTIONS;
const raise = (message: string): never => {
  throw new Error(message);
};
const field = (questionId: string) => `answer-${questionId}`;

describe("milestones in the channel", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let bot: TestBot;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE, AHMED]);
  });
  afterAll(async () => {
    await testStore.stop();
    await connector.stop();
  });
  beforeEach(async () => {
    await emptyStore(testStore.store);
    bot = createTestBot(testStore.store, { connectorUrl: connector.url });
    await setUpTeam(bot);
  });

  /** Mette answers the first question and approves nothing. */
  async function saveFirstAnswer(text = "Interessentanalysen er lavet i marts.") {
    const card = await openMilestone(bot);
    return bot.send(press(card, "Gem kladde", { [field(Q1)]: text, assessment: "partially" }));
  }

  describe("milepæle", () => {
    it("groups the 16 milestones by phase, each with assessment, state and Åbn, inside Teams' size limit", async () => {
      const { replies } = await bot.send(message("milepæle"));
      const card = cardOf(replies[0]);
      const text = cardText(card);
      expect(text).toContain("Milepæle: Social Færdighedstræning (SFT)");
      expect(text).toContain("0 af 16 milepæle er godkendt.");
      const headings = [
        "Forberedelsesfasen",
        "Kompetenceudvikling",
        "Forandringsfasen",
        "Forankringsfasen",
      ];
      const positions = headings.map((h) => text.indexOf(h));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(buttonsOf(card).filter((b) => b.title === "Åbn")).toHaveLength(16);
      expect(text.match(/Ikke påbegyndt/g)).toHaveLength(16);
      expect(cardBytes(card)).toBeLessThan(CARD_LIMIT_BYTES);
      // The organisation's name is the team's own text: shown literally.
      expect(literalTexts(card)).toContain("Aarhus Kommune");
    });

    it("shows each milestone's assessment and approval state after work on it", async () => {
      const saved = await saveFirstAnswer();
      const sent = await bot.send(press(answerCard(saved), "Send til godkendelse"));
      expect(sent.replies).toHaveLength(1);
      const { replies } = await bot.send(message("milepæle"));
      const text = cardText(cardOf(replies[0]));
      expect(text).toMatch(
        /Værktøjerne til implementeringsplanen er anvendt\nDelvist på plads\n · \nAfventer godkendelse/,
      );
    });

    it("opens the milestone from Åbn in the thread", async () => {
      const { replies } = await bot.send(message("milepæle"));
      const opened = await bot.send(press(cardOf(replies[0]), "Åbn", {}, { nth: 3 }));
      expect(invokeMessage(opened)).toBe("Milepælen er åbnet i tråden.");
      expect(cardText(cardOf(opened.replies[0]))).toContain(
        "Værktøjerne til implementeringsplanen er anvendt",
      );
    });

    it("asks for the setup first, and points to the channel from a personal chat", async () => {
      await emptyStore(testStore.store);
      const { replies } = await bot.send(message("milepæle"));
      expect(replies[0]?.text).toContain("Teamet er ikke sat op endnu");
      const personal = await bot.send(message("milepæle", { place: "personal" }));
      expect(personal.replies[0]?.text).toContain("Milepælene hører til teamets kanal");
    });

    it("reads the team's milestones in one store round trip", async () => {
      const turns: FinishedTurn[] = [];
      const counted = createTestBot(testStore.store, { onTurnFinished: (t) => turns.push(t) });
      await counted.send(message("milepæle"));
      expect(turns.map((t) => t.storeCalls)).toEqual([1]);
    });
  });

  describe("the milestone card", () => {
    it("shows the title, the intro, every question with a multi-line field, the assessment and max 4.000 tegn", async () => {
      await saveFirstAnswer("Første svar");
      const card = await openMilestone(bot, PLANNING, AHMED);
      const text = cardText(card);
      expect(text).toContain("Værktøjerne til implementeringsplanen er anvendt");
      expect(text).toContain("Socialstyrelsen præsenterer på opstartsmødet en række værktøjer");
      expect(text).toContain("1. Er interessentanalysen udarbejdet?");
      expect(text).toContain("5. Skal der derudover arbejdes med en kommunikationsplan");
      expect(text).toContain("max 4.000 tegn");
      expect(text).toContain("Teamets vurdering af milepælen");
      const inputs = inputsOf(card);
      expect(inputs.get(field(Q1))).toBe("Første svar");
      expect(inputs.get(field(Q2))).toBe("");
      expect(inputs.get("assessment")).toBe("partially");
      const json = JSON.stringify(card);
      expect(json.match(/"isMultiline":true/g)).toHaveLength(5);
      expect(buttonsOf(card).map((b) => b.title)).toEqual([
        "Gem kladde",
        "Send til godkendelse",
        "Vis versioner",
      ]);
      expect(text).toContain("Senest gemt af Mette Sørensen 23.11.2026 kl. 10.00.");
    });

    it("saves, tells who saved and when, and updates the card for everyone", async () => {
      const result = await saveFirstAnswer("Interessentanalysen er lavet.");
      const answered = answerCard(result);
      expect(cardText(answered)).toContain("Gemt. Kortet er opdateret for alle i kanalen.");
      expect(cardText(answered)).toContain("Besvaret af Mette Sørensen 23.11.2026 kl. 10.00");
      expect(result.updates).toHaveLength(1);
      const forEveryone = result.updates[0]?.attachments?.[0]?.content;
      expect(inputsOf(forEveryone).get(field(Q1))).toBe("Interessentanalysen er lavet.");
      expect(cardText(forEveryone)).toContain(
        "Senest gemt af Mette Sørensen 23.11.2026 kl. 10.00.",
      );
      const stored = await storedAnswers(testStore.store);
      expect(stored?.answers.get(Q1)?.text).toBe("Interessentanalysen er lavet.");
      expect(stored?.assessment?.value).toBe("partially");
    });

    it("saves with one read and one write", async () => {
      const card = await openMilestone(bot);
      const turns: FinishedTurn[] = [];
      const counted = createTestBot(testStore.store, { onTurnFinished: (t) => turns.push(t) });
      await counted.send(press(card, "Gem kladde", { [field(Q1)]: "Et svar" }));
      await counted.send(press(await openMilestone(bot), "Gem kladde", { [field(Q2)]: "To" }));
      expect(turns.map((t) => t.storeCalls)).toEqual([2, 2]);
    });

    it("says there was nothing to save when nothing changed, and writes nothing", async () => {
      const card = await openMilestone(bot);
      const result = await bot.send(press(card, "Gem kladde"));
      expect(cardText(answerCard(result))).toContain("Der var ingen ændringer at gemme.");
      expect(await storedAnswers(testStore.store)).toBeNull();
    });

    it("shows an answer's Markdown as text, never as a live link", async () => {
      const link = "[Log ind her](https://evil.example/login)";
      const result = await saveFirstAnswer(link);
      const card = answerCard(result);
      expect(inputsOf(card).get(field(Q1))).toBe(link);
      for (const text of markdownTexts(card)) expect(text).not.toContain("](https://evil");
      const sent = await bot.send(press(card, "Send til godkendelse"));
      const approval = cardOf(sent.replies[0]);
      expect(literalTexts(approval)).toContain(link);
      for (const text of markdownTexts(approval)) expect(text).not.toContain("](https://evil");
    });

    it("records each save as a version: who, when, which questions; Vis versioner shows them", async () => {
      const first = await saveFirstAnswer("Et");
      const second = await bot.send(
        press(answerCard(first), "Gem kladde", { [field(Q3)]: "Tre" }, { from: AHMED }),
      );
      const versions = await bot.send(press(answerCard(second), "Vis versioner"));
      const text = cardText(answerCard(versions));
      expect(text).toContain("Versioner: Værktøjerne til implementeringsplanen er anvendt");
      expect(text).toMatch(
        /Version 2 · Ahmed Karimi · 23\.11\.2026 kl\. 10\.00\nÆndrede spørgsmål 3\./,
      );
      expect(text).toMatch(
        /Version 1 · Mette Sørensen · 23\.11\.2026 kl\. 10\.00\nÆndrede spørgsmål 1 og vurderingen \(Delvist på plads\)\./,
      );
      const back = await bot.send(press(answerCard(versions), "Tilbage til milepælen"));
      expect(inputsOf(answerCard(back)).get(field(Q3))).toBe("Tre");
    });
  });

  describe("a milestone whose answers do not fit one card", () => {
    it("shows its questions in pages; Gem og vis næste spørgsmål saves the page and shows the next", async () => {
      const milestone = "attention-infrastructural";
      const questions =
        findMilestone(getProgramme(SFT) ?? raise("no SFT"), milestone)?.questions ?? [];
      const long = "Et langt svar om rammerne. ".repeat(140).trim();
      await createRepositories(testStore.store).answers.saveAnswers(
        TEAM.id,
        answerKey(SFT, milestone),
        new Map(questions.map((q) => [q.id, long])),
        METTE,
        { actionId: "seed-long-answers", verb: "test" },
      );
      const first = await openMilestone(bot, milestone);
      expect(cardBytes(first)).toBeLessThan(CARD_LIMIT_BYTES);
      const firstPage = [...inputsOf(first).keys()].filter((id) => id.startsWith("answer-"));
      expect(firstPage.length).toBeLessThan(questions.length);
      expect(cardText(first)).toContain(`Spørgsmål 1–${firstPage.length} af 8`);

      const next = await bot.send(
        press(first, "Gem og vis næste spørgsmål", { [firstPage[0] ?? ""]: "Kortere svar." }),
      );
      const second = answerCard(next);
      const secondPage = [...inputsOf(second).keys()].filter((id) => id.startsWith("answer-"));
      expect(secondPage[0]).toBe(`answer-${questions[firstPage.length]?.id ?? ""}`);
      expect(cardText(second)).toContain("Gem og vis forrige spørgsmål");
      const stored = await storedAnswers(testStore.store, milestone);
      expect(stored?.answers.get(questions[0]?.id ?? "")?.text).toBe("Kortere svar.");
      expect(stored?.answers.get(questions[1]?.id ?? "")?.text).toBe(long);
    });
  });

  describe("two people at once", () => {
    it("merges changes to different questions, and tells the second person the card was out of date", async () => {
      const shared = await openMilestone(bot);
      const first = await bot.send(press(shared, "Gem kladde", { [field(Q1)]: "Mettes svar" }));
      expect(cardText(answerCard(first))).toContain("Gemt.");
      const second = await bot.send(
        press(shared, "Gem kladde", { [field(Q2)]: "Ahmeds svar" }, { from: AHMED }),
      );
      const text = cardText(answerCard(second));
      expect(text).toContain(
        "Kortet var forældet: Mette Sørensen havde gemt ændringer, mens du skrev. Dine ændringer er gemt sammen med deres",
      );
      const inputs = inputsOf(answerCard(second));
      expect(inputs.get(field(Q1))).toBe("Mettes svar");
      expect(inputs.get(field(Q2))).toBe("Ahmeds svar");
      const stored = await storedAnswers(testStore.store);
      expect(stored?.answers.get(Q1)?.answeredBy.id).toBe(METTE.id);
      expect(stored?.answers.get(Q2)?.answeredBy.id).toBe(AHMED.id);
    });

    it("merges when both press Gem kladde at the same moment", async () => {
      const shared = await openMilestone(bot);
      await Promise.all([
        bot.send(press(shared, "Gem kladde", { [field(Q1)]: "Mettes svar" })),
        bot.send(press(shared, "Gem kladde", { [field(Q2)]: "Ahmeds svar" }, { from: AHMED })),
      ]);
      const stored = await storedAnswers(testStore.store);
      expect(stored?.answers.get(Q1)?.text).toBe("Mettes svar");
      expect(stored?.answers.get(Q2)?.text).toBe("Ahmeds svar");
      expect(stored?.version).toBe(2);
    });

    it("keeps the second person's own text where both changed the same question, shows the newer answer and who wrote it", async () => {
      const shared = await openMilestone(bot);
      await bot.send(press(shared, "Gem kladde", { [field(Q1)]: "Mettes svar" }));
      const clash = await bot.send(
        press(
          shared,
          "Gem kladde",
          { [field(Q1)]: "Ahmeds svar", [field(Q2)]: "Ahmeds andet svar" },
          { from: AHMED },
        ),
      );
      const card = answerCard(clash);
      const text = cardText(card);
      expect(text).toContain("Mette Sørensen ændrede de samme svar, efter du åbnede kortet.");
      expect(text).toContain("Dine ændringer til de andre spørgsmål er gemt.");
      expect(literalTexts(card)).toContain(
        "Mette Sørensen ændrede svaret 23.11.2026 kl. 10.00, efter du åbnede kortet. Deres svar:",
      );
      expect(literalTexts(card)).toContain("Mettes svar");
      expect(inputsOf(card).get(field(Q1))).toBe("Ahmeds svar");
      let stored = await storedAnswers(testStore.store);
      expect(stored?.answers.get(Q1)?.text).toBe("Mettes svar");
      expect(stored?.answers.get(Q2)?.text).toBe("Ahmeds andet svar");

      // Having seen Mette's answer, Ahmed saves his own over it on purpose.
      const again = await bot.send(press(card, "Gem kladde", {}, { from: AHMED }));
      expect(cardText(answerCard(again))).toContain("Gemt.");
      stored = await storedAnswers(testStore.store);
      expect(stored?.answers.get(Q1)?.text).toBe("Ahmeds svar");
    });

    it("says so when the newer answer is the person's own, saved from another card (or a save that landed late)", async () => {
      const shared = await openMilestone(bot);
      await bot.send(press(shared, "Gem kladde", { [field(Q1)]: "Første tekst" }));
      const clash = await bot.send(press(shared, "Gem kladde", { [field(Q1)]: "Anden tekst" }));
      const card = answerCard(clash);
      const text = cardText(card);
      expect(text).toContain(
        "Du har selv gemt en anden tekst i de samme svar fra et andet kort, efter dette kort blev vist",
      );
      expect(text).not.toContain("Mette Sørensen ændrede de samme svar");
      expect(inputsOf(card).get(field(Q1))).toBe("Anden tekst");
      expect((await storedAnswers(testStore.store))?.answers.get(Q1)?.text).toBe("Første tekst");
    });

    it("says a stale card is stale when used without changes, and offers the fresh one", async () => {
      const shared = await openMilestone(bot);
      await bot.send(press(shared, "Gem kladde", { [field(Q1)]: "Mettes svar" }));
      const stale = await bot.send(press(shared, "Gem kladde", {}, { from: AHMED }));
      const card = answerCard(stale);
      expect(cardText(card)).toContain(
        "Kortet var forældet: Mette Sørensen har gemt ændringer siden. Her er den nye version.",
      );
      expect(inputsOf(card).get(field(Q1))).toBe("Mettes svar");
      expect((await storedAnswers(testStore.store))?.version).toBe(1);
    });

    it("never sends a version the person has not seen: a stale Send til godkendelse saves and asks to look first", async () => {
      const shared = await openMilestone(bot);
      await bot.send(press(shared, "Gem kladde", { [field(Q1)]: "Mettes svar" }));
      const stale = await bot.send(
        press(shared, "Send til godkendelse", { [field(Q2)]: "Ahmeds svar" }, { from: AHMED }),
      );
      expect(cardText(answerCard(stale))).toContain(
        "Dine ændringer er gemt, men milepælen er ikke sendt til godkendelse",
      );
      expect(stale.replies).toHaveLength(0);
      expect(await storedApproval(testStore.store)).toBeNull();
      expect((await storedAnswers(testStore.store))?.answers.get(Q2)?.text).toBe("Ahmeds svar");
    });
  });

  describe("approval and reopening", () => {
    it("records the version it approved, and a change after approval reopens it and says so in the channel", async () => {
      const saved = await saveFirstAnswer();
      const sent = await bot.send(press(answerCard(saved), "Send til godkendelse"));
      expect(cardText(answerCard(sent))).toContain(
        "Sendt til godkendelse hos Lars Nielsen. Godkendelseskortet er sendt i kanalen.",
      );
      expect(await storedApproval(testStore.store)).toMatchObject({
        status: "pending",
        forVersion: 1,
        requestedBy: { id: METTE.id },
      });
      await bot.send(press(cardOf(sent.replies[0]), "Godkend", {}, { from: LARS }));
      expect(await storedApproval(testStore.store)).toMatchObject({
        status: "approved",
        forVersion: 1,
      });
      const approvedCard = await openMilestone(bot);
      expect(cardText(approvedCard)).toContain(
        "Godkendt af Lars Nielsen 23. november 2026 kl. 10.00.",
      );

      const changed = await bot.send(
        press(approvedCard, "Gem kladde", { [field(Q2)]: "Risikoanalysen er også lavet." }),
      );
      expect(changed.replies).toHaveLength(1);
      expect(cardText(cardOf(changed.replies[0]))).toContain(
        "Mette Sørensen ændrede milepælen »Værktøjerne til implementeringsplanen er anvendt« efter godkendelsen. Den er nu en kladde igen og skal sendes til godkendelse igen.",
      );
      expect(cardText(answerCard(changed))).toContain("Kladde (ændret efter godkendelse)");
      const { replies } = await bot.send(message("milepæle"));
      expect(cardText(cardOf(replies[0]))).toContain("Kladde (ændret efter godkendelse)");
      // The approval still names the version it approved.
      expect((await storedApproval(testStore.store))?.forVersion).toBe(1);
      // A later save is no news: the channel was told once.
      const later = await bot.send(press(answerCard(changed), "Gem kladde", { [field(Q3)]: "Ja" }));
      expect(later.replies).toHaveLength(0);
    });

    it.each([["with no answers", {}, "Skriv mindst ét svar og gem det"]])(
      "does not send a milestone %s",
      async (_case, changes, why) => {
        const card = await openMilestone(bot);
        const result = await bot.send(press(card, "Send til godkendelse", changes));
        expect(cardText(answerCard(result))).toContain(why);
        expect(result.replies).toHaveLength(0);
        expect(await storedApproval(testStore.store)).toBeNull();
      },
    );

    it("does not send the same version twice", async () => {
      const saved = await saveFirstAnswer();
      const sent = await bot.send(press(answerCard(saved), "Send til godkendelse"));
      const twice = await bot.send(press(answerCard(sent), "Send til godkendelse"));
      expect(cardText(answerCard(twice))).toContain(
        "Milepælen venter allerede på godkendelse hos Lars Nielsen.",
      );
      expect(twice.replies).toHaveLength(0);
      expect((await storedApproval(testStore.store))?.version).toBe(1);
    });
  });

  describe("næste", () => {
    /** Answers and approves milestones straight in the store, as if the team had done it. */
    async function approveInStore(milestoneIds: string[]) {
      const repos = createRepositories(testStore.store);
      for (const id of milestoneIds) {
        const key = answerKey(SFT, id);
        const questionId = findMilestone(sft, id)?.questions[0]?.id ?? "";
        const click = (step: string) => ({ actionId: `${step}-${id}`, verb: "test" });
        await repos.answers.saveAnswers(
          TEAM.id,
          key,
          new Map([[questionId, "Svar"]]),
          METTE,
          click("a"),
        );
        await repos.approvals.request(TEAM.id, key, 1, METTE, click("r"));
        await repos.approvals.decide(TEAM.id, key, { status: "approved" }, LARS, click("d"));
      }
    }
    const sft = getProgramme(SFT) ?? raise("no SFT");

    it("opens the first milestone of the current phase that is not approved, and says when all are", async () => {
      // The team starts 1 February 2027: before the start, the first phase is the current one.
      const first = await bot.send(message("næste"));
      expect(cardText(cardOf(first.replies[0]))).toContain(
        "Der er etableret et implementeringsteam",
      );
      const allButLast = sft.milestones.map((m) => m.id).filter((id) => id !== "anchoring-plan");
      await approveInStore(allButLast);
      const next = await bot.send(message("næste"));
      const text = cardText(cardOf(next.replies[0]));
      expect(text).toContain("Der er udarbejdet en forankringsplan");
      expect(text).toContain(
        "Alle milepæle i Forberedelsesfasen er godkendt. Her er den næste, der mangler.",
      );
      await approveInStore(["anchoring-plan"]);
      const done = await bot.send(message("next"));
      expect(done.replies[0]?.text).toBe("Alle teamets milepæle er godkendt. Godt arbejde!");
    });
  });

  describe("store round trips", () => {
    it("reads once to show and writes once to save, decide or send (twice when sending changes)", async () => {
      const calls: number[] = [];
      const counted = createTestBot(testStore.store, {
        connectorUrl: connector.url,
        onTurnFinished: (t) => calls.push(t.storeCalls),
      });
      const turn = async (activity: Parameters<TestBot["send"]>[0]) => {
        calls.length = 0;
        const result = await counted.send(activity);
        return { result, calls: calls[0] };
      };
      expect((await turn(message("milepæle"))).calls).toBe(1);
      expect((await turn(message("næste"))).calls).toBe(1);
      const opened = await turn(
        cardAction(MILESTONE_VERBS.open, { programmeId: SFT, milestoneId: PLANNING }),
      );
      expect(opened.calls).toBe(1);
      const card = cardOf(opened.result.replies[0]);
      const saved = await turn(press(card, "Gem kladde", { [field(Q1)]: "Et" }));
      expect(saved.calls).toBe(2);
      expect((await turn(press(answerCard(saved.result), "Gem kladde"))).calls).toBe(1);
      const versions = await turn(press(answerCard(saved.result), "Vis versioner"));
      expect(versions.calls).toBe(1);
      expect((await turn(press(answerCard(versions.result), "Tilbage til milepælen"))).calls).toBe(
        1,
      );
      // Sending with a change saves it first, then records the request: three.
      const sent = await turn(
        press(answerCard(saved.result), "Send til godkendelse", { [field(Q2)]: "To" }),
      );
      expect(sent.calls).toBe(3);
      const approval = cardOf(sent.result.replies[0]);
      expect((await turn(message("godkendelser"))).calls).toBe(1);
      const decided = await turn(press(approval, "Godkend", {}, { from: LARS }));
      expect(decided.calls).toBe(2);
      expect((await turn(message("godkendelser", { from: LARS, place: "personal" }))).calls).toBe(
        2,
      );
    });
  });

  describe("every payload is checked before anything is stored", () => {
    async function expectNothingStored() {
      expect(await storedAnswers(testStore.store)).toBeNull();
    }

    it("answers a card for a milestone it does not know with a clear message", async () => {
      const result = await bot.send(
        cardAction(MILESTONE_VERBS.save, { programmeId: SFT, milestoneId: "no-such-milestone" }),
      );
      expect(invokeMessage(result)).toContain("Kortet hører til en milepæl, jeg ikke kender");
      await expectNothingStored();
    });

    it.each([
      ["an unknown question", { questionIds: ["stakeholder-analysis", "no-such-question"] }],
      ["a question id as a number", { questionIds: [1] }],
      ["no fingerprints", { originals: [] }],
      ["a version that is no number", { basedOnVersion: "seven" }],
      ["an unknown assessment on the card", { originalAssessment: "done" }],
      ["an answer that is no text", { [field(Q2)]: { text: "x" } }],
    ])("refuses %s, keeps what was typed and stores nothing", async (_case, broken) => {
      const card = await openMilestone(bot);
      const pressed = press(card, "Gem kladde", { [field(Q1)]: "Mit svar" });
      const value = pressed.value as { action: { data: Record<string, unknown> } };
      Object.assign(value.action.data, broken);
      const result = await bot.send(pressed);
      const answer = answerCard(result);
      expect(cardText(answer)).toContain(
        "Kortet sendte ikke det, jeg forventede, så intet er gemt",
      );
      expect(inputsOf(answer).get(field(Q1))).toBe("Mit svar");
      await expectNothingStored();
    });

    it.each([
      ["100 KB long", "x".repeat(100_000)],
      ["with a slash", "a/b-not-an-id"],
      ["missing", undefined],
    ])("refuses a card whose action id is %s, keeps what was typed", async (_case, actionId) => {
      const card = await openMilestone(bot);
      const pressed = press(card, "Gem kladde", { [field(Q1)]: "Mit svar" });
      const data = (pressed.value as { action: { data: Record<string, unknown> } }).action.data;
      if (actionId === undefined) delete data["actionId"];
      else data["actionId"] = actionId;
      const answer = answerCard(await bot.send(pressed));
      expect(cardText(answer)).toContain("Kortet sendte ikke det, jeg forventede");
      expect(inputsOf(answer).get(field(Q1))).toBe("Mit svar");
      expect(button(answer, "Gem kladde").data["actionId"]).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
      await expectNothingStored();
    });

    it("refuses an answer over 4.000 characters, says so, and keeps every field", async () => {
      const card = await openMilestone(bot);
      const result = await bot.send(
        press(card, "Gem kladde", { [field(Q1)]: "a".repeat(4_001), [field(Q2)]: "Kort svar" }),
      );
      const answer = answerCard(result);
      expect(cardText(answer)).toContain("Teksten er for lang: højst 4000 tegn, og den har 4001.");
      expect(cardText(answer)).toContain("Noget skal rettes, før jeg kan gemme, så intet er gemt.");
      expect(inputsOf(answer).get(field(Q2))).toBe("Kort svar");
      expect(inputsOf(answer).get(field(Q1))).toHaveLength(4_000);
      await expectNothingStored();
    });

    it("refuses an unknown assessment value and keeps the answers", async () => {
      const card = await openMilestone(bot);
      const result = await bot.send(
        press(card, "Gem kladde", { [field(Q1)]: "Svar", assessment: "completely" }),
      );
      expect(inputsOf(answerCard(result)).get(field(Q1))).toBe("Svar");
      await expectNothingStored();
    });

    it.each([
      [MILESTONE_VERBS.open, "Kortet hører til en milepæl, jeg ikke kender"],
      [MILESTONE_VERBS.show, "Kortet hører til en milepæl, jeg ikke kender"],
      [MILESTONE_VERBS.versions, "Kortet hører til en milepæl, jeg ikke kender"],
      [MILESTONE_VERBS.submit, "Kortet hører til en milepæl, jeg ikke kender"],
    ])("answers %s for a milestone it does not know with a clear message", async (verb, says) => {
      for (const data of [
        { programmeId: SFT, milestoneId: "constructor" },
        { programmeId: "__proto__", milestoneId: PLANNING },
        { programmeId: [SFT], milestoneId: { id: PLANNING } },
      ]) {
        const result = await bot.send(cardAction(verb, data));
        expect(invokeMessage(result)).toContain(says);
        expect(result.replies).toHaveLength(0);
      }
      await expectNothingStored();
    });

    it("refuses Send til godkendelse from a card with an unknown question, keeping the text", async () => {
      const card = await openMilestone(bot);
      const pressed = press(card, "Send til godkendelse", { [field(Q1)]: "Mit svar" });
      const data = (pressed.value as { action: { data: Record<string, unknown> } }).action.data;
      data["questionIds"] = ["no-such-question"];
      const answer = answerCard(await bot.send(pressed));
      expect(cardText(answer)).toContain("Kortet sendte ikke det, jeg forventede");
      expect(inputsOf(answer).get(field(Q1))).toBe("Mit svar");
      await expectNothingStored();
      expect(await storedApproval(testStore.store)).toBeNull();
    });

    it("answers an unknown verb with the unknown-button card", async () => {
      const result = await bot.send(cardAction("milestone.delete", { programmeId: SFT }));
      expect(cardText(answerCard(result))).toMatch(/knap|button/i);
      await expectNothingStored();
    });

    it("answers milestone cards only in the team's channel", async () => {
      const card = await openMilestone(bot);
      const result = await bot.send(
        press(card, "Gem kladde", { [field(Q1)]: "Svar" }, { place: "personal" }),
      );
      expect(invokeMessage(result)).toContain("Milepælene hører til teamets kanal");
      await expectNothingStored();
    });

    it("keeps the text when the team's data was erased while the card was open", async () => {
      const card = await openMilestone(bot);
      await emptyStore(testStore.store);
      const result = await bot.send(press(card, "Gem kladde", { [field(Q1)]: "Svar" }));
      const answer = answerCard(result);
      expect(cardText(answer)).toContain("Teamet er ikke sat op endnu");
      expect(inputsOf(answer).get(field(Q1))).toBe("Svar");
      await expectNothingStored();
    });

    it("refuses a card of another method after the team changed method, keeping the text", async () => {
      const card = await openMilestone(bot);
      await setUpTeam(bot, { programmeId: "open-dialogue", expectedVersion: "1" });
      const result = await bot.send(press(card, "Gem kladde", { [field(Q1)]: "Svar" }));
      const answer = answerCard(result);
      expect(cardText(answer)).toContain("Teamet har skiftet metode");
      expect(inputsOf(answer).get(field(Q1))).toBe("Svar");
      await expectNothingStored();
    });
  });
});
