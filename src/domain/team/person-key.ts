/**
 * How the bot names a person across teams: by Entra object id (`aadObjectId`) where Teams gives
 * one, since it is the same for every bot and every team in the tenant the bot serves; by the
 * Teams user id (`29:…`, the same for this bot only) where there is none. The per-person index
 * (the `users` container) is keyed by it, so a consultant finds the same teams whichever bot
 * registration or team they reach the bot from.
 */
export function personKey(person: { id: string; aadObjectId?: string }): string {
  return person.aadObjectId ? `aad:${person.aadObjectId}` : person.id;
}

/** The same person: the same Teams id, or the same Entra object id. */
export function samePerson(
  a: { id: string; aadObjectId?: string },
  b: { id: string; aadObjectId?: string },
): boolean {
  return a.id === b.id || (a.aadObjectId !== undefined && a.aadObjectId === b.aadObjectId);
}
