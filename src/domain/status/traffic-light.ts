import type { TeamStatus } from "./team-status";

/**
 * The portfolio's traffic light, one rule that the card states in its footnote:
 * - red: something is overdue (a meeting not marked held, the anchoring workshop not planned
 *   although the anchoring phase has begun), or the bot cannot post in the team's channel;
 * - yellow: milestones await approval or were sent back, the current phase is past its halfway
 *   point with less than half of its milestones approved, or the planned end has passed;
 * - green: anything else, and always once the implementation has ended with its anchoring plan
 *   approved.
 */
export type LightColor = "red" | "yellow" | "green";

export type LightReason =
  | "overdue"
  | "unreachable"
  | "awaiting-approval"
  | "sent-back"
  | "behind-in-phase"
  | "past-planned-end";

export interface TrafficLight {
  color: LightColor;
  /** Every reason that holds, red ones first; empty when green. */
  reasons: LightReason[];
}

const RED: ReadonlySet<LightReason> = new Set(["overdue", "unreachable"]);

/** Past halfway through the phase's days with less than half of its milestones approved. */
export function behindInPhase(status: Pick<TeamStatus, "position" | "progress">): boolean {
  const { position, progress } = status;
  if (position.status !== "in-phase") return false;
  const phase = progress.phases.find((entry) => entry.phaseId === position.phase.phaseId);
  if (phase?.shareApproved === null || phase?.shareApproved === undefined) return false;
  const planned = phase.plannedDays ?? 0;
  return planned > 0 && phase.elapsedDays / planned >= 0.5 && phase.shareApproved < 0.5;
}

export function trafficLight(status: Omit<TeamStatus, "light">): TrafficLight {
  const { implementation } = status;
  if (implementation.ended && implementation.reason === "anchoring-plan-approved") {
    return { color: "green", reasons: [] };
  }
  const reasons: LightReason[] = [];
  if (status.overdueCount > 0) reasons.push("overdue");
  if (!status.reachable) reasons.push("unreachable");
  if (status.awaitingApproval.length > 0) reasons.push("awaiting-approval");
  if (status.sentBack.length > 0) reasons.push("sent-back");
  if (behindInPhase(status)) reasons.push("behind-in-phase");
  if (status.position.status === "after-end") reasons.push("past-planned-end");
  const color = reasons.some((reason) => RED.has(reason))
    ? "red"
    : reasons.length > 0
      ? "yellow"
      : "green";
  return { color, reasons };
}
