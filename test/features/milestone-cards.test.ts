import { describe, expect, it } from "vitest";
import { listProgrammes, type Milestone, type Programme } from "../../src/domain/catalog";
import type { Language } from "../../src/domain/i18n";
import { deriveMilestoneState, type MilestoneState } from "../../src/domain/milestones";
import type { TeamProfile } from "../../src/domain/team/profile";
import { renderApprovalCard } from "../../src/features/approvals/approval-card";
import {
  CARD_LIMIT_BYTES,
  cardBytes,
  renderMilestoneCard,
} from "../../src/features/milestones/milestone-card";
import { overviewCardData, renderOverviewCard } from "../../src/features/milestones/overview";
import type { MilestoneAnswers } from "../../src/store/answer-repository";
import type { Approval } from "../../src/store/approval-repository";
import { cardText } from "../support/teams-activities";
import { inputsOf } from "./support/cards";

/**
 * Teams refuses a card above about 28 KB. These render the largest cards the feature can make:
 * every answer at its 4,000-character limit, in characters that take the most bytes.
 */

const LANGUAGES: Language[] = ["da", "en"];
const AT = "2026-11-23T09:00:00.000Z";
const PERSON = {
  id: "29:someone-with-a-long-teams-id-0123456789",
  name: "Marie-Louise Østergaard-Kristiansen",
};

/** 4,000 characters of Danish letters (two bytes each in UTF-8) with a few emoji (four). */
const LONGEST = `${"æøå ".repeat(990)}🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂`;

function profile(programme: Programme, language: Language): TeamProfile {
  const approvers = Array.from({ length: 6 }, (_v, i) => ({ ...PERSON, id: `29:approver-${i}` }));
  return {
    teamId: "19:team",
    programmeId: programme.id,
    organisationName: "Det Sociale Område, Ringkøbing-Skjern Kommune (Børn og Familie)",
    startDate: "2027-02-01",
    language,
    projectLeader: PERSON,
    approvers,
    consultants: [],
    slots: { statusMeeting: { cadence: "none" }, supervision: { cadence: "none" } },
    version: 1,
    updatedAt: AT,
    updatedBy: PERSON,
  };
}

function fullAnswers(milestone: Milestone): MilestoneAnswers {
  return {
    teamId: "19:team",
    milestoneId: milestone.id,
    answers: new Map(
      milestone.questions.map((q) => [
        q.id,
        { text: LONGEST, answeredBy: PERSON, answeredAt: AT, version: 1 },
      ]),
    ),
    assessment: { value: "partially", setBy: PERSON, setAt: AT, version: 1 },
    version: 1,
    updatedAt: AT,
    versions: [{ version: 1, at: AT, by: PERSON, action: "answers.saved", questions: [] }],
    hasOlderVersions: false,
  };
}

const pending = (forVersion: number): Approval => ({
  teamId: "19:team",
  milestoneId: "x",
  status: "pending",
  forVersion,
  requestedBy: PERSON,
  requestedAt: AT,
  version: 1,
  updatedAt: AT,
});

const everyMilestone = listProgrammes().flatMap((programme) =>
  programme.milestones.map((milestone) => ({ programme, milestone })),
);

