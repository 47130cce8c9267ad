import type { CardActionResponse, CardActionTurn } from "../../bot/turn";
import { StoreUnavailableError } from "../../store/errors";
import type { ApprovalDependencies } from "./index";
import { approvalCard, approvalModel, situationOf } from "./approval-view";
import { parseDecision } from "./decision-input";
import { APPROVAL_TEXT } from "./texts";

/**
 * The approval card as it stands, for the person asking: with Godkend / Send tilbage for an
 * approver while it waits, read-only for everyone else. Universal Actions' refresh (automatic,
 * for the approvers in `refresh.userIds`) and "Vis svarene" in the list both land here.
 */
export async function showApproval(
  turn: CardActionTurn,
  deps: ApprovalDependencies,
): Promise<CardActionResponse> {
  const parsed = parseDecision(turn);
  if (!parsed.ok) return { message: APPROVAL_TEXT[turn.language].invalidCard };
  const { input } = parsed;
  let docs;
  try {
    docs = await deps.store.readMilestone(
      input.teamId,
      input.target.programme.id,
      input.target.milestone.id,
    );
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    return { message: APPROVAL_TEXT[turn.language].storeDown };
  }
  const found = situationOf(turn, input, docs);
  if (!found.ok) return { message: found.message };
  const { situation } = found;
  const model = approvalModel(turn, input, situation, {
    actionable: situation.isApprover,
    comment: { value: input.rawComment ?? "", error: "" },
  });
  return { card: approvalCard(model) };
}
