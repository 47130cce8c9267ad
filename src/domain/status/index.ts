/**
 * A team's status (issue 10), pure: `teamStatus(input)` for the status card (phase and month,
 * milestones per group, who must act, the next 30 days, what is overdue, SIC-style figures, the
 * traffic light), and `summarize` for the consultant's portfolio row kept in the person index.
 */
export {
  UPCOMING_DAYS,
  teamStatus,
  type SentBackMilestone,
  type TeamStatus,
  type TeamStatusInput,
} from "./team-status";
export {
  behindInPhase,
  trafficLight,
  type LightColor,
  type LightReason,
  type TrafficLight,
} from "./traffic-light";
export {
  byAttention,
  isStale,
  summarize,
  summaryPosition,
  type StatusSummary,
  type SummaryPosition,
} from "./summary";
