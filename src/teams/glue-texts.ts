import type { Language, LocalizedText } from "../domain/i18n";
import type { TurnBudget } from "../turn-budget";

/** What the Teams glue itself tells people; features own every other text. */

const SOMETHING_WENT_WRONG = {
  /** True only when no write that makes a change visible was sent in this turn. */
  nothingSaved: {
    da: "Beklager, der gik noget galt. Prøv igen om lidt. Intet er gemt halvt.",
    en: "Sorry, something went wrong. Please try again in a moment. Nothing was half-saved.",
  },
  maybeSaved: {
    da: "Beklager, der gik noget galt. Måske er det gemt — tjek igen om lidt, før du prøver igen.",
    en: "Sorry, something went wrong. It may have been saved — check again in a moment before you try again.",
  },
  /** Outside a turn's budget nothing is known about writes, so claim nothing. */
  unknown: {
    da: "Beklager, der gik noget galt. Prøv igen om lidt.",
    en: "Sorry, something went wrong. Please try again in a moment.",
  },
} satisfies Record<string, LocalizedText>;

export function somethingWentWrong(language: Language, budget: TurnBudget | undefined): string {
  if (!budget) return SOMETHING_WENT_WRONG.unknown[language];
  return (
    budget.commitStarted ? SOMETHING_WENT_WRONG.maybeSaved : SOMETHING_WENT_WRONG.nothingSaved
  )[language];
}

const TOO_LATE = {
  maybeSaved: {
    da: "Jeg nåede ikke at få svar fra databasen i tide. Måske er det gemt — tjek igen om lidt.",
    en: "I did not hear back from the database in time. It may have been saved — check again in a moment.",
  },
  nothingSaved: {
    da: "Jeg nåede ikke at få svar fra databasen i tide. Intet er gemt. Prøv igen om lidt.",
    en: "I did not hear back from the database in time. Nothing was saved. Please try again in a moment.",
  },
} satisfies Record<string, LocalizedText>;

/** The default answer when a card action's work outlives its budget. */
export function tooLate(language: Language, commitStarted: boolean): string {
  return (commitStarted ? TOO_LATE.maybeSaved : TOO_LATE.nothingSaved)[language];
}

/** A button the bot no longer (or never did) handle: an old card, or a foreign one. */
export function unknownButton(
  language: Language,
  inChannel: boolean,
): { title: string; text: string } {
  const mention = inChannel ? "@Implementeringsguiden " : "";
  return language === "da"
    ? {
        title: "Ukendt knap",
        text: `Denne knap kender jeg ikke (længere). Skriv ${mention}hjælp for at se, hvad jeg kan nu.`,
      }
    : {
        title: "Unknown button",
        text: `I don't know this button (any more). Write ${mention}help to see what I can do now.`,
      };
}
