import type { EmbeddingProfile } from '../digest/resource-digests.js';
import { sortChanges } from './diff.js';
import type { Address, Change } from '../model/change.js';

/** The parts of a ledger entry the metadata passes read (a `state.json` resource entry). */
export interface LedgerEntryMetadata {
  readonly digest: string;
  readonly applies_to?: readonly string[];
  readonly embedding_profile?: EmbeddingProfile;
}

export interface MetadataInputs {
  /** `applied_revision.resources` of the ledger (the passes run only when state exists). */
  readonly ledger: Readonly<Record<Address, LedgerEntryMetadata>>;
  readonly desiredDigests: ReadonlyMap<Address, string>;
  /** policy name → desired normalized bindings (sorted, de-duplicated). */
  readonly policyBindings: ReadonlyMap<string, readonly string[]>;
  /** provider name → desired embedding profile. */
  readonly providerProfiles: ReadonlyMap<string, EmbeddingProfile>;
}

/**
 * The HEAD metadata-only passes (docs/contract/classifier.md#metadata-passes): a policy whose recorded bindings differ from the desired
 * ones, or a provider whose recorded profile differs, gets an `update` with equal before/after
 * digests, so the ledger learns the metadata even though no content changed. Addresses that
 * already have a content change are left alone. Returns a new, re-sorted list.
 */
export function metadataChanges(content: readonly Change[], inputs: MetadataInputs): Change[] {
  const changed = new Set(content.map((c) => c.resource));
  const out = [...content];
  // forEach (each `return` skips one entry): no [key, value] pair per desired resource.
  inputs.desiredDigests.forEach((digest, resource) => {
    if (changed.has(resource)) return;
    const entry = Object.hasOwn(inputs.ledger, resource) ? inputs.ledger[resource] : undefined;
    if (!entry) return;
    if (resource.startsWith('policy.')) {
      const desired = inputs.policyBindings.get(resource.slice('policy.'.length)) ?? [];
      if (!entry.applies_to || !sameList(entry.applies_to, desired)) {
        out.push({
          resource,
          operation: 'update',
          before_digest: digest,
          after_digest: digest,
          binding_change: true,
          metadata_change: 'policy_bindings',
        });
      }
    } else if (resource.startsWith('provider.embedding.')) {
      const desired = inputs.providerProfiles.get(resource.slice('provider.embedding.'.length));
      if (desired && (!entry.embedding_profile || !sameProfile(entry.embedding_profile, desired))) {
        out.push({ resource, operation: 'update', before_digest: digest, after_digest: digest, metadata_change: 'embedding_profile' });
      }
    }
  });
  return sortChanges(out);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function sameProfile(a: EmbeddingProfile, b: EmbeddingProfile): boolean {
  return a.kind === b.kind && a.base_url === b.base_url && a.model === b.model && a.api_key === b.api_key;
}
