import { assertDateRange, isCalendarDate, localDateAt, overlapsRange, plusDays } from "./calendar";
import type { DateRange, Occurrence, ScheduleInput } from "./occurrence";
import { scheduleUpTo } from "./schedule";

/**
 * How far ahead a team's schedule is computed unless a caller asks otherwise: the supervision
 * count's "next session" looks a year ahead, and every other view (this month, the next 30 days,
 * what is overdue) lies within that.
 */
export const SCHEDULE_DAYS_AHEAD = 366;

/**
 * A team's schedule at one instant, computed once and handed to every view (the nudge, the status
 * card, the plan and the buttons each need several): building it is most of a view's cost.
 */
export interface TeamSchedule {
  readonly input: ScheduleInput;
  readonly now: Date;
  /** The local date in Copenhagen at `now`. */
  readonly today: string;
  /** The last local date covered: no view may ask about a later one. */
  readonly horizon: string;
  /** Every occurrence up to the horizon (a counted series in full), sorted by start. */
  readonly occurrences: readonly Occurrence[];
}

/** The schedule up to `horizon` (`YYYY-MM-DD`; default `SCHEDULE_DAYS_AHEAD` after today). */
export function teamSchedule(input: ScheduleInput, now: Date, horizon?: string): TeamSchedule {
  const today = localDateAt(now);
  const until = horizon ?? plusDays(today, SCHEDULE_DAYS_AHEAD);
  return { input, now, today, horizon: until, occurrences: scheduleUpTo(input, until, now) };
}

/**
 * The default horizon at `now`, or `date` when that is a later date: a button names an occurrence
 * by its original date, which `findOccurrence` needs the schedule to reach.
 */
export function horizonReaching(now: Date, date: string): string {
  const horizon = plusDays(localDateAt(now), SCHEDULE_DAYS_AHEAD);
  return isCalendarDate(date) && date > horizon ? date : horizon;
}

/**
 * The occurrences whose days overlap a range of local dates, sorted by start. The range must end
 * by the schedule's horizon: a later occurrence may be missing from it.
 */
export function occurrencesBetween(schedule: TeamSchedule, range: DateRange): Occurrence[] {
  assertDateRange(range);
  if (range.to > schedule.horizon) {
    throw new RangeError(`the schedule reaches ${schedule.horizon}, not ${range.to}`);
  }
  return schedule.occurrences.filter((occurrence) => overlapsRange(occurrence, range));
}

/** One series' occurrences up to the horizon (a counted series in full), sorted by start. */
export function occurrencesOfSeries(schedule: TeamSchedule, series: string): Occurrence[] {
  return schedule.occurrences.filter((occurrence) => occurrence.series === series);
}
