import { describe, expect, it } from '@jest/globals';
import { toCompactJson } from '../../../src/base/json.js';
import type { MigrationPlan, MigrationStep } from '../../../src/engine/ports/graph-engine.js';
import { describeStep, planSchemaMigration, resolveSchemaIr, unsupportedPlanMessage, type SchemaIr } from '../../../src/lang/schema/index.js';

const DOMAIN = '01J00000000000000000000000';
const TEST_PG = `node Person { name: String @key  age: I32? }
node Company { name: String @key }
edge Knows: Person -> Person { since: Date? }
edge WorksAt: Person -> Company
`;
const TICKET = 'node Ticket { slug: String @key  status: enum(todo, doing, done) }';
const DOC = 'node Doc { title: String  body: String  embedding: Vector(3) @embed("body", model="model-a") }';

function accept(source: string): SchemaIr {
  const r = resolveSchemaIr(source, null, DOMAIN);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Steps seen loosely, so assertions can read `code`/`reason`/`entity` on any member of the union. */
type LooseStep = MigrationStep & { readonly code?: string; readonly reason?: string; readonly entity?: string };

function plan(from: string, to: string, allowDataLoss = false): { readonly supported: boolean; readonly steps: readonly LooseStep[] } {
  const r = planSchemaMigration(accept(from), to, { allowDataLoss });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.plan;
}

/** Steps as compact JSON lines: exact field order and omissions are part of the contract. */
function lines(p: MigrationPlan): string[] {
  return p.steps.map((s) => toCompactJson(s));
}

const NULLABLE_STRING = '{"scalar":"String","nullable":true,"list":false,"enum_values":null}';

describe('planner: docs/contract/migration.md#examples rows', () => {
  it('add nickname: String?', () => {
    const p = plan(TEST_PG, TEST_PG.replace('age: I32?', 'age: I32?  nickname: String?'));
    expect(p.supported).toBe(true);
    expect(lines(p)).toEqual([`{"kind":"add_property","type_kind":"node","type_name":"Person","property_name":"nickname","property_type":${NULLABLE_STRING}}`]);
    expect(describeStep(p.steps[0]!)).toBe("add property 'Person.nickname' (String?) on node 'Person'");
  });

  it('age: I32? -> I64? is OG-MF-106', () => {
    const p = plan(TEST_PG, TEST_PG.replace('age: I32?', 'age: I64?'));
    expect(p.supported).toBe(false);
    expect(lines(p)).toEqual([
      '{"kind":"unsupported_change","entity":"node:Person.age","reason":"changing property type for \'Person.age\' is not supported in schema migration v1","code":"OG-MF-106"}',
    ]);
    expect(unsupportedPlanMessage(p)).toBe("[OG-MF-106] changing property type for 'Person.age' is not supported in schema migration v1");
    expect(describeStep(p.steps[0]!)).toBe(
      "unsupported change on node:Person.age [OG-MF-106, destructive]: changing property type for 'Person.age' is not supported in schema migration v1",
    );
  });

  it('add required age2: I32 is OG-MF-103', () => {
    const p = plan(TEST_PG, TEST_PG.replace('age: I32?', 'age: I32?  age2: I32'));
    expect(lines(p)).toEqual([
      '{"kind":"unsupported_change","entity":"node:Person.age2","reason":"adding required property \'Person.age2\' requires a backfill and is not supported in schema migration v1","code":"OG-MF-103"}',
    ]);
    expect(describeStep(p.steps[0]!)).toContain('[OG-MF-103, validated]');
  });

  it('remove age: soft drop, hard with allowDataLoss', () => {
    const to = TEST_PG.replace('age: I32?', '');
    expect(lines(plan(TEST_PG, to))).toEqual(['{"kind":"drop_property","type_kind":"node","type_name":"Person","property_name":"age","mode":"soft"}']);
    const hard = plan(TEST_PG, to, true);
    expect(lines(hard)).toEqual(['{"kind":"drop_property","type_kind":"node","type_name":"Person","property_name":"age","mode":"hard"}']);
    expect(describeStep(hard.steps[0]!)).toBe("drop property 'Person.age' of node 'Person' (hard mode)");
  });

  it('remove Company and WorksAt: nodes before edges; an added Zeta precedes the drop', () => {
    const to = TEST_PG.replace('node Company { name: String @key }', '').replace('edge WorksAt: Person -> Company', '');
    expect(lines(plan(TEST_PG, to))).toEqual([
      '{"kind":"drop_type","type_kind":"node","name":"Company","mode":"soft"}',
      '{"kind":"drop_type","type_kind":"edge","name":"WorksAt","mode":"soft"}',
    ]);
    expect(lines(plan(TEST_PG, `${to}\nnode Zeta {}`))).toEqual([
      '{"kind":"add_type","type_kind":"node","name":"Zeta"}',
      '{"kind":"drop_type","type_kind":"node","name":"Company","mode":"soft"}',
      '{"kind":"drop_type","type_kind":"edge","name":"WorksAt","mode":"soft"}',
    ]);
  });

  it('node Human @rename_from("Person") with edges updated', () => {
    const to = TEST_PG.replace('node Person {', 'node Human @rename_from("Person") {').replaceAll('Person ->', 'Human ->').replaceAll('-> Person', '-> Human');
    const p = plan(TEST_PG, to);
    expect(lines(p)).toEqual(['{"kind":"rename_type","type_kind":"node","from":"Person","to":"Human"}']);
    expect(describeStep(p.steps[0]!)).toBe("rename node type 'Person' -> 'Human'");
  });

  it('years: I32? @rename_from("age")', () => {
    const p = plan(TEST_PG, TEST_PG.replace('age: I32?', 'years: I32? @rename_from("age")'));
    expect(lines(p)).toEqual(['{"kind":"rename_property","type_kind":"node","type_name":"Person","from":"age","to":"years"}']);
    expect(describeStep(p.steps[0]!)).toBe("rename property 'Person.age' -> 'Person.years' on node 'Person'");
  });

  it('name: String @key @index adds exactly one index step', () => {
    const p = plan(TEST_PG, TEST_PG.replace('name: String @key  age', 'name: String @key @index  age'));
    expect(lines(p)).toEqual(['{"kind":"add_constraint","type_kind":"node","type_name":"Person","constraint":{"Index":["name"]}}']);
    expect(describeStep(p.steps[0]!)).toBe("add constraint @index(name) on node 'Person'");
  });

  it('age gains @index and nickname is added: index step first, exactly once', () => {
    const p = plan(TEST_PG, TEST_PG.replace('age: I32?', 'age: I32? @index  nickname: String?'));
    expect(lines(p)).toEqual([
      '{"kind":"add_constraint","type_kind":"node","type_name":"Person","constraint":{"Index":["age"]}}',
      `{"kind":"add_property","type_kind":"node","type_name":"Person","property_name":"nickname","property_type":${NULLABLE_STRING}}`,
    ]);
  });

  it('new nickname: String? @index: property first, then the index', () => {
    const p = plan(TEST_PG, TEST_PG.replace('age: I32?', 'age: I32?  nickname: String? @index'));
    expect(lines(p)).toEqual([
      `{"kind":"add_property","type_kind":"node","type_name":"Person","property_name":"nickname","property_type":${NULLABLE_STRING}}`,
      '{"kind":"add_constraint","type_kind":"node","type_name":"Person","constraint":{"Index":["nickname"]}}',
    ]);
  });

  it('description change is a metadata update carrying the desired list', () => {
    const from = TEST_PG.replace('node Person {', 'node Person @description("old") {');
    const p = plan(from, TEST_PG.replace('node Person {', 'node Person @description("new") {'));
    expect(lines(p)).toEqual(['{"kind":"update_type_metadata","type_kind":"node","name":"Person","annotations":[{"name":"description","value":"new"}]}']);
    expect(describeStep(p.steps[0]!)).toBe("update metadata on node 'Person' (@description(\"new\"))");
  });

  it('enum widening, reordering, narrowing and rename+widen', () => {
    const widened = plan(TICKET, TICKET.replace('enum(todo, doing, done)', 'enum(todo, doing, done, blocked, canceled)'));
    expect(lines(widened)).toEqual(['{"kind":"extend_enum","type_kind":"node","type_name":"Ticket","property_name":"status","added_values":["blocked","canceled"]}']);
    expect(describeStep(widened.steps[0]!)).toBe("extend enum 'Ticket.status' (+blocked, +canceled) on node 'Ticket'");
    expect(plan(TICKET, TICKET.replace('enum(todo, doing, done)', 'enum(done, todo, doing)'))).toEqual({ supported: true, steps: [] });
    for (const changed of ['enum(todo, doing)', 'enum(todo, doing, finished)', 'enum(todo, doing, done)?', 'String']) {
      const p = plan(TICKET, TICKET.replace('enum(todo, doing, done)', changed));
      expect(p.supported).toBe(false);
      expect(p.steps[0]?.code).toBe('OG-MF-106');
    }
    const renamed = plan(TICKET, TICKET.replace('status: enum(todo, doing, done)', 'state: enum(todo,doing,done,blocked) @rename_from("status")'));
    expect(lines(renamed)).toEqual([
      '{"kind":"rename_property","type_kind":"node","type_name":"Ticket","from":"status","to":"state"}',
      '{"kind":"extend_enum","type_kind":"node","type_name":"Ticket","property_name":"state","added_values":["blocked"]}',
    ]);
  });

  it('@embed source or model change is unsupported on the property', () => {
    for (const to of [DOC.replace('@embed("body"', '@embed("title"'), DOC.replace('model-a', 'model-b')]) {
      const p = plan(DOC, to);
      expect(p.supported).toBe(false);
      expect(p.steps).toEqual([
        {
          kind: 'unsupported_change',
          entity: 'node:Doc.embedding',
          reason:
            "changing @embed source or model for 'Doc.embedding' is not supported in schema migration v1; rebuild the graph so stored vectors and their declared embedding space cannot diverge",
        },
      ]);
    }
  });

  it('moving a property-level @unique to the body form is unsupported', () => {
    const p = plan('node N { value: String @unique }', 'node N { value: String @unique(value) }');
    expect(unsupportedPlanMessage(p)).toBe("removing property constraints from 'N.value' is not supported in schema migration v1");
    expect(p.steps).toHaveLength(1);
  });

  it('re-declaring an injected property directly is a provenance change', () => {
    const from = 'interface Named { name: String }\nnode P implements Named {}';
    const p = plan(from, 'interface Named { name: String }\nnode P implements Named { name: String }');
    expect(unsupportedPlanMessage(p)).toBe("changing declaration provenance for 'P.name' is not supported in schema migration v1");
  });

  it('cardinality, endpoints, implements, custom annotations, added constraints and removed constraints are unsupported', () => {
    const reasons = (to: string, from = TEST_PG): string[] => plan(from, to).steps.map((s) => String(s.reason));
    expect(reasons(TEST_PG.replace('edge WorksAt: Person -> Company', 'edge WorksAt: Person -> Company @card(0..1)'))).toEqual([
      "changing cardinality on edge 'WorksAt' is not supported in schema migration v1",
    ]);
    expect(reasons(TEST_PG.replace('edge WorksAt: Person -> Company', 'edge WorksAt: Person -> Person'))).toEqual([
      "changing edge endpoints on 'WorksAt' is not supported in schema migration v1",
    ]);
    expect(reasons(`interface I {}\n${TEST_PG.replace('node Company {', 'node Company implements I {')}`, `interface I {}\n${TEST_PG}`)).toEqual([
      "changing implemented interfaces on node 'Company' is not supported in schema migration v1",
    ]);
    expect(reasons(TEST_PG.replace('node Company {', 'node Company @x("2") {'), TEST_PG.replace('node Company {', 'node Company @x("1") {'))).toEqual([
      'changing annotations beyond @description/@instruction is not supported in schema migration v1',
    ]);
    expect(reasons(TEST_PG.replace('age: I32?', 'age: I32? @unique'))).toEqual([
      "adding a property-level @unique constraint to 'Person.age' is not supported in schema migration v1",
      "adding constraint 'unique:property:2:6' to 'Person' is not supported in schema migration v1",
    ]);
    expect(reasons(TEST_PG.replace('age: I32?', 'age: I32?  @range(age, 0..) @check(name, "x")'))).toEqual([
      "adding constraint 'check:property:2:7:x' to 'Person' is not supported in schema migration v1",
      "adding constraint 'range:property:2:6:Some(Integer(0)):None' to 'Person' is not supported in schema migration v1",
    ]);
    expect(reasons(TEST_PG.replace('node Company { name: String @key }', 'node Company { name: String  @unique(name) }'))).toEqual([
      "removing property constraints from 'Company.name' is not supported in schema migration v1",
      "removing constraints from 'Company' is not supported in schema migration v1",
      "adding constraint 'unique:property:1:5' to 'Company' is not supported in schema migration v1",
    ]);
  });

  it('identical or cosmetically edited schemas plan nothing', () => {
    expect(plan(TEST_PG, TEST_PG)).toEqual({ supported: true, steps: [] });
    const cosmetic = `// comment\nedge WorksAt: Person -> Company\n/* c */ node Company { name: String @key }\nedge Knows: Person -> Person { since: Date? }\nnode Person {\n  age: I32? @rename_from("whatever")\n  name: String @key\n}\n`;
    expect(plan(TEST_PG, cosmetic)).toEqual({ supported: true, steps: [] });
    expect(unsupportedPlanMessage({ supported: true, steps: [] })).toBeNull();
  });
});

describe('planner: worked orders (docs/contract/migration.md#step-order)', () => {
  it('User -> Account with a renamed key property and a dropped property', () => {
    const p = plan('node User { name: String @key  age: I32? }', 'node Account @rename_from("User") { full_name: String @key @rename_from("name") }');
    expect(lines(p)).toEqual([
      '{"kind":"rename_type","type_kind":"node","from":"User","to":"Account"}',
      '{"kind":"rename_property","type_kind":"node","type_name":"Account","from":"name","to":"full_name"}',
      '{"kind":"drop_property","type_kind":"node","type_name":"Account","property_name":"age","mode":"soft"}',
    ]);
  });

  it('removing an implemented interface while re-declaring its property', () => {
    const from = 'interface Named { name: String }\nnode Person implements Named { age: I32? }';
    const p = plan(from, 'node Person { name: String  age: I32? }');
    expect(p.supported).toBe(false);
    expect(p.steps.map((s) => [s.entity, s.reason])).toEqual([
      ['interface:Named', "removing interface 'Named' is not supported in schema migration v1"],
      ['node:Person', "changing implemented interfaces on node 'Person' is not supported in schema migration v1"],
      ['node:Person.name', "changing declaration provenance for 'Person.name' is not supported in schema migration v1"],
      ['node:Person.name', "changing interface-property satisfaction links for 'Person.name' is not supported in schema migration v1"],
    ]);
    expect(unsupportedPlanMessage(p)).toBe("removing interface 'Named' is not supported in schema migration v1");
    const dropped = plan(from, 'node Person { age: I32? }');
    expect(lines(dropped).slice(2)).toEqual(['{"kind":"drop_property","type_kind":"node","type_name":"Person","property_name":"name","mode":"soft"}']);
  });

  it('keeping implements while deleting the interface is a parse error', () => {
    const r = planSchemaMigration(accept('interface Named { name: String }\nnode Person implements Named {}'), 'node Person implements Named {}', { allowDataLoss: false });
    expect(!r.ok && r.error.message).toBe("parse error: parse error: node Person implements unknown interface 'Named'");
  });

  it('returns the desired IR to persist, with the accepted domain', () => {
    const r = planSchemaMigration(accept(TEST_PG), `${TEST_PG}node Zeta {}`, { allowDataLoss: false });
    expect(r.ok && r.value.desiredIr.nodes.find((n) => n.name === 'Zeta')).toMatchObject({ type_id: 13, table_incarnation_id: 14 });
    expect(r.ok && r.value.desiredIr.schema_identity_domain).toBe(DOMAIN);
  });
});
