import type { BaseScalar } from '../catalog.js';
import { Cursor, SyntaxFailure } from './cursor.js';
import type {
  ConstraintName,
  RawAnnotation,
  RawBodyItem,
  RawConstraint,
  RawConstraintArg,
  RawCoreType,
  RawDecl,
  RawLiteral,
  RawPos,
  RawProperty,
} from './raw.js';

/**
 * Recognises the `.pg` grammar (docs/contract/engine-schema.md#grammar) into raw declarations. The grammar has no
 * recursion, so this is a flat loop: no input can exhaust the stack, and every character is
 * looked at a bounded number of times. Failures are thrown as `SyntaxFailure` internally and
 * caught by `parseRaw`, which returns them as values.
 */

const TYPE_NAME = /[A-Z][A-Za-z0-9_]*/y;
const IDENT = /[a-z_][A-Za-z0-9_]*/y;
const ENUM_VALUE = /[A-Za-z0-9_-]+/y;
const INT = /[0-9]+/y;
const FLOAT = /[0-9]+\.[0-9]+/y;
const NUM = /-?[0-9]+(?:\.[0-9]+)?/y;
// `bool_lit = { "true" | "false" }` is a plain prefix in schema.pest: `true_id` reads as `true` then `_id`.
const BOOL = /true|false/y;
/** `"` … `"` with any backslash pair; which escapes are legal is a semantic check. */
const STRING = /"(?:[^"\\]|\\[\s\S])*"/y;
const CONSTRAINT_AHEAD = /@\s*(key|unique|index|range|check)(?:\s|\/\/[^\n]*\n?|\/\*[\s\S]*?\*\/)*\(/y;

/** Ordered choice, `DateTime` before `Date` as in the reference grammar. */
const BASE_TYPES: readonly BaseScalar[] = ['String', 'Blob', 'Bool', 'I32', 'I64', 'U32', 'U64', 'F32', 'F64', 'DateTime', 'Date'];

export type RawParse = { readonly ok: true; readonly decls: RawDecl[] } | { readonly ok: false; readonly failure: SyntaxFailure };

export function parseRaw(cursor: Cursor): RawParse {
  const decls: RawDecl[] = [];
  try {
    for (;;) {
      cursor.skipTrivia();
      if (cursor.atEnd()) return { ok: true, decls };
      decls.push(parseDecl(cursor));
    }
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, failure: e };
    throw e;
  }
}

function here(c: Cursor): RawPos {
  c.skipTrivia();
  return c.position(c.pos);
}

function parseDecl(c: Cursor): RawDecl {
  const pos = here(c);
  if (c.eat('interface')) {
    const name = typeName(c);
    c.expect('{', ['interface_body']);
    const properties: RawProperty[] = [];
    while (!c.eat('}')) {
      const p = here(c);
      const prop = c.match(IDENT);
      if (prop === null) throw c.fail(['prop_decl']);
      properties.push(propertyRest(c, prop, p));
    }
    return { kind: 'interface', name, properties, ...pos };
  }
  if (c.eat('node')) {
    const name = typeName(c);
    const annotations = annotationsList(c);
    const impls: (RawPos & { name: string })[] = [];
    if (c.eat('implements')) {
      do {
        const p = here(c);
        impls.push({ name: typeName(c), ...p });
      } while (c.eat(','));
    }
    if (!c.eat('{')) throw c.fail(impls.length === 0 ? ['annotation', 'implements', 'node_body'] : ['node_body']);
    return { kind: 'node', name, annotations, implements: impls, body: body(c), ...pos };
  }
  if (c.eat('edge')) {
    const name = typeName(c);
    c.expect(':', ['edge_endpoints']);
    const fromType = typeName(c);
    c.expect('->', ['edge_endpoints']);
    const toType = typeName(c);
    const cardinality = cardinalityClause(c);
    const annotations = annotationsList(c);
    const items = c.eat('{') ? body(c) : [];
    return { kind: 'edge', name, fromType, toType, cardinality, annotations, body: items, ...pos };
  }
  throw c.fail(['EOI', 'interface_decl', 'node_decl', 'edge_decl']);
}

function typeName(c: Cursor): string {
  const name = c.match(TYPE_NAME);
  if (name === null) throw c.fail(['type_name']);
  return name;
}

function ident(c: Cursor, rules: readonly string[] = ['ident']): string {
  const name = c.match(IDENT);
  if (name === null) throw c.fail(rules);
  return name;
}

function cardinalityClause(c: Cursor): RawEdgeCard | null {
  const start = c.pos;
  const pos = here(c);
  if (!c.eat('@card')) return null;
  if (!c.eat('(')) {
    c.pos = start;
    return null;
  }
  const min = c.match(INT);
  if (min === null) throw c.fail(['card_min']);
  c.expect('..', ['card_range']);
  const max = c.match(INT);
  c.expect(')', ['card_max']);
  return { min, max, ...pos };
}
type RawEdgeCard = { min: string; max: string | null } & RawPos;

