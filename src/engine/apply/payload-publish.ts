import { errorText } from '../../base/error-text.js';
import { error } from '../diagnostics/index.js';
import { payloadKey } from '../catalog/index.js';
import type { Change } from '../plan/index.js';
import type { ApplyRun } from './run.js';
import { recheckSource } from './source-check.js';

/**
 * Payload phase (spec/cluster.md §7.2): content-addressed blobs for every applied query/policy
 * create or update, written before the state CAS (state is the publish point; orphans are inert).
 * Returns how many errors this phase added; any error stops the run before the state write.
 */
export async function publishPayloads(run: ApplyRun, changes: readonly Change[]): Promise<number> {
  let errors = 0;
  for (const change of changes) {
    if (change.disposition !== 'applied' || change.operation === 'delete' || change.after_digest === undefined) continue;
    const key = payloadKey(change.resource, change.after_digest);
    if (key === null) continue;
    const fail = (code: 'resource_payload_write_error' | 'resource_content_changed', message: string) => {
      run.diagnostics.push(error(code, change.resource, message));
      errors++;
    };
    const source = run.desired.resources.get(change.resource)?.path;
    if (!source) {
      fail('resource_payload_write_error', 'no source file recorded for resource');
      continue;
    }
    try {
      // Trusted by name: an existing blob is never rewritten (quirk C10).
      if (await run.storage.exists(key)) continue;
    } catch (e) {
      fail('resource_payload_write_error', `could not write payload: ${errorText(e)}`);
      continue;
    }
    const check = recheckSource(run.deps.sources, source, change.after_digest);
    if (!check.ok) {
      if (check.problem === 'changed') fail('resource_content_changed', `resource source '${source}' changed while apply was running; re-run \`cluster apply\``);
      else if (check.problem === 'not_utf8') fail('resource_payload_write_error', `resource source is not valid UTF-8: ${check.message}`);
      else if (check.problem === 'unreadable') fail('resource_payload_write_error', `could not read resource source '${source}': ${check.message}`);
      else fail('resource_payload_write_error', 'no source file recorded for resource');
      continue;
    }
    try {
      if (!(await run.storage.exists(key))) await run.storage.write(key, check.text);
    } catch (e) {
      fail('resource_payload_write_error', `could not write payload: ${errorText(e)}`);
    }
  }
  return errors;
}
