import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock";
import { APPROVAL_VERBS } from "../../src/features/approvals/verbs";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { createRepositories } from "../../src/store/repositories";
import type { FinishedTurn } from "../../src/teams/teams-bot";
import { invokeMessage, literalTexts } from "../support/card-responses";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { VALID_SETUP, setUpTeam } from "../support/setup-fixture";
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
  type Sender,
} from "../support/teams-activities";
import { buttonsOf, inputsOf, press } from "./support/cards";
import {
  PLANNING_QUESTIONS,
  answerCard,
  emptyStore,
  inTeam,
  openMilestone,
  storedApproval,
} from "./support/milestone-bot";

const BIRGITTE: Sender = { id: "29:birgitte", name: "Birgitte Holm", aadObjectId: "aad-birgitte" };
const [Q1] = PLANNING_QUESTIONS;
const field = (questionId: string) => `answer-${questionId}`;
/** 24 November 2026, 10.15 in Copenhagen. */
const DECISION_TIME = "2026-11-24T09:15:00Z";

describe("approval from the card", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let bot: TestBot;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE, AHMED, BIRGITTE]);
  });
  afterAll(async () => {
    await testStore.stop();
    await connector.stop();
  });
  beforeEach(async () => {
    await emptyStore(testStore.store);
    bot = createTestBot(testStore.store, {
      connectorUrl: connector.url,
      clock: fixedClock(DECISION_TIME),
    });
    await setUpTeam(bot, { approverIds: `${LARS.id},${BIRGITTE.id}` });
  });

  /** Mette answers and sends; returns the approval card posted in the channel. */
  async function sendForApproval(answer = "Interessentanalysen er lavet.") {
    const card = await openMilestone(bot);
    const sent = await bot.send(
      press(card, "Send til godkendelse", { [field(Q1)]: answer, assessment: "partially" }),
    );
    const approval = cardOf(sent.replies[0]);
    if (!approval) throw new Error("no approval card was posted");
    return { approval, milestoneCard: answerCard(sent) };
  }

  it("posts an approval card with the summary, the assessment, the sender and the approvers by name", async () => {
    const { approval } = await sendForApproval();
    const text = cardText(approval);
    expect(text).toContain("Til godkendelse: Værktøjerne til implementeringsplanen er anvendt");
    expect(text).toContain("Afventer godkendelse fra Lars Nielsen eller Birgitte Holm");
    expect(literalTexts(approval)).toContain("Mette Sørensen, 24.11.2026 kl. 10.15");
    expect(literalTexts(approval)).toContain("Delvist på plads");
    expect(literalTexts(approval)).toContain("Lars Nielsen og Birgitte Holm");
    expect(text).toContain("1. Er interessentanalysen udarbejdet?");
    expect(literalTexts(approval)).toContain("Interessentanalysen er lavet.");
    expect(text).toContain("Ikke besvaret.");
    // The card everyone sees carries the actions (Playground, Teams mobile) ...
    expect(buttonsOf(approval).map((b) => [b.title, b.verb])).toEqual([
      ["Godkend", APPROVAL_VERBS.approve],
      ["Send tilbage", APPROVAL_VERBS.sendBack],
      ["Åbn milepælen", "milestone.open"],
    ]);
    // ... and Universal Actions refresh the approver view for the approvers.
    expect(approval).toMatchObject({
      refresh: {
        action: { type: "Action.Execute", verb: APPROVAL_VERBS.refresh },
        userIds: [LARS.id, BIRGITTE.id],
      },
    });
  });

  it("records the approver's Godkend with name and Danish date, for everyone, in two store round trips", async () => {
    const { approval } = await sendForApproval();
    const turns: FinishedTurn[] = [];
    const counted = createTestBot(testStore.store, {
      clock: fixedClock(DECISION_TIME),
      onTurnFinished: (t) => turns.push(t),
    });
    const result = await counted.send(press(approval, "Godkend", {}, { from: LARS }));
    expect(turns.map((t) => t.storeCalls)).toEqual([2]);
    const answer = answerCard(result);
    expect(literalTexts(answer)).toContain("Godkendt af Lars Nielsen 24. november 2026 kl. 10.15");
    expect(cardText(answer)).toContain(
      "Beslutningen er registreret, og kortet er opdateret for alle",
    );
    expect(buttonsOf(answer).map((b) => b.title)).toEqual(["Åbn milepælen"]);
    const forEveryone = result.updates[0]?.attachments?.[0]?.content;
    expect(literalTexts(forEveryone)).toContain(
      "Godkendt af Lars Nielsen 24. november 2026 kl. 10.15",
    );
    expect(forEveryone).not.toHaveProperty("refresh");
    expect(await storedApproval(testStore.store)).toMatchObject({
      status: "approved",
      forVersion: 1,
      decidedBy: { id: LARS.id },
    });
    const milestone = await openMilestone(bot);
    expect(cardText(milestone)).toContain("Godkendt af Lars Nielsen 24. november 2026 kl. 10.15.");
  });

  it("refuses the project leader's Godkend, naming the approvers, and records nothing", async () => {
    const { approval } = await sendForApproval();
    const result = await bot.send(press(approval, "Godkend", { comment: "Ser fint ud" }));
    const answer = answerCard(result);
    expect(cardText(answer)).toContain(
      "Kun teamets godkendere kan godkende eller sende milepæle tilbage: Lars Nielsen eller Birgitte Holm. Dit klik er ikke registreret.",
    );
    expect(buttonsOf(answer).map((b) => b.title)).not.toContain("Godkend");
    expect(result.updates).toHaveLength(0);
    expect(await storedApproval(testStore.store)).toMatchObject({ status: "pending", version: 1 });
  });

  it("refuses a consultant's crafted send-back too", async () => {
    const { approval } = await sendForApproval();
    await bot.send(press(approval, "Send tilbage", { comment: "Nej" }, { from: SOFIE }));
    expect((await storedApproval(testStore.store))?.status).toBe("pending");
  });

  it("matches an approver by Entra object id when Teams gives another Teams id", async () => {
    const { approval } = await sendForApproval();
    const larsElsewhere = { ...LARS, id: "29:lars-other-bot-id" };
    await bot.send(press(approval, "Godkend", {}, { from: larsElsewhere }));
    expect((await storedApproval(testStore.store))?.status).toBe("approved");
  });

  it("refuses a decision crafted for another team's milestone from this channel", async () => {
    const { approval } = await sendForApproval();
    const pressed = press(approval, "Godkend", {}, { from: LARS });
    (pressed.value as { action: { data: Record<string, unknown> } }).action.data["teamId"] =
      "19:another-team@thread.tacv2";
    const result = await bot.send(pressed);
    expect(invokeMessage(result)).toBe("Kortet hører til et andet team, så intet er registreret.");
    expect((await storedApproval(testStore.store))?.status).toBe("pending");
  });

  it("shows nothing of a team, not even that it exists, to someone who is not its approver in a personal chat", async () => {
    const { approval } = await sendForApproval();
    const answersFor = async (who: Sender, teamId: string) => {
      const said: string[] = [];
      for (const title of ["Godkend", "Send tilbage"]) {
        const pressed = press(
          approval,
          title,
          { comment: "Hvad står der?" },
          { from: who, place: "personal" },
        );
        const data = (pressed.value as { action: { data: Record<string, unknown> } }).action.data;
        Object.assign(data, { teamId, source: "list" });
        const decision = title === "Godkend" ? APPROVAL_VERBS.approve : APPROVAL_VERBS.sendBack;
        for (const verb of [decision, APPROVAL_VERBS.show, APPROVAL_VERBS.refresh]) {
          const result = await bot.send(cardAction(verb, data, { from: who, place: "personal" }));
          said.push(invokeMessage(result) ?? JSON.stringify(result.invokeResponse));
        }
      }
      return said;
    };
    for (const who of [SOFIE, AHMED, METTE]) {
      const aboutTheTeam = await answersFor(who, TEAM.id);
      const aboutNoTeam = await answersFor(who, "19:no-such-team@thread.tacv2");
      expect(aboutTheTeam).toEqual(aboutNoTeam);
      for (const said of aboutTheTeam) {
        expect(said).toContain("Den godkendelse kan jeg ikke vise dig her");
        expect(said).not.toMatch(/Aarhus|Mette|Lars|Birgitte|Interessentanalysen/);
      }
    }
    expect(await storedApproval(testStore.store)).toMatchObject({ status: "pending", version: 1 });
  });

  it("requires a comment to send back, keeps it, and shows it after", async () => {
    const { approval } = await sendForApproval();
    const empty = await bot.send(press(approval, "Send tilbage", {}, { from: LARS }));
    expect(cardText(answerCard(empty))).toContain(
      "Skriv en kommentar til teamet, før du sender milepælen tilbage.",
    );
    expect((await storedApproval(testStore.store))?.status).toBe("pending");

    const comment = "Beskriv også risikoanalysen.";
    const sentBack = await bot.send(press(approval, "Send tilbage", { comment }, { from: LARS }));
    const answer = answerCard(sentBack);
    expect(literalTexts(answer)).toContain(
      "Sendt tilbage af Lars Nielsen 24. november 2026 kl. 10.15",
    );
    expect(literalTexts(answer)).toContain(comment);
    expect(await storedApproval(testStore.store)).toMatchObject({ status: "sentBack", comment });
    const milestone = await openMilestone(bot);
    expect(cardText(milestone)).toContain("Sendt tilbage");
    expect(literalTexts(milestone).join("\n")).toContain(comment);
  });

  it("refuses a CPR number in the comment, keeps the rest, and asks to delete the channel message", async () => {
    const { approval } = await sendForApproval();
    const result = await bot.send(
      press(approval, "Send tilbage", { comment: "Borgeren 010190-1234 mangler." }, { from: LARS }),
    );
    const answer = answerCard(result);
    const text = cardText(answer);
    expect(text).toContain("Teksten ligner et CPR-nummer");
    expect(text).toContain("slet venligst den besked");
    expect(inputsOf(answer).get("comment")).toBe("Borgeren [CPR] mangler.");
    expect(JSON.stringify(answer)).not.toContain("010190");
    expect((await storedApproval(testStore.store))?.status).toBe("pending");
  });

  it("records one decision when two approvers decide at once; the other sees who decided", async () => {
    const { approval } = await sendForApproval();
    const [byLars, byBirgitte] = await Promise.all([
      bot.send(press(approval, "Godkend", {}, { from: LARS })),
      bot.send(press(approval, "Send tilbage", { comment: "Ikke endnu" }, { from: BIRGITTE })),
    ]);
    const stored = await storedApproval(testStore.store);
    expect(stored?.version).toBe(2);
    const winner = stored?.decidedBy?.id === LARS.id ? "Lars Nielsen" : "Birgitte Holm";
    const loserAnswer = stored?.decidedBy?.id === LARS.id ? byBirgitte : byLars;
    expect(cardText(answerCard(loserAnswer))).toContain(
      `${winner} har allerede truffet beslutningen, så dit klik er ikke registreret.`,
    );
    const { events } = await createRepositories(testStore.store).audit.list(TEAM.id, {
      limit: 20,
      subject: "approval:social-skills-training.planning-tools",
    });
    expect(events.filter((e) => e.action !== "approval.requested")).toHaveLength(1);
  });

  it("records one decision when an approver clicks twice, at once or one after the other", async () => {
    const { approval } = await sendForApproval();
    const click = press(approval, "Godkend", {}, { from: LARS });
    await Promise.all([bot.send(click), bot.send(click)]);
    const again = await bot.send(click);
    expect(cardText(answerCard(again))).toContain("Godkendt af Lars Nielsen");
    const second = await bot.send(press(approval, "Godkend", {}, { from: LARS }));
    expect(cardText(answerCard(second))).toMatch(/Beslutningen er registreret|Du har allerede/);
    const stored = await storedApproval(testStore.store);
    expect(stored).toMatchObject({ status: "approved", version: 2 });
  });

  it("refuses to decide on a milestone changed since it was sent, and offers the fresh state", async () => {
    const { approval, milestoneCard } = await sendForApproval();
    await bot.send(press(milestoneCard, "Gem kladde", { [field(Q1)]: "Ændret efter afsendelse" }));
    const result = await bot.send(press(approval, "Godkend", {}, { from: LARS }));
    const answer = answerCard(result);
    expect(cardText(answer)).toContain("Milepælen er ændret, efter den blev sendt til godkendelse");
    expect(buttonsOf(answer).map((b) => b.title)).not.toContain("Godkend");
    expect((await storedApproval(testStore.store))?.status).toBe("pending");
  });

  it("gives approvers the approver view on refresh and everyone else a read-only one", async () => {
    const { approval } = await sendForApproval();
    const refresh = (approval as { refresh: { action: { verb: string; data: object } } }).refresh;
    const asLars = await bot.send(
      cardAction(refresh.action.verb, { ...refresh.action.data }, { from: LARS }),
    );
    expect(buttonsOf(answerCard(asLars)).map((b) => b.title)).toContain("Godkend");
    const asMette = await bot.send(cardAction(refresh.action.verb, { ...refresh.action.data }));
    const readOnly = answerCard(asMette);
    expect(buttonsOf(readOnly).map((b) => b.title)).toEqual(["Åbn milepælen"]);
    expect(inputsOf(readOnly).has("comment")).toBe(false);
  });

  it("opens the milestone from the approval card", async () => {
    const { approval } = await sendForApproval();
    const opened = await bot.send(press(approval, "Åbn milepælen", {}, { from: LARS }));
    expect(inputsOf(cardOf(opened.replies[0])).get(field(Q1))).toBe(
      "Interessentanalysen er lavet.",
    );
  });

  it.each([
    ["without a team", { teamId: undefined }],
    ["with a 100 KB team id", { teamId: "x".repeat(100_000) }],
    ["for an unknown milestone", { milestoneId: "nope" }],
    ["with a version that is no number", { approvalVersion: "one" }],
    ["with an odd comment field", { commentField: "constructor" }],
    ["with a comment that is no text", { comment: 42 }],
  ])("refuses a decision %s and records nothing", async (_case, broken) => {
    const { approval } = await sendForApproval();
    const pressed = press(approval, "Godkend", {}, { from: LARS });
    const data = (pressed.value as { action: { data: Record<string, unknown> } }).action.data;
    for (const [key, value] of Object.entries(broken)) {
      if (value === undefined) delete data[key];
      else data[key] = value;
    }
    const result = await bot.send(pressed);
    expect(invokeMessage(result)).toContain("Kortet sendte ikke det, jeg forventede");
    expect((await storedApproval(testStore.store))?.status).toBe("pending");
  });

  it.each([APPROVAL_VERBS.refresh, APPROVAL_VERBS.show])(
    "answers %s with a payload it cannot use with a clear message",
    async (verb) => {
      await sendForApproval();
      for (const data of [{}, { teamId: TEAM.id, programmeId: "x", milestoneId: "y" }]) {
        const result = await bot.send(cardAction(verb, data, { from: LARS }));
        expect(invokeMessage(result)).toContain("Kortet sendte ikke det, jeg forventede");
      }
    },
  );

  it("shows the list again in place, in the channel and in a personal chat", async () => {
    await sendForApproval();
    const inChannel = await bot.send(cardAction(APPROVAL_VERBS.list, {}, { from: LARS }));
    expect(cardText(answerCard(inChannel))).toContain("Én milepæl venter på godkendelse.");
    const personal = await bot.send(
      cardAction(APPROVAL_VERBS.list, { teamId: "ignored" }, { from: LARS, place: "personal" }),
    );
    expect(cardText(answerCard(personal))).toContain("Én milepæl venter på godkendelse.");
  });

  it("refuses a decision whose action id is malformed, keeping the comment", async () => {
    const { approval } = await sendForApproval();
    const pressed = press(approval, "Send tilbage", { comment: "Mangler" }, { from: LARS });
    (pressed.value as { action: { data: Record<string, unknown> } }).action.data["actionId"] =
      "a/b";
    const answer = answerCard(await bot.send(pressed));
    expect(cardText(answer)).toContain("Kortet sendte ikke det, jeg forventede");
    expect(inputsOf(answer).get("comment")).toBe("Mangler");
    expect((await storedApproval(testStore.store))?.status).toBe("pending");
  });

  describe("godkendelser", () => {
    it("lists what waits in the channel with the same actions, so a later approver can act", async () => {
      await sendForApproval();
      const { replies } = await bot.send(message("godkendelser", { from: LARS }));
      const list = cardOf(replies[0]);
      expect(cardText(list)).toContain("Venter på godkendelse");
      expect(cardText(list)).toContain("Én milepæl venter på godkendelse.");
      expect(cardText(list)).toContain("Værktøjerne til implementeringsplanen er anvendt");
      expect(literalTexts(list)).toContain(
        "Sendt af Mette Sørensen 24.11.2026 kl. 10.15 · Teamets vurdering: Delvist på plads",
      );
      expect(buttonsOf(list).map((b) => b.title)).toEqual([
        "Godkend",
        "Send tilbage",
        "Vis svarene",
      ]);

      const answers = await bot.send(press(list, "Vis svarene", {}, { from: LARS }));
      expect(literalTexts(answerCard(answers))).toContain("Interessentanalysen er lavet.");
      const back = await bot.send(
        press(answerCard(answers), "Tilbage til listen", {}, { from: LARS }),
      );
      expect(cardText(answerCard(back))).toContain("Én milepæl venter på godkendelse.");

      const decided = await bot.send(
        press(list, "Send tilbage", { "comment-0": "Uddyb svaret" }, { from: LARS }),
      );
      expect(literalTexts(answerCard(decided))).toContain(
        "Sendt tilbage af Lars Nielsen 24. november 2026 kl. 10.15",
      );
      expect(await storedApproval(testStore.store)).toMatchObject({
        status: "sentBack",
        comment: "Uddyb svaret",
      });
      const empty = await bot.send(message("godkendelser"));
      expect(cardText(cardOf(empty.replies[0]))).toContain("Intet venter på godkendelse lige nu.");
    });

    it("lists in a personal chat what waits for that person across all their teams", async () => {
      await sendForApproval();
      const other = "19:second-team@thread.tacv2";
      await bot.send(
        inTeam(
          cardAction(SETUP_VERBS.save, {
            ...VALID_SETUP,
            organisationName: "Vejle Kommune",
            approverIds: LARS.id,
            actionId: randomUUID(),
            expectedVersion: "0",
          }),
          other,
        ),
      );
      const opened = await bot.send(
        inTeam(
          cardAction("milestone.open", {
            programmeId: "social-skills-training",
            milestoneId: "implementation-team",
          }),
          other,
        ),
      );
      await bot.send(
        inTeam(
          press(cardOf(opened.replies[0]), "Send til godkendelse", {
            "answer-who-is-on-the-team": "Mette, Ahmed og Lars.",
          }),
          other,
        ),
      );

      const forLars = await bot.send(
        message("godkendelser", { from: LARS, place: "personal", locale: "en-US" }),
      );
      const list = cardOf(forLars.replies[0]);
      expect(cardText(list)).toContain("2 milepæle venter på godkendelse.");
      expect(literalTexts(list)).toEqual(
        expect.arrayContaining(["Aarhus Kommune", "Vejle Kommune"]),
      );
      expect(buttonsOf(list).map((b) => b.title)).not.toContain("Åbn milepælen");

      // Birgitte approves in Aarhus only.
      const forBirgitte = await bot.send(
        message("godkendelser", { from: BIRGITTE, place: "personal" }),
      );
      expect(cardText(cardOf(forBirgitte.replies[0]))).toContain(
        "Én milepæl venter på godkendelse.",
      );
      // Mette approves nowhere.
      const forMette = await bot.send(message("godkendelser", { place: "personal" }));
      expect(cardText(cardOf(forMette.replies[0]))).toContain(
        "Intet venter på din godkendelse lige nu.",
      );

      // Vejle's item, wherever it is in the list.
      const vejle =
        literalTexts(list).indexOf("Vejle Kommune") > literalTexts(list).indexOf("Aarhus Kommune")
          ? 1
          : 0;
      // Birgitte is no approver in Vejle: a crafted click from her personal chat records nothing.
      const crafted = await bot.send(
        press(list, "Godkend", {}, { from: BIRGITTE, place: "personal", nth: vejle }),
      );
      expect(invokeMessage(crafted)).toContain("Den godkendelse kan jeg ikke vise dig her");
      expect(invokeMessage(crafted)).not.toContain("Vejle");
      expect((await storedApproval(testStore.store, "implementation-team", other))?.status).toBe(
        "pending",
      );
      // Lars approves Vejle's from his personal chat; the server checks Vejle's approvers.
      const approved = await bot.send(
        press(list, "Godkend", {}, { from: LARS, place: "personal", nth: vejle }),
      );
      expect(cardText(answerCard(approved))).toContain("Beslutningen er registreret.");
      expect(await storedApproval(testStore.store, "implementation-team", other)).toMatchObject({
        status: "approved",
        decidedBy: { id: LARS.id },
      });
    });

    it("says where approvals can be listed when asked in a group chat", async () => {
      const result = await bot.send({
        ...message("godkendelser", { place: "personal" }),
        conversation: { id: "19:group", conversationType: "groupChat", isGroup: true, name: "" },
      });
      expect(result.replies[0]?.text).toContain("Skriv **godkendelser** i teamets kanal");
    });
  });
});