/** `{ (prop_decl | body_constraint)* }` after the opening brace. */
function body(c: Cursor): RawBodyItem[] {
  const items: RawBodyItem[] = [];
  for (;;) {
    if (c.eat('}')) return items;
    if (c.peek('@')) {
      if (!isConstraintAhead(c)) throw c.fail(['prop_decl', 'body_constraint']);
      items.push({ kind: 'constraint', constraint: bodyConstraint(c) });
      continue;
    }
    const p = here(c);
    const name = c.match(IDENT);
    if (name === null) throw c.fail(['prop_decl', 'body_constraint']);
    items.push({ kind: 'property', property: propertyRest(c, name, p) });
  }
}

function isConstraintAhead(c: Cursor): boolean {
  c.skipTrivia();
  CONSTRAINT_AHEAD.lastIndex = c.pos;
  return CONSTRAINT_AHEAD.test(c.src);
}

function propertyRest(c: Cursor, name: string, pos: RawPos): RawProperty {
  c.expect(':', ['type_annotation']);
  const type = coreType(c);
  const nullable = c.eat('?');
  const annotations = annotationsList(c);
  return { name, type, nullable, annotations, ...pos };
}

function coreType(c: Cursor): RawCoreType {
  if (c.eat('[')) {
    const scalar = baseType(c);
    if (scalar === null) throw c.fail(['base_type']);
    c.expect(']', ['list_type']);
    return { kind: 'list', scalar };
  }
  const start = c.pos;
  if (c.eat('enum')) {
    if (c.eat('(')) {
      const values: string[] = [];
      do {
        const v = c.match(ENUM_VALUE);
        if (v === null) throw c.fail(['enum_value']);
        values.push(v);
      } while (c.eat(','));
      c.expect(')', ['enum_type']);
      return { kind: 'enum', values };
    }
    c.pos = start;
  }
  if (c.eat('Vector')) {
    if (c.eat('(')) {
      const dimension = c.match(INT);
      if (dimension === null) throw c.fail(['vector_dim']);
      c.expect(')', ['vector_type']);
      return { kind: 'vector', dimension };
    }
    c.pos = start;
  }
  const scalar = baseType(c);
  if (scalar === null) throw c.fail(['type_ref']);
  return { kind: 'base', scalar };
}

function baseType(c: Cursor): BaseScalar | null {
  for (const t of BASE_TYPES) if (c.eat(t)) return t;
  return null;
}

/** `annotation*`, stopping before a body constraint (`@key(`…); a late `@card(0..1)` fails as an annotation. */
function annotationsList(c: Cursor): RawAnnotation[] {
  const out: RawAnnotation[] = [];
  while (c.peek('@') && !isConstraintAhead(c)) out.push(annotation(c));
  return out;
}

function annotation(c: Cursor): RawAnnotation {
  const pos = here(c);
  c.expect('@', ['annotation']);
  const name = ident(c, ['annotation']);
  if (!c.eat('(')) return { name, value: null, kwargs: [], ...pos };
  const value = literal(c) ?? identLiteral(c);
  if (value === null) throw c.fail(['ann_arg']);
  const kwargs: (readonly [string, RawLiteral])[] = [];
  while (c.eat(',')) {
    const key = ident(c, ['ann_kwarg']);
    c.expect('=', ['ann_kwarg']);
    const v = literal(c);
    if (v === null) throw c.fail(['literal']);
    kwargs.push([key, v]);
  }
  c.expect(')', ['ann_kwarg']);
  return { name, value, kwargs, ...pos };
}

function identLiteral(c: Cursor): RawLiteral | null {
  const pos = here(c);
  const name = c.match(IDENT);
  return name === null ? null : { kind: 'ident', value: name, ...pos };
}

function literal(c: Cursor): RawLiteral | null {
  const pos = here(c);
  const s = c.match(STRING);
  if (s !== null) return { kind: 'rawString', raw: s.slice(1, -1), ...pos };
  const f = c.match(FLOAT);
  if (f !== null) return { kind: 'float', value: f, ...pos };
  const i = c.match(INT);
  if (i !== null) return { kind: 'integer', value: i, ...pos };
  const b = c.match(BOOL);
  if (b !== null) return { kind: 'bool', value: b === 'true', ...pos };
  return null;
}

function bodyConstraint(c: Cursor): RawConstraint {
  const pos = here(c);
  c.expect('@', ['body_constraint']);
  const name = c.match(/key|unique|index|range|check/y) as ConstraintName;
  c.expect('(', ['body_constraint']);
  const args: RawConstraintArg[] = [];
  do {
    const arg = constraintArg(c);
    if (arg === null) throw c.fail(['constraint_arg']);
    args.push(arg);
  } while (c.eat(','));
  c.expect(')', ['constraint_arg']);
  return { name, args, ...pos };
}

function constraintArg(c: Cursor): RawConstraintArg | null {
  const pos = here(c);
  const start = c.pos;
  const lo = c.match(NUM);
  if (lo !== null) {
    if (c.eat('..')) return { kind: 'bounds', min: lo, max: c.match(NUM), ...pos };
    c.pos = start;
  } else if (c.eat('..')) {
    const hi = c.match(NUM);
    if (hi !== null) return { kind: 'bounds', min: null, max: hi, ...pos };
    c.pos = start;
  }
  const lit = literal(c);
  if (lit !== null) return { kind: 'literal', literal: lit, ...pos };
  const name = c.match(IDENT);
  return name === null ? null : { kind: 'ident', name, ...pos };
}
