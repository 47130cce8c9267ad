import type { PersonRef, TeamProfile } from "../team/profile";

/**
 * An approver is someone in the team's saved approvers, matched by Teams id or by Entra object
 * id (the same person reaches the bot with one Teams id per bot, but one Entra id everywhere).
 * The project leader is not an approver unless chosen as one.
 */
export function isApproverOf(
  profile: Pick<TeamProfile, "approvers">,
  person: { id: string; aadObjectId?: string },
): boolean {
  return profile.approvers.some(
    (approver) =>
      approver.id === person.id ||
      (approver.aadObjectId !== undefined && approver.aadObjectId === person.aadObjectId),
  );
}

/** "Lars Nielsen" / "Lars Nielsen og Birgitte Holm" / "A, B og C" (names as given). */
export function joinNames(people: readonly PersonRef[], and: string): string {
  const names = people.map((p) => p.name);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1] ?? ""}`;
}
