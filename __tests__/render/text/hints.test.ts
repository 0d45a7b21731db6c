import { describe, expect, it } from '@jest/globals';
import { error, warning } from '../../../src/engine/diagnostics/index.js';
import { renderText } from '../../../src/render/index.js';
import { obs, status } from '../fixtures.js';

describe('terminal hints (CLI only)', () => {
  const out = status({
    state_observations: obs({ state_found: false }),
    diagnostics: [
      warning('state_missing', '__cluster/state.json', 'state.json is missing; no applied cluster revision has been recorded'),
      error('state_lock_held', '__cluster/lock.json', 'state lock is held'),
      error('state_already_exists', '__cluster/state.json', 'state already exists'),
    ],
  });

  it('sit under each diagnostic, name this tool and the config dir (quoted for the shell when needed)', () => {
    const text = renderText('status', out, { hintsFor: "my dir/it's" });
    const quoted = `'my dir/it'\\''s'`;
    expect(text.split('\n').filter((l) => l.startsWith('      hint: '))).toEqual([
      `      hint: no state yet: run \`omnigraph-cluster import --config ${quoted}\` once`,
      `      hint: Another cluster command holds the state lock; wait for it, or run \`omnigraph-cluster force-unlock <lock-id> --config ${quoted}\` once you are sure it is not running.`,
      `      hint: state already exists: run \`omnigraph-cluster refresh --config ${quoted}\` instead of import`,
    ]);
    expect(text).not.toMatch(/omnigraph cluster /);
  });

  it('are absent without hintsFor: the reference-shaped text (the omnigraph stand-in prints it) stays unchanged', () => {
    expect(renderText('status', out)).not.toContain('hint:');
  });
});
