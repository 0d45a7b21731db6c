import type { PropType, Scalar } from '../../schema/catalog.js';
import type { Literal, Param, Pos } from '../ast.js';

/**
 * The value types the checker reasons with: the catalog's `PropType`, plus the reference's
 * display form (enum wins over the scalar, then `[…]`, then `?`) and its compatibility rule
 * (same list-ness, and same scalar or both numeric).
 */

/** A type error raised deep in the walk; `typecheckQuery` turns it into a `LangError`. */
export class TypeFailure {
  constructor(
    readonly message: string,
    readonly at: Pos | undefined,
  ) {}
}

export function fail(message: string, at?: Pos): TypeFailure {
  return new TypeFailure(message, at);
}

export const NOW_PARAM = '__nanograph_now';

const NUMERIC = new Set<Scalar>(['I32', 'I64', 'U32', 'U64', 'F32', 'F64']);
const INTEGER = new Set<Scalar>(['I32', 'I64', 'U32', 'U64']);
const PARAM_SCALARS = new Set<string>(['String', 'Bool', 'I32', 'I64', 'U32', 'U64', 'F32', 'F64', 'Date', 'DateTime', 'Blob']);

export function scalarType(scalar: Scalar, nullable = false, list = false): PropType {
  return { scalar, nullable, list, enumValues: null };
}

export function isNumeric(scalar: Scalar): boolean {
  return typeof scalar === 'string' && NUMERIC.has(scalar);
}

export function isInteger(type: PropType): boolean {
  return !type.list && typeof type.scalar === 'string' && INTEGER.has(type.scalar);
}

export function isVector(scalar: Scalar): scalar is { readonly Vector: number } {
  return typeof scalar !== 'string';
}

export function isScalar(type: PropType, scalar: Scalar & string): boolean {
  return !type.list && type.scalar === scalar;
}

export function sameScalar(a: Scalar, b: Scalar): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.Vector === b.Vector;
}

export function compatible(a: PropType, b: PropType): boolean {
  if (a.list !== b.list) return false;
  return sameScalar(a.scalar, b.scalar) || (isNumeric(a.scalar) && isNumeric(b.scalar));
}

export function displayType(type: PropType): string {
  const scalar = typeof type.scalar === 'string' ? type.scalar : `Vector(${type.scalar.Vector})`;
  const base = type.enumValues ? `enum(${type.enumValues.join(', ')})` : scalar;
  const wrapped = type.list ? `[${base}]` : base;
  return type.nullable ? `${wrapped}?` : wrapped;
}

/** Declared parameter types, with the reserved-name and unknown-type refusals (untagged). */
export function paramTypes(params: readonly Param[]): Map<string, PropType> {
  const out = new Map<string, PropType>();
  for (const p of params) {
    if (p.name === NOW_PARAM) throw fail(`parameter name \`$${NOW_PARAM}\` is reserved for runtime timestamp injection`, p);
    const t = p.type;
    if (t.kind === 'vector') {
      out.set(p.name, scalarType({ Vector: t.dim }, p.nullable));
      continue;
    }
    if (!PARAM_SCALARS.has(t.name)) {
      const written = t.kind === 'list' ? `[${t.name}]` : t.name;
      throw fail(`unknown parameter type \`${written}\` for \`$${p.name}\``, p);
    }
    out.set(p.name, scalarType(t.name as Scalar, p.nullable, t.kind === 'list'));
  }
  return out;
}

/** A literal's type: integers are I64, floats F64, `[]` is `[String]`; lists must be flat and uniform. */
export function literalType(lit: Literal): PropType {
  switch (lit.kind) {
    case 'string':
      return scalarType('String');
    case 'integer':
      return scalarType('I64');
    case 'float':
      return scalarType('F64');
    case 'bool':
      return scalarType('Bool');
    case 'date':
      return scalarType('Date');
    case 'datetime':
      return scalarType('DateTime');
    case 'list': {
      const [head, ...rest] = lit.items;
      if (!head) return scalarType('String', false, true);
      const first = literalType(head);
      if (first.list) throw fail('nested list literals are not supported', head);
      for (const item of rest) {
        const t = literalType(item);
        if (t.list || !compatible(first, t)) throw fail('list literal elements must share a compatible scalar type', item);
      }
      return scalarType(first.scalar, false, true);
    }
  }
}

/** Element count of a non-empty all-numeric list literal (a vector literal), else null. */
export function vectorLiteralDim(lit: Literal): number | null {
  if (lit.kind !== 'list' || lit.items.length === 0) return null;
  return lit.items.every((i) => i.kind === 'integer' || i.kind === 'float') ? lit.items.length : null;
}
