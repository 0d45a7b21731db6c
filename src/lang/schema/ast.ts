import type { Annotation, Constraint, PropType } from './catalog.js';

/**
 * The parsed `.pg` schema after the parser's own semantic passes (docs/contract/engine-schema.md): interfaces
 * are already expanded into the nodes that implement them and property-level `@key/@unique/@index`
 * are already desugared into constraints, because the reference parser does both before any
 * catalog is built. Positions are 1-based.
 */

export interface SourcePos {
  readonly line: number;
  readonly column: number;
}

/** Which interface property a node property stands for (docs/contract/engine-schema.md#declarations provenance). */
export interface InterfaceLink {
  readonly interfaceName: string;
  readonly propertyName: string;
}

export interface AstProperty extends SourcePos {
  readonly name: string;
  readonly type: PropType;
  readonly annotations: readonly Annotation[];
  /** False only for node properties injected from an implemented interface. */
  readonly declaredDirectly: boolean;
  readonly satisfies: readonly InterfaceLink[];
}

/** A constraint plus where it came from: a body `@key(…)`, a property `@key`, or an interface. */
export type AstConstraint = Constraint &
  SourcePos & { readonly origin: 'body' | 'property' | 'interface' };

export interface AstInterface extends SourcePos {
  readonly kind: 'interface';
  readonly name: string;
  readonly properties: readonly AstProperty[];
}

export interface AstNode extends SourcePos {
  readonly kind: 'node';
  readonly name: string;
  readonly annotations: readonly Annotation[];
  readonly implements: readonly string[];
  readonly properties: readonly AstProperty[];
  readonly constraints: readonly AstConstraint[];
}

export interface AstEdge extends SourcePos {
  readonly kind: 'edge';
  readonly name: string;
  readonly fromType: string;
  readonly toType: string;
  readonly cardinality: { readonly min: number; readonly max: number | null };
  readonly annotations: readonly Annotation[];
  readonly properties: readonly AstProperty[];
  readonly constraints: readonly AstConstraint[];
}

export type AstDecl = AstInterface | AstNode | AstEdge;

export interface SchemaAst {
  /** In source order. */
  readonly declarations: readonly AstDecl[];
}
