/**
 * The `.gq` query language (docs/contract/engine-query.md): parser, lookup by name and the type checker against
 * a schema `Catalog`. Pure: no I/O; every expected failure is a value.
 */
import type { QueryDecl } from './ast.js';

export type * from './ast.js';
export { parseQueryFile } from './parse-query.js';
export { typecheckQuery } from './typecheck/typecheck.js';

/** docs/contract/engine-query.md#lookup: the first declaration with exactly that name (duplicates are not an error). */
export function findQuery(decls: readonly QueryDecl[], name: string): QueryDecl | undefined {
  return decls.find((d) => d.name === name);
}
