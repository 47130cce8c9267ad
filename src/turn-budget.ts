import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Teams gives up on a card action after about 5 s. Each turn runs inside a budget that every
 * layer can see without passing it around:
 * - the store caps its retries at what is left of it;
 * - the store refuses to *start* a commit once the budget has run out, so a late "nothing was
 *   saved" stays true;
 * - the store records that a commit started, so a late answer can say "maybe saved — check again"
 *   instead of claiming nothing was saved.
 * The work itself is not cancelled: a commit that started finishes (or fails) on its own.
 */
export interface TurnBudget {
  /** When the turn must have its answer, in `now()` milliseconds. */
  readonly deadline: number;
  readonly now: () => number;
  /** Set by the store when it sends a write that makes a change visible. */
  commitStarted: boolean;
  /** Set when the answer has gone out without waiting for the work. */
  expired: boolean;
  /** Cosmos requests the store sent in this turn; every attempt of a retry counts. */
  storeCalls: number;
}

/** Thrown by the store instead of starting a commit after the turn's answer has gone out. */
export class TurnExpiredError extends Error {
  override readonly name = "TurnExpiredError";
  constructor() {
    super("the turn's time ran out before the change was written; nothing was written");
  }
}

const storage = new AsyncLocalStorage<TurnBudget>();

const monotonicNow = (): number => performance.now();

export function runWithBudget<T>(
  budgetMs: number,
  work: (budget: TurnBudget) => Promise<T>,
  now: () => number = monotonicNow,
): Promise<T> {
  const budget: TurnBudget = {
    deadline: now() + budgetMs,
    now,
    commitStarted: false,
    expired: false,
    storeCalls: 0,
  };
  return storage.run(budget, () => work(budget));
}

export function currentBudget(): TurnBudget | undefined {
  return storage.getStore();
}

/** Milliseconds left in the current turn; Infinity outside a turn (start-up, scripts, sweeps). */
export function remainingMs(): number {
  const budget = storage.getStore();
  return budget ? Math.max(0, budget.deadline - budget.now()) : Number.POSITIVE_INFINITY;
}

/** Called by the store just before its commit write: refuses when the answer has gone out. */
export function beginCommit(): void {
  const budget = storage.getStore();
  if (!budget) return;
  if (budget.expired) throw new TurnExpiredError();
  budget.commitStarted = true;
}

/** Called by the store for every request it sends (each attempt of a retry is one). */
export function countStoreCall(): void {
  const budget = storage.getStore();
  if (budget) budget.storeCalls++;
}

/**
 * Runs `work` (and everything it starts) outside any turn: derived data written after a turn's
 * commit, such as the status summaries, neither counts as that turn's store calls nor is refused
 * as a commit started after the turn's answer went out.
 */
export function outsideTurn<T>(work: () => T): T {
  return storage.exit(work);
}
