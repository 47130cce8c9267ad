import type { BotRouter } from "../../bot/router";
import type { BotTurn } from "../../bot/turn";
import { COMMANDS, type DescribedCommand } from "../command-catalog";
import { helpCardData, renderHelpCard } from "./help-card";

/**
 * `help` answers with a card listing the commands that are registered; any message no other
 * command understood gets the same card with a short "I did not understand" line.
 */
export function registerHelp(
  router: BotRouter,
  listCommands: () => readonly DescribedCommand[],
): void {
  const answer = async (turn: BotTurn, notUnderstood: boolean): Promise<void> => {
    const data = helpCardData(turn.language, listCommands(), {
      notUnderstood,
      inChannel: turn.conversation.kind !== "personal",
    });
    await turn.sendCard(renderHelpCard(data));
  };
  router.command(COMMANDS.help, (turn) => answer(turn, false));
  router.fallback((turn) => answer(turn, turn.text.length > 0));
}
