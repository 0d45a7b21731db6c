import { describe, expect, it } from '@jest/globals';
import { parseQueryFile } from '../../../src/lang/query/index.js';

const parse = (source: string) => {
  const out = parseQueryFile(source);
  return out.ok ? out.value : out.error.message;
};
/** The last `= …` line of a pest-style syntax error, or the whole message otherwise. */
const failure = (source: string): string | null => {
  const out = parseQueryFile(source);
  if (out.ok) return null;
  const eq = out.error.message.split('\n').find((l) => l.trim().startsWith('= '));
  return eq ? `${out.error.line}:${out.error.column} ${eq.trim()}` : out.error.message;
};
const read = (body: string) => `query q() { match { $p: Person } return { $p } ${body} }`;

// ModernRelay/omnigraph crates/omnigraph-compiler/src/query/query.pest: string literals are plain
// prefixes (no word boundary), `rank_expr = { nearest_ordering | bm25_call }`,
// `edge_ident = @{ !("not" ~ !ASCII_ALPHANUMERIC) ~ … }`.
describe('query grammar boundaries as query.pest has them', () => {
  it.each([
    ['queryq() reads as query q()', 'queryq() { match { $p: Person } return { $p } }', 'q'],
    ['query_x() reads as query _x()', 'query_x() { match { $p: Person } return { $p } }', '_x'],
  ])('%s', (_name, source, name) => {
    const decls = parse(source);
    expect(typeof decls === 'string' ? decls : decls.map((d) => d.name)).toEqual([name]);
  });

  it('reads insertPerson / updatePerson set / deletePerson wherename as keyword + name', () => {
    const decls = parse('query m() { insertPerson { name: "a" } updatePerson set{ age: 1 } wherename = "a" deletePerson wherename = "b" }');
    expect(typeof decls === 'string' ? decls : decls[0]?.kind === 'mutation' && decls[0].mutations.map((m) => [m.kind, m.typeName])).toEqual([
      ['insert', 'Person'],
      ['update', 'Person'],
      ['delete', 'Person'],
    ]);
  });

  it('reads `limit5` as limit 5 and `asName` as an alias', () => {
    const decls = parse('query q() { match { $p: Person } return { $p.name asfull } limit5 }');
    if (typeof decls === 'string') throw new Error(decls);
    const decl = decls[0];
    expect(decl?.kind === 'read' && [decl.body.limit?.value, decl.body.projections[0]?.alias]).toEqual([5, 'full']);
  });

  it('reads `true_name` as the literal true followed by `_name`', () => {
    const decls = parse('query q() { match { $p: Person } return { true_name } }');
    if (typeof decls === 'string') throw new Error(decls);
    const decl = decls[0];
    expect(decl?.kind === 'read' && decl.body.projections.map((p) => p.expr.kind)).toEqual(['literal', 'ident']);
  });

  it.each([
    ['`not_related` as an edge', 'query q() { match { $a: Person $a not_related $b } return { $a } }', '1:35 = expected edge_ident or filter_op'],
    ['rrf over a property', read('order { rrf($p.age, bm25($p.name, "x")) } limit 3'), '1:60 = expected rank_expr'],
    ['rrf over a literal second rank', read('order { rrf(bm25($p.name, "x"), 1) } limit 3'), '1:80 = expected rank_expr'],
  ])('refuses %s', (_name, source, expected) => {
    expect(failure(source)).toBe(expected);
  });

  it('still accepts an edge that merely starts with "not" letters', () => {
    expect(failure('query q() { match { $a: Person $a notes $b } return { $a } }')).toBeNull();
  });
});

// crates/omnigraph-compiler/src/query/parser.rs: `limit` parses as u64, integer literals as i64,
// traversal bounds as u32, each refusing with Rust's ParseIntError text.
describe('integer ranges as parser.rs has them', () => {
  it.each([
    ['limit past u64', read('limit 18446744073709551616'), 'parse error: parse error: invalid limit: number too large to fit in target type'],
    ['limit at u64 max', read('limit 18446744073709551615'), null],
    ['integer literal past i64', 'query q() { match { $p: Person { age: 9223372036854775808 } } return { $p } }', 'parse error: parse error: invalid integer: number too large to fit in target type'],
    ['integer literal at i64 max', 'query q() { match { $p: Person { age: 9223372036854775807 } } return { $p } }', null],
    ['min bound past u32', 'query q() { match { $a: Person $a knows{4294967296,} $b } return { $a } }', 'parse error: parse error: invalid traversal min bound: number too large to fit in target type'],
    ['max bound past u32', 'query q() { match { $a: Person $a knows{1,99999999999} $b } return { $a } }', 'parse error: parse error: invalid traversal max bound: number too large to fit in target type'],
  ])('%s', (_name, source, expected) => {
    expect(failure(source)).toBe(expected);
  });
});

describe('a syntax error wins over AST-stage refusals (pest runs over the whole file first)', () => {
  it.each([
    ['an unknown escape before a syntax error', 'query q() @description("a\\q") { match { $p: Person } return { $p } }\nquery', '2:6 = expected ident'],
    ['a repeated annotation before a syntax error', 'query q() @description("a") @description("b") { match { $p: Person } return { $p } } }', '1:86 = expected EOI or query_decl'],
    ['an out-of-range limit before a syntax error', `${read('limit 99999999999999999999')} x`, '1:77 = expected EOI or query_decl'],
  ])('%s', (_name, source, expected) => {
    expect(failure(source)).toBe(expected);
  });

  it('reports the first AST-stage refusal when the file parses', () => {
    expect(failure('query q() @description("a\\q") @description("b") { match { $p: Person } return { $p } }')).toBe(
      'parse error: parse error: unsupported escape sequence: \\q',
    );
  });
});
