/**
 * The form of a text that pattern guards (the CPR guard) match against: what a reader SEES,
 * with Unicode's many ways of writing it folded together. People type en dashes and non-breaking
 * hyphens, paste full-width digits and invisible characters; all of them must look alike here.
 *
 * Per code point of the input, in this order:
 * - invisible characters are dropped: format characters (`\p{Cf}`: zero-width space/joiner, BOM,
 *   soft hyphen, bidi marks and overrides), combining marks, other default-ignorable code points,
 *   and control characters other than tab and line breaks;
 * - line breaks (LF, CR, CRLF, NEL, U+2028/2029, vertical tab, form feed) become "\n";
 * - the rest is NFKC-normalised (full-width and mathematical digits become ASCII digits), then
 *   every decimal digit of any script becomes its ASCII digit, every dash-like character or minus
 *   sign becomes "-", and every space-like character (tab, `\p{Zs}`) becomes " ".
 *
 * NFKC is applied per code point rather than to the whole string: that keeps a map from every
 * character of the result back to the input (so a match can be cut out of the original text),
 * and digits, dashes and spaces never compose with their neighbours, so nothing is lost for them.
 */
export interface MatchingForm {
  text: string;
  /** For each UTF-16 unit of `text`, where the input code point it came from starts. */
  sourceStart: readonly number[];
  /** For each UTF-16 unit of `text`, where the input code point it came from ends. */
  sourceEnd: readonly number[];
}

const INVISIBLE = /^[\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}]$/u;
const LINE_BREAK = /^[\n\v\f\r\u0085\u2028\u2029]$/u;
const CONTROL = /^\p{Cc}$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
/** Dash punctuation plus the minus signs that Unicode files elsewhere (Sm, Lm, So). */
const DASH_LIKE = /^[\p{Pd}\u2212\u2796\u02d7\u207b\u208b\ufe63\uff0d]$/u;
/** Tab, space separators, and characters that render as an empty cell (braille blank). */
const SPACE_LIKE = /^[\t\p{Zs}\u2800]$/u;

/**
 * The ASCII digit of any decimal digit. Unicode encodes every decimal digit in a run of ten,
 * 0 to 9, and runs only ever sit back to back; so the distance from the start of the unbroken
 * stretch of digits, modulo 10, is the digit's value.
 */
function asciiDigit(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint <= 0x39) return char;
  let start = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((codePoint - start) % 10);
}

function foldCharacter(char: string): string {
  if (DECIMAL_DIGIT.test(char)) return asciiDigit(char);
  if (DASH_LIKE.test(char)) return "-";
  if (SPACE_LIKE.test(char)) return " ";
  return char;
}

function foldOther(char: string): string {
  if (LINE_BREAK.test(char)) return "\n";
  if (char === "\t") return " ";
  if (CONTROL.test(char) || INVISIBLE.test(char)) return "";
  let folded = "";
  for (const part of char.normalize("NFKC")) {
    folded += INVISIBLE.test(part) ? "" : foldCharacter(part);
  }
  return folded;
}

/** Folded non-ASCII code points seen so far; bounded, so odd input cannot grow it forever. */
const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 4096;

/** What one input code point looks like in the matching form ("" when it is invisible). */
function foldCodePoint(char: string, next: string | undefined): string {
  const code = char.charCodeAt(0);
  // Printable ASCII is its own matching form; most text is nothing else.
  if (code >= 0x20 && code < 0x7f) return char;
  if (char === "\r" && next === "\n") return "";
  const known = FOLDED.get(char);
  if (known !== undefined) return known;
  const folded = foldOther(char);
  if (FOLDED.size < FOLDED_LIMIT) FOLDED.set(char, folded);
  return folded;
}

/** Printable ASCII and newlines: such a text is its own matching form. */
const ALREADY_FOLDED = /^[\x20-\x7e\n]*$/;

/** Just the matching form's text, without the map back to the input. */
export function matchingText(input: string): string {
  if (ALREADY_FOLDED.test(input)) return input;
  return [...input].map((char, index, all) => foldCodePoint(char, all[index + 1])).join("");
}

export function toMatchingForm(input: string): MatchingForm {
  const codePoints = [...input];
  let text = "";
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  let offset = 0;
  for (const [index, char] of codePoints.entries()) {
    const folded = foldCodePoint(char, codePoints[index + 1]);
    for (let unit = 0; unit < folded.length; unit++) {
      sourceStart.push(offset);
      sourceEnd.push(offset + char.length);
    }
    text += folded;
    offset += char.length;
  }
  return { text, sourceStart, sourceEnd };
}
