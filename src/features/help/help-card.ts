import { renderTemplate } from "../../cards/render";
import type { AdaptiveCard } from "../../cards/adaptive-card";
import type { Language } from "../../domain/i18n";
import type { CommandDeclaration } from "../feature";

/** The data `cards/help.json` binds to. */
export interface HelpCardData {
  notice: string;
  title: string;
  intro: string;
  /** How to address the bot where it only hears @mentions; empty in a personal chat. */
  hint: string;
  commandsHeading: string;
  commands: { usage: string; description: string }[];
  footer: string;
}

const TEXT = {
  da: {
    title: "Implementeringsguiden",
    intro:
      "Jeg hjælper jeres implementeringsteam gennem metodens faser og milepæle: forberedelse, forandring og forankring, med statusmøder, supervision og forankringsworkshop undervejs.",
    commandsHeading: "Det kan du skrive til mig",
    channelHint: "I en kanal skal du nævne mig først, fx **@Implementeringsguiden hjælp**.",
    notUnderstood: "Det forstod jeg ikke. Her er det, jeg kan:",
    footer: "Skriv aldrig CPR-numre eller andre personoplysninger om borgere til mig.",
  },
  en: {
    title: "Implementeringsguiden",
    intro:
      "I guide your implementation team through the method's phases and milestones: preparation, change and anchoring, with status meetings, supervision and an anchoring workshop along the way.",
    commandsHeading: "What you can write to me",
    channelHint: "In a channel, mention me first, e.g. **@Implementeringsguiden help**.",
    notUnderstood: "I did not understand that. Here is what I can do:",
    footer: "Never send me CPR numbers or other personal data about citizens.",
  },
} as const;

export function helpCardData(
  language: Language,
  commands: readonly CommandDeclaration[],
  options: { notUnderstood: boolean; inChannel: boolean },
): HelpCardData {
  const text = TEXT[language];
  return {
    notice: options.notUnderstood ? text.notUnderstood : "",
    title: text.title,
    intro: text.intro,
    hint: options.inChannel ? text.channelHint : "",
    commandsHeading: text.commandsHeading,
    commands: commands.map((c) => ({
      usage: c.usage[language],
      description: c.description[language],
    })),
    footer: text.footer,
  };
}

export function renderHelpCard(data: HelpCardData): AdaptiveCard {
  return renderTemplate("help", data);
}
