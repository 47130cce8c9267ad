import { ActivityTypes, TestAdapter, type Activity } from "botbuilder";
import { ConnectorClient, MicrosoftAppCredentials } from "botframework-connector";
import type { TeamsBot } from "../../src/teams/teams-bot";

export const BOT = { id: "28:implementeringsguiden", name: "Implementeringsguiden" };
export const TEAM = { id: "19:team-general@thread.tacv2", name: "Implementering af SFT" };

export interface Sender {
  id: string;
  name: string;
  aadObjectId?: string;
}

export const METTE: Sender = { id: "29:mette", name: "Mette Sørensen", aadObjectId: "aad-mette" };
export const LARS: Sender = { id: "29:lars", name: "Lars Nielsen", aadObjectId: "aad-lars" };
export const SOFIE: Sender = { id: "29:sofie", name: "Sofie Jensen", aadObjectId: "aad-sofie" };
export const AHMED: Sender = { id: "29:ahmed", name: "Ahmed Karimi", aadObjectId: "aad-ahmed" };

export type Place = "channel" | "personal";

function conversationFor(place: Place, from: Sender): Partial<Activity> {
  if (place === "personal") {
    return {
      conversation: {
        id: `a:personal-${from.id}`,
        conversationType: "personal",
        isGroup: false,
        name: "",
      },
      channelData: { tenant: { id: "tenant-1" } },
    };
  }
  return {
    conversation: {
      id: `${TEAM.id};messageid=1700000000000`,
      conversationType: "channel",
      isGroup: true,
      name: "",
    },
    channelData: {
      team: { id: TEAM.id, name: TEAM.name },
      channel: { id: TEAM.id },
      tenant: { id: "tenant-1" },
    },
  };
}

export function baseActivity(place: Place, from: Sender, locale: string): Partial<Activity> {
  return {
    channelId: "msteams",
    serviceUrl: "https://smba.example/emea/",
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: BOT.id, name: BOT.name },
    locale,
    ...conversationFor(place, from),
  };
}

/** A channel message as Teams sends it: the bot's @mention is part of the text. */
export function message(
  text: string,
  options: { place?: Place; from?: Sender; locale?: string; mention?: boolean } = {},
): Partial<Activity> {
  const place = options.place ?? "channel";
  const mention = options.mention ?? place === "channel";
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...baseActivity(place, options.from ?? METTE, options.locale ?? "da-DK"),
    type: ActivityTypes.Message,
    text: mention ? `${mentionText} ${text}`.trim() : text,
    entities: mention
      ? [{ type: "mention", text: mentionText, mentioned: { id: BOT.id, name: BOT.name } }]
      : [],
  };
}

/** An Adaptive Card Action.Execute, with the card's inputs merged into the data as Teams does. */
export function cardAction(
  verb: string,
  data: Record<string, unknown>,
  options: { place?: Place; from?: Sender; locale?: string; replyToId?: string } = {},
): Partial<Activity> {
  return {
    ...baseActivity(options.place ?? "channel", options.from ?? METTE, options.locale ?? "da-DK"),
    type: ActivityTypes.Invoke,
    name: "adaptiveCard/action",
    replyToId: options.replyToId ?? "card-activity-1",
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  };
}

export interface TurnResult {
  /** Messages the bot sent (cards and text), in order. */
  replies: Partial<Activity>[];
  /** Activities the bot updated in place. */
  updates: Partial<Activity>[];
  /** The body of the invoke response, for card actions. */
  invokeResponse?: { status: number; body?: unknown };
}

/** Drives the real `application.run` through botbuilder's TestAdapter and collects what came back. */
export class BotHarness {
  readonly adapter: TestAdapter;
  private updates: Partial<Activity>[] = [];

  constructor(
    private readonly bot: TeamsBot,
    options: { connectorUrl?: string } = {},
  ) {
    this.adapter = new TestAdapter(async (context) => {
      if (options.connectorUrl) {
        // Member look-ups go over HTTP to a connector on loopback, as in Teams.
        const client = new ConnectorClient(new MicrosoftAppCredentials("", ""), {
          baseUri: options.connectorUrl,
        });
        context.turnState.set(context.adapter.ConnectorClientKey, client);
      }
      context.onUpdateActivity(async (_ctx, activity, next) => {
        this.updates.push(activity);
        await next();
      });
      await this.bot.application.run(context);
    });
  }

  async send(activity: Partial<Activity>): Promise<TurnResult> {
    this.updates = [];
    this.adapter.activeQueue.splice(0);
    await this.adapter.processActivity(activity);
    const sent = this.adapter.activeQueue.splice(0);
    const invoke = sent.find((a) => a.type === "invokeResponse");
    const value = invoke?.value as { status: number; body?: unknown } | undefined;
    return {
      replies: sent.filter((a) => a.type === ActivityTypes.Message),
      updates: [...this.updates],
      invokeResponse: value,
    };
  }
}

/** The Adaptive Card content of a reply, or undefined. */
export function cardOf(
  activity: Partial<Activity> | undefined,
): Record<string, unknown> | undefined {
  const attachment = activity?.attachments?.[0];
  if (attachment?.contentType !== "application/vnd.microsoft.card.adaptive") return undefined;
  return attachment.content as Record<string, unknown>;
}

/** All visible text of a card (TextBlocks, facts, choices, button titles), for assertions. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    for (const key of ["text", "title", "label", "placeholder", "value"]) {
      if (typeof record[key] === "string") parts.push(record[key] as string);
    }
    Object.values(record).forEach(visit);
  };
  visit(card);
  return parts.join("\n");
}
