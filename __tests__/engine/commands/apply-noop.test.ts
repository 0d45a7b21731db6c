import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { harness } from '../../support/harness.js';
import { fixtureFiles, tempCluster, type TempCluster } from '../../support/cluster-fixture.js';

// A no-op apply is settled by comparing the would-be state text with the file's CAS token; these
// pin both ways that comparison can go when nothing changed (docs/contract/state.md#revisions: no write, no revision bump).
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const stateFile = () => path.join(cluster!.dir, '__cluster', 'state.json');

async function converged() {
  cluster = tempCluster(fixtureFiles());
  const { commands } = harness();
  expect((await commands.importState({ configDir: cluster.dir })).ok).toBe(true);
  const applied = await commands.apply({ configDir: cluster.dir, actor: null });
  expect([applied.converged, applied.state_written]).toEqual([true, true]);
  return commands;
}

describe('apply with nothing to do', () => {
  it('does not rewrite a state file in canonical form', async () => {
    const commands = await converged();
    const before = readFileSync(stateFile(), 'utf8');
    const again = await commands.apply({ configDir: cluster!.dir, actor: null });
    expect([again.ok, again.state_written]).toEqual([true, false]);
    expect(readFileSync(stateFile(), 'utf8')).toBe(before);
  });

  it('does not rewrite a state file whose text is not canonical but whose ledger is unchanged', async () => {
    const commands = await converged();
    const compact = JSON.stringify(JSON.parse(readFileSync(stateFile(), 'utf8')));
    writeFileSync(stateFile(), compact);
    const again = await commands.apply({ configDir: cluster!.dir, actor: null });
    expect([again.ok, again.state_written]).toEqual([true, false]);
    expect(readFileSync(stateFile(), 'utf8')).toBe(compact);
  });

  it('still writes when the ledger read differs from the one apply leaves', async () => {
    const commands = await converged();
    const state = JSON.parse(readFileSync(stateFile(), 'utf8'));
    const revision = state.state_revision as number;
    const policy = state.applied_revision.resources['policy.base'];
    state.applied_revision.resources['policy.base'] = { ...policy, digest: '0'.repeat(64) };
    writeFileSync(stateFile(), `${JSON.stringify(state, null, 2)}\n`);
    const again = await commands.apply({ configDir: cluster!.dir, actor: null });
    expect([again.ok, again.state_written]).toEqual([true, true]);
    const after = JSON.parse(readFileSync(stateFile(), 'utf8'));
    expect(after.state_revision).toBe(revision + 1);
    expect(after.applied_revision.resources['policy.base']).toEqual(policy);
  });
});
