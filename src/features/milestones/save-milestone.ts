import type { CardActionResponse, CardActionTurn } from "../../bot/turn";
import { renderNoticeCard } from "../../cards/common-cards";
import type { Language } from "../../domain/i18n";
import {
  fingerprint,
  hasConflicts,
  joinList,
  joinNames,
  planSave,
  reopenedBySave,
  writesAnything,
  type SavePlan,
  type Submission,
} from "../../domain/milestones";
import { answerKey } from "../../domain/team/answer-key";
import type { PersonRef } from "../../domain/team/profile";
import type { MilestoneAnswers } from "../../store/answer-repository";
import type { Approval } from "../../store/approval-repository";
import {
  CommitOutcomeUnknownError,
  ConcurrentChangeError,
  StoreUnavailableError,
} from "../../store/errors";
import type { MilestoneDocuments } from "../../store/milestone-repository";
import {
  parseMilestoneAction,
  refusalLines,
  validateTexts,
  type MilestoneCardInput,
  type MilestoneTarget,
} from "./card-input";
import type { MilestoneDependencies } from "./index";
import {
  freshBasis,
  renderMilestoneCard,
  type MilestoneCardModel,
  type NewerAnswer,
  type Notice,
} from "./milestone-card";
import { assessmentOf, stateOf, storedMilestoneOf, storedTexts } from "./stored";
import { channelTeamId, teamGate, type TeamContext } from "./team-context";
import { MILESTONE_TEXT } from "./texts";
import { MILESTONE_VERBS } from "./verbs";
import { renderApprovalCard } from "../approvals/approval-card";

type Mode = "save" | "submit";

type Step<T> = { ok: true; value: T } | { ok: false; response: CardActionResponse };

/** One press of Gem kladde / Send til godkendelse, once its payload is known to be well formed. */
interface SaveAttempt {
  turn: CardActionTurn;
  deps: MilestoneDependencies;
  mode: Mode;
  teamId: string;
  target: MilestoneTarget;
  input: MilestoneCardInput;
  language: Language;
}

/** What a save wrote (or found already there), and what is stored after it. */
interface Persisted {
  docs: MilestoneDocuments;
  /** The milestone's approval as the response should show it. */
  approval: Approval | null;
  plan: SavePlan;
  after: MilestoneAnswers | null;
  wrote: boolean;
}

/** The card a person is given back with their input kept (before or without the store). */
function givenBack(
  target: MilestoneTarget,
  input: Pick<MilestoneCardInput, "basis" | "questionIds" | "page">,
  language: Language,
  extras: Pick<MilestoneCardModel, "values" | "errors" | "assessmentValue"> & { notice: Notice },
): CardActionResponse {
  const { card } = renderMilestoneCard({
    language,
    programme: target.programme,
    milestone: target.milestone,
    answers: null,
    basis: input.basis,
    questionIds: input.questionIds,
    page: input.page,
    ...extras,
  });
  return { card };
}

/** The texts the person sent, safe to put back: cleaned, or with what must not be echoed removed. */
function keptValues(input: MilestoneCardInput, language: Language): Map<string, string> {
  const validated = validateTexts(input, language);
  return validated.ok ? new Map(validated.submission.answers) : validated.shown;
}

/** A card whose payload is malformed: nothing is trusted, so every text counts as new. */
function invalidCardAnswer(
  target: MilestoneTarget,
  raw: Map<string, string>,
  language: Language,
): CardActionResponse {
  const questionIds = target.milestone.questions.map((q) => q.id);
  const input: MilestoneCardInput = {
    basis: { basedOnVersion: 0, originals: new Map(), originalAssessment: "notYet" },
    page: 0,
    questionIds,
    raw,
    rawAssessment: undefined,
  };
  return givenBack(target, input, language, {
    values: keptValues(input, language),
    notice: { lines: [MILESTONE_TEXT[language].invalidCard], style: "attention" },
  });
}

/** Notice lines and style for a card given back because of the store or the clock. */
function attemptGivenBack(attempt: SaveAttempt, line: string): CardActionResponse {
  return givenBack(attempt.target, attempt.input, attempt.language, {
    values: keptValues(attempt.input, attempt.language),
    notice: { lines: [line], style: "attention" },
  });
}

/** The attempt of each click in progress, so a late answer speaks the card's language. */
const attempts = new WeakMap<CardActionTurn, SaveAttempt>();

/**
 * The answer when the store has not let the save finish inside the turn's budget: the card
 * again with what was typed, saying truthfully whether it may have been saved.
 */
