import type { ActionDeps } from './deps.js';

/** Placeholder until the action issue lands: says plainly that nothing ran. */
export async function run(deps: ActionDeps): Promise<void> {
  deps.core.notice(`omnigraph-cluster: not implemented for this event (${deps.eventName || 'unknown'}) yet`);
  deps.core.setOutput('ok', 'true');
}
