import { parseJsonLossless } from '../../base/lossless-json.js';
import { z } from 'zod';
import { warning, type Diagnostic } from '../diagnostics/index.js';
import { identifierProblem, printable, ulidProblem, unsafeName } from '../model/names.js';
import { toPrettyJson } from '../../base/json.js';
import { UnsafePathError, type Storage } from '../ports/storage.js';
import { errorText } from '../../base/error-text.js';

export const RECOVERIES_DIR = '__cluster/recoveries';

/** `__cluster/recoveries/<operation_id>.json` (docs/contract/recovery.md#sidecar): closed; optionals default to null. */
export const sidecarSchema = z.strictObject({
  schema_version: z.number().int(),
  operation_id: z.string(),
  started_at: z.string(),
  actor: z.string().nullable().default(null),
  kind: z.enum(['graph_create', 'schema_apply', 'graph_delete']),
  graph_id: z.string(),
  graph_uri: z.string(),
  observed_manifest_version: z.number().int().nonnegative().nullable().default(null),
  expected_manifest_version: z.number().int().nonnegative().nullable().default(null),
  desired_schema_digest: z.string(),
  state_cas_base: z.string().nullable().default(null),
  approval_id: z.string().nullable().default(null),
});

export type Sidecar = z.infer<typeof sidecarSchema>;
export type SidecarKind = Sidecar['kind'];

export function sidecarKey(operationId: string): string {
  return `${RECOVERIES_DIR}/${operationId}.json`;
}

/** Field order and explicit nulls exactly as the reference writes them. */
export function sidecarText(s: Sidecar): string {
  return `${toPrettyJson({
    schema_version: s.schema_version,
    operation_id: s.operation_id,
    started_at: s.started_at,
    actor: s.actor,
    kind: s.kind,
    graph_id: s.graph_id,
    graph_uri: s.graph_uri,
    observed_manifest_version: s.observed_manifest_version,
    expected_manifest_version: s.expected_manifest_version,
    desired_schema_digest: s.desired_schema_digest,
    state_cas_base: s.state_cas_base,
    approval_id: s.approval_id,
  })}\n`;
}

export async function writeSidecar(storage: Storage, sidecar: Sidecar): Promise<void> {
  await storage.write(sidecarKey(sidecar.operation_id), sidecarText(sidecar));
}

/** Names of pending sidecar files (no parsing) — what plan and status warn about (docs/contract/recovery.md#read-only-warning). */
export async function listSidecarNames(storage: Storage): Promise<{ names: string[]; diagnostics: Diagnostic[] }> {
  try {
    const names = (await storage.list(RECOVERIES_DIR)).filter((n) => n.endsWith('.json'));
    return { names, diagnostics: [] };
  } catch (e) {
    if (e instanceof UnsafePathError) return { names: [], diagnostics: [unsafeName(storage.displayPath(RECOVERIES_DIR), errorText(e))] };
    return {
      names: [],
      diagnostics: [warning('recovery_sidecar_read_error', RECOVERIES_DIR, `could not list '${RECOVERIES_DIR}': ${errorText(e)}`)],
    };
  }
}

/** One warning per pending sidecar file, for the read-only commands. */
export async function pendingSidecarWarnings(storage: Storage): Promise<Diagnostic[]> {
  const { names, diagnostics } = await listSidecarNames(storage);
  return [
    // A link in place of the directory is reported once, by the state read.
    ...diagnostics.filter((d) => d.code !== 'unsafe_state_name'),
    ...names.map((name) =>
      warning(
        'cluster_recovery_pending',
        storage.displayPath(`${RECOVERIES_DIR}/${name}`),
        'a recovery sidecar from an interrupted apply is pending; the next state-mutating command will classify it',
      ),
    ),
  ];
}

/** Parsed sidecars in ULID order; problem files are warnings and stay in place (docs/contract/recovery.md#sweep). */
export async function loadSidecars(storage: Storage): Promise<{ sidecars: Sidecar[]; diagnostics: Diagnostic[] }> {
  const listed = await listSidecarNames(storage);
  const diagnostics = [...listed.diagnostics];
  const sidecars: Sidecar[] = [];
  for (const name of listed.names) {
    const key = `${RECOVERIES_DIR}/${name}`;
    const uri = storage.objectUri(key);
    let text: string | null;
    try {
      text = (await storage.read(key))?.text ?? null;
    } catch (e) {
      diagnostics.push(warning('invalid_recovery_sidecar', uri, `could not read (${errorText(e)}); leaving it in place`));
      continue;
    }
    if (text === null) continue;
    let json: unknown;
    try {
      json = parseJsonLossless(text);
    } catch (e) {
      diagnostics.push(warning('invalid_recovery_sidecar', uri, `could not parse (${errorText(e)}); leaving it in place`));
      continue;
    }
    const parsed = sidecarSchema.safeParse(json);
    if (!parsed.success) {
      diagnostics.push(warning('invalid_recovery_sidecar', uri, `could not parse (${parsed.error.issues[0]?.message ?? 'invalid'}); leaving it in place`));
    } else if (parsed.data.schema_version !== 1) {
      diagnostics.push(warning('unsupported_recovery_sidecar_version', uri, 'unsupported schema version; leaving it in place'));
    } else {
      const problem = sidecarNameProblem(name, parsed.data);
      if (problem === null) sidecars.push(parsed.data);
      else diagnostics.push(unsafeName(uri, problem));
    }
  }
  return { sidecars, diagnostics };
}

/**
 * The names in a sidecar that become keys (its own file, the graph root it fences, the approval it
 * consumes) must have their spec grammar, and the file must be named after its operation. A
 * mismatch is not corruption (docs/contract/recovery.md#sweep's warnings) but a forged file: an error, so the command writes
 * nothing, and the file stays for a person to inspect.
 */
export function sidecarNameProblem(fileName: string, sidecar: Sidecar): string | null {
  const problem =
    ulidProblem('operation_id', sidecar.operation_id) ??
    identifierProblem('graph_id', sidecar.graph_id) ??
    (sidecar.approval_id === null ? null : ulidProblem('approval_id', sidecar.approval_id));
  if (problem !== null) return problem;
  if (fileName !== `${sidecar.operation_id}.json`) return `operation_id \`${sidecar.operation_id}\` does not match the file name \`${printable(fileName)}\``;
  if (!sidecar.graph_uri.endsWith(`/graphs/${sidecar.graph_id}.omni`)) {
    return `graph_uri \`${printable(sidecar.graph_uri)}\` is not the root of graph \`${sidecar.graph_id}\``;
  }
  return null;
}
