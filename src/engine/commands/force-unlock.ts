import { hasErrors, type Diagnostic } from '../diagnostics/index.js';
import type { ForceUnlockOutput } from '../model/outputs.js';
import type { CommandOptions } from './api.js';
import type { CommandDeps } from '../ports/command-deps.js';
import { forceUnlockLock } from './lock-io.js';
import { observationsFor, openSession } from './session.js';

/** `force-unlock <LOCK_ID>` (docs/contract/lock.md#force-unlock: removes the lock only with its exact id. */
export async function forceUnlock(deps: CommandDeps, options: CommandOptions & { readonly lockId: string }): Promise<ForceUnlockOutput> {
  const session = openSession(deps, options.configDir, { loadResources: false, root: options.root });
  const diagnostics: Diagnostic[] = session.diagnostics;
  const obs = observationsFor(session);
  let removed = false;
  if (session.storage && !hasErrors(diagnostics)) {
    const result = await forceUnlockLock(session.storage, options.lockId, obs, deps.clock);
    diagnostics.push(...result.diagnostics);
    removed = result.removed;
  }
  return { ok: !hasErrors(diagnostics), config_dir: options.configDir, state_observations: obs.toJson(), lock_removed: removed, diagnostics };
}
