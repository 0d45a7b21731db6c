import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { harness } from '../support/harness.js';
import { fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';
import { victimDir, type Victim } from '../support/untrusted.js';

/**
 * Issue 15: a symlink planted under the storage root (by a bucket writer's mirror, or a pull
 * request adding files under `__cluster/` with local storage) must not carry our writes, renames
 * or deletes outside the root. Each command stops with an error naming the link; the ledger
 * keeps its bytes; the victim directory the link points at is untouched.
 */
let cluster: TempCluster | undefined;
let victim: Victim | undefined;
afterEach(() => {
  cluster?.cleanup();
  victim?.cleanup();
});

const file = (relative: string) => path.join(cluster!.dir, relative);
const stateBytes = () => readFileSync(file('__cluster/state.json'));
const commands = () => harness({ clock: { now: () => new Date('2026-06-12T00:00:00Z') } }).commands;

/** Imported state, nothing applied yet: the next apply creates the graph, writes a sidecar and publishes payloads. */
async function imported(): Promise<void> {
  cluster = tempCluster(fixtureFiles());
  victim = victimDir();
  await commands().importState({ configDir: cluster.dir });
}

function linkToVictim(relative: string): void {
  const at = file(relative);
  rmSync(at, { recursive: true, force: true });
  mkdirSync(path.dirname(at), { recursive: true });
  symlinkSync(victim!.dir, at);
}

async function expectRefused(link: string): Promise<void> {
  const before = stateBytes();
  const outside = victim!.snapshot();
  const dir = cluster!.dir;
  const runs = [
    await commands().apply({ configDir: dir, actor: null }),
    await commands().refresh({ configDir: dir }),
    await commands().plan({ configDir: dir }),
    await commands().approve({ configDir: dir, actor: 'mallory', resource: 'graph.knowledge' }),
  ];
  for (const out of runs) {
    expect(out.ok).toBe(false);
    const named = out.diagnostics.filter((d) => d.severity === 'error' && d.message.includes(`'${file(link)}' is a symbolic link`));
    expect(named.map((d) => d.code)).toEqual(['unsafe_state_name']);
  }
  expect(stateBytes().equals(before)).toBe(true);
  expect(victim!.snapshot()).toEqual(outside);
  expect(existsSync(file('__cluster/lock.json'))).toBe(false);
}

describe('symlinks under the storage root are never followed', () => {
  it.each(['__cluster/resources', '__cluster/approvals', '__cluster/recoveries', 'graphs'])('%s', async (dir) => {
    await imported();
    linkToVictim(dir);
    await expectRefused(dir);
  });

  it('a graph root that is a link', async () => {
    await imported();
    expect((await commands().apply({ configDir: cluster!.dir, actor: null })).converged).toBe(true);
    linkToVictim('graphs/knowledge.omni');
    await expectRefused('graphs/knowledge.omni');
  });
});
