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

/** Everyone the profile names, once each: they stay choosable even if Teams stops listing them. */
export function peopleOf(profile: TeamProfile | undefined): PersonRef[] {
  if (!profile) return [];
  return [profile.projectLeader, ...profile.approvers, ...profile.consultants];
}

/** Members first, then anyone else named in the profile, without duplicates. */
export function withSavedPeople(
  members: readonly PersonRef[],
  profile: TeamProfile | undefined,
): PersonRef[] {
  const byId = new Map<string, PersonRef>();
  for (const person of [...members, ...peopleOf(profile)])
    if (!byId.has(person.id)) byId.set(person.id, person);
  return [...byId.values()];
}
