import { chooseLanguage, type BotTurn } from "../../bot/turn";
import type { AdaptiveCard } from "../../cards/adaptive-card";
import type { Language } from "../../domain/i18n";
import { rolesOf } from "../../domain/team/roles";
import { StoreUnavailableError } from "../../store/errors";
import type { StatusDependencies } from "./index";
import { renderStatusCard, statusCardData } from "./status-card";
import { teamStatusView } from "./status-view";
import { STATUS_TEXT } from "./texts";

/** The team's status card, or what to say instead. */
export type TeamStatusAnswer = { card: AdaptiveCard } | { text: string };

/**
 * Who may see a team's status here: in the team's own channel, its members (Teams only lets
 * them write there); in a personal chat, the team's consultants, approvers and project leader,
 * as its profile names them (by Teams id or Entra object id). Anyone else, and a team that does
 * not exist, get the same refusal: it tells nothing about the team.
 */
function mayView(turn: BotTurn, teamId: string, profile: Parameters<typeof rolesOf>[0]): boolean {
  const { kind, teamId: channelTeam } = turn.conversation;
  if (kind === "channel") return channelTeam === teamId;
  if (kind === "personal") return rolesOf(profile, turn.user).length > 0;
  return false;
}

/**
 * Reads the team's status documents (one query) and draws its card for the person asking, in the
 * team's language (Danish command words win). `fallbackLanguage` speaks the refusal.
 */
export async function teamStatusAnswer(
  turn: BotTurn,
  deps: StatusDependencies,
  teamId: string,
  fallbackLanguage: Language,
): Promise<TeamStatusAnswer> {
  const refuse = { text: STATUS_TEXT[fallbackLanguage].refusal };
  let docs;
  try {
    docs = await deps.store.readTeamStatus(teamId);
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      return { text: STATUS_TEXT[fallbackLanguage].storeDown };
    }
    throw error;
  }
  const now = deps.clock.now();
  const found = teamStatusView(teamId, docs, now);
  const inChannel = turn.conversation.kind === "channel";
  if (!found.ok) {
    // In its own channel a team may hear that it is not set up; elsewhere that would tell.
    if (!inChannel || turn.conversation.teamId !== teamId) return refuse;
    const language = chooseLanguage(turn, found.profile?.language);
    return {
      text:
        found.reason === "not-set-up"
          ? STATUS_TEXT[language].notSetUp
          : STATUS_TEXT[language].unknownProgramme,
    };
  }
  const { view } = found;
  if (!mayView(turn, teamId, view.profile)) {
    deps.logger.info({ event: "status.refused" }, "status of a team the person may not see");
    return refuse;
  }
  const language = chooseLanguage(turn, view.profile.language);
  return { card: renderStatusCard(statusCardData(view, language, { now, inChannel })) };
}

/** `@Implementeringsguiden status` in a team's channel: the team's own status card. */
export async function showChannelStatus(
  turn: BotTurn,
  deps: StatusDependencies,
  teamId: string,
): Promise<void> {
  const answer = await teamStatusAnswer(turn, deps, teamId, turn.language);
  if ("card" in answer) await turn.sendCard(answer.card);
  else await turn.sendText(answer.text);
}
