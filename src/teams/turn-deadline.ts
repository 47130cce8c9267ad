import type { TurnContext } from "botbuilder";
import { currentBudget, runWithBudget, type TurnBudget } from "../turn-budget";

const TURN_BUDGET_KEY = Symbol("turnBudget");

/**
 * Runs a turn's work inside its budget. The budget is also kept on the turn's context, because
 * the adapter's last-resort error handler runs outside the work's async context and must still
 * know whether a commit started before it says anything about saving.
 */
export function withinBudget<T>(
  context: TurnContext,
  budgetMs: number,
  work: (budget: TurnBudget) => Promise<T>,
): Promise<T> {
  return runWithBudget(budgetMs, (budget) => {
    context.turnState.set(TURN_BUDGET_KEY, budget);
    return work(budget);
  });
}

/** The budget of the turn `context` belongs to, if one was started. */
export function budgetOf(context: TurnContext): TurnBudget | undefined {
  return currentBudget() ?? (context.turnState.get(TURN_BUDGET_KEY) as TurnBudget | undefined);
}

export type DeadlineOutcome<T> =
  { inTime: true; value: T } | { inTime: false; commitStarted: boolean };

/**
 * Waits for `work` until the budget's deadline. When the deadline comes first the budget is
 * marked expired at that very moment, so the store refuses to start a commit from then on and
 * `commitStarted` stays true to what may have been written; `work` goes on by itself.
 * `work` must not reject: map its failure to a value first.
 */
export async function raceDeadline<T>(
  budget: TurnBudget,
  work: Promise<T>,
): Promise<DeadlineOutcome<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<"late">((resolve) => {
    timer = setTimeout(
      () => {
        budget.expired = true;
        resolve("late");
      },
      Math.max(0, budget.deadline - budget.now()),
    );
  });
  try {
    const first = await Promise.race([work.then((value) => ({ value })), deadline]);
    if (first === "late") return { inTime: false, commitStarted: budget.commitStarted };
    return { inTime: true, value: first.value };
  } finally {
    clearTimeout(timer);
  }
}