export function saveMilestoneWhenLate(
  turn: CardActionTurn,
  late: { commitStarted: boolean },
): CardActionResponse {
  const attempt = attempts.get(turn);
  const parsed = parseMilestoneAction(turn.data);
  const language =
    attempt?.language ??
    (parsed.kind === "ok" ? parsed.input.language : undefined) ??
    turn.language;
  const text = MILESTONE_TEXT[language];
  const line = late.commitStarted ? text.outcomeUnknown : text.tooSlow;
  if (parsed.kind !== "ok") return { message: line };
  return givenBack(parsed.target, parsed.input, language, {
    values: keptValues(parsed.input, language),
    notice: { lines: [line], style: "attention" },
  });
}

/**
 * Gem kladde and Send til godkendelse: validate the payload (no store) → read the milestone (one
 * query) → authorise (a set-up team on the card's programme) → plan the merge → persist (one
 * write) → respond (the card for everyone, the approval card when sending). Nothing the person
 * typed is lost on any path.
 */
export async function saveMilestone(
  turn: CardActionTurn,
  deps: MilestoneDependencies,
  mode: Mode,
): Promise<CardActionResponse> {
  const teamId = channelTeamId(turn);
  if (!teamId) return { message: MILESTONE_TEXT[turn.language].onlyInTeam };
  const validated = validate(turn, deps, mode, teamId);
  if (!validated.ok) return validated.response;
  const { attempt, submission } = validated.value;
  attempts.set(turn, attempt);

  const read = await readMilestone(attempt);
  if (!read.ok) return read.response;
  const authorised = authorise(attempt, read.value);
  if (!authorised.ok) return authorised.response;

  const persisted = await persist(attempt, read.value, submission);
  if (!persisted.ok) return persisted.response;
  return mode === "save"
    ? respondToSave(attempt, authorised.value, persisted.value)
    : submit(attempt, authorised.value, persisted.value);
}

function validate(
  turn: CardActionTurn,
  deps: MilestoneDependencies,
  mode: Mode,
  teamId: string,
): Step<{ attempt: SaveAttempt; submission: Submission }> {
  const parsed = parseMilestoneAction(turn.data);
  if (parsed.kind === "unknownMilestone") {
    return { ok: false, response: { message: MILESTONE_TEXT[turn.language].unknownMilestone } };
  }
  if (parsed.kind === "invalidCard") {
    return { ok: false, response: invalidCardAnswer(parsed.target, parsed.raw, turn.language) };
  }
  const { target, input } = parsed;
  const language = input.language ?? turn.language;
  const attempt: SaveAttempt = { turn, deps, mode, teamId, target, input, language };
  const text = MILESTONE_TEXT[language];
  if (input.actionId === undefined) {
    return { ok: false, response: attemptGivenBack(attempt, text.invalidCard) };
  }
  const checked = validateTexts(input, language);
  if (!checked.ok) {
    return {
      ok: false,
      response: givenBack(target, input, language, {
        values: checked.shown,
        errors: checked.errors,
        assessmentValue: checked.assessment,
        notice: {
          lines: refusalLines(text.fixFields, checked.containsCpr, language),
          style: "attention",
        },
      }),
    };
  }
  return { ok: true, value: { attempt, submission: checked.submission } };
}

async function readMilestone(attempt: SaveAttempt): Promise<Step<MilestoneDocuments>> {
  try {
    const docs = await attempt.deps.store.readMilestone(
      attempt.teamId,
      attempt.target.programme.id,
      attempt.target.milestone.id,
    );
    return { ok: true, value: docs };
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    return {
      ok: false,
      response: attemptGivenBack(attempt, MILESTONE_TEXT[attempt.language].storeDown),
    };
  }
}

/** Anyone in the team's channel may answer; the team must be set up on the card's programme. */
function authorise(attempt: SaveAttempt, docs: MilestoneDocuments): Step<TeamContext> {
  const gate = teamGate(attempt.turn, attempt.teamId, docs.profile?.profile);
  if (!gate.ok) return { ok: false, response: { message: gate.message } };
  attempt.language = gate.team.language;
  if (gate.team.programme.id !== attempt.target.programme.id) {
    return {
      ok: false,
      response: attemptGivenBack(attempt, MILESTONE_TEXT[attempt.language].programmeChanged),
    };
  }
  return { ok: true, value: gate.team };
}

function personOf(turn: CardActionTurn): PersonRef {
  const { id, aadObjectId, name } = turn.user;
  return aadObjectId ? { id, aadObjectId, name } : { id, name };
}

