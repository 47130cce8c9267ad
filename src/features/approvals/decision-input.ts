import type { CardActionTurn } from "../../bot/turn";
import type { Language } from "../../domain/i18n";
import { cleanFreeText } from "../../domain/text/free-text";
import { isCardActionId } from "../../store/document-ids";
import { COMMENT_MAX_LENGTH } from "../../store/schemas";
import { own, targetOf, type MilestoneTarget } from "../milestones/card-input";
import type { DecisionSource } from "./approval-card";

/**
 * What a decision button sent, checked before anything reaches the store. The team comes from
 * the channel the click came from; only in a personal chat (where the list spans the person's
 * teams) does it come from the card, and then the server still checks the person is an approver
 * of that team.
 */
export interface DecisionInput {
  teamId: string;
  target: MilestoneTarget;
  approvalVersion: number;
  commentField: string;
  /** The comment as sent; undefined when the card sent none. */
  rawComment?: string;
  source: DecisionSource;
  /** Undefined when missing or malformed: nothing is recorded then. */
  actionId?: string;
  /** The data the buttons carried, to put on a card given back unchanged. */
  data: Record<string, unknown>;
}

/** Teams ids as document ids and partition keys allow them (see store/document-ids.ts). */
const TEAM_ID = /^[\w.:@=+-]{1,200}$/;
const COMMENT_FIELD = /^comment(-\d{1,3})?$/;

export type ParsedDecision =
  | { ok: true; input: DecisionInput }
  | { ok: false; reason: "invalidCard" | "wrongTeam" | "notInTeam" };

export function parseDecision(turn: CardActionTurn): ParsedDecision {
  const data = turn.data;
  const cardTeamId = own(data, "teamId");
  const target = targetOf(data);
  const version = own(data, "approvalVersion");
  const commentField = own(data, "commentField");
  const source = own(data, "source");
  if (
    typeof cardTeamId !== "string" ||
    !TEAM_ID.test(cardTeamId) ||
    !target ||
    typeof version !== "string" ||
    !/^\d{1,9}$/.test(version) ||
    typeof commentField !== "string" ||
    !COMMENT_FIELD.test(commentField) ||
    (source !== "card" && source !== "list")
  ) {
    return { ok: false, reason: "invalidCard" };
  }
  const rawComment = own(data, commentField);
  if (rawComment !== undefined && typeof rawComment !== "string") {
    return { ok: false, reason: "invalidCard" };
  }
  const { kind, teamId } = turn.conversation;
  if (kind === "groupChat") return { ok: false, reason: "notInTeam" };
  if (kind === "channel" && teamId !== cardTeamId) return { ok: false, reason: "wrongTeam" };
  const actionId = own(data, "actionId");
  return {
    ok: true,
    input: {
      teamId: cardTeamId,
      target,
      approvalVersion: Number(version),
      commentField,
      ...(rawComment !== undefined ? { rawComment } : {}),
      source,
      ...(isCardActionId(actionId) ? { actionId } : {}),
      data,
    },
  };
}

export type CheckedComment =
  { ok: true; value: string } | { ok: false; shown: string; error: string; containsCpr: boolean };

/** The comment through `cleanFreeText` (CPR guard included); required to send back. */
export function checkComment(
  raw: string | undefined,
  required: boolean,
  language: Language,
  requiredMessage: string,
): CheckedComment {
  const cleaned = cleanFreeText(raw ?? "", {
    multiline: true,
    minLength: 0,
    maxLength: COMMENT_MAX_LENGTH,
  });
  if (!cleaned.ok) {
    return {
      ok: false,
      shown: [...cleaned.safeToShow].slice(0, COMMENT_MAX_LENGTH).join(""),
      error: cleaned.message[language],
      containsCpr: cleaned.problem === "cpr-number",
    };
  }
  if (required && cleaned.value === "") {
    return { ok: false, shown: "", error: requiredMessage, containsCpr: false };
  }
  return { ok: true, value: cleaned.value };
}
