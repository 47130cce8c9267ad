import Holidays from "date-holidays";
import type { LocalizedText } from "../i18n";
import { TIME_ZONE } from "../dates";
import { isCalendarDate, weekdayOf } from "./calendar";

/**
 * Danish holidays, from `date-holidays` (maintained data, e.g. it knows Store Bededag ended in 2024).
 *
 * - "public-holiday": the library's type `public` (helligdage: nytårsdag, skærtorsdag, langfredag,
 *   påskedag, 2. påskedag, Kristi himmelfartsdag, pinsedag, 2. pinsedag, 1. og 2. juledag, and
 *   store bededag until 2023).
 * - "day-off": not public holidays, but most municipal staff are off: grundlovsdag (5 June),
 *   juleaftensdag (24 December) and nytårsaftensdag (31 December, which the library does not list,
 *   so it is added here). They are flagged apart so a card can say "most people are off".
 * Other observances (fastelavn, 1. maj, mors dag) are not flagged: they are working days for most.
 */
export type DanishHolidayKind = "public-holiday" | "day-off";

export interface DanishHoliday {
  /** `YYYY-MM-DD`. */
  date: string;
  kind: DanishHolidayKind;
  name: LocalizedText;
}

/** The library's rules for the observances that are days off for most. */
const DAY_OFF_RULES = new Set(["06-05", "12-24", "12-31"]);

let calendar: Holidays | undefined;
const byYear = new Map<number, ReadonlyMap<string, DanishHoliday>>();

function danishCalendar(): Holidays {
  if (calendar === undefined) {
    calendar = new Holidays("DK", { timezone: TIME_ZONE });
    calendar.setHoliday("12-31", {
      name: { da: "Nytårsaftensdag", en: "New Year's Eve" },
      type: "observance",
    });
  }
  return calendar;
}

function kindOf(type: string, rule: string): DanishHolidayKind | undefined {
  if (type === "public") return "public-holiday";
  if (type === "observance" && DAY_OFF_RULES.has(rule)) return "day-off";
  return undefined;
}

function holidaysOfYear(year: number): ReadonlyMap<string, DanishHoliday> {
  const cached = byYear.get(year);
  if (cached) return cached;
  const english = new Map(
    danishCalendar()
      .getHolidays(year, "en")
      .map((holiday) => [`${holiday.date}|${holiday.rule}`, holiday.name]),
  );
  const found = new Map<string, DanishHoliday>();
  for (const holiday of danishCalendar().getHolidays(year, "da")) {
    const kind = kindOf(holiday.type, holiday.rule);
    // The library's `date` is local: "2027-03-29 00:00:00".
    const date = holiday.date.slice(0, 10);
    if (kind === undefined || found.has(date)) continue;
    const en = english.get(`${holiday.date}|${holiday.rule}`) ?? holiday.name;
    found.set(date, { date, kind, name: { da: holiday.name, en } });
  }
  byYear.set(year, found);
  return found;
}

/** The holiday on a local date (`YYYY-MM-DD`), if any. */
export function danishHolidayOn(date: string): DanishHoliday | undefined {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year)) return undefined;
  return holidaysOfYear(year).get(date);
}

/** Monday to Friday and neither a public holiday nor a day off for most (see above). */
export function isWorkingDay(date: string): boolean {
  if (!isCalendarDate(date) || weekdayOf(date) > 5) return false;
  return danishHolidayOn(date) === undefined;
}
