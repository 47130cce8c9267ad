import {
  DEFAULT_ASSESSMENT,
  deriveMilestoneState,
  type Assessment,
  type MilestoneState,
  type StoredMilestone,
} from "../../domain/milestones";
import type { MilestoneAnswers } from "../../store/answer-repository";
import type { Approval } from "../../store/approval-repository";

/**
 * The store's views of a milestone turned into what the domain reasons about. Shared by the
 * milestones and approvals features.
 */

export function stateOf(
  answers: MilestoneAnswers | null,
  approval: Approval | null,
): MilestoneState {
  return deriveMilestoneState(
    answers ? { version: answers.version, assessment: answers.assessment?.value } : null,
    approval,
  );
}

export function assessmentOf(answers: MilestoneAnswers | null): Assessment {
  return answers?.assessment?.value ?? DEFAULT_ASSESSMENT;
}

export function storedMilestoneOf(answers: MilestoneAnswers | null): StoredMilestone {
  if (!answers) return { version: 0, answers: new Map(), changes: [] };
  const stored = new Map(
    [...answers.answers].map(([id, a]) => [
      id,
      { text: a.text, by: a.answeredBy, at: a.answeredAt, version: a.version },
    ]),
  );
  const assessment = answers.assessment;
  return {
    version: answers.version,
    answers: stored,
    ...(assessment
      ? {
          assessment: {
            value: assessment.value,
            by: assessment.setBy,
            at: assessment.setAt,
            version: assessment.version,
          },
        }
      : {}),
    changes: answers.versions.map((v) => ({
      version: v.version,
      by: v.by,
      at: v.at,
      questions: v.questions,
      assessmentChanged: v.assessment !== undefined,
    })),
  };
}

/** The stored text of each question (no entry: unanswered). */
export function storedTexts(answers: MilestoneAnswers | null): Map<string, string> {
  return new Map([...(answers?.answers ?? new Map())].map(([id, a]) => [id, a.text]));
}
