import { formatDayAndDate, formatLongDate, formatMonth } from "../../domain/dates";
import type { Language } from "../../domain/i18n";
import type { DanishHoliday, Occurrence, PhasePosition } from "../../domain/schedule";

/** Everything the nudge card and its buttons say, Danish first. */
export const NUDGE_TEXT = {
  da: {
    title: (month: string) => `Månedens overblik: ${formatMonth(`${month}-01`, "da")}`,
    thisMonth: "Det sker i denne måned",
    nothingThisMonth: "Ingen faste møder eller aktiviteter i denne måned.",
    overdue: "Mangler at blive markeret som holdt",
    anchoring: "Workshop om forankring",
    milestones: "Milepæle",
    awaiting: (approvers: string) =>
      approvers === "" ? "Afventer godkendelse" : `Afventer godkendelse fra ${approvers}`,
    unanswered: "Ingen svar endnu i denne fase",
    andMore: (count: number) => `… og ${count} flere`,
    supervisionProgress: (held: number, total: number) => `${held} af ${total} holdt indtil nu`,
    markHeld: "Markér som holdt",
    move: "Flyt",
    plan: "Planlæg",
    snooze: "Udsæt en uge",
    newDate: "Ny dato",
    newTime: "Tidspunkt (valgfrit)",
    saveMove: "Gem ny dato",
    footer:
      "Knapperne kan bruges af teamets medlemmer, og alle ændringer kan ses med @Implementeringsguiden historik.",
    // Row notes
    held: "✓ Holdt",
    cancelled: "Aflyst",
    notMarkedHeld: "Ikke markeret som holdt",
    movedFrom: (date: string) => `Flyttet fra ${formatLongDate(date, "da")}`,
    holiday: (holiday: DanishHoliday) =>
      holiday.kind === "public-holiday"
        ? `Bemærk: ${holiday.name.da} er en helligdag`
        : `Bemærk: ${holiday.name.da}, hvor de fleste har fri`,
    anchoringNotPlanned: (phaseStart: string, started: boolean) =>
      started
        ? `Forankringsfasen begyndte ${formatLongDate(phaseStart, "da")}, og workshoppen er ikke planlagt endnu.`
        : `Forankringsfasen begynder ${formatLongDate(phaseStart, "da")}. Planlæg workshoppen nu.`,
    anchoringNotHeld: "Workshoppen er ikke markeret som holdt.",
    notScheduled: "Ingen dato endnu",
    // Button answers
    confirmedHeld: (who: string, what: string) => `${who} markerede ${what} som holdt.`,
    confirmedMoved: (who: string, what: string, to: string) => `${who} flyttede ${what} til ${to}.`,
    confirmedPlanned: (who: string, what: string, to: string) =>
      `${who} planlagde ${what} til ${to}.`,
    confirmedSnoozed: (who: string, what: string, to: string) =>
      `${who} udsatte ${what} en uge, til ${to}.`,
    alreadyDone: "Det er allerede registreret.",
    onlyInTeam: "Knapperne virker i teamets kanal, hvor månedens overblik er sendt.",
    notSetUp:
      "Teamet er ikke sat op (længere). Skriv @Implementeringsguiden opsætning for at komme i gang.",
    onlyMembers: "Kun teamets medlemmer kan bruge knapperne på månedens overblik.",
    membersUnavailable:
      "Jeg kunne ikke tjekke teamets medlemmer i Teams lige nu. Intet er gemt. Prøv igen om lidt.",
    invalidCard: "Kortet er ikke gyldigt (længere). Intet er gemt.",
    unknownOccurrence:
      "Den aktivitet findes ikke i jeres plan (længere), måske fordi mødetiderne er ændret. Intet er gemt.",
    notRecordable: "Den aktivitet registrerer teamet ikke selv. Intet er gemt.",
    chooseDate: "Vælg en ny dato. Intet er gemt endnu.",
    dateOutOfRange: "Den nye dato skal ligge fra i dag og højst to år frem. Intet er gemt endnu.",
    timeInvalid: "Tidspunktet skal skrives som TT:MM, fx 10:00. Intet er gemt endnu.",
    storeDown: "Jeg kunne ikke gemme lige nu. Intet er gemt. Prøv igen om lidt.",
    outcomeUnknown:
      "Jeg fik ikke svar fra databasen i tide. Måske er det gemt — tjek kortet igen om lidt.",
  },
  en: {
    title: (month: string) => `This month: ${formatMonth(`${month}-01`, "en")}`,
    thisMonth: "Coming up this month",
    nothingThisMonth: "No regular meetings or activities this month.",
    overdue: "Not marked as held yet",
    anchoring: "Workshop for anchoring",
    milestones: "Milestones",
    awaiting: (approvers: string) =>
      approvers === "" ? "Awaiting approval" : `Awaiting approval from ${approvers}`,
    unanswered: "No answers yet in this phase",
    andMore: (count: number) => `… and ${count} more`,
    supervisionProgress: (held: number, total: number) => `${held} of ${total} held so far`,
    markHeld: "Mark as held",
    move: "Move",
    plan: "Plan",
    snooze: "Postpone a week",
    newDate: "New date",
    newTime: "Time (optional)",
    saveMove: "Save new date",
    footer:
      "The team's members can use the buttons, and every change shows in @Implementeringsguiden history.",
    held: "✓ Held",
    cancelled: "Cancelled",
    notMarkedHeld: "Not marked as held",
    movedFrom: (date: string) => `Moved from ${formatLongDate(date, "en")}`,
    holiday: (holiday: DanishHoliday) =>
      holiday.kind === "public-holiday"
        ? `Note: ${holiday.name.en} is a public holiday`
        : `Note: ${holiday.name.en}, when most people are off`,
    anchoringNotPlanned: (phaseStart: string, started: boolean) =>
      started
        ? `The anchoring phase began on ${formatLongDate(phaseStart, "en")} and the workshop is not planned yet.`
        : `The anchoring phase begins on ${formatLongDate(phaseStart, "en")}. Plan the workshop now.`,
    anchoringNotHeld: "The workshop is not marked as held.",
    notScheduled: "No date yet",
    confirmedHeld: (who: string, what: string) => `${who} marked ${what} as held.`,
    confirmedMoved: (who: string, what: string, to: string) => `${who} moved ${what} to ${to}.`,
    confirmedPlanned: (who: string, what: string, to: string) =>
      `${who} planned ${what} for ${to}.`,
    confirmedSnoozed: (who: string, what: string, to: string) =>
      `${who} postponed ${what} by a week, to ${to}.`,
    alreadyDone: "That is already recorded.",
    onlyInTeam: "The buttons work in the team's channel, where this month's overview was posted.",
    notSetUp: "The team is not set up (any more). Write @Implementeringsguiden setup to begin.",
    onlyMembers: "Only the team's members can use the buttons on this month's overview.",
    membersUnavailable:
      "I could not check the team's members in Teams just now. Nothing was saved. Please try again in a moment.",
    invalidCard: "This card is not valid (any more). Nothing was saved.",
    unknownOccurrence:
      "That activity is not in your plan (any more), perhaps because the meeting slots changed. Nothing was saved.",
    notRecordable: "The team does not record that activity itself. Nothing was saved.",
    chooseDate: "Choose a new date. Nothing is saved yet.",
    dateOutOfRange:
      "The new date must be from today and at most two years ahead. Nothing is saved yet.",
    timeInvalid: "Write the time as HH:MM, e.g. 10:00. Nothing is saved yet.",
    storeDown: "I could not save just now. Nothing was saved. Please try again in a moment.",
    outcomeUnknown:
      "I did not hear back from the database in time. It may have been saved — check the card again in a moment.",
  },
} as const;

