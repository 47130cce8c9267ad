import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fixedClock } from "../../src/clock";
import type { StatusSummary } from "../../src/domain/status";
import { personKey } from "../../src/domain/team/person-key";
import { NUDGE_VERBS } from "../../src/features/nudges/verbs";
import { STATUS_VERBS } from "../../src/features/status/verbs";
import { createRepositories } from "../../src/store/repositories";
import type { FinishedTurn } from "../../src/teams/teams-bot";
import { invokeMessage, literalTexts } from "../support/card-responses";
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
  type Sender,
  type TurnResult,
} from "../support/teams-activities";
import { buttonsOf, press } from "./support/cards";
import {
  PLANNING_QUESTIONS,
  answerCard,
  emptyStore,
  inTeam,
  openMilestone,
} from "./support/milestone-bot";

/** Monday 1 March 2027, 10.00 in Copenhagen: month 2 of the preparation phase (start 1 Feb). */
const NOW = "2027-03-01T09:00:00Z";
const MILESTONE = "Værktøjerne til implementeringsplanen er anvendt";
const REFUSAL =
  "Jeg kan ikke vise status for det team. I en personlig chat viser jeg status for de teams, hvor du er konsulent, godkender eller projektleder: skriv status for at se dem.";

/** Every element of a card of this type (charts, fact sets), depth first. */
function elementsOf(card: unknown, type: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.type === type) found.push(record);
    Object.values(record).forEach(visit);
  };
  visit(card);
  return found;
}

function onlyCard(result: TurnResult): unknown {
  const card = cardOf(result.replies[0]);
  if (!card) throw new Error(`no card: ${JSON.stringify(result.replies.map((r) => r.text))}`);
  return card;
}

function personal(text: string, from: Sender) {
  return message(text, { place: "personal", from });
}

