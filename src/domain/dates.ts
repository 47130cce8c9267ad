import { DateTime } from "luxon";
import type { Language } from "./i18n";

/** Everything the bot says about time is in Danish local time. */
export const TIME_ZONE = "Europe/Copenhagen";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** How Danes type a date: 1.2.2027, 01-02-2027, 1/2/2027 (day first). */
const DANISH_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** Parses ISO (from a date picker) or a typed Danish date into `YYYY-MM-DD`, or undefined. */
export function parseCalendarDate(text: string): string | undefined {
  const trimmed = text.trim();
  let year: number, month: number, day: number;
  const iso = ISO_DATE.exec(trimmed);
  const danish = DANISH_DATE.exec(trimmed);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (danish) [day, month, year] = [Number(danish[1]), Number(danish[2]), Number(danish[3])];
  else return undefined;
  const date = DateTime.fromObject({ year, month, day }, { zone: TIME_ZONE });
  return date.isValid ? (date.toISODate() ?? undefined) : undefined;
}

/** "1. februar 2027" / "1 February 2027". */
export function formatLongDate(isoDate: string, language: Language): string {
  const date = calendarDateParts(isoDate);
  if (date === undefined) return luxonDate(isoDate, language, LONG_DATE[language]);
  const month = monthName(date.month, language);
  return language === "da"
    ? `${date.day}. ${month} ${date.year}`
    : `${date.day} ${month} ${date.year}`;
}

/**
 * "mandag den 1. februar 2027" / "Monday 1 February 2027". Card text is Markdown, where a line
 * starting "1. " becomes a numbered list, so text that may open a line starts with a word.
 */
export function formatDayAndDate(isoDate: string, language: Language): string {
  const date = calendarDateParts(isoDate);
  if (date === undefined) return luxonDate(isoDate, language, DAY_AND_DATE[language]);
  const weekday = weekdayName(date, language);
  const month = monthName(date.month, language);
  return language === "da"
    ? `${weekday} den ${date.day}. ${month} ${date.year}`
    : `${weekday} ${date.day} ${month} ${date.year}`;
}

/** "fra 1. februar 2027 til 31. juli 2027" / "from 1 February 2027 to 31 July 2027". */
export function formatPeriod(startIso: string, endIso: string, language: Language): string {
  const start = formatLongDate(startIso, language);
  const end = formatLongDate(endIso, language);
  return language === "da" ? `Fra ${start} til ${end}` : `From ${start} to ${end}`;
}

/** "februar 2027" / "February 2027". */
export function formatMonth(isoDate: string, language: Language): string {
  const date = calendarDateParts(isoDate.length === 7 ? `${isoDate}-01` : isoDate);
  if (date === undefined) return luxonDate(isoDate, language, "MMMM yyyy");
  return `${monthName(date.month, language)} ${date.year}`;
}

const LONG_DATE: Record<Language, string> = { da: "d. MMMM yyyy", en: "d MMMM yyyy" };
const DAY_AND_DATE: Record<Language, string> = {
  da: "cccc 'den' d. MMMM yyyy",
  en: "cccc d MMMM yyyy",
};

/** What these formatters did for every date before: now only for text that is not a plain date. */
function luxonDate(isoDate: string, language: Language, format: string): string {
  return DateTime.fromISO(isoDate, { zone: TIME_ZONE })
    .setLocale(language === "da" ? "da" : "en-GB")
    .toFormat(format);
}

/** Year, month (1-12) and day of a real date written `YYYY-MM-DD`, else undefined. */
export function isoDateParts(
  isoDate: string,
): { year: number; month: number; day: number } | undefined {
  const match = ISO_DATE.exec(isoDate);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > lastDay) return undefined;
  return { year, month, day };
}

/** As `isoDateParts`, for years 1000-9999 (others are left to luxon's rules). */
function calendarDateParts(
  isoDate: string,
): { year: number; month: number; day: number } | undefined {
  const date = isoDateParts(isoDate);
  return date !== undefined && date.year >= 1000 ? date : undefined;
}

/** Year, month, day, hour and minute of an instant on Copenhagen's wall clock. */
interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * One formatter for Copenhagen, made once: luxon looks the zone's offset up through Intl and
 * parses its format string on every call, which showed in the profile of saving an answer.
 */
const COPENHAGEN_CLOCK = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
});

/**
 * A stored instant (`toISOString()`, as every document keeps them) is read by `Date`, checked by
 * writing it back (`Date` would roll 30 February over to March, where luxon refuses it); any other
 * text is left to luxon.
 */
function instantOf(instant: Date | string): Date {
  if (typeof instant !== "string") return instant;
  const date = new Date(instant);
  if (!Number.isNaN(date.getTime()) && date.toISOString() === instant) return date;
  return DateTime.fromISO(instant).toJSDate();
}

