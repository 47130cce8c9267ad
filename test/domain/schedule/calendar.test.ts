import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  daysBetween,
  isCalendarDate,
  isoWeekOf,
  localInstant,
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

describe("localInstant", () => {
  it("gives Copenhagen's wall time in summer and winter, the same when asked again", () => {
    for (let round = 0; round < 2; round++) {
      expect(localInstant("2027-07-13", "10:00").toISOString()).toBe("2027-07-13T08:00:00.000Z");
      expect(localInstant("2027-01-12", "10:00").toISOString()).toBe("2027-01-12T09:00:00.000Z");
    }
  });

  it("hands out a Date of the caller's own: changing one does not change the next", () => {
    const first = localInstant("2027-03-09", "13:00");
    first.setUTCFullYear(1999);
    expect(localInstant("2027-03-09", "13:00").toISOString()).toBe("2027-03-09T12:00:00.000Z");
  });

  it("agrees with luxon for any date and time, however often asked", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }),
        fc.integer({ min: 6, max: 21 }),
        fc.constantFrom(0, 15, 30, 45),
        (day, hour, minute) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
          const expected = DateTime.fromISO(`${date}T${time}`, { zone: "Europe/Copenhagen" });
          expect(localInstant(date, time).getTime()).toBe(expected.toMillis());
          expect(localInstant(date, time).getTime()).toBe(expected.toMillis());
        },
      ),
    );
  });
});
