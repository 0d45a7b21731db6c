import { sha256hex } from '../../../base/hash.js';
import { rfc3339 } from '../../../engine/ports/clock.js';
import { GraphEngineError, type GraphRoot } from '../../../engine/ports/graph-engine.js';
import type { Storage } from '../../../engine/ports/storage.js';
import { compileSchema, schemaIrHash, schemaIrToJson, schemaShapeHash } from '../../../lang/schema/index.js';
import { readLiveContract, renderSchemaState, schemaStateFor } from './contract-files.js';
import { asEngineError, deleteAll, guard } from './guard.js';
import { INIT_CLAIM, SCHEMA_FILES, SCHEMA_IR, SCHEMA_PG, SCHEMA_STATE, join } from './layout.js';
import { committedVersions, manifestKey, readManifestEntry, renderManifestEntry, type ManifestEntry } from './manifest.js';
import type { EmbeddedGraphEngineOptions } from './options.js';

/**
 * Strict init (docs/contract/graph-root.md#init): preflight, compile, claim, preflight again, create the contract
 * files, commit manifest version 1, read back, release the claim. Before the commit point a
 * failure removes what this attempt wrote; from the commit point on, an outcome that cannot be
 * proven leaves everything (claim included) so later inits and opens refuse the root.
 */
export async function initRoot(o: EmbeddedGraphEngineOptions, root: GraphRoot, schemaSource: string): Promise<void> {
  const s = o.storage;
  await preflight(s, root);
  const compiled = compile(schemaSource, o.ids.ulid());
  const attemptId = o.ids.ulid();
  const claimKey = join(root.key, INIT_CLAIM);
  // Only the claim's existence is ever consulted, so it needs no fsync (see docs/architecture.md#crash-safety-and-fsyncs).
  const claim = await guard(() => s.writeIfAbsent(claimKey, JSON.stringify({ version: 1, attempt_id: attemptId }), { durable: false }));
  if (!claim.ok) {
    throw new GraphEngineError(
      `graph initialization at '${root.uri}' is claimed by '${INIT_CLAIM}'; another initialization is running or was interrupted; inspect the root before retrying`,
    );
  }

  const files: [string, string][] = [
    [SCHEMA_PG, schemaSource],
    [SCHEMA_IR, compiled.irText],
    [SCHEMA_STATE, compiled.stateText],
  ];
  const created: string[] = [];
  try {
    await preflight(s, root);
    // Create-if-absent for all three: a lost race must never clobber (or later delete) another
    // writer's file. They are independent until the manifest commits, so their fsyncs overlap.
    const outcomes = await Promise.allSettled(
      files.map(async ([file, text]) => {
        const key = join(root.key, file);
        const written = await guard(() => s.writeIfAbsent(key, text));
        if (written.ok) created.push(key);
        return written.ok;
      }),
    );
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') throw outcome.reason;
      if (!outcome.value) throw alreadyInitialized(root);
    }
  } catch (e) {
    const left = await deleteAll((k) => s.delete(k), [...created, claimKey]);
    const error = asEngineError(e);
    if (left.length === 0) throw error;
    throw new GraphEngineError(`${error.message}; cleanup could not remove ${left.map((k) => `'${k}'`).join(', ')}`);
  }

  const entry: ManifestEntry = {
    version: 1,
    kind: 'init',
    operation_id: attemptId,
    committed_at: rfc3339(o.clock.now()),
    schema_identity_domain: compiled.domain,
    schema_ir_hash: compiled.irHash,
    schema_source_sha256: sha256hex(schemaSource),
  };
  await commitGenesis(s, root, entry);

  try {
    const back = await readLiveContract(s, root, entry);
    if (back.texts.pg !== schemaSource) throw new GraphEngineError(`'${SCHEMA_PG}' does not hold the source passed to init`);
  } catch (e) {
    throw new GraphEngineError(
      `initialization of '${root.uri}' committed manifest version 1 but its read-back failed (${asEngineError(e).message}); schema artifacts and '${INIT_CLAIM}' were preserved; inspect the root before using it`,
    );
  }
  try {
    await s.delete(claimKey);
  } catch (e) {
    throw new GraphEngineError(
      `initialization of '${root.uri}' committed manifest version 1 but '${INIT_CLAIM}' could not be released (${asEngineError(e).message}); inspect the root before using it`,
    );
  }
}

