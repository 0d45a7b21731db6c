import { describe, expect, it } from '@jest/globals';
import { parseSchemaIr, resolveSchemaIr, schemaIrHash, schemaIrToJson, type SchemaIr } from '../../../src/lang/schema/index.js';

export const DOMAIN = '01J00000000000000000000000';
export const TEST_PG = `node Person { name: String @key  age: I32? }
node Company { name: String @key }
edge Knows: Person -> Person { since: Date? }
edge WorksAt: Person -> Company
`;

function resolve(source: string, accepted: SchemaIr | null = null): SchemaIr {
  const r = resolveSchemaIr(source, accepted, DOMAIN);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function failure(source: string, accepted: SchemaIr | null = null): string {
  const r = resolveSchemaIr(source, accepted, DOMAIN);
  if (r.ok) throw new Error('expected failure');
  return r.error.message;
}

describe('identity resolution (docs/contract/engine-schema.md#stable-identity)', () => {
  it('allocates Z=1, A=2, B=3, E=4, Z.p=5, B.p=6, incarnations 7..9 regardless of order', () => {
    const ir = resolve('edge E: A -> B {}\nnode A {}\nnode B implements Z {}\ninterface Z { p: String }');
    expect(ir.interfaces.map((t) => [t.name, t.type_id, t.properties[0]?.property_id])).toEqual([['Z', 1, 5]]);
    expect(ir.nodes.map((t) => [t.name, t.type_id, t.table_incarnation_id])).toEqual([
      ['A', 2, 7],
      ['B', 3, 8],
    ]);
    expect(ir.nodes[1]?.properties[0]).toMatchObject({ property_id: 6, declared_directly: false, satisfies_interface_properties: [{ owner_type_id: 1, property_id: 5 }] });
    expect(ir.edges.map((t) => [t.name, t.type_id, t.table_incarnation_id])).toEqual([['E', 4, 9]]);
    expect(ir.next_identity_id).toBe(10);
  });

  it('allocates the test.pg ids', () => {
    const ir = resolve(TEST_PG);
    expect(ir.nodes.map((t) => [t.name, t.type_id, t.table_incarnation_id, t.properties.map((p) => [p.name, p.property_id])])).toEqual([
      ['Company', 1, 9, [['name', 5]]],
      ['Person', 2, 10, [['age', 6], ['name', 7]]],
    ]);
    expect(ir.edges.map((t) => [t.name, t.type_id, t.table_incarnation_id, t.properties.map((p) => p.property_id)])).toEqual([
      ['Knows', 3, 11, [8]],
      ['WorksAt', 4, 12, []],
    ]);
    expect(ir.next_identity_id).toBe(13);
    expect(ir.nodes[1]?.constraints).toEqual([{ kind: 'key', fields: [{ kind: 'property', owner_type_id: 2, owner_type_name: 'Person', property_id: 7, property_name: 'name' }] }]);
  });

  it('keeps identities across renames and gives re-added types new ids', () => {
    const accepted = resolve(TEST_PG);
    const renamed = resolve(TEST_PG.replace('node Person {', 'node Human @rename_from("Person") {').replaceAll('-> Person', '-> Human').replaceAll(': Person', ': Human').replace('age: I32?', 'years: I32? @rename_from("age")'), accepted);
    const human = renamed.nodes.find((n) => n.name === 'Human');
    expect(human).toMatchObject({ type_id: 2, table_incarnation_id: 10 });
    expect(human?.properties.map((p) => [p.name, p.property_id])).toEqual([['name', 7], ['years', 6]]);
    const dropped = resolve(TEST_PG.replace('node Company { name: String @key }', '').replace('edge WorksAt: Person -> Company', ''), accepted);
    const readded = resolve(TEST_PG, dropped);
    expect(readded.nodes.find((n) => n.name === 'Company')).toMatchObject({ type_id: 13, table_incarnation_id: 16 });
    expect(readded.nodes.find((n) => n.name === 'Company')?.properties[0]?.property_id).toBe(15);
    expect(readded.edges.find((e) => e.name === 'WorksAt')).toMatchObject({ type_id: 14, table_incarnation_id: 17 });
  });

  it('ignores hints at init and reports bad hints when evolving', () => {
    expect(resolve('node A @rename_from("Nope") {}').nodes[0]?.type_id).toBe(1);
    const accepted = resolve(TEST_PG);
    expect(failure('node A @rename_from("Nope") {}', accepted)).toBe(
      'schema identity resolution failed: node \'A\' declares @rename_from("Nope") but no accepted declaration has that name',
    );
    expect(failure('node A {}\nedge E: A -> A @rename_from("Person")', accepted)).toBe("schema identity resolution failed: cannot rename accepted 'Person' across declaration kinds");
    expect(failure(TEST_PG.replace('age: I32?', 'age: I32?  x: String? @rename_from("nope")'), accepted)).toContain(
      'no accepted property with that name exists under the stable owner',
    );
    expect(failure(TEST_PG.replace('age: I32?', 'age: I32?  x: Date? @rename_from("since")'), accepted)).toContain('property moves across stable owners are not supported');
  });

  it('runs the shape and IR checks init runs', () => {
    expect(failure('node A { a: String  a: String }')).toBe("catalog error: invalid accepted SchemaIR: duplicate property 'A.a'");
    expect(failure('node T { id: String @key }')).toMatch(/^catalog error: node 'T' @key must reference declared properties: `id` names the implicit system id column/);
    expect(failure('node A {}\nnode A {}')).toBe('catalog error: duplicate node name in schema shape');
  });
});

describe('IR JSON', () => {
  it('round-trips through the strict reader and hashes the compact form', () => {
    const ir = resolve(`${TEST_PG}node R { s: F64 @range(s, 1.0..) }`);
    const text = schemaIrToJson(ir);
    expect(text).toContain('"Float": 1.0');
    const back = parseSchemaIr(text);
    expect(back.ok && schemaIrHash(back.value)).toBe(schemaIrHash(ir));
    expect(schemaIrHash(ir)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('refuses unknown fields and broken invariants', () => {
    const ir = resolve(TEST_PG);
    const extra = parseSchemaIr(JSON.stringify({ ...ir, extra: 1 }));
    expect(!extra.ok && extra.error.message).toMatch(/^catalog error: invalid accepted SchemaIR: /);
    const dup = parseSchemaIr(JSON.stringify({ ...ir, next_identity_id: 5 }));
    expect(!dup.ok && dup.error.message).toContain('outside the allocated range');
    expect(parseSchemaIr('{').ok).toBe(false);
  });
});
