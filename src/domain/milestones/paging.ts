/**
 * Teams refuses a card of more than about 28 KB. Six answers of 4,000 characters do not fit with
 * the rest of a milestone card, so its questions are shown in pages that each fit a budget.
 *
 * Greedy, in order: a page takes items while their sizes fit what is left of the budget. Every
 * page holds at least one item, so an item larger than the budget gets a page of its own.
 */
export function pageBySize<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  budget: number,
): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (page.length > 0 && used + size > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += size;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** A page number kept inside 0 … pageCount − 1. */
export function clampPage(page: number, pageCount: number): number {
  if (!Number.isInteger(page) || page < 0) return 0;
  return Math.min(page, Math.max(0, pageCount - 1));
}
