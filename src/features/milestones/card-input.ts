import { findMilestone, getProgramme, type Milestone, type Programme } from "../../domain/catalog";
import { CPR_DELETE_YOUR_MESSAGE } from "../../domain/cpr-guard";
import type { Language } from "../../domain/i18n";
import {
  isAssessment,
  type Assessment,
  type CardBasis,
  type Submission,
} from "../../domain/milestones";
import { cleanFreeText } from "../../domain/text/free-text";
import { isCardActionId } from "../../store/document-ids";
import { ANSWER_MAX_LENGTH } from "../../store/schemas";
import { answerInputId } from "./milestone-card";

/**
 * Reading what a milestone card sent, before anything reaches the store: which milestone, what
 * the card was rendered from, the person's texts. Card data is unvalidated input (a crafted
 * invoke can send anything), so every field is checked and looked up by own property only.
 */

export interface MilestoneTarget {
  programme: Programme;
  milestone: Milestone;
}

export interface MilestoneCardInput {
  /** The language the card was shown in. */
  language?: Language;
  basis: CardBasis;
  page: number;
  goTo?: "next" | "previous";
  questionIds: string[];
  /** The texts as sent, per question on the card (absent: the field was not sent). */
  raw: Map<string, string>;
  rawAssessment: unknown;
  /** Undefined when the card's action id is missing or malformed: nothing is saved then. */
  actionId?: string;
}

export type ParsedAction =
  | { kind: "unknownMilestone" }
  | { kind: "invalidCard"; target: MilestoneTarget; raw: Map<string, string> }
  | { kind: "ok"; target: MilestoneTarget; input: MilestoneCardInput };

const FINGERPRINT = /^[0-9a-f]{16}$/;
const MAX_VERSION = 1_000_000_000;

export function own(data: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(data, key) ? data[key] : undefined;
}

function wholeNumber(value: unknown): number | undefined {
  const number = typeof value === "string" && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(number) && number <= MAX_VERSION ? number : undefined;
}

function stringArray(value: unknown, max: number): string[] | undefined {
  if (!Array.isArray(value) || value.length > max) return undefined;
  return value.every((item): item is string => typeof item === "string" && item.length <= 64)
    ? value
    : undefined;
}

/** Which milestone a card names, from the catalog; undefined when it names none. */
export function targetOf(data: Record<string, unknown>): MilestoneTarget | undefined {
  const programmeId = own(data, "programmeId");
  const milestoneId = own(data, "milestoneId");
  if (typeof programmeId !== "string" || typeof milestoneId !== "string") return undefined;
  const programme = getProgramme(programmeId);
  const milestone = programme ? findMilestone(programme, milestoneId) : undefined;
  return programme && milestone ? { programme, milestone } : undefined;
}

/** The texts the card sent for the milestone's questions, as sent. */
function rawTexts(data: Record<string, unknown>, ids: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const id of ids) {
    const value = own(data, answerInputId(id));
    if (typeof value === "string") texts.set(id, value);
  }
  return texts;
}

export function parseMilestoneAction(data: Record<string, unknown>): ParsedAction {
  const target = targetOf(data);
  if (!target) return { kind: "unknownMilestone" };
  const known = target.milestone.questions.map((q) => q.id);
  const questionIds = stringArray(own(data, "questionIds"), known.length);
  const originals = stringArray(own(data, "originals"), known.length);
  const basedOnVersion = wholeNumber(own(data, "basedOnVersion"));
  const page = wholeNumber(own(data, "page"));
  const originalAssessment = own(data, "originalAssessment");
  const goTo = own(data, "goTo");
  const textsAreText = known.every((id) => {
    const value = own(data, answerInputId(id));
    return value === undefined || typeof value === "string";
  });
  if (
    questionIds === undefined ||
    originals === undefined ||
    basedOnVersion === undefined ||
    page === undefined ||
    !isAssessment(originalAssessment) ||
    !textsAreText ||
    questionIds.length === 0 ||
    new Set(questionIds).size !== questionIds.length ||
    !questionIds.every((id) => known.includes(id)) ||
    originals.length !== questionIds.length ||
    !originals.every((fp) => FINGERPRINT.test(fp)) ||
    !(goTo === undefined || goTo === "next" || goTo === "previous")
  ) {
    return { kind: "invalidCard", target, raw: rawTexts(data, known) };
  }
  const actionId = own(data, "actionId");
  const language = own(data, "language");
  return {
    kind: "ok",
    target,
    input: {
      ...(language === "da" || language === "en" ? { language } : {}),
      basis: {
        basedOnVersion,
        originals: new Map(questionIds.map((id, i) => [id, originals[i] ?? ""])),
        originalAssessment,
      },
      page,
      ...(goTo === "next" || goTo === "previous" ? { goTo } : {}),
      questionIds,
      raw: rawTexts(data, questionIds),
      rawAssessment: own(data, "assessment"),
      ...(isCardActionId(actionId) ? { actionId } : {}),
    },
  };
}

export type ValidatedTexts =
  | { ok: true; submission: Submission }
  | {
      ok: false;
      /** What to put back in the fields: the input without what must never be echoed. */
      shown: Map<string, string>;
      errors: Map<string, string>;
      assessment: Assessment;
      containsCpr: boolean;
    };

/**
 * Every answer through `cleanFreeText` (control characters, CPR guard, length). A field that is
 * not sent counts as unchanged: it keeps the text the card showed.
 */
export function validateTexts(input: MilestoneCardInput, language: Language): ValidatedTexts {
  const answers = new Map<string, string>();
  const shown = new Map<string, string>();
  const errors = new Map<string, string>();
  let containsCpr = false;
  for (const [id, text] of input.raw) {
    const cleaned = cleanFreeText(text, {
      multiline: true,
      minLength: 0,
      maxLength: ANSWER_MAX_LENGTH,
    });
    if (cleaned.ok) {
      answers.set(id, cleaned.value);
      shown.set(id, cleaned.value);
    } else {
      errors.set(id, cleaned.message[language]);
      containsCpr ||= cleaned.problem === "cpr-number";
      // A card holds at most 4,000 characters a field; a crafted payload may hold more.
      shown.set(id, [...cleaned.safeToShow].slice(0, ANSWER_MAX_LENGTH).join(""));
    }
  }
  const assessment = isAssessment(input.rawAssessment)
    ? input.rawAssessment
    : input.basis.originalAssessment;
  if (
    errors.size > 0 ||
    (input.rawAssessment !== undefined && !isAssessment(input.rawAssessment))
  ) {
    return { ok: false, shown, errors, assessment, containsCpr };
  }
  return { ok: true, submission: { answers, assessment } };
}

/** The notice lines for refused fields; CPR adds the request to delete the channel message. */
export function refusalLines(
  fixFields: string,
  containsCpr: boolean,
  language: Language,
): string[] {
  return containsCpr ? [fixFields, CPR_DELETE_YOUR_MESSAGE[language]] : [fixFields];
}
