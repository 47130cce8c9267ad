import type { BotRouter } from "../../bot/router";
import type { CardActionResponse, CardActionTurn, Person } from "../../bot/turn";
import type { Clock } from "../../clock";
import { getProgramme, type Programme } from "../../domain/catalog";
import { addMonths, todayInCopenhagen } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import {
  SERIES,
  anchoringWorkshopSituation,
  findOccurrence,
  horizonReaching,
  snoozedByAWeek,
  teamSchedule,
  type Occurrence,
  type OccurrenceOverride,
  type OverrideIdentity,
  type ScheduleInput,
  type TeamSchedule,
} from "../../domain/schedule";
import { isCalendarDate, isTimeOfDay } from "../../domain/schedule/calendar";
import { cleanFreeText } from "../../domain/text/free-text";
import type { PersonRef, TeamProfile } from "../../domain/team/profile";
import type { Logger } from "../../logger";
import { randomUUID } from "node:crypto";
import { isCardActionId, isDate, isMonth } from "../../store/document-ids";
import {
  CommitOutcomeUnknownError,
  ConcurrentChangeError,
  StoreUnavailableError,
} from "../../store/errors";
import type { OverrideChange } from "../../store/schedule-override-repository";
import { renderNudgeCard, type NudgeCardOptions } from "./nudge-card";
import { isTeamSeries, nudgeContent } from "./nudge-content";
import type { NudgeStore } from "./nudge-store";
import { NUDGE_TEXT, formatWhen, occurrenceInSentence } from "./texts";
import { NUDGE_VERBS } from "./verbs";

/**
 * The nudge card's buttons: Markér som holdt, Flyt (a new date), Udsæt en uge. Whoever presses
 * one must be a member of the team, checked against Teams on the server whatever the card showed;
 * the change is written once per person and click with its audit entry (schedule-override-
 * repository.ts); then the card is drawn again and replaced for everyone.
 */

export interface ButtonDeps {
  store: NudgeStore;
  clock: Clock;
  logger: Logger;
}

type ButtonKind = "markHeld" | "move" | "snooze";

const ACTIONS: Record<ButtonKind, string> = {
  markHeld: "schedule.markedHeld",
  move: "schedule.moved",
  snooze: "schedule.snoozed",
};

export function registerNudgeButtons(router: BotRouter, deps: ButtonDeps): void {
  router.cardAction(NUDGE_VERBS.markHeld, (turn) => pressButton(turn, deps, "markHeld"));
  router.cardAction(NUDGE_VERBS.move, (turn) => pressButton(turn, deps, "move"));
  router.cardAction(NUDGE_VERBS.snooze, (turn) => pressButton(turn, deps, "snooze"));
}

/** What a button sent, checked: nothing else of the card's data is trusted. */
interface Pressed {
  actionId: string;
  month: string;
  asOf: Date;
  identity: OverrideIdentity;
  /** "Flyt": what the person chose, as they sent it. */
  move?: { date: string; time: string };
}

const INPUT_ID = /^move(Date|Time)\d{1,3}$/;

