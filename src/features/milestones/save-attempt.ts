import type { CardActionResponse, CardActionTurn } from "../../bot/turn";
import type { Language } from "../../domain/i18n";
import type { SavePlan, Submission } from "../../domain/milestones";
import type { PersonRef } from "../../domain/team/profile";
import type { MilestoneAnswers } from "../../store/answer-repository";
import type { Approval } from "../../store/approval-repository";
import type { MilestoneDocuments } from "../../store/milestone-repository";
import { validateTexts, type MilestoneCardInput, type MilestoneTarget } from "./card-input";
import type { MilestoneDependencies } from "./index";
import { renderMilestoneCard, type MilestoneCardModel, type Notice } from "./milestone-card";
import { MILESTONE_TEXT } from "./texts";

/** What the save and submit steps share: the attempt, what it wrote, the cards given back. */

export type Mode = "save" | "submit";

export type Step<T> = { ok: true; value: T } | { ok: false; response: CardActionResponse };

/** One press of Gem kladde / Send til godkendelse, once its payload is known to be well formed. */
export interface SaveAttempt {
  turn: CardActionTurn;
  deps: MilestoneDependencies;
  mode: Mode;
  teamId: string;
  target: MilestoneTarget;
  input: MilestoneCardInput;
  language: Language;
}

/** What a save wrote (or found already there), and what is stored after it. */
export interface Persisted {
  docs: MilestoneDocuments;
  /** What the person sent, cleaned. */
  submission: Submission;
  /** The milestone's approval as the response should show it. */
  approval: Approval | null;
  plan: SavePlan;
  after: MilestoneAnswers | null;
  wrote: boolean;
}

/** The card a person is given back with their input kept (before or without the store). */
export function givenBack(
  target: MilestoneTarget,
  input: Pick<MilestoneCardInput, "basis" | "questionIds" | "page">,
  language: Language,
  extras: Pick<MilestoneCardModel, "values" | "errors" | "assessmentValue"> & { notice: Notice },
): CardActionResponse {
  const { card } = renderMilestoneCard({
    language,
    programme: target.programme,
    milestone: target.milestone,
    answers: null,
    basis: input.basis,
    questionIds: input.questionIds,
    page: input.page,
    ...extras,
  });
  return { card };
}

/** The texts the person sent, safe to put back: cleaned, or with what must not be echoed removed. */
export function keptValues(input: MilestoneCardInput, language: Language): Map<string, string> {
  const validated = validateTexts(input, language);
  return validated.ok ? new Map(validated.submission.answers) : validated.shown;
}

/** A card whose payload is malformed: nothing is trusted, so every text counts as new. */
export function invalidCardAnswer(
  target: MilestoneTarget,
  raw: Map<string, string>,
  language: Language,
): CardActionResponse {
  const questionIds = target.milestone.questions.map((q) => q.id);
  const input: MilestoneCardInput = {
    basis: { basedOnVersion: 0, originals: new Map(), originalAssessment: "notYet" },
    page: 0,
    questionIds,
    raw,
    rawAssessment: undefined,
  };
  return givenBack(target, input, language, {
    values: keptValues(input, language),
    notice: { lines: [MILESTONE_TEXT[language].invalidCard], style: "attention" },
  });
}

/** Notice lines and style for a card given back because of the store or the clock. */
export function attemptGivenBack(attempt: SaveAttempt, line: string): CardActionResponse {
  return givenBack(attempt.target, attempt.input, attempt.language, {
    values: keptValues(attempt.input, attempt.language),
    notice: { lines: [line], style: "attention" },
  });
}

export function personOf(turn: CardActionTurn): PersonRef {
  const { id, aadObjectId, name } = turn.user;
  return aadObjectId ? { id, aadObjectId, name } : { id, name };
}
