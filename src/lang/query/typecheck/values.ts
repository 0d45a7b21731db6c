import type { PropType } from '../../schema/catalog.js';
import type { Literal, MValue } from '../ast.js';
import { compatible, displayType, fail, isVector, literalType, scalarType, vectorLiteralDim } from './prop-types.js';

/**
 * Value-against-property checks shared by binding matches (`$p: T { p: v }`), mutation
 * assignments and `where` predicates: T3 for literals, T7 for parameters and `now()`, T14 for
 * undeclared mutation variables.
 */

/** T3: a literal against a property type (vector dimension, compatibility, enum membership). */
export function checkLiteral(lit: Literal, expected: PropType, property: string): void {
  if (!expected.list && isVector(expected.scalar)) {
    const dim = vectorLiteralDim(lit);
    if (dim !== null) {
      if (dim === expected.scalar.Vector) return;
      throw fail(`T3: property \`${property}\` has type Vector(${expected.scalar.Vector}) but got vector literal with ${dim} elements`, lit);
    }
  }
  const actual = literalType(lit);
  if (!compatible(actual, expected)) {
    throw fail(`T3: property \`${property}\` has type ${displayType(expected)} but got ${displayType(actual)}`, lit);
  }
  const allowed = expected.enumValues;
  if (!allowed) return;
  const strings = lit.kind === 'string' ? [lit] : lit.kind === 'list' && expected.list ? lit.items : [];
  for (const item of strings) {
    if (item.kind === 'string' && !allowed.includes(item.value)) {
      throw fail(`T3: property \`${property}\` expects one of [${allowed.join(', ')}], got '${item.value}'`, item);
    }
  }
}

/** `now()` is a DateTime and fits only a scalar DateTime property. */
export function checkNow(expected: PropType, property: string, at: MValue): void {
  if (expected.list || expected.scalar !== 'DateTime') {
    throw fail(`T7: cannot assign/compare DateTime with ${displayType(expected)} for property \`${property}\``, at);
  }
}

/** A binding's match value: on a list property a scalar is a membership match, a list is refused. */
export function checkBindingValue(value: MValue, expected: PropType, property: string, params: ReadonlyMap<string, PropType>): void {
  if (value.kind === 'now') return checkNow(expected, property, value);
  if (value.kind === 'literal') {
    if (!expected.list) return checkLiteral(value.value, expected, property);
    const actual = literalType(value.value);
    if (actual.list) {
      throw fail(`T3: list equality is not supported for property \`${property}\`; use a scalar value to match list membership`, value);
    }
    if (!compatible(actual, member(expected))) {
      throw fail(`T3: property \`${property}\` has type ${displayType(expected)} but membership match got ${displayType(actual)}`, value);
    }
    return;
  }
  // Undeclared variables in a binding are not type-checked (docs/contract/engine-query.md#type-checks note).
  const actual = params.get(value.name);
  if (!actual) return;
  if (!expected.list) {
    if (!compatible(actual, expected)) throw cannotAssign(actual, expected, property, value);
    return;
  }
  if (actual.list) {
    throw fail(`T7: list equality is not supported for property \`${property}\`; use a scalar parameter for membership matching`, value);
  }
  if (!compatible(actual, member(expected))) {
    throw fail(`T7: cannot compare ${displayType(actual)} membership against ${displayType(expected)} for property \`${property}\``, value);
  }
}

/** A mutation value or `where` operand: literal (T3), declared parameter (T14, T7) or `now()`. */
export function checkMutationValue(value: MValue, expected: PropType, property: string, params: ReadonlyMap<string, PropType>): void {
  if (value.kind === 'now') return checkNow(expected, property, value);
  if (value.kind === 'literal') return checkLiteral(value.value, expected, property);
  const actual = params.get(value.name);
  if (!actual) throw fail(`T14: mutation variable \`$${value.name}\` must be a declared query parameter`, value);
  // A String parameter may carry a Blob URI.
  const blobUri = expected.scalar === 'Blob' && actual.scalar === 'String' && !actual.list;
  if (!compatible(actual, expected) && !blobUri) throw cannotAssign(actual, expected, property, value);
}

function member(list: PropType): PropType {
  return scalarType(list.scalar, list.nullable);
}

function cannotAssign(actual: PropType, expected: PropType, property: string, at: MValue) {
  return fail(`T7: cannot assign/compare ${displayType(actual)} with ${displayType(expected)} for property \`${property}\``, at);
}
