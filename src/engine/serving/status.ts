import { error, type Diagnostic } from '../diagnostics/index.js';
import type { CommandDeps } from '../ports/command-deps.js';
import { openSession } from '../commands/session.js';
import { checkServing } from './gather.js';

/**
 * `status --serving`: its own output object (plain `status --json` keeps its shape). `ok` is
 * whether the reference server would boot; `serving` lists the graphs it would serve and
 * `quarantined` the ones it would drop.
 */
export interface ServingOutput {
  readonly ok: boolean;
  readonly config_dir: string;
  readonly serving: readonly string[];
  readonly quarantined: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export async function servingStatus(deps: CommandDeps, options: { readonly configDir: string; readonly root?: string | null }): Promise<ServingOutput> {
  const session = openSession(deps, options.configDir, { loadResources: false, root: options.root });
  // The server locates its storage root through cluster.yaml; without one it cannot boot.
  const configErrors = session.diagnostics.filter((d) => d.severity === 'error');
  if (!session.storage || configErrors.length > 0) {
    const why = configErrors.length > 0 ? configErrors : [error('storage_root_invalid', 'storage', 'no storage root to serve from')];
    return { ok: false, config_dir: options.configDir, serving: [], quarantined: [], diagnostics: why };
  }
  const verdict = await checkServing(session.storage);
  return { ok: verdict.boots, config_dir: options.configDir, serving: verdict.graphs, quarantined: verdict.quarantined, diagnostics: verdict.diagnostics };
}
