import {
  programmeMilestoneStates,
  type MilestoneState,
  type StoredTeamMilestones,
} from "../../domain/milestones";
import { anchoringPlanApproved } from "../../domain/progress";
import { phasePositionOn } from "../../domain/schedule";
import type { TeamMilestones } from "../../store/milestone-repository";
import type { Repositories } from "../../store/repositories";
import type {
  MilestoneDigest,
  MilestoneDigestRequest,
  MilestoneDigestSource,
} from "./milestone-digest";

/**
 * Where the nudge's milestone section meets the store: the team's answers and approvals (one
 * single-partition read, or the sweep's read of the whole team), and the milestone domain's own
 * state derivation (so "awaiting approval" means exactly what the milestone cards say: sent, and
 * unchanged since).
 */

export function milestoneDigestFromStore(repositories: Repositories): MilestoneDigestSource {
  return async (request) =>
    milestoneDigestOf(
      request,
      milestoneRecordsOf(await repositories.milestones.readTeam(request.teamId)),
    );
}

/** The team's answers and approvals as the milestone domain derives states from them. */
export function milestoneRecordsOf(
  team: Pick<TeamMilestones, "answers" | "approvals">,
): StoredTeamMilestones {
  return {
    answers: new Map(
      [...team.answers].map(([key, stored]) => [
        key,
        { version: stored.answers.version, assessment: stored.answers.assessment?.value },
      ]),
    ),
    approvals: new Map([...team.approvals].map(([key, stored]) => [key, stored.approval])),
  };
}

/** The digest from records already read (the sweep reads them with the rest of the team). */
export function milestoneDigestOf(
  request: MilestoneDigestRequest,
  records: StoredTeamMilestones,
): MilestoneDigest {
  return deriveMilestoneDigest(request, programmeMilestoneStates(request.programme, records));
}

/** The digest from each milestone's state (keyed by milestone id). */
export function deriveMilestoneDigest(
  request: MilestoneDigestRequest,
  states: ReadonlyMap<string, MilestoneState>,
): MilestoneDigest {
  const { programme, profile } = request;
  const approverNames = profile.approvers.map((approver) => approver.name);
  const position = phasePositionOn(programme, profile.startDate, request.on);
  const currentPhase = position.status === "in-phase" ? position.phase.phaseId : undefined;
  const stateOf = (milestoneId: string) => states.get(milestoneId);
  return {
    awaitingApproval: programme.milestones
      .filter((milestone) => stateOf(milestone.id)?.status === "pending")
      .map((milestone) => ({ title: milestone.title, approverNames })),
    unanswered: programme.milestones
      .filter((milestone) => {
        const state = stateOf(milestone.id);
        return (
          currentPhase !== undefined &&
          milestone.phase === currentPhase &&
          (state === undefined || (state.answersVersion === 0 && state.approval === undefined))
        );
      })
      .map((milestone) => ({ title: milestone.title })),
    anchoringPlanApproved: anchoringPlanApproved(programme, states),
  };
}