describe("status", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let bot: TestBot;
  const turns: FinishedTurn[] = [];

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
    turns.splice(0);
    bot = createTestBot(testStore.store, {
      connectorUrl: connector.url,
      clock: fixedClock(NOW),
      onTurnFinished: (turn) => turns.push(turn),
    });
    await setUpTeam(bot);
  });

  const repositories = () => createRepositories(testStore.store);

  /** Sofie's index entry for the team, once its summary is written (in the background). */
  async function summaryOf(person: Sender = SOFIE, teamId = TEAM.id): Promise<StatusSummary> {
    let summary: StatusSummary | undefined;
    await vi.waitFor(async () => {
      const entries = await repositories().people.listTeams(personKey(person));
      summary = entries.find((entry) => entry.teamId === teamId)?.status;
      expect(summary).toBeDefined();
    });
    if (!summary) throw new Error("no summary");
    return summary;
  }

  /** Mette sends the planning milestone; Lars approves it from the card. */
  async function approveOneMilestone(): Promise<void> {
    const card = await openMilestone(bot);
    const sent = await bot.send(
      press(card, "Send til godkendelse", {
        [`answer-${PLANNING_QUESTIONS[0]}`]: "Interessentanalysen er lavet.",
        assessment: "partially",
      }),
    );
    const approval = cardOf(sent.replies[0]);
    await bot.send(press(approval, "Godkend", {}, { from: LARS }));
  }

  async function channelStatus(): Promise<{ card: unknown; calls: number }> {
    turns.splice(0);
    const card = onlyCard(await bot.send(message("status")));
    return { card, calls: turns[0]?.storeCalls ?? -1 };
  }

  describe("in the team's channel", () => {
    it("shows the phase and month, the milestones with charts that fall back to text, in one store call", async () => {
      const { card, calls } = await channelStatus();
      expect(calls).toBeLessThanOrEqual(3);
      expect(calls).toBe(1);
      expect(literalTexts(card)).toContain("Aarhus Kommune");
      const text = cardText(card);
      expect(text).toContain("Social Færdighedstræning (SFT)");
      expect(text).toContain("Forberedelsesfasen · måned 2 af ca. 6");
      expect(text).toContain("Fase 1 af 3 · dag 29 af 181");

      const [gauge] = elementsOf(card, "Chart.Gauge");
      expect(gauge).toMatchObject({ value: 0, max: 16, valueFormat: "Fraction" });
      expect(cardText(gauge?.fallback)).toContain("░░░░░░░░░░  0 af 16 godkendt");
      const [bars] = elementsOf(card, "Chart.HorizontalBar.Stacked");
      const groups = (bars?.data ?? []) as {
        title: string;
        data: { legend: string; value: number }[];
      }[];
      expect(groups.map((g) => g.title)).toEqual([
        "Forberedelsesfasen",
        "Kompetenceudvikling",
        "Forandringsfasen",
        "Forankringsfasen",
      ]);
      expect(groups[0]?.data).toEqual([{ legend: "Kladde", value: 12, color: "neutral" }]);
      expect(cardText(bars?.fallback)).toContain("Forberedelsesfasen: 0 af 12 godkendt");
      expect(text).toContain("Teamets vurdering: 0 på plads · 0 delvist · 12 ikke påbegyndt");
    });

    it("counts an approval, says who must act by name, and lists the next 30 days and what is overdue", async () => {
      const card = await openMilestone(bot);
      const sent = await bot.send(
        press(card, "Send til godkendelse", {
          [`answer-${PLANNING_QUESTIONS[0]}`]: "Interessentanalysen er lavet.",
          assessment: "partially",
        }),
      );
      const waiting = cardText((await channelStatus()).card);
      expect(waiting).toContain("Venter på godkendelse fra Lars Nielsen:");
      expect(waiting).toContain(`• ${MILESTONE}`);
      expect(waiting).toContain("1 milepæl venter på godkendelse");

      await bot.send(press(cardOf(sent.replies[0]), "Godkend", {}, { from: LARS }));
      const { card: after, calls } = await channelStatus();
      expect(calls).toBe(1);
      const text = cardText(after);
      expect(elementsOf(after, "Chart.Gauge")[0]).toMatchObject({ value: 1, max: 16 });
      const [bars] = elementsOf(after, "Chart.HorizontalBar.Stacked");
      expect((bars?.data as { data: unknown[] }[])[0]?.data).toEqual([
        { legend: "Godkendt", value: 1, color: "good" },
        { legend: "Kladde", value: 11, color: "neutral" },
      ]);
      expect(text).toContain("Teamets vurdering: 0 på plads · 1 delvist · 11 ikke påbegyndt");
      expect(text).toContain("Intet venter på nogen lige nu.");
      expect(text).toContain("1 af 12 godkendt (8 %) · dag 29 af 181");
      // The next 30 days and what is overdue (the February meeting was not marked held).
      expect(literalTexts(after)).toContain("tirsdag den 9. marts 2027 kl. 10.00");
      expect(text).toContain(
        "Statusmøde med Socialstyrelsen, tirsdag den 9. februar 2027 kl. 10.00: ikke markeret som holdt",
      );
      expect(text).toContain("Rød");
      expect(text).toContain("1 punkt er forfaldent");
    });

    it("says the team is not set up, in a team without a setup", async () => {
      const result = await bot.send(inTeam(message("status"), "19:other-team@thread.tacv2"));
      expect(result.replies[0]?.text).toBe(
        "Teamet er ikke sat op endnu. Skriv @Implementeringsguiden opsætning for at komme i gang.",
      );
    });

    it("points a group chat to the channel or a personal chat", async () => {
      const inGroup = {
        ...message("status"),
        conversation: {
          id: "19:group@thread.v2",
          conversationType: "groupChat",
          isGroup: true,
          name: "",
        },
        channelData: { tenant: { id: "tenant-1" } },
      };
      const result = await bot.send(inGroup);
      expect(result.replies[0]?.text).toBe(
        "Skriv @Implementeringsguiden status i teamets kanal, eller status i en personlig chat med mig.",
      );
    });

    it("says before the start that the implementation has not begun", async () => {
      const early = createTestBot(testStore.store, { clock: fixedClock("2027-01-20T09:00:00Z") });
      const text = cardText(onlyCard(await early.send(message("status"))));
      expect(text).toContain("Starter 1. februar 2027");
      expect(text).toContain("Om 12 dage");
    });
  });

  describe("the consultant's portfolio in a personal chat", () => {
    it("lists the team with its traffic light and figures in one point read, and states the rule", async () => {
      await approveOneMilestone();
      await vi.waitFor(async () => expect((await summaryOf()).approved).toBe(1));
      turns.splice(0);
      const card = onlyCard(await bot.send(personal("status", SOFIE)));
      expect(turns.map((t) => t.storeCalls)).toEqual([1]);
      expect(literalTexts(card)).toContain("Aarhus Kommune");
      const text = cardText(card);
      expect(text).toContain("Dine teams");
      expect(text).toContain("Forberedelsesfasen · måned 2 af ca. 6");
      expect(text).toContain("1 af 16 godkendt · 0 afventer godkendelse · 1 forfaldent punkt");
      expect(literalTexts(card)).toContain("Rød");
      expect(text).toContain("Trafiklyset");
      expect(literalTexts(card).join(" ")).toContain(
        "noget er forfaldent (et møde er ikke markeret som holdt",
      );
      expect(buttonsOf(card).map((b) => [b.title, b.verb])).toEqual([
        ["Vis status", STATUS_VERBS.show],
      ]);
    });

    it("posts the team's status card from a row's button, and gives the page back", async () => {
      await summaryOf();
      const card = onlyCard(await bot.send(personal("status", SOFIE)));
      turns.splice(0);
      const result = await bot.send(
        press(card, "Vis status", {}, { place: "personal", from: SOFIE }),
      );
      // The page again (one point read) and the team's documents (one query).
      expect(turns[0]?.storeCalls).toBe(2);
      const status = onlyCard(result);
      expect(cardText(status)).toContain("Forberedelsesfasen · måned 2 af ca. 6");
      expect(cardText(status)).toContain("Milepælene åbnes i teamets kanal.");
      expect(elementsOf(status, "Chart.Gauge")).toHaveLength(1);
      expect(cardText(answerCard(result))).toContain("Dine teams");
    });

    it("opens one team directly with status <kommune>, among the person's own teams", async () => {
      await summaryOf();
      for (const query of ["Aarhus", "århus kommune", "aar", "Arhus"]) {
        turns.splice(0);
        const card = onlyCard(await bot.send(personal(`status ${query}`, SOFIE)));
        expect(cardText(card), query).toContain("Forberedelsesfasen · måned 2 af ca. 6");
        expect(turns[0]?.storeCalls).toBe(2);
      }
      const none = await bot.send(personal("status Odense", SOFIE));
      expect(none.replies[0]?.text).toBe(REFUSAL);
    });

    it("offers a choice when several of the person's teams match", async () => {
      // The same municipality implements a second method in another team.
      const other = "19:aarhus-open-dialogue@thread.tacv2";
      await setUpTeam({ send: (activity) => bot.send(inTeam(activity, other)) } as TestBot, {
        programmeId: "open-dialogue",
      });
      await summaryOf(SOFIE, other);
      const card = onlyCard(await bot.send(personal("status aarhus", SOFIE)));
      const text = cardText(card);
      expect(text).toContain("Flere af dine teams passer på »aarhus«");
      expect(literalTexts(card)).toEqual(
        expect.arrayContaining([" · Social Færdighedstræning (SFT)", " · Åben Dialog (ÅD)"]),
      );
      const buttons = buttonsOf(card);
      expect(buttons.map((b) => b.title)).toEqual(["Vis status", "Vis status"]);
      const nth = buttons.findIndex((b) => b.data.teamId === other);
      const chosen = await bot.send(
        press(card, "Vis status", {}, { place: "personal", from: SOFIE, nth }),
      );
      expect(cardText(onlyCard(chosen))).toContain("Åben Dialog (ÅD)");
    });

    it("refuses everyone else with the same words, whether the team exists or not", async () => {
      const mine = await bot.send(personal("status Aarhus", AHMED));
      expect(mine.replies[0]?.text).toBe(REFUSAL);
      const forged = await bot.send(
        cardAction(
          STATUS_VERBS.show,
          { teamId: TEAM.id, page: 0 },
          { place: "personal", from: AHMED },
        ),
      );
      const missing = await bot.send(
        cardAction(
          STATUS_VERBS.show,
          { teamId: "19:no-such-team@thread.tacv2", page: 0 },
          { place: "personal", from: AHMED },
        ),
      );
      const malformed = await bot.send(
        cardAction(
          STATUS_VERBS.show,
          { teamId: "../x", page: 0 },
          { place: "personal", from: AHMED },
        ),
      );
      expect(invokeMessage(forged)).toBe(REFUSAL);
      expect(invokeMessage(missing)).toBe(REFUSAL);
      expect(invokeMessage(malformed)).toBe(REFUSAL);
      expect(forged.replies).toEqual([]);
      // Ahmed has no teams: his portfolio says so, and how a guest reaches theirs.
      const empty = cardText(onlyCard(await bot.send(personal("status", AHMED))));
      expect(empty).toContain("Du er ikke konsulent, godkender eller projektleder for noget team");
    });

    it("lets the approver and the project leader see their team in a personal chat", async () => {
      for (const person of [LARS, METTE]) {
        await summaryOf(person);
        const card = onlyCard(await bot.send(personal("status", person)));
        const status = await bot.send(
          press(card, "Vis status", {}, { place: "personal", from: person }),
        );
        expect(cardText(onlyCard(status)), person.name).toContain("Forberedelsesfasen");
      }
    });

    it("pages ten teams at a time, those needing attention first", async () => {
      const summary = await summaryOf();
      const people = repositories().people;
      const lights: StatusSummary["light"][] = ["green", "yellow", "red"];
      for (let i = 0; i < 11; i++) {
        const light = lights[i % 3] ?? "green";
        await people.putTeam(
          `19:team-${i}@thread.tacv2`,
          {
            organisationName: `Kommune ${String(i).padStart(2, "0")}`,
            programmeId: "social-skills-training",
          },
          new Map([[personKey(SOFIE), ["consultant"]]]),
          { ...summary, light, overdue: light === "red" ? i : 0 },
        );
      }
      turns.splice(0);
      const first = onlyCard(await bot.send(personal("status", SOFIE)));
      expect(cardText(first)).toContain("12 teams · side 1 af 2.");
      const names = literalTexts(first).filter((t) => /Kommune/.test(t));
      expect(names).toHaveLength(10);
      // Red first, the most overdue first (Aarhus is red with one overdue meeting).
      expect(names.slice(0, 5)).toEqual([
        "Kommune 08",
        "Kommune 05",
        "Kommune 02",
        "Aarhus Kommune",
        "Kommune 01",
      ]);
      expect(buttonsOf(first).map((b) => b.title)).toContain("Næste side");
      const second = await bot.send(
        press(first, "Næste side", {}, { place: "personal", from: SOFIE }),
      );
      const page2 = answerCard(second);
      expect(cardText(page2)).toContain("side 2 af 2");
      expect(literalTexts(page2).filter((t) => /Kommune/.test(t))).toHaveLength(2);
      expect(buttonsOf(page2).map((b) => b.title)).toContain("Forrige side");
      expect(buttonsOf(page2).map((b) => b.title)).not.toContain("Næste side");
      expect(turns.map((t) => t.storeCalls)).toEqual([1, 1]);
    });
  });

  describe("summaries that keep in step", () => {
    it("follow a milestone sent and approved, and the channel becoming unreachable", async () => {
      expect(await summaryOf()).toMatchObject({ approved: 0, pending: 0, light: "red" });
      const card = await openMilestone(bot);
      const sent = await bot.send(
        press(card, "Send til godkendelse", {
          [`answer-${PLANNING_QUESTIONS[0]}`]: "Lavet.",
        }),
      );
      await vi.waitFor(async () => expect((await summaryOf()).pending).toBe(1));
      await bot.send(press(cardOf(sent.replies[0]), "Godkend", {}, { from: LARS }));
      await vi.waitFor(async () =>
        expect(await summaryOf()).toMatchObject({ approved: 1, pending: 0 }),
      );
      // The bot removed from the team: the nudges stop, and the portfolio says so.
      await bot.send({
        ...message(""),
        type: "conversationUpdate",
        text: undefined,
        membersRemoved: [{ id: "28:implementeringsguiden", name: "Implementeringsguiden" }],
      });
      await vi.waitFor(async () => expect((await summaryOf()).unreachable).toBe(true));
      const portfolio = cardText(onlyCard(await bot.send(personal("status", SOFIE))));
      expect(portfolio).toContain("Kan ikke nås i kanalen");
    });

    it("follow a meeting marked held from the nudge, and a setup that changes the consultant", async () => {
      expect((await summaryOf()).overdue).toBe(1);
      const marked = await bot.send(
        cardAction(NUDGE_VERBS.markHeld, {
          actionId: randomUUID(),
          month: "2027-02",
          asOf: "2027-02-01T08:00:00.000Z",
          series: "status-meeting",
          originalDate: "2027-02-09",
        }),
      );
      expect(cardText(answerCard(marked))).toContain("markerede");
      await vi.waitFor(async () =>
        expect(await summaryOf()).toMatchObject({ overdue: 0, light: "green" }),
      );

      await setUpTeam(bot, { consultantIds: AHMED.id, expectedVersion: "1" });
      expect((await summaryOf(AHMED)).light).toBe("green");
      const sofies = await repositories().people.listTeams(personKey(SOFIE));
      expect(sofies.map((entry) => entry.teamId)).not.toContain(TEAM.id);
    });

    it("are repaired after answering when missing or stale, showing what is stored meanwhile", async () => {
      await summaryOf();
      const people = repositories().people;
      // A summary lost (as if its write had failed): the row says so, and it is computed again.
      const [entry] = await people.listTeams(personKey(SOFIE));
      if (!entry) throw new Error("no entry");
      await people.replaceTeams(personKey(SOFIE), [{ ...entry, status: undefined }]);
      const missing = cardText(onlyCard(await bot.send(personal("status", SOFIE))));
      expect(missing).toContain("Tallene beregnes nu");
      const repaired = await summaryOf();
      expect(repaired.asOf).toBe("2027-03-01");

      // The next day, time alone has made it stale: what is stored is shown, then refreshed.
      const tomorrow = createTestBot(testStore.store, {
        clock: fixedClock("2027-03-02T08:00:00Z"),
        onTurnFinished: (turn) => turns.push(turn),
      });
      turns.splice(0);
      const stale = cardText(onlyCard(await tomorrow.send(personal("status", SOFIE))));
      expect(turns.map((t) => t.storeCalls)).toEqual([1]);
      expect(stale).toContain("Tal fra 1. marts 2027; opdateres nu.");
      await vi.waitFor(async () => expect((await summaryOf()).asOf).toBe("2027-03-02"));
    });
  });
});
