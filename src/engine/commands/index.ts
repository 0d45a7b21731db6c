import type { ClusterCommands } from './api.js';
import { apply } from './apply.js';
import { approve } from './approve.js';
import type { CommandDeps } from '../ports/command-deps.js';
import { forceUnlock } from './force-unlock.js';
import { plan } from './plan.js';
import { refreshOrImport } from './refresh.js';
import { status } from './status.js';
import { servingStatus } from '../serving/status.js';
import { validate } from './validate.js';

/** Binds every command to one set of ports. */
export function createCommands(deps: CommandDeps): ClusterCommands {
  return {
    validate: (o) => validate(deps, o),
    plan: (o) => plan(deps, o),
    apply: (o) => apply(deps, o),
    status: (o) => status(deps, o),
    serving: (o) => servingStatus(deps, o),
    refresh: (o) => refreshOrImport(deps, o, 'refresh'),
    importState: (o) => refreshOrImport(deps, o, 'import'),
    forceUnlock: (o) => forceUnlock(deps, o),
    approve: (o) => approve(deps, o),
  };
}
