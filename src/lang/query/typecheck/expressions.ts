import type { PropType } from '../../schema/catalog.js';
import type { Expr, Pos, PropRef } from '../ast.js';
import { displayType, fail, isInteger, isNumeric, isScalar, isVector, literalType, scalarType, vectorLiteralDim } from './prop-types.js';
import type { Resolved, Scope } from './scope.js';

/**
 * Expression typing (docs/contract/engine-query.md#type-checks): property access (T6, T24), `nearest` (T15, T23), the text
 * and rank functions (T19–T21, T23), aggregates (T8), bare variables (params, nodes, T23) and
 * return aliases.
 */

const F64 = scalarType('F64');
const BOOL = scalarType('Bool');

export function resolveExpr(scope: Scope, expr: Expr): Resolved {
  switch (expr.kind) {
    case 'now':
      return scalar(scalarType('DateTime'));
    case 'prop':
      return scalar(propertyType(scope, expr.variable, expr.property, expr));
    case 'nearest':
      return nearest(scope, expr.target, expr.query);
    case 'search':
      return search(scope, expr);
    case 'rrf':
      return rrf(scope, expr);
    case 'var':
      return variable(scope, expr.name, expr);
    case 'literal':
      return scalar(literalType(expr.value));
    case 'aggregate':
      return aggregate(scope, expr);
    case 'ident':
      // An alias not registered yet (a forward reference from `order`) reads as an aggregate.
      return scope.aliases.get(expr.name) ?? { kind: 'aggregate' };
  }
}

export function displayResolved(r: Resolved): string {
  if (r.kind === 'scalar') return displayType(r.type);
  return r.kind === 'node' ? `node \`${r.typeName}\`` : 'aggregate';
}

/** T24 for values read out of a query: projections, ordering keys, aggregate arguments. */
export function rejectBlobReadValue(resolved: Resolved, expr: Expr): void {
  if (resolved.kind !== 'scalar' || resolved.type.scalar !== 'Blob') return;
  const subject = expr.kind === 'var' ? `Blob parameter \`$${expr.name}\`` : expr.kind === 'ident' ? `Blob alias \`${expr.name}\`` : 'Blob expression';
  throw fail(`T24: ${subject} is not available as a .gq read value; Blob values require a dedicated API`, expr);
}

function scalar(type: PropType): Resolved {
  return { kind: 'scalar', type };
}

function propertyType(scope: Scope, variable: string, property: string, at: Pos): PropType {
  const bound = scope.bindings.get(variable);
  if (!bound) throw fail(`T6: variable \`$${variable}\` is not bound`, at);
  let prop;
  if (bound.kind === 'node') {
    prop = scope.catalog.nodes.get(bound.typeName)?.properties.get(property);
    if (!prop) throw fail(`T6: type \`${bound.typeName}\` has no property \`${property}\``, at);
  } else {
    prop = scope.catalog.findEdge(bound.typeName)?.properties.get(property);
    if (!prop) throw fail(`T6: edge \`${bound.typeName}\` has no property \`${property}\``, at);
  }
  if (prop.type.scalar === 'Blob') {
    throw fail(`T24: Blob property \`$${variable}.${property}\` is not available as a .gq read value; Blob values require a dedicated API`, at);
  }
  return prop.type;
}

function nearest(scope: Scope, target: PropRef, query: Expr): Resolved {
  const bound = scope.bindings.get(target.variable);
  if (!bound) throw fail(`T15: variable \`$${target.variable}\` is not bound`, target);
  if (bound.kind === 'edge') {
    throw fail(`T23: nearest cannot target edge binding \`$${target.variable}\`; vector search runs on node properties`, target);
  }
  const prop = scope.catalog.nodes.get(bound.typeName)?.properties.get(target.property);
  if (!prop) throw fail(`T15: type \`${bound.typeName}\` has no property \`${target.property}\``, target);
  const type = prop.type;
  if (!isVector(type.scalar)) {
    throw fail(`T15: nearest requires a Vector property, got ${bound.typeName}.${target.property}: ${displayType(type)}`, target);
  }
  if (type.list) throw fail('T15: nearest does not support list-wrapped vectors', target);
  const dim = type.scalar.Vector;
  const literalDim = query.kind === 'literal' ? vectorLiteralDim(query.value) : null;
  if (literalDim !== null) {
    if (literalDim !== dim) {
      throw fail(`T15: nearest vector dimension mismatch: property is Vector(${dim}), query literal has ${literalDim} elements`, query);
    }
    return scalar(F64);
  }
  const q = resolveExpr(scope, query);
  if (q.kind !== 'scalar') throw fail('T15: nearest query must be a scalar expression', query);
  if (!q.type.list && isVector(q.type.scalar)) {
    if (q.type.scalar.Vector !== dim) {
      throw fail(`T15: nearest vector dimension mismatch: property is Vector(${dim}), query is Vector(${q.type.scalar.Vector})`, query);
    }
  } else if (!isScalar(q.type, 'String')) {
    throw fail(`T15: nearest query must be Vector(${dim}) or String, got ${displayType(q.type)}`, query);
  }
  return scalar(F64);
}

