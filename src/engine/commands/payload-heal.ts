import type { Diagnostic } from '../diagnostics/index.js';
import { healPayloadFindings, payloadDiagnostic, verifyPayloads } from '../catalog/index.js';
import type { Storage } from '../ports/storage.js';
import type { ClusterState } from '../state/index.js';

/** status (docs/contract/payloads.md#verification): report only; an unverifiable catalog must not look healthy. */
export async function verifyPayloadsReadOnly(storage: Storage, ledger: ClusterState): Promise<Diagnostic[]> {
  return (await verifyPayloads(storage, ledger)).map(payloadDiagnostic);
}

/** refresh/import (docs/contract/payloads.md#self-heal): verify, then self-heal the command's in-memory ledger. */
export async function verifyPayloadsAndHeal(storage: Storage, ledger: ClusterState): Promise<Diagnostic[]> {
  const findings = await verifyPayloads(storage, ledger);
  Object.assign(ledger, healPayloadFindings(ledger, findings));
  return findings.map(payloadDiagnostic);
}
