import type { AggregateFn, Expr, Literal, MValue, Pos, PropRef, SearchFn } from '../ast.js';
import { DeclFailure, type Reader } from './reader.js';

/**
 * Expressions, literals and match values of the `.gq` grammar (docs/contract/engine-query.md#grammar). Call forms are
 * recognised only when `(` follows the name, so `count` alone stays a plain identifier, as in
 * the reference's ordered choice.
 */

const AGGREGATES: readonly AggregateFn[] = ['count', 'sum', 'avg', 'min', 'max'];
const SEARCHES: readonly SearchFn[] = ['search', 'fuzzy', 'match_text', 'bm25'];
const I64_MAX = 9223372036854775807n;

export function parseExpr(r: Reader): Expr {
  return r.nested(() => exprAt(r));
}

function exprAt(r: Reader): Expr {
  const pos = r.here();
  if (r.peekCall('now')) {
    nowCall(r);
    return { kind: 'now', ...pos };
  }
  if (r.peekCall('nearest')) {
    const { target, query } = nearestCall(r);
    return { kind: 'nearest', target, query, ...pos };
  }
  for (const fn of SEARCHES) if (r.peekCall(fn)) return searchCall(r, fn, pos);
  if (r.peekCall('rrf')) return rrfCall(r, pos);
  for (const fn of AGGREGATES) {
    if (r.peekCall(fn)) {
      r.keyword(fn);
      r.expect('(', ['agg_call']);
      const arg = parseExpr(r);
      r.expect(')', ['agg_call']);
      return { kind: 'aggregate', fn, arg, ...pos };
    }
  }
  const variable = r.variable();
  if (variable !== null) {
    if (!r.eat('.')) return { kind: 'var', name: variable, ...pos };
    const property = r.ident();
    if (property === null) throw r.fail(['ident']);
    return { kind: 'prop', variable, property, ...pos };
  }
  const literal = tryLiteral(r);
  if (literal) return { kind: 'literal', value: literal, ...pos };
  const ident = r.ident();
  if (ident !== null) return { kind: 'ident', name: ident, ...pos };
  throw r.fail(['expr']);
}

function nowCall(r: Reader): void {
  r.keyword('now');
  r.expect('(', ['now_call']);
  r.expect(')', ['now_call']);
}

/** `nearest($v.p, expr)`; the caller has checked that `nearest (` is next. */
export function nearestCall(r: Reader): { target: PropRef; query: Expr } {
  r.keyword('nearest');
  r.expect('(', ['nearest_ordering']);
  const target = propRef(r);
  r.expect(',', ['nearest_ordering']);
  const query = parseExpr(r);
  r.expect(')', ['nearest_ordering']);
  return { target, query };
}

function propRef(r: Reader): PropRef {
  const pos = r.here();
  const variable = r.variable();
  if (variable === null) throw r.fail(['prop_access']);
  r.expect('.', ['prop_access']);
  const property = r.ident();
  if (property === null) throw r.fail(['ident']);
  return { variable, property, ...pos };
}

function searchCall(r: Reader, fn: SearchFn, pos: Pos): Expr {
  const rule = `${fn}_call`;
  r.keyword(fn);
  r.expect('(', [rule]);
  const args = [parseExpr(r)];
  r.expect(',', [rule]);
  args.push(parseExpr(r));
  if (fn === 'fuzzy' && r.eat(',')) args.push(parseExpr(r));
  r.expect(')', [rule]);
  return { kind: 'search', fn, args, ...pos };
}

function rrfCall(r: Reader, pos: Pos): Expr {
  r.keyword('rrf');
  r.expect('(', ['rrf_call']);
  const first = rankExpr(r);
  r.expect(',', ['rrf_call']);
  const second = rankExpr(r);
  const k = r.eat(',') ? parseExpr(r) : null;
  r.expect(')', ['rrf_call']);
  return { kind: 'rrf', ranks: [first, second], k, ...pos };
}

/** `rank_expr = { nearest_ordering | bm25_call }`: anything else is a syntax error, as in query.pest. */
function rankExpr(r: Reader): Expr {
  if (!r.peekCall('nearest') && !r.peekCall('bm25')) throw r.fail(['rank_expr']);
  return parseExpr(r);
}

/** A literal if one starts here; null (cursor untouched) otherwise. */
export function tryLiteral(r: Reader): Literal | null {
  return r.nested(() => literalAt(r));
}

function literalAt(r: Reader): Literal | null {
  const pos = r.here();
  if (r.eat('[')) {
    const items: Literal[] = [];
    if (!r.eat(']')) {
      do {
        const item = tryLiteral(r);
        if (!item) throw r.fail(['literal']);
        items.push(item);
      } while (r.eat(','));
      r.expect(']', ['list_lit']);
    }
    return { kind: 'list', items, ...pos };
  }
  for (const kind of ['datetime', 'date'] as const) {
    if (r.peekCall(kind)) {
      r.keyword(kind);
      r.expect('(', [`${kind}_lit`]);
      const value = r.string();
      if (value === null) throw r.fail(['string_lit']);
      r.expect(')', [`${kind}_lit`]);
      return { kind, value, ...pos };
    }
  }
  const text = r.string();
  if (text !== null) return { kind: 'string', value: text, ...pos };
  const float = r.floatText();
  if (float !== null) return { kind: 'float', value: float, ...pos };
  const at = r.pos;
  const integer = r.integerText();
  if (integer !== null) {
    if (BigInt(integer) > I64_MAX) r.refuse(new DeclFailure(at, 'invalid integer: number too large to fit in target type'));
    return { kind: 'integer', value: integer, ...pos };
  }
  // bool_lit is a plain prefix in query.pest: `true_name` reads as `true` then `_name`.
  if (r.word('true')) return { kind: 'bool', value: true, ...pos };
  if (r.word('false')) return { kind: 'bool', value: false, ...pos };
  return null;
}

/** `literal | $var | now()`: binding match values, mutation values and `where` operands. */
export function parseMValue(r: Reader): MValue {
  const pos = r.here();
  if (r.peekCall('now')) {
    nowCall(r);
    return { kind: 'now', ...pos };
  }
  const variable = r.variable();
  if (variable !== null) return { kind: 'var', name: variable, ...pos };
  const literal = tryLiteral(r);
  if (literal) return { kind: 'literal', value: literal, ...pos };
  throw r.fail(['literal', 'variable', 'now_call']);
}
