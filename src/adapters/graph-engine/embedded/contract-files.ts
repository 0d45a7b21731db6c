import { z } from 'zod';
import { sha256hex } from '../../../base/hash.js';
import { GraphEngineError, type GraphRoot } from '../../../engine/ports/graph-engine.js';
import type { Storage } from '../../../engine/ports/storage.js';
import { parseSchema, parseSchemaIr, schemaIrHash, schemaShapeHash, type SchemaIr } from '../../../lang/schema/index.js';
import { guard } from './guard.js';
import { SCHEMA_IR, SCHEMA_PG, SCHEMA_STATE, join } from './layout.js';
import type { ManifestEntry } from './manifest.js';

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

export function renderSchemaState(state: SchemaState): string {
  return JSON.stringify(state, null, 2);
}

/** The three contract files exactly as they are (or will be) stored. */
export interface ContractTexts {
  readonly pg: string;
  readonly ir: string;
  readonly state: string;
}

const LOCKED = (detail: string) =>
  new GraphEngineError(`schema evolution is locked down in phase 1: ${detail}; manual coordination is required`);

/**
 * Reads the live contract and checks it (docs/contract/graph-root.md#reference-layout, docs/contract/graph-root.md#opening), in the order an open meets the
 * files: `_schema.pg` first, then both JSON files, then their agreement with each other and with
 * the committed manifest entry.
 */
export async function readLiveContract(storage: Storage, root: GraphRoot, entry: ManifestEntry): Promise<{ texts: ContractTexts; ir: SchemaIr }> {
  const [pg, ir, state] = await Promise.all([SCHEMA_PG, SCHEMA_IR, SCHEMA_STATE].map((f) => guard(() => storage.read(join(root.key, f)))));
  if (!pg) {
    throw new GraphEngineError(
      `graph at '${root.uri}' is missing its schema files: '${SCHEMA_PG}' was not found although '__manifest' is readable; restore it from a backup`,
    );
  }
  if (!ir && !state) {
    throw LOCKED(`graph is missing the mandatory identity-bearing schema contract ('${SCHEMA_IR}', '${SCHEMA_STATE}'); automatic bootstrap is not supported`);
  }
  if (!ir || !state) throw LOCKED(`the identity-bearing schema contract is incomplete: '${!ir ? SCHEMA_IR : SCHEMA_STATE}' is missing`);
  const texts = { pg: pg.text, ir: ir.text, state: state.text };
  const checked = verifyContract(texts);
  if (checked.state.schema_ir_hash !== entry.schema_ir_hash || checked.state.schema_identity_domain !== entry.schema_identity_domain) {
    throw new GraphEngineError(
      `accepted schema/manifest identity mismatch: '${SCHEMA_STATE}' records ${checked.state.schema_ir_hash} but manifest version ${entry.version} committed ${entry.schema_ir_hash}`,
    );
  }
  return { texts, ir: checked.ir };
}

/**
 * The checks every open runs: state version fields supported, IR valid, its hash recorded, domain
 * equal, and the shape of `_schema.pg` still the accepted one (a cosmetic hand edit keeps a graph
 * openable, a semantic one does not). We keep no shape-from-IR builder, so "shape(IR) hash ==
 * state hash" is covered indirectly: the IR hash is pinned by the state and by the manifest entry.
 */
export function verifyContract(texts: ContractTexts): VerifiedContract {
  const last = lastVerified;
  if (last !== null && last.texts.pg === texts.pg && last.texts.ir === texts.ir && last.texts.state === texts.state) return last.result;
  const result = verifyContractNow(texts);
  lastVerified = { texts: { pg: texts.pg, ir: texts.ir, state: texts.state }, result };
  return result;
}

export interface VerifiedContract {
  readonly ir: SchemaIr;
  readonly state: Readonly<SchemaState>;
}

/**
 * The last contract that verified, by its exact texts. A graph create verifies the same three
 * files twice in a row (init's read-back, then the read-only open that pins the manifest version),
 * about half a millisecond each; the check is a pure function of the texts and its result is
 * read-only, so the second is a comparison. One entry only: the IR and state texts carry the
 * graph's own identity domain, so two graphs never share one, and a failed check is never kept.
 */
let lastVerified: { readonly texts: ContractTexts; readonly result: VerifiedContract } | null = null;

function verifyContractNow(texts: ContractTexts): VerifiedContract {
  let stateJson: unknown;
  try {
    stateJson = JSON.parse(texts.state);
  } catch {
    throw LOCKED(`'${SCHEMA_STATE}' is not valid JSON`);
  }
  const state = schemaStateSchema.safeParse(stateJson);
  if (!state.success) {
    const issue = state.error.issues[0];
    throw LOCKED(`'${SCHEMA_STATE}' is not a supported schema state (${issue ? `${issue.path.join('.') || '<root>'}: ${issue.message}` : 'invalid'})`);
  }
  const ir = parseSchemaIr(texts.ir);
  if (!ir.ok) throw LOCKED(`'${SCHEMA_IR}' is invalid (${ir.error.message})`);
  if (schemaIrHash(ir.value) !== state.data.schema_ir_hash) throw LOCKED(`'${SCHEMA_IR}' does not match the recorded schema_ir_hash`);
  if (ir.value.schema_identity_domain !== state.data.schema_identity_domain) throw LOCKED('the schema identity domain changed');
  const parsed = parseSchema(texts.pg);
  if (!parsed.ok || schemaShapeHash(parsed.value) !== state.data.schema_shape_hash) {
    throw LOCKED('current _schema.pg no longer matches the accepted compiled schema');
  }
  return { ir: ir.value, state: state.data };
}

/** Whether `texts` are exactly the contract a manifest entry committed (recovery's proof). */
export function contractMatchesEntry(texts: ContractTexts, entry: ManifestEntry): boolean {
  if (sha256hex(texts.pg) !== entry.schema_source_sha256) return false;
  try {
    return verifyContract(texts).state.schema_ir_hash === entry.schema_ir_hash;
  } catch {
    return false;
  }
}
