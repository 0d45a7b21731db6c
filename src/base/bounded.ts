/**
 * `fn` over `items` with at most `limit` calls in flight; results in input order. Storage round
 * trips dominate payload checks and publishes (one S3 request each), so overlapping them is what
 * makes status and apply scale, while the bound keeps sockets and file handles in check. After a
 * rejection no further item is started and the first rejection is returned.
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}

/** In-flight bound for storage round trips (payload checks and publishes). */
export const STORAGE_CONCURRENCY = 32;
