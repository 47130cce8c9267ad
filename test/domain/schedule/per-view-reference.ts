import {
  SERIES,
  computeSchedule,
  type AnchoringWorkshopSituation,
  type Occurrence,
  type OverrideIdentity,
  type ScheduleInput,
  type SupervisionProgress,
} from "../../../src/domain/schedule";
import {
  firstDayOfMonth,
  isCalendarDate,
  isCalendarMonth,
  lastDayOfMonth,
  localDateAt,
  plusDays,
} from "../../../src/domain/schedule/calendar";
import { computePhaseDates } from "../../../src/domain/schedule/phase-dates";
import { implementationPeriod } from "../../../src/domain/schedule/progress";
import {
  anchoringWorkshopActivity,
  anchoringWorkshopRecord,
  scheduleUpTo,
  supervisionActivity,
} from "../../../src/domain/schedule/schedule";

/**
 * The views as they were before the schedule was computed once per team (`teamSchedule`): each
 * builds the schedule again, up to the horizon it needs itself. Kept for the property test that
 * holds the views on one shared schedule equal to these.
 */

export function seriesOccurrences(
  input: ScheduleInput,
  series: string,
  horizon: string,
  now: Date,
): Occurrence[] {
  return scheduleUpTo(input, horizon, now).filter((occurrence) => occurrence.series === series);
}

/** The status card's "next 30 days": today (in Copenhagen) and the `days` after it, every state. */
export function upcomingOccurrences(input: ScheduleInput, now: Date, days = 30): Occurrence[] {
  const today = localDateAt(now);
  return computeSchedule(input, { from: today, to: plusDays(today, days) }, now);
}

/**
 * What the team has not marked held although its day is over, looking back `lookbackDays` (a team
 * that sets the bot up a year into its implementation is not shown twelve unrecorded meetings).
 */
export function overdueOccurrences(
  input: ScheduleInput,
  now: Date,
  lookbackDays = 92,
): Occurrence[] {
  const today = localDateAt(now);
  return computeSchedule(input, { from: plusDays(today, -lookbackDays), to: today }, now).filter(
    (occurrence) => occurrence.state === "overdue",
  );
}

/**
 * A month's occurrences (`YYYY-MM`, e.g. the nudge's month), every state; an activity that spans
 * months ("april-juni 2022") belongs to each of them.
 */
export function occurrencesInMonth(input: ScheduleInput, month: string, now: Date): Occurrence[] {
  if (!isCalendarMonth(month)) throw new RangeError(`not a month: ${month}`);
  return computeSchedule(input, { from: firstDayOfMonth(month), to: lastDayOfMonth(month) }, now);
}

export function supervisionProgress(input: ScheduleInput, now: Date): SupervisionProgress {
  const today = localDateAt(now);
  const sessions = seriesOccurrences(input, SERIES.supervision, plusDays(today, 366), now);
  const progress: SupervisionProgress = {
    held: sessions.filter((session) => session.state === "held").length,
  };
  const total = supervisionActivity(input.programme)?.count;
  if (total !== undefined) progress.total = total;
  const next = sessions.find((session) => session.state === "planned" || session.state === "moved");
  if (next !== undefined) progress.next = next;
  return progress;
}

export function anchoringWorkshopSituation(
  input: ScheduleInput,
  now: Date,
  leadDays = 30,
): AnchoringWorkshopSituation {
  const activity = anchoringWorkshopActivity(input.programme);
  if (activity === undefined) return { status: "not-in-programme" };
  const today = localDateAt(now);
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
  const [occurrence] = seriesOccurrences(input, SERIES.anchoringWorkshop, today, now);
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
 * outdated card, or a slot changed since the card was posted).
 */
export function findOccurrence(
  input: ScheduleInput,
  series: string,
  originalDate: string,
  now: Date,
): Occurrence | undefined {
  if (!isCalendarDate(originalDate)) return undefined;
  return seriesOccurrences(input, series, originalDate, now).find(
    (occurrence) => occurrence.originalDate === originalDate,
  );
}
