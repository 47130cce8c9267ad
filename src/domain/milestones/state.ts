import type { Programme } from "../catalog";
import type { LocalizedText } from "../i18n";
import { answerKey } from "../team/answer-key";
import type { PersonRef } from "../team/profile";
import { DEFAULT_ASSESSMENT, type Assessment } from "./assessment";

/** Where a milestone's approval stands, as the team sees it. */
export type MilestoneStatus = "draft" | "pending" | "approved" | "sentBack";

/** Why a milestone that was sent or approved is a draft again. */
export type DraftReason = "changedAfterApproval" | "changedWhilePending";

/** A milestone's approval document as the domain needs it. */
export interface ApprovalRecord {
  status: "pending" | "approved" | "sentBack";
  /** The version of the answers that was sent for approval (and approved, once decided). */
  forVersion: number;
  requestedBy: PersonRef;
  requestedAt: string;
  decidedBy?: PersonRef;
  decidedAt?: string;
  comment?: string;
  /** The approval document's own version: a decision names it, so two decisions record one. */
  version: number;
}

/** What the answers document says about the state: its version and the team's assessment. */
export interface AnswersSummary {
  version: number;
  assessment?: Assessment;
}

export interface MilestoneState {
  status: MilestoneStatus;
  reason?: DraftReason;
  assessment: Assessment;
  /** 0 when nothing is saved yet. */
  answersVersion: number;
  approval?: ApprovalRecord;
}

/**
 * The state is derived from the answers and the approval, never stored: changing an approved
 * milestone reopens it without a second write.
 * - nothing sent → draft;
 * - pending or approved for the version the answers are still at → pending / approved;
 * - pending or approved, but the answers changed since → draft, with the reason;
 * - sent back → sent back (with the comment) until it is sent again.
 */
export function deriveMilestoneState(
  answers: AnswersSummary | null,
  approval: ApprovalRecord | null,
): MilestoneState {
  const base = {
    assessment: answers?.assessment ?? DEFAULT_ASSESSMENT,
    answersVersion: answers?.version ?? 0,
  };
  if (approval === null) return { status: "draft", ...base };
  const unchanged = approval.forVersion === base.answersVersion;
  switch (approval.status) {
    case "sentBack":
      return { status: "sentBack", ...base, approval };
    case "pending":
      return unchanged
        ? { status: "pending", ...base, approval }
        : { status: "draft", reason: "changedWhilePending", ...base, approval };
    case "approved":
      return unchanged
        ? { status: "approved", ...base, approval }
        : { status: "draft", reason: "changedAfterApproval", ...base, approval };
  }
}

/** True when a save turned an approved milestone back into a draft: the channel is told. */
export function reopenedBySave(before: MilestoneState, after: MilestoneState): boolean {
  return before.status === "approved" && after.reason === "changedAfterApproval";
}

export const STATUS_LABELS: ReadonlyMap<MilestoneStatus, LocalizedText> = new Map([
  ["draft", { da: "Kladde", en: "Draft" }],
  ["pending", { da: "Afventer godkendelse", en: "Awaiting approval" }],
  ["approved", { da: "Godkendt", en: "Approved" }],
  ["sentBack", { da: "Sendt tilbage", en: "Sent back" }],
]);

export const DRAFT_REASON_LABELS: ReadonlyMap<DraftReason, LocalizedText> = new Map([
  ["changedAfterApproval", { da: "ændret efter godkendelse", en: "changed after approval" }],
  [
    "changedWhilePending",
    { da: "ændret mens den ventede på godkendelse", en: "changed while awaiting approval" },
  ],
]);

/** "Kladde (ændret efter godkendelse)" / "Godkendt". */
export function describeState(state: MilestoneState): LocalizedText {
  const status = STATUS_LABELS.get(state.status) ?? { da: state.status, en: state.status };
  const reason = state.reason ? DRAFT_REASON_LABELS.get(state.reason) : undefined;
  if (!reason) return status;
  return { da: `${status.da} (${reason.da})`, en: `${status.en} (${reason.en})` };
}

/** What may be done with a milestone in a state. */
export function canBeDecided(state: MilestoneState): boolean {
  return state.status === "pending";
}

/** A team's stored answers and approvals, keyed as stored (`answerKey(programme, milestone)`). */
export interface StoredTeamMilestones {
  answers: ReadonlyMap<string, AnswersSummary>;
  approvals: ReadonlyMap<string, ApprovalRecord>;
}

/**
 * Every milestone of the programme with its state, in catalog order, keyed by milestone id: what
 * the overview, the status card, the nudge and the plan all count from.
 */
export function programmeMilestoneStates(
  programme: Programme,
  stored: StoredTeamMilestones,
): Map<string, MilestoneState> {
  return new Map(
    programme.milestones.map((milestone) => {
      const key = answerKey(programme.id, milestone.id);
      const state = deriveMilestoneState(
        stored.answers.get(key) ?? null,
        stored.approvals.get(key) ?? null,
      );
      return [milestone.id, state];
    }),
  );
}
