import { seededRandom } from "../support/seeded-random";

/**
 * A deterministic corpus for the CPR guard: CPR numbers written every way people type or paste
 * them, and ordinary numbers (case numbers, dates, phone numbers, amounts, …) that must pass.
 * Generated from a fixed seed, so a failing case can be reproduced and named.
 * Used by `test/domain/cpr-guard.test.ts` and `scripts/cpr-corpus-report.ts`.
 */

export interface CorpusCase {
  text: string;
  /** How the case was built, for failure messages (never a real person's number). */
  label: string;
}

export const NEGATIVE_KINDS = ["case-number", "date", "phone", "amount", "other"] as const;
export type NegativeKind = (typeof NEGATIVE_KINDS)[number];

class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  digits(count: number): string {
    let text = "";
    for (let i = 0; i < count; i++) text += String(this.int(0, 9));
    return text;
  }
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// ---------------------------------------------------------------------------------------------
// CPR numbers

const MOD11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

export function hasValidCheckDigit(tenDigits: string): boolean {
  const sum = [...tenDigits].reduce((acc, d, i) => acc + Number(d) * (MOD11_WEIGHTS[i] ?? 0), 0);
  return sum % 11 === 0;
}

/** The 7th digit tells the century; pick one that fits the birth year, as CPR does. */
function seventhDigitFor(year: number, dice: Dice): number {
  const yy = year % 100;
  if (year < 2000) return dice.pick(yy >= 37 ? [0, 1, 2, 3, 4, 9] : [0, 1, 2, 3]);
  return dice.pick(yy <= 36 ? [4, 5, 6, 7, 8, 9] : [5, 6, 7, 8]);
}

/** Ten digits DDMMYYSSSS; with or without a valid modulus-11 check digit as asked. */
function cprDigits(dice: Dice, withValidCheckDigit: boolean, date?: [number, number, number]) {
  for (;;) {
    const year = date?.[2] ?? dice.int(1930, 2024);
    const month = date?.[1] ?? dice.int(1, 12);
    const day = date?.[0] ?? dice.int(1, daysInMonth(year, month));
    const first9 =
      `${pad2(day)}${pad2(month)}${pad2(year % 100)}` +
      `${seventhDigitFor(year, dice)}${dice.digits(2)}`;
    const weighted = [...first9].reduce(
      (acc, d, i) => acc + Number(d) * (MOD11_WEIGHTS[i] ?? 0),
      0,
    );
    const checkDigit = (11 - (weighted % 11)) % 11;
    if (withValidCheckDigit) {
      if (checkDigit === 10) continue; // no digit makes this one valid; draw again
      return `${first9}${checkDigit}`;
    }
    const other = (checkDigit + dice.int(1, 9)) % 10;
    const digits = `${first9}${checkDigit === 10 ? dice.int(0, 9) : other}`;
    if (!hasValidCheckDigit(digits)) return digits;
  }
}

/** Dates at the edges of the calendar, so the date check is exercised where it can go wrong. */
const EDGE_DATES: [number, number, number][] = [
  [29, 2, 2000],
  [29, 2, 1996],
  [29, 2, 2024],
  [31, 12, 1999],
  [1, 1, 2000],
  [31, 1, 1950],
  [30, 4, 1980],
  [31, 7, 2007],
  [28, 2, 1999],
  [1, 10, 2010],
];

/** 200 distinct CPR numbers: even positions with a valid check digit, odd ones without. */
export function cprNumbers(count = 200): string[] {
  const dice = new Dice(20_071_001);
  const numbers = new Set<string>();
  while (numbers.size < count) {
    const i = numbers.size;
    numbers.add(cprDigits(dice, i % 2 === 0, EDGE_DATES[Math.floor(i / 2)]));
  }
  return [...numbers];
}

/** A way of writing the ten digits, e.g. with an en dash or with full-width digits. */
interface Spelling {
  label: string;
  write(date: string, serial: string): string;
}

const separator = (label: string, sep: string): Spelling => ({
  label,
  write: (date, serial) => `${date}${sep}${serial}`,
});

const mapDigits = (text: string, zero: number): string =>
  text.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));

