import type { Annotation, Constraint, LiteralValue, PropType, RangeBound } from '../catalog.js';
import { compareBytes } from '../../../base/json.js';
import type { AstConstraint } from '../ast.js';
import { parseFailure } from './failure.js';
import type { RawAnnotation, RawConstraint, RawConstraintArg, RawCoreType, RawDecl, RawLiteral, RawPos, RawProperty } from './raw.js';

/**
 * First semantic pass, per declaration in file order (docs/contract/engine-schema.md#validation): type errors, reserved
 * names, cardinality and constraint-argument shapes. Produces declarations whose properties and
 * constraints are typed but not yet expanded or validated. Property-level `@key/@unique/@index`
 * become constraints here, at the property's place in the body.
 */

export interface LoweredProperty extends RawPos {
  readonly name: string;
  readonly type: PropType;
  readonly annotations: readonly Annotation[];
}

export type LoweredDecl =
  | { readonly kind: 'interface'; readonly name: string; readonly line: number; readonly column: number; readonly properties: LoweredProperty[] }
  | {
      readonly kind: 'node';
      readonly name: string;
      readonly line: number;
      readonly column: number;
      readonly annotations: Annotation[];
      readonly implements: readonly (RawPos & { readonly name: string })[];
      readonly properties: LoweredProperty[];
      readonly constraints: AstConstraint[];
    }
  | {
      readonly kind: 'edge';
      readonly name: string;
      readonly line: number;
      readonly column: number;
      readonly fromType: string;
      readonly toType: string;
      readonly cardinality: { readonly min: number; readonly max: number | null };
      readonly annotations: Annotation[];
      readonly properties: LoweredProperty[];
      readonly constraints: AstConstraint[];
    };

const RESERVED = new Set(['_rowid', '_rowaddr', '_rowoffset', '_row_created_at_version', '_row_last_updated_at_version']);
const U32_MAX = 4294967295n;
const VECTOR_MAX = 2147483647n;

export function lowerDecl(decl: RawDecl): LoweredDecl {
  if (decl.kind === 'interface') {
    return { kind: 'interface', name: decl.name, line: decl.line, column: decl.column, properties: decl.properties.map(lowerProperty) };
  }
  const cardinality = decl.kind === 'edge' ? lowerCardinality(decl.cardinality) : null;
  const properties: LoweredProperty[] = [];
  const constraints: AstConstraint[] = [];
  const annotations = decl.annotations.map(lowerAnnotation);
  for (const item of decl.body) {
    if (item.kind === 'property') {
      const prop = lowerProperty(item.property);
      properties.push(prop);
      constraints.push(...desugar(prop));
    } else {
      constraints.push(lowerConstraint(item.constraint));
    }
  }
  if (decl.kind === 'node') {
    return { kind: 'node', name: decl.name, line: decl.line, column: decl.column, annotations, implements: decl.implements, properties, constraints };
  }
  return {
    kind: 'edge',
    name: decl.name,
    line: decl.line,
    column: decl.column,
    fromType: decl.fromType,
    toType: decl.toType,
    cardinality: cardinality ?? { min: 0, max: null },
    annotations,
    properties,
    constraints,
  };
}

/** Property-level `@key/@unique/@index` (argument-less by grammar) as constraints on the owner. */
export function desugar(prop: LoweredProperty, origin: 'property' | 'interface' = 'property'): AstConstraint[] {
  const out: AstConstraint[] = [];
  for (const a of prop.annotations) {
    if (a.name === 'key' || a.name === 'unique' || a.name === 'index') {
      out.push({ kind: a.name, columns: [prop.name], line: a.line, column: a.column, origin });
    }
  }
  return out;
}

function lowerCardinality(card: (RawPos & { min: string; max: string | null }) | null): { min: number; max: number | null } | null {
  if (card === null) return null;
  if (BigInt(card.min) > U32_MAX) throw parseFailure(`invalid cardinality min: ${card.min}`, card);
  if (card.max !== null && BigInt(card.max) > U32_MAX) throw parseFailure(`invalid cardinality max: ${card.max}`, card);
  const min = Number(card.min);
  const max = card.max === null ? null : Number(card.max);
  if (max !== null && min > max) throw parseFailure(`cardinality min (${min}) exceeds max (${max})`, card);
  return { min, max };
}

function lowerProperty(raw: RawProperty): LoweredProperty {
  const type = lowerType(raw.type, raw.nullable, raw);
  if (RESERVED.has(raw.name)) {
    throw parseFailure(`property name '${raw.name}' is reserved for a virtual storage system column; choose a different name`, raw);
  }
  return { name: raw.name, type, annotations: raw.annotations.map(lowerAnnotation), line: raw.line, column: raw.column };
}

