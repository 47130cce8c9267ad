import type { Programme } from "../catalog";
import type { MilestoneState } from "../milestones/state";

/**
 * The milestones whose approval ends the implementation: the anchoring plan (SFT, ÅD) and the
 * handover and anchoring (CTI). Signs of Safety and the maturation project have none; they end by
 * the calendar only (or not at all).
 */
const IMPLEMENTATION_ENDING_MILESTONES = new Set(["anchoring-plan", "handover-and-anchoring"]);

/** True when a milestone that ends the implementation is approved (`states` keyed by milestone id). */
export function anchoringPlanApproved(
  programme: Programme,
  states: ReadonlyMap<string, MilestoneState>,
): boolean {
  return programme.milestones.some(
    (milestone) =>
      IMPLEMENTATION_ENDING_MILESTONES.has(milestone.id) &&
      states.get(milestone.id)?.status === "approved",
  );
}
