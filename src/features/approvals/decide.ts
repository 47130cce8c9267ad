import { outsideTurn } from "../../turn-budget";
import type { CardActionResponse, CardActionTurn } from "../../bot/turn";
import { CPR_DELETE_YOUR_MESSAGE } from "../../domain/cpr-guard";
import type { Language } from "../../domain/i18n";
import { joinNames } from "../../domain/milestones";
import { answerKey } from "../../domain/team/answer-key";
import type { PersonRef } from "../../domain/team/profile";
import type { ApprovalDecision } from "../../store/approval-repository";
import {
  CommitOutcomeUnknownError,
  ConcurrentChangeError,
  StoreUnavailableError,
} from "../../store/errors";
import type { MilestoneDocuments } from "../../store/milestone-repository";
import type { Notice } from "../milestones/milestone-card";
import { stateOf } from "../milestones/stored";
import type { ApprovalDependencies } from "./index";
import {
  approvalCard,
  approvalModel,
  lateApprovalCard,
  situationOf,
  type ApprovalSituation,
} from "./approval-view";
import { checkComment, parseDecision, type DecisionInput } from "./decision-input";
import { APPROVAL_TEXT } from "./texts";

type Status = ApprovalDecision["status"];

type Step<T> = { ok: true; value: T } | { ok: false; response: CardActionResponse };

/** One press of Godkend / Send tilbage. */
interface DecisionAttempt {
  turn: CardActionTurn;
  deps: ApprovalDependencies;
  status: Status;
  input: DecisionInput;
}

/** The team's language of each click in progress, once read, so a late answer speaks it. */
const languages = new WeakMap<CardActionTurn, Language>();

function messageFor(turn: CardActionTurn, reason: "invalidCard" | "wrongTeam" | "notInTeam") {
  const text = APPROVAL_TEXT[turn.language];
  switch (reason) {
    case "invalidCard":
      return text.invalidCard;
    case "wrongTeam":
      return text.wrongTeam;
    case "notInTeam":
      return text.listOnlyInTeamOrPersonal;
  }
}

/**
 * The answer when the decision has not finished inside the turn's budget: the buttons again
 * with the comment kept (same action id: pressing again records once), saying truthfully
 * whether it may have been recorded.
 */
export function decideWhenLate(
  turn: CardActionTurn,
  late: { commitStarted: boolean },
): CardActionResponse {
  const parsed = parseDecision(turn);
  const language = languages.get(turn) ?? turn.language;
  const text = APPROVAL_TEXT[language];
  const line = late.commitStarted ? text.outcomeUnknown : text.tooSlow;
  if (!parsed.ok) return { message: line };
  return { card: lateApprovalCard(parsed.input, language, line) };
}

/**
 * Godkend / Send tilbage: check the payload → read the milestone (one query) → authorise (an
 * approver of that team, on the server, every time) → check the comment and that the card still
 * shows what waits → record one decision (one conditional write) → the decided card for everyone.
 */
export async function decide(
  turn: CardActionTurn,
  deps: ApprovalDependencies,
  status: Status,
): Promise<CardActionResponse> {
  const parsed = parseDecision(turn);
  if (!parsed.ok) return { message: messageFor(turn, parsed.reason) };
  const attempt: DecisionAttempt = { turn, deps, status, input: parsed.input };

  const read = await readDocs(attempt);
  if (!read.ok) return read.response;
  const found = situationOf(turn, attempt.input, read.value);
  if (!found.ok) return { message: found.message };
  const situation = found.situation;
  languages.set(turn, situation.language);

  const refusal = authorise(attempt, situation) ?? stillWaiting(attempt, situation);
  if (refusal) return refusal;
  const comment = validateComment(attempt, situation);
  if (!comment.ok) return comment.response;

  const recorded = await persist(attempt, situation, comment.value);
  if (!recorded.ok) return recorded.response;
  return respond(attempt, recorded.value);
}

