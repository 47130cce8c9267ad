import type { MeetingSlot, WeekOfMonth } from "../team/profile";
import {
  firstDayOfMonth,
  lastDayOfMonth,
  monthOfDate,
  nextMonth,
  plusDays,
  weekdayOf,
} from "./calendar";

/**
 * The local dates of a meeting slot, in order, from `from` on (inclusive), while `keepGoing` says so.
 * Luxon-based calendar arithmetic: "2. tirsdag" and "sidste torsdag" are a few lines on local dates,
 * and the time zone only enters when a date and time become an instant (`localInstant`).
 */
export function* slotDates(slot: MeetingSlot, from: string): Generator<string> {
  if (slot.cadence === "none") return;
  if (slot.cadence === "weekly") {
    let date = plusDays(from, (slot.weekday - weekdayOf(from) + 7) % 7);
    for (;;) {
      yield date;
      date = plusDays(date, 7);
    }
  }
  let month = monthOfDate(from);
  for (;;) {
    const date = nthWeekdayOfMonth(month, slot.week, slot.weekday);
    if (date >= from) yield date;
    month = nextMonth(month);
  }
}

/** "2. tirsdag" or "sidste torsdag" of a month (`YYYY-MM`). Weeks 1-4 exist in every month. */
export function nthWeekdayOfMonth(month: string, week: WeekOfMonth, weekday: number): string {
  if (week === "last") {
    const last = lastDayOfMonth(month);
    return plusDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = firstDayOfMonth(month);
  return plusDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (week - 1) * 7);
}
