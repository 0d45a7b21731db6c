import { resourceDigests } from '../config/desired.js';
import { loadConfig } from '../config/load-config.js';
import { loadDesired } from '../config/load-desired.js';
import { ConfigSources } from '../config/source-access.js';
import { CheckCache } from '../config/check-cache.js';
import { hasErrors } from '../diagnostics/index.js';
import { sortedRecord } from '../../base/json.js';
import type { ValidateOutput } from '../model/outputs.js';
import type { CommandOptions } from './api.js';
import type { CommandDeps } from '../ports/command-deps.js';

/** `validate` (docs/contract/commands.md#validate): config, files, languages and digests; never touches state. */
export async function validate(deps: Pick<CommandDeps, 'sources' | 'validationCache'>, options: CommandOptions): Promise<ValidateOutput> {
  const loaded = loadConfig(deps.sources, options.configDir, { root: options.root });
  const base = { config_dir: options.configDir, config_file: loaded.configFile };
  if (!loaded.config) {
    return { ok: false, ...base, resource_digests: {}, resources: [], dependencies: [], diagnostics: [...loaded.diagnostics] };
  }
  const desired = loadDesired(loaded.config, new ConfigSources(deps.sources, options.configDir, loaded.root, new CheckCache(deps.validationCache)), { validateOnly: true });
  const diagnostics = [...loaded.diagnostics, ...desired.diagnostics];
  return {
    ok: !hasErrors(diagnostics),
    ...base,
    resource_digests: sortedRecord(resourceDigests(desired)),
    resources: [...desired.resources.values()].map((r) =>
      r.path === undefined ? { address: r.address, kind: r.kind, digest: r.digest } : { address: r.address, kind: r.kind, digest: r.digest, path: r.path },
    ),
    dependencies: desired.dependencies.map((d) => ({ from: d.from, to: d.to })),
    diagnostics,
  };
}
