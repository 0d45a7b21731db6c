import type { CompOp, Mutation, Ordering, Param, ParamType, Pos, Projection, PropAssign, QueryDecl, ReadBody, WherePredicate } from '../ast.js';
import { parseClauses, propAssign } from './clauses.js';
import { nearestCall, parseExpr, parseMValue } from './exprs.js';
import { DeclFailure, type Reader } from './reader.js';

/**
 * Declarations, parameters, read bodies and mutation statements of a `.gq` file
 * (docs/contract/engine-query.md#grammar). The body is a read body when it starts with `match`, else ≥1 mutation.
 */

const COMP_OPS: readonly CompOp[] = ['>=', '<=', '!=', '>', '<', '='];
const U64_MAX = 18446744073709551615n;


export function parseDecls(r: Reader): QueryDecl[] {
  const decls: QueryDecl[] = [];
  for (;;) {
    r.cursor.skipTrivia();
    if (r.cursor.atEnd()) return decls;
    if (!r.peek('query')) throw r.fail(['EOI', 'query_decl']);
    decls.push(parseDecl(r));
  }
}

function parseDecl(r: Reader): QueryDecl {
  const pos = r.here();
  r.word('query');
  const name = r.ident();
  if (name === null) throw r.fail(['ident']);
  r.expect('(', ['query_decl']);
  const params: Param[] = [];
  if (!r.peek(')')) {
    do params.push(parseParam(r));
    while (r.eat(','));
  }
  r.expect(')', ['query_decl']);
  const annotations = parseAnnotations(r, name);
  r.expect('{', ['query_decl']);
  const base = { name, params, ...annotations, ...pos };
  let decl: QueryDecl;
  if (r.peekKeyword('match')) {
    decl = { kind: 'read', body: parseReadBody(r), ...base };
  } else {
    const mutations = [parseMutation(r)];
    while (!r.peek('}')) mutations.push(parseMutation(r));
    decl = { kind: 'mutation', mutations, ...base };
  }
  r.expect('}', ['query_decl']);
  return decl;
}

function parseParam(r: Reader): Param {
  const pos = r.here();
  const name = r.variable();
  if (name === null) throw r.fail(['param']);
  r.expect(':', ['param']);
  let type: ParamType;
  if (r.eat('[')) {
    const inner = baseType(r);
    if (inner === null) throw r.fail(['base_type']);
    r.expect(']', ['list_type']);
    type = { kind: 'list', name: inner };
  } else if (r.peekCall('Vector')) {
    r.keyword('Vector');
    r.expect('(', ['vector_type']);
    const dim = r.integer();
    if (dim === null) throw r.fail(['integer']);
    r.expect(')', ['vector_type']);
    type = { kind: 'vector', dim };
  } else {
    const scalar = baseType(r);
    if (scalar === null) throw r.fail(['type_ref']);
    type = { kind: 'scalar', name: scalar };
  }
  return { name, type, nullable: r.eat('?'), ...pos };
}

/** The grammar's closed `base_type` set (no enums, no node types); `DateTime` is tried before `Date`. */
const BASE_TYPES = ['String', 'Blob', 'Bool', 'I32', 'I64', 'U32', 'U64', 'F32', 'F64', 'DateTime', 'Date'] as const;

function baseType(r: Reader): string | null {
  for (const name of BASE_TYPES) if (r.eat(name)) return name;
  return null;
}

function parseAnnotations(r: Reader, name: string): { description: string | null; instruction: string | null } {
  const found: { description: string | null; instruction: string | null } = { description: null, instruction: null };
  for (;;) {
    r.cursor.skipTrivia();
    const at = r.pos;
    const which = r.keyword('@description') ? 'description' : r.keyword('@instruction') ? 'instruction' : null;
    if (which === null) return found;
    r.expect('(', [`${which}_annotation`]);
    const text = r.string();
    if (text === null) throw r.fail(['string_lit']);
    r.expect(')', [`${which}_annotation`]);
    if (found[which] !== null) r.refuse(new DeclFailure(at, `query \`${name}\` cannot include duplicate @${which} annotations`));
    found[which] = text;
  }
}

function parseReadBody(r: Reader): ReadBody {
  r.keyword('match');
  const clauses = parseClauses(r, 'match_clause');
  if (!r.keyword('return')) throw r.fail(['return_clause']);
  r.expect('{', ['return_clause']);
  const projections = [parseProjection(r)];
  while (!r.eat('}')) projections.push(parseProjection(r));
  const ordering: Ordering[] = [];
  if (r.keyword('order')) {
    r.expect('{', ['order_clause']);
    do ordering.push(parseOrdering(r));
    while (r.eat(','));
    r.expect('}', ['order_clause']);
  }
  let limit: ReadBody['limit'] = null;
  if (r.peek('limit')) {
    const pos = r.here();
    r.word('limit');
    const value = r.boundedInteger('limit', U64_MAX);
    if (value === null) throw r.fail(['integer']);
    limit = { value, ...pos };
  }
  return { clauses, projections, ordering, limit };
}

function parseProjection(r: Reader): Projection {
  const pos = r.here();
  const expr = parseExpr(r);
  let alias: string | null = null;
  // pest's `("as" ~ ident)?`: `asName` is an alias, a bare `as` with no ident is given back.
  const beforeAs = r.pos;
  if (r.word('as')) {
    alias = r.ident();
    if (alias === null) r.pos = beforeAs;
  }
  r.eat(',');
  return { expr, alias, ...pos };
}

function parseOrdering(r: Reader): Ordering {
  const pos = r.here();
  if (r.peekCall('nearest')) {
    const { target, query } = nearestCall(r);
    return { kind: 'nearest', target, query, ...pos };
  }
  const expr = parseExpr(r);
  const direction = r.keyword('asc') ? 'asc' : r.keyword('desc') ? 'desc' : null;
  return { kind: 'expr', expr, direction, ...pos };
}

function parseMutation(r: Reader): Mutation {
  const pos = r.here();
  if (r.word('insert')) {
    const typeName = mutationType(r);
    return { kind: 'insert', typeName, assignments: parseAssignments(r, 'insert_stmt'), ...pos };
  }
  if (r.word('update')) {
    const typeName = mutationType(r);
    if (!r.word('set')) throw r.fail(['update_stmt']);
    const assignments = parseAssignments(r, 'update_stmt');
    return { kind: 'update', typeName, assignments, where: parseWhere(r), ...pos };
  }
  if (r.word('delete')) {
    const typeName = mutationType(r);
    return { kind: 'delete', typeName, where: parseWhere(r), ...pos };
  }
  throw r.fail(['match_clause', 'mutation_stmt']);
}

function mutationType(r: Reader): string {
  const name = r.typeName();
  if (name === null) throw r.fail(['type_name']);
  return name;
}

function parseAssignments(r: Reader, rule: string): PropAssign[] {
  r.expect('{', [rule]);
  const assignments: PropAssign[] = [];
  do {
    assignments.push(propAssign(r, 'mutation_assignment'));
    r.eat(',');
  } while (!r.eat('}'));
  return assignments;
}

function parseWhere(r: Reader): WherePredicate {
  if (!r.word('where')) throw r.fail(['mutation_predicate']);
  const pos: Pos = r.here();
  const property = r.ident();
  if (property === null) throw r.fail(['ident']);
  const op = COMP_OPS.find((o) => r.eat(o));
  if (op === undefined) throw r.fail(['comp_op']);
  return { property, op, value: parseMValue(r), ...pos };
}
