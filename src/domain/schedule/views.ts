import {
  firstDayOfMonth,
  isCalendarDate,
  isCalendarMonth,
  lastDayOfMonth,
  localDateAt,
  plusDays,
} from "./calendar";
import { SERIES, type Occurrence, type OverrideIdentity } from "./occurrence";
import { computePhaseDates } from "./phase-dates";
import { implementationPeriod } from "./progress";
import {
  anchoringWorkshopActivity,
  anchoringWorkshopRecord,
  supervisionActivity,
} from "./schedule";
import { occurrencesBetween, occurrencesOfSeries, type TeamSchedule } from "./team-schedule";

/**
 * The views a card shows, each from one `TeamSchedule` (see team-schedule.ts): a caller computes
 * the schedule once and passes it to all the views it needs.
 */

/** The status card's "next 30 days": today (in Copenhagen) and the `days` after it, every state. */
export function upcomingOccurrences(schedule: TeamSchedule, days = 30): Occurrence[] {
  const { today } = schedule;
  return occurrencesBetween(schedule, { from: today, to: plusDays(today, days) });
}

/**
 * What the team has not marked held although its day is over, looking back `lookbackDays` (a team
 * that sets the bot up a year into its implementation is not shown twelve unrecorded meetings).
 */
export function overdueOccurrences(schedule: TeamSchedule, lookbackDays = 92): Occurrence[] {
  const { today } = schedule;
  return occurrencesBetween(schedule, { from: plusDays(today, -lookbackDays), to: today }).filter(
    (occurrence) => occurrence.state === "overdue",
  );
}

/**
 * A month's occurrences (`YYYY-MM`, e.g. the nudge's month), every state; an activity that spans
 * months ("april-juni 2022") belongs to each of them.
 */
export function occurrencesInMonth(schedule: TeamSchedule, month: string): Occurrence[] {
  if (!isCalendarMonth(month)) throw new RangeError(`not a month: ${month}`);
  return occurrencesBetween(schedule, { from: firstDayOfMonth(month), to: lastDayOfMonth(month) });
}

/**
 * Held supervision sessions count toward "n af N" (SFT: of 20); a series without a count is
 * counted up to the schedule's horizon (a year ahead by default).
 */
export interface SupervisionProgress {
  held: number;
  /** The catalog's count; absent when it gives none. */
  total?: number;
  /** The next session that is neither held nor cancelled and has not passed. */
  next?: Occurrence;
}

export function supervisionProgress(schedule: TeamSchedule): SupervisionProgress {
  const sessions = occurrencesOfSeries(schedule, SERIES.supervision);
  const progress: SupervisionProgress = {
    held: sessions.filter((session) => session.state === "held").length,
  };
  const total = supervisionActivity(schedule.input.programme)?.count;
  if (total !== undefined) progress.total = total;
  const next = sessions.find((session) => session.state === "planned" || session.state === "moved");
  if (next !== undefined) progress.next = next;
  return progress;
}

/**
 * The anchoring workshop (SFT), which the team plans itself:
 * - not-in-programme: the programme has none;
 * - not-due-yet: the anchoring phase is more than `leadDays` away (or has no dates);
 * - not-planned: no date yet (or the planned one was cancelled) while the phase is near or running
 *   (`phaseStarted` says which); the nudge and the status card call it out;
 * - planned / not-held (its day is over, not marked held: overdue) / held.
 * `plan` is the override to write the team's date to (`movedTo`); its date is where the plan is
 * filed (the anchoring phase's start when first planned), and an existing plan keeps its own.
 */
export type AnchoringWorkshopSituation =
  | { status: "not-in-programme" }
  | { status: "not-due-yet"; phaseStart?: string; plan: OverrideIdentity }
  | { status: "not-planned"; phaseStart: string; phaseStarted: boolean; plan: OverrideIdentity }
  | { status: "planned" | "not-held" | "held"; occurrence: Occurrence; plan: OverrideIdentity };

export function anchoringWorkshopSituation(
  schedule: TeamSchedule,
  leadDays = 30,
): AnchoringWorkshopSituation {
  const { input, today } = schedule;
  const activity = anchoringWorkshopActivity(input.programme);
  if (activity === undefined) return { status: "not-in-programme" };
  const phaseStart = computePhaseDates(input.programme, input.startDate).find(
    (phase) => phase.phaseId === activity.phase,
  )?.start;
  const record = anchoringWorkshopRecord(input.overrides);
  const plan: OverrideIdentity = {
    activityKind: SERIES.anchoringWorkshop,
    date:
      record?.date ?? phaseStart ?? implementationPeriod(input.programme, input.startDate).start,
  };
  // The workshop is in the schedule whatever the horizon: it has only the date the team gave.
  const [occurrence] = occurrencesOfSeries(schedule, SERIES.anchoringWorkshop);
  if (occurrence !== undefined && occurrence.state !== "cancelled") {
    const status =
      occurrence.state === "held"
        ? "held"
        : occurrence.state === "overdue"
          ? "not-held"
          : "planned";
    return { status, occurrence, plan };
  }
  if (phaseStart === undefined || today < plusDays(phaseStart, -leadDays)) {
    return phaseStart === undefined
      ? { status: "not-due-yet", plan }
      : { status: "not-due-yet", phaseStart, plan };
  }
  return { status: "not-planned", phaseStart, phaseStarted: today >= phaseStart, plan };
}

/**
 * The occurrence a button names by its series and original date (`overrideIdentityOf`), wherever
 * a move has put it since; undefined when the team's schedule has no such occurrence (a forged or
 * outdated card, or a slot changed since the card was posted). The schedule must reach the date
 * (`horizonReaching`).
 */
export function findOccurrence(
  schedule: TeamSchedule,
  series: string,
  originalDate: string,
): Occurrence | undefined {
  if (!isCalendarDate(originalDate)) return undefined;
  if (originalDate > schedule.horizon) {
    throw new RangeError(`the schedule reaches ${schedule.horizon}, not ${originalDate}`);
  }
  return schedule.occurrences.find(
    (occurrence) => occurrence.series === series && occurrence.originalDate === originalDate,
  );
}

/**
 * "Udsæt en uge": the occurrence a week later at the same time, counted from its present date, or
 * from today when that has passed (an overdue meeting is put a week ahead, not still in the past).
 */
export function snoozedByAWeek(occurrence: Occurrence, now: Date): { date: string; time?: string } {
  const today = localDateAt(now);
  const date = plusDays(occurrence.date < today ? today : occurrence.date, 7);
  return occurrence.time === undefined ? { date } : { date, time: occurrence.time };
}
