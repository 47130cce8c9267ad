import type { Programme } from "../catalog";
import { phasePositionOn } from "../schedule/progress";
import type { PlanKind } from "./model";

/**
 * Which plans `eksportér plan` offers on a date: always the implementation plan; the anchoring
 * plan too once the phase of anchoring has begun (or the planned end has passed). A programme
 * without a phase of anchoring (Signs of Safety, the maturation project) gets it on request only
 * (`eksportér forankringsplan`).
 */
export function plansOffered(programme: Programme, startDate: string, today: string): PlanKind[] {
  const position = phasePositionOn(programme, startDate, today);
  const hasAnchoringPhase = programme.phases.some((phase) => phase.id === "anchoring");
  const anchoring =
    hasAnchoringPhase &&
    ((position.status === "in-phase" && position.phase.phaseId === "anchoring") ||
      position.status === "after-end");
  return anchoring ? ["implementation", "anchoring"] : ["implementation"];
}
