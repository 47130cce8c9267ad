import {
  CardFactory,
  Channels,
  MessageFactory,
  type Activity,
  type ConversationParameters,
} from "botbuilder";
import { AuthenticationConstants } from "botframework-connector";
import type { AdaptiveCard } from "../cards/adaptive-card";
import {
  DeliveryError,
  type ChannelTarget,
  type PostedCard,
  type PostedMessage,
  type ProactiveMessenger,
} from "../bot/proactive";
import type { BotAdapter } from "./adapter";

export interface ProactiveSenderOptions {
  /** The bot's Microsoft App ID; empty in local mode (no authentication). */
  botAppId: string;
  /** Where tokens for outbound calls are for; the public cloud's Bot Framework by default. */
  audience?: string;
  /** How long a post may take before it counts as failed for now. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * New top-level posts in a team's channel, as DESIGN.md describes: `createConversationAsync`
 * with the channel in `channelData` (`TeamsInfo.sendMessageToTeamsChannel` fails on the
 * CloudAdapter). Each call sends exactly one request, without botbuilder's hidden retries, and
 * turns Teams' answer into a `DeliveryError` the sender can decide on.
 */
export function createProactiveMessenger(
  adapter: BotAdapter,
  options: ProactiveSenderOptions,
): ProactiveMessenger {
  const audience = options.audience ?? AuthenticationConstants.ToChannelFromBotOAuthScope;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    async postToChannel(target: ChannelTarget, card: AdaptiveCard): Promise<PostedMessage> {
      const parameters: ConversationParameters = {
        isGroup: true,
        bot: { id: target.botId, name: "" },
        ...(target.tenantId ? { tenantId: target.tenantId } : {}),
        channelData: {
          channel: { id: target.channelId },
          team: { id: target.teamId },
          ...(target.tenantId ? { tenant: { id: target.tenantId } } : {}),
        },
        // MessageFactory builds a partial activity; the connector fills in the rest.
        activity: MessageFactory.attachment(CardFactory.adaptiveCard(card)) as Activity,
      };
      let conversationId: string | undefined;
      const post = adapter.withoutHiddenRetries(() =>
        adapter.createConversationAsync(
          options.botAppId,
          Channels.Msteams,
          target.serviceUrl,
          audience,
          parameters,
          async (context) => {
            conversationId = context.activity.conversation?.id;
          },
        ),
      );
      try {
        await withTimeout(post, timeoutMs);
      } catch (error) {
        throw deliveryErrorOf(error);
      }
      const thread = conversationId ?? target.channelId;
      const activityId = activityIdIn(thread);
      return activityId === undefined
        ? { conversationId: thread }
        : { conversationId: thread, activityId };
    },

    async updateCard(posted: PostedCard, card: AdaptiveCard): Promise<void> {
      const reference = {
        channelId: Channels.Msteams,
        serviceUrl: posted.serviceUrl,
        bot: { id: posted.botId, name: "" },
        conversation: {
          id: posted.conversationId,
          isGroup: true,
          conversationType: "channel",
          name: "",
          ...(posted.tenantId ? { tenantId: posted.tenantId } : {}),
        },
      };
      const update = MessageFactory.attachment(CardFactory.adaptiveCard(card));
      update.id = posted.activityId;
      const send = adapter.withoutHiddenRetries(() =>
        adapter.continueConversationAsync(options.botAppId, reference, async (context) => {
          await context.updateActivity(update);
        }),
      );
      try {
        await withTimeout(send, timeoutMs);
      } catch (error) {
        throw deliveryErrorOf(error);
      }
    },
  };
}

/** Teams names a channel thread `<channel id>;messageid=<root activity id>`. */
function activityIdIn(conversationId: string): string | undefined {
  const match = /;messageid=([^;]+)$/.exec(conversationId);
  return match?.[1];
}

class PostTimeout extends Error {
  override readonly name = "PostTimeout";
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new PostTimeout(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? Reflect.get(value, name) : undefined;
}

/** Retry-After in milliseconds (seconds or an HTTP date), or `retry-after-ms`. */
function retryAfterMs(error: unknown): number | undefined {
  const headers = field(field(error, "response"), "headers");
  const get = field(headers, "get");
  if (typeof get !== "function") return undefined;
  const read = (name: string): unknown => Reflect.apply(get, headers, [name]);
  const ms = Number(read("retry-after-ms"));
  if (Number.isFinite(ms) && ms >= 0 && read("retry-after-ms") !== undefined) return ms;
  const value = read("retry-after");
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** Teams' answer in the terms of `DeliveryError` (see src/bot/proactive.ts). */
export function deliveryErrorOf(error: unknown): DeliveryError {
  if (error instanceof PostTimeout) {
    return new DeliveryError("transient", "timeout", undefined, undefined, { cause: error });
  }
  const statusField = field(error, "statusCode");
  const status = typeof statusField === "number" ? statusField : undefined;
  const codeField = field(error, "code");
  const code = typeof codeField === "string" ? codeField.slice(0, 80) : undefined;
  const summary =
    [status, code].filter((part) => part !== undefined).join(" ") ||
    (error instanceof Error ? error.name : "unknown error");
  const wait = retryAfterMs(error);
  if (status === 429)
    return new DeliveryError("throttled", summary, status, wait, { cause: error });
  if (status === 403 || status === 404) {
    return new DeliveryError("unreachable", summary, status, undefined, { cause: error });
  }
  // 401: our own credentials, not the team's fault; 412/408/5xx: Teams' side, for now.
  if (status === undefined || status === 401 || status === 408 || status === 412 || status >= 500) {
    return new DeliveryError("transient", summary, status, wait, { cause: error });
  }
  return new DeliveryError("rejected", summary, status, undefined, { cause: error });
}
