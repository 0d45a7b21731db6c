import { error, type Diagnostic } from '../diagnostics/index.js';
import type { EmbeddingProfile } from '../digest/resource-digests.js';
import type { RawEmbeddingProfile } from './schema.js';

/**
 * `providers.embedding.<name>` profile checks (docs/contract/config.md#loading-order step 1), as the reference has them
 * (ModernRelay/omnigraph crates/omnigraph-cluster/src/types.rs `EmbeddingProviderConfig::validate`,
 * `secret_ref_name`; crates/omnigraph/src/embedding.rs `from_parts`, `provider_profile`).
 * No `kind` means openai-compatible; secrets must be `${NAME}` env references.
 */
const PROFILE_KINDS = ['openai-compatible', 'openai', 'gemini'] as const;

export function checkEmbeddingProvider(name: string, raw: RawEmbeddingProfile | null): { profile: EmbeddingProfile; diagnostics: Diagnostic[] } {
  const path = `providers.embedding.${name}`;
  const kind = raw?.kind ?? raw?.provider ?? undefined;
  const profile: EmbeddingProfile = { kind, base_url: raw?.base_url, model: raw?.model, api_key: raw?.api_key };
  const diagnostics: Diagnostic[] = [];
  if (kind !== undefined && kind !== 'mock' && !(PROFILE_KINDS as readonly string[]).includes(kind)) {
    diagnostics.push(error('invalid_embedding_provider', path, `unknown embedding provider '${kind}' (expected openai-compatible|openai|gemini|mock)`));
  }
  const inline = error('embedding_api_key_inline', `${path}.api_key`, 'embedding api_key must be a ${NAME} env reference, not an inline secret');
  if (kind === 'mock') {
    if (profile.api_key !== undefined && secretRefName(profile.api_key) === null) diagnostics.push(inline);
  } else if (profile.api_key === undefined) {
    diagnostics.push(
      error('embedding_api_key_required', `${path}.api_key`, 'non-mock embedding providers must set api_key to a ${NAME} env reference'),
    );
  } else if (secretRefName(profile.api_key) === null) {
    diagnostics.push(inline);
  }
  return { profile, diagnostics };
}

/**
 * The env variable an api_key names, or null for an inline value. Deliberately as loose as the
 * reference: surrounding whitespace is ignored and any non-blank name counts (`${ KEY }`, `${MY-KEY}`),
 * since the server resolves exactly what lies between the braces.
 */
export function secretRefName(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed.startsWith('${') || !trimmed.endsWith('}') || trimmed.length < 3) return null;
  const name = trimmed.slice(2, -1);
  return name.trim() === '' ? null : name;
}