export const CPR_SPELLINGS: readonly Spelling[] = [
  separator("no separator", ""),
  separator("hyphen-minus", "-"),
  separator("space", " "),
  separator("space-hyphen-space", " - "),
  separator("two spaces", "  "),
  separator("double hyphen", "--"),
  separator("en dash", "\u2013"),
  separator("space-en dash-space", " \u2013 "),
  separator("em dash", "\u2014"),
  separator("hyphen U+2010", "\u2010"),
  separator("non-breaking hyphen", "\u2011"),
  separator("figure dash", "\u2012"),
  separator("horizontal bar", "\u2015"),
  separator("minus sign", "\u2212"),
  separator("heavy minus sign", "\u2796"),
  separator("modifier letter minus", "\u02d7"),
  separator("superscript minus", "\u207b"),
  separator("subscript minus", "\u208b"),
  separator("small hyphen-minus", "\ufe63"),
  separator("full-width hyphen-minus", "\uff0d"),
  separator("no-break space", "\u00a0"),
  separator("narrow no-break space", "\u202f"),
  separator("thin space", "\u2009"),
  separator("figure space", "\u2007"),
  separator("ideographic space", "\u3000"),
  separator("tab", "\t"),
  separator("no-break space-hyphen-no-break space", "\u00a0-\u00a0"),
  separator("soft hyphen", "\u00ad"),
  separator("zero-width space", "\u200b"),
  separator("word joiner", "\u2060"),
  separator("byte order mark", "\ufeff"),
  separator("hyphen and zero-width space", "-\u200b"),
  separator("line break", "\n"),
  separator("CRLF line break", "\r\n"),
  {
    label: "zero-width space inside the date",
    write: (date, serial) => `${date.slice(0, 3)}\u200b${date.slice(3)}-${serial}`,
  },
  {
    label: "zero-width joiners between all digits",
    write: (date, serial) => `${[...date].join("\u200d")}-${[...serial].join("\u200d")}`,
  },
  {
    label: "soft hyphens inside",
    write: (date, serial) => `${date.slice(0, 2)}\u00ad${date.slice(2)}\u00ad${serial}`,
  },
  {
    label: "left-to-right and right-to-left marks",
    write: (date, serial) => `\u200e${date}\u200f-\u200e${serial}`,
  },
  {
    label: "inside a right-to-left override",
    write: (date, serial) => `\u202e${date}-${serial}\u202c`,
  },
  {
    label: "full-width digits",
    write: (date, serial) => `${mapDigits(date, 0xff10)}-${mapDigits(serial, 0xff10)}`,
  },
  {
    label: "full-width digits and hyphen",
    write: (date, serial) => `${mapDigits(date, 0xff10)}\uff0d${mapDigits(serial, 0xff10)}`,
  },
  {
    label: "mathematical bold digits",
    write: (date, serial) => `${mapDigits(date, 0x1d7ce)}-${mapDigits(serial, 0x1d7ce)}`,
  },
  {
    label: "Arabic-Indic digits",
    write: (date, serial) => `${mapDigits(date, 0x0660)}-${mapDigits(serial, 0x0660)}`,
  },
  {
    label: "combining underline on every digit",
    write: (date, serial) => `${date.replace(/\d/g, "$&\u0332")}-${serial}`,
  },
];