describe("cards stay inside Teams' size limit", () => {
  it.each(listProgrammes().map((p) => [p.id, p] as const))(
    "the overview of %s, in both languages, in its longest states",
    (_id, programme) => {
      for (const language of LANGUAGES) {
        const worst: MilestoneState = deriveMilestoneState(
          { version: 2, assessment: "partially" },
          pending(1),
        );
        const states = new Map(programme.milestones.map((m) => [m.id, worst]));
        const team = {
          teamId: "19:team",
          profile: profile(programme, language),
          programme,
          language,
        };
        const card = renderOverviewCard(overviewCardData(team, states));
        expect(cardBytes(card)).toBeLessThan(CARD_LIMIT_BYTES);
        expect(
          cardText(card).match(
            /Kladde \(ændret mens den ventede på godkendelse\)|Draft \(changed while awaiting approval\)/g,
          ),
        ).toHaveLength(programme.milestones.length);
      }
    },
  );

  it("pages every milestone's questions so that each page fits, showing every question once", () => {
    for (const { programme, milestone } of everyMilestone) {
      for (const language of LANGUAGES) {
        const answers = fullAnswers(milestone);
        const base = {
          language,
          programme,
          milestone,
          profile: profile(programme, language),
          answers,
          state: deriveMilestoneState({ version: 1 }, null),
        };
        const first = renderMilestoneCard(base);
        const seen: string[] = [];
        for (let page = 0; page < first.pageCount; page++) {
          const rendered = renderMilestoneCard({ ...base, page });
          expect(cardBytes(rendered.card)).toBeLessThan(CARD_LIMIT_BYTES);
          seen.push(...rendered.questionIds);
          const inputs = inputsOf(rendered.card);
          for (const id of rendered.questionIds) expect(inputs.get(`answer-${id}`)).toBe(LONGEST);
        }
        expect(seen).toEqual(milestone.questions.map((q) => q.id));
      }
    }
  });

  it("names the page and offers the next and previous questions when a milestone needs pages", () => {
    const sft = listProgrammes().find((p) => p.id === "social-skills-training");
    const milestone = sft?.milestones.find((m) => m.id === "attention-infrastructural");
    if (!sft || !milestone) throw new Error("catalog changed");
    const base = {
      language: "da" as const,
      programme: sft,
      milestone,
      profile: profile(sft, "da"),
      answers: fullAnswers(milestone),
      state: deriveMilestoneState({ version: 1 }, null),
    };
    const first = renderMilestoneCard(base);
    expect(first.pageCount).toBeGreaterThan(1);
    expect(cardText(first.card)).toMatch(/Spørgsmål 1–\d af 8/);
    expect(cardText(first.card)).toContain("Gem og vis næste spørgsmål");
    expect(cardText(first.card)).not.toContain("Gem og vis forrige spørgsmål");
    const last = renderMilestoneCard({ ...base, page: first.pageCount - 1 });
    expect(cardText(last.card)).toContain("Gem og vis forrige spørgsmål");
    expect(cardText(last.card)).not.toContain("Gem og vis næste spørgsmål");
  });

  it("fits a conflict on a full page: the newer answer above the person's own", () => {
    for (const { programme, milestone } of everyMilestone) {
      const answers = fullAnswers(milestone);
      const base = {
        language: "da" as const,
        programme,
        milestone,
        profile: profile(programme, "da"),
        answers,
        state: deriveMilestoneState({ version: 1 }, null),
      };
      const page = renderMilestoneCard(base);
      const newer = new Map(
        page.questionIds.map((id) => [id, { text: LONGEST, by: PERSON, at: AT }]),
      );
      const conflict = renderMilestoneCard({
        ...base,
        questionIds: page.questionIds,
        values: new Map(page.questionIds.map((id) => [id, LONGEST])),
        newer,
      });
      expect(cardBytes(conflict.card)).toBeLessThan(CARD_LIMIT_BYTES);
    }
  });

  it("keeps every approval card inside the limit with every answer at its longest", () => {
    for (const { programme, milestone } of everyMilestone) {
      for (const language of LANGUAGES) {
        const answers = fullAnswers(milestone);
        const approval = pending(1);
        const card = renderApprovalCard({
          language,
          teamId: "19:team",
          programme,
          milestone,
          profile: profile(programme, language),
          answers,
          approval,
          state: deriveMilestoneState({ version: 1 }, approval),
          actionable: true,
          source: "card",
          inChannel: true,
          comment: { value: "x".repeat(1000), error: "" },
        });
        expect(cardBytes(card)).toBeLessThan(CARD_LIMIT_BYTES);
      }
    }
  });
});
