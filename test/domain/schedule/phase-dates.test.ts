import { describe, expect, it } from "vitest";
import { getProgramme } from "../../../src/domain/catalog";
import { computePhaseDates } from "../../../src/domain/schedule/phase-dates";
import {
  formatDateTime,
  formatDayAndDate,
  formatLongDate,
  formatPeriod,
  parseCalendarDate,
} from "../../../src/domain/dates";

function programme(id: string) {
  const found = getProgramme(id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
}

describe("phases on the team's calendar", () => {
  it("places SFT's 6 + 14 + 4 months back to back from the start date (seed 000)", () => {
    const phases = computePhaseDates(programme("social-skills-training"), "2027-02-01");
    expect(phases.map((p) => [p.phaseId, p.start, p.end])).toEqual([
      ["preparation", "2027-02-01", "2027-07-31"],
      ["change", "2027-08-01", "2028-09-30"],
      ["anchoring", "2028-10-01", "2029-01-31"],
    ]);
  });

  it("keeps the maturation project's documented months (seed 004)", () => {
    const phases = computePhaseDates(programme("maturation-project"), "2026-12-01");
    expect(phases.map((p) => [p.phaseId, p.start, p.end, p.fixedByDocument])).toEqual([
      ["opstart", "2022-01-01", "2022-03-31", true],
      ["modning", "2022-04-01", "2023-11-30", true],
    ]);
  });

  it("gives no dates where the documents give no length (CTI)", () => {
    const phases = computePhaseDates(programme("critical-time-intervention"), "2027-01-01");
    expect(phases.every((p) => p.start === undefined && p.end === undefined)).toBe(true);
  });
});

describe("dates as Danes write them", () => {
  it("reads date-picker and typed dates", () => {
    expect(parseCalendarDate("2027-02-01")).toBe("2027-02-01");
    expect(parseCalendarDate("1.2.2027")).toBe("2027-02-01");
    expect(parseCalendarDate("01-02-2027")).toBe("2027-02-01");
    expect(parseCalendarDate("31.2.2027")).toBeUndefined();
    expect(parseCalendarDate("i morgen")).toBeUndefined();
  });

  it("formats in Danish and in Copenhagen time", () => {
    expect(formatLongDate("2027-02-01", "da")).toBe("1. februar 2027");
    expect(formatLongDate("2027-02-01", "en")).toBe("1 February 2027");
    // Card text is Markdown: text that may open a line must not start with "1. ".
    expect(formatDayAndDate("2027-02-01", "da")).toBe("mandag den 1. februar 2027");
    expect(formatPeriod("2027-02-01", "2027-07-31", "da")).toBe(
      "Fra 1. februar 2027 til 31. juli 2027",
    );
    expect(formatPeriod("2027-02-01", "2027-07-31", "en")).toBe(
      "From 1 February 2027 to 31 July 2027",
    );
    expect(formatDateTime("2026-11-23T13:05:00Z", "da")).toBe("23.11.2026 kl. 14.05");
    expect(formatDateTime("2026-07-01T08:00:00Z", "da")).toBe("1.7.2026 kl. 10.00");
  });
});