async function readDocs(attempt: DecisionAttempt): Promise<Step<MilestoneDocuments>> {
  const { input, deps, turn } = attempt;
  try {
    const docs = await deps.store.readMilestone(
      input.teamId,
      input.target.programme.id,
      input.target.milestone.id,
    );
    return { ok: true, value: docs };
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    const text = APPROVAL_TEXT[turn.language];
    return {
      ok: false,
      response: { card: lateApprovalCard(input, turn.language, text.storeDown) },
    };
  }
}

/** The comment the person typed, kept on every card given back. */
function keptComment(attempt: DecisionAttempt) {
  return { value: attempt.input.rawComment ?? "", error: "" };
}

function givenBack(
  attempt: DecisionAttempt,
  situation: ApprovalSituation,
  notice: Notice,
  options: { actionable?: boolean; comment?: { value: string; error: string } } = {},
): CardActionResponse {
  const model = approvalModel(attempt.turn, attempt.input, situation, {
    actionable: options.actionable ?? situation.isApprover,
    notice,
    comment: options.comment ?? keptComment(attempt),
  });
  return { card: approvalCard(model) };
}

/** Only the team's saved approvers decide; anyone else's click records nothing. */
function authorise(
  attempt: DecisionAttempt,
  situation: ApprovalSituation,
): CardActionResponse | undefined {
  if (situation.isApprover && attempt.input.actionId !== undefined) return undefined;
  const text = APPROVAL_TEXT[situation.language];
  if (attempt.input.actionId === undefined) {
    return givenBack(attempt, situation, { lines: [text.invalidCard], style: "attention" });
  }
  attempt.deps.logger.info(
    { event: "approval.refused", verb: attempt.turn.verb },
    "a click on an approval by someone who is not an approver",
  );
  return givenBack(
    attempt,
    situation,
    {
      lines: [text.onlyApprovers(joinNames(situation.profile.approvers, text.or))],
      style: "attention",
    },
    { actionable: false },
  );
}

/** Decided already, changed since it was sent, or a newer request than the card shows. */
function stillWaiting(
  attempt: DecisionAttempt,
  situation: ApprovalSituation,
): CardActionResponse | undefined {
  const text = APPROVAL_TEXT[situation.language];
  const { approval, state } = situation;
  if (approval.status !== "pending") {
    const decider = approval.decidedBy;
    const line =
      decider && decider.id === attempt.turn.user.id
        ? text.youDecided
        : text.alreadyDecided(decider?.name ?? "");
    return givenBack(attempt, situation, { lines: [line], style: "accent" }, { actionable: false });
  }
  if (state.status !== "pending") {
    return givenBack(attempt, situation, { lines: [text.notPending], style: "warning" });
  }
  if (approval.version !== attempt.input.approvalVersion) {
    return givenBack(attempt, situation, { lines: [text.stale], style: "warning" });
  }
  return undefined;
}

function validateComment(attempt: DecisionAttempt, situation: ApprovalSituation): Step<string> {
  const text = APPROVAL_TEXT[situation.language];
  const checked = checkComment(
    attempt.input.rawComment,
    attempt.status === "sentBack",
    situation.language,
    text.commentRequired,
  );
  if (checked.ok) return { ok: true, value: checked.value };
  const lines = checked.containsCpr
    ? [text.fixComment, CPR_DELETE_YOUR_MESSAGE[situation.language]]
    : [text.fixComment];
  return {
    ok: false,
    response: givenBack(
      attempt,
      situation,
      { lines, style: "attention" },
      { comment: { value: checked.shown, error: checked.error } },
    ),
  };
}

function personOf(turn: CardActionTurn): PersonRef {
  const { id, aadObjectId, name } = turn.user;
  return aadObjectId ? { id, aadObjectId, name } : { id, name };
}

/** After the write: the situation as decided, and whether this click made the decision. */
interface Recorded {
  situation: ApprovalSituation;
  decidedNow: boolean;
}

