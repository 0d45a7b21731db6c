import type { LangResult } from '../errors.js';
import type { AstDecl, AstProperty, SchemaAst } from './ast.js';
import { Cursor, renderSyntaxError } from './parse/cursor.js';
import { expandNode, interfaceIndex } from './parse/expand.js';
import { SchemaFailure } from './parse/failure.js';
import { lowerDecl, type LoweredDecl } from './parse/lower.js';
import { parseRaw } from './parse/syntax.js';
import { validatePropertyAnnotations, validateTypeAnnotations } from './parse/validate-annotations.js';
import { validateConstraints } from './parse/validate-constraints.js';

/**
 * `parse_schema` (docs/contract/engine-schema.md#grammar, docs/contract/engine-schema.md#validation): grammar first (a pest-style syntax error, single
 * `parse error: ` prefix), then the semantic passes in the reference's order — lowering per
 * declaration, interface expansion, annotation validation, constraint validation — whose errors
 * carry the doubled `parse error: parse error: ` prefix the reference's entry point produces.
 */
export function parseSchema(source: string): LangResult<SchemaAst> {
  const cursor = new Cursor(source);
  const raw = parseRaw(cursor);
  if (!raw.ok) {
    const { message, line, column } = renderSyntaxError(cursor, raw.failure);
    return { ok: false, error: { stage: 'parse', message, line, column } };
  }
  try {
    const lowered = raw.decls.map(lowerDecl);
    const interfaces = interfaceIndex(lowered);
    const decls = lowered.map((d) => expandDecl(d, interfaces));
    for (const d of decls) validateDeclAnnotations(d);
    for (const d of decls) if (d.kind !== 'interface') validateConstraints(d.kind, d.name, d.properties, d.constraints);
    return { ok: true, value: { declarations: decls } };
  } catch (e) {
    if (e instanceof SchemaFailure) return { ok: false, error: schemaError(e) };
    throw e;
  }
}

/** Renders an internal failure with the reference's display prefix for its stage. */
export function schemaError(e: SchemaFailure): { stage: 'parse' | 'catalog'; message: string; line?: number; column?: number } {
  const message = e.stage === 'parse' ? `parse error: parse error: ${e.message}` : `catalog error: ${e.message}`;
  return { stage: e.stage, message, ...(e.line === undefined ? {} : { line: e.line, column: e.column }) };
}

function expandDecl(d: LoweredDecl, interfaces: ReturnType<typeof interfaceIndex>): AstDecl {
  const direct = (props: LoweredDecl['properties']): AstProperty[] => props.map((p) => ({ ...p, declaredDirectly: true, satisfies: [] }));
  switch (d.kind) {
    case 'interface':
      return { kind: 'interface', name: d.name, line: d.line, column: d.column, properties: direct(d.properties) };
    case 'node': {
      const { properties, constraints } = expandNode(d, interfaces);
      return {
        kind: 'node',
        name: d.name,
        line: d.line,
        column: d.column,
        annotations: d.annotations,
        implements: d.implements.map((i) => i.name),
        properties,
        constraints,
      };
    }
    case 'edge':
      return { ...d, properties: direct(d.properties) };
  }
}

function validateDeclAnnotations(d: AstDecl): void {
  if (d.kind !== 'interface') validateTypeAnnotations(d.kind, d.name, d.annotations);
  for (const p of d.properties) {
    // Injected copies were already validated on their interface.
    if (!p.declaredDirectly) continue;
    validatePropertyAnnotations(d.kind, d.name, p, d.properties);
  }
}
