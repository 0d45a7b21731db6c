import { describe, expect, it } from '@jest/globals';
import { compileSchema, parseSchema } from '../../../src/lang/schema/index.js';

const TEST_PG = `node Person { name: String @key  age: I32? }
node Company { name: String @key }
edge Knows: Person -> Person { since: Date? }
edge WorksAt: Person -> Company
`;

function errorOf(source: string): string {
  const r = parseSchema(source);
  if (r.ok) throw new Error('expected a parse error');
  return r.error.message;
}

function catalogErrorOf(source: string): string {
  const r = compileSchema(source);
  if (r.ok) throw new Error('expected an error');
  return r.error.message;
}

describe('parseSchema: syntax', () => {
  it('parses the test.pg fixture with positions and desugared keys', () => {
    const r = parseSchema(TEST_PG);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [person, , knows, worksAt] = r.value.declarations;
    expect(person).toMatchObject({ kind: 'node', name: 'Person', line: 1, column: 1 });
    expect(person?.properties.map((p) => [p.name, p.line, p.column])).toEqual([
      ['name', 1, 15],
      ['age', 1, 34],
    ]);
    expect(person?.kind === 'node' && person.constraints.map((c) => c.kind)).toEqual(['key']);
    expect(knows).toMatchObject({ kind: 'edge', fromType: 'Person', toType: 'Person', cardinality: { min: 0, max: null } });
    expect(worksAt?.properties).toEqual([]);
  });

  it('accepts an empty schema and comments anywhere', () => {
    expect(parseSchema('').ok).toBe(true);
    expect(parseSchema('// hi\n/* block */ node /* x */ A { // c\n a: String }').ok).toBe(true);
  });

  it('renders pest-style syntax errors with a single prefix', () => {
    expect(errorOf('node {')).toBe('parse error:  --> 1:6\n  |\n1 | node {\n  |      ^---\n  |\n  = expected type_name');
  });

  it('reports unknown type names, unterminated strings and comments as syntax errors at the right place', () => {
    expect(errorOf('node A {\n  a: Strin\n}')).toContain(' --> 2:6');
    expect(errorOf('node A @description("abc {}')).toContain(' --> 1:21');
    expect(errorOf('node A {}\n/* never closed')).toContain(' --> 2:1');
    expect(errorOf('interface I { @key(a) }')).toContain('expected prop_decl');
    expect(errorOf('node A { a: String @key() }')).toContain(' --> 1:25');
  });

  it('rejects a @card clause after another annotation', () => {
    expect(errorOf('node A {}\nedge E: A -> A @description("x") @card(0..1)')).toContain(' --> 2:');
    const ok = parseSchema('node A {}\nedge E: A -> A @card(1..) @description("x")');
    expect(ok.ok && ok.value.declarations[1]).toMatchObject({ cardinality: { min: 1, max: null } });
  });

  it('treats bare @range/@check after a property as opaque annotations', () => {
    const r = parseSchema('node A { a: I32 @range @check }');
    expect(r.ok && r.value.declarations[0]?.properties[0]?.annotations.map((a) => a.name)).toEqual(['range', 'check']);
  });

  it('stores the single bound of ..5 as the minimum', () => {
    const r = parseSchema('node A { a: I32  @range(a, ..5) }');
    const c = r.ok ? r.value.declarations[0] : undefined;
    expect(c?.kind === 'node' && c.constraints[0]).toMatchObject({ kind: 'range', min: { Integer: 5 }, max: null });
  });

  it('never throws and stays fast on hostile input', () => {
    const deep = '['.repeat(200_000);
    expect(parseSchema(deep).ok).toBe(false);
    const big = 'node A { a: String }\n' + 'interface I { x: String }\n'.repeat(100_000);
    expect(parseSchema(big).ok).toBe(true);
    expect(parseSchema('"'.repeat(100_000)).ok).toBe(false);
    expect(parseSchema('node A { a: String @x("' + 'a'.repeat(1_000_000)).ok).toBe(false);
  });
});

