import type { Expr, ReadBody } from '../ast.js';
import { checkClauses } from './clauses.js';
import { rejectBlobReadValue, resolveExpr } from './expressions.js';
import { fail } from './prop-types.js';
import type { Scope } from './scope.js';

/**
 * A read query: clauses, then projections (registering aliases), then ordering keys, then the
 * whole-query rules — rrf and nearest ordering need `limit` (T21, T17), no alias ordering next
 * to nearest (T18), and group-by keys must be `$v` / `$v.p` when anything aggregates (T9).
 */
export function checkReadBody(scope: Scope, body: ReadBody): void {
  checkClauses(scope, body.clauses);
  for (const p of body.projections) {
    const resolved = resolveExpr(scope, p.expr);
    rejectBlobReadValue(resolved, p.expr);
    if (p.alias !== null) {
      scope.aliases.set(p.alias, resolved);
      scope.aliasExprs.set(p.alias, p.expr);
    }
  }
  const keys = body.ordering.map(orderingExpr);
  for (const key of keys) rejectBlobReadValue(resolveExpr(scope, key), key);
  const nearestOrdered = keys.some((k) => contains(k, 'nearest', scope.aliasExprs, new Set()));
  const rrfOrdered = keys.some((k) => contains(k, 'rrf', scope.aliasExprs, new Set()));
  const firstKey = keys[0];
  if (rrfOrdered && body.limit === null) throw fail('T21: rrf ordering requires a limit clause', firstKey);
  if (nearestOrdered && body.limit === null) throw fail('T17: nearest ordering requires a limit clause', firstKey);
  const aliasKey = keys.find((k) => k.kind === 'ident');
  if (nearestOrdered && aliasKey) throw fail('T18: alias-based ordering is not supported together with nearest in phase 1', aliasKey);
  if (body.projections.some((p) => p.expr.kind === 'aggregate')) {
    const bad = body.projections.find((p) => p.expr.kind !== 'aggregate' && p.expr.kind !== 'prop' && p.expr.kind !== 'var');
    if (bad) throw fail('T9: non-aggregate expressions in an aggregate query must be property accesses or variables', bad);
  }
}

function orderingExpr(o: ReadBody['ordering'][number]): Expr {
  return o.kind === 'nearest' ? { kind: 'nearest', target: o.target, query: o.query, line: o.line, column: o.column } : o.expr;
}

/**
 * Whether an ordering key is (or reaches through aliases, aggregates and search arguments) a
 * standalone `nearest` or an `rrf`. A `nearest` inside `rrf` belongs to T21, not T17/T18.
 */
function contains(expr: Expr, kind: 'nearest' | 'rrf', aliases: ReadonlyMap<string, Expr>, seen: Set<string>): boolean {
  switch (expr.kind) {
    case 'nearest':
    case 'rrf':
      return expr.kind === kind;
    case 'aggregate':
      return contains(expr.arg, kind, aliases, seen);
    case 'search':
      return expr.args.some((a) => contains(a, kind, aliases, seen));
    case 'ident': {
      const target = aliases.get(expr.name);
      if (!target || seen.has(expr.name)) return false;
      seen.add(expr.name);
      const found = contains(target, kind, aliases, seen);
      seen.delete(expr.name);
      return found;
    }
    default:
      return false;
  }
}
