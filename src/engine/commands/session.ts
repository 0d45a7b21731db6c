import { errorText } from '../../base/error-text.js';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { loadDesired } from '../config/load-desired.js';
import type { DesiredState } from '../config/desired.js';
import { ConfigSources } from '../config/source-access.js';
import { CheckCache } from '../config/check-cache.js';
import type { StorageRoot } from '../config/storage-root.js';
import { error, type Diagnostic } from '../diagnostics/index.js';
import type { Storage } from '../ports/storage.js';
import type { CommandDeps } from '../ports/command-deps.js';
import { ObservationsBuilder } from './observations.js';

/** What every command starts from: the config, the desired state, and the storage root. */
export interface Session {
  readonly loaded: LoadedConfig;
  /** Null when the config did not parse, or when only the header was loaded. */
  readonly desired: DesiredState | null;
  /** Null when the header is invalid (nothing may be written then). */
  readonly storage: Storage | null;
  /** Where state would live; the config dir when the header is unusable (for displayed paths). */
  readonly displayRoot: StorageRoot;
  readonly diagnostics: Diagnostic[];
}

export function openSession(deps: CommandDeps, configDir: string, options: { loadResources: boolean; root?: string | null }): Session {
  const loaded = loadConfig(deps.sources, configDir, { root: options.root });
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const desired =
    loaded.config && options.loadResources
      ? loadDesired(loaded.config, new ConfigSources(deps.sources, configDir, loaded.root, new CheckCache(deps.validationCache)), { validateOnly: false })
      : null;
  if (desired) diagnostics.push(...desired.diagnostics);
  let storage: Storage | null = null;
  if (loaded.storageRoot) {
    try {
      storage = deps.openStorage(loaded.storageRoot);
    } catch (e) {
      diagnostics.push(
        error(
          'storage_root_invalid',
          'storage',
          `could not initialize storage for '${loaded.config?.storage ?? configDir}': ${errorText(e)}`,
        ),
      );
    }
  }
  const displayRoot: StorageRoot = loaded.storageRoot ?? { kind: 'local', path: deps.sources.absolute(configDir) };
  return { loaded, desired, storage, displayRoot, diagnostics };
}

/** `<root>/__cluster/<file>` as displayed, even when no storage could be opened. */
export function displayClusterPath(session: Session, file: string): string {
  if (session.storage) return session.storage.displayPath(`__cluster/${file}`);
  const root = session.displayRoot;
  return root.kind === 'local' ? `${root.path.replace(/\/$/, '')}/__cluster/${file}` : `${root.uri}/__cluster/${file}`;
}

/** The `state_observations` accumulator for this session's state and lock paths. */
export function observationsFor(session: Session): ObservationsBuilder {
  return new ObservationsBuilder(displayClusterPath(session, 'state.json'), displayClusterPath(session, 'lock.json'));
}
