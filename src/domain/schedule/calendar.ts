import { DateTime } from "luxon";
import { isoDateParts, TIME_ZONE, todayInCopenhagen } from "../dates";

/**
 * Calendar arithmetic on local dates (`YYYY-MM-DD`), with plain UTC dates: a day is always a day,
 * and it is fast enough to walk a weekly slot over years. Only `localInstant` and `localDateAt` deal
 * with the Copenhagen time zone (through luxon).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Year, month (1-12) and day of a date; throws on text that is not one. */
function parts(date: string): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (match === null) throw new RangeError(`not a date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function utc(date: string): Date {
  const [year, month, day] = parts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** As `toISOString().slice(0, 10)` for years 0-9999, in a fraction of its time (a sweep calls it a lot). */
function text(value: Date): string {
  const year = value.getUTCFullYear();
  const month = value.getUTCMonth() + 1;
  const day = value.getUTCDate();
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, "0");
  return `${yyyy}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isCalendarDate(value: string): boolean {
  return isoDateParts(value) !== undefined;
}

/** Throws unless `range` runs from a date to the same or a later one. */
export function assertDateRange(range: { from: string; to: string }): void {
  if (!isCalendarDate(range.from) || !isCalendarDate(range.to) || range.from > range.to) {
    throw new RangeError(`not a range of dates: ${range.from} to ${range.to}`);
  }
}

/** Whether something on `date` (to `endDate`, if it lasts days) falls in `range`. */
export function overlapsRange(
  days: { date: string; endDate?: string },
  range: { from: string; to: string },
): boolean {
  return days.date <= range.to && (days.endDate ?? days.date) >= range.from;
}

export function isCalendarMonth(value: string): boolean {
  return ISO_MONTH.test(value);
}

export function isTimeOfDay(value: string): boolean {
  return TIME.test(value);
}

export function plusDays(date: string, days: number): string {
  return text(new Date(utc(date).getTime() + days * DAY_MS));
}

/** As the phase dates count (and luxon): 31 January + 1 month = 28/29 February. */
export function plusMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
  target.setUTCDate(Math.min(day, lastDay));
  return text(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / DAY_MS);
}

/** Whole months from `from` to `to` (`from` ≤ `to`), counted as `plusMonths` counts them. */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth] = parts(from);
  const [toYear, toMonth] = parts(to);
  let months = Math.max(0, (toYear - fromYear) * 12 + (toMonth - fromMonth) - 1);
  while (plusMonths(from, months + 1) <= to) months += 1;
  return months;
}

/** ISO weekday, 1 = Monday. */
export function weekdayOf(date: string): number {
  return utc(date).getUTCDay() || 7;
}

/** The ISO week of a date, e.g. "2027-W10". */
export function isoWeekOf(date: string): string {
  // The ISO week is the one its Thursday falls in.
  const thursday = plusDays(date, 4 - weekdayOf(date));
  const firstThursdayOfYear = plusDays(
    `${thursday.slice(0, 4)}-01-04`,
    4 - weekdayOf(`${thursday.slice(0, 4)}-01-04`),
  );
  const week = daysBetween(firstThursdayOfYear, thursday) / 7 + 1;
  return `${thursday.slice(0, 4)}-W${String(week).padStart(2, "0")}`;
}

/** `YYYY-MM` of a date. */
export function monthOfDate(date: string): string {
  return date.slice(0, 7);
}

export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = parts(`${month}-01`);
  return `${month}-${String(daysInMonth(year, monthNumber)).padStart(2, "0")}`;
}

export function nextMonth(month: string): string {
  return monthOfDate(plusMonths(`${month}-01`, 1));
}

export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}

export function earlierOf(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The local date in Copenhagen at an instant. */
export function localDateAt(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  return todayInCopenhagen(instant);
}

/**
 * Local date and time → epoch ms. Luxon computes Copenhagen's offset through Intl for every
 * conversion, and a sweep converts the same few hundred meeting dates for every team (about 5 %
 * of its CPU before this cache). Bounded: cleared when full.
 */
const instants = new Map<string, number>();
const MAX_CACHED_INSTANTS = 20_000;

/**
 * The instant of a local date and time in Copenhagen. A time that does not exist (02:30 on the last
 * Sunday of March) moves an hour forward, and one that occurs twice (02:30 on the last Sunday of
 * October) is the first of the two: luxon's rules, documented here because meetings never sit there.
 */
export function localInstant(date: string, time = "00:00"): Date {
  const key = `${date}T${time}`;
  let epochMs = instants.get(key);
  if (epochMs === undefined) {
    const [hour, minute] = time.split(":").map(Number);
    const local = DateTime.fromISO(date, { zone: TIME_ZONE }).set({ hour, minute });
    if (!local.isValid) throw new RangeError(`not a local date and time: ${date} ${time}`);
    epochMs = local.toMillis();
    if (instants.size >= MAX_CACHED_INSTANTS) instants.clear();
    instants.set(key, epochMs);
  }
  // A new Date each time: callers may change theirs.
  return new Date(epochMs);
}
