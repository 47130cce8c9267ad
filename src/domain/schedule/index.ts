/**
 * A team's schedule, shared by the status card (issue 10) and the monthly nudges (issue 11): pure
 * functions of the catalog, the team's setup and overrides, and an injected `now` (no I/O, no clock).
 *
 * Where the team is (local dates, `YYYY-MM-DD`):
 * - `phasePositionOn(programme, startDate, date)`: before-start / in-phase (phase, "måned 2 af ca. 6")
 *   / phases-undated (CTI) / no-phases (Signs of Safety) / after-end.
 * - `phaseTimeline(programme, startDate, date)`: days elapsed in each phase against its plan.
 * - `implementationPeriod`, `implementationStateOn(…, anchoringPlanApproved)`: planned end, ended.
 *
 * What happens when (`ScheduleInput` = programme, start date, slots, stored overrides):
 * - `teamSchedule(input, now, horizon?)`: the team's schedule, computed once and passed to every
 *   view a card needs (building it is their cost); it reaches `SCHEDULE_DAYS_AHEAD` (a year) after
 *   today unless given a horizon. `occurrencesBetween(schedule, { from, to })` and
 *   `occurrencesOfSeries(schedule, series)` read it.
 * - `computeSchedule(input, { from, to }, now)`: every `Occurrence` overlapping one range, for a
 *   caller that needs only that.
 * - Views of a `TeamSchedule`: `upcomingOccurrences(schedule, days = 30)`,
 *   `overdueOccurrences(schedule, 92)`, `occurrencesInMonth(schedule, "YYYY-MM")`,
 *   `supervisionProgress(schedule)`, `anchoringWorkshopSituation(schedule, leadDays = 30)`.
 * - Buttons: `overrideIdentityOf(occurrence)` names the override document to write (activityKind =
 *   series, date = original date); `findOccurrence(schedule, series, originalDate)` finds it again
 *   when the button is pressed (on a schedule up to `horizonReaching(now, originalDate)`);
 *   `snoozedByAWeek(occurrence, now)` is the `movedTo` for "Udsæt en uge".
 *
 * When to nudge: `nudgeMonthAt(now, hour = 9)`, `nudgeTimeOfMonth`, `firstWorkingDayOfMonth`, `monthAt`.
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
  SCHEDULE_DAYS_AHEAD,
  horizonReaching,
  occurrencesBetween,
  occurrencesOfSeries,
  teamSchedule,
  type TeamSchedule,
} from "./team-schedule";
export {
  anchoringWorkshopSituation,
  findOccurrence,
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
