import { describe, expect, it } from "vitest";
import {
  implementationPeriod,
  implementationStateOn,
  phasePositionOn,
  phaseTimeline,
} from "../../../src/domain/schedule";
import { getProgramme } from "../../../src/domain/catalog";

function programme(id: string) {
  const found = getProgramme(id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
}

const SFT = programme("social-skills-training");
// SFT from 1 February 2027: preparation Feb-Jul 2027, change Aug 2027-Sep 2028, anchoring Oct 2028-Jan 2029.
const START = "2027-02-01";

describe("where the team is on a date", () => {
  it('says "måned 2 af ca. 6" in the preparation phase', () => {
    const position = phasePositionOn(SFT, START, "2027-03-15");
    expect(position).toMatchObject({
      status: "in-phase",
      phase: { phaseId: "preparation", name: { da: "Forberedelsesfasen" }, months: 6 },
      phaseNumber: 1,
      phaseCount: 3,
      monthNumber: 2,
      monthsPlanned: 6,
      dayNumber: 43,
      daysPlanned: 181,
    });
  });

  it("moves to the next phase on the day after the previous one ends", () => {
    expect(phasePositionOn(SFT, START, "2027-07-31")).toMatchObject({
      phase: { phaseId: "preparation" },
      monthNumber: 6,
      dayNumber: 181,
    });
    expect(phasePositionOn(SFT, START, "2027-08-01")).toMatchObject({
      phase: { phaseId: "change" },
      phaseNumber: 2,
      monthNumber: 1,
      monthsPlanned: 14,
      dayNumber: 1,
    });
    expect(phasePositionOn(SFT, START, "2029-01-31")).toMatchObject({
      phase: { phaseId: "anchoring" },
      monthNumber: 4,
      monthsPlanned: 4,
    });
  });

  it("counts months from a start at the end of a month as the phase dates do", () => {
    // 31 January + 1 month is 28 February, so 28 February starts month 2.
    expect(phasePositionOn(SFT, "2027-01-31", "2027-02-27")).toMatchObject({ monthNumber: 1 });
    expect(phasePositionOn(SFT, "2027-01-31", "2027-02-28")).toMatchObject({ monthNumber: 2 });
  });

  it("says so before the start and after the planned end", () => {
    expect(phasePositionOn(SFT, START, "2027-01-20")).toEqual({
      status: "before-start",
      startsOn: "2027-02-01",
      daysUntilStart: 12,
    });
    expect(phasePositionOn(SFT, START, "2029-02-10")).toEqual({
      status: "after-end",
      plannedEnd: "2029-01-31",
      daysPastEnd: 10,
    });
  });

  it("has no phase for Signs of Safety, only the month since the start", () => {
    const sos = programme("signs-of-safety");
    expect(phasePositionOn(sos, START, "2027-05-02")).toEqual({
      status: "no-phases",
      monthNumber: 4,
      monthsPlanned: null,
    });
    expect(implementationPeriod(sos, START)).toEqual({ start: START, fixedByDocument: false });
    // Without a planned end it never ends by the calendar.
    expect(phasePositionOn(sos, START, "2040-01-01")).toMatchObject({ status: "no-phases" });
  });

  it("knows only the month of the two years for CTI, whose phases have no lengths", () => {
    const cti = programme("critical-time-intervention");
    expect(phasePositionOn(cti, START, "2027-05-02")).toEqual({
      status: "phases-undated",
      monthNumber: 4,
      monthsPlanned: 24,
    });
    expect(implementationPeriod(cti, START).plannedEnd).toBe("2029-01-31");
    expect(phasePositionOn(cti, START, "2029-02-01")).toMatchObject({ status: "after-end" });
  });

  it("follows the maturation project's dated phases whatever the team's start date", () => {
    const maturation = programme("maturation-project");
    expect(phasePositionOn(maturation, "2021-11-15", "2022-02-10")).toMatchObject({
      status: "in-phase",
      phase: { phaseId: "opstart", start: "2022-01-01", end: "2022-03-31" },
      monthNumber: 2,
      monthsPlanned: 3,
    });
    expect(phasePositionOn(maturation, "2021-11-15", "2022-04-01")).toMatchObject({
      phase: { phaseId: "modning" },
      monthNumber: 1,
      monthsPlanned: 20,
    });
    expect(phasePositionOn(maturation, "2021-11-15", "2021-12-31")).toMatchObject({
      status: "before-start",
      startsOn: "2022-01-01",
    });
    expect(phasePositionOn(maturation, "2026-01-01", "2026-01-01")).toMatchObject({
      status: "after-end",
      plannedEnd: "2023-11-30",
    });
  });
});

describe("days in each phase against its planned length (SIC figures)", () => {
  it("fills finished phases, counts the running one and leaves later ones at zero", () => {
    const timeline = phaseTimeline(SFT, START, "2027-08-10");
    expect(timeline.map((p) => [p.phaseId, p.state, p.elapsedDays, p.plannedDays])).toEqual([
      ["preparation", "finished", 181, 181],
      ["change", "running", 10, 427],
      ["anchoring", "not-started", 0, 123],
    ]);
  });

  it("marks phases without lengths as undated", () => {
    const timeline = phaseTimeline(programme("critical-time-intervention"), START, "2027-08-10");
    expect(timeline.map((p) => p.state)).toEqual(["undated", "undated", "undated"]);
  });
});

describe("whether the implementation has ended", () => {
  it("ends when the anchoring plan is approved, or after the planned end", () => {
    expect(implementationStateOn(SFT, START, "2028-11-01", false)).toEqual({
      ended: false,
      plannedEnd: "2029-01-31",
    });
    expect(implementationStateOn(SFT, START, "2028-11-01", true)).toEqual({
      ended: true,
      reason: "anchoring-plan-approved",
      plannedEnd: "2029-01-31",
    });
    expect(implementationStateOn(SFT, START, "2029-01-31", false).ended).toBe(false);
    expect(implementationStateOn(SFT, START, "2029-02-01", false)).toEqual({
      ended: true,
      reason: "past-planned-end",
      plannedEnd: "2029-01-31",
    });
  });

  it("never ends by the calendar for a programme without a planned end", () => {
    const sos = programme("signs-of-safety");
    expect(implementationStateOn(sos, START, "2035-01-01", false).ended).toBe(false);
  });
});
