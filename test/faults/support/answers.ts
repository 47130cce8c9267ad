import { cleanFreeText } from "../../../src/domain/text/free-text";
import { explainFailure } from "../../../src/features/failure-explanations";
import { UnreadableDocumentError } from "../../../src/store/errors";
import { somethingWentWrong, tooLate, unknownButton } from "../../../src/teams/glue-texts";
import type { TurnBudget } from "../../../src/turn-budget";
import { invokeCard, invokeMessage } from "../../support/card-responses";
import { cardText, type TurnResult } from "../../support/teams-activities";

/** What a card action answered, as the person sees it. */
export interface Answer {
  status: number | undefined;
  /** A card in place of the clicked one, or a short message (the clicked card stays as it was). */
  kind: "card" | "message" | "none";
  card: unknown;
  text: string;
}

export function answerOf(result: TurnResult): Answer {
  const card = invokeCard(result);
  const message = invokeMessage(result);
  return {
    status: result.invokeResponse?.status,
    kind: card !== undefined ? "card" : message !== undefined ? "message" : "none",
    card,
    text: card !== undefined ? cardText(card) : (message ?? ""),
  };
}

const budget = (commitStarted: boolean) => ({ commitStarted }) as TurnBudget;

/**
 * What the Teams glue says when a handler threw or no handler answered: never a clear answer to
 * a payload a feature should have read.
 */
const GENERIC = [
  ...(["da", "en"] as const).flatMap((language) => [
    somethingWentWrong(language, undefined),
    somethingWentWrong(language, budget(false)),
    somethingWentWrong(language, budget(true)),
    unknownButton(language, true).text,
    unknownButton(language, false).text,
  ]),
  ...Object.values(explainFailure(new UnreadableDocumentError("x")) ?? {}),
];

/** Not a generic apology, not empty: the person is told something about what they did. */
export function isClearAnswer(answer: Answer): boolean {
  if (answer.kind === "none" || answer.text.trim() === "") return false;
  return !GENERIC.some((generic) => answer.text.includes(generic));
}

/** The store's late answers: truthful, but they say the store was slow. */
export const LATE_ANSWERS = (["da", "en"] as const).flatMap((language) => [
  tooLate(language, false),
  tooLate(language, true),
]);

export interface TextInput {
  type: string;
  value: string;
}

/** The card's fields a person types into (text, date, time), by id. */
export function textInputs(card: unknown): Map<string, TextInput> {
  const found = new Map<string, TextInput>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (
      (record.type === "Input.Text" ||
        record.type === "Input.Date" ||
        record.type === "Input.Time") &&
      typeof record.id === "string"
    ) {
      found.set(record.id, {
        type: record.type,
        value: typeof record.value === "string" ? record.value : "",
      });
    }
    Object.values(record).forEach(visit);
  };
  visit(card);
  return found;
}

/** A text as a field may give it back: cleaned (or made safe to show), whitespace collapsed. */
export function visible(text: string): string {
  const cleaned = cleanFreeText(text, {
    multiline: true,
    minLength: 0,
    maxLength: Number.MAX_SAFE_INTEGER,
  });
  return (cleaned.ok ? cleaned.value : cleaned.safeToShow).replace(/\s+/gu, " ").trim();
}

/** At least this much of an over-long text must come back (the shortest field limit is 20). */
const SHORTEST_LIMIT = 19;

/** True when `shown` is what was `sent`, as the field may give it back (cleaned, or cut at its limit). */
export function keeps(sent: string, shown: string): boolean {
  const want = visible(sent);
  const got = visible(shown);
  if (want === got) return true;
  return [...got].length >= SHORTEST_LIMIT && want.startsWith(got);
}

/** Every string in the stored documents, as `visible` gives it. */
export function storedTexts(json: string): Set<string> {
  const texts = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node === "string") texts.add(visible(node));
    else if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === "object" && node !== null) Object.values(node).forEach(visit);
  };
  for (const line of json.split("\n")) if (line) visit(JSON.parse(line));
  return texts;
}

/** Bytes of a card as Teams measures it. */
export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), "utf8");
}
