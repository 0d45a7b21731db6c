import { z } from 'zod';
import { F64, type JsonValue } from '../../../base/json.js';

/**
 * The engine's migration step JSON (docs/contract/migration.md#steps): internally tagged by `kind`, every field
 * present except `code`, fields in serialization order. One schema serves the planner's types
 * and the check of what an `omnigraph` binary prints.
 */
const typeKind = z.enum(['interface', 'node', 'edge']);
const dropMode = z.enum(['soft', 'hard']);
const json: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.instanceof(F64), z.array(json), z.record(z.string(), json)]),
);
const propertyType = z.strictObject({
  scalar: z.union([z.string(), z.strictObject({ Vector: z.number() })]),
  nullable: z.boolean(),
  list: z.boolean(),
  enum_values: z.array(z.string()).nullable(),
});
const annotation = z.strictObject({ name: z.string(), value: z.string().nullable(), kwargs: z.record(z.string(), z.string()).optional() });

const addType = z.strictObject({ kind: z.literal('add_type'), type_kind: typeKind, name: z.string() });
const renameType = z.strictObject({ kind: z.literal('rename_type'), type_kind: typeKind, from: z.string(), to: z.string() });
const addProperty = z.strictObject({
  kind: z.literal('add_property'),
  type_kind: typeKind,
  type_name: z.string(),
  property_name: z.string(),
  property_type: propertyType,
});
const renameProperty = z.strictObject({ kind: z.literal('rename_property'), type_kind: typeKind, type_name: z.string(), from: z.string(), to: z.string() });
const addConstraint = z.strictObject({ kind: z.literal('add_constraint'), type_kind: typeKind, type_name: z.string(), constraint: json });
const extendEnum = z.strictObject({
  kind: z.literal('extend_enum'),
  type_kind: typeKind,
  type_name: z.string(),
  property_name: z.string(),
  added_values: z.array(z.string()),
});
const updateTypeMetadata = z.strictObject({ kind: z.literal('update_type_metadata'), type_kind: typeKind, name: z.string(), annotations: z.array(annotation) });
const updatePropertyMetadata = z.strictObject({
  kind: z.literal('update_property_metadata'),
  type_kind: typeKind,
  type_name: z.string(),
  property_name: z.string(),
  annotations: z.array(annotation),
});
const dropType = z.strictObject({ kind: z.literal('drop_type'), type_kind: typeKind, name: z.string(), mode: dropMode });
const dropProperty = z.strictObject({ kind: z.literal('drop_property'), type_kind: typeKind, type_name: z.string(), property_name: z.string(), mode: dropMode });
const unsupportedChange = z.strictObject({ kind: z.literal('unsupported_change'), entity: z.string(), reason: z.string(), code: z.string().optional() });

export const migrationStepSchema = z.discriminatedUnion('kind', [
  addType,
  renameType,
  addProperty,
  renameProperty,
  addConstraint,
  extendEnum,
  updateTypeMetadata,
  updatePropertyMetadata,
  dropType,
  dropProperty,
  unsupportedChange,
]);

export type StepTypeKind = z.infer<typeof typeKind>;
export type DropMode = z.infer<typeof dropMode>;
export type PropertyTypeJson = z.infer<typeof propertyType>;
export type AnnotationJson = z.infer<typeof annotation>;
export type UnsupportedChangeStep = z.infer<typeof unsupportedChange>;
export type MigrationStep = z.infer<typeof migrationStepSchema>;
export type MigrationStepKind = MigrationStep['kind'];

/** What the planner returns for one schema change: `supported` is false when any step is `unsupported_change`. */
export interface MigrationPlan {
  readonly supported: boolean;
  readonly steps: readonly MigrationStep[];
}
