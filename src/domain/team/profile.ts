import type { Language } from "../i18n";

/** A person as the bot keeps them: Teams ids and display name only, nothing more. */
export interface PersonRef {
  /** Teams user id (`29:…`). */
  id: string;
  aadObjectId?: string;
  name: string;
}

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7; // ISO: 1 = Monday
export type WeekOfMonth = 1 | 2 | 3 | 4 | "last";

/** A regular meeting slot, e.g. "2nd Tuesday of the month at 10:00" (Europe/Copenhagen). */
export type MeetingSlot =
  | { cadence: "monthly"; week: WeekOfMonth; weekday: Weekday; time: string }
  | { cadence: "weekly"; weekday: Weekday; time: string }
  | { cadence: "none" };

export interface TeamProfile {
  teamId: string;
  programmeId: string;
  organisationName: string;
  /** The implementation's start, `YYYY-MM-DD`. */
  startDate: string;
  language: Language;
  projectLeader: PersonRef;
  approvers: PersonRef[];
  consultants: PersonRef[];
  slots: { statusMeeting: MeetingSlot; supervision: MeetingSlot };
  /** Increases by one with every saved change; audit events carry it. */
  version: number;
  updatedAt: string;
  updatedBy: PersonRef;
}

/** Who may change a saved setup: an approver or the project leader. */
export function canChangeSetup(profile: TeamProfile, userId: string): boolean {
  return profile.projectLeader.id === userId || profile.approvers.some((a) => a.id === userId);
}

export function isApprover(profile: TeamProfile, userId: string): boolean {
  return profile.approvers.some((a) => a.id === userId);
}