/** Where a number sits: alone, inside a sentence, after a colon, glued to letters, … */
export const CPR_CONTEXTS: readonly { label: string; wrap(cpr: string): string }[] = [
  { label: "alone", wrap: (cpr) => cpr },
  { label: "in a sentence", wrap: (cpr) => `Borgerens CPR-nummer er ${cpr}, og hun deltog.` },
  { label: "at the end of a sentence", wrap: (cpr) => `Vi har talt med ${cpr}.` },
  { label: "in parentheses", wrap: (cpr) => `Borgeren (${cpr}) kom til mødet.` },
  { label: "after a colon", wrap: (cpr) => `cpr: ${cpr}` },
  { label: "after a colon without a space", wrap: (cpr) => `CPR-nr.:${cpr}` },
  { label: "glued to letters before", wrap: (cpr) => `CPR${cpr}` },
  { label: "glued to letters after", wrap: (cpr) => `${cpr}borger` },
  { label: "on its own line", wrap: (cpr) => `Sagen drejer sig om\n${cpr}\nog blev drøftet.` },
  { label: "in quotes", wrap: (cpr) => `Han skrev «${cpr}» i feltet "${cpr}".` },
  { label: "in a bullet list", wrap: (cpr) => `- første punkt\n- ${cpr}\n- sidste punkt` },
  { label: "in Markdown bold", wrap: (cpr) => `Se **${cpr}**` },
  { label: "as a link text", wrap: (cpr) => `[${cpr}](https://example.dk)` },
  { label: "beside a phone number", wrap: (cpr) => `tlf. 12 34 56 78; ${cpr}; sag 2018-1700` },
];

