import { describe, expect, it } from '@jest/globals';
import { parseQueryFile, typecheckQuery } from '../../../src/lang/query/index.js';
import { buildTestCatalog } from './support/catalog.js';

/**
 * Hostile input: token soup drawn from the grammar's own vocabulary must always come back as a
 * value (parsed declarations or a positioned parse error), and whatever parses must type-check
 * to a value too — never an exception.
 */

const TOKENS = [
  'query', 'q', '(', ')', '{', '}', '$p', '$q', '$_', ':', ',', '.', 'Person', 'match', 'return', 'order', 'limit', 'not',
  'knows', '<', '>', '=', '>=', 'contains', 'starts_with', 'insert', 'update', 'delete', 'set', 'where', 'now', 'nearest',
  'search', 'fuzzy', 'bm25', 'rrf', 'count', 'sum', '[', ']', '"s"', '"\\q"', '1', '2.5', 'true', 'date', 'as', 'asc',
  '@description', 'String', 'Vector', '?', '/*', '*/', '//', '\n', 'é', '\u{1F600}', 'name', 'age', 'emb', '{1,2}',
];

function soup(seed: number, length: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  return Array.from({ length }, () => TOKENS[next() % TOKENS.length]).join(' ');
}

const CATALOG = buildTestCatalog({
  nodes: { Person: { name: 'String', age: 'I32?', emb: 'Vector(2)?' } },
  edges: { Knows: { from: 'Person', to: 'Person' } },
});

describe('parseQueryFile / typecheckQuery on hostile input', () => {
  it('never throws on token soup, and every error is positioned', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const prefix = seed % 2 === 0 ? 'query q($p: String) { match { ' : '';
      const source = prefix + soup(seed, 5 + (seed % 40));
      const parsed = parseQueryFile(source);
      if (!parsed.ok) {
        expect(parsed.error.message.startsWith('parse error: ')).toBe(true);
        expect(parsed.error.line).toBeGreaterThanOrEqual(1);
        continue;
      }
      for (const decl of parsed.value) {
        const e = typecheckQuery(decl, CATALOG);
        if (e) expect(e.message.startsWith('type error: ')).toBe(true);
      }
    }
  });

  it('type-checks well-formed random queries without throwing', () => {
    const shapes = [
      'query q($v: Vector(2)) { match { $p: Person $p knows $f } return { $f.name } order { nearest($p.emb, $v) } limit 2 }',
      'query q() { match { $p: Person not { $p knows $p } } return { count($p) } }',
      'query m($n: String) { insert Knows { from: $n, to: $n } delete Person where age > 3 }',
    ];
    for (const s of shapes) {
      const parsed = parseQueryFile(s);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) for (const d of parsed.value) expect(() => typecheckQuery(d, CATALOG)).not.toThrow();
    }
  });
});
