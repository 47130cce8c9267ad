import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { startTestStore, type TestStore } from "../support/test-store";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { createTestBot } from "../support/test-app";
import type { FinishedTurn } from "../../src/teams/teams-bot";
import {
  AHMED,
  LARS,
  METTE,
  SOFIE,
  cardAction,
  cardOf,
  cardText,
  message,
  type BotHarness,
  TEAM,
} from "../support/teams-activities";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { createRepositories } from "../../src/store/repositories";
import { invokeCard, invokeMessage, literalTexts, markdownTexts } from "../support/card-responses";
import { answerKey } from "../../src/domain/team/answer-key";
import { personKey } from "../../src/domain/team/person-key";
import { VALID_SETUP } from "../support/setup-fixture";

/** The Action.Execute data a card would send: its inputs plus the hidden action data. */
function saveData(overrides: Record<string, string> = {}, hidden: Record<string, string> = {}) {
  return { ...VALID_SETUP, actionId: randomUUID(), expectedVersion: "0", ...hidden, ...overrides };
}

/** The data of the first Action.Execute in a card (what pressing it would send). */
function confirmActionData(card: unknown): Record<string, unknown> {
  const actions = (card as { actions?: { data?: Record<string, unknown> }[] }).actions ?? [];
  return actions[0]?.data ?? {};
}

