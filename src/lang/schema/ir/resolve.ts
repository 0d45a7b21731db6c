import type { LangResult } from '../../errors.js';
import type { SchemaAst } from '../ast.js';
import { parseSchema } from '../parse-schema.js';
import { buildSchemaShape } from '../shape/shape.js';
import { checkSchemaShape } from '../shape/shape-checks.js';
import { buildIr } from './build-ir.js';
import { declLocator, duplicateNodeProperty, keyOnSystemId, locatedError } from './locate.js';
import { resolveIdentities, type RenameHints } from './identities.js';
import type { SchemaIr } from './types.js';
import { validateIr } from './validate-ir.js';

/**
 * Init (accepted = null) and evolution: parse, shape checks, identity resolution, IR assembly
 * and IR validation, in the order `init` / `schema plan` run them.
 */
export function resolveSchemaIr(source: string, accepted: SchemaIr | null, newDomain: string): LangResult<SchemaIr> {
  const parsed = parseSchema(source);
  if (!parsed.ok) return parsed;
  return resolveAstIr(parsed.value, accepted, newDomain);
}

/** Failures carry the line:col of the declaration they name, so load time can show them. */
export function resolveAstIr(ast: SchemaAst, accepted: SchemaIr | null, newDomain: string): LangResult<SchemaIr> {
  const shape = buildSchemaShape(ast);
  const shapeError = checkSchemaShape(shape, declLocator(ast));
  if (shapeError !== null) return { ok: false, error: shapeError };
  const ids = resolveIdentities(shape, accepted, renameHints(ast));
  if (typeof ids === 'string') return { ok: false, error: { stage: 'catalog', message: `schema identity resolution failed: ${ids}` } };
  const keyError = keyOnSystemId(ast, shape.nodes.map((n) => n.name));
  if (keyError !== null) return { ok: false, error: keyError };
  const ir = buildIr(shape, ids, accepted?.schema_identity_domain ?? newDomain);
  const invalid = validateIr(ir);
  if (invalid !== null) return { ok: false, error: locatedError(`invalid accepted SchemaIR: ${invalid}`, duplicateNodeProperty(ast)) };
  return { ok: true, value: ir };
}

function renameHints(ast: SchemaAst): RenameHints {
  const types = new Map<string, string>();
  const properties = new Map<string, string>();
  const hint = (annotations: readonly { name: string; value: { value: string | boolean } | null }[]): string | undefined => {
    const a = annotations.find((x) => x.name === 'rename_from');
    return a?.value === null || a?.value === undefined ? undefined : String(a.value.value);
  };
  for (const d of ast.declarations) {
    if (d.kind !== 'interface') {
      const old = hint(d.annotations);
      if (old !== undefined && !types.has(`${d.kind}:${d.name}`)) types.set(`${d.kind}:${d.name}`, old);
    }
    for (const p of d.properties) {
      const old = hint(p.annotations);
      const key = `${d.kind}:${d.name}.${p.name}`;
      if (old !== undefined && !properties.has(key)) properties.set(key, old);
    }
  }
  return { types, properties };
}
