import type { RangeBound } from '../catalog.js';
import type { PropTypeJson, PropertyConstraintKind, ShapeAnnotation } from '../shape/shape.js';

/**
 * The identity-bearing schema IR v2 (docs/contract/engine-schema.md#stable-identity): our own `_schema.ir.json`. Field names are
 * the on-disk JSON names. Every reference carries both the stable id and the current name.
 */

export interface IrTypeRef {
  readonly type_id: number;
  readonly type_name: string;
}

export interface IrPropertyRef {
  readonly owner_type_id: number;
  readonly owner_type_name: string;
  readonly property_id: number;
  readonly property_name: string;
}

export type SystemRole = 'id' | 'src' | 'dst';

export type IrField =
  | ({ readonly kind: 'property' } & IrPropertyRef)
  | {
      readonly kind: 'system';
      readonly stable_table_id: number;
      readonly table_type_name: string;
      readonly table_incarnation_id: number;
      readonly role: SystemRole;
    };

export type IrConstraint =
  | { readonly kind: 'key' | 'unique' | 'index'; readonly fields: readonly IrField[] }
  | { readonly kind: 'range'; readonly field: IrField; readonly min: RangeBound | null; readonly max: RangeBound | null }
  | { readonly kind: 'check'; readonly field: IrField; readonly pattern: string };

export interface IrProperty {
  readonly property_id: number;
  readonly name: string;
  readonly prop_type: PropTypeJson;
  readonly annotations: readonly ShapeAnnotation[];
  readonly property_constraints: readonly PropertyConstraintKind[];
  readonly embed_source: { readonly source: IrPropertyRef; readonly model: string | null } | null;
  readonly declared_directly: boolean;
  readonly satisfies_interface_properties: readonly IrPropertyRef[];
}

export interface IrInterface {
  readonly type_id: number;
  readonly name: string;
  readonly properties: readonly IrProperty[];
}

export interface IrNode {
  readonly type_id: number;
  readonly table_incarnation_id: number;
  readonly name: string;
  readonly annotations: readonly ShapeAnnotation[];
  readonly implements: readonly IrTypeRef[];
  readonly properties: readonly IrProperty[];
  readonly constraints: readonly IrConstraint[];
}

export interface IrEdge {
  readonly type_id: number;
  readonly table_incarnation_id: number;
  readonly name: string;
  readonly from_type: IrTypeRef;
  readonly to_type: IrTypeRef;
  readonly cardinality: { readonly min: number; readonly max: number | null };
  readonly annotations: readonly ShapeAnnotation[];
  readonly properties: readonly IrProperty[];
  readonly constraints: readonly IrConstraint[];
}

export interface SchemaIr {
  readonly ir_version: 2;
  /** Uppercase canonical ULID, fixed at init; never shared between graphs. */
  readonly schema_identity_domain: string;
  /** The next id the shared, never-reused counter hands out. */
  readonly next_identity_id: number;
  readonly interfaces: readonly IrInterface[];
  readonly nodes: readonly IrNode[];
  readonly edges: readonly IrEdge[];
}
