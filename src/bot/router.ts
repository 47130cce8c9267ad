import type { BotTurn, CardActionResponse, CardActionTurn } from "./turn";
import type { CommandDefinition } from "./commands";

export type CommandHandler = (turn: BotTurn, args: string) => Promise<void>;
export type CardActionHandler = (turn: CardActionTurn) => Promise<CardActionResponse>;
export type InstallHandler = (turn: BotTurn) => Promise<void>;

/**
 * How a feature module plugs into the bot. Implemented by the Teams glue (`src/teams/`).
 */
export interface BotRouter {
  command(definition: CommandDefinition, handler: CommandHandler): void;
  /** Answers any message no command matched (and empty messages). */
  fallback(handler: CommandHandler): void;
  cardAction(verb: string, handler: CardActionHandler): void;
  /** The bot was added to a team, a group chat or a personal chat. */
  installed(handler: InstallHandler): void;
}
