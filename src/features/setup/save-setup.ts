import type { CardActionResponse, CardActionTurn } from "../../bot/turn";
import { chooseLanguage } from "../../bot/turn";
import { renderNoticeCard } from "../../cards/common-cards";
import { PROGRAMME_IDS } from "../../domain/catalog";
import { todayInCopenhagen } from "../../domain/dates";
import type { Language, LocalizedText } from "../../domain/i18n";
import {
  canChangeSetup,
  withSavedPeople,
  type PersonRef,
  type TeamProfile,
} from "../../domain/team/profile";
import {
  readSetupInput,
  safeSetupInput,
  validateSetupInput,
  type SetupField,
  type SetupRawInput,
  type SetupValues,
} from "../../domain/team/setup-input";
import type { CardClick } from "../../store/action-key";
import { isCardActionId } from "../../store/document-ids";
import {
  AlreadyExistsError,
  CommitOutcomeUnknownError,
  ConcurrentChangeError,
  StoreUnavailableError,
} from "../../store/errors";
import type { StoredProfile } from "../../store/team-profile-repository";
import type { SetupDependencies } from "./index";
import { membersOrUndefined } from "./open-setup";
import { programmeChangeCard } from "./programme-change-card";
import { renderSetupCard, setupCardData } from "./setup-card";
import { SETUP_TEXT } from "./setup-texts";
import type { ProfileInput, SetupAudit } from "./setup-store";
import { renderSetupSummaryCard, setupSummaryCardData } from "./summary-card";
import { SETUP_VERBS } from "./verbs";

/** The fields of the profile a person edits; named in the change log. */
const EDITABLE = [
  "programmeId",
  "organisationName",
  "startDate",
  "language",
  "projectLeader",
  "approvers",
  "consultants",
  "slots",
] as const;

