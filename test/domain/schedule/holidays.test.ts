import { describe, expect, it } from "vitest";
import { danishHolidayOn, isWorkingDay } from "../../../src/domain/schedule/holidays";

describe("Danish holidays (date-holidays)", () => {
  it.each([
    ["2027-03-29", "Anden påskedag", "Easter Monday"],
    ["2027-05-06", "Kristi Himmelfartsdag", "Ascension Day"],
    ["2025-12-25", "Juledag", "Christmas Day"],
    ["2027-01-01", "Nytårsdag", "New Year's Day"],
  ])("%s is a public holiday (%s)", (date, da, en) => {
    expect(danishHolidayOn(date)).toEqual({ date, kind: "public-holiday", name: { da, en } });
  });

  it.each([
    ["2027-06-05", "Grundlovsdag"],
    ["2027-12-24", "Juleaftensdag"],
    ["2027-12-31", "Nytårsaftensdag"],
  ])("%s is flagged apart as a day off for most, not a public holiday (%s)", (date, da) => {
    expect(danishHolidayOn(date)).toMatchObject({ date, kind: "day-off", name: { da } });
  });

  it("knows that Store Bededag was abolished from 2024", () => {
    expect(danishHolidayOn("2023-05-05")?.name.da).toBe("Store Bededag");
    expect(danishHolidayOn("2024-04-26")).toBeUndefined();
  });

  it("does not flag observances that are working days for most (1. maj, fastelavn)", () => {
    expect(danishHolidayOn("2027-05-01")).toBeUndefined();
    expect(danishHolidayOn("2027-02-08")).toBeUndefined();
  });

  it("counts weekdays that are not holidays as working days", () => {
    expect(isWorkingDay("2027-03-30")).toBe(true); // Tuesday after Easter
    expect(isWorkingDay("2027-03-29")).toBe(false); // 2. påskedag
    expect(isWorkingDay("2027-03-27")).toBe(false); // Saturday
    expect(isWorkingDay("2027-03-28")).toBe(false); // Sunday (and påskedag)
  });
});
