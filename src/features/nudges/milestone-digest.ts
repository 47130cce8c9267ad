import type { Programme } from "../../domain/catalog";
import type { LocalizedText } from "../../domain/i18n";
import type { TeamProfile } from "../../domain/team/profile";

/**
 * What the nudge card says about milestones, as a typed input: the nudge feature does not know
 * how milestones and approvals are stored or decided, it receives this from a `MilestoneDigestSource`
 * (see milestone-digest-from-store.ts for the one wired in production).
 */
export interface MilestoneDigest {
  /** Milestones sent for approval and not decided: who must act, by name. */
  awaitingApproval: { title: LocalizedText; approverNames: string[] }[];
  /** Milestones of the current phase that have no answer yet. */
  unanswered: { title: LocalizedText }[];
  /** The anchoring plan is approved: the implementation has ended and gets no more nudges. */
  anchoringPlanApproved: boolean;
}

export interface MilestoneDigestRequest {
  teamId: string;
  profile: TeamProfile;
  programme: Programme;
  /** The local date (`YYYY-MM-DD`) whose phase counts as "current". */
  on: string;
}

export type MilestoneDigestSource = (request: MilestoneDigestRequest) => Promise<MilestoneDigest>;

export const NO_MILESTONE_NEWS: MilestoneDigest = {
  awaitingApproval: [],
  unanswered: [],
  anchoringPlanApproved: false,
};
