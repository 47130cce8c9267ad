import { milestoneGroups, type Milestone, type Programme } from "../catalog";
import type { LocalizedText } from "../i18n";
import type { MilestoneStatus } from "./state";

export interface OverviewGroup {
  name: LocalizedText;
  milestones: Milestone[];
}

/**
 * The milestones as the programme groups them: Signs of Safety (no phases) by driver; the phased
 * programmes by phase, where a milestone without a phase stays under its own group. Groups come in
 * order of first appearance, milestones in catalog order.
 */
export function overviewGroups(programme: Programme): OverviewGroup[] {
  if (programme.phases.length === 0) {
    return milestoneGroups(programme).map((g) => ({ name: g.group, milestones: g.milestones }));
  }
  const phaseNames = new Map(programme.phases.map((phase) => [phase.id, phase.name]));
  const groups = new Map<string, OverviewGroup>();
  for (const milestone of programme.milestones) {
    const phaseName = milestone.phase ? phaseNames.get(milestone.phase) : undefined;
    const key = phaseName ? `phase:${milestone.phase}` : `group:${milestone.group.da}`;
    const existing = groups.get(key);
    if (existing) existing.milestones.push(milestone);
    else groups.set(key, { name: phaseName ?? milestone.group, milestones: [milestone] });
  }
  return [...groups.values()];
}

export interface NextMilestone {
  milestone: Milestone;
  /** False when every milestone of the current phase is approved and this one is from another. */
  inCurrentPhase: boolean;
}

/**
 * The first milestone of the current phase that has no approved answer yet; when the phase is
 * done, the first such milestone anywhere in the programme; undefined when all are approved.
 * Without a current phase (Signs of Safety, CTI without phase lengths), catalog order.
 */
export function nextMilestone(
  programme: Programme,
  statusOf: (milestoneId: string) => MilestoneStatus,
  currentPhaseId: string | undefined,
): NextMilestone | undefined {
  const open = programme.milestones.filter((m) => statusOf(m.id) !== "approved");
  const inPhase = currentPhaseId ? open.find((m) => m.phase === currentPhaseId) : undefined;
  if (inPhase) return { milestone: inPhase, inCurrentPhase: true };
  const first = open[0];
  if (!first) return undefined;
  return { milestone: first, inCurrentPhase: currentPhaseId === undefined };
}
