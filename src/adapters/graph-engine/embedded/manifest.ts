import { z } from 'zod';
import { GraphEngineError } from '../../../engine/ports/graph-engine.js';
import type { Storage } from '../../../engine/ports/storage.js';
import { guard } from './guard.js';
import { MANIFEST_VERSIONS, join, manifestName } from './layout.js';

/**
 * One manifest version: the commit record. It names the operation that committed it and the
 * contract it accepted, so recovery can tell its own commit from a rival's and can prove that the
 * staged files it is about to promote are the committed ones.
 */
export const manifestEntrySchema = z.strictObject({
  version: z.number().int().positive(),
  kind: z.enum(['init', 'schema_apply']),
  operation_id: z.string(),
  committed_at: z.string(),
  schema_identity_domain: z.string(),
  schema_ir_hash: z.string(),
  schema_source_sha256: z.string(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export function renderManifestEntry(entry: ManifestEntry): string {
  return JSON.stringify(entry, null, 2);
}

export function manifestKey(rootKey: string, version: number): string {
  return join(rootKey, `${MANIFEST_VERSIONS}/${manifestName(version)}`);
}

/** Committed versions in ascending order (the names are zero-padded, so byte order is numeric). */
export async function committedVersions(storage: Storage, rootKey: string): Promise<number[]> {
  const names = await guard(() => storage.list(join(rootKey, MANIFEST_VERSIONS)));
  return names.filter((n) => /^\d{20}\.json$/.test(n)).map((n) => Number(n.slice(0, 20)));
}

/** The entry of one version; null when that version was never committed. */
export async function readManifestEntry(storage: Storage, rootKey: string, version: number): Promise<ManifestEntry | null> {
  const stored = await guard(() => storage.read(manifestKey(rootKey, version)));
  if (!stored) return null;
  let parsed;
  try {
    parsed = manifestEntrySchema.safeParse(JSON.parse(stored.text));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) throw new GraphEngineError(`manifest version ${version} is unreadable ('${manifestName(version)}'); inspect the root`);
  return parsed.data;
}
