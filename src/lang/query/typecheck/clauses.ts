import type { EdgeType } from '../../schema/catalog.js';
import type { Clause, Expr, Pos } from '../ast.js';
import { displayResolved, resolveExpr } from './expressions.js';
import { compatible, displayType, fail, isScalar, isVector, scalarType } from './prop-types.js';
import { childScope, type Scope } from './scope.js';
import { checkBindingValue } from './values.js';

/**
 * `match` clauses in order: bindings (T1–T3, rebinding), traversals (T4, T5, T15, T22, T23),
 * filters (T7, T24 via property access), negation blocks (T9, checked in a child scope so their
 * bindings stay local).
 */

export function checkClauses(scope: Scope, clauses: readonly Clause[]): void {
  for (const clause of clauses) {
    switch (clause.kind) {
      case 'binding':
        checkBinding(scope, clause);
        break;
      case 'traversal':
        checkTraversal(scope, clause);
        break;
      case 'filter':
        checkFilter(scope, clause);
        break;
      case 'text_search':
        // A bare search call is the filter `call = true`; the call's own checks are all there is.
        resolveExpr(scope, clause.call);
        break;
      case 'negation':
        checkNegation(scope, clause);
        break;
    }
  }
}

function checkBinding(scope: Scope, b: Extract<Clause, { kind: 'binding' }>): void {
  const node = scope.catalog.nodes.get(b.typeName);
  if (!node) throw fail(`T1: unknown node type \`${b.typeName}\``, b);
  for (const m of b.matches) {
    const prop = node.properties.get(m.property);
    if (!prop) throw fail(`T2: type \`${b.typeName}\` has no property \`${m.property}\``, m);
    if (prop.type.scalar === 'Blob') throw fail(`T3: blob property \`${b.typeName}.${m.property}\` cannot be used in match patterns`, m);
    checkBindingValue(m.value, prop.type, m.property, scope.params);
  }
  const existing = scope.bindings.get(b.variable);
  if (existing?.kind === 'edge') {
    throw fail(`T23: variable \`$${b.variable}\` is bound to edge type \`${existing.typeName}\` and cannot be rebound as node type \`${b.typeName}\``, b);
  }
  if (existing && existing.typeName !== b.typeName) {
    throw fail(`variable \`$${b.variable}\` already bound to type \`${existing.typeName}\`, cannot rebind to \`${b.typeName}\``, b);
  }
  scope.bindings.set(b.variable, { kind: 'node', typeName: b.typeName });
}

function checkTraversal(scope: Scope, t: Extract<Clause, { kind: 'traversal' }>): void {
  const edge = scope.catalog.findEdge(t.edge);
  if (!edge) throw fail(`T4: unknown edge type \`${t.edge}\``, t);
  const min = t.bounds?.min ?? 1;
  const max = t.bounds ? t.bounds.max : 1;
  const boundsAt = t.bounds ?? t;
  if (min === 0) throw fail('T15: traversal min hop bound must be >= 1', boundsAt);
  if (max === null) throw fail('T15: unbounded traversal is disabled; use bounded traversal {min,max}', boundsAt);
  if (max < min) throw fail(`T15: invalid traversal bounds {${min},${max}}; max must be >= min`, boundsAt);
  if (t.undirected && edge.fromType !== edge.toType) {
    throw fail(
      `T22: undirected traversal \`<${edge.name}>\` requires a same-endpoint-type edge, but \`${edge.name}: ${edge.fromType} -> ${edge.toType}\` is asymmetric; use the directional form`,
      t,
    );
  }
  bindEdgeVariable(scope, t, edge, min, max);
  const src = scope.bindings.get(t.from);
  const dst = scope.bindings.get(t.to);
  if (src) {
    const type = endpointType(src, t.from, t);
    if (type === edge.fromType) bindEndpoint(scope, t.to, edge.toType, edge, t.toPos);
    else if (type === edge.toType) bindEndpoint(scope, t.to, edge.fromType, edge, t.toPos);
    else throw notAnEndpoint(t.from, type, edge, t);
  } else if (dst) {
    const type = endpointType(dst, t.to, t.toPos);
    if (type === edge.toType) bindEndpoint(scope, t.from, edge.fromType, edge, t);
    else if (type === edge.fromType) bindEndpoint(scope, t.from, edge.toType, edge, t);
    else throw notAnEndpoint(t.to, type, edge, t.toPos);
  } else {
    bindEndpoint(scope, t.from, edge.fromType, edge, t);
    bindEndpoint(scope, t.to, edge.toType, edge, t.toPos);
  }
}

