import type { ChannelTarget } from "../../bot/proactive";
import type { StoredTeamMilestones } from "../../domain/milestones";
import type { OccurrenceOverride } from "../../domain/schedule";
import type { PersonRef, TeamProfile } from "../../domain/team/profile";
import type { CardClick } from "../../store/action-key";
import { afterCommit, type TeamChangeListener } from "../../store/after-commit";
import type { ConversationReferenceRecord } from "../../store/conversation-reference-repository";
import type {
  DeliveryKey,
  NudgeDelivery,
  NudgeDeliveryRepository,
} from "../../store/nudge-delivery-repository";
import type { Repositories } from "../../store/repositories";
import type {
  OverrideChange,
  OverrideIdentity,
  ScheduleOverride,
} from "../../store/schedule-override-repository";
import type { TeamReachability, UnreachableReason } from "../../store/team-reachability-repository";
import { milestoneDigestFromStore, milestoneRecordsOf } from "./milestone-digest-from-store";
import type { MilestoneDigestSource } from "./milestone-digest";

/** A team as the month's sweep reads it. */
export interface SweepTeam {
  /** Null when the team is not set up (or was erased). */
  profile: TeamProfile | null;
  /** Null when nothing went wrong posting to the team so far. */
  reachability: TeamReachability | null;
  /** The month's delivery record; null before anyone claimed it. */
  delivery: NudgeDelivery | null;
  overrides: OccurrenceOverride[];
  /** The milestone section's input (see milestone-digest-from-store.ts). */
  milestoneRecords: StoredTeamMilestones;
  /** Where the team's posts go: its newest channel reference (the channel the bot was added to). */
  channelTarget: ChannelTarget | null;
}

/** What the nudge feature needs from the store, narrowed to the calls it makes. */
export interface NudgeStore {
  /** Every team that is set up, a page at a time. */
  listTeamIds(page: {
    continuationToken?: string;
  }): Promise<{ teamIds: string[]; continuationToken?: string }>;
  /**
   * The sweep's read of one team: everything its nudge for `delivery`'s month is made of, in one
   * single-partition query (the claim and its updates are writes of their own).
   */
  readTeamForSweep(delivery: DeliveryKey): Promise<SweepTeam>;
  getProfile(teamId: string): Promise<TeamProfile | null>;
  listOverrides(teamId: string): Promise<OccurrenceOverride[]>;
  recordOverride(
    teamId: string,
    identity: OverrideIdentity,
    change: OverrideChange,
    by: PersonRef,
    click: CardClick,
    action: string,
  ): Promise<{ alreadyApplied: boolean; override: ScheduleOverride }>;
  reachability(teamId: string): Promise<TeamReachability | null>;
  markUnreachable(teamId: string, reason: UnreachableReason, detail?: string): Promise<void>;
  markReachable(teamId: string): Promise<void>;
  deliveries: Pick<
    NudgeDeliveryRepository,
    "claim" | "renew" | "markSent" | "markPendingRetry" | "markFailedPermanently"
  >;
  /** The milestone section's input; see milestone-digest-from-store.ts. */
  milestones: MilestoneDigestSource;
}

/** `teamChanged` hears of every recorded button and reachability change (the status summaries). */
export function nudgeStoreFrom(
  repositories: Repositories,
  teamChanged?: TeamChangeListener,
): NudgeStore {
  return {
    listTeamIds: (page) => repositories.profiles.listTeamIds(page),
    async readTeamForSweep(delivery) {
      const team = await repositories.milestones.readTeamForNudge(delivery.teamId, delivery);
      return {
        profile: team.profile?.profile ?? null,
        reachability: team.reachability,
        delivery: team.delivery,
        overrides: team.overrides,
        milestoneRecords: milestoneRecordsOf(team),
        channelTarget: channelTargetOf(delivery.teamId, team.conversations),
      };
    },
    getProfile: async (teamId) => (await repositories.profiles.get(teamId))?.profile ?? null,
    listOverrides: (teamId) => repositories.scheduleOverrides.list(teamId),
    recordOverride: (teamId, identity, change, by, click, action) =>
      afterCommit(
        teamId,
        repositories.scheduleOverrides.record(teamId, identity, change, by, click, {
          action,
          details: {
            activityKind: identity.activityKind,
            date: identity.date,
            ...(change.held === true ? { held: true } : {}),
            ...(change.movedTo ? { movedTo: change.movedTo.date } : {}),
          },
        }),
        teamChanged,
      ),
    reachability: (teamId) => repositories.reachability.get(teamId),
    markUnreachable: (teamId, reason, detail) =>
      afterCommit(
        teamId,
        repositories.reachability.markUnreachable(teamId, reason, detail),
        teamChanged,
      ),
    markReachable: (teamId) =>
      afterCommit(teamId, repositories.reachability.markReachable(teamId), teamChanged),
    deliveries: repositories.nudges,
    milestones: milestoneDigestFromStore(repositories),
  };
}

/** The team's newest channel reference as a target for proactive posts, or null if it has none. */
function channelTargetOf(
  teamId: string,
  newestFirst: readonly ConversationReferenceRecord[],
): ChannelTarget | null {
  const channel = newestFirst.find(
    (reference) => reference.kind === "channel" && reference.channelId !== undefined,
  );
  if (channel?.channelId === undefined) return null;
  return {
    serviceUrl: channel.serviceUrl,
    ...(channel.tenantId ? { tenantId: channel.tenantId } : {}),
    teamId,
    channelId: channel.channelId,
    botId: channel.botId,
  };
}
