/**
 * The `.gq` syntax tree (docs/contract/engine-query.md#grammar, HEAD grammar). Every node carries the 1-based
 * line:column of its first token so type errors can point at the offending construct.
 */

export interface Pos {
  readonly line: number;
  readonly column: number;
}

export type Literal =
  | (Pos & { readonly kind: 'string'; readonly value: string })
  | (Pos & { readonly kind: 'integer'; readonly value: string })
  | (Pos & { readonly kind: 'float'; readonly value: string })
  | (Pos & { readonly kind: 'bool'; readonly value: boolean })
  | (Pos & { readonly kind: 'date'; readonly value: string })
  | (Pos & { readonly kind: 'datetime'; readonly value: string })
  | (Pos & { readonly kind: 'list'; readonly items: readonly Literal[] });

export type AggregateFn = 'count' | 'sum' | 'avg' | 'min' | 'max';
export type SearchFn = 'search' | 'fuzzy' | 'match_text' | 'bm25';

export type Expr =
  | (Pos & { readonly kind: 'now' })
  | (Pos & { readonly kind: 'var'; readonly name: string })
  | (Pos & { readonly kind: 'prop'; readonly variable: string; readonly property: string })
  | (Pos & { readonly kind: 'literal'; readonly value: Literal })
  | (Pos & { readonly kind: 'ident'; readonly name: string })
  | (Pos & { readonly kind: 'nearest'; readonly target: PropRef; readonly query: Expr })
  | (Pos & { readonly kind: 'search'; readonly fn: SearchFn; readonly args: readonly Expr[] })
  | (Pos & { readonly kind: 'rrf'; readonly ranks: readonly [Expr, Expr]; readonly k: Expr | null })
  | (Pos & { readonly kind: 'aggregate'; readonly fn: AggregateFn; readonly arg: Expr });

/** `$v.p` as written in `nearest($v.p, …)`. */
export interface PropRef extends Pos {
  readonly variable: string;
  readonly property: string;
}

export type CompOp = '>=' | '<=' | '!=' | '>' | '<' | '=';
export type FilterOp = 'starts_with' | 'contains' | CompOp;

/** A binding's `{ p: v }` match value or a mutation value: literal, `$var` or `now()`. */
export type MValue =
  | (Pos & { readonly kind: 'literal'; readonly value: Literal })
  | (Pos & { readonly kind: 'var'; readonly name: string })
  | (Pos & { readonly kind: 'now' });

export interface PropAssign extends Pos {
  readonly property: string;
  readonly value: MValue;
}

export interface Bounds extends Pos {
  readonly min: number;
  readonly max: number | null;
}

export type Clause =
  | (Pos & { readonly kind: 'negation'; readonly clauses: readonly Clause[] })
  | (Pos & { readonly kind: 'binding'; readonly variable: string; readonly typeName: string; readonly matches: readonly PropAssign[] })
  | (Pos & {
      readonly kind: 'traversal';
      readonly from: string;
      readonly edgeVariable: (Pos & { readonly name: string }) | null;
      readonly edge: string;
      readonly undirected: boolean;
      readonly bounds: Bounds | null;
      readonly to: string;
      readonly toPos: Pos;
    })
  | (Pos & { readonly kind: 'filter'; readonly left: Expr; readonly op: FilterOp; readonly right: Expr })
  | (Pos & { readonly kind: 'text_search'; readonly call: Extract<Expr, { kind: 'search' }> });

export interface Projection extends Pos {
  readonly expr: Expr;
  readonly alias: string | null;
}

export type Ordering =
  | (Pos & { readonly kind: 'nearest'; readonly target: PropRef; readonly query: Expr })
  | (Pos & { readonly kind: 'expr'; readonly expr: Expr; readonly direction: 'asc' | 'desc' | null });

export interface ReadBody {
  readonly clauses: readonly Clause[];
  readonly projections: readonly Projection[];
  readonly ordering: readonly Ordering[];
  readonly limit: (Pos & { readonly value: number }) | null;
}

export interface WherePredicate extends Pos {
  readonly property: string;
  readonly op: CompOp;
  readonly value: MValue;
}

export type Mutation =
  | (Pos & { readonly kind: 'insert'; readonly typeName: string; readonly assignments: readonly PropAssign[] })
  | (Pos & { readonly kind: 'update'; readonly typeName: string; readonly assignments: readonly PropAssign[]; readonly where: WherePredicate })
  | (Pos & { readonly kind: 'delete'; readonly typeName: string; readonly where: WherePredicate });

export type ParamType =
  | { readonly kind: 'scalar'; readonly name: string }
  | { readonly kind: 'list'; readonly name: string }
  | { readonly kind: 'vector'; readonly dim: number };

export interface Param extends Pos {
  readonly name: string;
  readonly type: ParamType;
  readonly nullable: boolean;
}

interface QueryDeclBase extends Pos {
  readonly name: string;
  readonly params: readonly Param[];
  readonly description: string | null;
  readonly instruction: string | null;
}

export type QueryDecl =
  | (QueryDeclBase & { readonly kind: 'read'; readonly body: ReadBody })
  | (QueryDeclBase & { readonly kind: 'mutation'; readonly mutations: readonly Mutation[] });
