import { randomUUID } from "node:crypto";
import type { Activity } from "botbuilder";
import { SETUP_VERBS } from "../../src/features/setup/verbs";
import { SETUP_TEXT } from "../../src/features/setup/setup-texts";
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
  SETUP_SAVE,
  // TODO(lead): status, milepæle (messages), save-answer and approve (invokes) once they land.
];
