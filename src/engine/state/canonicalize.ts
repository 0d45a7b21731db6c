import { sortBytewise } from '../../base/json.js';
import { error, type Diagnostic } from '../diagnostics/index.js';
import type { ClusterState } from './schema.js';

const LEGACY = 'manifest_version';
const CANONICAL = 'graph_manifest_version';

/**
 * HEAD renames the SEED observation key `manifest_version` to `graph_manifest_version` on read
 * (docs/contract/state.md#schema). Observations are insertion-ordered JSON objects in the reference, whose key removal
 * moves the last key into the removed slot; the canonical key is then appended. Reproducing that
 * order keeps an apply that rewrites the ledger byte-identical to the reference's. The first
 * conflicting observation (in address order) fails the read.
 */
export function canonicalizeObservations(state: ClusterState): Diagnostic | null {
  for (const address of sortBytewise(Object.keys(state.observations))) {
    const value = state.observations[address];
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, LEGACY)) continue;
    const observation = value as Record<string, unknown>;
    const legacy = observation[LEGACY];
    if (Object.hasOwn(observation, CANONICAL) && !jsonEqual(observation[CANONICAL], legacy)) {
      return error(
        'conflicting_graph_manifest_observation',
        `state.observations.${address}`,
        `cluster observation '${address}' contains conflicting legacy and canonical graph-manifest versions`,
      );
    }
    const entries = Object.entries(observation);
    const at = entries.findIndex(([k]) => k === LEGACY);
    const last = entries.pop()!;
    if (at < entries.length) entries[at] = last;
    if (!Object.hasOwn(observation, CANONICAL)) entries.push([CANONICAL, legacy]);
    state.observations[address] = Object.fromEntries(entries);
  }
  return null;
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
