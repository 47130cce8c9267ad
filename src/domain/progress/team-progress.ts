import type { Programme } from "../catalog";
import type { LocalizedText } from "../i18n";
import { ASSESSMENTS, type Assessment } from "../milestones/assessment";
import { overviewGroups } from "../milestones/overview";
import type { MilestoneState, MilestoneStatus } from "../milestones/state";
import { phaseTimeline, type PhaseTimelineEntry } from "../schedule/progress";

/**
 * Where an implementation stands, counted once for every view that shows it (the status card,
 * the consultant's portfolio, the implementation and anchoring plans): milestones per group by the
 * team's own assessment and by approval state, and per phase in the spirit of the Stages of
 * Implementation Completion (SIC) — the share of the phase's milestones approved, and the days
 * spent in the phase against its planned length.
 */

const STATUSES: readonly MilestoneStatus[] = ["draft", "pending", "approved", "sentBack"];

export type Counts<K extends string> = Record<K, number>;

export interface GroupProgress {
  name: LocalizedText;
  total: number;
  byAssessment: Counts<Assessment>;
  byStatus: Counts<MilestoneStatus>;
}

export interface PhaseProgress extends PhaseTimelineEntry {
  /** Milestones the catalog places in this phase. */
  milestones: number;
  approved: number;
  /** `approved / milestones`, or null when the phase has no milestones of its own. */
  shareApproved: number | null;
}

export interface TeamProgress {
  groups: GroupProgress[];
  /** Empty for a programme without phases (Signs of Safety). */
  phases: PhaseProgress[];
  total: number;
  byAssessment: Counts<Assessment>;
  byStatus: Counts<MilestoneStatus>;
  /** `byStatus.approved / total`. */
  shareApproved: number;
}

function zeroes<K extends string>(keys: readonly K[]): Counts<K> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Counts<K>;
}

/** `states` keyed by milestone id (see `programmeMilestoneStates`); `date` is today, `YYYY-MM-DD`. */
export function teamProgress(
  programme: Programme,
  startDate: string,
  states: ReadonlyMap<string, MilestoneState>,
  date: string,
): TeamProgress {
  const stateOf = (milestoneId: string) => states.get(milestoneId);
  const byAssessment = zeroes(ASSESSMENTS);
  const byStatus = zeroes(STATUSES);
  const groups = overviewGroups(programme).map((group) => {
    const progress: GroupProgress = {
      name: group.name,
      total: group.milestones.length,
      byAssessment: zeroes(ASSESSMENTS),
      byStatus: zeroes(STATUSES),
    };
    for (const milestone of group.milestones) {
      const state = stateOf(milestone.id);
      const assessment = state?.assessment ?? "notYet";
      const status = state?.status ?? "draft";
      progress.byAssessment[assessment]++;
      progress.byStatus[status]++;
      byAssessment[assessment]++;
      byStatus[status]++;
    }
    return progress;
  });
  const phases = phaseTimeline(programme, startDate, date).map((entry) => {
    const own = programme.milestones.filter((milestone) => milestone.phase === entry.phaseId);
    const approved = own.filter((milestone) => stateOf(milestone.id)?.status === "approved");
    return {
      ...entry,
      milestones: own.length,
      approved: approved.length,
      shareApproved: own.length === 0 ? null : approved.length / own.length,
    };
  });
  const total = programme.milestones.length;
  return {
    groups,
    phases,
    total,
    byAssessment,
    byStatus,
    shareApproved: total === 0 ? 0 : byStatus.approved / total,
  };
}
