import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  daysBetween,
  isCalendarDate,
  isoWeekOf,
  plusDays,
  plusMonths,
  weekdayOf,
  wholeMonthsBetween,
} from "../../../src/domain/schedule/calendar";

const dateArb = fc
  .integer({ min: 0, max: 40 * 366 })
  .map((days) => DateTime.fromISO("2000-01-01", { zone: "utc" }).plus({ days }).toISODate() ?? "");

describe("calendar arithmetic on local dates", () => {
  it("agrees with luxon on days, months, weekdays and ISO weeks", () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: -30, max: 30 }),
        (date, days, months) => {
          const luxon = DateTime.fromISO(date, { zone: "utc" });
          expect(plusDays(date, days)).toBe(luxon.plus({ days }).toISODate());
          expect(plusMonths(date, months)).toBe(luxon.plus({ months }).toISODate());
          expect(weekdayOf(date)).toBe(luxon.weekday);
          expect(isoWeekOf(date)).toBe(
            `${luxon.weekYear}-W${String(luxon.weekNumber).padStart(2, "0")}`,
          );
          expect(daysBetween(date, plusDays(date, days))).toBe(days);
        },
      ),
    );
  });

  it("counts whole months as the phase dates add them", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 800 }), (from, days) => {
        const to = plusDays(from, days);
        const months = wholeMonthsBetween(from, to);
        expect(plusMonths(from, months) <= to).toBe(true);
        expect(plusMonths(from, months + 1) > to).toBe(true);
      }),
    );
  });

  it("clamps to the end of a shorter month", () => {
    expect(plusMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(plusMonths("2028-01-31", 1)).toBe("2028-02-29");
  });

  it("reads only real dates", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2027-13-01")).toBe(false);
    expect(isCalendarDate("1.2.2027")).toBe(false);
  });
});
