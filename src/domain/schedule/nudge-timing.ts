import { DateTime } from "luxon";
import { TIME_ZONE } from "../dates";
import { firstDayOfMonth, isCalendarMonth, localInstant, plusDays } from "./calendar";
import { isWorkingDay } from "./holidays";

/** The monthly nudge goes out at 09:00 Copenhagen time unless configured otherwise. */
export const DEFAULT_NUDGE_HOUR = 9;

/** The first day of a month (`YYYY-MM`) that is a working day: not a weekend, not a holiday. */
export function firstWorkingDayOfMonth(month: string): string {
  if (!isCalendarMonth(month)) throw new RangeError(`not a month: ${month}`);
  let date = firstDayOfMonth(month);
  while (!isWorkingDay(date)) date = plusDays(date, 1);
  return date;
}

/** The instant the month's nudge is due: its first working day at `hour`:00 in Copenhagen. */
export function nudgeTimeOfMonth(month: string, hour = DEFAULT_NUDGE_HOUR): Date {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new RangeError(`not an hour of the day: ${hour}`);
  }
  return localInstant(firstWorkingDayOfMonth(month), `${String(hour).padStart(2, "0")}:00`);
}

/** The month (`YYYY-MM`) an instant belongs to in Copenhagen. */
export function monthAt(instant: Date): string {
  return DateTime.fromJSDate(instant).setZone(TIME_ZONE).toFormat("yyyy-MM");
}

export interface NudgeMonth {
  /** The month a run at `now` is for, `YYYY-MM`. */
  month: string;
  /** When that month's nudge is due. */
  sendAt: Date;
  /** True once `now` has reached `sendAt`: a run before it (e.g. on 1 January) sends nothing yet. */
  due: boolean;
}

/**
 * What a nudge run at `now` is about: the month `now` falls in, and whether its nudge is due. A run
 * later in the month (the bot was down on the first working day) finds the same month due, so a
 * missed nudge is caught up once, never once per missed day.
 */
export function nudgeMonthAt(now: Date, hour = DEFAULT_NUDGE_HOUR): NudgeMonth {
  const month = monthAt(now);
  const sendAt = nudgeTimeOfMonth(month, hour);
  return { month, sendAt, due: now.getTime() >= sendAt.getTime() };
}