/**
 * The click's duplicate key names what it writes: a redelivery of the same click is applied once,
 * while a second press of the same card with other text is a change of its own.
 */
function saveClick(attempt: SaveAttempt, plan: SavePlan) {
  const content = JSON.stringify([[...plan.answers].sort(), plan.assessment ?? ""]);
  return {
    actionId: attempt.input.actionId ?? "",
    verb: `${MILESTONE_VERBS.save}:${fingerprint(content)}`,
  };
}

/** Plans against what was read and writes once; a lost race re-reads and plans once more. */
async function persist(
  attempt: SaveAttempt,
  read: MilestoneDocuments,
  submission: Submission,
): Promise<Step<Persisted>> {
  const { deps, input, teamId, target } = attempt;
  const text = MILESTONE_TEXT[attempt.language];
  const key = answerKey(target.programme.id, target.milestone.id);
  let docs = read;
  for (let round = 1; ; round++) {
    const before = docs.answers?.answers ?? null;
    const plan = planSave(storedMilestoneOf(before), input.basis, submission, assessmentOf(before));
    const approval = docs.approval?.approval ?? null;
    if (!writesAnything(plan)) {
      return { ok: true, value: { docs, approval, plan, after: before, wrote: false } };
    }
    try {
      const saved = await deps.store.saveMilestone(
        teamId,
        key,
        { answers: plan.answers, ...(plan.assessment ? { assessment: plan.assessment } : {}) },
        personOf(attempt.turn),
        saveClick(attempt, plan),
        { basedOnVersion: input.basis.basedOnVersion, basis: docs.answers },
      );
      return {
        ok: true,
        value: { docs, approval, plan, after: saved.answers, wrote: !saved.alreadyApplied },
      };
    } catch (error) {
      if (error instanceof CommitOutcomeUnknownError) {
        return { ok: false, response: attemptGivenBack(attempt, text.outcomeUnknown) };
      }
      if (error instanceof ConcurrentChangeError && round === 1) {
        // Someone saved the same question meanwhile: plan again against what they saved.
        const again = await readMilestone(attempt);
        if (!again.ok) return again;
        docs = again.value;
        continue;
      }
      if (error instanceof StoreUnavailableError || error instanceof ConcurrentChangeError) {
        return { ok: false, response: attemptGivenBack(attempt, text.storeDown) };
      }
      throw error;
    }
  }
}

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
function freshModel(
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
  submission: Submission,
  extraLines: string[],
): MilestoneCardModel {
  const { plan, after } = persisted;
  const text = MILESTONE_TEXT[attempt.language];
  const stored = storedTexts(after);
  const values = new Map(attempt.input.questionIds.map((id) => [id, stored.get(id) ?? ""]));
  const newer = new Map<string, NewerAnswer>();
  for (const conflict of plan.conflicts) {
    values.set(conflict.questionId, submission.answers.get(conflict.questionId) ?? "");
    newer.set(conflict.questionId, { text: conflict.theirs, by: conflict.by, at: conflict.at });
  }
  const authors = [
    ...plan.conflicts.map((c) => c.by.name),
    ...(plan.assessmentConflict ? [plan.assessmentConflict.by.name] : []),
  ];
  const lines = [text.conflict(joinList([...new Set(authors)], text.and))];
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
async function updateForEveryone(attempt: SaveAttempt, model: MilestoneCardModel): Promise<void> {
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

async function respondToSave(
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
    const submission = validatedSubmission(attempt);
    return {
      card: renderMilestoneCard(conflictModel(attempt, team, persisted, submission, extraLines))
        .card,
    };
  }
  const notice = noticeAfterSave(attempt, persisted);
  const model = freshModel(attempt, team, persisted, {
    ...notice,
    lines: [...notice.lines, ...extraLines],
  });
  return { card: renderMilestoneCard(model).card };
}

function validatedSubmission(attempt: SaveAttempt): Submission {
  const checked = validateTexts(attempt.input, attempt.language);
  return checked.ok
    ? checked.submission
    : { answers: new Map(), assessment: attempt.input.basis.originalAssessment };
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

/**
 * Send til godkendelse: the person's changes are saved first (as Gem kladde would); the version
 * they have seen is then sent — never one changed by someone else meanwhile.
 */
async function submit(
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
    await attempt.turn
      .sendCard(card)
      .catch((error: unknown) =>
        attempt.deps.logger.warn({ err: error }, "could not post the approval card"),
      );
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
