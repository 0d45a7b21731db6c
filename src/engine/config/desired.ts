import type { Diagnostic } from '../diagnostics/index.js';
import type { EmbeddingProfile, ExternalBlobPolicy } from '../digest/resource-digests.js';
import type { Dependency } from '../model/change.js';

export type ResourceKind = 'graph' | 'schema' | 'query' | 'policy' | 'embedding_provider';

/** One desired resource (docs/contract/digests.md#addresses). `path` is the displayed source path. */
export interface DesiredResource {
  readonly address: string;
  readonly kind: ResourceKind;
  readonly digest: string;
  readonly path?: string;
}

export interface DesiredGraph {
  readonly id: string;
  /** Displayed schema path and its text, when it could be read. */
  readonly schemaPath: string | null;
  readonly schemaSource: string | null;
  readonly schemaDigest: string | null;
  /** query name → digest */
  readonly queries: ReadonlyMap<string, string>;
  /** `provider.embedding.<n>` when bound to a declared provider. */
  readonly embeddingProvider: string | null;
  readonly externalBlobPolicy: ExternalBlobPolicy;
}

/** Everything `load_desired` (docs/contract/config.md#loading-order) produces. Maps iterate in byte-wise key order. */
export interface DesiredState {
  readonly resources: ReadonlyMap<string, DesiredResource>;
  readonly dependencies: readonly Dependency[];
  readonly graphs: ReadonlyMap<string, DesiredGraph>;
  /** policy name → normalized bindings (`cluster` / `graph.<id>`, sorted, de-duplicated) */
  readonly policyBindings: ReadonlyMap<string, readonly string[]>;
  readonly providerProfiles: ReadonlyMap<string, EmbeddingProfile>;
  readonly configDigest: string;
  readonly diagnostics: readonly Diagnostic[];
}

const digestsOf = new WeakMap<DesiredState, ReadonlyMap<string, string>>();

/**
 * address → digest of every desired resource, in the resources' byte-wise order. Computed once per
 * desired state (plan and apply ask for it several times; at 100k resources each copy cost ~0.1 s).
 */
export function resourceDigests(desired: DesiredState): ReadonlyMap<string, string> {
  let digests = digestsOf.get(desired);
  if (digests === undefined) {
    digests = digestMap(desired.resources);
    digestsOf.set(desired, digests);
  }
  return digests;
}

/** Records the digests loading already built from `desired.resources`, so no one builds them again. */
export function rememberResourceDigests(desired: DesiredState, digests: ReadonlyMap<string, string>): void {
  digestsOf.set(desired, digests);
}

/** address → digest, in the order of `resources`. */
export function digestMap(resources: ReadonlyMap<string, { readonly digest: string }>): Map<string, string> {
  const digests = new Map<string, string>();
  // forEach: no [key, value] pair allocated per entry, as for-of over entries does.
  resources.forEach((resource, address) => digests.set(address, resource.digest));
  return digests;
}
