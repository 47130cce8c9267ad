import type { Programme } from "../../domain/catalog";
import {
  SERIES,
  anchoringWorkshopSituation,
  horizonReaching,
  implementationPeriod,
  implementationStateOn,
  occurrencesInMonth,
  overdueOccurrences,
  phasePositionOn,
  supervisionProgress,
  teamSchedule,
  type AnchoringWorkshopSituation,
  type Occurrence,
  type OccurrenceOverride,
  type OverrideIdentity,
  type PhasePosition,
  type ScheduleInput,
  type SupervisionProgress,
} from "../../domain/schedule";
import { localDateAt, lastDayOfMonth } from "../../domain/schedule/calendar";
import type { TeamProfile } from "../../domain/team/profile";
import type { MilestoneDigest } from "./milestone-digest";

/**
 * What one team's nudge for one month says, computed from the shared schedule (src/domain/schedule)
 * and the milestone digest: pure, no I/O, an injected `now`. The card (nudge-card.ts) only words it.
 */
export interface NudgeContent {
  month: string;
  /** The instant the content is computed for: states (overdue, held) are relative to it. */
  asOf: Date;
  profile: TeamProfile;
  programme: Programme;
  position: PhasePosition;
  /** The month's status meetings, supervision sessions, anchoring workshop and dated activities. */
  thisMonth: Occurrence[];
  /** Earlier occurrences not marked held (at most `MAX_OVERDUE`, newest first). */
  overdue: Occurrence[];
  /** How many more are overdue than `overdue` shows. */
  moreOverdue: number;
  /** For a programme that counts its supervision (SFT: "n af 20"). */
  supervision?: SupervisionProgress & { total: number };
  /** Only when it needs the team: not planned while the phase is near or running, or not held. */
  anchoring?: AnchoringNeed;
  milestones: MilestoneDigest;
}

export type AnchoringNeed =
  | Extract<AnchoringWorkshopSituation, { status: "not-planned" }>
  | { status: "not-held"; occurrence: Occurrence; plan: OverrideIdentity };

function anchoringNeed(situation: AnchoringWorkshopSituation): AnchoringNeed | undefined {
  if (situation.status === "not-planned") return situation;
  if (situation.status === "not-held") {
    return { status: "not-held", occurrence: situation.occurrence, plan: situation.plan };
  }
  return undefined;
}

export type NudgeDecision =
  | { send: true; content: NudgeContent }
  | { send: false; reason: "ended" | "not-started"; detail: string };

export interface NudgeInput {
  profile: TeamProfile;
  programme: Programme;
  overrides: readonly OccurrenceOverride[];
  milestones: MilestoneDigest;
  /** `YYYY-MM`. */
  month: string;
  now: Date;
}

/**
 * A card that lists more than this stops being read, and must stay under Teams' card size (about
 * 28 KB): a month of weekly meetings and weekly supervision is already ten rows.
 */
export const MAX_OVERDUE = 4;

/** The series the team records itself, and which therefore carry buttons. */
const TEAM_SERIES = new Set<string>([
  SERIES.statusMeeting,
  SERIES.supervision,
  SERIES.anchoringWorkshop,
]);

export function isTeamSeries(series: string): boolean {
  return TEAM_SERIES.has(series);
}

/**
 * Whether the team gets a nudge this month, and what it says. An implementation that has ended
 * (anchoring plan approved, or past its planned end) gets none; nor does one that starts after
 * the month.
 */
export function decideNudge(input: NudgeInput): NudgeDecision {
  const { profile, programme, month, now } = input;
  const today = localDateAt(now);
  const state = implementationStateOn(
    programme,
    profile.startDate,
    today,
    input.milestones.anchoringPlanApproved,
  );
  if (state.ended) {
    return { send: false, reason: "ended", detail: state.reason };
  }
  const period = implementationPeriod(programme, profile.startDate);
  if (period.start > lastDayOfMonth(month)) {
    return { send: false, reason: "not-started", detail: `starts ${period.start}` };
  }
  return { send: true, content: nudgeContent(input) };
}

/** The content whatever the implementation's state (a card being re-drawn after a click). */
export function nudgeContent(input: NudgeInput): NudgeContent {
  const { profile, programme, month, now } = input;
  const scheduleInput: ScheduleInput = {
    programme,
    startDate: profile.startDate,
    slots: profile.slots,
    overrides: input.overrides,
  };
  // Once for the card's four views; a card redrawn for a later month reaches it.
  const schedule = teamSchedule(scheduleInput, now, horizonReaching(now, lastDayOfMonth(month)));
  const thisMonth = occurrencesInMonth(schedule, month);
  const shown = new Set(thisMonth.map((occurrence) => occurrence.key));
  const anchoring = anchoringNeed(anchoringWorkshopSituation(schedule));
  const earlier = overdueOccurrences(schedule)
    .filter(
      (occurrence) =>
        !shown.has(occurrence.key) &&
        // The anchoring workshop has its own section.
        occurrence.series !== SERIES.anchoringWorkshop,
    )
    .reverse();
  const progress = supervisionProgress(schedule);
  const content: NudgeContent = {
    month,
    asOf: now,
    profile,
    programme,
    position: phasePositionOn(programme, profile.startDate, localDateAt(now)),
    thisMonth: thisMonth.filter(
      (occurrence) =>
        !(anchoring?.status === "not-held" && occurrence.series === SERIES.anchoringWorkshop),
    ),
    overdue: earlier.slice(0, MAX_OVERDUE),
    moreOverdue: Math.max(0, earlier.length - MAX_OVERDUE),
    milestones: input.milestones,
  };
  if (progress.total !== undefined) content.supervision = { ...progress, total: progress.total };
  if (anchoring !== undefined) content.anchoring = anchoring;
  return content;
}
