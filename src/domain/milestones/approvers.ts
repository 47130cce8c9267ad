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

/** "A" / "A og B" / "A, B og C". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1] ?? ""}`;
}

/** "Lars Nielsen" / "Lars Nielsen og Birgitte Holm" (names as given). */
export function joinNames(people: readonly PersonRef[], and: string): string {
  return joinList(
    people.map((p) => p.name),
    and,
  );
}
