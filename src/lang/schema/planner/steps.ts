import type { JsonValue } from '../../../base/json.js';
import type { AnnotationJson, DropMode, MigrationStep, PropertyTypeJson, StepTypeKind } from './migration.js';
import type { PropTypeJson, ShapeAnnotation } from '../shape/shape.js';

/**
 * Migration step constructors in the engine's JSON field order (docs/contract/migration.md#steps). Keeping every
 * step shape in one file makes the field order auditable against the spec table.
 */

export type LintCode = 'OG-MF-103' | 'OG-MF-106';

export function annotationsJson(list: readonly ShapeAnnotation[]): AnnotationJson[] {
  return list.map((a) => ({ name: a.name, value: a.value, ...(a.kwargs === undefined ? {} : { kwargs: { ...a.kwargs } }) }));
}

export function propTypeJsonValue(t: PropTypeJson): PropertyTypeJson {
  return {
    scalar: typeof t.scalar === 'string' ? t.scalar : { Vector: t.scalar.Vector },
    nullable: t.nullable,
    list: t.list,
    enum_values: t.enum_values === null ? null : [...t.enum_values],
  };
}

export const step = {
  addType: (type_kind: StepTypeKind, name: string): MigrationStep => ({ kind: 'add_type', type_kind, name }),
  renameType: (type_kind: StepTypeKind, from: string, to: string): MigrationStep => ({ kind: 'rename_type', type_kind, from, to }),
  addProperty: (type_kind: StepTypeKind, type_name: string, property_name: string, t: PropTypeJson): MigrationStep => ({
    kind: 'add_property',
    type_kind,
    type_name,
    property_name,
    property_type: propTypeJsonValue(t),
  }),
  renameProperty: (type_kind: StepTypeKind, type_name: string, from: string, to: string): MigrationStep => ({
    kind: 'rename_property',
    type_kind,
    type_name,
    from,
    to,
  }),
  addConstraint: (type_kind: StepTypeKind, type_name: string, constraint: JsonValue): MigrationStep => ({ kind: 'add_constraint', type_kind, type_name, constraint }),
  extendEnum: (type_kind: StepTypeKind, type_name: string, property_name: string, added_values: readonly string[]): MigrationStep => ({
    kind: 'extend_enum',
    type_kind,
    type_name,
    property_name,
    added_values: [...added_values],
  }),
  updateTypeMetadata: (type_kind: StepTypeKind, name: string, annotations: readonly ShapeAnnotation[]): MigrationStep => ({
    kind: 'update_type_metadata',
    type_kind,
    name,
    annotations: annotationsJson(annotations),
  }),
  updatePropertyMetadata: (type_kind: StepTypeKind, type_name: string, property_name: string, annotations: readonly ShapeAnnotation[]): MigrationStep => ({
    kind: 'update_property_metadata',
    type_kind,
    type_name,
    property_name,
    annotations: annotationsJson(annotations),
  }),
  dropType: (type_kind: StepTypeKind, name: string, mode: DropMode = 'soft'): MigrationStep => ({ kind: 'drop_type', type_kind, name, mode }),
  dropProperty: (type_kind: StepTypeKind, type_name: string, property_name: string, mode: DropMode = 'soft'): MigrationStep => ({
    kind: 'drop_property',
    type_kind,
    type_name,
    property_name,
    mode,
  }),
  unsupported: (entity: string, reason: string, code: LintCode | null = null): MigrationStep => ({
    kind: 'unsupported_change',
    entity,
    reason,
    ...(code === null ? {} : { code }),
  }),
};

/** Every unsupported reason but the `@embed` one ends with this. */
export const V1 = 'is not supported in schema migration v1';
