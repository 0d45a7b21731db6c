import { error, type Diagnostic } from '../diagnostics/index.js';
import type { EmbeddingProfile } from '../digest/resource-digests.js';
import type { RawEmbeddingProfile } from './schema.js';

const KNOWN_KINDS = ['mock', 'openai-compatible', 'openai', 'gemini'] as const;
const SECRET_REF = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;

/** `providers.embedding.<name>` profile checks (§1.7 step 1). Secrets must be `${ENV}` references. */
export function checkEmbeddingProvider(name: string, raw: RawEmbeddingProfile | null): { profile: EmbeddingProfile; diagnostics: Diagnostic[] } {
  const path = `providers.embedding.${name}`;
  const kind = raw?.kind ?? raw?.provider ?? undefined;
  const profile: EmbeddingProfile = { kind, base_url: raw?.base_url, model: raw?.model, api_key: raw?.api_key };
  const diagnostics: Diagnostic[] = [];
  if (kind === undefined) {
    diagnostics.push(error('invalid_embedding_provider', path, `embedding provider kind is required (one of ${KNOWN_KINDS.join(', ')})`));
  } else if (!(KNOWN_KINDS as readonly string[]).includes(kind)) {
    diagnostics.push(error('invalid_embedding_provider', path, `unknown embedding provider kind '${kind}' (expected one of ${KNOWN_KINDS.join(', ')})`));
  }
  const inline = error('embedding_api_key_inline', `${path}.api_key`, 'embedding api_key must be a ${NAME} env reference, not an inline secret');
  if (kind === 'mock') {
    if (profile.api_key !== undefined && !SECRET_REF.test(profile.api_key)) diagnostics.push(inline);
  } else if (profile.api_key === undefined) {
    diagnostics.push(
      error('embedding_api_key_required', `${path}.api_key`, 'non-mock embedding providers must set api_key to a ${NAME} env reference'),
    );
  } else if (!SECRET_REF.test(profile.api_key)) {
    diagnostics.push(inline);
  }
  return { profile, diagnostics };
}
