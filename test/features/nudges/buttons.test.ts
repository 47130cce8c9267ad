import { randomUUID } from "node:crypto";
import type { Activity } from "botbuilder";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock";
import { getProgramme } from "../../../src/domain/catalog";
import { NO_MILESTONE_NEWS } from "../../../src/features/nudges/milestone-digest";
import { renderNudgeCard } from "../../../src/features/nudges/nudge-card";
import { nudgeContent } from "../../../src/features/nudges/nudge-content";
import { NUDGE_VERBS } from "../../../src/features/nudges/verbs";
import { createRepositories, type Repositories } from "../../../src/store/repositories";
import { invokeCard, invokeMessage } from "../../support/card-responses";
import { startMockConnector, type MockConnector } from "../../support/mock-connector";
import { setUpTeam } from "../../support/setup-fixture";
import {
  AHMED,
  BOT,
  LARS,
  METTE,
  SOFIE,
  TEAM,
  baseActivity,
  cardAction,
  cardOf,
  cardText,
  message,
  type TurnResult,
} from "../../support/teams-activities";
import { createTestBot, type TestBot } from "../../support/test-app";
import { startTestStore, type TestStore } from "../../support/test-store";
import { buttonOf, buttonTitles, rowText } from "./support/card-actions";

/** Monday 1 March 2027, 09:30 in Copenhagen: the March nudge has just gone out. */
const MARCH_1 = "2027-03-01T08:30:00Z";
const MARCH_MEETING = "tirsdag den 9. marts 2027 kl. 10.00";
const FEBRUARY_MEETING = "tirsdag den 9. februar 2027 kl. 10.00";

