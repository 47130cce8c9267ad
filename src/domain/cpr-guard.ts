import type { LocalizedText } from "./i18n";
import { matchingText, toMatchingForm } from "./text/matching-form";

/**
 * The bot must never store or log a CPR number. Since 2007 numbers without a valid modulus-11
 * check digit are issued, so the guard matches a valid date (DDMMYY) plus four digits and never
 * relies on the checksum.
 *
 * It matches on the text's matching form (see `matching-form.ts`), so en dashes, non-breaking
 * hyphens, minus signs, odd spaces, invisible characters and full-width digits are caught too.
 * Between the date and the four digits: nothing, a dash (or two), spaces, spaces around a dash,
 * or one line break. Around the ten digits: anything but another digit. A number glued to
 * letters ("CPR0709111234") is still a CPR number; one glued to more digits is a longer number.
 * Not matched on purpose: four-digit groups (case numbers "2018 - 1700"), dates with separators
 * inside them (07.09.2011), eight-digit phone numbers, and ten digits whose first six are no date.
 */
// The separator is written so that a run of spaces can be read only one way: with two optional
// space runs side by side, a date followed by many spaces took quadratic time.
const CANDIDATE = /(?<!\d)(\d{2})(\d{2})(\d{2}) *(?:(?:-{1,2}|\n) *)?(\d{4})(?!\d)/g;

function isValidDayMonth(day: number, month: number, twoDigitYear: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // The century depends on the 7th digit; a day valid in any possible century counts.
  return [1800, 1900, 2000].some((century) => {
    const date = new Date(Date.UTC(century + twoDigitYear, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  });
}

/** Where CPR numbers sit in a matching-form text: [start, end) of each, in order. */
function cprSpans(foldedText: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of foldedText.matchAll(CANDIDATE)) {
    const [whole, dd, mm, yy] = match;
    if (isValidDayMonth(Number(dd), Number(mm), Number(yy))) {
      spans.push([match.index, match.index + whole.length]);
    }
  }
  return spans;
}

/** True when the text contains something shaped like a CPR number, however it was typed. */
export function containsCprNumber(text: string): boolean {
  return cprSpans(matchingText(text)).length > 0;
}

/**
 * The text with every CPR number (and any invisible characters inside it) replaced, so a card
 * can give the person the rest of their input back, and a log line can say what happened,
 * without repeating the number.
 */
export function redactCprNumbers(text: string, replacement = "[CPR]"): string {
  const form = toMatchingForm(text);
  let result = "";
  let copied = 0;
  for (const [start, end] of cprSpans(form.text)) {
    const from = form.sourceStart[start] ?? copied;
    const to = form.sourceEnd[end - 1] ?? from;
    result += text.slice(copied, from) + replacement;
    copied = to;
  }
  return result + text.slice(copied);
}

/** Why the text was not saved. It never quotes the text. */
export const CPR_REFUSAL: LocalizedText = {
  da: "Teksten ligner et CPR-nummer, så jeg har ikke gemt den. Fjern nummeret og prøv igen: CPR-numre indberettes kun i Socialstyrelsens eget system.",
  en: "The text looks like it contains a CPR number, so I did not save it. Remove the number and try again: CPR numbers are only reported in Socialstyrelsen's own system.",
};

/** The bot cannot delete what a person wrote in the channel, so it asks them to. */
export const CPR_DELETE_YOUR_MESSAGE: LocalizedText = {
  da: "Har du også skrevet nummeret i en besked i kanalen, så slet venligst den besked.",
  en: "If you also wrote the number in a message in the channel, please delete that message.",
};
