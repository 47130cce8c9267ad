import { describe, expect, it } from "vitest";
import {
  FOUR_IS,
  PLANNING_TOOLS,
} from "../../../src/domain/catalog/shared/implementation-framework";
import { activity, phaseMonths, programme } from "./programme-lookup";
import { occursIn, readSeed, seedsAvailable } from "./seed-text";

const ID = "social-skills-training";
const seed000 = (): string => readSeed("000_8dfb8004a59ac219.txt");

describe.skipIf(!seedsAvailable())("Social Færdighedstræning against seed 000 (+003)", () => {
  it("has the three phases of about 6, 14 and 4 months, about two years in all", () => {
    // 000: "Phase of Preparation / Approx. 6 months", "Phase of Change / Approx. 14 months",
    // "Phase of anchoring / approx. 4 months"; "three phases, which in total last about two years".
    for (const passage of [
      "Approx. 6 months",
      "Approx. 14 months",
      "approx. 4 months",
      "in total last about two years",
    ]) {
      expect(occursIn(seed000(), passage), passage).toBe(true);
    }
    expect(phaseMonths(ID)).toEqual({ preparation: 6, change: 14, anchoring: 4 });
    expect(programme(ID).durationMonths).toBe(24);
  });

  it("has 20 monthly supervisions of 3½ hours for the group trainers", () => {
    // 000, "The municipality must contribute": "participate 20 times in monthly supervision of 3½ hours";
    // footnote 9: "monthly supervision (3½ hour) the next 20 months".
    expect(occursIn(seed000(), "participate 20 times in monthly supervision of 3½ hours")).toBe(
      true,
    );
    expect(activity(ID, "group-trainer-supervision")).toMatchObject({
      kind: "supervision",
      cadence: "monthly",
      count: 20,
      hours: 3.5,
      totalHours: 70,
      spanMonths: 20,
    });
  });

  it("has weekly sessions of 1½ hours over 9 months", () => {
    // 000, footnote 8: "A ToSS session is a weekly session of 1½ hour over 9 months."
    expect(occursIn(seed000(), "a weekly session of 1½ hour over 9 months")).toBe(true);
    expect(activity(ID, "toss-session")).toMatchObject({
      kind: "session",
      cadence: "weekly",
      hours: 1.5,
      spanMonths: 9,
    });
  });

  it("trains up to 6 group trainers in 4 days, 18-21 November 2019", () => {
    // 000: "train up to six group coaches", "a four-day education", "Monday, November 18, 2019 - Thursday, November 21, 2019".
    expect(occursIn(seed000(), "Monday, November 18, 2019 - Thursday, November 21, 2019")).toBe(
      true,
    );
    expect(activity(ID, "group-trainer-training")).toMatchObject({
      kind: "course",
      days: 4,
      seats: 6,
      date: "2019-11-18",
      endDate: "2019-11-21",
    });
    expect(programme(ID).staffing?.find((staff) => staff.role.en === "Group trainers")?.upTo).toBe(
      6,
    );
  });

  it("has the one-day introductory course, the managers' day and the 4-day supervisor course with 30 h", () => {
    // 000: "A one-day introductory course", "Introductory course for approximately 24 employees",
    // "Course day for leaders", "A four-day course … train a local supervisor", "30 hours of supervision".
    expect(activity(ID, "introductory-course")).toMatchObject({ days: 1, seats: 24 });
    expect(activity(ID, "managers-course-day")).toMatchObject({ kind: "course", days: 1 });
    expect(activity(ID, "supervisor-training")).toMatchObject({
      kind: "course",
      days: 4,
      seats: 1,
    });
    expect(activity(ID, "supervisor-supervision")).toMatchObject({
      kind: "supervision",
      totalHours: 30,
    });
  });

  it("has monthly status meetings and monthly implementation-team meetings", () => {
    // 000, footnote 5: "hold monthly status meetings with the National Board … – or as needed";
    // footnote 7: "a monthly meeting for the implementation team".
    expect(activity(ID, "status-meeting")).toMatchObject({
      kind: "status-meeting",
      cadence: "monthly",
    });
    expect(activity(ID, "implementation-team-meeting")).toMatchObject({
      kind: "team-meeting",
      cadence: "monthly",
    });
    expect(programme(ID).defaults).toMatchObject({
      statusMeeting: { cadence: "monthly", basis: "document" },
      supervision: { cadence: "monthly", basis: "document" },
    });
  });

  it("has the preparation activities, the start-up meeting in October 2019 and the anchoring workshop", () => {
    expect(activity(ID, "start-up-meeting")).toMatchObject({
      kind: "start-up-meeting",
      date: "2019-10",
    });
    expect(activity(ID, "implementation-planning-workshop").kind).toBe("planning-workshop");
    expect(activity(ID, "anchoring-workshop")).toMatchObject({
      kind: "anchoring-workshop",
      phase: "anchoring",
    });
    for (const name of [
      "Initial telephone conference",
      "Start-up meeting for all municipalities",
      "Implementation planning workshop",
    ]) {
      expect(occursIn(seed000(), name), name).toBe(true);
    }
  });

  it("lists the eight things the municipality must contribute, in 000's words", () => {
    const contributions = programme(ID).municipalContributions ?? [];
    expect(contributions).toHaveLength(8);
    for (const contribution of contributions) {
      expect(occursIn(seed000(), contribution.text.en), contribution.text.en).toBe(true);
    }
  });

  it("asks about every point of attention of the four I's and every planning tool named in 000", () => {
    // 000 prints one heading as "Interpersonal- Culture"; the catalog spaces the dash like the others.
    const spacedDashes = (text: string): string => text.replace(/\s*-\s+/g, " - ");
    for (const point of FOUR_IS.flatMap((dimension) => [dimension.name, ...dimension.points])) {
      expect(occursIn(spacedDashes(seed000()), point.en), point.en).toBe(true);
    }
    for (const { tool } of PLANNING_TOOLS) {
      expect(occursIn(seed000(), tool.en), tool.en).toBe(true);
    }
    const attentionQuestions = programme(ID)
      .milestones.filter((milestone) => milestone.id.startsWith("attention-"))
      .flatMap((milestone) => milestone.questions);
    // 000 lists 3 + 3 + 6 + 8 points under Individual, Interpersonal, Institutional, Infrastructural.
    expect(attentionQuestions).toHaveLength(20);
  });
});

describe("Social Færdighedstræning in the catalog", () => {
  it("derives its milestones from 000 and marks them so", () => {
    const milestones = programme(ID).milestones;
    expect(milestones).toHaveLength(16);
    expect(
      milestones.every((milestone) => !milestone.verbatim && milestone.source.startsWith("000")),
    ).toBe(true);
  });
});
