import type { LangError } from '../../errors.js';
import type { Catalog } from '../../schema/catalog.js';
import type { QueryDecl } from '../ast.js';
import { checkMutation } from './mutation.js';
import { TypeFailure, paramTypes } from './prop-types.js';
import { checkReadBody } from './read-query.js';

/**
 * `typecheck_query_decl` (docs/contract/engine-query.md#type-checks): a read query or each mutation statement in turn,
 * against the schema catalog; the first failing rule wins. Messages are the reference's
 * (`type error: T<n>: …`, a few untagged), positioned at the offending node.
 */
export function typecheckQuery(decl: QueryDecl, catalog: Catalog): LangError | null {
  try {
    const params = paramTypes(decl.params);
    if (decl.kind === 'mutation') {
      for (const m of decl.mutations) checkMutation(m, catalog.nodes, (n) => catalog.findEdge(n), params);
    } else {
      checkReadBody({ catalog, params, bindings: new Map(), aliases: new Map(), aliasExprs: new Map() }, decl.body);
    }
    return null;
  } catch (e) {
    if (!(e instanceof TypeFailure)) throw e;
    const at = e.at ?? decl;
    return { stage: 'type', message: `type error: ${e.message}`, line: at.line, column: at.column };
  }
}
