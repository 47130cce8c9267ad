import { describe, expect, it } from "vitest";
import {
  firstWorkingDayOfMonth,
  monthAt,
  nudgeMonthAt,
  nudgeTimeOfMonth,
} from "../../../src/domain/schedule";
import { at } from "./schedule-fixtures";

describe("the first working day of a month", () => {
  it.each([
    ["2027-03", "2027-03-01", "a Monday"],
    ["2027-05", "2027-05-03", "1 May 2027 is a Saturday"],
    ["2027-08", "2027-08-02", "1 August 2027 is a Sunday"],
    ["2027-01", "2027-01-04", "1 January 2027 is nytårsdag (Friday), then a weekend"],
    ["2024-04", "2024-04-02", "1 April 2024 is 2. påskedag"],
  ])("of %s is %s (%s)", (month, expected) => {
    expect(firstWorkingDayOfMonth(month)).toBe(expected);
  });
});

describe("when the monthly nudge is due", () => {
  it("is 09:00 Copenhagen time on the first working day, winter and summer", () => {
    expect(nudgeTimeOfMonth("2027-03")).toEqual(at("2027-03-01T09:00:00+01:00"));
    expect(nudgeTimeOfMonth("2027-06")).toEqual(at("2027-06-01T09:00:00+02:00"));
    expect(nudgeTimeOfMonth("2027-01")).toEqual(at("2027-01-04T09:00:00+01:00"));
  });

  it("takes another hour when configured, and refuses one that is not an hour", () => {
    expect(nudgeTimeOfMonth("2027-03", 7)).toEqual(at("2027-03-01T07:00:00+01:00"));
    expect(() => nudgeTimeOfMonth("2027-03", 24)).toThrow(RangeError);
    expect(() => nudgeTimeOfMonth("2027-03", 8.5)).toThrow(RangeError);
  });

  it("belongs to the month of the instant in Copenhagen, not in UTC", () => {
    expect(monthAt(at("2027-02-28T23:30:00Z"))).toBe("2027-03"); // 00:30 on 1 March in Copenhagen
    expect(monthAt(at("2027-03-31T21:59:00Z"))).toBe("2027-03"); // 23:59 summer time
    expect(monthAt(at("2027-03-31T22:00:00Z"))).toBe("2027-04");
  });

  it("is not due before 09:00 and is due from then on, the rest of the month included", () => {
    expect(nudgeMonthAt(at("2027-06-01T08:30:00+02:00"))).toEqual({
      month: "2027-06",
      sendAt: at("2027-06-01T09:00:00+02:00"),
      due: false,
    });
    // The Playground's "first day of next month, 08:30 UTC" is 10:30 in summer.
    expect(nudgeMonthAt(at("2027-06-01T08:30:00Z")).due).toBe(true);
    // A bot that was down on the first working day catches up the same month, once.
    expect(nudgeMonthAt(at("2027-06-17T12:00:00+02:00"))).toMatchObject({
      month: "2027-06",
      due: true,
    });
  });

  it("is not due on a holiday that starts the month", () => {
    expect(nudgeMonthAt(at("2027-01-01T10:00:00+01:00"))).toEqual({
      month: "2027-01",
      sendAt: at("2027-01-04T09:00:00+01:00"),
      due: false,
    });
  });
});