describe("the nudge card's buttons", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let bot: TestBot;
  let repositories: Repositories;

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    // Ahmed is not in the team.
    connector.setMembers([METTE, LARS, SOFIE]);
    bot = createTestBot(testStore.store, {
      connectorUrl: connector.url,
      clock: fixedClock(MARCH_1),
    });
    repositories = createRepositories(testStore.store);
    // SFT from 1 February 2027; status meeting "2. tirsdag 10:00", supervision "3. torsdag 13:00".
    await setUpTeam(bot);
  });

  afterAll(async () => {
    await connector.stop();
    await testStore.stop();
  });

  /** March's card as the sweep posts it, drawn from what is stored now. */
  async function marchCard(): Promise<unknown> {
    const stored = await repositories.profiles.get(TEAM.id);
    const programme = stored && getProgramme(stored.profile.programmeId);
    if (!stored || !programme) throw new Error("the team is not set up");
    const content = nudgeContent({
      profile: stored.profile,
      programme,
      overrides: await repositories.scheduleOverrides.list(TEAM.id),
      milestones: NO_MILESTONE_NEWS,
      month: "2027-03",
      now: new Date(MARCH_1),
    });
    return renderNudgeCard(content, { actionId: randomUUID() });
  }

  function press(
    button: { verb: string; data: Record<string, unknown> },
    from = METTE,
    extra: Record<string, unknown> = {},
  ): Promise<TurnResult> {
    return bot.send(cardAction(button.verb, { ...button.data, ...extra }, { from }));
  }

  async function overrideOf(date: string) {
    return repositories.scheduleOverrides.get(TEAM.id, { activityKind: "status-meeting", date });
  }

  it("shows each open occurrence with Markér som holdt, Flyt and Udsæt en uge", async () => {
    const card = await marchCard();
    expect(buttonTitles(card, MARCH_MEETING)).toEqual(["Markér som holdt", "Flyt", "Udsæt en uge"]);
    expect(buttonTitles(card, FEBRUARY_MEETING)).toEqual([
      "Markér som holdt",
      "Flyt",
      "Udsæt en uge",
    ]);
  });

  it("refuses someone outside the team, whatever the card showed, and records nothing", async () => {
    const result = await press(
      buttonOf(await marchCard(), MARCH_MEETING, "Markér som holdt"),
      AHMED,
    );
    expect(invokeMessage(result)).toBe(
      "Kun teamets medlemmer kan bruge knapperne på månedens overblik.",
    );
    expect(result.updates).toEqual([]);
    expect(await overrideOf("2027-03-09")).toBeNull();
  });

  it("says so when Teams cannot tell who is in the team, and records nothing", async () => {
    connector.failMemberLookups(true);
    try {
      const result = await press(buttonOf(await marchCard(), MARCH_MEETING, "Markér som holdt"));
      expect(invokeMessage(result)).toContain("Jeg kunne ikke tjekke teamets medlemmer");
      expect(await overrideOf("2027-03-09")).toBeNull();
    } finally {
      connector.failMemberLookups(false);
    }
  });

  it("marks a meeting held for a member, confirms it in the card and updates it for everyone", async () => {
    const card = await marchCard();
    const button = buttonOf(card, FEBRUARY_MEETING, "Markér som holdt");
    const result = await press(button);
    const answered = invokeCard(result);
    expect(cardText(answered)).toContain(
      "Mette Sørensen markerede statusmøde med Socialstyrelsen den 9. februar 2027 som holdt.",
    );
    // February's meeting is no longer missing; the card everyone sees is the same new card.
    expect(cardText(answered)).not.toContain(FEBRUARY_MEETING);
    expect(result.updates).toHaveLength(1);
    expect(cardOf(result.updates[0])).toEqual(answered);
    expect(await overrideOf("2027-02-09")).toMatchObject({
      held: true,
      updatedBy: { id: METTE.id, name: METTE.name },
    });

    // The same click delivered again changes nothing more.
    const again = await press(button);
    expect(cardText(invokeCard(again))).toContain("Det er allerede registreret.");
    const history = await repositories.audit.list(TEAM.id, { limit: 10 });
    expect(history.events.filter((e) => e.action === "schedule.markedHeld")).toHaveLength(1);
  });

  it("shows who marked what in the team's history", async () => {
    const result = await bot.send(message("historik"));
    expect(cardText(cardOf(result.replies[0]))).toContain("markerede et møde som holdt");
  });

  it("postpones a meeting by a week, and the card says where it was", async () => {
    const result = await press(buttonOf(await marchCard(), MARCH_MEETING, "Udsæt en uge"));
    const answered = invokeCard(result);
    expect(cardText(answered)).toContain(
      "Mette Sørensen udsatte statusmøde med Socialstyrelsen den 9. marts 2027 en uge, til tirsdag den 16. marts 2027 kl. 10.00.",
    );
    expect(rowText(answered, "tirsdag den 16. marts 2027 kl. 10.00")).toContain(
      "Flyttet fra 9. marts 2027",
    );
    expect(await overrideOf("2027-03-09")).toMatchObject({
      movedTo: { date: "2027-03-16", time: "10:00" },
      held: false,
    });
  });

  it("moves a meeting to the date and time a person chooses", async () => {
    const button = buttonOf(await marchCard(), "tirsdag den 16. marts 2027", "Gem ny dato");
    const { dateInput, timeInput } = button.data as { dateInput: string; timeInput: string };
    const result = await press(button, LARS, { [dateInput]: "2027-03-18", [timeInput]: "13:30" });
    expect(cardText(invokeCard(result))).toContain(
      "Lars Nielsen flyttede statusmøde med Socialstyrelsen den 16. marts 2027 til torsdag den 18. marts 2027 kl. 13.30.",
    );
    expect(await overrideOf("2027-03-09")).toMatchObject({
      movedTo: { date: "2027-03-18", time: "13:30" },
    });
  });

  it("keeps a date in the past in the card, says why, and saves nothing", async () => {
    const button = buttonOf(await marchCard(), "torsdag den 18. marts 2027", "Gem ny dato");
    const { dateInput, timeInput } = button.data as { dateInput: string; timeInput: string };
    const before = await overrideOf("2027-03-09");
    const result = await press(button, METTE, { [dateInput]: "2027-02-20", [timeInput]: "09:00" });
    const answered = invokeCard(result);
    expect(cardText(answered)).toContain(
      "Den nye dato skal ligge fra i dag og højst to år frem. Intet er gemt endnu.",
    );
    // What the person chose stays in the card's date field.
    expect(JSON.stringify(answered)).toContain('"value":"2027-02-20"');
    expect(result.updates).toEqual([]);
    expect(await overrideOf("2027-03-09")).toEqual(before);
  });

  it("gives back a typed date or time that cannot be used as free text is given back: no CPR number, no invisible or bidi characters", async () => {
    const button = buttonOf(await marchCard(), "torsdag den 18. marts 2027", "Gem ny dato");
    const { dateInput, timeInput } = button.data as { dateInput: string; timeInput: string };
    const before = await overrideOf("2027-03-09");
    const result = await press(button, METTE, {
      [dateInput]: "0101901234",
      [timeInput]: "1\u200b0:\u202e00",
    });
    const fields = JSON.stringify(invokeCard(result));
    expect(cardText(invokeCard(result))).toContain("Vælg en ny dato. Intet er gemt endnu.");
    expect(fields).toContain('"value":"[CPR]"');
    expect(fields).not.toContain("0101901234");
    expect(fields).toContain('"value":"10:00"');
    expect(fields).not.toMatch(/\\u200b|\\u202e|\u200b|\u202e/);
    expect(await overrideOf("2027-03-09")).toEqual(before);
  });

  it("refuses a card that names a meeting the team's plan does not have", async () => {
    const button = buttonOf(await marchCard(), "torsdag den 18. marts 2027", "Markér som holdt");
    const result = await press({ ...button, data: { ...button.data, originalDate: "2027-03-10" } });
    expect(invokeMessage(result)).toContain("Den aktivitet findes ikke i jeres plan");
    expect(await overrideOf("2027-03-10")).toBeNull();
  });

  it("refuses the buttons outside the team's channel", async () => {
    const button = buttonOf(await marchCard(), "torsdag den 18. marts 2027", "Markér som holdt");
    const result = await bot.send(
      cardAction(button.verb, button.data, { place: "personal", from: METTE }),
    );
    expect(invokeMessage(result)).toContain("Knapperne virker i teamets kanal");
    expect((await overrideOf("2027-03-09"))?.held).toBe(false);
  });

  it("refuses a crafted payload without saving anything", async () => {
    for (const data of [
      {},
      { actionId: "x", month: "2027-03", series: "status-meeting", originalDate: "2027-03-09" },
      {
        actionId: randomUUID(),
        month: "2027-13",
        series: "status-meeting",
        originalDate: "2027-03-09",
      },
      {
        actionId: randomUUID(),
        month: "2027-03",
        series: "constructor",
        originalDate: "2027-03-09",
      },
      {
        actionId: randomUUID(),
        month: "2027-03",
        series: "status-meeting",
        originalDate: "9.3.2027",
      },
    ]) {
      const result = await bot.send(cardAction(NUDGE_VERBS.markHeld, data));
      expect(invokeMessage(result)).toBe("Kortet er ikke gyldigt (længere). Intet er gemt.");
    }
    expect((await overrideOf("2027-03-09"))?.held).toBe(false);
  });
});

