import type { CardClick } from "../../store/action-key";
import { afterCommit, type TeamChangeListener } from "../../store/after-commit";
import type { MilestoneAnswers, MilestoneChange } from "../../store/answer-repository";
import type { Approval } from "../../store/approval-repository";
import type {
  MilestoneDocuments,
  StoredAnswers,
  StoredApproval,
  TeamMilestones,
} from "../../store/milestone-repository";
import type { Repositories } from "../../store/repositories";
import type { PersonRef } from "../../domain/team/profile";
import type { PostedCard } from "../../bot/proactive";

/**
 * What the milestone feature needs from the store, narrowed to the calls it makes: one query to
 * read a milestone (or a team's milestones), one write to save, one to send for approval.
 */
export interface MilestoneStore {
  readMilestone(
    teamId: string,
    programmeId: string,
    milestoneId: string,
  ): Promise<MilestoneDocuments>;
  readTeam(teamId: string): Promise<TeamMilestones>;
  /** Saves over what `readMilestone` returned (`basis`); a lost race re-checks `basedOnVersion`. */
  saveMilestone(
    teamId: string,
    key: string,
    change: MilestoneChange,
    by: PersonRef,
    click: CardClick,
    options: { basedOnVersion: number; basis: StoredAnswers | null },
  ): Promise<{ alreadyApplied: boolean; answers: MilestoneAnswers }>;
  requestApproval(
    teamId: string,
    key: string,
    forVersion: number,
    by: PersonRef,
    click: CardClick,
    basis: StoredApproval | null,
  ): Promise<{ alreadyApplied: boolean; approval: Approval }>;
  /** Where the approval card was posted, so a decision made elsewhere can update it. */
  rememberApprovalCard(teamId: string, key: string, posted: PostedCard): Promise<void>;
}

/** `teamChanged` hears of every save and request once committed (the status summaries). */
export function milestoneStoreFrom(
  repositories: Repositories,
  teamChanged?: TeamChangeListener,
): MilestoneStore {
  return {
    readMilestone: (teamId, programmeId, milestoneId) =>
      repositories.milestones.readMilestone(teamId, programmeId, milestoneId),
    readTeam: (teamId) => repositories.milestones.readTeam(teamId),
    saveMilestone: (teamId, key, change, by, click, options) =>
      afterCommit(
        teamId,
        repositories.answers.saveMilestone(teamId, key, change, by, click, {
          basedOnVersion: options.basedOnVersion,
          basis: options.basis?.basis ?? null,
        }),
        teamChanged,
      ),
    requestApproval: (teamId, key, forVersion, by, click, basis) =>
      afterCommit(
        teamId,
        repositories.approvals.request(teamId, key, forVersion, by, click, {
          basis: basis?.basis ?? null,
        }),
        teamChanged,
      ),
    rememberApprovalCard: (teamId, key, posted) =>
      repositories.approvalCards.remember(teamId, key, posted),
  };
}
