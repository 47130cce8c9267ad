import { chooseLanguage, type BotTurn } from "../../bot/turn";
import type { Language } from "../../domain/i18n";
import type { CommandDeclaration, Feature, FeatureContext } from "../feature";
import { helpCardData, renderHelpCard } from "./help-card";

export const HELP_COMMAND: CommandDeclaration = {
  id: "help",
  aliases: { da: ["hjælp", "hjaelp"], en: ["help", "?"] },
  usage: { da: "hjælp", en: "help" },
  description: { da: "Viser denne oversigt.", en: "Shows this overview." },
  menu: {
    scopes: ["team", "groupChat", "personal"],
    description: {
      da: "Vis hvad Implementeringsguiden kan, og hvordan I kommer i gang",
      en: "Show what Implementeringsguiden can do and how to get started",
    },
  },
};

/** The language a team chose at setup; help must answer even when the store does not. */
async function teamLanguage(
  context: FeatureContext,
  teamId: string | undefined,
): Promise<Language | undefined> {
  if (!teamId) return undefined;
  try {
    return (await context.repositories.profiles.get(teamId))?.profile.language;
  } catch {
    return undefined;
  }
}

/**
 * `hjælp` / `help` answers with a card listing every feature's commands; any message no other
 * command understood gets the same card with a short "I did not understand" line.
 */
export const helpFeature: Feature = {
  name: "help",
  commands: [HELP_COMMAND],
  verbs: [],
  cards: ["help"],
  register(router, context) {
    const answer = async (turn: BotTurn, notUnderstood: boolean): Promise<void> => {
      // Danish command words settle the language; only otherwise is the team's setting read.
      const teamChoice = turn.wroteDanish
        ? undefined
        : await teamLanguage(context, turn.conversation.teamId);
      const language = chooseLanguage(turn, teamChoice);
      const data = helpCardData(language, context.commands(), {
        notUnderstood,
        inChannel: turn.conversation.kind !== "personal",
      });
      await turn.sendCard(renderHelpCard(data));
    };
    router.command(HELP_COMMAND, (turn) => answer(turn, false));
    router.fallback((turn) => answer(turn, turn.text.length > 0));
  },
};
