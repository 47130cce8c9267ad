import { describe, expect, it } from "vitest";
import {
  FOUR_IS,
  PLANNING_TOOLS,
} from "../../../src/domain/catalog/shared/implementation-framework";
import { activity, phaseMonths, programme } from "./programme-lookup";
import { occursIn, readSeed, seedsAvailable } from "./seed-text";

const ID = "open-dialogue";
const seed002 = (): string => readSeed("002_df3a3db88062bf75.txt");
const seed003 = (): string => readSeed("003_1ca37c9ef0ebbe76.txt");

describe.skipIf(!seedsAvailable())("Åben Dialog against seed 002 (+003)", () => {
  it("has change ~14 and anchoring ~4 months as stated, preparation 6 derived from 'cirka to år'", () => {
    // 002: "understøttet af Socialstyrelsen i cirka 14 måneder", "Forankringsfasen ca. 4 måneder",
    // "tre faser, der samlet set varer cirka to år"; no length is given for Forberedelsesfasen.
    for (const passage of ["i cirka 14 måneder", "ca. 4 måneder", "samlet set varer cirka to år"]) {
      expect(occursIn(seed002(), passage), passage).toBe(true);
    }
    expect(phaseMonths(ID)).toEqual({ preparation: 6, change: 14, anchoring: 4 });
    const [preparation, change] = programme(ID).phases;
    expect(preparation?.monthsBasis).toBe("derived");
    expect(change?.monthsBasis).toBe("stated");
  });

  it("trains up to 6 mødeledere in four 2-day seminars plus a certification day", () => {
    // 002: "op til seks mødeledere", "fire 2-dages seminarer (eksternater)", "en enkelt dag, hvor mødelederne certificeres".
    for (const passage of [
      "op til seks mødeledere",
      "fire 2-dages seminarer",
      "en enkelt dag, hvor mødelederne certificeres",
    ]) {
      expect(occursIn(seed002(), passage), passage).toBe(true);
    }
    expect(activity(ID, "meeting-leader-seminar")).toMatchObject({
      kind: "course",
      count: 4,
      days: 2,
      seats: 6,
    });
    expect(activity(ID, "meeting-leader-certification")).toMatchObject({
      kind: "course",
      count: 1,
      days: 1,
    });
    expect(programme(ID).staffing?.find((staff) => staff.role.da === "Mødeledere")?.upTo).toBe(6);
  });

  it("has 50 hours of meeting-leader supervision over the two years", () => {
    // 002: "supervision af mødelederne på samlet set 50 timer fordelt over de to år".
    expect(
      occursIn(
        seed002(),
        "supervision af mødelederne på samlet set 50 timer fordelt over de to år",
      ),
    ).toBe(true);
    expect(activity(ID, "meeting-leader-supervision")).toMatchObject({
      kind: "supervision",
      totalHours: 50,
      spanMonths: 24,
    });
  });

  it("has the 4-day introductory course for about 24 with 15 hours of group supervision", () => {
    // 002: "Kurset varer i alt fire dage", "15 timers supervision i grupper", "cirka 24 medarbejdere";
    // 003: "øvrige medarbejdere (op til 24) på 4 dage".
    expect(occursIn(seed002(), "Kurset varer i alt fire dage")).toBe(true);
    expect(occursIn(seed002(), "15 timers supervision i grupper")).toBe(true);
    expect(occursIn(seed003(), "(op til 24) på 4 dage")).toBe(true);
    expect(activity(ID, "introductory-course")).toMatchObject({
      kind: "course",
      days: 4,
      seats: 24,
    });
    expect(activity(ID, "introductory-course-supervision")).toMatchObject({
      kind: "supervision",
      totalHours: 15,
    });
  });

  it("has the leadership day 'Ledelse af Åben Dialog' and the anchoring plan", () => {
    expect(occursIn(seed002(), "en enkelt uddannelsesdag for de personaleledere")).toBe(true);
    expect(activity(ID, "leadership-day")).toMatchObject({ kind: "course", days: 1 });
    expect(activity(ID, "anchoring-plan").phase).toBe("anchoring");
    expect(
      programme(ID).milestones.find((milestone) => milestone.id === "anchoring-plan")?.phase,
    ).toBe("anchoring");
  });

  it("uses 002's Danish for the four I's / four K's and the planning tools", () => {
    for (const point of FOUR_IS.flatMap((dimension) => [dimension.name, ...dimension.points])) {
      expect(occursIn(seed002(), point.da), point.da).toBe(true);
    }
    for (const { tool } of PLANNING_TOOLS) {
      expect(occursIn(seed002(), tool.da), tool.da).toBe(true);
    }
  });
});

describe("Åben Dialog in the catalog", () => {
  it("flags its status-meeting and supervision cadences as assumptions (002 gives none)", () => {
    expect(activity(ID, "status-meeting").cadence).toBe("ad-hoc");
    expect(programme(ID).defaults?.statusMeeting.basis).toBe("assumption");
    expect(programme(ID).defaults?.supervision?.basis).toBe("assumption");
  });

  it("derives its milestones from 002 and marks them so", () => {
    const milestones = programme(ID).milestones;
    expect(milestones).toHaveLength(15);
    expect(
      milestones.every((milestone) => !milestone.verbatim && milestone.source.startsWith("002")),
    ).toBe(true);
  });
});