/** Every CPR number in every spelling in every context. All of them must be caught. */
export function cprCorpus(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const [index, digits] of cprNumbers().entries()) {
    const check = hasValidCheckDigit(digits) ? "valid check digit" : "no valid check digit";
    for (const spelling of CPR_SPELLINGS) {
      const written = spelling.write(digits.slice(0, 6), digits.slice(6));
      for (const context of CPR_CONTEXTS) {
        cases.push({
          text: context.wrap(written),
          label: `CPR #${index} (${check}), ${spelling.label}, ${context.label}`,
        });
      }
    }
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Numbers that must pass

const DASHES = ["-", "\u2013", "\u2011", "\u2212", " - ", " \u2013 "];
const MONTHS = [
  ...["januar", "februar", "marts", "april", "maj", "juni"],
  ...["juli", "august", "september", "oktober", "november", "december"],
];

type Generator = (dice: Dice) => string;

function randomDate(dice: Dice): { day: number; month: number; year: number } {
  const year = dice.int(1950, 2035);
  const month = dice.int(1, 12);
  return { day: dice.int(1, daysInMonth(year, month)), month, year };
}

const CASE_NUMBERS: Generator[] = [
  (d) => `Sag ${d.int(2000, 2030)}${d.pick(DASHES)}${d.digits(4)}`,
  (d) => `sagsnr. ${d.int(2000, 2030)} - ${d.digits(4)}`,
  (d) => `Journalnr. ${pad2(d.int(0, 30))}/${d.digits(5)}`,
  (d) => `S-${d.int(2000, 2030)}-${d.digits(6)}`,
  (d) =>
    `KLE ${pad2(d.int(0, 32))}.${pad2(d.int(0, 40))}.${pad2(d.int(0, 20))}-G01-${d.int(1, 20)}-${pad2(d.int(0, 30))}`,
  (d) => `j.nr. ${d.int(2000, 2030)}-${d.int(10, 99)}-${d.digits(4)}`,
  (d) => `sag ${d.int(2000, 2030)}/${d.digits(5)} og ${d.int(2000, 2030)}-${d.digits(4)}`,
  (d) => `Dok. ${d.int(2000, 2030)}-${d.digits(6)}`,
  (d) => `(sagsnummer ${d.digits(2)}-${d.digits(4)}-${d.digits(4)})`,
];

const DATES: Generator[] = [
  (d) => {
    const { day, month, year } = randomDate(d);
    return `Mødet er ${pad2(day)}.${pad2(month)}.${year}.`;
  },
  (d) => {
    const { day, month, year } = randomDate(d);
    return `${year}-${pad2(month)}-${pad2(day)}`;
  },
  (d) => {
    const { day, month, year } = randomDate(d);
    return `den ${day}/${month}-${year} kl. ${d.int(8, 16)}.${d.pick(["00", "15", "30"])}`;
  },
  (d) => {
    const { day, month, year } = randomDate(d);
    return `${pad2(day)}-${pad2(month)}-${year}`;
  },
  (d) => {
    const { day, month, year } = randomDate(d);
    return `${day}. ${MONTHS[month - 1] ?? "maj"} ${year}`;
  },
  (d) => {
    const { day, month, year } = randomDate(d);
    return `d. ${pad2(day)}.${pad2(month)}.${pad2(year % 100)}`;
  },
  (d) => {
    const { day, month, year } = randomDate(d);
    return `${pad2(day)}${pad2(month)}${year}`;
  },
  (d) => {
    const { day, month, year } = randomDate(d);
    return `Dato: ${pad2(day)}${pad2(month)}${pad2(year % 100)}`;
  },
  (d) => {
    const a = randomDate(d);
    const b = randomDate(d);
    return `${pad2(a.day)}.${pad2(a.month)}.${a.year}${d.pick(DASHES)}${pad2(b.day)}.${pad2(b.month)}.${b.year}`;
  },
  (d) => {
    const { day, month, year } = randomDate(d);
    return `${year}-${pad2(month)}-${pad2(day)}T${pad2(d.int(0, 23))}:${pad2(d.int(0, 59))}`;
  },
];

const PHONES: Generator[] = [
  (d) => `+45 ${d.digits(2)} ${d.digits(2)} ${d.digits(2)} ${d.digits(2)}`,
  (d) => `tlf. ${d.int(2, 9)}${d.digits(7)}`,
  (d) => `${d.int(2, 9)}${d.digits(1)} ${d.digits(2)} ${d.digits(2)} ${d.digits(2)}`,
  (d) => `+45${d.int(2, 9)}${d.digits(7)}`,
  (d) => `0045 ${d.int(2, 9)}${d.digits(7)}`,
  (d) => `(+45) ${d.int(2, 9)}${d.digits(3)} ${d.digits(4)}`,
  (d) => `+45 ${d.int(2, 9)}${d.digits(3)}\u00a0${d.digits(4)}`,
  (d) => `${d.int(2, 9)}${d.digits(1)}-${d.digits(2)}-${d.digits(2)}-${d.digits(2)}`,
  (d) => `+46 8 ${d.digits(3)} ${d.digits(3)} ${d.digits(2)}`,
  (d) => `+44 20 ${d.digits(4)} ${d.digits(4)}`,
  (d) => `mobil ${d.int(2, 9)}${d.digits(7)} / ${d.int(2, 9)}${d.digits(7)}`,
];

const AMOUNTS: Generator[] = [
  (d) => `${d.int(1, 9)}.${d.digits(3)}.${d.digits(3)} kr.`,
  (d) => `${d.int(100, 999)}.${d.digits(3)},${d.digits(2)}`,
  (d) => `kr. ${d.int(1, 99)}.${d.digits(3)},${d.digits(2)}`,
  (d) => `DKK ${d.int(10, 999)}.${d.digits(3)}`,
  (d) => `${d.int(1000, 99999)} kr`,
  (d) => `${d.int(1, 9)} ${d.digits(3)} ${d.digits(3)} kr.`,
  (d) => `€ ${d.int(1, 9)}.${d.digits(3)},${d.digits(2)}`,
  (d) => `${d.int(100, 200)}.000${d.pick(DASHES)}${d.int(201, 400)}.000 kr.`,
  (d) => `kr. ${d.int(100000, 999999)}`,
  (d) => `${d.int(10, 99)}.${d.digits(3)} kr./md.`,
  (d) => `budget ${d.int(1, 9)}.${d.digits(3)}.${d.digits(3)},${d.digits(2)} kr`,
];

const OTHERS: Generator[] = [
  (d) => `${d.int(1000, 9990)} ${d.pick(["Aarhus C", "Odense", "Vejle", "Aalborg"])}`,
  (d) => `DK-${d.int(1000, 9990)} København`,
  (d) => `i ${d.int(1990, 2035)}`,
  (d) => `${d.int(1990, 2035)}-${d.int(1990, 2035)}`,
  (d) => `kl. ${pad2(d.int(0, 23))}:${pad2(d.int(0, 59))}`,
  (d) => `${pad2(d.int(8, 12))}.${pad2(d.int(0, 59))}-${pad2(d.int(13, 17))}.${pad2(d.int(0, 59))}`,
  (d) => `${pad2(d.int(8, 12))}${pad2(d.int(0, 59))}-${pad2(d.int(13, 17))}${pad2(d.int(0, 59))}`,
  (d) => `CVR ${d.int(10, 99)}${d.digits(6)}`,
  (d) => `EAN ${d.digits(13)}`,
  // Near misses: ten digits whose first six are no date.
  (d) => `${pad2(d.int(32, 99))}${pad2(d.int(1, 12))}${d.digits(2)}-${d.digits(4)}`,
  (d) => `${pad2(d.int(1, 28))}${pad2(d.int(13, 99))}${d.digits(2)}${d.digits(4)}`,
  (d) => `00${pad2(d.int(1, 12))}${d.digits(2)} ${d.digits(4)}`,
  // Near misses: a date-like run glued to more digits.
  (d) => `${pad2(d.int(1, 28))}${pad2(d.int(1, 12))}${d.digits(2)}${d.digits(5)}`,
  (d) => `${pad2(d.int(1, 28))}${pad2(d.int(1, 12))}${d.digits(2)}-${d.digits(5)}`,
  (d) => `${d.digits(2)}${pad2(d.int(1, 28))}${pad2(d.int(1, 12))}${d.digits(2)}-${d.digits(4)}`,
  (d) => `${pad2(d.int(1, 28))}${pad2(d.int(1, 12))}${d.digits(2)}-${d.digits(3)}`,
];

const GENERATORS: ReadonlyMap<NegativeKind, Generator[]> = new Map([
  ["case-number", CASE_NUMBERS],
  ["date", DATES],
  ["phone", PHONES],
  ["amount", AMOUNTS],
  ["other", OTHERS],
]);

/** Sentences the negatives are placed in, so boundaries are tested too. */
const NEGATIVE_CONTEXTS: readonly ((text: string) => string)[] = [
  (text) => text,
  (text) => `Vi aftalte: ${text}.`,
  (text) => `(${text})`,
  (text) => `Se ${text}\nog ring bagefter.`,
];

/** At least `perKind` distinct texts of each kind that must NOT be taken for a CPR number. */
export function negativeCorpus(perKind = 240): ReadonlyMap<NegativeKind, CorpusCase[]> {
  const corpus = new Map<NegativeKind, CorpusCase[]>();
  for (const [kindIndex, kind] of NEGATIVE_KINDS.entries()) {
    const dice = new Dice(4_500 + kindIndex);
    const generators = GENERATORS.get(kind) ?? [];
    const texts = new Map<string, string>();
    for (let attempt = 0; texts.size < perKind && attempt < perKind * 50; attempt++) {
      const generator = generators[attempt % generators.length];
      const context = NEGATIVE_CONTEXTS[Math.floor(attempt / generators.length) % 4];
      if (generator === undefined || context === undefined) continue;
      const text = context(generator(dice));
      if (!texts.has(text)) texts.set(text, `${kind} pattern ${attempt % generators.length}`);
    }
    corpus.set(
      kind,
      [...texts].map(([text, label]) => ({ text, label })),
    );
  }
  return corpus;
}

/**
 * Ten-digit numbers that are not CPR numbers but can have the same shape, so the guard cannot
 * tell them apart: bank account numbers, P-numbers and journal numbers that start with a date.
 * Reported by `scripts/cpr-corpus-report.ts` to show the cost of full recall; not asserted.
 */
export function lookAlikeCorpus(perKind = 240): ReadonlyMap<string, CorpusCase[]> {
  const dice = new Dice(1_007);
  const kinds: [string, Generator][] = [
    ["bank account (10 digits)", (d) => `reg.nr. ${d.digits(4)} kontonr. ${d.digits(10)}`],
    ["P-number", (d) => `P-nummer ${d.int(1000000000, 1999999999)}`],
    [
      "journal no. YYMMDD-NNNN",
      (d) => `j.nr. ${d.int(15, 27)}${pad2(d.int(1, 12))}${pad2(d.int(1, 28))}-${d.digits(4)}`,
    ],
  ];
  return new Map(
    kinds.map(([kind, generator]) => [
      kind,
      Array.from({ length: perKind }, () => ({ text: generator(dice), label: kind })),
    ]),
  );
}
