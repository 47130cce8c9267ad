import { containsCprNumber, CPR_REFUSAL, redactCprNumbers } from "../cpr-guard";
import type { LocalizedText } from "../i18n";

/**
 * Every free-text field goes through `cleanFreeText` before it is stored or echoed back.
 *
 * Refused (the person gets a reason, never their text quoted back):
 * - control characters: C0 (NUL included) and C1, and DEL; tab and line breaks are whitespace;
 * - bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069): they make text display
 *   differently from what it is;
 * - hidden text: Unicode tag characters (they can carry a whole invisible message), except in
 *   the flag emoji that are built from them;
 * - broken text: lone surrogates and noncharacters (U+FDD0–FDEF, U+xFFFE/xFFFF);
 * - anything shaped like a CPR number (see `cpr-guard.ts`).
 * Removed silently, because nobody can see them to delete them by hand: other invisible
 * characters (zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen, bidi marks,
 * Hangul fillers, combining grapheme joiner); a zero-width joiner or variation selector that
 * belongs to an emoji is kept.
 * Whitespace: every space-like character becomes a plain space; single-line fields collapse all
 * whitespace (line breaks too) to single spaces; multi-line fields keep line breaks (as "\n"),
 * drop spaces at line ends and keep at most one empty line in a row. Both are trimmed.
 * Length is counted in code points after all this, so a name of zero-width characters is empty
 * and a string of combining marks cannot hide behind one visible character.
 */
export interface FreeTextRules {
  multiline: boolean;
  minLength: number;
  maxLength: number;
}

export type FreeTextProblem =
  | "control-character"
  | "bidi-control"
  | "hidden-text"
  | "broken-text"
  | "cpr-number"
  | "empty"
  | "too-short"
  | "too-long";

export type FreeTextResult =
  | { ok: true; value: string }
  | {
      ok: false;
      problem: FreeTextProblem;
      /** Says what is wrong without repeating the text. */
      message: LocalizedText;
      /**
       * The input with every refused character removed, CPR numbers replaced by "[CPR]" and
       * whitespace tidied: safe to put back into the card's field so the person loses nothing
       * else. Not length-checked.
       */
      safeToShow: string;
    };

/** C0 and C1 controls and DEL, except tab, LF and CR (whitespace, handled below). */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
/**
 * A flag emoji built from tag characters: 🏴, a subdivision code in tag letters and digits
 * (e.g. "gbsct", Scotland), and the cancel tag. Anything longer could carry hidden text.
 */
const TAG_FLAG =
  /(\u{1f3f4}[\u{e0061}-\u{e007a}]{2}[\u{e0030}-\u{e0039}\u{e0061}-\u{e007a}]{1,4}\u{e007f})/u;
const TAG = /[\u{e0000}-\u{e007f}]/u;
/** Lone surrogates (invalid UTF-16) and the code points Unicode reserves as noncharacters. */
const BROKEN = /[\p{Cs}\p{Noncharacter_Code_Point}]/u;

const REFUSED: readonly [FreeTextProblem, RegExp][] = [
  ["broken-text", BROKEN],
  ["control-character", CONTROL],
  ["bidi-control", BIDI_CONTROL],
  ["hidden-text", TAG],
];

/** The text in pieces; flag emoji made of tag characters sit at the odd indexes. */
const aroundTagFlags = (text: string): string[] => text.split(TAG_FLAG);

function refusedCharacterProblem(text: string): FreeTextProblem | undefined {
  const outsideFlags = aroundTagFlags(text)
    .filter((_piece, index) => index % 2 === 0)
    .join(" ");
  return REFUSED.find(([, pattern]) => pattern.test(outsideFlags))?.[0];
}

function withoutRefusedCharacters(text: string): string {
  const isRefused = (char: string) => REFUSED.some(([, pattern]) => pattern.test(char));
  return aroundTagFlags(text)
    .map((piece, index) =>
      index % 2 === 1 ? piece : [...piece].filter((char) => !isRefused(char)).join(""),
    )
    .join("");
}

/** Invisible characters that are removed rather than refused. */
// (Combining characters as alternatives: inside a class ESLint reads them as joined to the last.)
const INVISIBLE = /[\p{Cf}\p{Variation_Selector}\u115f\u1160\u3164\uffa0]|\u034f|\u17b4|\u17b5/u;
const EMOJI_JOINER_AFTER =
  /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Variation_Selector})$/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;
const VARIATION_SELECTOR = /^\p{Variation_Selector}$/u;
const VISIBLE_BASE = /^[^\s\p{Cf}\p{Z}\p{Variation_Selector}]$/u;

