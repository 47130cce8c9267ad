import type { Language, LocalizedText } from "../i18n";
import { quoteIfPlain } from "../text/free-text";
import type { MeetingSlot, WeekOfMonth, Weekday } from "./profile";

/**
 * Regular meeting slots as people write them: "2. tirsdag 10:00", "anden tirsdag kl. 10",
 * "sidste torsdag 13.30", "hver onsdag 9", "2nd Tuesday 10:00", "every Wednesday 9:00", "ingen".
 *
 * The words people type are looked up in `Map`s: a plain object would also answer
 * `constructor` or `__proto__` (its prototype's properties), and such a "weekday" once got
 * stored and made every later read of the team's profile fail.
 */
const WEEKDAYS: ReadonlyMap<string, Weekday> = new Map<string, Weekday>([
  ["mandag", 1],
  ["tirsdag", 2],
  ["onsdag", 3],
  ["torsdag", 4],
  ["fredag", 5],
  ["lordag", 6],
  ["sondag", 7],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
  ["sunday", 7],
]);
const ORDINALS: ReadonlyMap<string, WeekOfMonth> = new Map<string, WeekOfMonth>([
  ["1", 1],
  ["1.", 1],
  ["1st", 1],
  ["forste", 1],
  ["first", 1],
  ["2", 2],
  ["2.", 2],
  ["2nd", 2],
  ["anden", 2],
  ["andet", 2],
  ["second", 2],
  ["3", 3],
  ["3.", 3],
  ["3rd", 3],
  ["tredje", 3],
  ["third", 3],
  ["4", 4],
  ["4.", 4],
  ["4th", 4],
  ["fjerde", 4],
  ["fourth", 4],
  ["sidste", "last"],
  ["last", "last"],
]);
const WEEKLY = new Set(["hver", "every", "ugentlig", "weekly"]);
const NONE = new Set([
  "ingen",
  "none",
  "-",
  "ingen fast tid",
  "no fixed time",
  "aftales lobende",
  "ad hoc",
  "ad-hoc",
]);

const WEEKDAY_NAMES: Record<Language, string[]> = {
  da: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

export type SlotParseResult = { ok: true; slot: MeetingSlot } | { ok: false; error: LocalizedText };

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae")
    .replace(/å/g, "aa")
    .replace(/\bkl\.?\s*/g, "")
    .replace(/\b(i maaneden|of the month|at)\b/g, " ")
    .replace(/,/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function parseTime(text: string): string | undefined {
  const match = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

const HOW_TO: LocalizedText = {
  da: 'Skriv fx "2. tirsdag 10:00", "sidste torsdag 13.30", "hver onsdag 9:00" eller "ingen".',
  en: 'Write e.g. "2nd Tuesday 10:00", "last Thursday 13:30", "every Wednesday 9:00" or "none".',
};

/**
 * Names the word that could not be read when it is plain enough to quote; otherwise (a CPR
 * number, a link, Markdown, control characters, a long text) describes it without quoting.
 */
function notReadable(
  word: string,
  quoted: (quote: string) => LocalizedText,
  unquoted: LocalizedText,
): LocalizedText {
  const quote = quoteIfPlain(word);
  return quote === undefined ? unquoted : quoted(quote);
}

export function parseMeetingSlot(text: string): SlotParseResult {
  const normalized = normalize(text);
  if (normalized === "" || NONE.has(normalized)) return { ok: true, slot: { cadence: "none" } };
  const words = normalized.split(" ");
  const [first, second, third] = words;
  const fail = (why: LocalizedText): SlotParseResult => ({
    ok: false,
    error: { da: `${why.da} ${HOW_TO.da}`, en: `${why.en} ${HOW_TO.en}` },
  });
  if (words.length !== 3 || first === undefined || second === undefined || third === undefined) {
    return fail(
      notReadable(
        text,
        (q) => ({
          da: `${q} er ikke en fast mødetid, jeg kan læse.`,
          en: `${q} is not a meeting slot I can read.`,
        }),
        {
          da: "Det er ikke en fast mødetid, jeg kan læse.",
          en: "That is not a meeting slot I can read.",
        },
      ),
    );
  }
  const weekday = WEEKDAYS.get(second);
  if (weekday === undefined) {
    return fail(
      notReadable(
        second,
        (q) => ({ da: `${q} er ikke en ugedag.`, en: `${q} is not a weekday.` }),
        { da: "Ugedagen kan jeg ikke læse.", en: "I cannot read the weekday." },
      ),
    );
  }
  const time = parseTime(third);
  if (time === undefined) {
    return fail(
      notReadable(
        third,
        (q) => ({
          da: `${q} er ikke et klokkeslæt (00:00-23:59).`,
          en: `${q} is not a time of day (00:00-23:59).`,
        }),
        {
          da: "Klokkeslættet kan jeg ikke læse (00:00-23:59).",
          en: "I cannot read the time of day (00:00-23:59).",
        },
      ),
    );
  }
  if (WEEKLY.has(first)) return { ok: true, slot: { cadence: "weekly", weekday, time } };
  const week = ORDINALS.get(first);
  if (week === undefined) {
    return fail(
      notReadable(
        first,
        (q) => ({
          da: `${q} er ikke en uge i måneden (1.-4. eller sidste).`,
          en: `${q} is not a week of the month (1st-4th or last).`,
        }),
        {
          da: "Ugen i måneden kan jeg ikke læse (1.-4. eller sidste).",
          en: "I cannot read the week of the month (1st-4th or last).",
        },
      ),
    );
  }
  return { ok: true, slot: { cadence: "monthly", week, weekday, time } };
}

const EN_ORDINAL: ReadonlyMap<WeekOfMonth, string> = new Map<WeekOfMonth, string>([
  [1, "1st"],
  [2, "2nd"],
  [3, "3rd"],
  [4, "4th"],
  ["last", "last"],
]);

/** "2." / "sidste" in Danish, "2nd" / "last" in English. */
function weekOfMonth(week: WeekOfMonth, language: Language): string {
  if (language === "en") return EN_ORDINAL.get(week) ?? String(week);
  return week === "last" ? "sidste" : `${week}.`;
}

/** The slot as the person would write it, so it can be shown in the card's text field again. */
export function slotAsInput(slot: MeetingSlot, language: Language): string {
  if (slot.cadence === "none") return language === "da" ? "ingen" : "none";
  const day = WEEKDAY_NAMES[language][slot.weekday - 1];
  if (slot.cadence === "weekly")
    return `${language === "da" ? "hver" : "every"} ${day} ${slot.time}`;
  const week = weekOfMonth(slot.week, language);
  return `${week} ${day} ${slot.time}`;
}

/** "Den 2. tirsdag i måneden kl. 10.00" / "2nd Tuesday of the month at 10:00". */
export function describeSlot(slot: MeetingSlot, language: Language): string {
  if (slot.cadence === "none") return language === "da" ? "Ingen fast tid" : "No fixed time";
  const day = WEEKDAY_NAMES[language][slot.weekday - 1];
  const time = language === "da" ? `kl. ${slot.time.replace(":", ".")}` : `at ${slot.time}`;
  if (slot.cadence === "weekly")
    return language === "da" ? `Hver ${day} ${time}` : `Every ${day} ${time}`;
  const week = weekOfMonth(slot.week, language);
  return language === "da"
    ? // "Den …": card text is Markdown, where a line starting "2. " would become a list.
      `Den ${week} ${day} i måneden ${time}`
    : `${week} ${day} of the month ${time}`;
}
