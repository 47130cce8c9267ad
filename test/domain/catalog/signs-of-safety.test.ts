import { describe, expect, it } from "vitest";
import { getProgramme, type Programme } from "../../../src/domain/catalog";
import { normaliseWhitespace, readSeed, seedsAvailable } from "./seed-text";

/**
 * Fidelity of Signs of Safety against seed 001: the expected structure is parsed from the document
 * itself, so the test fails if either side drifts.
 */

const SEED_FILE = "001_d2f23570e3154eb8.txt";

interface SeedMilestone {
  driver: string;
  title: string;
  intro: string;
  questions: string[];
}

const DRIVERS = ["Ledelse", "Kompetencer", "Organisering"];

/** Reads the milestones from 001's body (after the table of contents, whose lines end in a page number). */
function parseSeedMilestones(text: string): SeedMilestone[] {
  const bodyStart = text.indexOf("Under hver milepæl");
  if (bodyStart < 0) throw new Error("001 no longer has the paragraph the body starts after");
  const lines = text.slice(bodyStart).split("\n");
  const milestones: SeedMilestone[] = [];
  let driver = "";
  let current: SeedMilestone | undefined;
  let inQuestions = false;
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (DRIVERS.includes(line)) {
      driver = line;
    } else if (line.startsWith("Milepæl: ")) {
      current = { driver, title: line.slice("Milepæl: ".length), intro: "", questions: [] };
      milestones.push(current);
      inQuestions = false;
    } else if (line.startsWith("Tag eventuelt udgangspunkt i følgende spørgsmål")) {
      inQuestions = true;
    } else if (current && inQuestions) {
      const question = /^-\s*(.+)$/.exec(line)?.[1];
      if (question) current.questions.push(question.trim());
    } else if (current && line !== "") {
      current.intro = `${current.intro} ${line}`.trim();
    }
  }
  return milestones;
}

function signsOfSafety(): Programme {
  const programme = getProgramme("signs-of-safety");
  if (!programme) throw new Error("signs-of-safety missing from the catalog");
  return programme;
}

describe.skipIf(!seedsAvailable())("Signs of Safety against seed 001", () => {
  // Read inside the tests: a suite skipped for want of the seeds is still collected.
  const seedMilestones = (): SeedMilestone[] => parseSeedMilestones(readSeed(SEED_FILE));
  const catalogMilestones = signsOfSafety().milestones;

  it("counts milestones and questions per driver as in 001", () => {
    // Counted by hand from 001: Ledelse 5 milestones (3+2+4+4+7 questions), Kompetencer 3 (3+3+3),
    // Organisering 6 (4+5+4+4+3+2).
    const expected = {
      Ledelse: { milestones: 5, questions: 20 },
      Kompetencer: { milestones: 3, questions: 9 },
      Organisering: { milestones: 6, questions: 22 },
    };
    for (const [driver, counts] of Object.entries(expected)) {
      const inSeed = seedMilestones().filter((milestone) => milestone.driver === driver);
      const inCatalog = catalogMilestones.filter((milestone) => milestone.group.da === driver);
      expect({
        milestones: inSeed.length,
        questions: inSeed.flatMap((m) => m.questions).length,
      }).toEqual(counts);
      expect({
        milestones: inCatalog.length,
        questions: inCatalog.flatMap((m) => m.questions).length,
      }).toEqual(counts);
    }
    expect(catalogMilestones).toHaveLength(14);
  });

  it("has every milestone under its driver with the document's title, in the document's order", () => {
    expect(catalogMilestones.map((milestone) => [milestone.group.da, milestone.title.da])).toEqual(
      seedMilestones().map((milestone) => [milestone.driver, milestone.title]),
    );
  });

  it("has every guiding question verbatim and in order", () => {
    expect(
      catalogMilestones.map((milestone) => milestone.questions.map((question) => question.da)),
    ).toEqual(seedMilestones().map((milestone) => milestone.questions));
  });

  it("has each milestone's intro text verbatim (ignoring line and page breaks)", () => {
    expect(catalogMilestones.map((milestone) => normaliseWhitespace(milestone.intro.da))).toEqual(
      seedMilestones().map((milestone) => normaliseWhitespace(milestone.intro)),
    );
  });
});

describe("Signs of Safety in the catalog", () => {
  const catalogMilestones = signsOfSafety().milestones;

  it("translates every question (English differs from Danish and ends like the Danish)", () => {
    for (const question of catalogMilestones.flatMap((milestone) => milestone.questions)) {
      expect(question.en).not.toBe(question.da);
      expect(question.en.slice(-1)).toBe(question.da.slice(-1));
    }
  });

  it("cites the milestone heading of 001 as each milestone's source", () => {
    for (const milestone of catalogMilestones) {
      expect(milestone.source).toBe(`001, ${milestone.group.da} › Milepæl: ${milestone.title.da}`);
      expect(milestone.verbatim).toBe(true);
    }
  });
});
