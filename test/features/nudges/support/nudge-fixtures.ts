import { randomUUID } from "node:crypto";
import type { Clock } from "../../../../src/clock";
import {
  DEFAULT_POLICY,
  realSenderClock,
  Throttle,
  type DeliveryPolicy,
} from "../../../../src/features/nudges/delivery/deliver";
import { NudgeSweeper } from "../../../../src/features/nudges/delivery/sweep";
import { nudgeStoreFrom } from "../../../../src/features/nudges/nudge-store";
import { silentLogger } from "../../../../src/logger";
import type { Store } from "../../../../src/store/open-store";
import { createRepositories, type Repositories } from "../../../../src/store/repositories";
import { createTeamsAdapter } from "../../../../src/teams/adapter";
import { createProactiveMessenger } from "../../../../src/teams/proactive-sender";
import { leader, approver } from "../../../store/support/fixtures";

/** A sweep at 09:30 Copenhagen time on Monday 1 March 2027, the month's first working day. */
export const MARCH_SWEEP = new Date("2027-03-01T08:30:00Z");

export const TENANT = "tenant-1";

/** Waits short enough for tests, with the same shape as production's. */
export const FAST_POLICY: DeliveryPolicy = {
  ...DEFAULT_POLICY,
  leaseMs: 60_000,
  baseBackoffMs: 40,
  maxBackoffMs: 400,
  maxInlineWaitMs: 2_500,
  laterRetryMs: 60_000,
};

/**
 * `count` teams set up for SFT from 1 February 2027 (status meeting "2. tirsdag 10:00",
 * supervision "3. torsdag 13:00"), each with its General channel on the connector at `serviceUrl`.
 */
export async function seedTeams(
  repositories: Repositories,
  count: number,
  serviceUrl: string,
  prefix = "Kommune",
): Promise<string[]> {
  const teamIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const teamId = `19:${randomUUID()}@thread.tacv2`;
    await repositories.profiles.create(
      {
        teamId,
        programmeId: "social-skills-training",
        organisationName: `${prefix} ${String(i + 1).padStart(3, "0")}`,
        startDate: "2027-02-01",
        language: "da",
        projectLeader: leader,
        approvers: [approver],
        consultants: [],
        slots: {
          statusMeeting: { cadence: "monthly", week: 2, weekday: 2, time: "10:00" },
          supervision: { cadence: "monthly", week: 3, weekday: 4, time: "13:00" },
        },
      },
      { actor: leader, action: "setup.created" },
    );
    await repositories.conversations.save({
      kind: "channel",
      teamId,
      channelId: teamId,
      conversationId: teamId,
      serviceUrl,
      tenantId: TENANT,
      botId: "28:bot",
    });
    teamIds.push(teamId);
  }
  return teamIds;
}

/**
 * A sweeper as the app builds one, on its own repositories (as another bot instance would have),
 * posting through the real adapter and proactive sender to whatever connector the teams name.
 */
export function sweeperOn(
  store: Store,
  options: { policy?: DeliveryPolicy; storeClock?: Clock; concurrency?: number } = {},
): NudgeSweeper {
  const repositories = createRepositories(
    store,
    options.storeClock ? { clock: options.storeClock } : {},
  );
  const adapter = createTeamsAdapter({ mode: "unauthenticated" }, silentLogger());
  return new NudgeSweeper({
    store: nudgeStoreFrom(repositories),
    messenger: createProactiveMessenger(adapter, { botAppId: "" }),
    throttle: new Throttle(),
    // Leases and retry times are real time, as the store's clock tells it.
    clock: options.storeClock
      ? { ...realSenderClock, now: () => options.storeClock?.now() ?? new Date() }
      : realSenderClock,
    policy: options.policy ?? FAST_POLICY,
    logger: silentLogger(),
    sendHour: 9,
    concurrency: options.concurrency ?? 8,
  });
}

/** How many accepted posts each channel got. */
export function postsPerChannel(posts: { channelId: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of posts) counts.set(post.channelId, (counts.get(post.channelId) ?? 0) + 1);
  return counts;
}