describe("planning the anchoring workshop from the nudge", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let repositories: Repositories;
  /** 1 September 2028: the anchoring phase begins on 1 October. */
  const SEPTEMBER_1 = "2028-09-01T07:30:00Z";

  beforeAll(async () => {
    testStore = await startTestStore();
    connector = await startMockConnector();
    connector.setMembers([METTE, LARS, SOFIE]);
    repositories = createRepositories(testStore.store);
    await setUpTeam(createTestBot(testStore.store, { connectorUrl: connector.url }));
  });

  afterAll(async () => {
    await connector.stop();
    await testStore.stop();
  });

  it("gives the workshop the date the team chooses, and the card stops asking", async () => {
    const bot = createTestBot(testStore.store, {
      connectorUrl: connector.url,
      clock: fixedClock(SEPTEMBER_1),
    });
    const stored = await repositories.profiles.get(TEAM.id);
    const programme = stored && getProgramme(stored.profile.programmeId);
    if (!stored || !programme) throw new Error("the team is not set up");
    const card = renderNudgeCard(
      nudgeContent({
        profile: stored.profile,
        programme,
        overrides: [],
        milestones: NO_MILESTONE_NEWS,
        month: "2028-09",
        now: new Date(SEPTEMBER_1),
      }),
      { actionId: randomUUID() },
    );
    const button = buttonOf(card, "Ingen dato endnu", "Gem ny dato");
    const { dateInput, timeInput } = button.data as { dateInput: string; timeInput: string };
    const result = await bot.send(
      cardAction(button.verb, { ...button.data, [dateInput]: "2028-10-20", [timeInput]: "09:00" }),
    );
    const answered = cardText(invokeCard(result));
    expect(answered).toContain(
      "Mette Sørensen planlagde workshop om forankring til fredag den 20. oktober 2028 kl. 09.00.",
    );
    expect(answered).not.toContain("Planlæg workshoppen nu");
    expect(
      await repositories.scheduleOverrides.get(TEAM.id, {
        activityKind: "anchoring-workshop",
        date: "2028-10-01",
      }),
    ).toMatchObject({ movedTo: { date: "2028-10-20", time: "09:00" } });
  });
});

describe("a team that removes the bot gets no more nudges", () => {
  let testStore: TestStore;
  let bot: TestBot;
  let repositories: Repositories;

  beforeAll(async () => {
    testStore = await startTestStore();
    bot = createTestBot(testStore.store);
    repositories = createRepositories(testStore.store);
  });

  afterAll(async () => {
    await testStore.stop();
  });

  function membersChanged(change: "membersAdded" | "membersRemoved"): Partial<Activity> {
    return {
      ...baseActivity("channel", METTE, "da-DK"),
      type: "conversationUpdate",
      [change]: [{ id: BOT.id, name: BOT.name }],
    };
  }

  it("is marked unreachable when the bot is removed, and reachable again when it is added", async () => {
    await bot.send(membersChanged("membersRemoved"));
    expect(await repositories.reachability.get(TEAM.id)).toMatchObject({
      reachable: false,
      reason: "bot-removed",
    });
    await bot.send(membersChanged("membersAdded"));
    expect(await repositories.reachability.get(TEAM.id)).toMatchObject({ reachable: true });
  });

  it("is marked unreachable when the app is uninstalled (installationUpdate remove)", async () => {
    await bot.send({
      ...baseActivity("channel", METTE, "da-DK"),
      type: "installationUpdate",
      action: "remove",
    });
    expect(await repositories.reachability.get(TEAM.id)).toMatchObject({
      reachable: false,
      reason: "bot-removed",
    });
  });
});