/** T23: `$p $w:knows $f` names one edge row, so it needs {1,1} and a fresh, distinct name. */
function bindEdgeVariable(scope: Scope, t: Extract<Clause, { kind: 'traversal' }>, edge: EdgeType, min: number, max: number): void {
  const ev = t.edgeVariable;
  if (!ev) return;
  if (min !== 1 || max !== 1) {
    throw fail(
      `T23: edge binding \`$${ev.name}\` cannot be combined with traversal bounds; a multi-hop traversal matches a path of edges, not one edge`,
      ev,
    );
  }
  if (ev.name === '_') return;
  if (ev.name === t.from || ev.name === t.to) {
    throw fail(
      `T23: edge binding \`$${ev.name}\` cannot reuse a traversal endpoint name; edge bindings and node endpoints need distinct names`,
      ev,
    );
  }
  if (scope.bindings.has(ev.name)) throw fail(`T23: variable \`$${ev.name}\` is already bound; an edge binding needs a fresh name`, ev);
  scope.bindings.set(ev.name, { kind: 'edge', typeName: edge.name });
}

function endpointType(bound: { kind: 'node' | 'edge'; typeName: string }, name: string, at: Pos): string {
  if (bound.kind === 'edge') {
    throw fail(`T23: edge binding \`$${name}\` cannot be used as a traversal endpoint; traversal endpoints must be node bindings`, at);
  }
  return bound.typeName;
}

function bindEndpoint(scope: Scope, name: string, expected: string, edge: EdgeType, at: Pos): void {
  if (name === '_') return;
  const existing = scope.bindings.get(name);
  if (!existing) {
    scope.bindings.set(name, { kind: 'node', typeName: expected });
    return;
  }
  const type = endpointType(existing, name, at);
  if (type !== expected) throw fail(`T5: variable \`$${name}\` has type \`${type}\` but edge \`${edge.name}\` expects \`${expected}\``, at);
}

function notAnEndpoint(name: string, type: string, edge: EdgeType, at: Pos) {
  return fail(`T5: variable \`$${name}\` has type \`${type}\`, which is not an endpoint of edge \`${edge.name}: ${edge.fromType} -> ${edge.toType}\``, at);
}

function checkFilter(scope: Scope, f: Extract<Clause, { kind: 'filter' }>): void {
  const left = resolveExpr(scope, f.left);
  const right = resolveExpr(scope, f.right);
  if (left.kind !== 'scalar' || right.kind !== 'scalar') {
    throw fail(`T7: filter comparisons require scalar operands, got ${displayResolved(left)} and ${displayResolved(right)}`, f);
  }
  const l = left.type;
  const r = right.type;
  if (l.scalar === 'Blob' || r.scalar === 'Blob') throw fail('T7: blob comparisons in filters are not supported', f);
  if (f.op === 'contains') {
    if (isScalar(l, 'String')) {
      if (!isScalar(r, 'String')) throw fail(`T7: string contains requires a String right operand, got ${displayType(r)}`, f.right);
      return;
    }
    if (!l.list) {
      throw fail(`T7: contains requires a list property (membership) or a String property (substring) on the left, got ${displayType(l)}`, f.left);
    }
    if (r.list) throw fail('T7: contains requires a scalar right operand', f.right);
    if (isVector(l.scalar) || isVector(r.scalar)) throw fail('T7: vector membership filters are not supported', f);
    if (!compatible(scalarType(l.scalar, l.nullable), r)) throw fail(`T7: cannot test membership of ${displayType(r)} in ${displayType(l)}`, f);
    return;
  }
  if (f.op === 'starts_with') {
    if (!isScalar(l, 'String')) throw fail(`T7: starts_with requires a String property on the left, got ${displayType(l)}`, f.left);
    if (!isScalar(r, 'String')) throw fail(`T7: starts_with requires a String right operand, got ${displayType(r)}`, f.right);
    return;
  }
  if (l.list || r.list) throw fail('T7: list comparisons in filters are not supported; use `contains` for list membership', f);
  if (isVector(l.scalar) || isVector(r.scalar)) throw fail('T7: vector comparisons in filters are not supported', f);
  if (!compatible(l, r)) throw fail(`T7: cannot compare ${displayType(l)} with ${displayType(r)}`, f);
}

function checkNegation(scope: Scope, n: Extract<Clause, { kind: 'negation' }>): void {
  const outer = new Set(scope.bindings.keys());
  checkClauses(childScope(scope), n.clauses);
  const touchesOuter = n.clauses.some((c) => {
    switch (c.kind) {
      case 'traversal':
        return outer.has(c.from) || outer.has(c.to);
      case 'filter':
        return references(c.left, outer) || references(c.right, outer);
      case 'binding':
        return outer.has(c.variable);
      case 'text_search':
        return references(c.call, outer);
      case 'negation':
        return false;
    }
  });
  if (!touchesOuter) throw fail('T9: negation block must reference at least one outer-bound variable', n);
}

function references(expr: Expr, vars: ReadonlySet<string>): boolean {
  switch (expr.kind) {
    case 'prop':
      return vars.has(expr.variable);
    case 'var':
      return vars.has(expr.name);
    case 'nearest':
      return vars.has(expr.target.variable) || references(expr.query, vars);
    case 'search':
      return expr.args.some((a) => references(a, vars));
    case 'rrf':
      return expr.ranks.some((a) => references(a, vars)) || (expr.k !== null && references(expr.k, vars));
    case 'aggregate':
      return references(expr.arg, vars);
    case 'now':
    case 'literal':
    case 'ident':
      return false;
  }
}
