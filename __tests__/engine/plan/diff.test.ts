import { describe, expect, test } from '@jest/globals';
import { diffResources, metadataChanges, type MetadataInputs } from '../../../src/engine/plan/index.js';

const map = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('diffResources (docs/contract/classifier.md#diff)', () => {
  test('create, update, delete; equal digests produce nothing', () => {
    const changes = diffResources(
      map({ 'graph.a': 'g1', 'schema.a': 's1', 'policy.old': 'p1' }),
      map({ 'graph.a': 'g1', 'schema.a': 's2', 'query.a.q': 'q1' }),
    );
    expect(changes).toEqual([
      { resource: 'policy.old', operation: 'delete', before_digest: 'p1' },
      { resource: 'query.a.q', operation: 'create', after_digest: 'q1' },
      { resource: 'schema.a', operation: 'update', before_digest: 's1', after_digest: 's2' },
    ]);
  });

  test('fields are built in docs/contract/classifier.md#change-record order with absent digests left out', () => {
    const [create, update, del] = diffResources(map({ 'b.u': '1', 'c.d': '2' }), map({ 'a.c': '0', 'b.u': '3' }));
    expect(Object.keys(create ?? {})).toEqual(['resource', 'operation', 'after_digest']);
    expect(Object.keys(update ?? {})).toEqual(['resource', 'operation', 'before_digest', 'after_digest']);
    expect(Object.keys(del ?? {})).toEqual(['resource', 'operation', 'before_digest']);
  });

  test('sorted byte-wise by address, not by locale', () => {
    const changes = diffResources(new Map(), map({ 'query.g.b': 'x', 'graph.b': 'x', 'graph.B': 'x', 'query.g-x.a': 'x', 'graph._': 'x' }));
    expect(changes.map((c) => c.resource)).toEqual(['graph.B', 'graph._', 'graph.b', 'query.g-x.a', 'query.g.b']);
  });

  test('no state: everything is a create', () => {
    expect(diffResources(new Map(), map({ 'graph.a': 'g' }))).toEqual([{ resource: 'graph.a', operation: 'create', after_digest: 'g' }]);
  });
});

describe('metadataChanges (docs/contract/classifier.md#metadata-passes)', () => {
  const profile = { kind: 'openai', base_url: 'https://x', model: 'm', api_key: '${KEY}' };
  const inputs = (over: Partial<MetadataInputs> = {}): MetadataInputs => ({
    ledger: {
      'policy.base': { digest: 'p', applies_to: ['graph.a'] },
      'policy.srv': { digest: 's' },
      'provider.embedding.oa': { digest: 'e', embedding_profile: profile },
    },
    desiredDigests: map({ 'policy.base': 'p', 'policy.srv': 's', 'provider.embedding.oa': 'e', 'policy.new': 'n' }),
    policyBindings: new Map([
      ['base', ['graph.a']],
      ['srv', ['cluster']],
      ['new', ['cluster']],
    ]),
    providerProfiles: new Map([['oa', profile]]),
    ...over,
  });

  test.each([
    ['recorded bindings equal desired: nothing', inputs({ ledger: { 'policy.base': { digest: 'p', applies_to: ['graph.a'] } } }), []],
    [
      'recorded bindings missing: binding update',
      inputs({ ledger: { 'policy.srv': { digest: 's' } } }),
      [{ resource: 'policy.srv', operation: 'update', before_digest: 's', after_digest: 's', binding_change: true, metadata_change: 'policy_bindings' }],
    ],
    [
      'recorded bindings differ: binding update',
      inputs({ ledger: { 'policy.base': { digest: 'p', applies_to: ['graph.a', 'graph.b'] } } }),
      [{ resource: 'policy.base', operation: 'update', before_digest: 'p', after_digest: 'p', binding_change: true, metadata_change: 'policy_bindings' }],
    ],
    ['policy not in state (a content create covers it): nothing', inputs({ ledger: {} }), []],
    ['provider profile equal: nothing', inputs({ ledger: { 'provider.embedding.oa': { digest: 'e', embedding_profile: profile } } }), []],
    [
      'provider profile missing: profile update without binding_change',
      inputs({ ledger: { 'provider.embedding.oa': { digest: 'e' } } }),
      [{ resource: 'provider.embedding.oa', operation: 'update', before_digest: 'e', after_digest: 'e', metadata_change: 'embedding_profile' }],
    ],
    [
      'provider profile differs: profile update',
      inputs({ ledger: { 'provider.embedding.oa': { digest: 'e', embedding_profile: { ...profile, model: 'old' } } } }),
      [{ resource: 'provider.embedding.oa', operation: 'update', before_digest: 'e', after_digest: 'e', metadata_change: 'embedding_profile' }],
    ],
  ])('%s', (_name, given, expected) => {
    expect(metadataChanges([], given)).toEqual(expected);
  });

  test('an address with a content change gets no metadata change; the result is re-sorted', () => {
    const content = [
      { resource: 'graph.a', operation: 'update' as const, before_digest: '1', after_digest: '2' },
      { resource: 'policy.base', operation: 'update' as const, before_digest: 'p0', after_digest: 'p' },
      { resource: 'query.a.q', operation: 'create' as const, after_digest: 'q' },
    ];
    const out = metadataChanges(content, inputs({ ledger: { 'policy.base': { digest: 'p0' }, 'policy.srv': { digest: 's' } } }));
    expect(out.map((c) => [c.resource, c.metadata_change ?? null])).toEqual([
      ['graph.a', null],
      ['policy.base', null],
      ['policy.srv', 'policy_bindings'],
      ['query.a.q', null],
    ]);
    expect(Object.keys(out[2] ?? {})).toEqual(['resource', 'operation', 'before_digest', 'after_digest', 'binding_change', 'metadata_change']);
  });
});
