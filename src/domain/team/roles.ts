import { personKey, samePerson } from "./person-key";
import type { TeamProfile } from "./profile";

/** What a person is in a team, as its setup names them. */
export const TEAM_ROLES = ["projectLeader", "approver", "consultant"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/**
 * Every person the profile names, with their roles in this order (a project leader may also be
 * an approver). Keyed by `personKey` (Entra object id where known), as the per-person index is.
 */
export function rolesByPerson(profile: TeamProfile | undefined): Map<string, TeamRole[]> {
  const roles = new Map<string, TeamRole[]>();
  if (!profile) return roles;
  const add = (person: { id: string; aadObjectId?: string }, role: TeamRole) => {
    const key = personKey(person);
    const current = roles.get(key) ?? [];
    if (!current.includes(role)) roles.set(key, [...current, role]);
  };
  add(profile.projectLeader, "projectLeader");
  for (const approver of profile.approvers) add(approver, "approver");
  for (const consultant of profile.consultants) add(consultant, "consultant");
  return roles;
}

/** The roles the profile gives this person, matched by Teams id or Entra object id. */
export function rolesOf(
  profile: Pick<TeamProfile, "projectLeader" | "approvers" | "consultants">,
  person: { id: string; aadObjectId?: string },
): TeamRole[] {
  const roles: TeamRole[] = [];
  if (samePerson(profile.projectLeader, person)) roles.push("projectLeader");
  if (profile.approvers.some((approver) => samePerson(approver, person))) roles.push("approver");
  if (profile.consultants.some((consultant) => samePerson(consultant, person))) {
    roles.push("consultant");
  }
  return roles;
}
