import type { BotTurn, CardActionResponse, CardActionTurn } from "./turn";
import type { CommandDefinition } from "./commands";

export type CommandHandler = (turn: BotTurn, args: string) => Promise<void>;
export type CardActionHandler = (turn: CardActionTurn) => Promise<CardActionResponse>;
export type InstallHandler = (turn: BotTurn) => Promise<void>;

export interface CardActionOptions {
  /**
   * The answer when the handler has not finished within the turn's budget (Teams gives a card
   * action about 5 s). The handler goes on in the background, but it may no longer start a commit.
   * `commitStarted`: a write that makes the change visible was sent, so it may have been saved.
   * Must answer at once, without the store — e.g. the feature's card with the person's input kept.
   * Without it the person is told truthfully "maybe saved — check again" or "nothing was saved".
   */
  whenLate?(turn: CardActionTurn, late: { commitStarted: boolean }): CardActionResponse;
}

/**
 * How a feature module plugs into the bot. Implemented by the Teams glue (`src/teams/`).
 */
export interface BotRouter {
  command(definition: CommandDefinition, handler: CommandHandler): void;
  /** Answers any message no command matched (and empty messages). */
  fallback(handler: CommandHandler): void;
  cardAction(verb: string, handler: CardActionHandler, options?: CardActionOptions): void;
  /** The bot was added to a team, a group chat or a personal chat. */
  installed(handler: InstallHandler): void;
  /**
   * The bot was removed from a team or chat (conversationUpdate with the bot in membersRemoved,
   * or installationUpdate "remove"). Nothing can be posted there any more; the turn is for
   * bookkeeping only.
   */
  removed(handler: InstallHandler): void;
}
