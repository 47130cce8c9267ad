import { randomUUID } from "node:crypto";
import type { Activity } from "botbuilder";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { SETUP_TEXT } from "../../src/features/setup/setup-texts";
import { APPROVAL_VERBS } from "../../src/features/approvals/verbs";
import { MILESTONE_VERBS } from "../../src/features/milestones/verbs";
import { MILESTONE_TEXT } from "../../src/features/milestones/texts";
import { buttonsOf, inputsOf } from "../../test/features/support/cards";
import { cardActionInvoke, channelMessage, teamRoster, type BenchUser } from "./teams-activities";

/**
 * The turns the benchmark measures. Adding a turn type (status, milepæle, save-answer, approve …)
 * is one entry in `TURN_TYPES`: how a user sends it, and how to tell that the bot did what the turn
 * is about (checked once before measuring, so a wrong path never gets measured).
 */

/** One connector call the bot made while answering (recorded only while probing). */
export interface ConnectorCall {
  method: string;
  path: string;
  body: unknown;
}

export interface BotAnswer {
  /** HTTP status of POST /api/messages. */
  status: number;
  /** The invoke response (card actions); empty for messages, whose replies go to the connector. */
  body: unknown;
}

export interface TurnType {
  name: string;
  /** What a person does, for the notes under the table. */
  description: string;
  activity(user: BenchUser, serviceUrl: string): Partial<Activity>;
  /**
   * Setup saves each of this turn type's teams gets before measuring (default 1: set up once).
   * Each turn type has teams of its own, so one type's writes never change what another reads.
   */
  setupSaves?: number;
  /** Set for turns that write to the store; they are measured after the turns that only read. */
  writes?: boolean;
  /** After its team is set up, what a bench user does before measuring (e.g. open a milestone). */
  prepare?(
    user: BenchUser,
    send: (activity: Partial<Activity>) => Promise<BotAnswer>,
    serviceUrl: string,
  ): Promise<void>;
  /**
   * Called with each of the bot's answers; keeps the user's state in step (e.g. the setup version
   * after a save). Returns false when the answer was not the one the turn is about.
   */
  accept?(user: BenchUser, answer: BotAnswer): boolean;
  /** Problems with one probe answer and the connector calls it caused; empty when all is right. */
  probe(answer: BotAnswer, calls: ConnectorCall[]): string[];
}

/** Every string in a card or activity, for "does it say …" checks. */
export function textsOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(textsOf).join("\n");
  if (typeof value === "object" && value !== null)
    return Object.values(value).map(textsOf).join("\n");
  return "";
}

function posts(calls: ConnectorCall[]): ConnectorCall[] {
  return calls.filter((c) => c.method === "POST" && /\/activities(\/[^/]+)?$/.test(c.path));
}

function expectOneCardReplySaying(calls: ConnectorCall[], words: string): string[] {
  const replies = posts(calls);
  if (replies.length !== 1) return [`expected 1 reply, got ${replies.length}`];
  const text = textsOf(replies[0]?.body);
  if (!text.includes("application/vnd.microsoft.card.adaptive")) return ["the reply is not a card"];
  return text.includes(words) ? [] : [`the reply does not say "${words}"`];
}

/** A setup the bench user may save for their team; the slot alternates so every save is a change. */
function setupData(user: BenchUser): Record<string, unknown> {
  const [leader, manager, consultant] = teamRoster(user.index);
  return {
    programmeId: "social-skills-training",
    organisationName: `Benchby Kommune ${user.index}`,
    startDate: "2027-02-01",
    language: "da",
    projectLeaderId: leader?.id,
    approverIds: manager?.id,
    consultantIds: consultant?.id,
    statusMeetingSlot: "2. tirsdag 10:00",
    supervisionSlot: user.setupVersion % 2 === 0 ? "3. torsdag 13:00" : "3. torsdag 14:00",
    actionId: randomUUID(),
    expectedVersion: String(user.setupVersion),
  };
}

function savedNotice(answer: BotAnswer): boolean {
  return answer.status === 200 && textsOf(answer.body).includes(SETUP_TEXT.da.savedTitle);
}