/** Removes invisible characters, keeping joiners and variation selectors that form emoji. */
function withoutInvisibleCharacters(text: string): string {
  const chars = [...text];
  let result = "";
  let previous = ""; // the last code point kept
  for (const [index, char] of chars.entries()) {
    const keep =
      !INVISIBLE.test(char) ||
      TAG.test(char) ||
      (char === "\u200d" &&
        EMOJI_JOINER_AFTER.test(previous) &&
        EMOJI.test(chars[index + 1] ?? "")) ||
      (VARIATION_SELECTOR.test(char) && VISIBLE_BASE.test(previous));
    if (keep) {
      result += char;
      previous = char;
    }
  }
  return result;
}

/** Space-like characters (no-break, thin, ideographic spaces, braille blank) and tab. */
const SPACE_LIKE = /[\t\p{Zs}\u2800]/gu;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/gu;

function tidyWhitespace(text: string, multiline: boolean): string {
  const lines = text.replace(LINE_BREAK, "\n");
  if (!multiline) return lines.replace(/[\s\u2800]+/gu, " ").trim();
  return lines
    .split("\n")
    .map((line) => line.replace(SPACE_LIKE, (c) => (c === "\t" ? "\t" : " ")).trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function tidy(text: string, multiline: boolean): string {
  return tidyWhitespace(withoutInvisibleCharacters(text.normalize("NFC")), multiline);
}

const codePointLength = (text: string): number => [...text].length;

function messageFor(problem: FreeTextProblem, rules: FreeTextRules, length: number): LocalizedText {
  switch (problem) {
    case "cpr-number":
      return CPR_REFUSAL;
    case "control-character":
      return {
        da: "Teksten indeholder usynlige styretegn, som ikke kan gemmes. Skriv den igen, eller indsæt den uden formatering.",
        en: "The text contains invisible control characters that cannot be saved. Type it again or paste it without formatting.",
      };
    case "bidi-control":
      return {
        da: "Teksten indeholder usynlige tegn, der vender skriveretningen, så teksten kan se anderledes ud, end den er. Skriv den igen uden dem.",
        en: "The text contains invisible characters that reverse the writing direction, so it can look different from what it is. Type it again without them.",
      };
    case "hidden-text":
      return {
        da: "Teksten indeholder skjult tekst i usynlige tegn, som ikke kan gemmes. Skriv den igen.",
        en: "The text contains hidden text in invisible characters that cannot be saved. Type it again.",
      };
    case "broken-text":
      return {
        da: "Teksten indeholder ugyldige tegn, som ikke kan gemmes. Skriv den igen.",
        en: "The text contains invalid characters that cannot be saved. Type it again.",
      };
    case "empty":
      return {
        da: `Feltet er tomt. Skriv mindst ${rules.minLength} tegn.`,
        en: `The field is empty. Write at least ${rules.minLength} characters.`,
      };
    case "too-short":
      return {
        da: `Teksten er for kort. Skriv mindst ${rules.minLength} tegn.`,
        en: `The text is too short. Write at least ${rules.minLength} characters.`,
      };
    case "too-long":
      return {
        da: `Teksten er for lang: højst ${rules.maxLength} tegn, og den har ${length}.`,
        en: `The text is too long: at most ${rules.maxLength} characters, and it has ${length}.`,
      };
  }
}

function lengthProblem(length: number, rules: FreeTextRules): FreeTextProblem | undefined {
  if (length === 0 && rules.minLength > 0) return "empty";
  if (length < rules.minLength) return "too-short";
  if (length > rules.maxLength) return "too-long";
  return undefined;
}

/** The clean value to store, or why not (with a text that is safe to give back). */
export function cleanFreeText(input: string, rules: FreeTextRules): FreeTextResult {
  const tidied = tidy(withoutRefusedCharacters(input), rules.multiline);
  const length = codePointLength(tidied);
  const problem =
    containsCprNumber(input) || containsCprNumber(tidied)
      ? "cpr-number"
      : (refusedCharacterProblem(input) ?? lengthProblem(length, rules));
  if (problem === undefined) return { ok: true, value: tidied };
  return {
    ok: false,
    problem,
    message: messageFor(problem, rules, length),
    safeToShow: redactCprNumbers(tidied),
  };
}

/** Only these may be quoted back in a message: Latin letters, digits, spaces and . : , / - */
const PLAIN = /^[\p{Script=Latin}0-9 .:,/-]+$/u;
const QUOTE_LIMIT = 40;

/**
 * `"text"` when the text is safe to repeat inside a message: short, plain (nothing Markdown,
 * a link or a control character could use) and no CPR number; otherwise undefined, and the
 * message describes the problem without quoting.
 */
export function quoteIfPlain(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === "" || codePointLength(trimmed) > QUOTE_LIMIT) return undefined;
  if (!PLAIN.test(trimmed) || containsCprNumber(trimmed)) return undefined;
  return `"${trimmed}"`;
}
