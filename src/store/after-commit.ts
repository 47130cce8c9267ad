import { CommitOutcomeUnknownError } from "./errors";

/** Told the id of a team whose documents a write has just changed (derived data follows). */
export type TeamChangeListener = (teamId: string) => void;

/**
 * Awaits a write to a team and then tells `listener`, also when the write may have been saved
 * (CommitOutcomeUnknownError): whoever keeps derived data reads the team again anyway. The
 * listener must return at once; it never adds a round trip to the write's own path.
 */
export async function afterCommit<T>(
  teamId: string,
  write: Promise<T>,
  listener: TeamChangeListener | undefined,
): Promise<T> {
  try {
    const result = await write;
    listener?.(teamId);
    return result;
  } catch (error) {
    if (error instanceof CommitOutcomeUnknownError) listener?.(teamId);
    throw error;
  }
}
