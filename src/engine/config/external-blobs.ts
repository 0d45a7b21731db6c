import { error, type Diagnostic } from '../diagnostics/index.js';
import { compareBytes } from '../../base/json.js';
import type { ExternalBlobPolicy } from '../digest/resource-digests.js';
import {
  fileBaseFromPath,
  filePathOf,
  overlapsBase,
  parseExternalUri,
  policyMessage,
  renderUri,
  type NormalizedExternalUri,
} from './external-blob-uri.js';

type Scope = 'server_safe' | 'embedded_only';
const SCOPE_ORDER = { server_safe: 0, embedded_only: 1 } as const;

interface Base {
  readonly base: string;
  readonly scope: Scope;
}

/** How a `file` base reaches the file system: through the SourceFiles port, never node:fs. */
export interface DirectoryProbe {
  /** Canonical path (symlinks resolved), or the I/O error text when it cannot be resolved. */
  realPath(path: string): { ok: true; path: string } | { ok: false; message: string };
  isDirectory(path: string): boolean;
}

interface AcceptedBase {
  readonly uri: string;
  readonly scope: Scope;
  /** The canonical form for `file` bases: overlap is judged on where the directory really is. */
  readonly forOverlap: NormalizedExternalUri;
}

/**
 * `graphs.<id>.external_blobs.allow` → the normalized policy (docs/contract/config.md#loading-order step 2.2), as
 * the reference's `ExternalBlobBase::new` and `ExternalBlobPolicy::validated` build it
 * (crates/omnigraph/src/blob.rs; the loader in crates/omnigraph-cluster/src/config.rs). Any
 * error makes the effective policy Deny.
 */
export function normalizeExternalBlobs(
  graphId: string,
  allow: readonly Base[] | null | undefined,
  probe: DirectoryProbe,
): { policy: ExternalBlobPolicy; diagnostics: Diagnostic[] } {
  if (!allow || allow.length === 0) return { policy: { mode: 'deny' }, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const bases: AcceptedBase[] = [];
  allow.forEach((entry, i) => {
    const accepted = acceptBase(entry, probe);
    if ('message' in accepted) {
      diagnostics.push(error('invalid_external_blob_base', `graphs.${graphId}.external_blobs.allow[${i}].base`, accepted.message));
    } else {
      bases.push(accepted);
    }
  });
  if (diagnostics.length > 0) return { policy: { mode: 'deny' }, diagnostics };
  bases.sort((a, b) => compareBytes(a.uri, b.uri) || SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope]);
  const overlap = findOverlap(bases);
  if (overlap) {
    const message = policyMessage(`external Blob bases '${overlap[0]}' and '${overlap[1]}' overlap; configure one unambiguous base`);
    return { policy: { mode: 'deny' }, diagnostics: [error('invalid_external_blob_policy', `graphs.${graphId}.external_blobs.allow`, message)] };
  }
  return { policy: { mode: 'allow', bases: bases.map(({ uri, scope }) => ({ uri, scope })) }, diagnostics };
}

function acceptBase(entry: Base, probe: DirectoryProbe): AcceptedBase | { message: string } {
  const lexical = parseExternalUri(entry.base, 'base');
  if (!lexical.ok) return { message: lexical.message };
  const uri = renderUri(lexical.uri, true);
  if (lexical.uri.scheme !== 'file') return { uri, scope: entry.scope, forOverlap: lexical.uri };
  if (entry.scope === 'server_safe') return { message: policyMessage('a server-safe external Blob base may not use file://') };
  const real = probe.realPath(filePathOf(lexical.uri));
  if (!real.ok) return { message: policyMessage(`embedded file external Blob base must be an existing directory: ${real.message}`) };
  if (!probe.isDirectory(real.path)) return { message: policyMessage('embedded file external Blob base must name a directory') };
  const canonical = fileBaseFromPath(real.path);
  if (!canonical.ok) return { message: canonical.message };
  return { uri, scope: entry.scope, forOverlap: canonical.uri };
}

/** The first overlapping pair in sorted order, named by their lexical URIs. */
function findOverlap(bases: readonly AcceptedBase[]): [string, string] | null {
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      const left = bases[i] as AcceptedBase;
      const right = bases[j] as AcceptedBase;
      if (overlapsBase(left.forOverlap, right.forOverlap)) return [left.uri, right.uri];
    }
  }
  return null;
}