function changedFields(before: TeamProfile | undefined, after: SetupValues): string[] {
  if (!before) return [...EDITABLE];
  return EDITABLE.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** One press of "Gem opsætning": what the card sent and what the store held when it arrived. */
interface SaveAttempt {
  turn: CardActionTurn;
  deps: SetupDependencies;
  teamId: string;
  raw: SetupRawInput;
  /** The card's action id, if it is a well-formed one; nothing is saved without it. */
  actionId: string | undefined;
  expectedVersion: number;
  language: Language;
  stored: StoredProfile | null;
  /** Who the card may offer: the team's members plus everyone already chosen. */
  people: PersonRef[];
}

type Step<T> = { ok: true; value: T } | { ok: false; response: CardActionResponse };

/** The attempt of each click still in progress, so a late answer can show the same people. */
const attempts = new WeakMap<CardActionTurn, SaveAttempt>();

/**
 * The answer when the store has not let the save finish inside the turn's budget: the card again
 * with what was typed, saying truthfully whether the setup may have been saved.
 */
export function saveSetupWhenLate(
  turn: CardActionTurn,
  late: { commitStarted: boolean },
): CardActionResponse {
  const attempt = attempts.get(turn);
  const raw = safeSetupInput(attempt?.raw ?? readSetupInput(turn.data));
  const language = attempt?.language ?? (raw.language === "en" ? "en" : turn.language);
  const text = SETUP_TEXT[language];
  return {
    card: renderSetupCard(
      setupCardData({
        language,
        values: raw,
        members: attempt?.people ?? [],
        notice: late.commitStarted ? text.outcomeUnknown : text.tooSlow,
        expectedVersion: attempt?.expectedVersion ?? (Number(turn.data.expectedVersion) || 0),
      }),
    ),
  };
}

/**
 * Saving the setup card: read → authorise → validate → check against what is stored → persist →
 * respond. Every path that does not save answers with the card again, holding what the person
 * typed, plus a notice saying what to do: nothing they wrote is lost.
 */
export async function saveSetup(
  turn: CardActionTurn,
  deps: SetupDependencies,
): Promise<CardActionResponse> {
  const teamId = turn.conversation.teamId;
  if (turn.conversation.kind !== "channel" || !teamId) {
    return { message: SETUP_TEXT[turn.language].onlyInTeam };
  }
  const loaded = await readAttempt(turn, deps, teamId);
  if (!loaded.ok) return loaded.response;
  const attempt = loaded.value;

  const refusal = authorise(attempt);
  if (refusal) return refusal;

  const validated = await validate(attempt);
  if (!validated.ok) return validated.response;
  const { values, click } = validated.value;

  const early = await checkAgainstStored(attempt, values, click);
  if (early) return early;

  const persisted = await persist(attempt, values, click);
  if (!persisted.ok) return persisted.response;
  return respond(attempt, persisted.value);
}

async function readAttempt(
  turn: CardActionTurn,
  deps: SetupDependencies,
  teamId: string,
): Promise<Step<SaveAttempt>> {
  const raw = readSetupInput(turn.data);
  const attempt: SaveAttempt = {
    turn,
    deps,
    teamId,
    raw,
    // Checked before anything reaches the store: a 100 KB or `a/b` action id never becomes an id.
    actionId: isCardActionId(turn.data.actionId) ? turn.data.actionId : undefined,
    expectedVersion: Number(turn.data.expectedVersion) || 0,
    language: turn.language,
    stored: null,
    people: [],
  };
  attempts.set(turn, attempt);
  try {
    attempt.stored = await deps.store.getProfile(teamId);
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    attempt.people = (await membersOrUndefined(turn, deps)) ?? [];
    return { ok: false, response: cardAgain(attempt, SETUP_TEXT[turn.language].storeDown) };
  }
  const current = attempt.stored?.profile;
  // The language chosen on the card wins: the person is looking at it.
  attempt.language =
    raw.language === "en" || raw.language === "da"
      ? raw.language
      : chooseLanguage(turn, current?.language);
  attempt.people = withSavedPeople([], current);
  return { ok: true, value: attempt };
}

/** Authorised on the server, whatever the card showed. */
function authorise(attempt: SaveAttempt): CardActionResponse | undefined {
  const current = attempt.stored?.profile;
  if (current && !canChangeSetup(current, attempt.turn.user.id)) {
    return { message: SETUP_TEXT[attempt.language].whoMayChange(current) };
  }
  return undefined;
}

/** What the card sent, checked: the values to save and the click behind them. */
interface Validated {
  values: SetupValues;
  /** The duplicate-click key is this plus the person's id. */
  click: CardClick;
}

async function validate(attempt: SaveAttempt): Promise<Step<Validated>> {
  const text = SETUP_TEXT[attempt.language];
  const members = await membersOrUndefined(attempt.turn, attempt.deps);
  if (!members) return { ok: false, response: cardAgain(attempt, text.membersUnavailable) };
  // People already chosen stay valid even if Teams did not list them this time (e.g. a guest).
  attempt.people = withSavedPeople(members, attempt.stored?.profile);
  const { actionId } = attempt;
  if (actionId === undefined) {
    return { ok: false, response: cardAgain(attempt, text.invalidCard) };
  }
  const validation = validateSetupInput(attempt.raw, {
    programmeIds: PROGRAMME_IDS,
    members: attempt.people,
    today: todayInCopenhagen(attempt.deps.clock.now()),
  });
  if (!validation.ok) {
    // What was typed stays, except what must never be echoed (a CPR number, control characters).
    attempt.raw = validation.safeInput;
    return { ok: false, response: cardAgain(attempt, text.fixFields, validation.errors) };
  }
  return {
    ok: true,
    value: { values: validation.values, click: { actionId, verb: SETUP_VERBS.save } },
  };
}

/**
 * Before writing: this person's click, already applied (a redelivery), shows the result; a card
 * based on an older version is a conflict; a change of programme after answers exist asks first.
 */
async function checkAgainstStored(
  attempt: SaveAttempt,
  values: SetupValues,
  click: CardClick,
): Promise<CardActionResponse | undefined> {
  const { stored } = attempt;
  const current = stored?.profile;
  if (!stored || !current) return undefined;
  if (attempt.deps.store.hasApplied(stored, click, attempt.turn.user.id)) {
    return { card: renderSetupSummaryCard(setupSummaryCardData(current, attempt.language)) };
  }
  if (current.version !== attempt.expectedVersion) {
    return conflictCard(attempt, current);
  }
  const changesProgramme =
    current.programmeId !== values.programmeId &&
    attempt.turn.data.confirmProgrammeChange !== "yes";
  if (
    changesProgramme &&
    (await attempt.deps.store.hasAnswers(attempt.teamId, current.programmeId))
  ) {
    return {
      card: programmeChangeCard({
        raw: attempt.raw,
        language: attempt.language,
        current,
        values,
        actionId: attempt.actionId,
        expectedVersion: attempt.expectedVersion,
      }),
    };
  }
  return undefined;
}

async function persist(
  attempt: SaveAttempt,
  values: SetupValues,
  click: CardClick,
): Promise<Step<TeamProfile>> {
  const { deps, stored, turn } = attempt;
  const input: ProfileInput = { teamId: attempt.teamId, ...values };
  const audit: SetupAudit = {
    actor: { id: turn.user.id, aadObjectId: turn.user.aadObjectId, name: turn.user.name },
    action: stored ? "setup.changed" : "setup.created",
    details: { fields: changedFields(stored?.profile, values) },
    click,
  };
  try {
    const saved = stored
      ? await deps.store.replaceProfile(input, stored, audit)
      : await deps.store.createProfile(input, audit);
    if (saved.alreadyApplied) {
      // The same person's click arrived twice at once: show what is saved, post nothing again.
      const card = renderSetupSummaryCard(setupSummaryCardData(saved.profile, attempt.language));
      return { ok: false, response: { card } };
    }
    return { ok: true, value: saved.profile };
  } catch (error) {
    if (error instanceof CommitOutcomeUnknownError) {
      // The write may have landed: never claim that nothing was saved.
      return {
        ok: false,
        response: cardAgain(attempt, SETUP_TEXT[attempt.language].outcomeUnknown),
      };
    }
    const lostRace = error instanceof ConcurrentChangeError || error instanceof AlreadyExistsError;
    if (lostRace) {
      const latest = await deps.store.getProfile(attempt.teamId).catch(() => null);
      if (latest) {
        attempt.people = withSavedPeople(attempt.people, latest.profile);
        return { ok: false, response: conflictCard(attempt, latest.profile) };
      }
    }
    if (lostRace || error instanceof StoreUnavailableError) {
      return { ok: false, response: cardAgain(attempt, SETUP_TEXT[attempt.language].storeDown) };
    }
    throw error;
  }
}

/** After the commit: the summary for everyone, the form replaced, the people's index updated. */
async function respond(attempt: SaveAttempt, saved: TeamProfile): Promise<CardActionResponse> {
  const { deps, turn } = attempt;
  const text = SETUP_TEXT[attempt.language];
  deps.logger.info(
    { event: "setup.saved", version: saved.version, programme: saved.programmeId },
    "setup saved",
  );
  await syncPeopleQuietly(attempt, saved);
  await turn.sendCard(renderSetupSummaryCard(setupSummaryCardData(saved, saved.language)));
  const done = renderNoticeCard({
    title: text.savedTitle,
    text: text.savedText(turn.user.name),
    color: "Good",
  });
  if (turn.cardActivityId) {
    // Everyone else still sees the form until the message itself is updated.
    await turn
      .updateCard(turn.cardActivityId, done)
      .catch((error: unknown) =>
        deps.logger.warn({ err: error }, "could not update the setup card"),
      );
  }
  return { card: done };
}

/** The index is derived data: if it fails, the profile stays saved and the next save repairs it. */
async function syncPeopleQuietly(attempt: SaveAttempt, saved: TeamProfile): Promise<void> {
  try {
    await attempt.deps.store.syncPeople(saved, attempt.stored?.profile);
  } catch (error) {
    attempt.deps.logger.warn({ err: error }, "could not update the people's team index");
  }
}

function conflictCard(attempt: SaveAttempt, latest: TeamProfile): CardActionResponse {
  return cardAgain(
    { ...attempt, expectedVersion: latest.version },
    SETUP_TEXT[attempt.language].conflict(latest, attempt.language),
  );
}

/** The form again with what the person typed, a notice, and red notes by the fields. */
function cardAgain(
  attempt: SaveAttempt,
  notice: string,
  errors?: Partial<Record<SetupField, LocalizedText>>,
): CardActionResponse {
  return {
    card: renderSetupCard(
      setupCardData({
        language: attempt.language,
        values: attempt.raw,
        members: attempt.people,
        errors,
        notice,
        expectedVersion: attempt.expectedVersion,
      }),
    ),
  };
}
