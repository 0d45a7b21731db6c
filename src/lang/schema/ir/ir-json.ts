import { errorText } from '../../../base/error-text.js';
import { z } from 'zod';
import { F64, toCompactJson, toPrettyJson } from '../../../base/json.js';
import { sha256hex } from '../../../base/hash.js';
import type { LangResult } from '../../errors.js';
import type { RangeBound } from '../catalog.js';
import type { IrConstraint, SchemaIr } from './types.js';
import { validateIr } from './validate-ir.js';

/** Serialization, hashing and strict re-reading of `_schema.ir.json`. */

const id = z.number().int().positive();
const annotation = z.strictObject({ name: z.string(), value: z.string().nullable(), kwargs: z.record(z.string(), z.string()).optional() });
const propRef = z.strictObject({ owner_type_id: id, owner_type_name: z.string(), property_id: id, property_name: z.string() });
const typeRef = z.strictObject({ type_id: id, type_name: z.string() });
const field = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('property'), ...propRef.shape }),
  z.strictObject({
    kind: z.literal('system'),
    stable_table_id: id,
    table_type_name: z.string(),
    table_incarnation_id: id,
    role: z.enum(['id', 'src', 'dst']),
  }),
]);
const bound = z.union([z.strictObject({ Integer: z.number() }), z.strictObject({ Float: z.number() })]).nullable();
const constraint = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('key'), fields: z.array(field) }),
  z.strictObject({ kind: z.literal('unique'), fields: z.array(field) }),
  z.strictObject({ kind: z.literal('index'), fields: z.array(field) }),
  z.strictObject({ kind: z.literal('range'), field, min: bound, max: bound }),
  z.strictObject({ kind: z.literal('check'), field, pattern: z.string() }),
]);
const propType = z.strictObject({
  scalar: z.union([z.enum(['String', 'Bool', 'I32', 'I64', 'U32', 'U64', 'F32', 'F64', 'Date', 'DateTime', 'Blob']), z.strictObject({ Vector: id })]),
  nullable: z.boolean(),
  list: z.boolean(),
  enum_values: z.array(z.string()).nullable(),
});
const property = z.strictObject({
  property_id: id,
  name: z.string(),
  prop_type: propType,
  annotations: z.array(annotation),
  property_constraints: z.array(z.enum(['key', 'unique', 'index'])),
  embed_source: z.strictObject({ source: propRef, model: z.string().nullable() }).nullable(),
  declared_directly: z.boolean(),
  satisfies_interface_properties: z.array(propRef),
});
const irSchema = z.strictObject({
  ir_version: z.literal(2),
  schema_identity_domain: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/),
  next_identity_id: id,
  interfaces: z.array(z.strictObject({ type_id: id, name: z.string(), properties: z.array(property) })),
  nodes: z.array(
    z.strictObject({
      type_id: id,
      table_incarnation_id: id,
      name: z.string(),
      annotations: z.array(annotation),
      implements: z.array(typeRef),
      properties: z.array(property),
      constraints: z.array(constraint),
    }),
  ),
  edges: z.array(
    z.strictObject({
      type_id: id,
      table_incarnation_id: id,
      name: z.string(),
      from_type: typeRef,
      to_type: typeRef,
      cardinality: z.strictObject({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative().nullable() }),
      annotations: z.array(annotation),
      properties: z.array(property),
      constraints: z.array(constraint),
    }),
  ),
});

function boundJson(b: RangeBound | null): unknown {
  return b === null || 'Integer' in b ? b : { Float: new F64(b.Float) };
}

function constraintJson(c: IrConstraint): unknown {
  return c.kind === 'range' ? { ...c, min: boundJson(c.min), max: boundJson(c.max) } : c;
}

function jsonValue(ir: SchemaIr): unknown {
  return {
    ...ir,
    nodes: ir.nodes.map((n) => ({ ...n, constraints: n.constraints.map(constraintJson) })),
    edges: ir.edges.map((e) => ({ ...e, constraints: e.constraints.map(constraintJson) })),
  };
}

/** Pretty JSON for `_schema.ir.json` (no trailing newline; the writer adds one if it wants). */
export function schemaIrToJson(ir: SchemaIr): string {
  return toPrettyJson(jsonValue(ir));
}

/** `sha256:` over the compact form, never over the pretty file bytes. */
export function schemaIrHash(ir: SchemaIr): string {
  return `sha256:${sha256hex(toCompactJson(jsonValue(ir)))}`;
}

export function parseSchemaIr(json: string): LangResult<SchemaIr> {
  const fail = (why: string): LangResult<SchemaIr> => ({ ok: false, error: { stage: 'catalog', message: `catalog error: invalid accepted SchemaIR: ${why}` } });
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return fail(errorText(e));
  }
  const parsed = irSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(issue === undefined ? 'malformed' : `${issue.path.join('.') || '<root>'}: ${issue.message}`);
  }
  const ir = parsed.data as SchemaIr;
  const invalid = validateIr(ir);
  return invalid === null ? { ok: true, value: ir } : fail(invalid);
}
