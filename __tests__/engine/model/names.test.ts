import { describe, expect, it } from '@jest/globals';
import { addressProblem } from '../../../src/engine/model/names.js';

// The address grammar (docs/contract/digests.md#addresses) spelled out piece by piece, as the gate
// checked it before its one-regex fast path: the fast path must agree with it on every input.
const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function referenceAccepts(address: string): boolean {
  for (const prefix of ['graph.', 'schema.', 'policy.', 'provider.embedding.']) {
    if (address.startsWith(prefix)) return ID.test(address.slice(prefix.length));
  }
  if (address.startsWith('query.')) {
    const rest = address.slice('query.'.length);
    const dot = rest.indexOf('.');
    if (dot >= 0) return ID.test(rest.slice(0, dot)) && ID.test(rest.slice(dot + 1));
  }
  return /^[A-Za-z0-9_.-]+$/.test(address);
}

const PREFIXES = ['graph.', 'schema.', 'policy.', 'provider.embedding.', 'provider.', 'query.', 'query.g.', 'embedding.', 'Graph.', ''];
const ALPHABET = ['a', 'Z', '_', '-', '0', '9', '.', '/', ' ', '\n', 'é', '\u{1F600}', '\\', '\0', '$'];

function seededAddresses(count: number): string[] {
  let seed = 20261207;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let body = '';
    const length = next(7);
    for (let j = 0; j < length; j++) body += ALPHABET[next(ALPHABET.length)];
    out.push(`${PREFIXES[next(PREFIXES.length)]}${body}`);
  }
  return out;
}

describe('addressProblem', () => {
  it('accepts and refuses exactly what the address grammar does', () => {
    const addresses = [
      ...seededAddresses(20000),
      'graph.g',
      'graph.',
      'graph.g.h',
      'query.g.q',
      'query.g.q.r',
      'query.g',
      'query..q',
      'query.g.',
      'provider.embedding.p',
      'provider.embedding.',
      'provider.embedding.p.q',
      'schema.1g',
      'policy.-p',
      'graph.g\n',
      'custom.kind.x',
    ];
    const disagreements = addresses.filter((a) => (addressProblem(a) === null) !== referenceAccepts(a));
    expect(disagreements).toEqual([]);
    // The corpus reaches both outcomes for known and unknown kinds alike.
    expect(addresses.filter((a) => a.startsWith('query.') && referenceAccepts(a)).length).toBeGreaterThan(50);
    expect(addresses.filter((a) => a.startsWith('query.') && !referenceAccepts(a)).length).toBeGreaterThan(50);
    expect(addresses.filter((a) => a.startsWith('graph.') && referenceAccepts(a)).length).toBeGreaterThan(50);
  });

  it('names the identifier a refused address holds', () => {
    expect(addressProblem('query.g.bad/name')).toContain('names `bad/name`, which is not an identifier');
    expect(addressProblem('graph.g\n')).toContain('names `g\\n`');
    expect(addressProblem('custom/kind')).toContain('holds characters no resource address can hold');
  });
});
