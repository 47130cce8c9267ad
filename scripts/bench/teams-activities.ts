import type { Activity } from "botbuilder";

/**
 * Activities shaped as Teams sends them to a bot in a team channel: the thread's conversation id
 * `<channel id>;messageid=<root>`, `channelData.team/channel/tenant`, the bot's @mention in the text
 * and as a mention entity, the html attachment and client info Teams adds, and a `serviceUrl` that
 * points at the fake connector, where the replies go.
 */

export const BENCH_BOT = { id: "28:bench-implementeringsguiden", name: "Implementeringsguiden" };
export const BENCH_TENANT = "bench-tenant";

export interface BenchPerson {
  id: string;
  name: string;
  aadObjectId: string;
}

/** One simulated person, alone at the keyboard of one team (no cross-team contention). */
export interface BenchUser {
  index: number;
  person: BenchPerson;
  teamId: string;
  teamName: string;
  /** The setup version the bot holds for the team, kept by the turns that save it. */
  setupVersion: number;
  /** Turns this user has sent, for unique activity ids. */
  sent: number;
  /** The milestone card the bot last gave this user (turns that save answers press on it). */
  milestoneCard?: unknown;
  /** Where the user is in a multi-step cycle (save → send for approval → approve). */
  step: number;
  /** The approval document's version the manager decides on (odd: pending). */
  approvalVersion: number;
}

function person(role: string, index: number, name: string): BenchPerson {
  return { id: `29:bench-${role}-${index}`, name, aadObjectId: `aad-bench-${role}-${index}` };
}

export function benchTeamId(index: number): string {
  return `19:bench-team-${index}@thread.tacv2`;
}

/** The team index inside a conversation or team id, e.g. for the member look-up. */
export function teamIndexOf(conversationId: string): number | undefined {
  const match = /19:bench-team-(\d+)@thread\.tacv2/.exec(decodeURIComponent(conversationId));
  return match ? Number(match[1]) : undefined;
}

/** Team `index`'s members as Teams lists them: the user leads, a manager approves, a consultant. */
export function teamRoster(index: number): BenchPerson[] {
  return [
    person("user", index, `Projektleder ${index}`),
    person("manager", index, `Leder ${index}`),
    person("consultant", index, `Konsulent ${index}`),
    ...[1, 2, 3, 4, 5].map((n) => person(`staff${n}`, index, `Medarbejder ${index}.${n}`)),
  ];
}

/** `count` users, one per team, teams numbered from `firstTeam`. */
export function benchUsers(count: number, firstTeam = 0): BenchUser[] {
  return Array.from({ length: count }, (_, offset) => firstTeam + offset).map((index) => ({
    index,
    person: person("user", index, `Projektleder ${index}`),
    teamId: benchTeamId(index),
    teamName: `Implementering ${index}`,
    setupVersion: 0,
    sent: 0,
    step: 0,
    approvalVersion: 0,
  }));
}

function inChannel(user: BenchUser, serviceUrl: string): Partial<Activity> {
  user.sent += 1;
  const now = new Date();
  return {
    id: `bench-${user.index}-${user.sent}`,
    channelId: "msteams",
    serviceUrl,
    timestamp: now,
    localTimestamp: now,
    from: { ...user.person },
    recipient: { ...BENCH_BOT },
    conversation: {
      id: `${user.teamId};messageid=${1_700_000_000_000 + user.index}`,
      conversationType: "channel",
      isGroup: true,
      tenantId: BENCH_TENANT,
      name: "",
    },
    channelData: {
      team: { id: user.teamId, name: user.teamName, aadGroupId: `aad-group-${user.index}` },
      channel: { id: user.teamId, name: "General" },
      tenant: { id: BENCH_TENANT },
    },
    locale: "da-DK",
  };
}

/** `@Implementeringsguiden <text>` in the team's General channel. */
export function channelMessage(
  user: BenchUser,
  serviceUrl: string,
  text: string,
): Partial<Activity> {
  const mention = `<at>${BENCH_BOT.name}</at>`;
  return {
    ...inChannel(user, serviceUrl),
    type: "message",
    text: `${mention} ${text}`,
    textFormat: "plain",
    attachments: [{ contentType: "text/html", content: `<p>${mention}&nbsp;${text}</p>` }],
    entities: [
      { type: "mention", text: mention, mentioned: { ...BENCH_BOT } },
      {
        type: "clientInfo",
        locale: "da-DK",
        country: "DK",
        platform: "Web",
        timezone: "Europe/Copenhagen",
      },
    ],
  };
}

/** An Adaptive Card `Action.Execute` on a card the bot posted in the channel. */
export function cardActionInvoke(
  user: BenchUser,
  serviceUrl: string,
  verb: string,
  data: Record<string, unknown>,
  from: BenchPerson = user.person,
): Partial<Activity> {
  return {
    ...inChannel(user, serviceUrl),
    from: { ...from },
    type: "invoke",
    name: "adaptiveCard/action",
    replyToId: `bench-card-${user.index}`,
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
    entities: [
      {
        type: "clientInfo",
        locale: "da-DK",
        country: "DK",
        platform: "Web",
        timezone: "Europe/Copenhagen",
      },
    ],
  };
}
