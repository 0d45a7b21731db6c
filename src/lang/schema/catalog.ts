/**
 * The compiled view of a `.pg` schema that the query type checker and the migration planner read
 * (docs/contract/engine-schema.md, docs/contract/engine-query.md#type-checks). Built by `buildCatalog`; never mutated afterwards.
 */

export type BaseScalar = 'String' | 'Bool' | 'I32' | 'I64' | 'U32' | 'U64' | 'F32' | 'F64' | 'Date' | 'DateTime' | 'Blob';
export type Scalar = BaseScalar | { readonly Vector: number };

/** docs/contract/engine-schema.md#types `PropType`; enum values are sorted and de-duplicated. */
export interface PropType {
  readonly scalar: Scalar;
  readonly nullable: boolean;
  readonly list: boolean;
  readonly enumValues: readonly string[] | null;
}

export type LiteralValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'integer'; readonly value: string }
  | { readonly kind: 'float'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'ident'; readonly value: string };

export interface Annotation {
  readonly name: string;
  readonly value: LiteralValue | null;
  readonly kwargs: ReadonlyMap<string, LiteralValue>;
  readonly line: number;
  readonly column: number;
}

export interface EmbedSource {
  readonly propertyName: string;
  readonly model: string | null;
}

export interface CatalogProperty {
  readonly name: string;
  readonly type: PropType;
  readonly annotations: readonly Annotation[];
  readonly embedSource: EmbedSource | null;
  /** False only for node properties injected from an implemented interface. */
  readonly declaredDirectly: boolean;
}

export type RangeBound = { readonly Integer: number } | { readonly Float: number };

export type Constraint =
  | { readonly kind: 'key'; readonly columns: readonly string[] }
  | { readonly kind: 'unique'; readonly columns: readonly string[] }
  | { readonly kind: 'index'; readonly columns: readonly string[] }
  | { readonly kind: 'range'; readonly property: string; readonly min: RangeBound | null; readonly max: RangeBound | null }
  | { readonly kind: 'check'; readonly property: string; readonly pattern: string };

export interface InterfaceType {
  readonly kind: 'interface';
  readonly name: string;
  readonly properties: ReadonlyMap<string, CatalogProperty>;
}

export interface NodeType {
  readonly kind: 'node';
  readonly name: string;
  readonly annotations: readonly Annotation[];
  readonly implements: readonly string[];
  /** Own and injected properties (not the implicit `id`). */
  readonly properties: ReadonlyMap<string, CatalogProperty>;
  readonly constraints: readonly Constraint[];
}

export interface EdgeType {
  readonly kind: 'edge';
  readonly name: string;
  readonly fromType: string;
  readonly toType: string;
  readonly cardinality: { readonly min: number; readonly max: number | null };
  readonly annotations: readonly Annotation[];
  /** Own properties (not the implicit `id`, `src`, `dst`). */
  readonly properties: ReadonlyMap<string, CatalogProperty>;
  readonly constraints: readonly Constraint[];
}

export interface Catalog {
  readonly interfaces: ReadonlyMap<string, InterfaceType>;
  readonly nodes: ReadonlyMap<string, NodeType>;
  readonly edges: ReadonlyMap<string, EdgeType>;
  /** Exact name first, then case-insensitive (`worksAt` → `WorksAt`). */
  findEdge(name: string): EdgeType | undefined;
}

/** Display form used in messages: `String?`, `[I64]`, `enum(a, b)?`, `Vector(4)`. */
export function displayPropType(type: PropType): string {
  const scalar = typeof type.scalar === 'string' ? type.scalar : `Vector(${type.scalar.Vector})`;
  const core = type.enumValues ? `enum(${type.enumValues.join(', ')})` : type.list ? `[${scalar}]` : scalar;
  return type.nullable ? `${core}?` : core;
}
