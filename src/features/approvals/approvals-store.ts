import type { PersonRef } from "../../domain/team/profile";
import type { PostedCard } from "../../bot/proactive";
import type { CardClick } from "../../store/action-key";
import { afterCommit, type TeamChangeListener } from "../../store/after-commit";
import type { Approval, ApprovalDecision } from "../../store/approval-repository";
import type {
  MilestoneDocuments,
  StoredApproval,
  TeamMilestones,
} from "../../store/milestone-repository";
import type { PersonTeamEntry } from "../../store/person-index-repository";
import type { Repositories } from "../../store/repositories";

/** What the approvals feature needs from the store, narrowed to the calls it makes. */
export interface ApprovalStore {
  readMilestone(
    teamId: string,
    programmeId: string,
    milestoneId: string,
  ): Promise<MilestoneDocuments>;
  readTeam(teamId: string): Promise<TeamMilestones>;
  /** Records one decision over what was read; a decision on an older version is refused. */
  decide(
    teamId: string,
    key: string,
    decision: ApprovalDecision,
    by: PersonRef,
    click: CardClick,
    options: { basedOnVersion: number; basis: StoredApproval },
  ): Promise<{ alreadyApplied: boolean; approval: Approval }>;
  /** The person's teams and roles (by `personKey`): one point read. */
  teamsOf(userKey: string): Promise<PersonTeamEntry[]>;
  /** Where the milestone's approval card was posted in the channel, if known. */
  approvalCardOf(teamId: string, key: string): Promise<PostedCard | null>;
}

/** `teamChanged` hears of every decision once committed (the status summaries). */
export function approvalStoreFrom(
  repositories: Repositories,
  teamChanged?: TeamChangeListener,
): ApprovalStore {
  return {
    readMilestone: (teamId, programmeId, milestoneId) =>
      repositories.milestones.readMilestone(teamId, programmeId, milestoneId),
    readTeam: (teamId) => repositories.milestones.readTeam(teamId),
    decide: (teamId, key, decision, by, click, options) =>
      afterCommit(
        teamId,
        repositories.approvals.decide(teamId, key, decision, by, click, {
          basedOnVersion: options.basedOnVersion,
          basis: options.basis.basis,
        }),
        teamChanged,
      ),
    teamsOf: (userKey) => repositories.people.listTeams(userKey),
    approvalCardOf: (teamId, key) => repositories.approvalCards.get(teamId, key),
  };
}
