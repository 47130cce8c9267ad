import { randomUUID } from "node:crypto";
import type { Activity } from "botbuilder";
import type { IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, it } from "vitest";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { createRepositories, type Repositories } from "../../src/store/repositories";
import { buttonOf } from "../features/nudges/support/card-actions";
import { press } from "../features/support/cards";
import { PLANNING_QUESTIONS, openMilestone } from "../features/support/milestone-bot";
import { startMockConnector, type MockConnector } from "../support/mock-connector";
import { VALID_SETUP } from "../support/setup-fixture";
import type { TestBot } from "../support/test-app";
import { startProxiedStore, type ProxiedStore } from "../support/proxied-store";
import {
  BotHarness,
  LARS,
  METTE,
  TEAM,
  cardAction,
  cardOf,
  type Sender,
  type TurnResult,
} from "../support/teams-activities";
import { answerOf, isClearAnswer, textInputs } from "./support/answers";
import { brief, tally } from "./support/figures";
import { schemaFailures, allDocuments } from "./support/store-inspection";
import {
  BIRGITTE,
  MEMBERS,
  Q1,
  answerField,
  faultBot,
  prepareTeam,
  type TeamCards,
} from "./support/team";

const CONCURRENT_SAVERS = 50;
const DECISION_ROUNDS = 20;

/**
 * Many people at once on one thing: what each of them did is either stored or still in their
 * card with the reason, a click that arrives twice counts once, and two approvers deciding at
 * the same moment make one decision. Every person clicks through their own connection (their
 * own TestAdapter) into one running app, as Teams delivers concurrent clicks.
 */
