import { getProgramme, type Programme } from "../../../src/domain/catalog";
import type { OccurrenceOverride, ScheduleInput } from "../../../src/domain/schedule";
import type { MeetingSlot } from "../../../src/domain/team/profile";
import { parseMeetingSlot } from "../../../src/domain/team/meeting-slot";

export function programme(id: string): Programme {
  const found = getProgramme(id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
}

/** A slot as the team writes it on the setup card ("2. tirsdag 10:00"). */
export function slot(text: string): MeetingSlot {
  const parsed = parseMeetingSlot(text);
  if (!parsed.ok) throw new Error(parsed.error.en);
  return parsed.slot;
}

export function team(
  programmeId: string,
  startDate: string,
  slots: { statusMeeting?: string; supervision?: string } = {},
  overrides: OccurrenceOverride[] = [],
): ScheduleInput {
  return {
    programme: programme(programmeId),
    startDate,
    slots: {
      statusMeeting: slot(slots.statusMeeting ?? "ingen"),
      supervision: slot(slots.supervision ?? "ingen"),
    },
    overrides,
  };
}

/** An instant, written with its offset so the test reads as Copenhagen time. */
export function at(isoWithOffset: string): Date {
  return new Date(isoWithOffset);
}

export function override(
  activityKind: string,
  date: string,
  change: Partial<Omit<OccurrenceOverride, "activityKind" | "date">>,
): OccurrenceOverride {
  return { activityKind, date, cancelled: false, held: false, ...change };
}
