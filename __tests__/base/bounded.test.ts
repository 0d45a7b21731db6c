import { describe, expect, it } from '@jest/globals';
import { mapBounded } from '../../src/base/bounded.js';

/** A call whose completion the test controls, so overlap is observed rather than timed. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('mapBounded', () => {
  it('keeps at most `limit` calls in flight and returns results in input order', async () => {
    const gates = Array.from({ length: 7 }, gate);
    let inFlight = 0;
    let peak = 0;
    const started: number[] = [];
    const done = mapBounded([0, 1, 2, 3, 4, 5, 6], 3, async (n) => {
      started.push(n);
      inFlight++;
      peak = Math.max(peak, inFlight);
      await gates[n]!.opened;
      inFlight--;
      return n * 10;
    });
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    // Finish out of order: later items still land at their own index.
    for (const n of [2, 0, 1, 6, 5, 4, 3]) {
      gates[n]!.open();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await done).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(peak).toBe(3);
  });

  it('handles no items and a limit above the item count', async () => {
    expect(await mapBounded([], 32, () => Promise.resolve(1))).toEqual([]);
    expect(await mapBounded(['a', 'b'], 32, (s, i) => Promise.resolve(`${s}${i}`))).toEqual(['a0', 'b1']);
  });

  it('starts nothing new after a rejection and rejects with it', async () => {
    const started: number[] = [];
    const run = mapBounded([0, 1, 2, 3, 4], 2, async (n) => {
      started.push(n);
      if (n === 1) throw new Error('boom');
      return n;
    });
    await expect(run).rejects.toThrow('boom');
    expect(started).toEqual([0, 1, 2]);
  });
});
