import { phasePositionOn } from "../../domain/schedule";
import { answerKey } from "../../domain/team/answer-key";
import type { Repositories } from "../../store/repositories";
import type {
  MilestoneDigest,
  MilestoneDigestRequest,
  MilestoneDigestSource,
} from "./milestone-digest";

/**
 * THE place where the nudge's milestone section meets the store. It reads the answers and approval
 * documents as they are today (`answers:<programme>.<milestone>`, `approval:<…>` with status
 * pending / approved / sentBack) and derives the digest itself. Once the milestones feature (issue
 * 9) has its own state derivation (draft / awaiting approval / approved / sent back, "changed after
 * approval"), replace the body of `milestoneDigestFromStore` with a call to it: nothing else in
 * the nudge feature reads milestones.
 */

/** The milestones whose approval ends the implementation (SFT, ÅD: the anchoring plan; CTI). */
const ANCHORING_PLAN_MILESTONES = new Set(["anchoring-plan", "handover-and-anchoring"]);

export function milestoneDigestFromStore(repositories: Repositories): MilestoneDigestSource {
  return async (request) => {
    const [answers, approvals] = await Promise.all([
      repositories.answers.list(request.teamId),
      repositories.approvals.list(request.teamId),
    ]);
    return deriveMilestoneDigest(request, {
      answered: new Set(
        answers.filter((milestone) => milestone.answers.size > 0).map((m) => m.milestoneId),
      ),
      approvalStatus: new Map(approvals.map((approval) => [approval.milestoneId, approval.status])),
    });
  };
}

export interface StoredMilestoneState {
  /** Keys (`<programme>.<milestone>`) of milestones with at least one answer. */
  answered: ReadonlySet<string>;
  /** Approval status by milestone key. */
  approvalStatus: ReadonlyMap<string, "pending" | "approved" | "sentBack">;
}

export function deriveMilestoneDigest(
  request: MilestoneDigestRequest,
  state: StoredMilestoneState,
): MilestoneDigest {
  const { programme, profile } = request;
  const keyOf = (milestoneId: string) => answerKey(programme.id, milestoneId);
  const approverNames = profile.approvers.map((approver) => approver.name);
  const position = phasePositionOn(programme, profile.startDate, request.on);
  const currentPhase = position.status === "in-phase" ? position.phase.phaseId : undefined;
  return {
    awaitingApproval: programme.milestones
      .filter((milestone) => state.approvalStatus.get(keyOf(milestone.id)) === "pending")
      .map((milestone) => ({ title: milestone.title, approverNames })),
    unanswered: programme.milestones
      .filter(
        (milestone) =>
          currentPhase !== undefined &&
          milestone.phase === currentPhase &&
          !state.answered.has(keyOf(milestone.id)) &&
          !state.approvalStatus.has(keyOf(milestone.id)),
      )
      .map((milestone) => ({ title: milestone.title })),
    anchoringPlanApproved: programme.milestones.some(
      (milestone) =>
        ANCHORING_PLAN_MILESTONES.has(milestone.id) &&
        state.approvalStatus.get(keyOf(milestone.id)) === "approved",
    ),
  };
}
