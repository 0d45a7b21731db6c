import { describe, expect, it } from '@jest/globals';
import { F64 } from '../../../src/base/json.js';
import { emptyState, parseState, sameStateText, stateText, stateTextsDiffer, type ClusterState } from '../../../src/engine/state/index.js';

describe('stateText', () => {
  it('writes a fresh ledger with null config digest and empty maps', () => {
    expect(stateText(emptyState(null))).toBe(
      '{\n  "version": 1,\n  "state_revision": 0,\n  "applied_revision": {\n    "config_digest": null,\n    "resources": {}\n  },\n' +
        '  "resource_statuses": {},\n  "approval_records": {},\n  "recovery_records": {},\n  "observations": {}\n}\n',
    );
  });

  it('orders fields as the reference, sorts maps byte-wise, omits absent and empty optionals', () => {
    const state: ClusterState = {
      observations: { 'graph.k': { kind: 'graph', exists: true, graph_manifest_version: 3 } },
      recovery_records: { '01B': { kind: 'graph_create' }, '01A': { outcome: 'rolled_forward', kind: 'schema_apply' } },
      approval_records: {},
      resource_statuses: {
        'schema.k': { message: 'derived graph root is missing', conditions: ['graph_missing'], status: 'drifted' },
        'graph.k': { status: 'applied', conditions: [] },
      },
      applied_revision: {
        resources: {
          'policy.base': { applies_to: ['graph.k'], digest: 'p' },
          'graph.k': {
            external_blob_policy: { bases: [{ scope: 'server_safe', uri: 's3://b/k/' }], mode: 'allow' },
            embedding_provider: 'provider.embedding.default',
            digest: 'g',
          },
          'provider.embedding.default': { embedding_profile: { model: 'm', kind: 'mock' }, digest: 'e' },
          'Z.upper': { digest: 'z' },
        },
        config_digest: 'c',
      },
      state_revision: 7,
      version: 1,
    };
    expect(stateText(state)).toBe(`{
  "version": 1,
  "state_revision": 7,
  "applied_revision": {
    "config_digest": "c",
    "resources": {
      "Z.upper": {
        "digest": "z"
      },
      "graph.k": {
        "digest": "g",
        "embedding_provider": "provider.embedding.default",
        "external_blob_policy": {
          "mode": "allow",
          "bases": [
            {
              "uri": "s3://b/k/",
              "scope": "server_safe"
            }
          ]
        }
      },
      "policy.base": {
        "digest": "p",
        "applies_to": [
          "graph.k"
        ]
      },
      "provider.embedding.default": {
        "digest": "e",
        "embedding_profile": {
          "kind": "mock",
          "model": "m"
        }
      }
    }
  },
  "resource_statuses": {
    "graph.k": {
      "status": "applied"
    },
    "schema.k": {
      "status": "drifted",
      "conditions": [
        "graph_missing"
      ],
      "message": "derived graph root is missing"
    }
  },
  "approval_records": {},
  "recovery_records": {
    "01A": {
      "outcome": "rolled_forward",
      "kind": "schema_apply"
    },
    "01B": {
      "kind": "graph_create"
    }
  },
  "observations": {
    "graph.k": {
      "kind": "graph",
      "exists": true,
      "graph_manifest_version": 3
    }
  }
}
`);
  });

  it('round-trips: parse(stateText(s)) reproduces the same bytes', () => {
    const text = stateText({
      ...emptyState('abc'),
      state_revision: 2,
      observations: { 'graph.k': { b: 1, a: [null, 'x'], error: null } },
      resource_statuses: { 'query.k.q': { status: 'blocked', conditions: ['dependency_not_applied'], message: 'waiting' } },
    });
    const parsed = parseState(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(stateText(parsed.state)).toBe(text);
  });
});

describe('sameStateText', () => {
  // A small deterministic generator, so a failure names a seed that reproduces it.
  const rng = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

  function ledger(next: () => number): ClusterState {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const resources: ClusterState['applied_revision']['resources'] = {};
    const statuses: ClusterState['resource_statuses'] = {};
    for (let i = 0; i < 6; i++) {
      const address = pick(['graph.', 'schema.', 'query.', 'policy.', 'provider.embedding.']) + pick(['a', 'b', '__proto__', 'Z']) + i;
      resources[address] = {
        digest: pick(['d1', 'd2']),
        ...(next() < 0.3 ? { applies_to: [pick(['graph.a', 'graph.b'])] } : {}),
        ...(next() < 0.2 ? { embedding_provider: 'provider.embedding.x' } : {}),
        ...(next() < 0.2 ? { embedding_profile: { kind: 'mock', model: pick(['m', 'n']) } } : {}),
        ...(next() < 0.2 ? { external_blob_policy: { mode: 'allow' as const, bases: [{ uri: 's3://b/', scope: 'server_safe' }] } } : {}),
      };
      statuses[address] = next() < 0.5 ? { status: 'applied' } : { status: 'drifted', conditions: next() < 0.5 ? [] : ['graph_missing'], message: 'm' };
    }
    return {
      version: 1,
      state_revision: Math.floor(next() * 3),
      applied_revision: { config_digest: pick([null, 'c1', 'c2']), resources },
      resource_statuses: statuses,
      approval_records: next() < 0.5 ? {} : { '01ARZ3NDEKTSV4RRFFQ69G5FAV': { operation: 'delete', n: pick([1, 2, 10n ** 20n, new F64(1)]) } },
      recovery_records: {},
      observations: next() < 0.5 ? {} : { 'graph.a': { exists: true, graph_manifest_version: pick([1, 2]) } },
    };
  }

  /** The same ledger rebuilt: fresh objects, maps in another insertion order. */
  function rebuilt(state: ClusterState): ClusterState {
    const copy = parseState(stateText(state));
    if (!copy.ok) throw new Error(`stateText output does not parse back: ${copy.diagnostic.message}`);
    const reversed = <T>(record: Record<string, T>): Record<string, T> => {
      const out: Record<string, T> = {};
      for (const key of Object.keys(record).reverse()) Object.defineProperty(out, key, { value: record[key], enumerable: true, writable: true, configurable: true });
      return out;
    };
    const s = copy.state;
    return { ...s, applied_revision: { ...s.applied_revision, resources: reversed(s.applied_revision.resources) }, resource_statuses: reversed(s.resource_statuses) };
  }

  it('finds a ledger equal to its own rebuilt copy (the no-op apply it exists for)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const state = ledger(rng(seed));
      expect([seed, sameStateText(state, rebuilt(state))]).toEqual([seed, true]);
    }
  });

  it('never says same when the written bytes differ, over random pairs of ledgers', () => {
    let same = 0;
    let differ = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const a = ledger(rng(seed));
      const b = ledger(rng(seed + 7919 * (seed % 3)));
      const equalText = stateText(a) === stateText(b);
      if (sameStateText(a, b)) {
        expect([seed, equalText]).toEqual([seed, true]);
        same++;
      } else if (!equalText) {
        differ++;
      }
    }
    // Both branches were exercised, so the property above is not vacuous.
    expect(same).toBeGreaterThan(100);
    expect(differ).toBeGreaterThan(100);
  });

  it('tells apart one changed field anywhere a ledger is written', () => {
    const base = ledger(rng(42));
    const edits: ((s: ClusterState) => void)[] = [
      (s) => (s.version = 2),
      (s) => (s.applied_revision.config_digest = 'other'),
      (s) => (Object.values(s.applied_revision.resources)[0]!.digest = 'other'),
      (s) => (Object.values(s.applied_revision.resources)[1]!.applies_to = ['graph.zz']),
      (s) => (Object.values(s.applied_revision.resources)[2]!.embedding_profile = { kind: 'mock', api_key: 'k' }),
      (s) => delete s.applied_revision.resources[Object.keys(s.applied_revision.resources)[0]!],
      (s) => (s.resource_statuses['graph.new'] = { status: 'applied' }),
      (s) => (Object.values(s.resource_statuses)[0]!.message = 'other'),
      (s) => (s.approval_records['01BX5ZZKBKACTAV9WEVGEMMVRZ'] = { n: new F64(1) }),
      (s) => (s.observations['graph.a'] = { graph_manifest_version: 1, exists: true }),
    ];
    edits.forEach((edit, i) => {
      const changed = rebuilt(base);
      edit(changed);
      expect([i, stateText(changed) === stateText(base), sameStateText(changed, base)]).toEqual([i, false, false]);
    });
  });

  it('is certain two ledgers differ only when their written bytes do, over random pairs', () => {
    let certain = 0;
    let equal = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const a = ledger(rng(seed));
      // Every fifth pair is one ledger and its rebuilt copy: equal bytes, never to be called different.
      const b = seed % 5 === 0 ? rebuilt(a) : ledger(rng(seed + 7919 * (seed % 3)));
      const equalText = stateText(a) === stateText(b);
      if (equalText) equal++;
      if (stateTextsDiffer(a, b)) {
        expect([seed, equalText]).toEqual([seed, false]);
        certain++;
      }
    }
    expect(certain).toBeGreaterThan(100);
    expect(equal).toBeGreaterThan(100);
  });

  it('is certain about the changes an apply makes, and unsure about the rest', () => {
    const base = ledger(rng(42));
    const firstKey = (r: Record<string, unknown>) => Object.keys(r)[0] as string;
    const certainEdits: ((s: ClusterState) => void)[] = [
      (s) => (s.version = 2),
      (s) => (s.applied_revision.config_digest = 'other'),
      (s) => (s.applied_revision.config_digest = null),
      (s) => (Object.values(s.applied_revision.resources)[0]!.digest = 'other'),
      (s) => delete s.applied_revision.resources[firstKey(s.applied_revision.resources)],
      (s) => (s.applied_revision.resources['graph.new'] = { digest: 'd' }),
      (s) => (s.resource_statuses['graph.new'] = { status: 'applied' }),
      (s) => delete s.resource_statuses[firstKey(s.resource_statuses)],
      (s) => (Object.values(s.resource_statuses)[0]!.status = 'error'),
    ];
    const unsureEdits: ((s: ClusterState) => void)[] = [
      (s) => (Object.values(s.applied_revision.resources)[1]!.applies_to = ['graph.zz']),
      (s) => (Object.values(s.resource_statuses)[0]!.message = 'other'),
      (s) => (s.observations['graph.a'] = { graph_manifest_version: 7, exists: true }),
      (s) => (s.version = Number.NaN),
    ];
    if (base.applied_revision.config_digest === null) base.applied_revision.config_digest = 'c1';
    certainEdits.forEach((edit, i) => {
      const changed = rebuilt(base);
      edit(changed);
      expect([i, stateText(changed) === stateText(base), stateTextsDiffer(changed, base), stateTextsDiffer(base, changed)]).toEqual([i, false, true, true]);
    });
    unsureEdits.forEach((edit, i) => {
      const changed = rebuilt(base);
      edit(changed);
      expect([i, stateTextsDiffer(changed, base)]).toEqual([i, false]);
    });
    expect(stateTextsDiffer(base, rebuilt(base))).toBe(false);
  });

  it('keeps apart values that print alike only by type: 1 and 1.0, 2^64 as bigint and as number', () => {
    const a = { ...emptyState(null), observations: { 'graph.a': { v: 1 } } };
    expect(sameStateText(a, { ...a, observations: { 'graph.a': { v: new F64(1) } } })).toBe(false);
    expect(sameStateText({ ...a, observations: { 'graph.a': { v: 2n ** 64n } } }, { ...a, observations: { 'graph.a': { v: 2n ** 64n } } })).toBe(true);
  });
});
