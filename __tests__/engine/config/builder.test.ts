import { describe, expect, it } from '@jest/globals';
import { compareBytes } from '../../../src/base/json.js';
import { DesiredBuilder } from '../../../src/engine/config/builder.js';

describe('DesiredBuilder dependencies', () => {
  it('keeps each edge once and sorts by source then target, for few and for many targets per source', () => {
    let seed = 5;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    let most = 0;
    for (let round = 0; round < 200; round++) {
      const builder = new DesiredBuilder();
      const reference = new Map<string, [string, string]>();
      const sources = ['query.g.a', 'policy.p', 'schema.é', 'graph.Z'];
      // Up to 60 targets, so one source often passes the point where a set takes over.
      for (let i = 0, n = 1 + next(400); i < n; i++) {
        const from = sources[next(sources.length)] as string;
        const to = `graph.${next(i % 2 === 0 ? 3 : 60)}`;
        builder.depend(from, to);
        reference.set(`${from}\0${to}`, [from, to]);
      }
      const expected = [...reference.values()]
        .sort(([f1, t1], [f2, t2]) => compareBytes(f1, f2) || compareBytes(t1, t2))
        .map(([from, to]) => ({ from, to }));
      expect(builder.sortedDependencies()).toEqual(expected);
      expect(builder.sortedDependencies()).toEqual(expected);
      const perSource = new Map<string, number>();
      for (const [from] of reference.values()) perSource.set(from, (perSource.get(from) ?? 0) + 1);
      most = Math.max(most, ...perSource.values());
    }
    // Some source passed the point where a set takes over, so both ways of finding duplicates ran.
    expect(most).toBeGreaterThan(20);
  });
});