export const SETUP_SAVE: TurnType = {
  name: "setup.save",
  writes: true,
  description:
    "Action.Execute `setup.save` of a changed setup (the supervision slot alternates): reads the profile, lists members at the connector, writes profile + audit, refreshes the consultant index, posts the summary and updates the card",
  activity: (user, serviceUrl) =>
    cardActionInvoke(user, serviceUrl, SETUP_VERBS.save, setupData(user)),
  accept(user, answer) {
    if (!savedNotice(answer)) return false;
    user.setupVersion += 1;
    return true;
  },
  probe(answer, calls) {
    const problems: string[] = [];
    if (!savedNotice(answer))
      problems.push(`the invoke answer is not "${SETUP_TEXT.da.savedTitle}"`);
    if (!calls.some((c) => c.method === "GET" && c.path.endsWith("/pagedmembers")))
      problems.push("the members were not looked up");
    problems.push(...expectOneCardReplySaying(calls, "Social Færdighedstræning"));
    if (!calls.some((c) => c.method === "PUT")) problems.push("the setup card was not updated");
    return problems;
  },
};

/** The milestone the milestone turns work on: SFT's planning tools, five questions. */
const MILESTONE = { programmeId: "social-skills-training", milestoneId: "planning-tools" };
const QUESTION = "stakeholder-analysis";

/** The card an invoke answered with (Teams' `application/vnd.microsoft.card.adaptive`). */
function answerCardOf(answer: BotAnswer): unknown {
  const body = answer.body as { type?: string; value?: unknown } | undefined;
  return body?.type === "application/vnd.microsoft.card.adaptive" ? body.value : undefined;
}

/** Pressing a button as Teams does: the card's inputs, the person's changes, the button's data. */
function pressOn(
  card: unknown,
  title: string,
  changes: Record<string, string>,
): { verb: string; data: Record<string, unknown> } | undefined {
  const button = buttonsOf(card).find((b) => b.title === title);
  if (!button) return undefined;
  return {
    verb: button.verb,
    data: { ...Object.fromEntries(inputsOf(card)), ...changes, ...button.data },
  };
}

/** Opens the milestone card once, before measuring; each save then presses on the newest card. */
async function openMilestoneCard(
  user: BenchUser,
  send: (activity: Partial<Activity>) => Promise<BotAnswer>,
  serviceUrl: string,
): Promise<void> {
  const answer = await send(cardActionInvoke(user, serviceUrl, MILESTONE_VERBS.show, MILESTONE));
  user.milestoneCard = answerCardOf(answer);
  if (!user.milestoneCard)
    throw new Error(`no milestone card: ${JSON.stringify(answer).slice(0, 300)}`);
}

/** "Gem kladde" with a changed answer on the newest card (the floor, without a card, gets the verb). */
function saveActivity(user: BenchUser, serviceUrl: string): Partial<Activity> {
  const pressed = pressOn(user.milestoneCard, "Gem kladde", {
    [`answer-${QUESTION}`]: `Interessentanalysen, udgave ${user.sent}.`,
  });
  return cardActionInvoke(
    user,
    serviceUrl,
    pressed?.verb ?? MILESTONE_VERBS.save,
    pressed?.data ?? MILESTONE,
  );
}

function savedCard(answer: BotAnswer): unknown {
  const card = answerCardOf(answer);
  return card !== undefined && textsOf(card).includes(MILESTONE_TEXT.da.saved) ? card : undefined;
}

export const SAVE_ANSWER: TurnType = {
  name: "save-answer",
  writes: true,
  description:
    "Action.Execute `milestone.save` (Gem kladde) with a changed answer, pressed on the card the previous save returned: reads the milestone (one query), writes the answers (one conditional write), updates the card for everyone and answers with the refreshed card",
  prepare: openMilestoneCard,
  activity: saveActivity,
  accept(user, answer) {
    const card = savedCard(answer);
    if (card === undefined) return false;
    user.milestoneCard = card;
    return true;
  },
  probe(answer, calls) {
    const problems: string[] = [];
    if (savedCard(answer) === undefined)
      problems.push(`the answer is not "${MILESTONE_TEXT.da.saved}"`);
    if (!calls.some((c) => c.method === "PUT"))
      problems.push("the card was not updated for everyone");
    return problems;
  },
};

