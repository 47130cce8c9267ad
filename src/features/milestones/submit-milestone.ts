import { outsideTurn } from "../../turn-budget";
import type { CardActionResponse } from "../../bot/turn";
import { hasConflicts, joinNames } from "../../domain/milestones";
import { answerKey } from "../../domain/team/answer-key";
import {
  CommitOutcomeUnknownError,
  ConcurrentChangeError,
  StoreUnavailableError,
} from "../../store/errors";
import { renderApprovalCard } from "../approvals/approval-card";
import { renderMilestoneCard, type Notice } from "./milestone-card";
import { personOf, type Persisted, type SaveAttempt } from "./save-attempt";
import { freshModel, respondToSave, updateForEveryone } from "./save-response";
import { stateOf } from "./stored";
import type { TeamContext } from "./team-context";
import { MILESTONE_TEXT } from "./texts";
import { MILESTONE_VERBS } from "./verbs";

/**
 * Send til godkendelse: the person's changes are saved first (as Gem kladde would); the version
 * they have seen is then sent — never one changed by someone else meanwhile.
 */
export async function submit(
  attempt: SaveAttempt,
  team: TeamContext,
  persisted: Persisted,
): Promise<CardActionResponse> {
  const text = MILESTONE_TEXT[attempt.language];
  const { plan, after, docs } = persisted;
  if (hasConflicts(plan)) return respondToSave(attempt, team, persisted, [text.submitConflict]);
  if (plan.stale) return respondToSave(attempt, team, persisted, [text.submitStale]);
  const approvers = joinNames(team.profile.approvers, text.and);
  const state = stateOf(after, persisted.approval);
  const refusal =
    !after || after.answers.size === 0
      ? text.nothingToSubmit
      : state.status === "pending"
        ? text.alreadyPending(approvers)
        : state.status === "approved"
          ? text.alreadyApproved
          : undefined;
  if (refusal || !after) {
    return respondToSave(attempt, team, persisted, [refusal ?? text.nothingToSubmit]);
  }
  try {
    const requested = await attempt.deps.store.requestApproval(
      attempt.teamId,
      answerKey(team.programme.id, attempt.target.milestone.id),
      after.version,
      personOf(attempt.turn),
      { actionId: attempt.input.actionId ?? "", verb: MILESTONE_VERBS.submit },
      docs.approval,
    );
    const sent: Persisted = { ...persisted, approval: requested.approval };
    return await announceSubmission(attempt, team, sent, requested.alreadyApplied);
  } catch (error) {
    if (error instanceof CommitOutcomeUnknownError) {
      return respondToSave(attempt, team, persisted, [text.submitFailed]);
    }
    if (error instanceof StoreUnavailableError || error instanceof ConcurrentChangeError) {
      return respondToSave(attempt, team, persisted, [text.submitFailed]);
    }
    throw error;
  }
}

async function announceSubmission(
  attempt: SaveAttempt,
  team: TeamContext,
  sent: Persisted,
  alreadyApplied: boolean,
): Promise<CardActionResponse> {
  const text = MILESTONE_TEXT[attempt.language];
  const approval = sent.approval;
  if (approval && !alreadyApplied) {
    const card = renderApprovalCard({
      language: attempt.language,
      teamId: attempt.teamId,
      programme: team.programme,
      milestone: attempt.target.milestone,
      profile: team.profile,
      answers: sent.after,
      approval,
      state: stateOf(sent.after, approval),
      actionable: true,
      source: "card",
      inChannel: true,
    });
    const activityId = await attempt.turn
      .sendCard(card)
      .catch((error: unknown) =>
        attempt.deps.logger.warn({ err: error }, "could not post the approval card"),
      );
    if (activityId) rememberApprovalCard(attempt, activityId);
  }
  attempt.deps.logger.info(
    { event: "milestone.submitted", version: sent.after?.version ?? 0 },
    "milestone sent for approval",
  );
  await updateForEveryone(attempt, freshModel(attempt, team, sent));
  const notice: Notice = {
    lines: [text.submitted(joinNames(team.profile.approvers, text.and))],
    style: "good",
  };
  return { card: renderMilestoneCard(freshModel(attempt, team, sent, notice)).card };
}

/**
 * Derived data, after the answer: where the approval card is, so a decision made from
 * `godkendelser` or a personal chat can update it for everyone. A failure only means that card
 * stays as it is (pressing it still says who decided).
 */
function rememberApprovalCard(attempt: SaveAttempt, activityId: string): void {
  const { conversation } = attempt.turn;
  const key = answerKey(attempt.target.programme.id, attempt.target.milestone.id);
  outsideTurn(() =>
    attempt.deps.store
      .rememberApprovalCard(attempt.teamId, key, {
        serviceUrl: conversation.serviceUrl,
        ...(conversation.tenantId ? { tenantId: conversation.tenantId } : {}),
        conversationId: conversation.conversationId,
        activityId,
        botId: conversation.botId,
      })
      .catch((error: unknown) =>
        attempt.deps.logger.warn({ err: error }, "could not remember where the approval card is"),
      ),
  );
}
