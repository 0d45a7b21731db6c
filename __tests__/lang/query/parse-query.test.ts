import { describe, expect, it } from '@jest/globals';
import { findQuery, parseQueryFile, type QueryDecl } from '../../../src/lang/query/index.js';

const PEOPLE_GQ = '\nquery find_person($name: String) {\n  match { $p: Person { name: $name } }\n  return { $p.name, $p.age }\n}\n';

function parse(source: string): QueryDecl[] {
  const r = parseQueryFile(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function errorOf(source: string): { message: string; line?: number; column?: number } {
  const r = parseQueryFile(source);
  if (r.ok) throw new Error('expected a parse error');
  return r.error;
}

function only(source: string): QueryDecl {
  const [decl] = parse(source);
  if (!decl) throw new Error('no declaration');
  return decl;
}

describe('parseQueryFile: declarations', () => {
  it('parses the cluster fixture with 1-based positions', () => {
    const decl = only(PEOPLE_GQ);
    expect(decl).toMatchObject({ name: 'find_person', kind: 'read', line: 2, column: 1 });
    expect(decl.params).toEqual([{ name: 'name', type: { kind: 'scalar', name: 'String' }, nullable: false, line: 2, column: 19 }]);
    if (decl.kind !== 'read') throw new Error('read');
    expect(decl.body.clauses[0]).toMatchObject({ kind: 'binding', variable: 'p', typeName: 'Person', line: 3, column: 11 });
    expect(decl.body.projections.map((p) => p.expr)).toEqual([
      { kind: 'prop', variable: 'p', property: 'name', line: 4, column: 12 },
      { kind: 'prop', variable: 'p', property: 'age', line: 4, column: 21 },
    ]);
  });

  it('accepts an empty file, comments, annotations, list/vector/nullable params', () => {
    expect(parse('')).toEqual([]);
    expect(parse('// nothing\n/* here */')).toEqual([]);
    const decl = only(
      'query q($a: [String], $v: Vector(3)?, $d: DateTime) @description("d \\"x\\"") @instruction("i") { match { $p: P } return { $p } }',
    );
    expect(decl.params.map((p) => [p.name, p.type, p.nullable])).toEqual([
      ['a', { kind: 'list', name: 'String' }, false],
      ['v', { kind: 'vector', dim: 3 }, true],
      ['d', { kind: 'scalar', name: 'DateTime' }, false],
    ]);
    expect([decl.description, decl.instruction]).toEqual(['d "x"', 'i']);
  });

  it('parses traversals: directed, undirected, edge bindings, bounds', () => {
    const decl = only('query q() { match { $p: Person $p knows $f $p <knows> $g $p $w:worksAt $c $p knows{1,3} $h } return { $f } }');
    if (decl.kind !== 'read') throw new Error('read');
    const [, a, b, c, d] = decl.body.clauses;
    expect(a).toMatchObject({ kind: 'traversal', from: 'p', edge: 'knows', undirected: false, to: 'f', edgeVariable: null, bounds: null });
    expect(b).toMatchObject({ kind: 'traversal', edge: 'knows', undirected: true, to: 'g' });
    expect(c).toMatchObject({ kind: 'traversal', edge: 'worksAt', edgeVariable: { name: 'w' }, to: 'c' });
    expect(d).toMatchObject({ kind: 'traversal', bounds: { min: 1, max: 3 }, to: 'h' });
  });

  it('tells comparisons from traversals and reads filters, negation, search clauses', () => {
    const decl = only(
      'query q($n: String) { match { $p: Person $p.age < 30 $p.name starts_with $n not { $p knows $x } search($p.bio, "x") $p.tags contains "a" } return { $p } }',
    );
    if (decl.kind !== 'read') throw new Error('read');
    expect(decl.body.clauses.map((c) => c.kind)).toEqual(['binding', 'filter', 'filter', 'negation', 'text_search', 'filter']);
    expect(decl.body.clauses[2]).toMatchObject({ op: 'starts_with' });
  });

  it('parses return aliases, aggregates, order and limit', () => {
    const decl = only(
      'query q($v: Vector(2)) { match { $p: Person } return { $p.name as n\n count($p) as c } order { nearest($p.emb, $v), $p.name desc } limit 5 }',
    );
    if (decl.kind !== 'read') throw new Error('read');
    expect(decl.body.projections.map((p) => p.alias)).toEqual(['n', 'c']);
    expect(decl.body.projections[1]?.expr).toMatchObject({ kind: 'aggregate', fn: 'count' });
    expect(decl.body.ordering.map((o) => o.kind)).toEqual(['nearest', 'expr']);
    expect(decl.body.limit).toMatchObject({ value: 5 });
  });

  it('parses mutations', () => {
    const decl = only(
      'query m($n: String) { insert Person { name: $n, age: 3 } update Person set { age: 4 } where name = $n delete Person where name != "x" }',
    );
    expect(decl.kind).toBe('mutation');
    if (decl.kind !== 'mutation') return;
    expect(decl.mutations.map((m) => m.kind)).toEqual(['insert', 'update', 'delete']);
    expect(decl.mutations[1]).toMatchObject({ where: { property: 'name', op: '=', value: { kind: 'var', name: 'n' } } });
  });

  it('parses literals: lists, date/datetime, floats, bools, now()', () => {
    const decl = only('query m() { insert T { a: [1, 2], b: date("2024-01-01"), c: datetime("2024-01-01T00:00:00Z"), d: 1.5, e: true, f: now() } }');
    if (decl.kind !== 'mutation') throw new Error('mutation');
    const first = decl.mutations[0];
    if (first?.kind !== 'insert') throw new Error('insert');
    expect(first.assignments.map((a) => (a.value.kind === 'literal' ? a.value.value.kind : a.value.kind))).toEqual([
      'list',
      'date',
      'datetime',
      'float',
      'bool',
      'now',
    ]);
  });
});

describe('parseQueryFile: errors', () => {
  it('renders pest-style syntax errors with the position', () => {
    const e = errorOf('query q() {\n  match { $p: person }\n  return { $p }\n}');
    expect(e).toMatchObject({ line: 2, column: 15 });
    expect(e.message).toBe(
      ['parse error:  --> 2:15', '  |', '2 |   match { $p: person }', '  |               ^---', '  |', '  = expected type_name'].join('\n'),
    );
  });

  it('fails the whole file on any bad declaration', () => {
    const e = errorOf(`${PEOPLE_GQ}\nquery broken( { }`);
    expect(e.line).toBe(7);
    expect(e.message.startsWith('parse error:  --> 7:')).toBe(true);
  });

  it('rejects junk between declarations, uppercase names, empty bodies', () => {
    expect(errorOf('querry q() {}').line).toBe(1);
    expect(errorOf('query Q() { match { $p: P } return { $p } }').column).toBe(7);
    expect(errorOf('query q() { }').message).toContain('expected match_clause or mutation_stmt');
    expect(errorOf('query q() { match { } return { $p } }').column).toBe(21);
  });

  it('accepts only the scalar parameter types the grammar lists', () => {
    const e = errorOf('query q($x: Person) { match { $p: P } return { $p } }');
    expect(e).toMatchObject({ line: 1, column: 13 });
    expect(e.message).toContain('= expected type_ref');
    expect(errorOf('query q($x: [Vector(2)]) { match { $p: P } return { $p } }').message).toContain('= expected base_type');
  });

  it('refuses unknown string escapes, pointing at the backslash', () => {
    const e = errorOf('query q() { match { $p: P $p.name = "Bob\\q" } return { $p } }');
    expect(e).toMatchObject({ message: 'parse error: parse error: unsupported escape sequence: \\q', line: 1, column: 41 });
    const ok = only('query m() { insert T { a: "tab\\there \\"q\\" \\\\ \\n" } }');
    if (ok.kind !== 'mutation' || ok.mutations[0]?.kind !== 'insert') throw new Error('insert');
    expect(ok.mutations[0].assignments[0]?.value).toMatchObject({ value: { value: 'tab\there "q" \\ \n' } });
  });

  it('refuses a repeated annotation', () => {
    const e = errorOf('query q() @description("a") @description("b") { match { $p: P } return { $p } }');
    expect(e).toMatchObject({ line: 1, column: 29 });
    expect(e.message).toBe('parse error: parse error: query `q` cannot include duplicate @description annotations');
  });

  it('bounds nesting instead of overflowing the stack', () => {
    const deep = `query m() { insert T { a: ${'['.repeat(100_000)}1${']'.repeat(100_000)} } }`;
    const e = errorOf(deep);
    expect(e.message).toContain('nesting deeper than 64 levels');
    const negations = `query q() { match { ${'not { '.repeat(5000)}$p: P${' }'.repeat(5000)} } return { $p } }`;
    expect(errorOf(negations).message).toContain('nesting deeper than 64 levels');
  });

  it('stays linear on large inputs', () => {
    const clauses = Array.from({ length: 20_000 }, (_, i) => `$p${i} < $q${i}`).join('\n');
    const started = Date.now();
    const decl = only(`query q() { match { ${clauses} } return { $p0 } }`);
    expect(decl.kind).toBe('read');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('findQuery', () => {
  it('selects the first declaration with exactly that name', () => {
    const decls = parse('query a() { match { $p: P } return { $p } }\nquery a() { delete P where x = 1 }\nquery b() { delete P where x = 1 }');
    expect(findQuery(decls, 'a')?.line).toBe(1);
    expect(findQuery(decls, 'b')?.kind).toBe('mutation');
    expect(findQuery(decls, 'A')).toBeUndefined();
  });
});

describe('parseQueryFile: columns count characters', () => {
  const at = (head: string) => only(`${head}$name: String) {\n  match { $p: Person { name: $name } }\n  return { $p.name }\n}\n`).params[0];

  it('counts an astral character before a position as one column', () => {
    const head = 'query q(/* \u{1F600}\u{1F600} */ ';
    expect([...head].length).toBeLessThan(head.length);
    expect(at(head)).toMatchObject({ line: 1, column: [...head].length + 1 });
  });

  it('counts a lone trailing half as nothing and a lone leading half as one, as pest does', () => {
    expect(at('query q(/* \udc00ab */ ')).toMatchObject({ line: 1, column: 'query q(/* ab */ '.length + 1 });
    expect(at('query q(/* \ud800ab */ ')).toMatchObject({ line: 1, column: 'query q(/* xab */ '.length + 1 });
  });

  it('gives plain offsets from the line start when no surrogate pair is in the file', () => {
    expect(at('query q(/* ab */ ')).toMatchObject({ line: 1, column: 'query q(/* ab */ '.length + 1 });
  });
});