describe("team setup in a channel", () => {
  let testStore: TestStore;
  let connector: MockConnector;
  let bot: BotHarness;

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
    // Each test starts with a team that has not been set up.
    await testStore.store.teams.items
      .query("SELECT c.id FROM c")
      .fetchAll()
      .then(({ resources }) =>
        Promise.all(
          resources.map((r: { id: string }) =>
            testStore.store.teams
              .item(r.id, TEAM.id)
              .delete()
              .catch(() => undefined),
          ),
        ),
      );
    bot = createTestBot(testStore.store, { connectorUrl: connector.url });
  });

  async function profile() {
    return (await createRepositories(testStore.store).profiles.get(TEAM.id))?.profile;
  }

  it("opens a setup card whose people come from the team's member list (all pages)", async () => {
    const { replies } = await bot.send(message("opsætning"));
    const card = cardOf(replies[0]);
    const text = cardText(card);
    expect(text).toContain("Opsætning af Implementeringsguiden");
    for (const person of [METTE, LARS, SOFIE, AHMED]) expect(text).toContain(person.name);
    expect(text).toContain("Social Færdighedstræning (SFT)");
    expect(
      connector.requests().filter((r) => r.includes("pagedmembers")).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it("lets no typed field on the setup card take more than the bot accepts", async () => {
    const { replies } = await bot.send(message("opsætning"));
    const limits = new Map<string, unknown>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (typeof node !== "object" || node === null) return;
      const element = node as Record<string, unknown>;
      if (element["type"] === "Input.Text") limits.set(String(element["id"]), element["maxLength"]);
      Object.values(element).forEach(visit);
    };
    visit(cardOf(replies[0]));
    expect(Object.fromEntries(limits)).toEqual({
      organisationName: 100,
      statusMeetingSlot: 100,
      supervisionSlot: 100,
    });
  });

  it("saves a valid setup and posts a summary with the phases' dates, the roles and the slots", async () => {
    const result = await bot.send(cardAction(SETUP_VERBS.save, saveData()));
    expect(cardText(invokeCard(result))).toContain("Opsætningen er gemt");
    const summary = cardText(cardOf(result.replies[0]));
    expect(summary).toContain("Opsætning: Aarhus Kommune");
    expect(summary).toContain("Fra 1. februar 2027 til 31. juli 2027 (6 måneder)");
    expect(summary).toContain("Fra 1. august 2027 til 30. september 2028 (14 måneder)");
    expect(summary).toContain("Fra 1. oktober 2028 til 31. januar 2029 (4 måneder)");
    expect(summary).toContain("Lars Nielsen");
    expect(summary).toContain("Den 2. tirsdag i måneden kl. 10.00");
    expect(summary).toContain("mandag den 1. februar 2027");
    expect(result.updates.length).toBe(1);
    // Everyone named finds the team in their own index, with their role.
    const people = createRepositories(testStore.store).people;
    for (const [person, role] of [
      [SOFIE, "consultant"],
      [LARS, "approver"],
      [METTE, "projectLeader"],
    ] as const) {
      const teams = await people.listTeams(personKey(person));
      expect(teams.find((t) => t.teamId === TEAM.id)?.roles).toEqual([role]);
    }
    const saved = await profile();
    expect(saved).toMatchObject({
      programmeId: "social-skills-training",
      version: 1,
      approvers: [{ id: LARS.id, name: LARS.name }],
    });
  });

  it("writes the summary in English for a team that chose English", async () => {
    const result = await bot.send(cardAction(SETUP_VERBS.save, saveData({ language: "en" })));
    expect(cardText(invokeCard(result))).toContain("The setup is saved");
    const summary = cardText(cardOf(result.replies[0]));
    expect(summary).toContain("Setup: Aarhus Kommune");
    expect(summary).toContain("From 1 February 2027 to 31 July 2027 (6 months)");
    expect(summary).toContain("2nd Tuesday of the month at 10:00");
    expect(summary).toContain("Monday 1 February 2027");
    const help = await bot.send(message("help", { locale: "da-DK" }));
    expect(cardText(cardOf(help.replies[0]))).toContain("What you can write to me");
  });

  it.each([
    [{ programmeId: "yoga" }, "Vælg metoden fra listen."],
    [{ startDate: "31.02.2027" }, "er ikke en dato"],
    [{ approverIds: "" }, "Vælg mindst én godkender"],
  ])(
    "refuses %o, says what is wrong, keeps what was typed and saves nothing",
    async (change, why) => {
      const result = await bot.send(
        cardAction(SETUP_VERBS.save, saveData({ ...change, organisationName: "Odense Kommune" })),
      );
      const card = invokeCard(result);
      const text = cardText(card);
      expect(text).toContain(why);
      expect(text).toContain("Noget skal rettes");
      expect(text).toContain("Odense Kommune");
      expect(result.replies).toHaveLength(0);
      expect(await profile()).toBeUndefined();
    },
  );

  it("shows a Markdown link typed as the organisation's name as text, never as a live link", async () => {
    const name = "[Log ind her](https://evil.example/login)";
    const result = await bot.send(
      cardAction(SETUP_VERBS.save, saveData({ organisationName: name })),
    );
    const summary = cardOf(result.replies[0]);
    expect(literalTexts(summary).join("\n")).toContain(name);
    for (const text of markdownTexts(summary)) expect(text).not.toContain("](https://evil");
    expect((await profile())?.organisationName).toBe(name);
  });

  it("refuses a CPR number in the organisation's name without echoing it, and keeps the rest", async () => {
    const result = await bot.send(
      cardAction(
        SETUP_VERBS.save,
        saveData({
          organisationName: "Aarhus Kommune 070911–1234",
          statusMeetingSlot: "1. mandag 9",
        }),
      ),
    );
    const card = invokeCard(result);
    const shown = JSON.stringify(card);
    expect(cardText(card)).toContain("CPR-nummer");
    expect(shown).not.toContain("1234");
    expect(shown).toContain("Aarhus Kommune");
    expect(shown).toContain("1. mandag 9");
    expect(await profile()).toBeUndefined();
  });

  it("lets only an approver or the project leader change a saved setup, and says who can", async () => {
    await bot.send(cardAction(SETUP_VERBS.save, saveData()));
    const attempt = await bot.send(
      cardAction(
        SETUP_VERBS.save,
        saveData({ organisationName: "Ahmeds Kommune" }, { expectedVersion: "1" }),
        { from: AHMED },
      ),
    );
    expect(invokeMessage(attempt)).toContain(
      "Kun projektlederen (Mette Sørensen) eller en godkender (Lars Nielsen)",
    );
    expect((await profile())?.organisationName).toBe("Aarhus Kommune");

    const asked = await bot.send(message("opsætning", { from: AHMED }));
    expect(asked.replies.map((r) => r.text ?? "").join(" ")).toContain("Kun projektlederen");

    const byManager = await bot.send(
      cardAction(
        SETUP_VERBS.save,
        saveData(
          { organisationName: "Aarhus Kommune, Socialforvaltningen" },
          { expectedVersion: "1" },
        ),
        { from: LARS },
      ),
    );
    expect(cardText(invokeCard(byManager))).toContain("Opsætningen er gemt");
    expect(await profile()).toMatchObject({
      organisationName: "Aarhus Kommune, Socialforvaltningen",
      version: 2,
    });
  });

  it("when two people save at the same time, one wins and the other keeps their entries with a clear notice", async () => {
    const [first, second] = await Promise.all([
      bot.send(cardAction(SETUP_VERBS.save, saveData({ organisationName: "Metteby" }))),
      bot.send(
        cardAction(SETUP_VERBS.save, saveData({ organisationName: "Larsby" }), { from: LARS }),
      ),
    ]);
    const saved = await profile();
    expect(saved?.version).toBe(1);
    const [winner, loser] =
      saved?.organisationName === "Metteby" ? [first, second] : [second, first];
    expect(cardText(invokeCard(winner))).toContain("Opsætningen er gemt");
    const loserText = cardText(invokeCard(loser));
    expect(loserText).toMatch(/gemte opsætningen .* mens du redigerede/);
    expect(loserText).toContain(saved?.organisationName === "Metteby" ? "Larsby" : "Metteby");
  });

  it("keeps an audit trail of who changed what, readable with 'historik', newest first", async () => {
    await bot.send(cardAction(SETUP_VERBS.save, saveData()));
    await bot.send(
      cardAction(
        SETUP_VERBS.save,
        saveData({ organisationName: "Aarhus Kommune, Voksne" }, { expectedVersion: "1" }),
        { from: LARS },
      ),
    );
    const { replies } = await bot.send(message("historik", { from: AHMED }));
    const text = cardText(cardOf(replies[0]));
    expect(text).toContain("Seneste ændringer");
    const changed = text.indexOf("ændrede opsætningen: kommune");
    const created = text.indexOf("satte teamet op");
    expect(changed).toBeGreaterThan(-1);
    expect(created).toBeGreaterThan(changed);
    expect(text).toContain("Lars Nielsen");
    expect(text).toContain("23.11.2026 kl. 10.00");
  });

  it("records a redelivered click once", async () => {
    const data = saveData();
    await bot.send(cardAction(SETUP_VERBS.save, data));
    const again = await bot.send(cardAction(SETUP_VERBS.save, data));
    expect(cardText(invokeCard(again))).toContain("Opsætning: Aarhus Kommune");
    expect(again.replies).toHaveLength(0);
    expect((await profile())?.version).toBe(1);
    // Also when the two deliveries arrive at once, on a saved setup.
    const change = saveData(
      { organisationName: "Aarhus Kommune, Voksne" },
      { expectedVersion: "1" },
    );
    const both = await Promise.all([
      bot.send(cardAction(SETUP_VERBS.save, change)),
      bot.send(cardAction(SETUP_VERBS.save, change)),
    ]);
    expect(both.map((r) => r.replies.length).sort()).toEqual([0, 1]);
    expect((await profile())?.version).toBe(2);
    const { replies } = await bot.send(message("historik"));
    const history = cardText(cardOf(replies[0]));
    expect(history.match(/ændrede opsætningen/g)).toHaveLength(1);
    expect(history.match(/satte teamet op/g)).toHaveLength(1);
  });

  it("two people pressing Save on the same card: the first is stored and credited, the second is told who saved", async () => {
    // One card, one action id, seen by both.
    const card = { actionId: randomUUID(), expectedVersion: "0" };
    const [byMette, byLars] = await Promise.all([
      bot.send(
        cardAction(SETUP_VERBS.save, { ...VALID_SETUP, ...card, organisationName: "Metteby" }),
      ),
      bot.send(
        cardAction(
          SETUP_VERBS.save,
          { ...VALID_SETUP, ...card, organisationName: "Larsby" },
          {
            from: LARS,
          },
        ),
      ),
    ]);
    const saved = await profile();
    expect(saved?.version).toBe(1);
    const metteWon = saved?.organisationName === "Metteby";
    const [winner, loser] = metteWon ? [METTE, LARS] : [LARS, METTE];
    const [winnerTurn, loserTurn] = metteWon ? [byMette, byLars] : [byLars, byMette];
    expect(saved?.updatedBy.id).toBe(winner.id);
    expect(cardText(invokeCard(winnerTurn))).toContain(`Gemt af ${winner.name}`);
    const loserText = cardText(invokeCard(loserTurn));
    expect(loserText).toContain(`${winner.name} gemte opsætningen`);
    expect(loserText).not.toContain("Gemt af");
    expect(loserText).toContain(metteWon ? "Larsby" : "Metteby");

    const { replies } = await bot.send(message("historik", { from: AHMED }));
    const history = cardText(cardOf(replies[0]));
    expect(history.match(/satte teamet op/g)).toHaveLength(1);
    expect(history).toContain(winner.name);
    expect(history).not.toContain(loser.name);
  });

  it("reads the profile once and writes it once when saving (plus one read of each named person's index)", async () => {
    await bot.send(cardAction(SETUP_VERBS.save, saveData()));
    const turns: FinishedTurn[] = [];
    const counted = createTestBot(testStore.store, {
      connectorUrl: connector.url,
      onTurnFinished: (turn) => turns.push(turn),
    });
    await counted.send(
      cardAction(SETUP_VERBS.save, saveData({ startDate: "2027-03-01" }, { expectedVersion: "1" })),
    );
    const calls = turns.find((turn) => turn.kind === "cardAction")?.storeCalls;
    // Nothing the indexes of Mette, Lars and Sofie show changed: each is read and found up to
    // date (in parallel, so one round trip of time).
    expect(calls).toBe(2 + 3);
    expect((await profile())?.startDate).toBe("2027-03-01");
  });

  it("asks before changing the programme once answers exist, and keeps the old answers", async () => {
    await bot.send(cardAction(SETUP_VERBS.save, saveData()));
    const repositories = createRepositories(testStore.store);
    const key = answerKey("social-skills-training", "planning-tools");
    await repositories.answers.saveAnswers(
      TEAM.id,
      key,
      new Map([["which-planning-tools", "Vi bruger implementeringsplanen."]]),
      METTE,
      { actionId: "answer-1-card", verb: "milestone.save" },
    );

    const asked = await bot.send(
      cardAction(
        SETUP_VERBS.save,
        saveData({ programmeId: "open-dialogue" }, { expectedVersion: "1" }),
      ),
    );
    const question = invokeCard(asked);
    expect(cardText(question)).toContain("Skift metode?");
    expect(cardText(question)).toContain("Åben Dialog (ÅD)");
    expect((await profile())?.programmeId).toBe("social-skills-training");

    const confirmData = confirmActionData(question);
    const confirmed = await bot.send(cardAction(SETUP_VERBS.save, confirmData));
    expect(cardText(invokeCard(confirmed))).toContain("Opsætningen er gemt");
    expect((await profile())?.programmeId).toBe("open-dialogue");
    const kept = await repositories.answers.get(TEAM.id, key);
    expect(kept?.answers.answers.get("which-planning-tools")?.text).toBe(
      "Vi bruger implementeringsplanen.",
    );
  });

  it.each([
    ["100 KB long", "x".repeat(100_000)],
    ["with a slash", "a/b-not-an-id"],
    ["missing", undefined],
  ])(
    "refuses a card whose action id is %s, keeps what was typed and stores nothing",
    async (_kind, actionId) => {
      const result = await bot.send(
        cardAction(SETUP_VERBS.save, {
          ...VALID_SETUP,
          organisationName: "Odense Kommune",
          expectedVersion: "0",
          ...(actionId === undefined ? {} : { actionId }),
        }),
      );
      const text = cardText(invokeCard(result));
      expect(text).toContain("Kortet sendte ikke det, jeg forventede, så intet er gemt");
      expect(text).toContain("Odense Kommune");
      expect(result.replies).toHaveLength(0);
      expect(await profile()).toBeUndefined();
      // The card given back carries a fresh, valid action id: pressing Save again works.
      const again = confirmActionData(invokeCard(result));
      expect(again["actionId"]).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    },
  );

  it("answers inside the turn's time when Teams is slow, with the card and what was typed, saying nothing was saved", async () => {
    const hurried = createTestBot(testStore.store, {
      connectorUrl: connector.url,
      turnBudgets: { cardActionMs: 300 },
    });
    connector.delayMemberLookups(2_000);
    const result = await hurried.send(
      cardAction(SETUP_VERBS.save, saveData({ organisationName: "Vejle Kommune" })),
    );
    const text = cardText(invokeCard(result));
    expect(text).toContain("Det tog for lang tid at gemme, så intet er gemt");
    expect(JSON.stringify(invokeCard(result))).toContain("Vejle Kommune");
    // The save goes on in the background but may no longer commit: nothing appears later.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await profile()).toBeUndefined();
  });

  it("answers in the personal chat that setup happens in the team's channel", async () => {
    const { replies } = await bot.send(message("opsætning", { place: "personal" }));
    expect(replies[0]?.text).toContain("Opsætning sker i teamets kanal");
  });

  it("says so when Teams gives no member list, instead of showing an empty picker", async () => {
    connector.failMemberLookups(true);
    try {
      const { replies } = await bot.send(message("opsætning"));
      expect(replies[0]?.text).toContain("kunne ikke hente teamets medlemmer");
    } finally {
      connector.failMemberLookups(false);
    }
  });
});
