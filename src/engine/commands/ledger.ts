/**
 * The commands' view of the state ledger and the lock: one seam over src/engine/state and
 * src/engine/lock so command code reads as the spec's steps.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import type { EmbeddingProfile } from '../digest/resource-digests.js';

export interface ResourceEntry {
  digest: string;
  applies_to?: string[];
  embedding_provider?: string;
  embedding_profile?: EmbeddingProfile;
  external_blob_policy?: { mode: 'allow'; bases: { uri: string; scope: 'server_safe' | 'embedded_only' }[] };
}

export interface StatusRecord {
  status: 'pending' | 'planned' | 'applying' | 'applied' | 'drifted' | 'blocked' | 'error';
  conditions?: string[];
  message?: string;
}

export interface Ledger {
  version: number;
  state_revision: number;
  applied_revision: { config_digest: string | null; resources: Record<string, ResourceEntry> };
  resource_statuses: Record<string, StatusRecord>;
  approval_records: Record<string, unknown>;
  recovery_records: Record<string, unknown>;
  observations: Record<string, unknown>;
}

export interface LedgerRead {
  readonly found: boolean;
  readonly cas: string | null;
  readonly ledger: Ledger | null;
  readonly diagnostics: Diagnostic[];
}

export function emptyLedger(configDigest: string | null): Ledger {
  return {
    version: 1,
    state_revision: 0,
    applied_revision: { config_digest: configDigest, resources: {} },
    resource_statuses: {},
    approval_records: {},
    recovery_records: {},
    observations: {},
  };
}

export function cloneLedger(ledger: Ledger): Ledger {
  return structuredClone(ledger);
}
