import type { LangError } from '../../errors.js';
import type { AstDecl, SchemaAst, SourcePos } from '../ast.js';

/**
 * Where in the `.pg` source a shape- or IR-stage failure comes from. Those stages run on the
 * canonical shape, which has no positions; the AST still has them, so `validate` and `plan`
 * can point at the declaration the engine would refuse at `init` / schema apply.
 */
export type DeclLocator = (kind: AstDecl['kind'], name: string, which?: 'first' | 'last') => SourcePos | undefined;

export function declLocator(ast: SchemaAst): DeclLocator {
  return (kind, name, which = 'first') => {
    const matches = ast.declarations.filter((d) => d.kind === kind && d.name === name);
    const d = which === 'first' ? matches[0] : matches[matches.length - 1];
    return d === undefined ? undefined : { line: d.line, column: d.column };
  };
}

export function locatedError(message: string, at: SourcePos | undefined): LangError {
  return { stage: 'catalog', message: `catalog error: ${message}`, ...(at === undefined ? {} : { line: at.line, column: at.column }) };
}

/**
 * docs/contract/engine-schema.md#types: a node constraint column spelled `id` binds to the implicit system id column,
 * even when a property called `id` is declared, so init refuses `@key` on it. The reference's
 * words come first (apply prints the same text); the rest says why and what to do instead.
 */
export function keyOnSystemId(ast: SchemaAst, nodeOrder: readonly string[]): LangError | null {
  for (const name of nodeOrder) {
    const node = ast.declarations.find((d) => d.kind === 'node' && d.name === name);
    if (node?.kind !== 'node') continue;
    const key = node.constraints.find((c) => c.kind === 'key' && c.columns.includes('id'));
    if (key === undefined) continue;
    const declared = node.properties.some((p) => p.name === 'id');
    const why = declared
      ? '`id` names the implicit system id column every node has, not the declared property `id`'
      : '`id` is the implicit system id column every node has, which cannot be a @key';
    return locatedError(
      `node '${name}' @key must reference declared properties: ${why}; rename the property (e.g. \`${lowerFirst(name)}_id\`) and key on that`,
      { line: key.line, column: key.column },
    );
  }
  return null;
}

/** The IR validation catches a node property declared twice; point at the second declaration. */
export function duplicateNodeProperty(ast: SchemaAst): SourcePos | undefined {
  for (const d of ast.declarations) {
    if (d.kind !== 'node') continue;
    const seen = new Set<string>();
    for (const p of d.properties) {
      if (seen.has(p.name)) return { line: p.line, column: p.column };
      seen.add(p.name);
    }
  }
  return undefined;
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
