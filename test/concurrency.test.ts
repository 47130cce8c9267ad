import { describe, expect, it } from "vitest";
import { eachWithConcurrency } from "../src/concurrency";

describe("eachWithConcurrency", () => {
  it("does every item once, never more than the limit at a time", async () => {
    const done: number[] = [];
    let running = 0;
    let most = 0;
    await eachWithConcurrency([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, item % 3));
      done.push(item);
      running -= 1;
    });
    expect([...done].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it("works with no items, and with a limit below one as one at a time", async () => {
    await expect(eachWithConcurrency([], 4, () => Promise.resolve())).resolves.toBeUndefined();
    const order: string[] = [];
    await eachWithConcurrency(["a", "b"], 0, async (item) => void order.push(item));
    expect(order).toEqual(["a", "b"]);
  });

  it("rejects with the first failure", async () => {
    await expect(
      eachWithConcurrency([1, 2], 2, (item) =>
        item === 2 ? Promise.reject(new Error("two")) : Promise.resolve(),
      ),
    ).rejects.toThrow("two");
  });
});
