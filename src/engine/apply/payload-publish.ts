import { errorText } from '../../base/error-text.js';
import { mapBounded, STORAGE_CONCURRENCY } from '../../base/bounded.js';
import { error, type Diagnostic } from '../diagnostics/index.js';
import { payloadKey } from '../catalog/index.js';
import type { Change } from '../plan/index.js';
import type { ApplyRun } from './run.js';
import { recheckSource } from './source-check.js';

/**
 * Payload phase (docs/contract/payloads.md#publish): content-addressed blobs for every applied query/policy
 * create or update, written before the state CAS (state is the publish point; orphans are inert).
 * Returns how many errors this phase added; any error stops the run before the state write.
 */
export async function publishPayloads(run: ApplyRun, changes: readonly Change[]): Promise<number> {
  const publishing = changes.filter((c) => c.disposition === 'applied' && c.operation !== 'delete' && c.after_digest !== undefined);
  const payloads = publishing.filter((c) => payloadKey(c.resource, c.after_digest as string) !== null).length;
  if (payloads > 0) run.deps.logger.info(`publishing ${payloads} payload(s)`);
  // Blobs are content-addressed and inert until the state CAS, so their writes may overlap; the
  // diagnostics are still reported in change order.
  const problems = await mapBounded(publishing, STORAGE_CONCURRENCY, (change) => publishOne(run, change));
  let errors = 0;
  for (const problem of problems) {
    if (problem === null) continue;
    run.diagnostics.push(problem);
    errors++;
  }
  return errors;
}

async function publishOne(run: ApplyRun, change: Change): Promise<Diagnostic | null> {
  const key = payloadKey(change.resource, change.after_digest as string);
  if (key === null) return null;
  const fail = (code: 'resource_payload_write_error' | 'resource_content_changed', message: string) => error(code, change.resource, message);
  const source = run.desired.resources.get(change.resource)?.path;
  if (!source) return fail('resource_payload_write_error', 'no source file recorded for resource');
  try {
    // Trusted by name: an existing blob is never rewritten (quirk C10).
    if (await run.storage.exists(key)) return null;
  } catch (e) {
    return fail('resource_payload_write_error', `could not write payload: ${errorText(e)}`);
  }
  const check = recheckSource(run.deps.sources, source, change.after_digest as string);
  if (!check.ok) {
    if (check.problem === 'changed') return fail('resource_content_changed', `resource source '${source}' changed while apply was running; re-run \`cluster apply\``);
    if (check.problem === 'not_utf8') return fail('resource_payload_write_error', `resource source is not valid UTF-8: ${check.message}`);
    if (check.problem === 'unreadable') return fail('resource_payload_write_error', `could not read resource source '${source}': ${check.message}`);
    return fail('resource_payload_write_error', 'no source file recorded for resource');
  }
  try {
    if (!(await run.storage.exists(key))) await run.storage.write(key, check.text);
  } catch (e) {
    return fail('resource_payload_write_error', `could not write payload: ${errorText(e)}`);
  }
  return null;
}
