import { compareBytes, toCompactJson } from '../../../base/json.js';
import type { MigrationStep } from './migration.js';
import { samePropType } from '../parse/expand.js';
import { debugBound, type ShapeAnnotation } from '../shape/shape.js';
import type { IrConstraint, IrField, IrProperty } from '../ir/types.js';
import type { StepTypeKind } from './migration.js';
import { step, V1 } from './steps.js';

/**
 * Per-owner diff rules of docs/contract/migration.md#step-order (rule 4 properties, rule 5 constraints) and docs/contract/migration.md#step-order
 * (annotations). Each appends to the shared step list, because rule 5 must see the index steps
 * rule 4 already emitted.
 */

const METADATA = new Set(['description', 'instruction']);

function sameJson(a: unknown, b: unknown): boolean {
  return toCompactJson(a) === toCompactJson(b);
}

/** docs/contract/migration.md#step-order: custom annotations must be unchanged; description/instruction changes become metadata steps. */
export function planMetadata(
  accepted: readonly ShapeAnnotation[],
  desired: readonly ShapeAnnotation[],
  entity: string,
  update: (annotations: readonly ShapeAnnotation[]) => MigrationStep,
  steps: MigrationStep[],
): void {
  const custom = (list: readonly ShapeAnnotation[]) => list.filter((a) => !METADATA.has(a.name));
  const meta = (list: readonly ShapeAnnotation[]) => list.filter((a) => METADATA.has(a.name));
  if (!sameJson(custom(accepted), custom(desired))) {
    steps.push(step.unsupported(entity, `changing annotations beyond @description/@instruction ${V1}`));
  } else if (!sameJson(meta(accepted), meta(desired))) {
    steps.push(update(meta(desired)));
  }
}

function pushUnlessPresent(steps: MigrationStep[], s: MigrationStep): void {
  const text = toCompactJson(s);
  if (!steps.some((x) => toCompactJson(x) === text)) steps.push(s);
}

function pureEnumWidening(a: IrProperty['prop_type'], d: IrProperty['prop_type']): string[] | null {
  if (a.enum_values === null || d.enum_values === null) return null;
  if (a.nullable !== d.nullable || a.list !== d.list || a.scalar !== d.scalar) return null;
  const before = new Set(a.enum_values);
  if (!a.enum_values.every((v) => d.enum_values?.includes(v))) return null;
  const added = d.enum_values.filter((v) => !before.has(v)).sort(compareBytes);
  return added.length > 0 ? added : null;
}

const asPropType = (t: IrProperty['prop_type']) => ({ scalar: t.scalar, nullable: t.nullable, list: t.list, enumValues: t.enum_values }) as Parameters<typeof samePropType>[0];

export function planProperties(kind: StepTypeKind, owner: string, accepted: readonly IrProperty[], desired: readonly IrProperty[], steps: MigrationStep[]): void {
  const byId = new Map(accepted.map((p) => [p.property_id, p]));
  const matched = new Set<number>();
  for (const d of desired) {
    const q = `${owner}.${d.name}`;
    const entity = `${kind}:${q}`;
    const a = byId.get(d.property_id);
    if (a === undefined) {
      if (d.prop_type.nullable) steps.push(step.addProperty(kind, owner, d.name, d.prop_type));
      else steps.push(step.unsupported(entity, `adding required property '${q}' requires a backfill and ${V1}`, 'OG-MF-103'));
      continue;
    }
    matched.add(a.property_id);
    if (a.name !== d.name) steps.push(step.renameProperty(kind, owner, a.name, d.name));
    if (!samePropType(asPropType(a.prop_type), asPropType(d.prop_type))) {
      const added = pureEnumWidening(a.prop_type, d.prop_type);
      if (added !== null) steps.push(step.extendEnum(kind, owner, d.name, added));
      else steps.push(step.unsupported(entity, `changing property type for '${q}' ${V1}`, 'OG-MF-106'));
    }
    const embedKey = (p: IrProperty) => (p.embed_source === null ? null : [p.embed_source.source.property_id, p.embed_source.model]);
    if (!sameJson(embedKey(a), embedKey(d))) {
      steps.push(
        step.unsupported(
          entity,
          `changing @embed source or model for '${q}' ${V1}; rebuild the graph so stored vectors and their declared embedding space cannot diverge`,
        ),
      );
    }
    if (a.property_constraints.some((c) => !d.property_constraints.includes(c))) {
      steps.push(step.unsupported(entity, `removing property constraints from '${q}' ${V1}`));
    }
    for (const c of ['key', 'unique', 'index'] as const) {
      if (!d.property_constraints.includes(c) || a.property_constraints.includes(c)) continue;
      if (c === 'index') pushUnlessPresent(steps, step.addConstraint(kind, owner, { Index: [d.name] }));
      else steps.push(step.unsupported(entity, `adding a property-level @${c} constraint to '${q}' ${V1}`));
    }
    if (a.declared_directly !== d.declared_directly) steps.push(step.unsupported(entity, `changing declaration provenance for '${q}' ${V1}`));
    const links = (p: IrProperty) => p.satisfies_interface_properties.map((s) => s.property_id).sort((x, y) => x - y);
    if (!sameJson(links(a), links(d))) steps.push(step.unsupported(entity, `changing interface-property satisfaction links for '${q}' ${V1}`));
    planMetadata(a.annotations, d.annotations, entity, (list) => step.updatePropertyMetadata(kind, owner, d.name, list), steps);
  }
  for (const a of accepted) if (!matched.has(a.property_id)) steps.push(step.dropProperty(kind, owner, a.name));
}

function fieldKey(f: IrField): string {
  return f.kind === 'property' ? `property:${f.owner_type_id}:${f.property_id}` : `system:${f.stable_table_id}:${f.table_incarnation_id}:${f.role}`;
}

/** The rename-proof identity of a constraint (docs/contract/migration.md#step-order rule 5). */
export function constraintIdentity(c: IrConstraint): string {
  switch (c.kind) {
    case 'key':
    case 'unique':
    case 'index':
      return `${c.kind}:${c.fields.map(fieldKey).sort(compareBytes).join(',')}`;
    case 'range':
      return `range:${fieldKey(c.field)}:${debugBound(c.min)}:${debugBound(c.max)}`;
    case 'check':
      return `check:${fieldKey(c.field)}:${c.pattern}`;
  }
}

const fieldName = (f: IrField): string => (f.kind === 'property' ? f.property_name : f.role);

export function planConstraints(kind: 'node' | 'edge', owner: string, accepted: readonly IrConstraint[], desired: readonly IrConstraint[], steps: MigrationStep[]): void {
  const before = new Set(accepted.map(constraintIdentity));
  const after = new Map(desired.map((c) => [constraintIdentity(c), c]));
  if ([...before].some((k) => !after.has(k))) steps.push(step.unsupported(`${kind}:${owner}`, `removing constraints from '${owner}' ${V1}`));
  const added = [...after.entries()].filter(([k]) => !before.has(k)).sort(([x], [y]) => compareBytes(x, y));
  for (const [identity, c] of added) {
    if (c.kind === 'index') pushUnlessPresent(steps, step.addConstraint(kind, owner, { Index: c.fields.map(fieldName).sort(compareBytes) }));
    else steps.push(step.unsupported(`${kind}:${owner}`, `adding constraint '${identity}' to '${owner}' ${V1}`));
  }
}
