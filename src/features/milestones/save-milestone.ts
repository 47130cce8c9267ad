import type { CardActionResponse, CardActionTurn } from "../../bot/turn";
import {
  fingerprint,
  planSave,
  writesAnything,
  type SavePlan,
  type Submission,
} from "../../domain/milestones";
import { answerKey } from "../../domain/team/answer-key";
import {
  CommitOutcomeUnknownError,
  ConcurrentChangeError,
  StoreUnavailableError,
} from "../../store/errors";
import type { MilestoneDocuments } from "../../store/milestone-repository";
import { parseMilestoneAction, refusalLines, validateTexts } from "./card-input";
import type { MilestoneDependencies } from "./index";
import {
  attemptGivenBack,
  givenBack,
  invalidCardAnswer,
  keptValues,
  personOf,
  type Mode,
  type Persisted,
  type SaveAttempt,
  type Step,
} from "./save-attempt";
import { respondToSave } from "./save-response";
import { assessmentOf, storedMilestoneOf } from "./stored";
import { submit } from "./submit-milestone";
import { channelTeamId, teamGate, type TeamContext } from "./team-context";
import { MILESTONE_TEXT } from "./texts";
import { MILESTONE_VERBS } from "./verbs";

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
  // Not set up (erased meanwhile): nothing can be saved, but what was typed stays on the card.
  if (!gate.ok) return { ok: false, response: attemptGivenBack(attempt, gate.message) };
  attempt.language = gate.team.language;
  if (gate.team.programme.id !== attempt.target.programme.id) {
    return {
      ok: false,
      response: attemptGivenBack(attempt, MILESTONE_TEXT[attempt.language].programmeChanged),
    };
  }
  return { ok: true, value: gate.team };
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
      return {
        ok: true,
        value: { docs, submission, approval, plan, after: before, wrote: false },
      };
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
        value: {
          docs,
          submission,
          approval,
          plan,
          after: saved.answers,
          wrote: !saved.alreadyApplied,
        },
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
      if (error instanceof ConcurrentChangeError) {
        // Others kept saving this milestone before each of our writes: the store answered.
        return { ok: false, response: attemptGivenBack(attempt, text.busy) };
      }
      if (error instanceof StoreUnavailableError) {
        return { ok: false, response: attemptGivenBack(attempt, text.storeDown) };
      }
      throw error;
    }
  }
}