function search(scope: Scope, expr: Extract<Expr, { kind: 'search' }>): Resolved {
  const code = expr.fn === 'search' || expr.fn === 'fuzzy' ? 'T19' : 'T20';
  const [field, query, maxEdits] = expr.args;
  if (field?.kind === 'prop' && scope.bindings.get(field.variable)?.kind === 'edge') {
    throw fail(
      `T23: ${expr.fn} cannot target edge property \`$${field.variable}.${field.property}\`; text/rank search runs on node properties — edge properties support comparison filters and projection`,
      field,
    );
  }
  for (const [role, arg] of [['field', field], ['query', query]] as const) {
    if (!arg) continue;
    const t = resolveExpr(scope, arg);
    if (t.kind !== 'scalar') throw fail(`${code}: ${expr.fn} ${role} must be a scalar String expression`, arg);
    if (!isScalar(t.type, 'String')) throw fail(`${code}: ${expr.fn} ${role} must be String, got ${displayType(t.type)}`, arg);
  }
  if (maxEdits) {
    const t = resolveExpr(scope, maxEdits);
    if (t.kind !== 'scalar') throw fail('T19: fuzzy max_edits must be an integer scalar expression', maxEdits);
    if (!isInteger(t.type)) throw fail(`T19: fuzzy max_edits must be an integer scalar, got ${displayType(t.type)}`, maxEdits);
  }
  return scalar(expr.fn === 'bm25' ? F64 : BOOL);
}

function rrf(scope: Scope, expr: Extract<Expr, { kind: 'rrf' }>): Resolved {
  const [primary, secondary] = expr.ranks;
  const ranks = (e: Expr) => e.kind === 'nearest' || (e.kind === 'search' && e.fn === 'bm25');
  if (!ranks(primary)) throw fail('T21: rrf primary expression must be nearest(...) or bm25(...)', primary);
  if (!ranks(secondary)) throw fail('T21: rrf secondary expression must be nearest(...) or bm25(...)', secondary);
  for (const rank of [primary, secondary]) {
    const t = resolveExpr(scope, rank);
    if (t.kind !== 'scalar') throw fail('T21: rrf rank expressions must be scalar numeric expressions', rank);
    if (!isScalar(t.type, 'F64')) throw fail(`T21: rrf rank expressions must evaluate to F64, got ${displayType(t.type)}`, rank);
  }
  const k = expr.k;
  if (k) {
    const t = resolveExpr(scope, k);
    if (t.kind !== 'scalar') throw fail('T21: rrf k must be an integer scalar expression', k);
    if (!isInteger(t.type)) throw fail(`T21: rrf k must be an integer scalar, got ${displayType(t.type)}`, k);
    if (k.kind === 'literal' && k.value.kind === 'integer' && BigInt(k.value.value) <= 0n) throw fail('T21: rrf k must be greater than 0', k);
  }
  return scalar(F64);
}

function variable(scope: Scope, name: string, at: Pos): Resolved {
  const param = scope.params.get(name);
  if (param) return scalar(param);
  const bound = scope.bindings.get(name);
  if (!bound) throw fail(`variable \`$${name}\` is not bound`, at);
  if (bound.kind === 'edge') {
    throw fail(`T23: edge binding \`$${name}\` cannot be used bare; access one of its properties (\`$${name}.{prop}\`)`, at);
  }
  return { kind: 'node', typeName: bound.typeName };
}

function aggregate(scope: Scope, expr: Extract<Expr, { kind: 'aggregate' }>): Resolved {
  const arg = resolveExpr(scope, expr.arg);
  rejectBlobReadValue(arg, expr.arg);
  if (arg.kind === 'scalar') {
    const t = arg.type;
    if ((expr.fn === 'sum' || expr.fn === 'avg') && (t.list || !isNumeric(t.scalar))) {
      throw fail(`T8: ${expr.fn} requires numeric type, got ${displayType(t)}`, expr);
    }
    if ((expr.fn === 'min' || expr.fn === 'max') && (t.list || (!isNumeric(t.scalar) && t.scalar !== 'String'))) {
      throw fail(`T8: ${expr.fn} requires numeric or string type, got ${displayType(t)}`, expr);
    }
  }
  return { kind: 'aggregate' };
}
