import type { CardActionResponse } from "../../bot/turn";
import { renderNoticeCard } from "../../cards/common-cards";
import { hasConflicts, joinList, reopenedBySave } from "../../domain/milestones";
import type { MilestoneAnswers } from "../../store/answer-repository";
import {
  freshBasis,
  renderMilestoneCard,
  type MilestoneCardModel,
  type NewerAnswer,
  type Notice,
} from "./milestone-card";
import type { Persisted, SaveAttempt } from "./save-attempt";
import { stateOf, storedTexts } from "./stored";
import type { TeamContext } from "./team-context";
import { MILESTONE_TEXT } from "./texts";

/** The answer to a save: the card for everyone, the person's own, and news for the channel. */

/** The people who saved versions after the card's, other than this person. */
function othersSince(after: MilestoneAnswers | null, version: number, me: string): string[] {
  const names = (after?.versions ?? [])
    .filter((v) => v.version > version && v.by.id !== me)
    .map((v) => v.by.name);
  return [...new Set(names)];
}

function noticeAfterSave(attempt: SaveAttempt, persisted: Persisted): Notice {
  const text = MILESTONE_TEXT[attempt.language];
  const { plan, after, wrote } = persisted;
  const others = joinList(
    othersSince(after, attempt.input.basis.basedOnVersion, attempt.turn.user.id),
    text.and,
  );
  if (plan.stale && wrote) return { lines: [text.savedMerged(others)], style: "good" };
  if (!plan.changedByPerson) {
    return plan.stale
      ? { lines: [text.staleNothingChanged(others)], style: "accent" }
      : { lines: [text.nothingChanged], style: "accent" };
  }
  return { lines: [text.saved], style: "good" };
}

/** The fresh card at the page the person asked for. */
export function freshModel(
  attempt: SaveAttempt,
  team: TeamContext,
  persisted: Persisted,
  notice?: Notice,
): MilestoneCardModel {
  const { input } = attempt;
  const step = input.goTo === "next" ? 1 : input.goTo === "previous" ? -1 : 0;
  return {
    language: attempt.language,
    programme: team.programme,
    milestone: attempt.target.milestone,
    profile: team.profile,
    answers: persisted.after,
    state: stateOf(persisted.after, persisted.approval),
    page: Math.max(0, input.page + step),
    ...(notice ? { notice } : {}),
  };
}

/**
 * Where the person and someone else changed the same answers: the card again with the newer
 * answers shown, the person's own text in the fields, and a basis at the stored version, so
 * pressing Gem kladde again deliberately saves their text over the newer one.
 */
function conflictModel(
  attempt: SaveAttempt,
  team: TeamContext,
  persisted: Persisted,
  extraLines: string[],
): MilestoneCardModel {
  const { plan, after, submission } = persisted;
  const text = MILESTONE_TEXT[attempt.language];
  const stored = storedTexts(after);
  const values = new Map(attempt.input.questionIds.map((id) => [id, stored.get(id) ?? ""]));
  const newer = new Map<string, NewerAnswer>();
  for (const conflict of plan.conflicts) {
    values.set(conflict.questionId, submission.answers.get(conflict.questionId) ?? "");
    newer.set(conflict.questionId, { text: conflict.theirs, by: conflict.by, at: conflict.at });
  }
  const authors = [
    ...plan.conflicts.map((c) => c.by),
    ...(plan.assessmentConflict ? [plan.assessmentConflict.by] : []),
  ];
  // The newer text may be the person's own: saved from another card, or a save of theirs that
  // landed after the bot had told them it could not tell.
  const onlyOwn = authors.every((author) => author.id === attempt.turn.user.id);
  const lines = [
    onlyOwn
      ? text.conflictWithOwnSave
      : text.conflict(joinList([...new Set(authors.map((a) => a.name))], text.and)),
  ];
  if (persisted.wrote) lines.push(text.conflictPartlySaved);
  const state = stateOf(after, persisted.approval);
  return {
    ...freshModel(attempt, team, persisted),
    basis: freshBasis(after, attempt.target.milestone),
    values,
    questionIds: attempt.input.questionIds,
    page: attempt.input.page,
    newer,
    ...(plan.assessmentConflict
      ? {
          assessmentValue: submission.assessment,
          newerAssessment: {
            value: plan.assessmentConflict.theirs,
            by: plan.assessmentConflict.by,
            at: plan.assessmentConflict.at,
          },
        }
      : { assessmentValue: state.assessment }),
    notice: { lines: [...lines, ...extraLines], style: "warning" },
  };
}

/** Replaces the card in the channel for everyone; the answer to the click shows the person's own. */
export async function updateForEveryone(
  attempt: SaveAttempt,
  model: MilestoneCardModel,
): Promise<void> {
  const { turn, deps } = attempt;
  if (!turn.cardActivityId) return;
  const { card } = renderMilestoneCard(model);
  await turn
    .updateCard(turn.cardActivityId, card)
    .catch((error: unknown) =>
      deps.logger.warn({ err: error }, "could not update the milestone card for everyone"),
    );
}

/** Changing an approved milestone reopens it; the channel is told who did it. */
async function tellChannelIfReopened(attempt: SaveAttempt, persisted: Persisted): Promise<void> {
  const before = stateOf(persisted.docs.answers?.answers ?? null, persisted.approval);
  const after = stateOf(persisted.after, persisted.approval);
  if (!persisted.wrote || !reopenedBySave(before, after)) return;
  const text = MILESTONE_TEXT[attempt.language];
  const title = attempt.target.milestone.title[attempt.language];
  await attempt.turn
    .sendCard(
      renderNoticeCard({
        title: text.reopenedTitle,
        text: text.reopened(attempt.turn.user.name, title),
        color: "Warning",
      }),
    )
    .catch((error: unknown) =>
      attempt.deps.logger.warn({ err: error }, "could not tell the channel about a reopening"),
    );
}

export async function respondToSave(
  attempt: SaveAttempt,
  team: TeamContext,
  persisted: Persisted,
  extraLines: string[] = [],
): Promise<CardActionResponse> {
  const { plan } = persisted;
  logSaved(attempt, persisted);
  if (persisted.wrote || plan.stale) {
    await updateForEveryone(attempt, freshModel(attempt, team, persisted));
  }
  await tellChannelIfReopened(attempt, persisted);
  if (hasConflicts(plan)) {
    return {
      card: renderMilestoneCard(conflictModel(attempt, team, persisted, extraLines)).card,
    };
  }
  const notice = noticeAfterSave(attempt, persisted);
  const model = freshModel(attempt, team, persisted, {
    ...notice,
    lines: [...notice.lines, ...extraLines],
  });
  return { card: renderMilestoneCard(model).card };
}

function logSaved(attempt: SaveAttempt, persisted: Persisted): void {
  attempt.deps.logger.info(
    {
      event: "milestone.saved",
      wrote: persisted.wrote,
      questions: persisted.plan.answers.size,
      conflicts: persisted.plan.conflicts.length,
      stale: persisted.plan.stale,
      version: persisted.after?.version ?? 0,
    },
    "milestone saved",
  );
}
