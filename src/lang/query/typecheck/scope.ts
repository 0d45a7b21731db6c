import type { Catalog, PropType } from '../../schema/catalog.js';
import type { Expr } from '../ast.js';

/**
 * What the checker knows while walking one query. Node and edge bindings share one variable
 * namespace but name types in separate namespaces, so each binding carries its kind.
 */

export type Bound = { readonly kind: 'node'; readonly typeName: string } | { readonly kind: 'edge'; readonly typeName: string };

/** The type of an expression: a scalar value, a whole node, or an aggregate result. */
export type Resolved = { readonly kind: 'scalar'; readonly type: PropType } | { readonly kind: 'node'; readonly typeName: string } | { readonly kind: 'aggregate' };

export interface Scope {
  readonly catalog: Catalog;
  readonly params: ReadonlyMap<string, PropType>;
  readonly bindings: Map<string, Bound>;
  readonly aliases: Map<string, Resolved>;
  readonly aliasExprs: Map<string, Expr>;
}

export function childScope(scope: Scope): Scope {
  return { ...scope, bindings: new Map(scope.bindings), aliases: new Map(scope.aliases), aliasExprs: new Map(scope.aliasExprs) };
}
