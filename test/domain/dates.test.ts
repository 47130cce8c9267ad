import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  TIME_ZONE,
  formatDateTime,
  formatDayAndDate,
  formatLongDate,
  formatLongDateTime,
  formatMonth,
  todayInCopenhagen,
} from "../../src/domain/dates";
import type { Language } from "../../src/domain/i18n";
import { localDateAt } from "../../src/domain/schedule/calendar";

/** The formatting as luxon does it, which the cached Intl formatter must reproduce. */
const luxon = {
  dateTime(instant: Date | string, language: Language): string {
    const date = (
      typeof instant === "string" ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant)
    ).setZone(TIME_ZONE);
    return language === "da"
      ? date.toFormat("d.M.yyyy 'kl.' HH.mm")
      : date.toFormat("d/M/yyyy HH:mm");
  },
  longDateTime(instant: Date | string, language: Language): string {
    const date = (
      typeof instant === "string" ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant)
    )
      .setZone(TIME_ZONE)
      .setLocale(language === "da" ? "da" : "en-GB");
    return language === "da"
      ? date.toFormat("d. MMMM yyyy 'kl.' HH.mm")
      : date.toFormat("d MMMM yyyy 'at' HH:mm");
  },
  date(isoDate: string, language: Language, format: Record<Language, string>): string {
    return DateTime.fromISO(isoDate, { zone: TIME_ZONE })
      .setLocale(language === "da" ? "da" : "en-GB")
      .toFormat(format[language]);
  },
  today(now: Date): string {
    return DateTime.fromJSDate(now).setZone(TIME_ZONE).toISODate() ?? "";
  },
};

const HOUR_MS = 60 * 60 * 1000;
/** Around the clock changes of 2027 (28 March, 31 October at 01:00 UTC), where offsets matter. */
const CLOCK_CHANGES = [Date.UTC(2027, 2, 28, 1), Date.UTC(2027, 9, 31, 1)];

const instantArb = fc.oneof(
  fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
  fc
    .tuple(fc.constantFrom(...CLOCK_CHANGES), fc.integer({ min: -3 * 60, max: 3 * 60 }))
    .map(([change, minutes]) => new Date(change + minutes * 60_000)),
  // Midnight in Copenhagen and either side of it.
  fc
    .tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: -2, max: 2 }))
    .map(
      ([days, minutes]) =>
        new Date(Date.UTC(2020, 0, 1) + days * 24 * HOUR_MS - HOUR_MS + minutes * 60_000),
    ),
);

/** How an instant reaches the formatters: a Date, or a stored ISO text in UTC or with an offset. */
const givenArb = fc
  .tuple(instantArb, fc.constantFrom("date", "utc", "offset", "minutes"))
  .map(([instant, form]): Date | string => {
    if (form === "date") return instant;
    if (form === "utc") return instant.toISOString();
    const local = DateTime.fromJSDate(instant).setZone(TIME_ZONE);
    return form === "offset"
      ? (local.toISO() ?? "")
      : (local.toISO({ suppressSeconds: true, suppressMilliseconds: true }) ?? "");
  });

const LONG_DATE = { da: "d. MMMM yyyy", en: "d MMMM yyyy" };
const DAY_AND_DATE = { da: "cccc 'den' d. MMMM yyyy", en: "cccc d MMMM yyyy" };
const MONTH = { da: "MMMM yyyy", en: "MMMM yyyy" };

/** Dates as the schedule and the plan write them, months, and text that is neither. */
const dateTextArb = fc.oneof(
  fc
    .integer({ min: 0, max: 60_000 })
    .map((days) => new Date(Date.UTC(1950, 0, 1) + days * 24 * HOUR_MS).toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 13 }))
    .map(([year, month]) => `${year}-${String(month).padStart(2, "0")}`),
  fc
    .tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(
      ([month, day]) => `2027-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    ),
  fc.constantFrom("", "i morgen", "0999-12-31", "2024-02-29", "2023-02-29", "2027-1-5"),
);

describe("dates in Copenhagen time, without luxon on every call", () => {
  it("writes any date or month exactly as luxon did, in both languages", () => {
    fc.assert(
      fc.property(dateTextArb, fc.constantFrom<Language>("da", "en"), (text, language) => {
        expect(formatLongDate(text, language)).toBe(luxon.date(text, language, LONG_DATE));
        expect(formatDayAndDate(text, language)).toBe(luxon.date(text, language, DAY_AND_DATE));
        expect(formatMonth(text, language)).toBe(luxon.date(text, language, MONTH));
      }),
      { numRuns: 3000 },
    );
  });

  it("formats any instant exactly as luxon did, in both languages", () => {
    fc.assert(
      fc.property(givenArb, fc.constantFrom<Language>("da", "en"), (given, language) => {
        expect(formatDateTime(given, language)).toBe(luxon.dateTime(given, language));
        expect(formatLongDateTime(given, language)).toBe(luxon.longDateTime(given, language));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the local date of any instant as luxon did", () => {
    fc.assert(
      fc.property(instantArb, (instant) => {
        expect(todayInCopenhagen(instant)).toBe(luxon.today(instant));
        expect(localDateAt(instant)).toBe(luxon.today(instant));
      }),
      { numRuns: 2000 },
    );
  });

  it("says what luxon says of text that is not an instant", () => {
    for (const text of ["", "i går", "2027-02-30T10:00:00Z", "2027-03-01"]) {
      expect(formatDateTime(text, "da")).toBe(luxon.dateTime(text, "da"));
      expect(formatLongDateTime(text, "en")).toBe(luxon.longDateTime(text, "en"));
    }
    expect(formatDateTime(new Date(Number.NaN), "da")).toBe("Invalid DateTime");
    expect(() => localDateAt(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("writes a date as Danes do", () => {
    expect(formatLongDate("2027-02-01", "da")).toBe("1. februar 2027");
    expect(formatDayAndDate("2027-02-01", "da")).toBe("mandag den 1. februar 2027");
    expect(formatDayAndDate("2027-02-01", "en")).toBe("Monday 1 February 2027");
    expect(formatMonth("2022-02", "da")).toBe("februar 2022");
  });

  it("writes a winter and a summer instant as Danes do", () => {
    expect(formatDateTime("2026-11-23T09:15:00.000Z", "da")).toBe("23.11.2026 kl. 10.15");
    expect(formatLongDateTime(new Date("2027-06-01T08:05:00Z"), "da")).toBe(
      "1. juni 2027 kl. 10.05",
    );
    expect(formatLongDateTime(new Date("2027-06-01T08:05:00Z"), "en")).toBe("1 June 2027 at 10:05");
  });
});
