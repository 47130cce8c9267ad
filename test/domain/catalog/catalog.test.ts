import { describe, expect, it } from "vitest";
import {
  PROGRAMME_IDS,
  getProgramme,
  isProgrammeId,
  listProgrammes,
  parseProgramme,
  type ProgrammeDefinition,
} from "../../../src/domain/catalog";
import { signsOfSafety } from "../../../src/domain/catalog/programmes/signs-of-safety";
import { SEED_FILES } from "./seed-text";

interface TextAt {
  path: string;
  da: unknown;
  en: unknown;
}

/** Every `{ da, en }` pair anywhere in a programme, with where it sits. */
function localizedTexts(value: unknown, at = "$"): TextAt[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => localizedTexts(item, `${at}[${index}]`));
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("da" in record || "en" in record) {
      return [{ path: at, da: record.da, en: record.en }];
    }
    return Object.entries(record).flatMap(([key, child]) => localizedTexts(child, `${at}.${key}`));
  }
  return [];
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

describe("catalog", () => {
  it("holds exactly the five fixed programme ids, in order", () => {
    expect(listProgrammes().map((programme) => programme.id)).toEqual([
      "signs-of-safety",
      "social-skills-training",
      "open-dialogue",
      "critical-time-intervention",
      "maturation-project",
    ]);
    expect(PROGRAMME_IDS).toHaveLength(5);
  });

  it("finds programmes by id and returns undefined for unknown ids", () => {
    expect(getProgramme("open-dialogue")?.name.da).toBe("Åben Dialog (ÅD)");
    expect(getProgramme("nope")).toBeUndefined();
    expect(isProgrammeId("signs-of-safety")).toBe(true);
    expect(isProgrammeId("nope")).toBe(false);
  });

  it("hands out frozen programmes so no caller can change the shared catalog", () => {
    const programme = getProgramme("signs-of-safety");
    expect(programme && Object.isFrozen(programme.milestones[0]?.questions)).toBe(true);
  });

  describe.each(PROGRAMME_IDS.map((id) => [id]))("%s", (id) => {
    const programme = getProgramme(id);
    if (programme === undefined) throw new Error(`programme ${id} missing`);

    it("passes the schema again (as the bot loads it)", () => {
      expect(() => parseProgramme(programme as ProgrammeDefinition)).not.toThrow();
    });

    it("has unique milestone, activity and phase ids", () => {
      expect(duplicates(programme.milestones.map((milestone) => milestone.id))).toEqual([]);
      expect(duplicates(programme.activities.map((activity) => activity.id))).toEqual([]);
      expect(duplicates(programme.phases.map((phase) => phase.id))).toEqual([]);
    });

    it("has every human-readable text in both Danish and English", () => {
      const texts = localizedTexts(programme);
      expect(texts.length).toBeGreaterThan(10);
      const incomplete = texts.filter(
        (text) =>
          typeof text.da !== "string" ||
          text.da.trim() === "" ||
          typeof text.en !== "string" ||
          text.en.trim() === "",
      );
      expect(incomplete).toEqual([]);
    });

    // The files themselves are checked by the seed fidelity tests (seedsAvailable), where present.
    it("names a known seed file, and every milestone cites a seed passage", () => {
      const seeds: readonly string[] = SEED_FILES;
      expect(seeds).toContain(programme.source);
      for (const extra of programme.supplementarySources ?? []) {
        expect(seeds).toContain(extra);
      }
      for (const milestone of programme.milestones) {
        expect(milestone.source, milestone.id).toMatch(/^00[0-4], \S/);
      }
      for (const activity of programme.activities) {
        expect(activity.source, activity.id).toMatch(/^00[0-4], \S/);
      }
    });

    it("refers only to its own phases", () => {
      const phaseIds = new Set(programme.phases.map((phase) => phase.id));
      for (const reference of [...programme.milestones, ...programme.activities]) {
        if (reference.phase !== undefined)
          expect(phaseIds.has(reference.phase), reference.id).toBe(true);
      }
    });
  });
});

describe("programme schema", () => {
  it("rejects a text missing its English", () => {
    const broken = { ...signsOfSafety, name: { da: "Signs of Safety", en: " " } };
    expect(() => parseProgramme(broken)).toThrow(/signs-of-safety.*name\.en/);
  });

  it("rejects duplicate milestone ids", () => {
    const [first] = signsOfSafety.milestones;
    if (first === undefined) throw new Error("no milestones");
    const broken = { ...signsOfSafety, milestones: [...signsOfSafety.milestones, first] };
    expect(() => parseProgramme(broken)).toThrow(/duplicate id "goals-and-target-group"/);
  });

  it("rejects a duplicate question id, naming the programme, milestone and question", () => {
    const [first, ...rest] = signsOfSafety.milestones;
    const [question] = first?.questions ?? [];
    if (first === undefined || question === undefined) throw new Error("no questions");
    const broken = {
      ...signsOfSafety,
      milestones: [{ ...first, questions: [...first.questions, question] }, ...rest],
    };
    expect(() => parseProgramme(broken)).toThrow(
      'Catalog programme "signs-of-safety" is invalid: milestones.0.questions.3.id: milestone "goals-and-target-group" has duplicate question id "target-group-changes"',
    );
  });

  it("rejects a question without an id, with an id that is not kebab-case, or with an unknown plan section", () => {
    const [first, ...rest] = signsOfSafety.milestones;
    const [question, ...others] = first?.questions ?? [];
    if (first === undefined || question === undefined) throw new Error("no questions");
    const withQuestion = (changed: object): ProgrammeDefinition =>
      JSON.parse(
        JSON.stringify({
          ...signsOfSafety,
          milestones: [{ ...first, questions: [changed, ...others] }, ...rest],
        }),
      );
    expect(() => parseProgramme(withQuestion({ da: question.da, en: question.en }))).toThrow(
      /milestones\.0\.questions\.0\.id: Required/,
    );
    expect(() => parseProgramme(withQuestion({ ...question, id: "Question 1" }))).toThrow(
      /questions\.0\.id: ids are kebab-case/,
    );
    expect(() => parseProgramme(withQuestion({ ...question, planSection: "budget" }))).toThrow(
      /questions\.0\.planSection/,
    );
  });

  it("rejects a milestone pointing at a phase the programme does not have", () => {
    const [first, ...rest] = signsOfSafety.milestones;
    if (first === undefined) throw new Error("no milestones");
    const broken = { ...signsOfSafety, milestones: [{ ...first, phase: "change" }, ...rest] };
    expect(() => parseProgramme(broken)).toThrow(/unknown phase "change"/);
  });

  it("rejects a malformed date and an unknown cadence", () => {
    const [activity] = signsOfSafety.activities;
    if (activity === undefined) throw new Error("no activities");
    expect(() =>
      parseProgramme({ ...signsOfSafety, activities: [{ ...activity, date: "oktober 2019" }] }),
    ).toThrow(/date/);
    const withBadCadence = JSON.parse(
      JSON.stringify({ ...signsOfSafety, activities: [{ ...activity, cadence: "daily" }] }),
    );
    expect(() => parseProgramme(withBadCadence)).toThrow(/cadence/);
  });

  it("rejects fields the schema does not know (typos must not pass silently)", () => {
    const [activity] = signsOfSafety.activities;
    if (activity === undefined) throw new Error("no activities");
    const withTypo = JSON.parse(
      JSON.stringify({ ...signsOfSafety, activities: [{ ...activity, hourz: 3 }] }),
    );
    expect(() => parseProgramme(withTypo)).toThrow(/hourz/);
  });
});
