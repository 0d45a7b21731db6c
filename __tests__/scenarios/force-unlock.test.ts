import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diagnosticJson } from '../../src/engine/diagnostics/index.js';
import { toPrettyJson } from '../../src/base/json.js';
import { harness } from '../support/harness.js';
import { FIXTURE_YAML, fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const HOLDER = { version: 1, lock_id: '01HOLDER000000000000000000', operation: 'apply', created_at: '2026-06-10T10:00:00Z', pid: 31337 };
const pretty = (out: { diagnostics: readonly Parameters<typeof diagnosticJson>[0][] }) =>
  toPrettyJson({ ...out, diagnostics: out.diagnostics.map(diagnosticJson) });
const lockFile = () => path.join(cluster!.dir, '__cluster', 'lock.json');
const commandsAt = (iso: string) => harness({ clock: { now: () => new Date(iso) } }).commands;

function withLock(content: string | Uint8Array, files = fixtureFiles()): void {
  cluster = tempCluster(files);
  cluster.write('__cluster/lock.json', content);
}

describe('force-unlock (docs/contract/lock.md#force-unlock)', () => {
  it('removes the lock given its exact id, reports the holder and clears `locked`', async () => {
    withLock(JSON.stringify(HOLDER, null, 2));
    const dir = cluster!.dir;
    const out = await commandsAt('2026-06-10T10:00:42Z').forceUnlock({ configDir: dir, lockId: HOLDER.lock_id });
    expect(pretty(out)).toBe(
      toPrettyJson({
        ok: true,
        config_dir: dir,
        state_observations: {
          state_path: `${dir}/__cluster/state.json`,
          lock_path: `${dir}/__cluster/lock.json`,
          state_found: false,
          state_revision: 0,
          resource_count: 0,
          locked: false,
          lock_id: HOLDER.lock_id,
          lock_acquired: false,
          lock_operation: 'apply',
          lock_created_at: '2026-06-10T10:00:00Z',
          lock_pid: 31337,
          lock_age_seconds: 42,
        },
        lock_removed: true,
        diagnostics: [],
      }),
    );
    expect(existsSync(lockFile())).toBe(false);
  });

  it('refuses a different id, names the held one and leaves the lock in place', async () => {
    const text = JSON.stringify(HOLDER, null, 2);
    withLock(text);
    const out = await harness().commands.forceUnlock({ configDir: cluster!.dir, lockId: '01OTHER0000000000000000000' });
    expect(out.ok).toBe(false);
    expect(out.lock_removed).toBe(false);
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'state_lock_id_mismatch',
        severity: 'error',
        path: '__cluster/lock.json',
        message: 'lock id mismatch: held lock is 01HOLDER000000000000000000, refusing to remove (pass the exact id from `cluster status`)',
      },
    ]);
    expect(out.state_observations.locked).toBe(true);
    expect(out.state_observations.lock_id).toBe(HOLDER.lock_id);
    expect(readFileSync(lockFile(), 'utf8')).toBe(text);
  });

  it('reports a missing lock', async () => {
    cluster = tempCluster(fixtureFiles());
    const out = await harness().commands.forceUnlock({ configDir: cluster.dir, lockId: 'anything' });
    expect(out.ok).toBe(false);
    expect(out.lock_removed).toBe(false);
    expect(out.state_observations.locked).toBe(false);
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      { code: 'state_lock_missing', severity: 'error', path: '__cluster/lock.json', message: 'no cluster state lock is present' },
    ]);
  });

  it.each([
    ['corrupt JSON', '{', 'invalid_state_lock', /^could not parse state lock: /],
    ['an unknown field', JSON.stringify({ ...HOLDER, host: 'ci-7' }), 'invalid_state_lock', /unknown field `host`/],
    ['an unknown version', JSON.stringify({ ...HOLDER, version: 3 }), 'unsupported_state_lock_version', /^unsupported cluster state lock version 3$/],
    ['non-UTF-8 bytes', new Uint8Array([0xc0, 0xaf]), 'state_lock_read_error', /^could not read state lock: /],
  ])('refuses a lock with %s as an error, keeps it, and does not claim it is held', async (_name, content, code, message) => {
    withLock(content);
    const before = readFileSync(lockFile());
    const out = await harness().commands.forceUnlock({ configDir: cluster!.dir, lockId: HOLDER.lock_id });
    expect(out.ok).toBe(false);
    expect(out.lock_removed).toBe(false);
    expect(out.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`)).toEqual([`error ${code} __cluster/lock.json`]);
    expect(out.diagnostics[0]?.message).toMatch(message);
    // HEAD sets `locked` only after a successful parse.
    expect(out.state_observations.locked).toBe(false);
    expect(readFileSync(lockFile()).equals(before)).toBe(true);
  });

  it('stops at a header error without touching the lock', async () => {
    withLock(JSON.stringify(HOLDER), fixtureFiles({ 'cluster.yaml': FIXTURE_YAML.replace('backend: cluster', 'backend: postgres') }));
    const out = await harness().commands.forceUnlock({ configDir: cluster!.dir, lockId: HOLDER.lock_id });
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['unsupported_state_backend']);
    expect(existsSync(lockFile())).toBe(true);
  });

  it('reads no source files: a missing schema does not stop an unlock', async () => {
    withLock(JSON.stringify(HOLDER), { 'cluster.yaml': FIXTURE_YAML });
    const out = await harness().commands.forceUnlock({ configDir: cluster!.dir, lockId: HOLDER.lock_id });
    expect(out.ok).toBe(true);
    expect(out.lock_removed).toBe(true);
    expect(existsSync(lockFile())).toBe(false);
  });

  it('leaves state.json byte-identical', async () => {
    cluster = tempCluster(fixtureFiles());
    const { commands } = harness();
    await commands.importState({ configDir: cluster.dir });
    const state = readFileSync(path.join(cluster.dir, '__cluster', 'state.json'));
    writeFileSync(lockFile(), JSON.stringify(HOLDER));
    const out = await commands.forceUnlock({ configDir: cluster.dir, lockId: HOLDER.lock_id });
    expect(out.lock_removed).toBe(true);
    expect(readFileSync(path.join(cluster.dir, '__cluster', 'state.json')).equals(state)).toBe(true);
  });
});
