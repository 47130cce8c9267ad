/**
 * Runs `work` for every item, at most `limit` at a time (at least one), and resolves when all
 * are done; the first rejection rejects the whole, as `Promise.all` does. One iterator is shared
 * by the workers: each takes the next item when it is free.
 */
export async function eachWithConcurrency<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const queue = items.values();
  const worker = async () => {
    for (let step = queue.next(); step.done !== true; step = queue.next()) await work(step.value);
  };
  const workers = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
}
