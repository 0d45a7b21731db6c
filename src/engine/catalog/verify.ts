import { errorText } from '../../base/error-text.js';
import { error, warning, type Diagnostic } from '../diagnostics/index.js';
import { sha256hex } from '../../base/hash.js';
import { mapBounded, STORAGE_CONCURRENCY } from '../../base/bounded.js';
import { sortBytewise } from '../../base/json.js';
import { existsThenRead, ProbeFailed, type Storage, type StoredText } from '../ports/storage.js';
import type { ClusterState } from '../state/index.js';
import { payloadKey } from './paths.js';

/** What verification found for one recorded payload (docs/contract/payloads.md#verification). */
export type PayloadFinding =
  | { readonly kind: 'missing'; readonly address: string; readonly key: string }
  | { readonly kind: 'mismatch'; readonly address: string; readonly key: string; readonly actual: string }
  | { readonly kind: 'read_error'; readonly address: string; readonly key: string; readonly message: string };

export const PAYLOAD_MISSING_MESSAGE = 'catalog payload blob is missing; re-run `cluster apply` to republish';
export const PAYLOAD_MISMATCH_STATUS_MESSAGE = 'catalog payload blob does not match the recorded digest; re-run `cluster apply` to republish';

/**
 * docs/contract/payloads.md#verification: every query/policy digest recorded in state, in address order, against its blob:
 * probe, then read and re-hash. A folder at the blob key is "missing" (object-store semantics);
 * content that is not UTF-8 cannot be read and is a read error. A failing probe reports the bare
 * storage error; a failing read names the blob.
 */
export async function verifyPayloads(storage: Storage, state: ClusterState): Promise<PayloadFinding[]> {
  const addresses = sortBytewise(Object.keys(state.applied_revision.resources));
  // Each check is independent and read-only: overlap them (bounded), report in address order.
  const found = await mapBounded(addresses, STORAGE_CONCURRENCY, (address) => verifyOne(storage, state, address));
  return found.filter((f): f is PayloadFinding => f !== null);
}

async function verifyOne(storage: Storage, state: ClusterState, address: string): Promise<PayloadFinding | null> {
  const digest = state.applied_revision.resources[address]!.digest;
  const key = payloadKey(address, digest);
  if (key === null) return null;
  let stored: StoredText | null;
  try {
    stored = await probeAndRead(storage, key);
  } catch (e) {
    // The probe's own failure is the bare storage error; a failing read names the blob.
    const message = e instanceof ProbeFailed ? errorText(e.probeError) : `could not read catalog payload '${storage.displayPath(key)}': ${errorText(e)}`;
    return { kind: 'read_error', address, key, message };
  }
  if (stored === null) return { kind: 'missing', address, key };
  const actual = sha256hex(stored.text);
  return actual === digest ? null : { kind: 'mismatch', address, key, actual };
}

/** The adapter's one-step `readIfExists`, or `exists` then `read`; a failing probe as `ProbeFailed`. */
function probeAndRead(storage: Storage, key: string): Promise<StoredText | null> {
  return storage.readIfExists ? storage.readIfExists(key) : existsThenRead(storage, key);
}

/** The diagnostic status/refresh/import report for a finding: warnings, except unreadable (error). */
export function payloadDiagnostic(finding: PayloadFinding): Diagnostic {
  switch (finding.kind) {
    case 'missing':
      return warning('catalog_payload_missing', finding.address, PAYLOAD_MISSING_MESSAGE);
    case 'mismatch':
      return warning(
        'catalog_payload_mismatch',
        finding.address,
        `catalog payload blob does not match the recorded digest (actual sha256:${finding.actual}); re-run \`cluster apply\` to republish`,
      );
    case 'read_error':
      return error('catalog_payload_read_error', finding.address, finding.message);
  }
}

/**
 * docs/contract/payloads.md#self-heal self-heal (refresh/import): a missing or wrong blob drops its digest from the applied
 * revision — so the next plan proposes a create and the next apply republishes — and marks it
 * drifted; an unreadable blob keeps its digest (no spurious republish) and marks it error.
 * Returns a new ledger; the input is not modified.
 */
export function healPayloadFindings(state: ClusterState, findings: readonly PayloadFinding[]): ClusterState {
  const resources = { ...state.applied_revision.resources };
  const statuses = { ...state.resource_statuses };
  for (const f of findings) {
    if (f.kind === 'read_error') {
      statuses[f.address] = { status: 'error', conditions: ['payload_read_error'], message: f.message };
      continue;
    }
    delete resources[f.address];
    statuses[f.address] =
      f.kind === 'missing'
        ? { status: 'drifted', conditions: ['payload_missing'], message: PAYLOAD_MISSING_MESSAGE }
        : { status: 'drifted', conditions: ['payload_mismatch'], message: PAYLOAD_MISMATCH_STATUS_MESSAGE };
  }
  return { ...state, applied_revision: { ...state.applied_revision, resources }, resource_statuses: statuses };
}