/** What `COPENHAGEN_CLOCK` writes: "3/1/2027, 10:15" (month/day/year; `format` is 3× `formatToParts`). */
const CLOCK_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2})$/;

/** Undefined for an invalid instant, or a year outside 1000-9999 (left to luxon's rules). */
function copenhagenParts(instant: Date): LocalParts | undefined {
  if (Number.isNaN(instant.getTime())) return undefined;
  const match = CLOCK_TEXT.exec(COPENHAGEN_CLOCK.format(instant));
  if (match === null) return undefined;
  const [month, day, year, hour, minute] = match.slice(1).map(Number);
  if (
    month === undefined ||
    day === undefined ||
    year === undefined ||
    hour === undefined ||
    minute === undefined ||
    year < 1000
  ) {
    return undefined;
  }
  return { year, month, day, hour, minute };
}

const MONTH_NAMES = new Map<Language, readonly string[]>(
  (["da", "en"] as const).map((language) => [
    language,
    Array.from({ length: 12 }, (_, index) =>
      DateTime.utc(2020, index + 1, 15)
        .setLocale(language === "da" ? "da" : "en-GB")
        .toFormat("MMMM"),
    ),
  ]),
);

function monthName(month: number, language: Language): string {
  return MONTH_NAMES.get(language)?.[month - 1] ?? "";
}

/** Monday first, as luxon's `cccc` names them in each language. */
const WEEKDAY_NAMES = new Map<Language, readonly string[]>(
  (["da", "en"] as const).map((language) => [
    language,
    Array.from({ length: 7 }, (_, index) =>
      // 6 January 2020 was a Monday.
      DateTime.utc(2020, 1, 6 + index)
        .setLocale(language === "da" ? "da" : "en-GB")
        .toFormat("cccc"),
    ),
  ]),
);

function weekdayName(
  date: { year: number; month: number; day: number },
  language: Language,
): string {
  const sundayFirst = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return WEEKDAY_NAMES.get(language)?.[(sundayFirst + 6) % 7] ?? "";
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** "23.11.2026 kl. 10.15" / "23/11/2026 10:15", in Copenhagen time. */
export function formatDateTime(instant: Date | string, language: Language): string {
  const local = copenhagenParts(instantOf(instant));
  if (local === undefined) return luxonDateTime(instant, language);
  const { year, month, day } = local;
  const hour = twoDigits(local.hour);
  const minute = twoDigits(local.minute);
  return language === "da"
    ? `${day}.${month}.${year} kl. ${hour}.${minute}`
    : `${day}/${month}/${year} ${hour}:${minute}`;
}

function luxonDateTime(instant: Date | string, language: Language): string {
  const date = (
    typeof instant === "string" ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant)
  ).setZone(TIME_ZONE);
  return language === "da"
    ? date.toFormat("d.M.yyyy 'kl.' HH.mm")
    : date.toFormat("d/M/yyyy HH:mm");
}

/**
 * "24. november 2026 kl. 10.15" / "24 November 2026 at 10:15", in Copenhagen time: how a
 * decision is dated on an approval card.
 */
export function formatLongDateTime(instant: Date | string, language: Language): string {
  const local = copenhagenParts(instantOf(instant));
  if (local === undefined) return luxonLongDateTime(instant, language);
  const { year, day } = local;
  const month = monthName(local.month, language);
  const hour = twoDigits(local.hour);
  const minute = twoDigits(local.minute);
  return language === "da"
    ? `${day}. ${month} ${year} kl. ${hour}.${minute}`
    : `${day} ${month} ${year} at ${hour}:${minute}`;
}

function luxonLongDateTime(instant: Date | string, language: Language): string {
  const date = (
    typeof instant === "string" ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant)
  )
    .setZone(TIME_ZONE)
    .setLocale(language === "da" ? "da" : "en-GB");
  return language === "da"
    ? date.toFormat("d. MMMM yyyy 'kl.' HH.mm")
    : date.toFormat("d MMMM yyyy 'at' HH:mm");
}

/** Today's date in Copenhagen, `YYYY-MM-DD`. */
export function todayInCopenhagen(now: Date): string {
  const local = copenhagenParts(now);
  if (local === undefined) return DateTime.fromJSDate(now).setZone(TIME_ZONE).toISODate() ?? "";
  return `${local.year}-${twoDigits(local.month)}-${twoDigits(local.day)}`;
}

export function addMonths(isoDate: string, months: number): string {
  return DateTime.fromISO(isoDate, { zone: TIME_ZONE }).plus({ months }).toISODate() ?? isoDate;
}

export function addDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: TIME_ZONE }).plus({ days }).toISODate() ?? isoDate;
}