describe('parseSchema: semantic rules (double prefix)', () => {
  const cases: [string, string][] = [
    ['node A { v: Vector(0) }', 'Vector dimension must be greater than zero'],
    ['node A { v: Vector(3000000000) }', 'Vector dimension 3000000000 exceeds maximum supported 2147483647'],
    ['node A { v: Vector(5000000000) }', 'invalid Vector dimension: number too large to fit in target type'],
    ['node A { v: [Blob] }', 'list of Blob is not supported'],
    ['node A { v: enum(a, b, a) }', 'enum type cannot include duplicate values'],
    ['node A { _rowid: String }', "property name '_rowid' is reserved for a virtual storage system column; choose a different name"],
    ['node A implements Named {}', "node A implements unknown interface 'Named'"],
    ['interface N { name: String }\nnode A implements N { name: String? }', "node A property 'name' has type String? but interface N declares it as String"],
    ['node A @key {}', '@key is only supported on node properties or as body constraint (node A)'],
    ['node A {}\nedge E: A -> A @index', '@index is not supported on edges (edge E)'],
    ['node A @description("a") @description("b") {}', 'node A declares @description multiple times'],
    ['node A @instruction("") {}', '@instruction on node A requires a non-empty value'],
    ['node A { a: [String] @index }', '@index is not supported on list property A.a'],
    ['node A { v: Vector(3) @unique }', '@unique is not supported on vector property A.v'],
    ['node A { b: Blob @index }', '@index is not supported on blob property A.b'],
    ['node A { a: String @instruction("x") }', '@instruction is only supported on node and edge types (property A.a)'],
    ['node A {}\nedge E: A -> A { a: String @key }', '@key is not supported on edge properties (edge E.a)'],
    ['node A { a: String @index @index }', 'property A.a declares @index multiple times'],
    ['node A { a: String @embed("a") }', '@embed is only supported on vector properties (A.a)'],
    ['node A { v: Vector(3) @embed("body") }', '@embed on A.v references unknown source property body'],
    ['node A { body: I32  v: Vector(3) @embed("body") }', '@embed source property A.body must be String'],
    ['node A { body: String  v: Vector(3) @embed("body", dim=3) }', "@embed on A.v has unknown argument 'dim=' (only 'model' is supported)"],
    ['node A { v: Vector(3) @embed }', '@embed on A.v requires a source property name'],
    ['node A { v: Vector(3) @embed(" ") }', '@embed on A.v requires a non-empty source property name'],
    ['node A @rename_from("X") @rename_from("Y") {}', 'node A declares @rename_from multiple times'],
    ['node A { a: String @rename_from("") }', '@rename_from on property A.a requires exactly one non-empty positional value'],
    ['node A { a: String @rename_from("b", x=1) }', '@rename_from on property A.a does not accept keyword arguments'],
    ['node A { a: String @key("a") }', 'expected property name in constraint'],
    ['node A { a: I32 @range(a) }', '@range requires property name and bounds: @range(prop, min..max)'],
    ['node A { a: I32 @range(a, 5) }', 'expected range bounds (min..max) in @range constraint'],
    ['node A { a: String @check(a) }', '@check requires property name and pattern: @check(prop, "regex")'],
    ['node A { a: String @check(a, b) }', 'expected string argument in constraint'],
    ['node A {}\nedge E: A -> A @card(5000000000..)', 'invalid cardinality min: 5000000000'],
    ['node A {}\nedge E: A -> A @card(2..1)', 'cardinality min (2) exceeds max (1)'],
    ['node A {}\nedge E: A -> A { @key(src) }', '@key constraint is not supported on edges (edge E)'],
    ['node A { a: String @key  b: String @key }', 'node type A has multiple @key constraints; only one is supported'],
    ['node A { @unique(zz) }', "@unique on A references unknown property 'zz'"],
    ['node A { a: String? @key }', '@key property A.a cannot be nullable'],
    ['node A { b: Blob  @unique(b) }', '@unique is not supported on blob property A.b'],
    ['node A {}\nedge E: A -> A { a: I32 @range(a, 0..1) }', '@range constraint is not supported on edges (edge E)'],
    ['node A { d: Date @range(d, 0..1) }', '@range on A.d requires a numeric type, got Date'],
    ['node A {}\nedge E: A -> A { a: String @check(a, "x") }', '@check constraint is not supported on edges (edge E)'],
    ['node A { n: I64 @check(n, "x") }', '@check on A.n requires String type, got I64'],
    ['node A @description("bad \\q") {}', 'unsupported escape sequence: \\q'],
  ];
  it.each(cases)('%s', (source, message) => {
    expect(errorOf(source)).toBe(`parse error: parse error: ${message}`);
  });

  it('fires checks in the reference order: lowering of every declaration before expansion', () => {
    expect(errorOf('node A implements Missing {}\nnode B { v: Vector(0) }')).toContain('Vector dimension');
    expect(errorOf('node A { a: [String] @index  @unique(zz) }')).toContain('@index is not supported on list property');
  });

  it('accepts edges constraining src/dst and injected interface constraints', () => {
    expect(parseSchema('node A {}\nedge E: A -> A { @unique(src, dst) @index(dst) }').ok).toBe(true);
    const r = parseSchema('interface N { name: String @key }\nnode A implements N {}');
    const node = r.ok ? r.value.declarations[1] : undefined;
    expect(node?.properties[0]).toMatchObject({ name: 'name', declaredDirectly: false, satisfies: [{ interfaceName: 'N', propertyName: 'name' }] });
    expect(node?.kind === 'node' && node.constraints).toMatchObject([{ kind: 'key', columns: ['name'], origin: 'interface' }]);
  });
});

describe('compileSchema: catalog stage', () => {
  it('builds the catalog with case-insensitive edge lookup and sorted enums', () => {
    const r = compileSchema(`${TEST_PG}node Ticket { status: enum(todo, doing, done)? }`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.catalog.findEdge('worksAt')?.name).toBe('WorksAt');
    expect(r.value.catalog.findEdge('nope')).toBeUndefined();
    expect(r.value.catalog.nodes.get('Ticket')?.properties.get('status')?.type.enumValues).toEqual(['doing', 'done', 'todo']);
    expect(r.value.catalog.nodes.get('Person')?.constraints).toEqual([{ kind: 'key', columns: ['name'] }]);
  });

  it('records embed sources', () => {
    const r = compileSchema('node Doc { body: String  embedding: Vector(3) @embed("body", model="model-a") }');
    expect(r.ok && r.value.catalog.nodes.get('Doc')?.properties.get('embedding')?.embedSource).toEqual({ propertyName: 'body', model: 'model-a' });
  });

  const cases: [string, string][] = [
    ['node A {}\nnode A {}', 'duplicate node type: A'],
    ['node A {}\nedge E: A -> A\nedge E: A -> A', 'duplicate edge type: E'],
    ['node A {}\nedge E: X -> A', 'edge E references unknown source type: X'],
    ['interface I {}\nnode A {}\nedge E: A -> I', 'edge E references unknown target type: I'],
    ['node A {}\nedge Knows: A -> A\nedge KNOWS: A -> A', "edge name collision after case folding: 'KNOWS' conflicts with 'Knows'"],
  ];
  it.each(cases)('%s', (source, message) => {
    expect(catalogErrorOf(source)).toBe(`catalog error: ${message}`);
  });

  it('accepts a node and an edge with the same name, and a property called id', () => {
    expect(compileSchema('node A { id: String }\nedge A: A -> A').ok).toBe(true);
  });
});
