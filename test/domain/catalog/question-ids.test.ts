import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  PLAN_SECTIONS,
  PROGRAMME_IDS,
  findMilestone,
  findQuestion,
  getProgramme,
  listProgrammes,
} from "../../../src/domain/catalog";
import {
  BACKGROUND_QUESTIONS,
  FOUR_IS,
  PLANNING_TOOLS,
} from "../../../src/domain/catalog/shared/implementation-framework";

const SNAPSHOT_FILE = path.join(__dirname, "question-ids.json");

/** programme id → milestone id → question ids in catalog order, as first published. */
const snapshot = z
  .record(z.record(z.array(z.string())))
  .parse(JSON.parse(readFileSync(SNAPSHOT_FILE, "utf8")));

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const STABILITY_RULE =
  "Stored answers are keyed by programme, milestone and question id: removing or renaming an id " +
  "orphans every team's answer to that question. Keep the id and change only the text. If a question " +
  "really goes away, migrate the stored answers first, then remove it from test/domain/catalog/question-ids.json.";

function duplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

describe.each(PROGRAMME_IDS.map((id) => [id]))("question ids of %s", (programmeId) => {
  const programme = getProgramme(programmeId);
  if (programme === undefined) throw new Error(`programme ${programmeId} missing`);

  it("gives every question a kebab-case id, unique within its milestone", () => {
    for (const milestone of programme.milestones) {
      const ids = milestone.questions.map((question) => question.id);
      expect(
        ids.filter((id) => !KEBAB_CASE.test(id)),
        milestone.id,
      ).toEqual([]);
      expect(duplicates(ids), milestone.id).toEqual([]);
    }
  });

  it("derives ids from meaning, not from the question's position", () => {
    const positional = programme.milestones
      .flatMap((milestone) => milestone.questions)
      .filter((question) => /^(q|question)?-?\d+$/.test(question.id));
    expect(positional).toEqual([]);
  });

  it("maps questions only to the implementation plan's known sections", () => {
    const sections: readonly string[] = PLAN_SECTIONS;
    for (const question of programme.milestones.flatMap((milestone) => milestone.questions)) {
      if (question.planSection !== undefined) {
        expect(sections, question.id).toContain(question.planSection);
      }
    }
  });
});

describe("question ids stay stable", () => {
  it("keeps every question id recorded in question-ids.json", () => {
    const lost: string[] = [];
    for (const [programmeId, milestones] of Object.entries(snapshot)) {
      const programme = getProgramme(programmeId);
      for (const [milestoneId, questionIds] of Object.entries(milestones)) {
        const milestone = programme && findMilestone(programme, milestoneId);
        for (const questionId of questionIds) {
          if (milestone === undefined || findQuestion(milestone, questionId) === undefined) {
            lost.push(`${programmeId} › ${milestoneId} › ${questionId}`);
          }
        }
      }
    }
    expect(lost, STABILITY_RULE).toEqual([]);
  });

  it("records every current question id in question-ids.json, so new ones are guarded too", () => {
    const unrecorded: string[] = [];
    for (const programme of listProgrammes()) {
      for (const milestone of programme.milestones) {
        const recorded = snapshot[programme.id]?.[milestone.id] ?? [];
        for (const question of milestone.questions) {
          if (!recorded.includes(question.id)) {
            unrecorded.push(`${programme.id} › ${milestone.id} › ${question.id}`);
          }
        }
      }
    }
    expect(
      unrecorded,
      "A new question id: add it to test/domain/catalog/question-ids.json (adding is safe; the file guards against removal).",
    ).toEqual([]);
  });
});

describe("the shared question lists", () => {
  it("give the background questions ids and the plan's background sections", () => {
    expect(BACKGROUND_QUESTIONS.map(({ id, planSection }) => [id, planSection])).toEqual([
      ["why-this-method", "background"],
      ["for-whom", "target-group"],
      ["replace-or-supplement", "background"],
      ["success-goals", "success-goals"],
    ]);
  });

  it("give every planning tool's question an id", () => {
    expect(PLANNING_TOOLS.map(({ question }) => question.id)).toEqual([
      "stakeholder-analysis",
      "risk-analysis",
      "readiness-schedule",
      "recruitment-and-organisation",
      "communication-plan",
    ]);
  });

  it("file each point of attention under its own I/K in the plan", () => {
    const programme = getProgramme("open-dialogue");
    if (programme === undefined) throw new Error("open-dialogue missing");
    for (const dimension of FOUR_IS) {
      const milestone = findMilestone(programme, `attention-${dimension.id}`);
      expect(milestone?.questions.map((question) => question.id)).toEqual(
        dimension.points.map((point) => point.id),
      );
      expect(new Set(milestone?.questions.map((question) => question.planSection))).toEqual(
        new Set([dimension.id]),
      );
    }
  });
});
