import { describe, expect, it } from "vitest";
import { clampPage, pageBySize } from "../../../src/domain/milestones";

describe("questions in pages that fit the card's budget", () => {
  const size = (n: number) => n;

  it("keeps everything on one page when it fits", () => {
    expect(pageBySize([3, 4, 2], size, 10)).toEqual([[3, 4, 2]]);
  });

  it("starts a new page when the next item would not fit, in order", () => {
    expect(pageBySize([6, 5, 4, 1, 9], size, 10)).toEqual([[6], [5, 4, 1], [9]]);
  });

  it("gives an item larger than the budget a page of its own", () => {
    expect(pageBySize([2, 30, 3], size, 10)).toEqual([[2], [30], [3]]);
  });

  it("has no pages for no items", () => {
    expect(pageBySize([], size, 10)).toEqual([]);
  });

  it("keeps every item exactly once, whatever the sizes", () => {
    const items = Array.from({ length: 40 }, (_v, i) => ((i * 7919) % 23) + 1);
    const pages = pageBySize(items, size, 25);
    expect(pages.flat()).toEqual(items);
    for (const page of pages) {
      const total = page.reduce((sum, n) => sum + n, 0);
      expect(page.length === 1 || total <= 25).toBe(true);
    }
  });

  it("keeps a page number inside the pages there are", () => {
    expect(clampPage(5, 2)).toBe(1);
    expect(clampPage(-1, 2)).toBe(0);
    expect(clampPage(1.5, 3)).toBe(0);
    expect(clampPage(0, 0)).toBe(0);
  });
});
