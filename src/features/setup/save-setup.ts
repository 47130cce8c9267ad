import { chooseLanguage, type CardActionResponse, type CardActionTurn } from "../../bot/turn";
import { renderConfirmCard, renderNoticeCard } from "../../cards/common-cards";
import { VERBS } from "../../cards/verbs";
import { getProgramme, PROGRAMME_IDS } from "../../domain/catalog";
import { todayInCopenhagen } from "../../domain/dates";
import type { Language, LocalizedText } from "../../domain/i18n";
import { canChangeSetup, withSavedPeople, type TeamProfile } from "../../domain/team/profile";
import {
  readSetupInput,
  validateSetupInput,
  type SetupField,
  type SetupRawInput,
  type SetupValues,
} from "../../domain/team/setup-input";
import {
  AlreadyExistsError,
  ConcurrentChangeError,
  StoreUnavailableError,
} from "../../store/errors";
import type { SetupDependencies } from "./index";
import { membersOrUndefined } from "./open-setup";
import { renderSetupCard, setupCardData } from "./setup-card";
import { SETUP_TEXT } from "./setup-texts";
import type { ProfileInput } from "./setup-store";
import { renderSetupSummaryCard, setupSummaryCardData } from "./summary-card";

/** The fields of the profile a person edits; used to spot a redelivered save and to audit. */
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

/**
 * Saving the setup card. Every path that does not save answers with the card again, holding what
 * the person typed, plus a notice saying what to do: nothing they wrote is lost.
 */
export async function saveSetup(
  turn: CardActionTurn,
  deps: SetupDependencies,
): Promise<CardActionResponse> {
  const teamId = turn.conversation.teamId;
  if (turn.conversation.kind !== "channel" || !teamId) {
    return { message: SETUP_TEXT[turn.language].onlyInTeam };
  }
  const raw = readSetupInput(turn.data);
  const actionId = typeof turn.data.actionId === "string" ? turn.data.actionId : undefined;
  const expectedVersion = Number(turn.data.expectedVersion) || 0;

  let stored: Awaited<ReturnType<typeof deps.store.getProfile>>;
  try {
    stored = await deps.store.getProfile(teamId);
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    return await cardAgain(
      turn,
      deps,
      raw,
      turn.language,
      expectedVersion,
      SETUP_TEXT[turn.language].storeDown,
    );
  }
  const current = stored?.profile;
  const language =
    raw.language === "en" || raw.language === "da"
      ? raw.language
      : chooseLanguage(turn, current?.language);
  const text = SETUP_TEXT[language];

  // Authorised on the server, whatever the card showed.
  if (current && !canChangeSetup(current, turn.user.id))
    return { message: text.whoMayChange(current) };

  const members = await membersOrUndefined(turn, deps);
  if (!members)
    return await cardAgain(
      turn,
      deps,
      raw,
      language,
      expectedVersion,
      text.membersUnavailable,
      undefined,
      withSavedPeople([], current),
    );
  // People already chosen stay valid even if Teams did not list them this time (e.g. a guest).
  const known = withSavedPeople(members, current);
  const validation = validateSetupInput(raw, {
    programmeIds: PROGRAMME_IDS,
    members: known,
    today: todayInCopenhagen(deps.clock.now()),
  });
  if (!validation.ok) {
    return await cardAgain(
      turn,
      deps,
      raw,
      language,
      expectedVersion,
      text.fixFields,
      validation.errors,
      known,
    );
  }
  const values = validation.values;

  // A redelivered click after it was saved: nothing to do, show the result.
  if (
    current &&
    current.version === expectedVersion + 1 &&
    current.updatedBy.id === turn.user.id &&
    changedFields(current, values).length === 0
  ) {
    return { card: renderSetupSummaryCard(setupSummaryCardData(current, language)) };
  }
  if ((current?.version ?? 0) !== expectedVersion && current) {
    return await cardAgain(
      turn,
      deps,
      raw,
      language,
      current.version,
      text.conflict(current, language),
      undefined,
      known,
    );
  }
  if (
    current &&
    current.programmeId !== values.programmeId &&
    turn.data.confirmProgrammeChange !== "yes"
  ) {
    if (await deps.store.hasAnswers(teamId, current.programmeId)) {
      return {
        card: programmeChangeCard(raw, language, current, values, actionId, expectedVersion),
      };
    }
  }

  const input: ProfileInput = { teamId, ...values };
  const audit = {
    actor: { id: turn.user.id, aadObjectId: turn.user.aadObjectId, name: turn.user.name },
    action: current ? "setup.changed" : "setup.created",
    details: { fields: changedFields(current, values) },
    actionId,
  };
  let saved: TeamProfile;
  try {
    saved = stored
      ? (await deps.store.replaceProfile(input, stored.etag, audit)).profile
      : (await deps.store.createProfile(input, audit)).profile;
  } catch (error) {
    if (error instanceof ConcurrentChangeError || error instanceof AlreadyExistsError) {
      const latest = await deps.store.getProfile(teamId);
      if (latest) {
        return await cardAgain(
          turn,
          deps,
          raw,
          language,
          latest.profile.version,
          text.conflict(latest.profile, language),
          undefined,
          withSavedPeople(known, latest.profile),
        );
      }
    }
    if (error instanceof StoreUnavailableError || error instanceof ConcurrentChangeError) {
      return await cardAgain(
        turn,
        deps,
        raw,
        language,
        expectedVersion,
        text.storeDown,
        undefined,
        known,
      );
    }
    throw error;
  }
  deps.logger.info(
    { event: "setup.saved", version: saved.version, programme: saved.programmeId },
    "setup saved",
  );

  await syncConsultantsQuietly(deps, saved, current?.consultants.map((c) => c.id) ?? []);
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
async function syncConsultantsQuietly(
  deps: SetupDependencies,
  profile: TeamProfile,
  previous: string[],
) {
  try {
    await deps.store.syncConsultants(profile, previous);
  } catch (error) {
    deps.logger.warn({ err: error }, "could not update the consultants' team index");
  }
}

async function cardAgain(
  turn: CardActionTurn,
  deps: SetupDependencies,
  raw: SetupRawInput,
  language: Language,
  expectedVersion: number,
  notice: string,
  errors?: Partial<Record<SetupField, LocalizedText>>,
  members?: { id: string; name: string }[],
): Promise<CardActionResponse> {
  const people = members ?? (await membersOrUndefined(turn, deps)) ?? [];
  return {
    card: renderSetupCard(
      setupCardData({ language, values: raw, members: people, errors, notice, expectedVersion }),
    ),
  };
}

function programmeChangeCard(
  raw: SetupRawInput,
  language: Language,
  current: TeamProfile,
  values: SetupValues,
  actionId: string | undefined,
  expectedVersion: number,
) {
  const text = SETUP_TEXT[language];
  const from = getProgramme(current.programmeId)?.name[language] ?? current.programmeId;
  const to = getProgramme(values.programmeId)?.name[language] ?? values.programmeId;
  const carried = { ...raw, expectedVersion: String(expectedVersion), actionId: actionId ?? "" };
  return renderConfirmCard({
    title: text.changeProgrammeTitle,
    titleColor: "Warning",
    text: text.changeProgrammeText(from, to),
    confirm: {
      title: text.changeProgrammeConfirm,
      verb: VERBS.saveSetup,
      style: "positive",
      data: { ...carried, confirmProgrammeChange: "yes" },
    },
    cancel: { title: text.changeProgrammeCancel, verb: VERBS.editSetup, data: carried },
  });
}
