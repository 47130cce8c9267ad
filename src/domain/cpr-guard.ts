/**
 * The bot must never store or log a CPR number. Since 2007 numbers without a valid modulus-11
 * check digit are issued, so the guard matches a valid date (DDMMYY) plus four digits, with or
 * without the dash, and never relies on the checksum.
 */
const CANDIDATE = /(?<!\d)(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?!\d)/g;

function isValidDayMonth(day: number, month: number, twoDigitYear: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // The century depends on the 7th digit; a day valid in any possible century counts.
  return [1800, 1900, 2000].some((century) => {
    const date = new Date(Date.UTC(century + twoDigitYear, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  });
}

export function containsCprNumber(text: string): boolean {
  for (const match of text.matchAll(CANDIDATE)) {
    const [, dd, mm, yy] = match;
    if (isValidDayMonth(Number(dd), Number(mm), Number(yy))) return true;
  }
  return false;
}

export const CPR_REFUSAL = {
  da: "Teksten ligner et CPR-nummer, så jeg har ikke gemt den. Fjern nummeret og prøv igen: CPR-numre indberettes kun i Socialstyrelsens eget system.",
  en: "The text looks like it contains a CPR number, so I did not save it. Remove the number and try again: CPR numbers are only reported in Socialstyrelsen's own system.",
};
