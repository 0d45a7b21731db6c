import { SyntaxFailure } from '../../schema/parse/cursor.js';
import type { Bounds, Clause, FilterOp, Pos, PropAssign } from '../ast.js';
import { parseExpr, parseMValue } from './exprs.js';
import type { Reader } from './reader.js';

const U32_MAX = 4294967295n;

/**
 * `match { … }` clauses in the reference's ordered choice: negation, binding, traversal, filter,
 * text-search clause. Traversal and filter can both start with `$v` (`$a < $b` vs `$a <knows> $b`,
 * `$a contains $b` is a traversal over `contains`), so a failed traversal attempt rewinds and the
 * clause is re-read as a filter; the rewind is bounded by one traversal's length, so the parse
 * stays linear.
 */

const FILTER_OPS: readonly FilterOp[] = ['>=', '<=', '!=', '>', '<', '='];

export function parseClauses(r: Reader, rule: string): Clause[] {
  r.expect('{', [rule]);
  const clauses: Clause[] = [parseClause(r)];
  while (!r.eat('}')) clauses.push(parseClause(r));
  return clauses;
}

function parseClause(r: Reader): Clause {
  const pos = r.here();
  if (r.peekKeyword('not')) {
    const at = r.pos;
    r.keyword('not');
    if (r.peek('{')) return { kind: 'negation', clauses: r.nested(() => parseClauses(r, 'negation')), ...pos };
    r.pos = at;
  }
  if (r.peekVariable()) {
    const start = r.pos;
    const variable = r.variable() ?? '';
    if (r.eat(':')) return binding(r, variable, pos);
    let traversalFailure: SyntaxFailure;
    try {
      return traversal(r, variable, pos);
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e;
      traversalFailure = e;
    }
    r.pos = start;
    try {
      return filterOrSearch(r, pos);
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e;
      throw furthest(traversalFailure, e);
    }
  }
  return filterOrSearch(r, pos);
}

function furthest(a: SyntaxFailure, b: SyntaxFailure): SyntaxFailure {
  if (a.offset !== b.offset) return a.offset > b.offset ? a : b;
  return new SyntaxFailure(a.offset, [...new Set([...a.expected, ...b.expected])]);
}

function binding(r: Reader, variable: string, pos: Pos): Clause {
  const typeName = r.typeName();
  if (typeName === null) throw r.fail(['type_name']);
  const matches: PropAssign[] = [];
  if (r.eat('{')) {
    matches.push(propAssign(r, 'prop_match'));
    while (r.eat(',') && !r.peek('}')) matches.push(propAssign(r, 'prop_match'));
    r.expect('}', ['binding']);
  }
  return { kind: 'binding', variable, typeName, matches, ...pos };
}

export function propAssign(r: Reader, rule: string): PropAssign {
  const pos = r.here();
  const property = r.ident();
  if (property === null) throw r.fail([rule]);
  r.expect(':', [rule]);
  return { property, value: parseMValue(r), ...pos };
}

function traversal(r: Reader, from: string, pos: Pos): Clause {
  let edgeVariable: (Pos & { name: string }) | null = null;
  if (r.peekVariable()) {
    const at = r.here();
    const name = r.variable() ?? '';
    r.expect(':', ['edge_binding']);
    edgeVariable = { name, ...at };
  }
  const undirected = r.eat('<');
  const edge = edgeIdent(r);
  if (undirected) r.expect('>', ['undirected_edge']);
  const bounds = r.peek('{') ? traversalBounds(r) : null;
  const toPos = r.here();
  const to = r.variable();
  if (to === null) throw r.fail(['variable']);
  return { kind: 'traversal', from, edgeVariable, edge, undirected, bounds, to, toPos, ...pos };
}

function edgeIdent(r: Reader): string {
  const at = r.pos;
  const name = r.ident();
  // edge_ident = !("not" ~ !ASCII_ALPHANUMERIC) ~ …: `not` and every `not_…` are refused.
  if (name === null || /^not(_|$)/.test(name)) {
    r.pos = at;
    throw r.fail(['edge_ident']);
  }
  return name;
}

function traversalBounds(r: Reader): Bounds {
  const pos = r.here();
  r.expect('{', ['traversal_bounds']);
  const min = r.boundedInteger('traversal min bound', U32_MAX);
  if (min === null) throw r.fail(['integer']);
  r.expect(',', ['traversal_bounds']);
  const max = r.boundedInteger('traversal max bound', U32_MAX);
  r.expect('}', ['traversal_bounds']);
  return { min, max, ...pos };
}

function filterOrSearch(r: Reader, pos: Pos): Clause {
  const left = parseExpr(r);
  const op = filterOp(r);
  if (op !== null) return { kind: 'filter', left, op, right: parseExpr(r), ...pos };
  if (left.kind === 'search' && left.fn !== 'bm25') return { kind: 'text_search', call: left, ...pos };
  throw r.fail(['filter_op']);
}

function filterOp(r: Reader): FilterOp | null {
  if (r.keyword('starts_with')) return 'starts_with';
  if (r.keyword('contains')) return 'contains';
  for (const op of FILTER_OPS) if (r.eat(op)) return op;
  return null;
}
