import { errorText } from '../../base/error-text.js';
import { parseJsonLossless } from '../../base/lossless-json.js';
import { warning, type Diagnostic } from '../diagnostics/index.js';
import { addressProblem, printable, ulidProblem, unsafeName } from '../model/names.js';
import { toPrettyJson } from '../../base/json.js';
import { UnsafePathError, type Storage } from '../ports/storage.js';
import { APPROVALS_DIR, approvalArtifactJson, approvalArtifactSchema, type ApprovalArtifact } from './artifact.js';

/**
 * Lists approval artifacts in id order (docs/contract/approvals.md#artifact). Unreadable or foreign files are warnings and stay
 * in place; a missing directory lists as empty.
 */
export async function listApprovals(storage: Storage): Promise<{ artifacts: ApprovalArtifact[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  let names: string[];
  try {
    names = await storage.list(APPROVALS_DIR);
  } catch (e) {
    if (e instanceof UnsafePathError) return { artifacts: [], diagnostics: [unsafeName(storage.displayPath(APPROVALS_DIR), errorText(e))] };
    return { artifacts: [], diagnostics: [warning('approval_read_error', APPROVALS_DIR, `could not list '${APPROVALS_DIR}': ${errorText(e)}`)] };
  }
  const artifacts: ApprovalArtifact[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const key = `${APPROVALS_DIR}/${name}`;
    const uri = storage.objectUri(key);
    let text: string | null;
    try {
      text = (await storage.read(key))?.text ?? null;
    } catch (e) {
      diagnostics.push(warning('invalid_approval_artifact', uri, `could not read (${errorText(e)}); leaving it in place`));
      continue;
    }
    if (text === null) continue;
    const parsed = parseArtifact(text);
    const problem = parsed.kind === 'ok' ? approvalNameProblem(name, parsed.artifact) : null;
    if (problem !== null) {
      diagnostics.push(unsafeName(uri, problem));
    } else if (parsed.kind === 'invalid') {
      diagnostics.push(warning('invalid_approval_artifact', uri, `could not parse (${parsed.error}); leaving it in place`));
    } else if (parsed.kind === 'unsupported') {
      diagnostics.push(warning('unsupported_approval_version', uri, 'unsupported schema version; leaving it in place'));
    } else {
      artifacts.push(parsed.artifact);
    }
  }
  return { artifacts, diagnostics };
}

function parseArtifact(text: string): { kind: 'ok'; artifact: ApprovalArtifact } | { kind: 'invalid'; error: string } | { kind: 'unsupported' } {
  let json: unknown;
  try {
    json = parseJsonLossless(text);
  } catch (e) {
    return { kind: 'invalid', error: errorText(e) };
  }
  const parsed = approvalArtifactSchema.safeParse(json);
  if (!parsed.success) return { kind: 'invalid', error: parsed.error.issues[0]?.message ?? 'invalid artifact' };
  if (parsed.data.schema_version !== 1) return { kind: 'unsupported' };
  return { kind: 'ok', artifact: parsed.data };
}

/**
 * An artifact's id names the file we rewrite when it is consumed, and its resource is matched
 * against ledger addresses: both must have their grammar, and the file must carry the id's name.
 */
export function approvalNameProblem(fileName: string, artifact: ApprovalArtifact): string | null {
  const problem = ulidProblem('approval_id', artifact.approval_id) ?? addressProblem(artifact.resource);
  if (problem !== null) return problem;
  if (fileName !== `${artifact.approval_id}.json`) return `approval_id \`${artifact.approval_id}\` does not match the file name \`${printable(fileName)}\``;
  return null;
}

export function approvalKey(approvalId: string): string {
  return `${APPROVALS_DIR}/${approvalId}.json`;
}

export async function writeApproval(storage: Storage, artifact: ApprovalArtifact): Promise<void> {
  await storage.write(approvalKey(artifact.approval_id), `${toPrettyJson(approvalArtifactJson(artifact))}\n`);
}

/**
 * After the state write landed: rewrite each consumed artifact with `consumed_at` (its
 * `consumed_by_operation` stays null; quirk C12). Best effort — the ledger record is authoritative.
 */
export async function markApprovalsConsumed(storage: Storage, consumed: ReadonlyMap<string, string>): Promise<void> {
  if (consumed.size === 0) return;
  const { artifacts } = await listApprovals(storage);
  for (const artifact of artifacts) {
    const at = consumed.get(artifact.approval_id);
    if (at === undefined || artifact.consumed_at !== null) continue;
    try {
      await writeApproval(storage, { ...artifact, consumed_at: at });
    } catch {
      // The ledger's approval_records already prevent reuse; a stale file authorizes nothing more.
    }
  }
}
