import { z } from 'zod';
import { parseSchema, parseSchemaIr, schemaIrHash, schemaShapeHash, type SchemaIr } from '../../../lang/schema/index.js';
import { GraphEngineError } from '../../../engine/ports/graph-engine.js';

/** `__schema_state.json`: which accepted contract `_schema.pg` and `_schema.ir.json` must match. */
export const schemaStateSchema = z.strictObject({
  format_version: z.literal(2),
  schema_shape_hash: z.string(),
  schema_ir_hash: z.string(),
  schema_identity_version: z.literal(2),
  schema_identity_domain: z.string(),
});
export type SchemaState = z.infer<typeof schemaStateSchema>;

export function schemaStateFor(ir: SchemaIr, shapeHash: string): SchemaState {
  return {
    format_version: 2,
    schema_shape_hash: shapeHash,
    schema_ir_hash: schemaIrHash(ir),
    schema_identity_version: 2,
    schema_identity_domain: ir.schema_identity_domain,
  };
}

const LOCKED = (detail: string) =>
  new GraphEngineError(`schema evolution is locked down in phase 1: ${detail}; manual coordination is required`);

/**
 * The checks every open runs (engine.md §5.1): IR valid, its hash and shape recorded, domain equal,
 * and the shape of `_schema.pg` still the accepted one (a cosmetic hand edit keeps a graph openable).
 */
export function verifyContract(schemaSource: string, irText: string, stateText: string): { ir: SchemaIr; state: SchemaState } {
  let stateJson: unknown;
  try {
    stateJson = JSON.parse(stateText);
  } catch {
    throw LOCKED('__schema_state.json is not valid JSON');
  }
  const state = schemaStateSchema.safeParse(stateJson);
  if (!state.success) throw LOCKED(`__schema_state.json is not a supported schema state (${state.error.issues[0]?.message ?? 'invalid'})`);
  const ir = parseSchemaIr(irText);
  if (!ir.ok) throw LOCKED(`_schema.ir.json is invalid (${ir.error.message})`);
  if (schemaIrHash(ir.value) !== state.data.schema_ir_hash) throw LOCKED('_schema.ir.json does not match the recorded schema_ir_hash');
  if (ir.value.schema_identity_domain !== state.data.schema_identity_domain) throw LOCKED('the schema identity domain changed');
  const parsed = parseSchema(schemaSource);
  if (!parsed.ok || schemaShapeHash(parsed.value) !== state.data.schema_shape_hash) {
    throw LOCKED('current _schema.pg no longer matches the accepted compiled schema');
  }
  return { ir: ir.value, state: state.data };
}
