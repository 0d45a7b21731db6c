import { describe, expect, it } from '@jest/globals';
import { findQuery, parseQueryFile, typecheckQuery } from '../../../src/lang/query/index.js';
import type { LangError } from '../../../src/lang/errors.js';
import { buildTestCatalog } from './support/catalog.js';

/** The catalog most cases run against: the fixture of docs/contract/migration.md#examples plus the vector/blob/enum/list shapes. */
const CATALOG = buildTestCatalog({
  nodes: {
    Person: {
      name: 'String',
      age: 'I32?',
      bio: 'String?',
      tags: '[String]?',
      status: 'enum(active, gone)?',
      photo: 'Blob?',
      emb: 'Vector(3)?',
      born: 'DateTime?',
      day: 'Date?',
      score: 'F64?',
      nick: 'String?',
    },
    Company: { name: 'String', size: 'I64?' },
    Doc: { slug: 'String', body: 'String', embedding: 'Vector(3) @embed(body)' },
    Both: { name: 'String?' },
  },
  edges: {
    Knows: { from: 'Person', to: 'Person', props: { since: 'Date?', weight: 'F64?', note: 'Blob?' } },
    WorksAt: { from: 'Person', to: 'Company', props: { role: 'String' } },
    Both: { from: 'Person', to: 'Person' },
  },
});

