import {
  chooseLanguage,
  type BotTurn,
  type CardActionResponse,
  type CardActionTurn,
  type Person,
} from "../../bot/turn";
import { readSetupInput } from "../../domain/team/setup-input";
import { canChangeSetup, withSavedPeople } from "../../domain/team/profile";
import type { SetupDependencies } from "./index";
import { initialSetupValues, renderSetupCard, setupCardData } from "./setup-card";
import { SETUP_TEXT } from "./setup-texts";
import { renderSetupSummaryCard, setupSummaryCardData } from "./summary-card";

/** Fetches the member list; `undefined` when Teams does not give one right now. */
export async function membersOrUndefined(
  turn: BotTurn,
  deps: SetupDependencies,
): Promise<Person[] | undefined> {
  try {
    return await turn.listMembers();
  } catch (error) {
    deps.logger.warn({ err: error }, "could not list team members");
    return undefined;
  }
}

export async function openSetup(turn: BotTurn, deps: SetupDependencies): Promise<void> {
  const teamId = turn.conversation.teamId;
  if (turn.conversation.kind !== "channel" || !teamId) {
    await turn.sendText(SETUP_TEXT[turn.language].onlyInTeam);
    return;
  }
  const stored = await deps.store.getProfile(teamId);
  const language = chooseLanguage(turn, stored?.profile.language);
  const text = SETUP_TEXT[language];
  if (stored && !canChangeSetup(stored.profile, turn.user.id)) {
    await turn.sendCard(renderSetupSummaryCard(setupSummaryCardData(stored.profile, language)));
    await turn.sendText(text.whoMayChange(stored.profile));
    return;
  }
  const members = await membersOrUndefined(turn, deps);
  if (!members) {
    await turn.sendText(text.membersUnavailable);
    return;
  }
  const data = setupCardData({
    language,
    values: initialSetupValues(stored?.profile, language, turn.user),
    // Someone chosen earlier who left the team still shows, so saving again does not drop them silently.
    members: withSavedPeople(members, stored?.profile),
    expectedVersion: stored?.profile.version ?? 0,
  });
  await turn.sendCard(renderSetupCard(data));
}

/** "Back to the setup" from the programme-change question: the card again, with what was typed. */
export async function editSetupAgain(
  turn: CardActionTurn,
  deps: SetupDependencies,
): Promise<CardActionResponse> {
  const teamId = turn.conversation.teamId ?? "";
  const stored = teamId ? await deps.store.getProfile(teamId) : null;
  const language = chooseLanguage(turn, stored?.profile.language);
  const members = await membersOrUndefined(turn, deps);
  if (!members) return { message: SETUP_TEXT[language].membersUnavailable };
  const data = setupCardData({
    language,
    values: readSetupInput(turn.data),
    members: withSavedPeople(members, stored?.profile),
    expectedVersion: Number(turn.data.expectedVersion) || 0,
  });
  return { card: renderSetupCard(data) };
}
