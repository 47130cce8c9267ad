import type { BotRouter } from "../../bot/router";
import { chooseLanguage, type BotTurn } from "../../bot/turn";
import type { Language } from "../../domain/i18n";
import { COMMANDS, type DescribedCommand } from "../command-catalog";
import { helpCardData, renderHelpCard } from "./help-card";

export interface HelpDependencies {
  listCommands: () => readonly DescribedCommand[];
  /** The language a team chose at setup, if it is set up. */
  teamLanguage: (teamId: string) => Promise<Language | undefined>;
}

/**
 * `help` answers with a card listing the commands that are registered; any message no other
 * command understood gets the same card with a short "I did not understand" line.
 */
export function registerHelp(router: BotRouter, deps: HelpDependencies): void {
  const answer = async (turn: BotTurn, notUnderstood: boolean): Promise<void> => {
    const teamId = turn.conversation.teamId;
    // Help must answer even when the store does not: then the person's own language decides.
    const teamLanguage = teamId
      ? await deps.teamLanguage(teamId).catch(() => undefined)
      : undefined;
    const data = helpCardData(chooseLanguage(turn, teamLanguage), deps.listCommands(), {
      notUnderstood,
      inChannel: turn.conversation.kind !== "personal",
    });
    await turn.sendCard(renderHelpCard(data));
  };
  router.command(COMMANDS.help, (turn) => answer(turn, false));
  router.fallback((turn) => answer(turn, turn.text.length > 0));
}
