/**
 * A team's schedule, shared by the status card (issue 10) and the monthly nudges (issue 11): pure
 * functions of the catalog, the team's setup and overrides, and an injected `now`.
 */
export {
  SERIES,
  occurrenceKey,
  overrideIdentityOf,
  type DateRange,
  type Occurrence,
  type OccurrenceOverride,
  type OccurrenceState,
  type OverrideIdentity,
  type ScheduleInput,
} from "./occurrence";
export { computeSchedule, supervisionActivity } from "./schedule";
export {
  anchoringWorkshopSituation,
  occurrencesInMonth,
  overdueOccurrences,
  snoozedByAWeek,
  supervisionProgress,
  upcomingOccurrences,
  type AnchoringWorkshopSituation,
  type SupervisionProgress,
} from "./views";
export {
  implementationPeriod,
  implementationStateOn,
  phasePositionOn,
  phaseTimeline,
  type DatedPhase,
  type ImplementationPeriod,
  type ImplementationState,
  type PhasePosition,
  type PhaseTimelineEntry,
} from "./progress";
export { computePhaseDates, type PhaseDates } from "./phase-dates";
export {
  DEFAULT_NUDGE_HOUR,
  firstWorkingDayOfMonth,
  monthAt,
  nudgeMonthAt,
  nudgeTimeOfMonth,
  type NudgeMonth,
} from "./nudge-timing";
export {
  danishHolidayOn,
  isWorkingDay,
  type DanishHoliday,
  type DanishHolidayKind,
} from "./holidays";
