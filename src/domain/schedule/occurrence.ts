import type { ActivityKind, Programme } from "../catalog";
import type { LocalizedText } from "../i18n";
import type { MeetingSlot } from "../team/profile";
import type { DanishHoliday } from "./holidays";

/**
 * A team's change to one occurrence. Structurally the store's `ScheduleOverride`, so stored overrides
 * can be passed as they are: `activityKind` holds the occurrence's `series` and `date` its
 * `originalDate` (the date the recurrence computed, which a move does not change).
 */
export interface OccurrenceOverride {
  activityKind: string;
  date: string;
  /** For a one-off the team plans (the anchoring workshop) this is the date the team gave. */
  movedTo?: { date: string; time?: string };
  cancelled: boolean;
  held: boolean;
}

/** What the schedule is computed from: the team's programme and setup, and its own changes. */
export interface ScheduleInput {
  programme: Programme;
  /** The implementation's start, `YYYY-MM-DD`. */
  startDate: string;
  slots: { statusMeeting: MeetingSlot; supervision: MeetingSlot };
  overrides: readonly OccurrenceOverride[];
}

/**
 * Relative to `now`:
 * - held: marked held (wins over cancelled: it is the later, positive fact);
 * - cancelled;
 * - overdue: its day is over in Copenhagen and the team has not marked it held (only for what the
 *   team records: status meetings, supervision, the anchoring workshop);
 * - past: its day is over, for activities others run (the maturation project's dated activities);
 * - moved: moved by the team and still ahead;
 * - planned.
 */
export type OccurrenceState = "planned" | "moved" | "held" | "cancelled" | "overdue" | "past";

export interface Occurrence {
  /** Stable: `<series>:<originalDate>`, e.g. `status-meeting:2027-03-09`; a move keeps it. */
  key: string;
  /** "status-meeting", "supervision", "anchoring-workshop", or a dated catalog activity's id. */
  series: string;
  /** `YYYY-MM-DD` as the recurrence computed it (or the catalog gave it). */
  originalDate: string;
  kind: ActivityKind;
  /** The catalog activity; absent when the team has a slot the catalog has no activity for. */
  activityId?: string;
  name: LocalizedText;
  /** Local date in Copenhagen, `YYYY-MM-DD`, after any move. */
  date: string;
  /** Local time, `HH:MM`; absent for a whole day or a month. */
  time?: string;
  /** Last day of an activity that spans days or months. */
  endDate?: string;
  /** "month": the document names only the month ("februar 2022"); `date` is its first day. */
  precision: "time" | "day" | "month";
  /** The instant it starts (for a whole day or month: 00:00 local time). */
  startsAt: Date;
  durationMinutes?: number;
  /** "n af N" where the catalog gives a count (SFT supervision: of 20). */
  number?: number;
  total?: number;
  /** The holiday on its date (or, for a span of days, the first in it); flagged, never moved. */
  holiday?: DanishHoliday;
  /** Where it was before the team moved it. */
  movedFrom?: { date: string; time?: string };
  /** True for what the team marks held (and what can therefore be overdue). */
  recordedByTeam: boolean;
  state: OccurrenceState;
}

/** Local dates, both inclusive, `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}

/** Which override document an occurrence's change goes to. */
export interface OverrideIdentity {
  activityKind: string;
  date: string;
}

export const SERIES = {
  statusMeeting: "status-meeting",
  supervision: "supervision",
  anchoringWorkshop: "anchoring-workshop",
} as const;

export function occurrenceKey(series: string, originalDate: string): string {
  return `${series}:${originalDate}`;
}

/** The override an occurrence's "Markér som holdt" / "Flyt" / "Udsæt" writes. */
export function overrideIdentityOf(occurrence: Occurrence): OverrideIdentity {
  return { activityKind: occurrence.series, date: occurrence.originalDate };
}
