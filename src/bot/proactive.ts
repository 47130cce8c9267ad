import type { AdaptiveCard } from "../cards/adaptive-card";

/**
 * Posting without being spoken to (the monthly nudges), as features see it. Implemented by the
 * Teams glue (`src/teams/proactive-sender.ts`); nothing here knows the Bot Framework SDK.
 */

/** Where a new top-level post goes: a team's channel, from its stored conversation reference. */
export interface ChannelTarget {
  serviceUrl: string;
  tenantId?: string;
  teamId: string;
  channelId: string;
  /** The bot's own id in that team. */
  botId: string;
}

export interface PostedMessage {
  /** The new thread, `<channel id>;messageid=<id>` in Teams. */
  conversationId: string;
  /** The card's activity id, where Teams gives it (to update the card later). */
  activityId?: string;
}

/** A card the bot posted earlier, where it can be found again to update it. */
export interface PostedCard {
  serviceUrl: string;
  tenantId?: string;
  /** The conversation the card is in (for a channel, the thread `<channel>;messageid=<root>`). */
  conversationId: string;
  activityId: string;
  /** The bot's own id in that conversation. */
  botId: string;
}

export interface ProactiveMessenger {
  /** A new top-level post (not a reply in an old thread). Throws `DeliveryError`. */
  postToChannel(target: ChannelTarget, card: AdaptiveCard): Promise<PostedMessage>;
  /** Replaces a card the bot posted earlier, for everyone, outside any turn. Throws `DeliveryError`. */
  updateCard(posted: PostedCard, card: AdaptiveCard): Promise<void>;
}

/**
 * Why a post failed, in the terms a sender decides on:
 * - throttled: 429; wait `retryAfterMs` if Teams said, else back off;
 * - transient: 412/5xx/network/timeout; try again later;
 * - unreachable: 403 (e.g. MessageWritesBlocked: the bot was blocked or removed) or 404: stop;
 * - rejected: every other answer (e.g. 400 for a card Teams refuses); retrying cannot help.
 */
export type DeliveryFailure = "throttled" | "transient" | "unreachable" | "rejected";

export class DeliveryError extends Error {
  override readonly name = "DeliveryError";
  constructor(
    readonly failure: DeliveryFailure,
    /** Status and Teams' error code, e.g. "403 MessageWritesBlocked": for logs and records. */
    readonly summary: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(`post failed (${failure}): ${summary}`, options);
  }
}
