import { sha256hex } from '../base/hash.js';
import { F64, compareBytes, toCompactJson, type JsonValue } from '../base/json.js';
import type { PlanOutput } from '../engine/model/outputs.js';

/**
 * What a reviewer approved when they approved a plan (contract §7): the desired config digest,
 * every change's identity, digests, disposition, reason, metadata flags and migration, and the
 * approval gates. Never the state revision, CAS, lock or time: `refresh` bumps the revision on
 * every run and must not make a reviewed plan "change".
 */
export interface FingerprintInputs {
  readonly config_digest: string | null;
  readonly changes: readonly FingerprintChange[];
  readonly approvals: readonly { readonly resource: string; readonly reason: string; readonly satisfied: boolean | null }[];
}

export interface FingerprintChange {
  readonly resource: string;
  readonly operation: string;
  readonly before_digest: string | null;
  readonly after_digest: string | null;
  readonly disposition: string | null;
  readonly reason: string | null;
  readonly binding_change: boolean;
  readonly metadata_change: string | null;
  readonly migration: JsonValue;
}

export function fingerprintInputs(plan: PlanOutput): FingerprintInputs {
  const changes = plan.changes
    .map(
      (c): FingerprintChange => ({
        resource: c.resource,
        operation: c.operation,
        before_digest: c.before_digest ?? null,
        after_digest: c.after_digest ?? null,
        disposition: c.disposition ?? null,
        reason: c.reason ?? null,
        binding_change: c.binding_change === true,
        metadata_change: c.metadata_change ?? null,
        migration: c.migration === undefined ? null : canonical(c.migration as unknown as JsonValue),
      }),
    )
    .sort((a, b) => compareBytes(a.resource, b.resource) || compareBytes(a.operation, b.operation));
  const approvals = plan.approvals_required
    .map((g) => ({ resource: g.resource, reason: g.reason, satisfied: g.satisfied ?? null }))
    .sort((a, b) => compareBytes(a.resource, b.resource));
  return { config_digest: plan.desired_revision.config_digest ?? null, changes, approvals };
}

/** sha256 (lowercase hex) of the canonical compact JSON of the plan's fingerprint inputs. */
export function planFingerprint(plan: PlanOutput | FingerprintInputs): string {
  const inputs = 'state_observations' in plan ? fingerprintInputs(plan) : plan;
  return sha256hex(toCompactJson(canonical(inputs as unknown as JsonValue)));
}

/**
 * Human lines naming what differs between a reviewed plan and the current one ("plan changed
 * since review"), resource by resource; empty when the fingerprints would be equal.
 */
export function diffFingerprintInputs(reviewed: PlanOutput | FingerprintInputs, current: PlanOutput | FingerprintInputs): string[] {
  const a = 'state_observations' in reviewed ? fingerprintInputs(reviewed) : reviewed;
  const b = 'state_observations' in current ? fingerprintInputs(current) : current;
  const lines: string[] = [];
  if (a.config_digest !== b.config_digest) lines.push(`config digest: ${a.config_digest ?? 'none'} → ${b.config_digest ?? 'none'}`);
  const before = new Map(a.changes.map((c) => [c.resource, c]));
  const after = new Map(b.changes.map((c) => [c.resource, c]));
  const resources = [...new Set([...before.keys(), ...after.keys()])].sort(compareBytes);
  for (const resource of resources) {
    const x = before.get(resource);
    const y = after.get(resource);
    if (x === undefined && y !== undefined) lines.push(`${resource}: new change (${y.operation}, ${y.disposition ?? 'no disposition'})`);
    else if (x !== undefined && y === undefined) lines.push(`${resource}: no longer changes (was ${x.operation})`);
    else if (x !== undefined && y !== undefined) {
      const fields = changedFields(x, y);
      if (fields.length > 0) lines.push(`${resource}: ${fields.join('; ')}`);
    }
  }
  const gatesA = new Map(a.approvals.map((g) => [g.resource, g]));
  const gatesB = new Map(b.approvals.map((g) => [g.resource, g]));
  for (const resource of [...new Set([...gatesA.keys(), ...gatesB.keys()])].sort(compareBytes)) {
    const x = gatesA.get(resource);
    const y = gatesB.get(resource);
    if (x === undefined) lines.push(`approval gate ${resource}: added`);
    else if (y === undefined) lines.push(`approval gate ${resource}: removed`);
    else if (x.satisfied !== y.satisfied || x.reason !== y.reason) {
      lines.push(`approval gate ${resource}: satisfied ${String(x.satisfied)} → ${String(y.satisfied)}`);
    }
  }
  return lines;
}

function changedFields(x: FingerprintChange, y: FingerprintChange): string[] {
  const out: string[] = [];
  const scalar = ['operation', 'before_digest', 'after_digest', 'disposition', 'reason', 'binding_change', 'metadata_change'] as const;
  for (const key of scalar) {
    if (x[key] !== y[key]) out.push(`${key} ${String(x[key] ?? 'none')} → ${String(y[key] ?? 'none')}`);
  }
  if (toCompactJson(x.migration) !== toCompactJson(y.migration)) out.push('migration steps differ');
  return out;
}

/** Objects with byte-wise sorted keys (undefined dropped), arrays in order: one JSON per value. */
function canonical(value: JsonValue): JsonValue {
  if (value === null || typeof value !== 'object' || value instanceof F64) return value;
  if (Array.isArray(value)) return value.map(canonical);
  const out: { [key: string]: JsonValue } = {};
  for (const key of Object.keys(value).sort(compareBytes)) {
    const v = value[key];
    if (v !== undefined) out[key] = canonical(v);
  }
  return out;
}