function readPressed(data: Record<string, unknown>, kind: ButtonKind): Pressed | undefined {
  const { actionId, month, asOf, series, originalDate, dateInput, timeInput } = data;
  if (!isCardActionId(actionId)) return undefined;
  if (typeof month !== "string" || !isMonth(month)) return undefined;
  if (typeof series !== "string" || !isTeamSeries(series)) return undefined;
  if (typeof originalDate !== "string" || !isDate(originalDate)) return undefined;
  const cardTime = typeof asOf === "string" ? new Date(asOf) : new Date(Number.NaN);
  const pressed: Pressed = {
    actionId,
    month,
    asOf: Number.isNaN(cardTime.getTime()) ? new Date(0) : cardTime,
    identity: { activityKind: series, date: originalDate },
  };
  if (kind !== "move") return pressed;
  if (typeof dateInput !== "string" || !INPUT_ID.test(dateInput)) return undefined;
  if (typeof timeInput !== "string" || !INPUT_ID.test(timeInput)) return undefined;
  const own = (key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
  pressed.move = { date: typedValue(own(dateInput)), time: typedValue(own(timeInput)) };
  return pressed;
}

const TYPED_MAX = 20;

/**
 * A date or time field's value as it may be read and shown again: through `cleanFreeText` like
 * every typed text, so a CPR number, control or bidi characters never come back in the card.
 */
function typedValue(value: unknown): string {
  if (typeof value !== "string") return "";
  const cleaned = cleanFreeText(value, { multiline: false, minLength: 0, maxLength: TYPED_MAX });
  const shown = cleaned.ok ? cleaned.value : cleaned.safeToShow;
  return [...shown].slice(0, TYPED_MAX).join("");
}

interface Team {
  teamId: string;
  profile: TeamProfile;
  programme: Programme;
  language: Language;
}

async function pressButton(
  turn: CardActionTurn,
  deps: ButtonDeps,
  kind: ButtonKind,
): Promise<CardActionResponse> {
  const teamId = turn.conversation.teamId;
  if (turn.conversation.kind !== "channel" || teamId === undefined) {
    return { message: NUDGE_TEXT[turn.language].onlyInTeam };
  }
  const pressed = readPressed(turn.data, kind);
  if (pressed === undefined) return { message: NUDGE_TEXT[turn.language].invalidCard };
  let profile: TeamProfile | null;
  try {
    profile = await deps.store.getProfile(teamId);
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      return { message: NUDGE_TEXT[turn.language].storeDown };
    }
    throw error;
  }
  const programme = profile === null ? undefined : getProgramme(profile.programmeId);
  if (profile === null || programme === undefined) {
    return { message: NUDGE_TEXT[turn.language].notSetUp };
  }
  const team: Team = { teamId, profile, programme, language: profile.language };
  const text = NUDGE_TEXT[team.language];

  const member = await isTeamMember(turn, deps.logger);
  if (member === "unknown") return { message: text.membersUnavailable };
  if (!member) return { message: text.onlyMembers };

  try {
    return await apply(turn, deps, team, pressed, kind);
  } catch (error) {
    if (error instanceof CommitOutcomeUnknownError) return { message: text.outcomeUnknown };
    if (error instanceof StoreUnavailableError || error instanceof ConcurrentChangeError) {
      return { message: text.storeDown };
    }
    throw error;
  }
}

/** Checked against Teams' member list (never the card), by Teams id or Entra object id. */
async function isTeamMember(turn: CardActionTurn, logger: Logger): Promise<boolean | "unknown"> {
  let members: Person[];
  try {
    members = await turn.listMembers();
  } catch (error) {
    logger.warn({ err: error, event: "nudge.membersUnavailable" }, "member look-up failed");
    return "unknown";
  }
  const { id, aadObjectId } = turn.user;
  return members.some(
    (member) =>
      member.id === id || (aadObjectId !== undefined && member.aadObjectId === aadObjectId),
  );
}

async function apply(
  turn: CardActionTurn,
  deps: ButtonDeps,
  team: Team,
  pressed: Pressed,
  kind: ButtonKind,
): Promise<CardActionResponse> {
  const text = NUDGE_TEXT[team.language];
  const now = deps.clock.now();
  const overrides = await deps.store.listOverrides(team.teamId);
  const input: ScheduleInput = {
    programme: team.programme,
    startDate: team.profile.startDate,
    slots: team.profile.slots,
    overrides,
  };
  const { activityKind, date } = pressed.identity;
  const schedule = teamSchedule(input, now, horizonReaching(now, date));
  const occurrence = findOccurrence(schedule, activityKind, date);
  const redraw = (options: Omit<NudgeCardOptions, "actionId">, latest = overrides) =>
    redrawCard(deps, team, pressed, latest, options);

  if (occurrence === undefined && !isAnchoringPlan(schedule, pressed, kind)) {
    return { message: text.unknownOccurrence };
  }
  if (occurrence !== undefined && !occurrence.recordedByTeam) {
    return { message: text.notRecordable };
  }

  const change = changeOf(kind, pressed, occurrence, now);
  if ("problem" in change) {
    const keptMove = pressed.move && {
      series: pressed.identity.activityKind,
      originalDate: pressed.identity.date,
      ...pressed.move,
    };
    return {
      card: await redraw({ notice: { text: change.problem(text), tone: "attention" }, keptMove }),
    };
  }
  const person: PersonRef = {
    id: turn.user.id,
    ...(turn.user.aadObjectId ? { aadObjectId: turn.user.aadObjectId } : {}),
    name: turn.user.name,
  };
  const saved = await deps.store.recordOverride(
    team.teamId,
    pressed.identity,
    change.change,
    person,
    { actionId: pressed.actionId, verb: NUDGE_VERBS[kind] },
    ACTIONS[kind],
  );
  deps.logger.info(
    { event: "nudge.button", verb: NUDGE_VERBS[kind], alreadyApplied: saved.alreadyApplied },
    "nudge button applied",
  );
  const latest = withOverride(overrides, saved.override);
  const notice = saved.alreadyApplied
    ? text.alreadyDone
    : confirmation(team.language, kind, person.name, occurrence, change.change, team.programme);
  const card = await redraw({ notice: { text: notice, tone: "good" } }, latest);
  if (turn.cardActivityId !== undefined) {
    // Everyone else sees the card as it was until the message itself is replaced.
    await turn
      .updateCard(turn.cardActivityId, card)
      .catch((error: unknown) =>
        deps.logger.warn({ err: error, event: "nudge.cardNotUpdated" }, "could not update"),
      );
  }
  return { card };
}

