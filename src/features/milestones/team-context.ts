import { chooseLanguage, type BotTurn } from "../../bot/turn";
import { getProgramme, type Programme } from "../../domain/catalog";
import type { Language } from "../../domain/i18n";
import type { TeamProfile } from "../../domain/team/profile";
import { MILESTONE_TEXT } from "./texts";

/** A set-up team in the turn's channel, with its programme and the language to answer in. */
export interface TeamContext {
  teamId: string;
  profile: TeamProfile;
  programme: Programme;
  language: Language;
}

export type TeamGate = { ok: true; team: TeamContext } | { ok: false; message: string };

/** The team of a channel turn; undefined outside a team's channel. */
export function channelTeamId(turn: BotTurn): string | undefined {
  return turn.conversation.kind === "channel" ? turn.conversation.teamId : undefined;
}

/** Milestones need a team that is set up with a programme the catalog knows. */
export function teamGate(
  turn: BotTurn,
  teamId: string,
  profile: TeamProfile | undefined,
): TeamGate {
  const language = chooseLanguage(turn, profile?.language);
  if (!profile) return { ok: false, message: MILESTONE_TEXT[language].notSetUp };
  const programme = getProgramme(profile.programmeId);
  if (!programme) return { ok: false, message: MILESTONE_TEXT[language].unknownProgramme };
  return { ok: true, team: { teamId, profile, programme, language } };
}
