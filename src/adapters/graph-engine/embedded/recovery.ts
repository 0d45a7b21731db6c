import { z } from 'zod';
import { GraphEngineError, type GraphRoot } from '../../../engine/ports/graph-engine.js';
import type { Storage } from '../../../engine/ports/storage.js';
import { contractMatchesEntry, type ContractTexts } from './contract-files.js';
import { guard } from './guard.js';
import { RECOVERY_DIR, SCHEMA_IR, SCHEMA_PG, SCHEMA_STATE, STAGING, join } from './layout.js';
import { readManifestEntry } from './manifest.js';

/** `__recovery/<operation_id>.json`: a schema apply that has started moving files. */
export const recoverySidecarSchema = z.strictObject({
  kind: z.literal('schema_apply'),
  operation_id: z.string(),
  target_version: z.number().int().positive(),
  started_at: z.string(),
  actor: z.string().nullable(),
});
export type RootRecoverySidecar = z.infer<typeof recoverySidecarSchema>;

export function sidecarKey(rootKey: string, operationId: string): string {
  return join(rootKey, `${RECOVERY_DIR}/${operationId}.json`);
}

/** Operation ids with a pending sidecar, oldest first (ULIDs sort by creation time). */
export async function pendingOperations(s: Storage, rootKey: string): Promise<string[]> {
  const names = await guard(() => s.list(join(rootKey, RECOVERY_DIR)));
  return names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
}

/**
 * Engine-side recovery, run by read-write opens only. An operation whose own manifest entry
 * landed is rolled forward from its staging files — but only once they are proven to be exactly
 * the committed contract; anything else (no commit, or a rival's commit at that version) is
 * discarded.
 */
export async function recoverRoot(s: Storage, root: GraphRoot): Promise<void> {
  for (const id of await pendingOperations(s, root.key)) {
    const key = sidecarKey(root.key, id);
    const stored = await guard(() => s.read(key));
    if (!stored) continue;
    let parsed;
    try {
      parsed = recoverySidecarSchema.safeParse(JSON.parse(stored.text));
    } catch {
      parsed = null;
    }
    if (!parsed?.success || parsed.data.operation_id !== id) {
      throw new GraphEngineError(`recovery required for operation ${id}: its sidecar is unreadable; inspect the root`);
    }
    const entry = await readManifestEntry(s, root.key, parsed.data.target_version);
    if (!entry || entry.operation_id !== id) {
      await discardStaging(s, root, key);
      continue;
    }
    const staged = await readContract(s, root, STAGING);
    if (staged && contractMatchesEntry(staged, entry)) {
      await promote(s, root, staged, key);
      continue;
    }
    // The promotion may already have finished before the sidecar could be deleted.
    const live = await readContract(s, root, '');
    if (live && contractMatchesEntry(live, entry)) {
      await discardStaging(s, root, key);
      continue;
    }
    throw new GraphEngineError(
      `recovery required for operation ${id}: manifest version ${entry.version} committed a schema whose staged files are missing or differ; inspect the root`,
    );
  }
}

/** Writes the committed contract over the live files, then clears staging and the sidecar (last). */
export async function promote(s: Storage, root: GraphRoot, texts: ContractTexts, sidecar: string): Promise<void> {
  await guard(() => s.write(join(root.key, SCHEMA_PG), texts.pg));
  await guard(() => s.write(join(root.key, SCHEMA_IR), texts.ir));
  await guard(() => s.write(join(root.key, SCHEMA_STATE), texts.state));
  await discardStaging(s, root, sidecar);
}

export async function writeStaging(s: Storage, root: GraphRoot, texts: ContractTexts): Promise<void> {
  await guard(() => s.write(join(root.key, SCHEMA_PG + STAGING), texts.pg));
  await guard(() => s.write(join(root.key, SCHEMA_IR + STAGING), texts.ir));
  await guard(() => s.write(join(root.key, SCHEMA_STATE + STAGING), texts.state));
}

export async function discardStaging(s: Storage, root: GraphRoot, sidecar: string): Promise<void> {
  for (const file of [SCHEMA_PG, SCHEMA_IR, SCHEMA_STATE]) await guard(() => s.delete(join(root.key, file + STAGING)));
  await guard(() => s.delete(sidecar));
}

async function readContract(s: Storage, root: GraphRoot, suffix: string): Promise<ContractTexts | null> {
  const [pg, ir, state] = await Promise.all([SCHEMA_PG, SCHEMA_IR, SCHEMA_STATE].map((f) => guard(() => s.read(join(root.key, f + suffix)))));
  return pg && ir && state ? { pg: pg.text, ir: ir.text, state: state.text } : null;
}