/** "Planlæg" on the anchoring workshop before it has a date: the plan the schedule names. */
function isAnchoringPlan(schedule: TeamSchedule, pressed: Pressed, kind: ButtonKind): boolean {
  if (kind !== "move" || pressed.identity.activityKind !== SERIES.anchoringWorkshop) return false;
  const situation = anchoringWorkshopSituation(schedule);
  if (situation.status === "not-in-programme") return false;
  const { plan } = situation;
  return plan.activityKind === pressed.identity.activityKind && plan.date === pressed.identity.date;
}

type ChangeOrProblem =
  { change: OverrideChange } | { problem: (text: (typeof NUDGE_TEXT)[Language]) => string };

function changeOf(
  kind: ButtonKind,
  pressed: Pressed,
  occurrence: Occurrence | undefined,
  now: Date,
): ChangeOrProblem {
  if (kind === "markHeld") return { change: { held: true } };
  if (kind === "snooze") {
    if (occurrence === undefined) return { problem: (text) => text.unknownOccurrence };
    return { change: { movedTo: snoozedByAWeek(occurrence, now) } };
  }
  const move = pressed.move ?? { date: "", time: "" };
  if (move.date === "" || !isCalendarDate(move.date)) return { problem: (text) => text.chooseDate };
  const today = todayInCopenhagen(now);
  if (move.date < today || move.date > addMonths(today, 24)) {
    return { problem: (text) => text.dateOutOfRange };
  }
  // Input.Time may add seconds ("10:00:00"); an empty time keeps the occurrence's own.
  const time = move.time === "" ? occurrence?.time : move.time.slice(0, 5);
  if (time !== undefined && !isTimeOfDay(time)) return { problem: (text) => text.timeInvalid };
  return {
    change: { movedTo: time === undefined ? { date: move.date } : { date: move.date, time } },
  };
}

function confirmation(
  language: Language,
  kind: ButtonKind,
  who: string,
  occurrence: Occurrence | undefined,
  change: OverrideChange,
  programme: Programme,
): string {
  const text = NUDGE_TEXT[language];
  const what =
    occurrence !== undefined
      ? occurrenceInSentence(occurrence, language)
      : (
          programme.activities.find((a) => a.kind === "anchoring-workshop")?.name[language] ??
          text.anchoring
        ).toLowerCase();
  const to = change.movedTo ? formatWhen(change.movedTo.date, change.movedTo.time, language) : "";
  if (kind === "markHeld") return text.confirmedHeld(who, what);
  if (kind === "snooze") return text.confirmedSnoozed(who, what, to);
  if (occurrence === undefined) return text.confirmedPlanned(who, what, to);
  return text.confirmedMoved(who, what, to);
}

function withOverride(
  overrides: readonly OccurrenceOverride[],
  saved: OccurrenceOverride,
): OccurrenceOverride[] {
  const same = (o: OccurrenceOverride) =>
    o.activityKind === saved.activityKind && o.date === saved.date;
  return [...overrides.filter((o) => !same(o)), saved];
}

/**
 * The month's card again, as of the card's own time or later: a card posted with `--now` in the
 * future (local mode) is not redrawn as of an earlier day.
 */
async function redrawCard(
  deps: ButtonDeps,
  team: Team,
  pressed: Pressed,
  overrides: readonly OccurrenceOverride[],
  options: Omit<NudgeCardOptions, "actionId">,
) {
  const now = deps.clock.now();
  const asOf = pressed.asOf.getTime() > now.getTime() ? pressed.asOf : now;
  const milestones = await deps.store.milestones({
    teamId: team.teamId,
    profile: team.profile,
    programme: team.programme,
    on: todayInCopenhagen(asOf),
  });
  const content = nudgeContent({
    profile: team.profile,
    programme: team.programme,
    overrides,
    milestones,
    month: pressed.month,
    now: asOf,
  });
  return renderNudgeCard(content, { ...options, actionId: randomUUID() });
}