function check(source: string): LangError | null {
  const parsed = parseQueryFile(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const decl = parsed.value[0];
  if (!decl) throw new Error('no declaration');
  return typecheckQuery(decl, CATALOG);
}

function read(params: string, match: string, ret = '$p', tail = ''): string {
  return `query q(${params}) { match { ${match} } return { ${ret} } ${tail} }`;
}

function mutation(params: string, body: string): string {
  return `query m(${params}) { ${body} }`;
}

describe('typecheckQuery: fixture', () => {
  it('accepts the cluster fixture query', () => {
    const src = '\nquery find_person($name: String) {\n  match { $p: Person { name: $name } }\n  return { $p.name, $p.age }\n}\n';
    const parsed = parseQueryFile(src);
    if (!parsed.ok) throw new Error('parse');
    const decl = findQuery(parsed.value, 'find_person');
    expect(decl && typecheckQuery(decl, CATALOG)).toBeNull();
  });
});

type Row = readonly [rule: string, source: string, message: string | null];

/** One failing and one passing case (at least) per rule; `null` = type-checks. */
const ROWS: readonly Row[] = [
  // untagged
  ['params', read('$__nanograph_now: DateTime', '$p: Person'), 'parameter name `$__nanograph_now` is reserved for runtime timestamp injection'],
  ['params', read('$x: [Date]?, $v: Vector(3), $b: Blob', '$p: Person'), null],
  ['unbound', read('', '$p: Person $p.age > $x'), 'variable `$x` is not bound'],
  ['rebind', read('', '$p: Person $p: Company'), 'variable `$p` already bound to type `Person`, cannot rebind to `Company`'],
  ['rebind', read('', '$p: Person $p: Person { name: "a" }'), null],
  ['nested list', mutation('', 'insert Person { name: "a", tags: [["x"]] }'), 'nested list literals are not supported'],
  ['mixed list', mutation('', 'insert Person { name: "a", tags: ["x", 1] }'), 'list literal elements must share a compatible scalar type'],
  // T1–T3
  ['T1', read('', '$p: Persn'), 'T1: unknown node type `Persn`'],
  ['T1', read('', '$p: Person'), null],
  ['T2', read('', '$p: Person { nam: "a" }'), 'T2: type `Person` has no property `nam`'],
  ['T2', read('', '$p: Person { name: "a", bio: "b" }'), null],
  ['T3', read('', '$p: Person { age: "old" }'), 'T3: property `age` has type I32? but got String'],
  ['T3', read('', '$p: Person { status: "lost" }'), "T3: property `status` expects one of [active, gone], got 'lost'"],
  ['T3', read('', '$p: Person { emb: [1, 2] }'), 'T3: property `emb` has type Vector(3) but got vector literal with 2 elements'],
  ['T3', read('', '$p: Person { photo: "x" }'), 'T3: blob property `Person.photo` cannot be used in match patterns'],
  ['T3', read('', '$p: Person { tags: ["a"] }'), 'T3: list equality is not supported for property `tags`; use a scalar value to match list membership'],
  ['T3', read('', '$p: Person { tags: 3 }'), 'T3: property `tags` has type [String]? but membership match got I64'],
  ['T3', mutation('', 'update Person set { age: true } where name = "a"'), 'T3: property `age` has type I32? but got Bool'],
  ['T3', read('', '$p: Person { name: "a", age: 3, status: "active", emb: [1, 2.5, 3], tags: "x", day: date("2024-01-01") }'), null],
  // T4–T6
  ['T4', read('', '$p: Person $p likes $f'), 'T4: unknown edge type `likes`'],
  ['T4', read('', '$p: Person $p worksat $c', '$c.name'), null],
  ['T5', read('', '$c: Company $c knows $f'), 'T5: variable `$c` has type `Company`, which is not an endpoint of edge `Knows: Person -> Person`'],
  ['T5', read('', '$p: Person $c: Company $p knows $c'), 'T5: variable `$c` has type `Company` but edge `Knows` expects `Person`'],
  ['T5', read('', '$c: Company $p worksAt $c', '$p.name'), null],
  ['T6', read('', '$p: Person', '$f.name'), 'T6: variable `$f` is not bound'],
  ['T6', read('', '$p: Person', '$p.nam'), 'T6: type `Person` has no property `nam`'],
  ['T6', read('', '$p: Person $p $w:knows $f', '$w.color'), 'T6: edge `Knows` has no property `color`'],
  ['T6', read('', '$p: Person $p $w:knows $f', '$w.since'), null],
  // T7
  ['T7', read('$n: I32', '$p: Person { name: $n }'), 'T7: cannot assign/compare I32 with String for property `name`'],
  ['T7', read('$t: [String]', '$p: Person { tags: $t }'), 'T7: list equality is not supported for property `tags`; use a scalar parameter for membership matching'],
  ['T7', read('$t: I32', '$p: Person { tags: $t }'), 'T7: cannot compare I32 membership against [String]? for property `tags`'],
  ['T7', read('', '$p: Person { age: now() }'), 'T7: cannot assign/compare DateTime with I32? for property `age`'],
  ['T7', read('', '$p: Person $p.age > "x"'), 'T7: cannot compare I32? with String'],
  ['T7', read('', '$p: Person $f: Person $p = $f'), 'T7: filter comparisons require scalar operands, got node `Person` and node `Person`'],
  ['T7', read('', '$p: Person $p.age contains 3'), 'T7: contains requires a list property (membership) or a String property (substring) on the left, got I32?'],
  ['T7', read('', '$p: Person $p.name contains 3'), 'T7: string contains requires a String right operand, got I64'],
  ['T7', read('', '$p: Person $p.tags contains 3'), 'T7: cannot test membership of I64 in [String]?'],
  ['T7', read('', '$p: Person $p.age starts_with "a"'), 'T7: starts_with requires a String property on the left, got I32?'],
  ['T7', read('', '$p: Person $p.tags = $p.tags'), 'T7: list comparisons in filters are not supported; use `contains` for list membership'],
  ['T7', read('$v: Vector(3)', '$p: Person $p.emb = $v'), 'T7: vector comparisons in filters are not supported'],
  ['T7', read('$b: Blob', '$p: Person $p.name = $b'), 'T7: blob comparisons in filters are not supported'],
  ['T7', mutation('$n: I64', 'insert Person { name: $n }'), 'T7: cannot assign/compare I64 with String for property `name`'],
  ['T7', mutation('$u: String', 'update Person set { photo: $u, born: now() } where name = $u'), null],
  [
    'T7',
    read('$n: String, $a: F64', '$p: Person $p.age >= $a $p.name starts_with $n $p.bio contains "x" $p.tags contains $n $p.born < now()'),
    null,
  ],
  // T8, T9
  ['T8', read('', '$p: Person', 'sum($p.name)'), 'T8: sum requires numeric type, got String'],
  ['T8', read('', '$p: Person', 'max($p.born)'), 'T8: max requires numeric or string type, got DateTime?'],
  ['T8', read('', '$p: Person', '$p.name, avg($p.age), min($p.name), count($p)'), null],
  ['T9', read('', '$p: Person not { $f: Person $f.age > 3 }'), 'T9: negation block must reference at least one outer-bound variable'],
  ['T9', read('', '$p: Person', 'count($p), now()'), 'T9: non-aggregate expressions in an aggregate query must be property accesses or variables'],
  ['T9', read('', '$p: Person not { $p knows $f $f.age > 3 }'), null],
  // T10–T14, T16
  ['T10', mutation('', 'insert Robot { name: "a" }'), 'T10: unknown node/edge type `Robot`'],
  ['T10', mutation('', 'delete Robot where name = "a"'), 'T10: unknown node/edge type `Robot`'],
  ['T10', mutation('', 'insert Company { name: "a" }'), null],
  ['T11', mutation('', 'insert Person { name: "a", nam: "b" }'), 'T11: type `Person` has no property `nam`'],
  ['T11', mutation('', 'delete Person where photo = "x"'), 'T11: blob property `photo` cannot be used in WHERE predicates'],
  ['T11', mutation('', 'delete Knows where since = date("2024-01-01")'), null],
  ['T12', mutation('', 'insert Person { age: 3 }'), 'T12: insert for `Person` must provide non-nullable property `name`'],
  ['T12', mutation('', 'insert Doc { slug: "a" }'), 'T12: insert for `Doc` must provide non-nullable property `body`'],
  ['T12', mutation('', 'insert Doc { body: "b", slug: "a", embedding: [1, 2] }'), 'T3: property `embedding` has type Vector(3) but got vector literal with 2 elements'],
  ['T12', mutation('', 'insert WorksAt { from: "a" }'), 'T12: insert for `WorksAt` must provide required endpoint `to`'],
  ['T12', mutation('', 'insert WorksAt { from: "a", to: "b" }'), 'T12: insert for `WorksAt` must provide non-nullable property `role`'],
  ['T12', mutation('', 'insert Doc { slug: "a", body: "b" }'), null],
  ['T12', mutation('', 'insert WorksAt { from: "a", to: "b", role: "r" }'), null],
  ['T13', mutation('', 'insert Person { name: "a", name: "b" }'), 'T13: duplicate assignment for property `name`'],
  ['T13', mutation('', 'insert Person { name: "a", nick: "b" }'), null],
  ['T14', mutation('', 'insert Person { name: $n }'), 'T14: mutation variable `$n` must be a declared query parameter'],
  ['T14', mutation('$n: String', 'delete Person where name = $x'), 'T14: mutation variable `$x` must be a declared query parameter'],
  ['T14', mutation('$n: String', 'insert Person { name: $n }'), null],
  ['T16', mutation('', 'update Knows set { weight: 1.0 } where since = date("2024-01-01")'), 'T16: update mutation for edge type `Knows` is not supported'],
  ['T16', mutation('', 'update Both set { name: "x" } where name = "y"'), null],
  // T15, T17, T18
  ['T15', read('', '$p: Person $p knows{0,2} $f'), 'T15: traversal min hop bound must be >= 1'],
  ['T15', read('', '$p: Person $p knows{1,} $f'), 'T15: unbounded traversal is disabled; use bounded traversal {min,max}'],
  ['T15', read('', '$p: Person $p knows{3,2} $f'), 'T15: invalid traversal bounds {3,2}; max must be >= min'],
  ['T15', read('$v: Vector(4)', '$p: Person', '$p', 'order { nearest($p.emb, $v) } limit 3'), 'T15: nearest vector dimension mismatch: property is Vector(3), query is Vector(4)'],
  ['T15', read('', '$p: Person', '$p', 'order { nearest($p.emb, [1, 2]) } limit 3'), 'T15: nearest vector dimension mismatch: property is Vector(3), query literal has 2 elements'],
  ['T15', read('', '$p: Person', '$p', 'order { nearest($p.name, "x") } limit 3'), 'T15: nearest requires a Vector property, got Person.name: String'],
  ['T15', read('$n: I32', '$p: Person', '$p', 'order { nearest($p.emb, $n) } limit 3'), 'T15: nearest query must be Vector(3) or String, got I32'],
  ['T15', read('', '$p: Person', '$p', 'order { nearest($x.emb, "q") } limit 3'), 'T15: variable `$x` is not bound'],
  ['T15', read('$q: String', '$p: Person $p knows{1,3} $f', '$f', 'order { nearest($p.emb, $q) } limit 3'), null],
  ['T17', read('$q: String', '$p: Person', '$p', 'order { nearest($p.emb, $q) }'), 'T17: nearest ordering requires a limit clause'],
  ['T17', read('$q: String', '$p: Person', 'nearest($p.emb, $q) as d', 'order { d }'), 'T17: nearest ordering requires a limit clause'],
  ['T17', read('$q: String', '$p: Person', '$p.name', 'order { nearest($p.emb, $q) } limit 4'), null],
  // An alias that reaches nearest counts as nearest ordering, so ordering by it is T18 (as in the reference).
  ['T18', read('$q: String', '$p: Person', 'nearest($p.emb, $q) as d', 'order { d } limit 4'), 'T18: alias-based ordering is not supported together with nearest in phase 1'],
  ['T18', read('$q: String', '$p: Person', '$p.name as n', 'order { nearest($p.emb, $q), n } limit 3'), 'T18: alias-based ordering is not supported together with nearest in phase 1'],
  ['T18', read('', '$p: Person', '$p.name as n', 'order { n desc, $p.age asc } limit 3'), null],
  // T19–T21
  ['T19', read('', '$p: Person search($p.age, "x")'), 'T19: search field must be String, got I32?'],
  ['T19', read('', '$p: Person fuzzy($p.name, "x", 1.5)'), 'T19: fuzzy max_edits must be an integer scalar, got F64'],
  ['T19', read('', '$p: Person search($p, "x")'), 'T19: search field must be a scalar String expression'],
  ['T19', read('', '$p: Person search($p.name, "x") fuzzy($p.bio, "y", 2)'), null],
  ['T20', read('', '$p: Person match_text($p.name, 3)'), 'T20: match_text query must be String, got I64'],
  ['T20', read('', '$p: Person', 'bm25($p.tags, "x") as s'), 'T20: bm25 field must be String, got [String]?'],
  ['T20', read('', '$p: Person match_text($p.bio, "x")', 'bm25($p.name, "x") as s'), null],
  ['T21', read('$q: String', '$p: Person', '$p', 'order { rrf(nearest($p.emb, $q), bm25($p.name, $q), 0) } limit 3'), 'T21: rrf k must be greater than 0'],
  ['T21', read('$q: String', '$p: Person', '$p', 'order { rrf(nearest($p.emb, $q), bm25($p.name, $q), "k") } limit 3'), 'T21: rrf k must be an integer scalar, got String'],
  ['T21', read('$q: String', '$p: Person', '$p', 'order { rrf(nearest($p.emb, $q), bm25($p.name, $q)) }'), 'T21: rrf ordering requires a limit clause'],
  ['T21', read('$q: String', '$p: Person', '$p', 'order { rrf(nearest($p.emb, $q), bm25($p.name, $q), 60) } limit 3'), null],
  // T22–T24
  ['T22', read('', '$p: Person $p <worksAt> $c'), 'T22: undirected traversal `<WorksAt>` requires a same-endpoint-type edge, but `WorksAt: Person -> Company` is asymmetric; use the directional form'],
  ['T22', read('', '$p: Person $p <knows> $f', '$f.name'), null],
  ['T23', read('', '$p: Person $p $w:knows{1,2} $f'), 'T23: edge binding `$w` cannot be combined with traversal bounds; a multi-hop traversal matches a path of edges, not one edge'],
  ['T23', read('', '$p: Person $p $f:knows $f'), 'T23: edge binding `$f` cannot reuse a traversal endpoint name; edge bindings and node endpoints need distinct names'],
  ['T23', read('', '$p: Person $c: Company $p $c:knows $f'), 'T23: variable `$c` is already bound; an edge binding needs a fresh name'],
  ['T23', read('', '$p: Person $p $w:knows $f', '$w'), 'T23: edge binding `$w` cannot be used bare; access one of its properties (`$w.{prop}`)'],
  ['T23', read('', '$p: Person $p $w:knows $f $w knows $g'), 'T23: edge binding `$w` cannot be used as a traversal endpoint; traversal endpoints must be node bindings'],
  ['T23', read('', '$p: Person $p $w:knows $f $w: Person'), 'T23: variable `$w` is bound to edge type `Knows` and cannot be rebound as node type `Person`'],
  ['T23', read('', '$p: Person $p $w:knows $f search($w.since, "x")'), 'T23: search cannot target edge property `$w.since`; text/rank search runs on node properties — edge properties support comparison filters and projection'],
  ['T23', read('$q: String', '$p: Person $p $w:knows $f', '$f', 'order { nearest($w.emb, $q) } limit 2'), 'T23: nearest cannot target edge binding `$w`; vector search runs on node properties'],
  ['T23', read('', '$p: Person $p $w:knows $f $w.weight > 0.5', '$f.name, $w.since', 'order { $w.weight desc } limit 5'), null],
  ['T24', read('', '$p: Person', '$p.photo'), 'T24: Blob property `$p.photo` is not available as a .gq read value; Blob values require a dedicated API'],
  ['T24', read('', '$p: Person $p.photo = "x"'), 'T24: Blob property `$p.photo` is not available as a .gq read value; Blob values require a dedicated API'],
  ['T24', read('', '$p: Person $p $w:knows $f', 'count($w.note)'), 'T24: Blob property `$w.note` is not available as a .gq read value; Blob values require a dedicated API'],
  ['T24', read('$b: Blob', '$p: Person', '$b'), 'T24: Blob parameter `$b` is not available as a .gq read value; Blob values require a dedicated API'],
  ['T24', read('$b: Blob', '$p: Person', '$b as x', 'order { x }'), 'T24: Blob parameter `$b` is not available as a .gq read value; Blob values require a dedicated API'],
  ['T24', read('$b: Blob', '$p: Person { name: "a" }', '$p.name'), null],
];

describe('typecheckQuery: rules', () => {
  it.each(ROWS)('%s: %s', (_rule, source, message) => {
    const result = check(source);
    expect(result?.message ?? null).toBe(message === null ? null : `type error: ${message}`);
    if (result) expect(result.stage).toBe('type');
  });

  it('covers every rule code with a failing and a passing case', () => {
    const codes = Array.from({ length: 24 }, (_, i) => `T${i + 1}`);
    for (const code of codes) {
      const rows = ROWS.filter(([rule]) => rule === code);
      expect([code, rows.some(([, , m]) => m === null)]).toEqual([code, true]);
      expect([code, rows.some(([, , m]) => m !== null)]).toEqual([code, true]);
    }
  });
});

describe('typecheckQuery: positions and dispatch', () => {
  it('points at the offending node', () => {
    expect(check('query q() {\n  match {\n    $p: Person\n    $p.age > "x"\n  }\n  return { $p }\n}')).toMatchObject({ line: 4, column: 5 });
    expect(check('query m() {\n  insert Person { name: "a",\n    nam: 1 }\n}')).toMatchObject({ line: 3, column: 5 });
    expect(check(read('', '$p: Person', '$p.name,\n   $p.photo'))).toMatchObject({ line: 2, column: 4 });
  });

  it('treats a type that is both node and edge as the node in mutations', () => {
    expect(check(mutation('', 'insert Both { name: "x" }'))).toBeNull();
    expect(check(mutation('', 'delete Both where name = "x"'))).toBeNull();
  });

  it('keeps negation bindings local to the block', () => {
    expect(check(read('', '$p: Person not { $p knows $f }', '$f'))?.message).toBe('type error: variable `$f` is not bound');
  });

  it('checks every mutation statement in order', () => {
    expect(check(mutation('$n: String', 'insert Person { name: $n } delete Person where nam = $n'))?.message).toBe(
      'type error: T11: type `Person` has no property `nam`',
    );
  });

  it('refuses a parameter type outside the scalar set when an AST is built by hand', () => {
    const parsed = parseQueryFile(read('$x: String', '$p: Person'));
    if (!parsed.ok || !parsed.value[0]) throw new Error('parse');
    const decl = parsed.value[0];
    const handBuilt = { ...decl, params: [{ name: 'x', type: { kind: 'scalar', name: 'Person' } as const, nullable: false, line: 1, column: 9 }] };
    expect(typecheckQuery(handBuilt, CATALOG)).toMatchObject({ message: 'type error: unknown parameter type `Person` for `$x`', line: 1, column: 9 });
  });

  it('skips undeclared variables inside binding matches', () => {
    expect(check(read('', '$p: Person { name: $whatever }'))).toBeNull();
  });
});
