/**
 * The `.pg` schema language: parser, catalog, canonical shape, identity IR and migration
 * planner (docs/contract/engine-schema.md to docs/contract/migration.md). Pure: no I/O; every expected failure is a `LangResult` error.
 */
import type { LangResult } from '../errors.js';
import type { SchemaAst } from './ast.js';
import { buildCatalog } from './build-catalog.js';
import type { Catalog } from './catalog.js';
import { resolveAstIr } from './ir/resolve.js';
import type { SchemaIr } from './ir/types.js';
import { parseSchema } from './parse-schema.js';

export type { SchemaAst, AstDecl, AstNode, AstEdge, AstInterface, AstProperty, AstConstraint, SourcePos, InterfaceLink } from './ast.js';
export { parseSchema } from './parse-schema.js';
export { buildCatalog } from './build-catalog.js';

/** Stands in for the per-graph ULID when the IR is built only to be checked. */
const CHECK_ONLY_DOMAIN = '00000000000000000000000000';

/**
 * Parse, catalog, then everything `init` adds (shape checks, identity IR, IR validation). The
 * reference's `cluster validate` stops after the catalog; we go on so that whatever init or a
 * schema apply would refuse for the source alone is reported by `validate` and `plan` too.
 */
export function compileSchema(
  source: string,
  options: { domain?: string } = {},
): LangResult<{ ast: SchemaAst; catalog: Catalog; ir: SchemaIr }> {
  const parsed = parseSchema(source);
  if (!parsed.ok) return parsed;
  const catalog = buildCatalog(parsed.value);
  if (!catalog.ok) return catalog;
  const ir = resolveAstIr(parsed.value, null, options.domain ?? CHECK_ONLY_DOMAIN);
  if (!ir.ok) return ir;
  return { ok: true, value: { ast: parsed.value, catalog: catalog.value, ir: ir.value } };
}

export type { SchemaIr, IrNode, IrEdge, IrInterface, IrProperty, IrConstraint, IrField, IrPropertyRef, IrTypeRef } from './ir/types.js';
export type { SchemaShape } from './shape/shape.js';
export { buildSchemaShape, schemaShapeHash, schemaShapeJson } from './shape/shape.js';
export { checkSchemaShape } from './shape/shape-checks.js';
export { resolveSchemaIr } from './ir/resolve.js';
export { parseSchemaIr, schemaIrHash, schemaIrToJson } from './ir/ir-json.js';
export { planSchemaMigration, unsupportedPlanMessage } from './planner/plan.js';
export { describeStep } from './planner/describe-step.js';
export { syntheticSchemaSource } from './synthetic.js';
