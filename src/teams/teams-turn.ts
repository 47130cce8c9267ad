import { CardFactory, MessageFactory, TeamsInfo, type TurnContext } from "botbuilder";
import type { AdaptiveCard } from "../cards/adaptive-card";
import type {
  BotTurn,
  CardActionTurn,
  ConversationInfo,
  ConversationKind,
  Person,
} from "../bot/turn";
import { languageFromLocale, type Language } from "../domain/i18n";

const MEMBER_PAGE_SIZE = 100;

interface TeamsChannelData {
  team?: { id?: string; name?: string };
  channel?: { id?: string };
  tenant?: { id?: string };
  settings?: { selectedChannel?: { id?: string } };
}

function readChannelData(context: TurnContext): TeamsChannelData {
  const data: unknown = context.activity.channelData;
  return typeof data === "object" && data !== null ? (data as TeamsChannelData) : {};
}

export function conversationInfo(context: TurnContext): ConversationInfo {
  const activity = context.activity;
  const channelData = readChannelData(context);
  const type = activity.conversation?.conversationType;
  const kind: ConversationKind =
    type === "channel" || channelData.team?.id
      ? "channel"
      : type === "groupChat"
        ? "groupChat"
        : "personal";
  const teamId = channelData.team?.id;
  return {
    kind,
    conversationId: activity.conversation.id,
    teamId,
    teamName: channelData.team?.name,
    channelId: channelData.channel?.id ?? channelData.settings?.selectedChannel?.id ?? teamId,
    tenantId: channelData.tenant?.id ?? activity.conversation.tenantId,
    serviceUrl: activity.serviceUrl,
    botId: activity.recipient.id,
  };
}

/** A `BotTurn` over a botbuilder `TurnContext`. */
export class TeamsTurn implements BotTurn {
  readonly text: string;
  readonly language: Language;
  readonly wroteDanish: boolean;
  readonly user: Person;
  readonly conversation: ConversationInfo;

  constructor(
    protected readonly context: TurnContext,
    options: { wroteDanish?: boolean } = {},
  ) {
    const activity = context.activity;
    this.text = (activity.text ?? "").replace(/\s+/g, " ").trim();
    this.wroteDanish = options.wroteDanish ?? false;
    this.language = this.wroteDanish ? "da" : languageFromLocale(activity.locale);
    this.user = {
      id: activity.from.id,
      aadObjectId: activity.from.aadObjectId,
      name: activity.from.name ?? "",
    };
    this.conversation = conversationInfo(context);
  }

  async sendText(text: string): Promise<void> {
    await this.context.sendActivity(MessageFactory.text(text));
  }

  async sendCard(card: AdaptiveCard): Promise<string | undefined> {
    const response = await this.context.sendActivity(
      MessageFactory.attachment(CardFactory.adaptiveCard(card)),
    );
    return response?.id;
  }

  async updateCard(activityId: string, card: AdaptiveCard): Promise<void> {
    const update = MessageFactory.attachment(CardFactory.adaptiveCard(card));
    update.id = activityId;
    await this.context.updateActivity(update);
  }

  async listMembers(): Promise<Person[]> {
    const people: Person[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await TeamsInfo.getPagedMembers(
        this.context,
        MEMBER_PAGE_SIZE,
        continuationToken,
      );
      for (const member of page.members) {
        people.push({
          id: member.id,
          aadObjectId: member.aadObjectId,
          name: member.name ?? member.givenName ?? member.id,
        });
      }
      continuationToken = page.continuationToken || undefined;
    } while (continuationToken);
    return people;
  }
}

export class TeamsCardActionTurn extends TeamsTurn implements CardActionTurn {
  readonly verb: string;
  readonly data: Record<string, unknown>;
  readonly cardActivityId?: string;

  constructor(context: TurnContext, verb: string, data: unknown) {
    super(context);
    this.verb = verb;
    this.data =
      typeof data === "object" && data !== null ? { ...(data as Record<string, unknown>) } : {};
    this.cardActivityId = context.activity.replyToId;
  }
}
