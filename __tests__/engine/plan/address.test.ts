import { describe, expect, test } from '@jest/globals';
import { graphOf, parseAddress } from '../../../src/engine/plan/index.js';

describe('parseAddress (docs/contract/digests.md#addresses)', () => {
  test.each([
    ['graph.knowledge', { kind: 'graph', graph: 'knowledge' }],
    ['schema.knowledge', { kind: 'schema', graph: 'knowledge' }],
    ['query.knowledge.find_person', { kind: 'query', graph: 'knowledge', name: 'find_person' }],
    // split at the first dot after the prefix: the rest is the name
    ['query.knowledge.a.b', { kind: 'query', graph: 'knowledge', name: 'a.b' }],
    ['query.knowledge', { kind: 'unknown' }],
    ['policy.base', { kind: 'policy', name: 'base' }],
    ['provider.embedding.openai', { kind: 'embedding_provider', name: 'openai' }],
    ['provider.other.x', { kind: 'unknown' }],
    ['stream.knowledge', { kind: 'unknown' }],
    ['graphs.knowledge', { kind: 'unknown' }],
  ])('%s', (address, expected) => {
    expect(parseAddress(address)).toEqual(expected);
  });

  test('graphOf names the graph of graph/schema/query addresses only', () => {
    expect(graphOf(parseAddress('query.g.q'))).toBe('g');
    expect(graphOf(parseAddress('schema.g'))).toBe('g');
    expect(graphOf(parseAddress('policy.p'))).toBeNull();
    expect(graphOf(parseAddress('nope'))).toBeNull();
  });
});
