import { createHash } from "node:crypto";
import type { PersonRef } from "../team/profile";
import type { Assessment } from "./assessment";

/**
 * What one press of "Gem kladde" writes, decided against what is stored.
 *
 * The card carries, per question, a fingerprint of the text it showed. A question counts as
 * changed by this person when what they send differs from that; only changed questions are
 * written, so two people answering different questions both keep their answers (merge). Where
 * someone else changed the same question after the card was shown, and to something else, that
 * question is a conflict: nothing of it is written, and the person is shown the newer answer
 * with their own text kept. The assessment is treated like one more question.
 */

export interface StoredAnswer {
  text: string;
  by: PersonRef;
  at: string;
  /** The version of the answers document that last changed it. */
  version: number;
}

export interface StoredAssessment {
  value: Assessment;
  by: PersonRef;
  at: string;
  version: number;
}

/** One entry of the answers' change log: who made which version, and what it touched. */
export interface StoredChange {
  version: number;
  by: PersonRef;
  at: string;
  questions: readonly string[];
  assessmentChanged: boolean;
}

export interface StoredMilestone {
  /** 0 when nothing is stored. */
  version: number;
  answers: ReadonlyMap<string, StoredAnswer>;
  assessment?: StoredAssessment;
  /** The newest changes, oldest first; the oldest may have moved to the archive. */
  changes: readonly StoredChange[];
}

/** What the card was rendered from (hidden data on the card). */
export interface CardBasis {
  basedOnVersion: number;
  /** Fingerprint of the text each question's field was filled with. */
  originals: ReadonlyMap<string, string>;
  originalAssessment: Assessment;
}

/** What the person sent: cleaned texts of the card's questions, and the assessment. */
export interface Submission {
  answers: ReadonlyMap<string, string>;
  assessment: Assessment;
}

/** Someone else's newer change to a field this person also changed. */
export interface NewerChange {
  by: PersonRef;
  at: string;
}

export interface QuestionConflict extends NewerChange {
  questionId: string;
  /** The stored text now; "" when they removed the answer. */
  theirs: string;
}

export interface AssessmentConflict extends NewerChange {
  theirs: Assessment;
}

export interface SavePlan {
  /** New text per question id; "" removes the answer. */
  answers: Map<string, string>;
  /** Set when the assessment is to be written. */
  assessment?: Assessment;
  conflicts: QuestionConflict[];
  assessmentConflict?: AssessmentConflict;
  /** The milestone changed since the card was rendered. */
  stale: boolean;
  /** True when the person changed anything on the card. */
  changedByPerson: boolean;
}

/** A short fingerprint of a text, carried on the card to tell what the person changed. */
export function fingerprint(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}

const EMPTY = fingerprint("");

/** The newest change to a question made after `version`, by whom and when. */
function newerQuestionChange(
  stored: StoredMilestone,
  questionId: string,
  version: number,
): NewerChange | undefined {
  const logged = [...stored.changes]
    .reverse()
    .find((change) => change.version > version && change.questions.includes(questionId));
  if (logged) return { by: logged.by, at: logged.at };
  const answer = stored.answers.get(questionId);
  return answer && answer.version > version ? { by: answer.by, at: answer.at } : undefined;
}

function newerAssessmentChange(stored: StoredMilestone, version: number): NewerChange | undefined {
  const logged = [...stored.changes]
    .reverse()
    .find((change) => change.version > version && change.assessmentChanged);
  if (logged) return { by: logged.by, at: logged.at };
  const assessment = stored.assessment;
  return assessment && assessment.version > version
    ? { by: assessment.by, at: assessment.at }
    : undefined;
}

export function planSave(
  stored: StoredMilestone,
  card: CardBasis,
  submission: Submission,
  storedAssessment: Assessment,
): SavePlan {
  const plan: SavePlan = {
    answers: new Map(),
    conflicts: [],
    stale: stored.version > card.basedOnVersion,
    changedByPerson: false,
  };
  for (const [questionId, text] of submission.answers) {
    if (fingerprint(text) === (card.originals.get(questionId) ?? EMPTY)) continue;
    plan.changedByPerson = true;
    const current = stored.answers.get(questionId)?.text ?? "";
    if (current === text) continue;
    const newer = newerQuestionChange(stored, questionId, card.basedOnVersion);
    if (newer) plan.conflicts.push({ questionId, theirs: current, ...newer });
    else plan.answers.set(questionId, text);
  }
  if (submission.assessment !== card.originalAssessment) {
    plan.changedByPerson = true;
    if (submission.assessment !== storedAssessment) {
      const newer = newerAssessmentChange(stored, card.basedOnVersion);
      if (newer) plan.assessmentConflict = { theirs: storedAssessment, ...newer };
      else plan.assessment = submission.assessment;
    }
  }
  return plan;
}

/** True when the plan writes anything. */
export function writesAnything(plan: SavePlan): boolean {
  return plan.answers.size > 0 || plan.assessment !== undefined;
}

/** True when part of what the person changed could not be saved. */
export function hasConflicts(plan: SavePlan): boolean {
  return plan.conflicts.length > 0 || plan.assessmentConflict !== undefined;
}
