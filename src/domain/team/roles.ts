import type { TeamProfile } from "./profile";

/** What a person is in a team, as its setup names them. */
export const TEAM_ROLES = ["projectLeader", "approver", "consultant"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/**
 * Every person the profile names, with their roles in this order (a project leader may also be
 * an approver). Keyed by Teams id, as the per-person index is.
 */
export function rolesByPerson(profile: TeamProfile | undefined): Map<string, TeamRole[]> {
  const roles = new Map<string, TeamRole[]>();
  if (!profile) return roles;
  const add = (id: string, role: TeamRole) => {
    const current = roles.get(id) ?? [];
    if (!current.includes(role)) roles.set(id, [...current, role]);
  };
  add(profile.projectLeader.id, "projectLeader");
  for (const approver of profile.approvers) add(approver.id, "approver");
  for (const consultant of profile.consultants) add(consultant.id, "consultant");
  return roles;
}