function lowerType(t: RawCoreType, nullable: boolean, at: RawPos): PropType {
  switch (t.kind) {
    case 'base':
      return { scalar: t.scalar, nullable, list: false, enumValues: null };
    case 'list':
      if (t.scalar === 'Blob') throw parseFailure('list of Blob is not supported', at);
      return { scalar: t.scalar, nullable, list: true, enumValues: null };
    case 'enum': {
      const sorted = [...t.values].sort(compareBytes);
      for (let i = 1; i < sorted.length; i++) {
        if (sorted[i] === sorted[i - 1]) throw parseFailure('enum type cannot include duplicate values', at);
      }
      return { scalar: 'String', nullable, list: false, enumValues: sorted };
    }
    case 'vector': {
      const dim = BigInt(t.dimension);
      if (dim === 0n) throw parseFailure('Vector dimension must be greater than zero', at);
      // parser.rs formats the ParseIntError here (not the text, unlike the cardinality bounds).
      if (dim > U32_MAX) throw parseFailure('invalid Vector dimension: number too large to fit in target type', at);
      if (dim > VECTOR_MAX) throw parseFailure(`Vector dimension ${dim} exceeds maximum supported 2147483647`, at);
      return { scalar: { Vector: Number(dim) }, nullable, list: false, enumValues: null };
    }
  }
}

function lowerAnnotation(raw: RawAnnotation): Annotation {
  const kwargs = new Map<string, LiteralValue>();
  for (const [k, v] of raw.kwargs) kwargs.set(k, lowerLiteral(v));
  return { name: raw.name, value: raw.value === null ? null : lowerLiteral(raw.value), kwargs, line: raw.line, column: raw.column };
}

export function lowerLiteral(lit: RawLiteral): LiteralValue {
  if (lit.kind === 'rawString') return { kind: 'string', value: unescape(lit.raw, lit) };
  if (lit.kind === 'bool') return { kind: 'bool', value: lit.value };
  return { kind: lit.kind, value: lit.value } as LiteralValue;
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', n: '\n', r: '\r', t: '\t' };

function unescape(raw: string, at: RawPos): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = raw[i + 1] ?? '';
    const mapped = ESCAPES[next];
    if (mapped === undefined) throw parseFailure(`unsupported escape sequence: \\${next}`, at);
    out += mapped;
    i++;
  }
  return out;
}

function lowerConstraint(raw: RawConstraint): AstConstraint {
  const at = { line: raw.line, column: raw.column, origin: 'body' as const };
  const propertyName = (arg: RawConstraintArg | undefined): string => {
    if (arg?.kind !== 'ident') throw parseFailure('expected property name in constraint', arg ?? raw);
    return arg.name;
  };
  switch (raw.name) {
    case 'key':
    case 'unique':
    case 'index':
      return { kind: raw.name, columns: raw.args.map(propertyName), ...at };
    case 'range': {
      if (raw.args.length < 2) throw parseFailure('@range requires property name and bounds: @range(prop, min..max)', raw);
      const property = propertyName(raw.args[0]);
      const bounds = raw.args[1];
      if (bounds?.kind !== 'bounds') throw parseFailure('expected range bounds (min..max) in @range constraint', bounds ?? raw);
      // The reference assigns the first number it sees to `min`, so `..5` means "min 5".
      const first = bounds.min ?? bounds.max;
      const second = bounds.min === null ? null : bounds.max;
      return { kind: 'range', property, min: first === null ? null : rangeBound(first), max: second === null ? null : rangeBound(second), ...at };
    }
    case 'check': {
      if (raw.args.length < 2) throw parseFailure('@check requires property name and pattern: @check(prop, "regex")', raw);
      const property = propertyName(raw.args[0]);
      const pattern = raw.args[1];
      if (pattern?.kind !== 'literal' || pattern.literal.kind !== 'rawString') throw parseFailure('expected string argument in constraint', pattern ?? raw);
      return { kind: 'check', property, pattern: unescape(pattern.literal.raw, pattern), ...at };
    }
  }
}

/**
 * parser.rs `parse_constraint_bound` tries i64 first, then f64: `0` is Integer, `0.0` Float, and an
 * integer past the i64 range becomes a Float rather than a rounded Integer.
 */
function rangeBound(text: string): RangeBound {
  if (text.includes('.')) return { Float: Number(text) };
  const n = BigInt(text);
  return n > I64_MAX || n < -I64_MAX - 1n ? { Float: Number(text) } : { Integer: Number(text) };
}

const I64_MAX = 9223372036854775807n;

export type { Constraint };