/**
 * Approve needs a milestone that waits for approval, so each bench team goes round: save a
 * changed answer → send it for approval → the manager approves. A third of these turns are the
 * approvals; the table's figures are over the whole cycle (see docs/benchmarks.md).
 */
function approvalCycleActivity(user: BenchUser, serviceUrl: string): Partial<Activity> {
  const step = user.step % 3;
  if (step === 0 || user.milestoneCard === undefined) return saveActivity(user, serviceUrl);
  if (step === 1) {
    const pressed = pressOn(user.milestoneCard, "Send til godkendelse", {});
    return cardActionInvoke(
      user,
      serviceUrl,
      pressed?.verb ?? MILESTONE_VERBS.submit,
      pressed?.data ?? MILESTONE,
    );
  }
  const manager = teamRoster(user.index)[1] ?? user.person;
  return cardActionInvoke(
    user,
    serviceUrl,
    APPROVAL_VERBS.approve,
    {
      teamId: user.teamId,
      ...MILESTONE,
      approvalVersion: String(user.approvalVersion),
      commentField: "comment",
      source: "card",
      actionId: randomUUID(),
    },
    manager,
  );
}

export const APPROVE_CYCLE: TurnType = {
  name: "approve-cycle",
  writes: true,
  description:
    "a cycle of three Action.Execute turns per team: `milestone.save` (a changed answer), `milestone.submit` (Send til godkendelse: posts the approval card) and `approval.approve` by the team's manager (one decision; the card updated for everyone)",
  prepare: openMilestoneCard,
  activity: approvalCycleActivity,
  accept(user, answer) {
    const step = user.step % 3;
    const card = answerCardOf(answer);
    const text = card === undefined ? "" : textsOf(card);
    const ok =
      step === 0
        ? text.includes(MILESTONE_TEXT.da.saved)
        : step === 1
          ? text.includes("Sendt til godkendelse hos")
          : text.includes("Godkendt af");
    if (!ok) return false;
    if (step < 2) user.milestoneCard = card;
    if (step >= 1) user.approvalVersion += 1;
    user.step += 1;
    return true;
  },
  probe(answer) {
    return savedCard(answer) === undefined ? ["the first step (a save) did not save"] : [];
  },
};

export const TURN_TYPES: readonly TurnType[] = [
  {
    name: "help",
    description: "`@Implementeringsguiden hjælp` in the channel: the help card",
    activity: (user, serviceUrl) => channelMessage(user, serviceUrl, "hjælp"),
    probe: (_answer, calls) => expectOneCardReplySaying(calls, "Det kan du skrive til mig"),
  },
  {
    name: "historik",
    description:
      "`@Implementeringsguiden historik` in the channel: the latest 15 of the team's 16 audit events",
    activity: (user, serviceUrl) => channelMessage(user, serviceUrl, "historik"),
    // A full card: more changes than the 15 it shows.
    setupSaves: 16,
    probe: (_answer, calls) => expectOneCardReplySaying(calls, "Seneste ændringer"),
  },
  {
    name: "status",
    description:
      "`@Implementeringsguiden status` in the channel: the team's status card (phase and month, charts, the next 30 days, figures per phase) from one query",
    activity: (user, serviceUrl) => channelMessage(user, serviceUrl, "status"),
    probe: (_answer, calls) => expectOneCardReplySaying(calls, "Status:"),
  },
  {
    name: "milepæle",
    description:
      "`@Implementeringsguiden milepæle` in the channel: the overview of the 16 milestones with their states, from one query",
    activity: (user, serviceUrl) => channelMessage(user, serviceUrl, "milepæle"),
    probe: (_answer, calls) => expectOneCardReplySaying(calls, "Milepæle:"),
  },
  SETUP_SAVE,
  SAVE_ANSWER,
  APPROVE_CYCLE,
];
