import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { buildSchemaShape, checkSchemaShape, parseSchema, schemaShapeHash, schemaShapeJson, type SchemaAst } from '../../../src/lang/schema/index.js';

function ast(source: string): SchemaAst {
  const r = parseSchema(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const EXAMPLE =
  '{"interfaces":[],"nodes":[{"name":"Person","annotations":[],"implements":[],"properties":[{"name":"age","prop_type":{"scalar":"I32","nullable":true,"list":false,"enum_values":null},"annotations":[],"property_constraints":[],"embed_source":null,"declared_directly":true,"satisfies_interface_properties":[]},{"name":"name","prop_type":{"scalar":"String","nullable":false,"list":false,"enum_values":null},"annotations":[],"property_constraints":["key"],"embed_source":null,"declared_directly":true,"satisfies_interface_properties":[]}],"constraints":[{"Key":["name"]}]}],"edges":[]}';

describe('canonical schema shape', () => {
  it('reproduces the docs/contract/engine-schema.md#canonical-form example byte for byte, and hashes exactly those bytes', () => {
    const a = ast('node Person {\n  name: String @key\n  age: I32?\n}');
    expect(schemaShapeJson(buildSchemaShape(a))).toBe(EXAMPLE);
    expect(schemaShapeHash(a)).toBe(`sha256:${createHash('sha256').update(EXAMPLE).digest('hex')}`);
  });

  it('ignores comments, order, enum order and rename hints but not descriptions or key position', () => {
    const base = schemaShapeHash(ast('node A @description("x") { a: enum(p, q)  b: I32? }\nnode B {}'));
    expect(schemaShapeHash(ast('// c\nnode B {}\nnode A @description("x") { b: I32? @rename_from("z")\n a: enum(q, p) }'))).toBe(base);
    expect(schemaShapeHash(ast('node A @description("y") { a: enum(p, q)  b: I32? }\nnode B {}'))).not.toBe(base);
    expect(schemaShapeHash(ast('node A { v: String @unique }'))).not.toBe(schemaShapeHash(ast('node A { v: String @unique(v) }')));
  });

  it('serializes float range bounds with a fraction, kwargs sorted, and injected interface properties', () => {
    const json = schemaShapeJson(
      buildSchemaShape(
        ast('interface N { name: String @index }\nnode A @x(1, b="2", a="1") implements N { s: F64 @range(s, 1.0..2.5) }'),
      ),
    );
    expect(json).toContain('{"Range":{"property":"s","min":{"Float":1.0},"max":{"Float":2.5}}}');
    expect(json).toContain('"annotations":[{"name":"x","value":"1","kwargs":{"a":"1","b":"2"}}]');
    expect(json).toContain('"property_constraints":["index"],"embed_source":null,"declared_directly":false,"satisfies_interface_properties":[{"owner_name":"N","property_name":"name"}]');
    expect(json).toContain('"constraints":[{"Index":["name"]},{"Range"');
  });
});

describe('shape-stage checks', () => {
  const cases: [string, string][] = [
    ['interface I { a: String  a: String }', "duplicate property in schema shape for 'I'"],
    ['interface I {}\ninterface I {}', 'duplicate interface name in schema shape'],
    ['node A {}\nnode A {}', 'duplicate node name in schema shape'],
    ['node A {}\nedge E: A -> A\nedge E: A -> A', "duplicate edge name 'E' in schema shape"],
    ['node A {}\nedge E: A -> A { a: I32?  a: I32? }', "duplicate property in schema shape for 'E'"],
    ['interface I {}\nnode A {}\nedge E: A -> I', "edge 'E' has an unresolved endpoint"],
    [
      'interface I { p: String @description("a") }\ninterface J { p: String }\nnode A implements I, J {}',
      "interfaces contributing 'A.p' have incompatible property semantics",
    ],
  ];
  it.each(cases)('%s', (source, message) => {
    expect(checkSchemaShape(buildSchemaShape(ast(source)))?.message).toBe(`catalog error: ${message}`);
  });

  it('does not flag duplicate node properties (the IR validation does)', () => {
    expect(checkSchemaShape(buildSchemaShape(ast('node A { a: String  a: String }')))).toBeNull();
  });
});
