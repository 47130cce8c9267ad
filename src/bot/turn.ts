import type { Language } from "../domain/i18n";
import type { AdaptiveCard } from "../cards/adaptive-card";

/**
 * What a feature sees of one incoming message or card action. Features depend on this contract,
 * never on botbuilder / teams-ai, so moving to the Teams SDK means re-implementing `src/teams/` only.
 */
export interface Person {
  /** Teams user id (`29:…`); stable per bot. */
  id: string;
  aadObjectId?: string;
  name: string;
}

export type ConversationKind = "personal" | "groupChat" | "channel";

export interface ConversationInfo {
  kind: ConversationKind;
  conversationId: string;
  /** Set in a team; the General channel's id equals it. */
  teamId?: string;
  teamName?: string;
  channelId?: string;
  tenantId?: string;
  serviceUrl: string;
  /** The bot's own id in this conversation (needed to message it proactively later). */
  botId: string;
}

export interface BotTurn {
  /** The message text with the bot's @mention removed, trimmed. */
  readonly text: string;
  /**
   * The language to answer in before the team's own setting is known: Danish when the person
   * used Danish command words, else their Teams locale (English only for an English locale).
   * Features that know the team's profile use `chooseLanguage`.
   */
  readonly language: Language;
  /** True when the person wrote Danish command words, which outranks every other setting. */
  readonly wroteDanish: boolean;
  readonly user: Person;
  readonly conversation: ConversationInfo;
  sendText(text: string): Promise<void>;
  /** Posts a card; returns the new activity id where the channel gives one. */
  sendCard(card: AdaptiveCard): Promise<string | undefined>;
  /** Replaces a card the bot posted earlier, for everyone in the conversation. */
  updateCard(activityId: string, card: AdaptiveCard): Promise<void>;
  /** The team's or chat's members, fetched from Teams page by page. */
  listMembers(): Promise<Person[]>;
}

export interface CardActionTurn extends BotTurn {
  readonly verb: string;
  /** The card's input values and the action's data, unvalidated: each handler validates. */
  readonly data: Record<string, unknown>;
  /** The id of the message that holds the card, where Teams sends it. */
  readonly cardActivityId?: string;
}

/** Danish words win; then the team's configured language; then the person's locale. */
export function chooseLanguage(turn: BotTurn, teamLanguage: Language | undefined): Language {
  if (turn.wroteDanish) return "da";
  return teamLanguage ?? turn.language;
}

/** What the clicking user sees in place of the card: a new card, or a short message. */
export type CardActionResponse = { card: AdaptiveCard } | { message: string };