async function persist(
  attempt: DecisionAttempt,
  situation: ApprovalSituation,
  comment: string,
): Promise<Step<Recorded>> {
  const { deps, input, turn, status } = attempt;
  const text = APPROVAL_TEXT[situation.language];
  const basis = situation.docs.approval;
  if (!basis) return { ok: false, response: { message: text.notPending } };
  try {
    const decided = await deps.store.decide(
      input.teamId,
      answerKey(input.target.programme.id, input.target.milestone.id),
      { status, ...(comment ? { comment } : {}) },
      personOf(turn),
      { actionId: input.actionId ?? "", verb: turn.verb },
      { basedOnVersion: input.approvalVersion, basis },
    );
    const answers = situation.docs.answers?.answers ?? null;
    return {
      ok: true,
      value: {
        situation: {
          ...situation,
          approval: decided.approval,
          state: stateOf(answers, decided.approval),
        },
        decidedNow: !decided.alreadyApplied,
      },
    };
  } catch (error) {
    if (error instanceof ConcurrentChangeError) return lostRace(attempt);
    if (error instanceof CommitOutcomeUnknownError) {
      return {
        ok: false,
        response: givenBack(attempt, situation, { lines: [text.outcomeUnknown], style: "warning" }),
      };
    }
    if (error instanceof StoreUnavailableError) {
      return {
        ok: false,
        response: givenBack(attempt, situation, { lines: [text.storeDown], style: "attention" }),
      };
    }
    throw error;
  }
}

/** Another approver decided between the read and the write: show whom, record nothing. */
async function lostRace(attempt: DecisionAttempt): Promise<Step<Recorded>> {
  const again = await readDocs(attempt);
  if (!again.ok) return again;
  const found = situationOf(attempt.turn, attempt.input, again.value);
  if (!found.ok) return { ok: false, response: { message: found.message } };
  return {
    ok: false,
    response: stillWaiting(attempt, found.situation) ?? {
      message: APPROVAL_TEXT[found.situation.language].storeDown,
    },
  };
}

/** The decided card: for everyone when the click came from the approval card in the channel. */
async function respond(attempt: DecisionAttempt, recorded: Recorded): Promise<CardActionResponse> {
  const { turn, deps, input } = attempt;
  const { situation } = recorded;
  const text = APPROVAL_TEXT[situation.language];
  deps.logger.info(
    { event: `approval.${attempt.status}`, decidedNow: recorded.decidedNow },
    "approval decided",
  );
  const forEveryone =
    input.source === "card" && turn.conversation.kind === "channel" && turn.cardActivityId;
  if (forEveryone && recorded.decidedNow) {
    const everyone = approvalCard(approvalModel(turn, input, situation, { actionable: false }));
    await turn
      .updateCard(forEveryone, everyone)
      .catch((error: unknown) =>
        deps.logger.warn({ err: error }, "could not update the approval card"),
      );
  }
  if (!forEveryone && recorded.decidedNow) updateChannelCardLater(attempt, situation);
  const line = forEveryone ? text.decided : text.decidedHere;
  return {
    card: approvalCard(
      approvalModel(turn, input, situation, {
        actionable: false,
        notice: { lines: [line], style: "good" },
      }),
    ),
  };
}

/**
 * A decision made from `godkendelser` or a personal chat: after answering, the approval card
 * everyone sees in the channel is updated too, from where it was posted. Derived, best effort:
 * if it fails, pressing that card still says who decided.
 */
function updateChannelCardLater(attempt: DecisionAttempt, situation: ApprovalSituation): void {
  const { deps, input, turn } = attempt;
  const proactive = deps.proactive;
  if (!proactive) return;
  const key = answerKey(input.target.programme.id, input.target.milestone.id);
  const everyone = approvalCard({
    ...approvalModel(turn, input, situation, { actionable: false, source: "card" }),
    inChannel: true,
  });
  outsideTurn(() => {
    void (async () => {
      const posted = await deps.store.approvalCardOf(input.teamId, key);
      if (posted && posted.activityId !== turn.cardActivityId) {
        await proactive.updateCard(posted, everyone);
      }
    })().catch((error: unknown) =>
      deps.logger.warn({ err: error }, "could not update the approval card in the channel"),
    );
  });
}
