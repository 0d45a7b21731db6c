import { toCompactJson } from '../../../base/json.js';
import type { MigrationPlan, MigrationStep, UnsupportedChangeStep } from './migration.js';
import type { LangResult } from '../../errors.js';
import { resolveSchemaIr } from '../ir/resolve.js';
import type { SchemaIr } from '../ir/types.js';
import { planConstraints, planMetadata, planProperties } from './plan-members.js';
import { step, V1 } from './steps.js';

/**
 * The identity-based migration planner (docs/contract/migration.md#step-order: interfaces, then nodes (drops
 * after all desired nodes), then edges, each matched by stable id so renames are cheap and
 * cosmetic edits plan nothing.
 */
export function planSchemaMigration(
  accepted: SchemaIr,
  desiredSource: string,
  options: { allowDataLoss: boolean },
): LangResult<{ plan: MigrationPlan; desiredIr: SchemaIr }> {
  const resolved = resolveSchemaIr(desiredSource, accepted, accepted.schema_identity_domain);
  if (!resolved.ok) return resolved;
  const desiredIr = resolved.value;
  const broken = identityInvariantViolation(accepted, desiredIr);
  if (broken !== null) return { ok: false, error: { stage: 'catalog', message: `schema identity resolution failed: ${broken}` } };
  let steps = diffIr(accepted, desiredIr);
  if (options.allowDataLoss) {
    steps = steps.map((s) => (s.kind === 'drop_type' || s.kind === 'drop_property' ? { ...s, mode: 'hard' } : s));
  }
  return { ok: true, value: { plan: { supported: steps.every((s) => s.kind !== 'unsupported_change'), steps }, desiredIr } };
}

/** The first unsupported step's reason, `[CODE] `-prefixed when coded; null for a supported plan. */
export function unsupportedPlanMessage(plan: MigrationPlan): string | null {
  const first = plan.steps.find((s): s is UnsupportedChangeStep => s.kind === 'unsupported_change');
  if (first === undefined) return null;
  return first.code === undefined ? first.reason : `[${first.code}] ${first.reason}`;
}

function identityInvariantViolation(accepted: SchemaIr, desired: SchemaIr): string | null {
  if (accepted.schema_identity_domain !== desired.schema_identity_domain) return 'schema identity domains differ';
  if (desired.next_identity_id < accepted.next_identity_id) return 'next_identity_id regressed';
  const kinds = new Map<number, string>();
  for (const [kind, list] of [
    ['interface', accepted.interfaces],
    ['node', accepted.nodes],
    ['edge', accepted.edges],
  ] as const) {
    for (const t of list) kinds.set(t.type_id, kind);
  }
  for (const [kind, list] of [
    ['interface', desired.interfaces],
    ['node', desired.nodes],
    ['edge', desired.edges],
  ] as const) {
    for (const t of list) {
      const was = kinds.get(t.type_id);
      if (was !== undefined && was !== kind) return `identity ${t.type_id} changed kind from ${was} to ${kind}`;
    }
  }
  return null;
}

export function diffIr(accepted: SchemaIr, desired: SchemaIr): MigrationStep[] {
  const steps: MigrationStep[] = [];

  const accInterfaces = new Map(accepted.interfaces.map((t) => [t.type_id, t]));
  for (const d of desired.interfaces) {
    const a = accInterfaces.get(d.type_id);
    if (a === undefined) {
      steps.push(step.addType('interface', d.name));
      continue;
    }
    accInterfaces.delete(d.type_id);
    if (a.name !== d.name) steps.push(step.renameType('interface', a.name, d.name));
    planProperties('interface', d.name, a.properties, d.properties, steps);
  }
  for (const a of accInterfaces.values()) steps.push(step.unsupported(`interface:${a.name}`, `removing interface '${a.name}' ${V1}`));

  const accNodes = new Map(accepted.nodes.map((t) => [t.type_id, t]));
  for (const d of desired.nodes) {
    const a = accNodes.get(d.type_id);
    if (a === undefined) {
      steps.push(step.addType('node', d.name));
      continue;
    }
    accNodes.delete(d.type_id);
    if (a.name !== d.name) steps.push(step.renameType('node', a.name, d.name));
    const ids = (list: readonly { type_id: number }[]) => list.map((r) => r.type_id).sort((x, y) => x - y);
    if (toCompactJson(ids(a.implements)) !== toCompactJson(ids(d.implements))) {
      steps.push(step.unsupported(`node:${d.name}`, `changing implemented interfaces on node '${d.name}' ${V1}`));
    }
    planMetadata(a.annotations, d.annotations, `node:${d.name}`, (list) => step.updateTypeMetadata('node', d.name, list), steps);
    planProperties('node', d.name, a.properties, d.properties, steps);
    planConstraints('node', d.name, a.constraints, d.constraints, steps);
  }
  for (const a of accNodes.values()) steps.push(step.dropType('node', a.name));

  const accEdges = new Map(accepted.edges.map((t) => [t.type_id, t]));
  for (const d of desired.edges) {
    const a = accEdges.get(d.type_id);
    if (a === undefined) {
      steps.push(step.addType('edge', d.name));
      continue;
    }
    accEdges.delete(d.type_id);
    if (a.name !== d.name) steps.push(step.renameType('edge', a.name, d.name));
    if (a.from_type.type_id !== d.from_type.type_id || a.to_type.type_id !== d.to_type.type_id) {
      steps.push(step.unsupported(`edge:${d.name}`, `changing edge endpoints on '${d.name}' ${V1}`));
    }
    if (a.cardinality.min !== d.cardinality.min || a.cardinality.max !== d.cardinality.max) {
      steps.push(step.unsupported(`edge:${d.name}`, `changing cardinality on edge '${d.name}' ${V1}`));
    }
    planMetadata(a.annotations, d.annotations, `edge:${d.name}`, (list) => step.updateTypeMetadata('edge', d.name, list), steps);
    planProperties('edge', d.name, a.properties, d.properties, steps);
    planConstraints('edge', d.name, a.constraints, d.constraints, steps);
  }
  for (const a of accEdges.values()) steps.push(step.dropType('edge', a.name));

  if (steps.length === 0 && toCompactJson(accepted) !== toCompactJson(desired)) {
    steps.push(step.unsupported('schema', 'schema migration contains an unclassified semantic IR change'));
  }
  return steps;
}
