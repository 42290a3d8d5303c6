/**
 * Bounded concurrency: runs `work(item)` for each item with at most `limit` in flight, in item
 * order. `shouldStart()` is asked before each start; once it says false no further item starts
 * (those in flight finish). Never rejects: each result says how the item ended.
 */
export type PoolResult<R> =
  | { started: false }
  | { started: true; ok: true; value: R }
  | { started: true; ok: false; error: unknown };

export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  shouldStart: () => boolean = () => true,
): Promise<PoolResult<R>[]> {
  const results: PoolResult<R>[] = items.map(() => ({ started: false }));
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      if (!shouldStart()) return;
      const i = next++;
      try {
        results[i] = { started: true, ok: true, value: await work(items[i], i) };
      } catch (error) {
        results[i] = { started: true, ok: false, error };
      }
    }
  };
  const lanes = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
