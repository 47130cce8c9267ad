import type { Milestone, Programme } from "../catalog";
import type { MilestoneState } from "../milestones/state";
import { anchoringPlanApproved, teamProgress, type TeamProgress } from "../progress";
import {
  anchoringWorkshopSituation,
  implementationStateOn,
  overdueOccurrences,
  phasePositionOn,
  supervisionProgress,
  teamSchedule,
  upcomingOccurrences,
  type AnchoringWorkshopSituation,
  type ImplementationState,
  type Occurrence,
  type PhasePosition,
  type ScheduleInput,
  type SupervisionProgress,
} from "../schedule";
import { localDateAt } from "../schedule/calendar";
import type { PersonRef } from "../team/profile";
import { trafficLight, type TrafficLight } from "./traffic-light";

/**
 * Where a team's implementation stands on one day: what the status card shows and what the
 * consultant's portfolio keeps a summary of. A pure function of the catalog, the team's setup,
 * its milestone states (`programmeMilestoneStates`), its schedule overrides, whether the bot can
 * reach its channel, and `now`; every figure comes from the shared domains (schedule, progress).
 */

/** The "next 30 days" of the status card. */
export const UPCOMING_DAYS = 30;

export interface TeamStatusInput {
  programme: Programme;
  /** `YYYY-MM-DD`. */
  startDate: string;
  slots: ScheduleInput["slots"];
  states: ReadonlyMap<string, MilestoneState>;
  overrides: ScheduleInput["overrides"];
  /** False when Teams refused the bot's posts in the team's channel, or the bot was removed. */
  reachable: boolean;
  now: Date;
}

/** A milestone that was sent back, with what the approver said. */
export interface SentBackMilestone {
  milestone: Milestone;
  decidedBy?: PersonRef;
  comment?: string;
}

export interface TeamStatus {
  /** The local date in Copenhagen the status is for. */
  today: string;
  position: PhasePosition;
  implementation: ImplementationState;
  progress: TeamProgress;
  /** Sent, and unchanged since: waits for the approvers. */
  awaitingApproval: Milestone[];
  /** Sent back: waits for the team. */
  sentBack: SentBackMilestone[];
  /** The next 30 days (today included), without what was cancelled. */
  upcoming: Occurrence[];
  /** Meetings the team has not marked held although their day is over (about a quarter back). */
  overdue: Occurrence[];
  anchoringWorkshop: AnchoringWorkshopSituation;
  /** The anchoring workshop has no date although the anchoring phase has begun. */
  anchoringWorkshopOverdue: boolean;
  supervision: SupervisionProgress;
  /** Everything overdue: the meetings, and the unplanned anchoring workshop. */
  overdueCount: number;
  reachable: boolean;
  light: TrafficLight;
}

export function teamStatus(input: TeamStatusInput): TeamStatus {
  const { programme, startDate, states, now } = input;
  const today = localDateAt(now);
  // Once for the four views below.
  const schedule = teamSchedule(
    { programme, startDate, slots: input.slots, overrides: input.overrides },
    now,
  );
  const position = phasePositionOn(programme, startDate, today);
  const implementation = implementationStateOn(
    programme,
    startDate,
    today,
    anchoringPlanApproved(programme, states),
  );
  const progress = teamProgress(programme, startDate, states, today);
  const stateOf = (milestone: Milestone) => states.get(milestone.id);
  const anchoringWorkshop = anchoringWorkshopSituation(schedule);
  const anchoringWorkshopOverdue =
    anchoringWorkshop.status === "not-planned" && anchoringWorkshop.phaseStarted;
  const overdue = overdueOccurrences(schedule);
  const status: Omit<TeamStatus, "light"> = {
    today,
    position,
    implementation,
    progress,
    awaitingApproval: programme.milestones.filter((m) => stateOf(m)?.status === "pending"),
    sentBack: programme.milestones.flatMap((milestone) => {
      const state = stateOf(milestone);
      if (state?.status !== "sentBack") return [];
      const approval = state.approval;
      return [
        {
          milestone,
          ...(approval?.decidedBy ? { decidedBy: approval.decidedBy } : {}),
          ...(approval?.comment ? { comment: approval.comment } : {}),
        },
      ];
    }),
    upcoming: upcomingOccurrences(schedule, UPCOMING_DAYS).filter(
      (occurrence) => occurrence.state !== "cancelled",
    ),
    overdue,
    anchoringWorkshop,
    anchoringWorkshopOverdue,
    supervision: supervisionProgress(schedule),
    overdueCount: overdue.length + (anchoringWorkshopOverdue ? 1 : 0),
    reachable: input.reachable,
  };
  return { ...status, light: trafficLight(status) };
}