/** "tirsdag den 8. december 2026 kl. 10.00" / "Tuesday 8 December 2026 at 10:00". */
export function formatWhen(date: string, time: string | undefined, language: Language): string {
  const day = formatDayAndDate(date, language);
  if (time === undefined) return day;
  return language === "da" ? `${day} kl. ${time.replace(":", ".")}` : `${day} at ${time}`;
}

/** To the nearest half hour: "3½ time", "1 time", "2 timer", "45 min." / "3½ hours", "1 hour". */
export function formatDuration(minutes: number, language: Language): string {
  if (minutes < 60) return language === "da" ? `${minutes} min.` : `${minutes} min`;
  const halves = Math.round(minutes / 30);
  const hours = Math.floor(halves / 2);
  const half = halves % 2 === 1;
  const amount = half ? `${hours}½` : String(hours);
  if (language === "da") return `${amount} ${half || hours === 1 ? "time" : "timer"}`;
  return `${amount} ${!half && hours === 1 ? "hour" : "hours"}`;
}

/** An occurrence's name as the card says it: "Supervision 3 af 20". */
export function occurrenceTitle(occurrence: Occurrence, language: Language): string {
  const name = occurrence.name[language];
  if (occurrence.number === undefined || occurrence.total === undefined) return name;
  return language === "da"
    ? `${name} ${occurrence.number} af ${occurrence.total}`
    : `${name} ${occurrence.number} of ${occurrence.total}`;
}

/** The occurrence inside a sentence: "statusmødet tirsdag den 8. december 2026". */
export function occurrenceInSentence(occurrence: Occurrence, language: Language): string {
  const title = occurrenceTitle(occurrence, language);
  const lower = language === "da" ? title.charAt(0).toLowerCase() + title.slice(1) : title;
  return `${lower} ${language === "da" ? "den" : "on"} ${formatLongDate(occurrence.date, language)}`;
}

/** "Forberedelsesfasen, måned 2 af ca. 6" and the like, or "" when there is nothing to say. */
export function describePosition(position: PhasePosition, language: Language): string {
  switch (position.status) {
    case "in-phase":
      return language === "da"
        ? `${position.phase.name.da}, måned ${position.monthNumber} af ca. ${position.monthsPlanned}`
        : `${position.phase.name.en}, month ${position.monthNumber} of about ${position.monthsPlanned}`;
    case "phases-undated":
    case "no-phases":
      return position.monthsPlanned === null
        ? language === "da"
          ? `Måned ${position.monthNumber}`
          : `Month ${position.monthNumber}`
        : language === "da"
          ? `Måned ${position.monthNumber} af ${position.monthsPlanned}`
          : `Month ${position.monthNumber} of ${position.monthsPlanned}`;
    case "before-start":
      return language === "da"
        ? `Starter ${formatLongDate(position.startsOn, "da")}`
        : `Starts on ${formatLongDate(position.startsOn, "en")}`;
    case "after-end":
      return language === "da"
        ? `Planlagt afsluttet ${formatLongDate(position.plannedEnd, "da")}`
        : `Planned to end on ${formatLongDate(position.plannedEnd, "en")}`;
  }
}