/** The commit point. When the write's outcome is unknown, only our exact genesis entry proves it landed. */
async function commitGenesis(s: Storage, root: GraphRoot, entry: ManifestEntry): Promise<void> {
  const key = manifestKey(root.key, 1);
  const text = renderManifestEntry(entry);
  let failure: string | null = null;
  try {
    const written = await s.writeIfAbsent(key, text);
    if (!written.ok) failure = 'a manifest this attempt did not write already exists';
  } catch (e) {
    failure = asEngineError(e).message;
  }
  if (failure === null) return;
  const landed = await s.read(key).then(
    (stored) => stored?.text === text,
    () => false,
  );
  if (landed) return;
  throw new GraphEngineError(
    `initialization of '${root.uri}' is indeterminate (${failure}); schema artifacts and '${INIT_CLAIM}' were preserved; do not retry initialization or delete the root until it is inspected`,
  );
}

/** Step 1: any manifest or contract file means the root is taken. The claim is not looked at here. */
async function preflight(s: Storage, root: GraphRoot): Promise<void> {
  if (await guard(() => s.existsPrefix(join(root.key, '__manifest')))) throw alreadyInitialized(root);
  for (const file of SCHEMA_FILES) {
    if (await guard(() => s.exists(join(root.key, file)))) throw alreadyInitialized(root);
  }
}

/** Step 2: parse, catalog and identity IR with a fresh domain — all before anything is written. */
function compile(source: string, domain: string) {
  const compiled = compileSchema(source, { domain });
  if (!compiled.ok) throw new GraphEngineError(compiled.error.message);
  const { ast, ir } = compiled.value;
  const state = schemaStateFor(ir, schemaShapeHash(ast));
  return { domain, irHash: schemaIrHash(ir), irText: schemaIrToJson(ir), stateText: renderSchemaState(state) };
}

export function alreadyInitialized(root: GraphRoot): GraphEngineError {
  return new GraphEngineError(
    `graph already initialized or initialization metadata exists at '${root.uri}'; --force may replace only orphan schema files after proving that no __manifest exists`,
  );
}

/**
 * Finishes an init that was killed (see the port): with no committed manifest the attempt never
 * reached its commit point, so its claim and schema files are removed as a failed init removes
 * them (`discarded`); with exactly the genesis manifest committed and the contract reading back as
 * that manifest says, only the claim release was missing (`completed`). Anything else (a foreign
 * file, later versions, a mismatch) is left for a person (`none`).
 */
export async function finishInterruptedInit(s: Storage, root: GraphRoot): Promise<'discarded' | 'completed' | 'none'> {
  const claimKey = join(root.key, INIT_CLAIM);
  if (!(await guard(() => s.exists(claimKey)))) return 'none';
  const versions = await committedVersions(s, root.key);
  if (versions.length === 0) {
    if (await guard(() => s.existsPrefix(join(root.key, '__manifest')))) return 'none';
    for (const file of SCHEMA_FILES) await guard(() => s.delete(join(root.key, file)));
    await guard(() => s.delete(claimKey));
    return 'discarded';
  }
  if (versions.length !== 1 || versions[0] !== 1) return 'none';
  const entry = await readManifestEntry(s, root.key, 1);
  if (entry?.kind !== 'init') return 'none';
  try {
    const back = await readLiveContract(s, root, entry);
    if (sha256hex(back.texts.pg) !== entry.schema_source_sha256) return 'none';
  } catch {
    return 'none';
  }
  await guard(() => s.delete(claimKey));
  return 'completed';
}
