import type { BaseScalar, LiteralValue } from '../catalog.js';

/**
 * The syntax tree exactly as the grammar (docs/contract/engine-schema.md#grammar) recognises it, before any semantic
 * check: numbers stay as text and strings stay escaped, because their validation errors belong to
 * the later, ordered semantic passes.
 */

export interface RawPos {
  readonly line: number;
  readonly column: number;
}

/** A literal; strings keep their raw (still escaped) body until lowering. */
export type RawLiteral = (LiteralValue & RawPos) | ({ readonly kind: 'rawString'; readonly raw: string } & RawPos);

export interface RawAnnotation extends RawPos {
  readonly name: string;
  readonly value: RawLiteral | null;
  readonly kwargs: readonly (readonly [string, RawLiteral])[];
}

export type RawCoreType =
  | { readonly kind: 'base'; readonly scalar: BaseScalar }
  | { readonly kind: 'list'; readonly scalar: BaseScalar }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'vector'; readonly dimension: string };

export interface RawProperty extends RawPos {
  readonly name: string;
  readonly type: RawCoreType;
  readonly nullable: boolean;
  readonly annotations: readonly RawAnnotation[];
}

export type ConstraintName = 'key' | 'unique' | 'index' | 'range' | 'check';

export type RawConstraintArg =
  | ({ readonly kind: 'bounds'; readonly min: string | null; readonly max: string | null } & RawPos)
  | ({ readonly kind: 'literal'; readonly literal: RawLiteral } & RawPos)
  | ({ readonly kind: 'ident'; readonly name: string } & RawPos);

export interface RawConstraint extends RawPos {
  readonly name: ConstraintName;
  readonly args: readonly RawConstraintArg[];
}

export type RawBodyItem = { readonly kind: 'property'; readonly property: RawProperty } | { readonly kind: 'constraint'; readonly constraint: RawConstraint };

export interface RawInterface extends RawPos {
  readonly kind: 'interface';
  readonly name: string;
  readonly properties: readonly RawProperty[];
}

export interface RawNode extends RawPos {
  readonly kind: 'node';
  readonly name: string;
  readonly annotations: readonly RawAnnotation[];
  readonly implements: readonly (RawPos & { readonly name: string })[];
  readonly body: readonly RawBodyItem[];
}

export interface RawEdge extends RawPos {
  readonly kind: 'edge';
  readonly name: string;
  readonly fromType: string;
  readonly toType: string;
  readonly cardinality: ({ readonly min: string; readonly max: string | null } & RawPos) | null;
  readonly annotations: readonly RawAnnotation[];
  readonly body: readonly RawBodyItem[];
}

export type RawDecl = RawInterface | RawNode | RawEdge;
