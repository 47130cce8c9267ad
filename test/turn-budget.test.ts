import { describe, expect, it } from "vitest";
import {
  beginCommit,
  currentBudget,
  remainingMs,
  runWithBudget,
  TurnExpiredError,
} from "../src/turn-budget";

describe("turn budget", () => {
  it("tells every layer how much time the turn has left, by an injected clock", async () => {
    let now = 1_000;
    await runWithBudget(
      4_000,
      async () => {
        expect(remainingMs()).toBe(4_000);
        now += 1_500;
        await Promise.resolve();
        expect(remainingMs()).toBe(2_500);
        now += 10_000;
        expect(remainingMs()).toBe(0);
      },
      () => now,
    );
    expect(remainingMs()).toBe(Number.POSITIVE_INFINITY);
  });

  it("records that a commit started, and refuses to start one after the answer went out", async () => {
    await runWithBudget(4_000, async (budget) => {
      beginCommit();
      expect(budget.commitStarted).toBe(true);
    });
    await runWithBudget(4_000, async (budget) => {
      budget.expired = true;
      expect(() => beginCommit()).toThrow(TurnExpiredError);
      expect(budget.commitStarted).toBe(false);
    });
  });

  it("keeps concurrent turns apart", async () => {
    const seen: number[] = [];
    await Promise.all(
      [1_000, 2_000].map((ms) =>
        runWithBudget(
          ms,
          async () => {
            await new Promise((resolve) => setImmediate(resolve));
            seen.push(currentBudget()?.deadline ?? -1);
          },
          () => 0,
        ),
      ),
    );
    expect(seen.sort()).toEqual([1_000, 2_000]);
  });
});