describe("concurrency", () => {
  let proxied: ProxiedStore;
  let connector: MockConnector;
  let bot: TestBot;
  let repositories: Repositories;
  let cards: TeamCards;

  beforeAll(async () => {
    // Through a proxy in front of the store, so a round can hold one approver's write.
    proxied = await startProxiedStore();
    connector = await startMockConnector();
    connector.setMembers([...MEMBERS]);
    bot = faultBot(proxied.store, connector.url);
    repositories = createRepositories(proxied.testStore.store);
    cards = await prepareTeam(bot, proxied.testStore.store);
  });
  afterAll(async () => {
    await connector.stop();
    await proxied.stop();
  });

  /** Another connection into the same app. */
  const connection = () => new BotHarness(bot.app.bot, { connectorUrl: connector.url });

  async function events(): Promise<{ id: string; action: string; actor: string }[]> {
    const found: { id: string; action: string; actor: string }[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await repositories.audit.list(TEAM.id, { limit: 100, continuationToken });
      found.push(
        ...page.events.map((e) => ({
          id: `${e.subject}|${e.id}`,
          action: e.action,
          actor: e.actor.id,
        })),
      );
      continuationToken = page.continuationToken;
    } while (continuationToken);
    return found;
  }

  it(`${CONCURRENT_SAVERS} members saving one milestone at once lose no answer`, async (context) => {
    const figures = tally(context, "Concurrency", "saves");
    const card = await openMilestone(bot);
    const savers: Sender[] = Array.from({ length: CONCURRENT_SAVERS }, (_, i) => ({
      id: `29:saver-${i}`,
      name: `Medlem ${i}`,
      aadObjectId: `aad-saver-${i}`,
    }));
    const questionOf = (i: number) => PLANNING_QUESTIONS[i % PLANNING_QUESTIONS.length] ?? Q1;
    const textOf = (i: number) => `Svar fra medlem ${i} på ${questionOf(i)}`;
    const answers = await Promise.all(
      savers.map((who, i) =>
        connection().send(
          press(card, "Gem kladde", { [answerField(questionOf(i))]: textOf(i) }, { from: who }),
        ),
      ),
    );
    const stored = (
      await repositories.answers.get(TEAM.id, "social-skills-training.planning-tools")
    )?.answers;
    let storedCount = 0;
    let keptCount = 0;
    const says = new Map<string, number>();
    for (const [i, result] of answers.entries()) {
      const answer = answerOf(result);
      const notice =
        answer.text.split("\n").find((line) => /Gemt|gemt|ændrede|databasen|forældet/.test(line)) ??
        answer.text.slice(0, 60);
      says.set(notice, (says.get(notice) ?? 0) + 1);
      const isStored = stored?.answers.get(questionOf(i))?.text === textOf(i);
      const kept = textInputs(answer.card).get(answerField(questionOf(i)))?.value === textOf(i);
      if (isStored) storedCount += 1;
      else if (kept) keptCount += 1;
      // The store answered every request: a message blaming it would not be true.
      const blamesTheStore = /databasen ikke svarer|database is not answering/.test(answer.text);
      figures.check(
        (isStored || kept) && isClearAnswer(answer) && !blamesTheStore,
        () =>
          `member ${i} (${questionOf(i)}): ${isStored || kept ? "" : "neither stored nor in their card;"} said ${brief(notice, 120)}`,
      );
    }
    // Each question holds the text of one of those who wrote it; nobody's text is silently overwritten.
    for (const question of PLANNING_QUESTIONS) {
      const text = stored?.answers.get(question)?.text;
      figures.check(
        text !== undefined &&
          savers.some((_, i) => questionOf(i) === question && textOf(i) === text),
        () => `${question} holds ${brief(text)}`,
      );
    }
    figures.note(`${storedCount} stored, ${keptCount} given back in the card with the reason`);
    for (const [notice, count] of says) figures.note(`${count}× "${brief(notice, 100)}"`);
    figures.check(
      schemaFailures(await allDocuments(proxied.testStore.store)).length === 0,
      () => "a document fails its schema",
    );
    figures.expectAllHeld(CONCURRENT_SAVERS + PLANNING_QUESTIONS.length + 1);
  });

  it("records a click delivered twice at once, and a third time after, once", async (context) => {
    const figures = tally(context, "Concurrency", "clicks");
    // Each click is delivered three times: twice at the same moment, once more after.
    const clicks: [string, () => Promise<Partial<Activity>>][] = [
      [
        "Gem kladde",
        async () =>
          press(await openMilestone(bot), "Gem kladde", {
            [answerField(Q1)]: `Dobbelt ${randomUUID()}`,
          }),
      ],
      [
        "Send til godkendelse",
        async () => {
          const opened = await openMilestone(bot);
          const saved = answerOf(
            await bot.send(
              press(opened, "Gem kladde", { [answerField(Q1)]: `Til godkendelse ${randomUUID()}` }),
            ),
          );
          return press(saved.card, "Send til godkendelse");
        },
      ],
      [
        "Godkend",
        async () => {
          const opened = await openMilestone(bot);
          const sent = await bot.send(
            press(opened, "Send til godkendelse", {
              [answerField(Q1)]: `Godkendes ${randomUUID()}`,
            }),
          );
          return press(cardOf(sent.replies[0]), "Godkend", {}, { from: LARS });
        },
      ],
      [
        "Send tilbage",
        async () => {
          const opened = await openMilestone(bot);
          const sent = await bot.send(
            press(opened, "Send til godkendelse", {
              [answerField(Q1)]: `Sendes tilbage ${randomUUID()}`,
            }),
          );
          return press(
            cardOf(sent.replies[0]),
            "Send tilbage",
            { comment: "Mere om risici" },
            { from: BIRGITTE },
          );
        },
      ],
      [
        "Gem opsætning",
        async () => {
          const profile = await repositories.profiles.get(TEAM.id);
          return cardAction(SETUP_VERBS.save, {
            ...VALID_SETUP,
            organisationName: `Aarhus Kommune ${randomUUID().slice(0, 4)}`,
            approverIds: `${LARS.id},${BIRGITTE.id}`,
            actionId: randomUUID(),
            expectedVersion: String(profile?.profile.version ?? 0),
          });
        },
      ],
      [
        "Markér som holdt",
        async () =>
          cardAction(...verbAndData(buttonOf(cards.nudge, "9. februar 2027", "Markér som holdt"))),
      ],
      [
        "Udsæt en uge",
        async () =>
          cardAction(...verbAndData(buttonOf(cards.nudge, "9. marts 2027", "Udsæt en uge"))),
      ],
      [
        "Gem ny dato",
        async () => {
          const button = buttonOf(cards.nudge, "9. marts 2027", "Gem ny dato");
          const { dateInput, timeInput } = button.data as { dateInput: string; timeInput: string };
          return cardAction(button.verb, {
            ...button.data,
            [dateInput]: "2027-03-18",
            [timeInput]: "13:30",
          });
        },
      ],
    ];
    for (const [name, make] of clicks) {
      const click = await make();
      const before = new Set((await events()).map((e) => e.id));
      const [first, second] = await Promise.all([
        connection().send(click),
        connection().send(click),
      ]);
      const third = await connection().send(click);
      const added = (await events()).filter((e) => !before.has(e.id));
      const clear = [first, second, third].every((result) => isClearAnswer(answerOf(result)));
      figures.check(
        added.length === 1 && clear,
        () =>
          `${name}: ${added.length} records (${added.map((e) => e.action).join(", ")}); answers ${clear ? "clear" : "UNCLEAR"}`,
      );
    }
    figures.expectAllHeld(clicks.length);
  });

  it(`two approvers deciding at the same moment record one decision (${DECISION_ROUNDS} rounds)`, async (context) => {
    const figures = tally(context, "Concurrency", "rounds");
    const wins = new Map<string, number>();
    const isApprovalWrite = (request: IncomingMessage) =>
      request.method === "PUT" && decodeURIComponent(request.url ?? "").includes("/docs/approval:");
    for (let round = 0; round < DECISION_ROUNDS; round++) {
      const opened = await openMilestone(bot);
      const sent = await bot.send(
        press(opened, "Send til godkendelse", { [answerField(Q1)]: `Runde ${round}` }),
      );
      const approval = cardOf(sent.replies[0]);
      const before = new Set((await events()).map((e) => e.id));
      const clicks = {
        lars: () => connection().send(press(approval, "Godkend", {}, { from: LARS })),
        birgitte: () =>
          connection().send(
            press(approval, "Send tilbage", { comment: `Nej, runde ${round}` }, { from: BIRGITTE }),
          ),
      };
      // Rounds 0 and 1: sent together, either first. Rounds 2 and 3: both have read the pending
      // approval before either write lands (the first write is held at the store until the other
      // decided), so the decision is made by the store's condition, not by who read first.
      const [first, second] =
        round % 2 === 0 ? (["lars", "birgitte"] as const) : (["birgitte", "lars"] as const);
      const results = new Map<string, TurnResult>();
      if (round % 4 < 2) {
        const [a, b] = await Promise.all([clicks[first](), clicks[second]()]);
        results.set(first, a).set(second, b);
      } else {
        const held = proxied.proxy.holdNext(isApprovalWrite);
        const pending = clicks[first]();
        await held.reached;
        results.set(second, await clicks[second]());
        held.release();
        results.set(first, await pending);
      }
      const decisions = (await events()).filter(
        (e) => !before.has(e.id) && e.action !== "approval.requested",
      );
      const stored = await repositories.approvals.get(
        TEAM.id,
        "social-skills-training.planning-tools",
      );
      const winner = stored?.approval.decidedBy?.id === LARS.id ? "lars" : "birgitte";
      const winnerName = winner === "lars" ? LARS.name : BIRGITTE.name;
      wins.set(winner, (wins.get(winner) ?? 0) + 1);
      const loserResult = results.get(winner === "lars" ? "birgitte" : "lars");
      const loser = loserResult ? answerOf(loserResult) : undefined;
      const heldLost = round % 4 < 2 || winner === second;
      figures.check(
        decisions.length === 1 &&
          heldLost &&
          loser !== undefined &&
          loser.text.includes(`${winnerName} har allerede truffet beslutningen`),
        () =>
          `round ${round}: ${decisions.length} decisions, ${winnerName} decided; the other was told ${brief(loser?.text.replace(/\s+/g, " "), 120)}`,
      );
    }
    figures.note(
      `Lars decided ${wins.get("lars") ?? 0} times, Birgitte ${wins.get("birgitte") ?? 0}`,
    );
    figures.expectAllHeld(DECISION_ROUNDS);
  });
});

function verbAndData(button: {
  verb: string;
  data: Record<string, unknown>;
}): [string, Record<string, unknown>, { from: Sender }] {
  return [button.verb, button.data, { from: METTE }];
}
