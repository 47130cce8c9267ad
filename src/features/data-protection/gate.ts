import { chooseLanguage, type BotTurn } from "../../bot/turn";
import type { Language } from "../../domain/i18n";
import { isApprover, type TeamProfile } from "../../domain/team/profile";
import type { Logger } from "../../logger";
import { UnreadableDocumentError } from "../../store/errors";
import type { DataProtectionStore } from "./store";
import { DATA_TEXT } from "./texts";

export type Gate =
  | {
      ok: true;
      teamId: string;
      /** Null when the stored profile no longer parses, or an erasure already removed it. */
      profile: TeamProfile | null;
      /** Who may erase: written into the erasure marker so they can finish an interrupted one. */
      approverIds: string[];
      /** True when an earlier erasure began and did not finish. */
      unfinishedErasure: boolean;
      language: Language;
    }
  | { ok: false; message: string };

/**
 * Data protection is the approvers' call, always checked on the server. Beyond a readable
 * profile, two cases still let the approvers in: a profile written before a fix that no longer
 * parses (its approvers are read on their own), and an erasure that was interrupted after it
 * deleted the profile (the erasure marker names the approvers).
 */
export async function approverGate(
  turn: BotTurn,
  deps: { store: DataProtectionStore; logger: Logger },
): Promise<Gate> {
  const teamId = turn.conversation.teamId;
  if (turn.conversation.kind !== "channel" || !teamId)
    return { ok: false, message: DATA_TEXT[turn.language].onlyInTeam };
  let stored: { profile: TeamProfile } | null;
  try {
    stored = await deps.store.getProfile(teamId);
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    deps.logger.warn({ event: "data.profileUnreadable" }, "the team's profile does not parse");
    return byApproverIds(turn, teamId, (await deps.store.readApproverIds(teamId)) ?? [], false);
  }
  if (!stored) {
    const unfinished = await deps.store.unfinishedErasure(teamId);
    if (unfinished) return byApproverIds(turn, teamId, unfinished.approverIds, true);
    return { ok: false, message: DATA_TEXT[chooseLanguage(turn, undefined)].notSetUp };
  }
  const language = chooseLanguage(turn, stored.profile.language);
  if (!isApprover(stored.profile, turn.user.id))
    return { ok: false, message: DATA_TEXT[language].onlyApprovers(stored.profile) };
  return {
    ok: true,
    teamId,
    profile: stored.profile,
    approverIds: stored.profile.approvers.map((a) => a.id),
    unfinishedErasure: false,
    language,
  };
}

function byApproverIds(
  turn: BotTurn,
  teamId: string,
  approverIds: string[],
  unfinishedErasure: boolean,
): Gate {
  const language = chooseLanguage(turn, undefined);
  if (!approverIds.includes(turn.user.id)) {
    return { ok: false, message: DATA_TEXT[language].onlyApproversUnnamed };
  }
  return { ok: true, teamId, profile: null, approverIds, unfinishedErasure, language };
}
