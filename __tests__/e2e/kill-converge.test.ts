import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLI_BUNDLE, harness, testCacheEnv } from '../support/harness.js';
import { fixtureFiles, PEOPLE_GQ, PEOPLE_PG, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

/**
 * Issue 15: SIGKILL the bundled CLI at random moments of applies that create graphs and publish
 * payloads (seeded, so a failure replays), then `force-unlock` (when a lock was left) and one
 * re-run: every time the cluster converges to exactly what an uninterrupted apply produces, with
 * no manual step. The re-run and the unlock go through the commands in-process (quick); the
 * killed runs are real processes, so the kill lands anywhere, not only at failpoints.
 */
const SEED = 0x15_15;
const KILLS = 30;
const TWO_GRAPHS = fixtureFiles({
  'cluster.yaml': `${fixtureFiles()['cluster.yaml']!.replace('policies:', `  second:
    schema: ./people.pg
    queries:
      find_person:
        file: ./people.gq
policies:`)}`,
  'people.pg': PEOPLE_PG,
  'people.gq': PEOPLE_GQ,
});

/** mulberry32: a tiny seeded PRNG, enough to spread kill delays reproducibly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const commands = () => harness({ clock: { now: () => new Date() } }).commands;

function ledgerView(c: TempCluster) {
  const state = JSON.parse(readFileSync(path.join(c.dir, '__cluster', 'state.json'), 'utf8'));
  return { resources: state.applied_revision.resources, statuses: state.resource_statuses, config: state.applied_revision.config_digest };
}

/**
 * Starts `apply` and SIGKILLs it `delayMs` after its lock appears (process start-up is slow and
 * uninteresting), so the kill lands inside the apply. True when the kill landed before it exited.
 */
function killedApply(dir: string, delayMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, 'apply', '--config', dir, '--json'], { stdio: 'ignore', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...testCacheEnv() } });
    const lock = path.join(dir, '__cluster', 'lock.json');
    let timer: NodeJS.Timeout | undefined;
    const watch = setInterval(() => {
      if (!existsSync(lock)) return;
      clearInterval(watch);
      timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    }, 2);
    child.on('exit', (_code, signal) => {
      clearInterval(watch);
      clearTimeout(timer);
      resolve(signal === 'SIGKILL');
    });
  });
}

describe('randomized kills during apply', () => {
  it(`force-unlock plus one re-run converges after each of ${KILLS} kills`, async () => {
    expect(existsSync(CLI_BUNDLE)).toBe(true);
    const reference = tempCluster(TWO_GRAPHS);
    try {
      await commands().importState({ configDir: reference.dir });
      expect((await commands().apply({ configDir: reference.dir, actor: null })).converged).toBe(true);
      const expected = ledgerView(reference);
      const random = prng(SEED);
      let kills = 0;
      let midApply = 0;
      let window = 400;
      for (let attempt = 0; kills < KILLS && attempt < KILLS * 3; attempt++) {
        const c = tempCluster(TWO_GRAPHS);
        try {
          await commands().importState({ configDir: c.dir });
          const delay = Math.floor(random() * window);
          if (!(await killedApply(c.dir, delay))) {
            window = Math.max(20, Math.floor(window * 0.8)); // It finished first: aim earlier.
            continue;
          }
          kills++;
          const status = await commands().status({ configDir: c.dir });
          const lockId = status.state_observations.lock_id;
          if (status.state_observations.locked) {
            midApply++;
            expect(lockId).toMatch(/^[0-9A-Z]{26}$/);
            expect((await commands().forceUnlock({ configDir: c.dir, lockId: lockId! })).lock_removed).toBe(true);
          }
          const rerun = await commands().apply({ configDir: c.dir, actor: null });
          const failed = rerun.diagnostics.filter((d) => d.severity === 'error');
          expect({ delay, failed, converged: rerun.converged }).toEqual({ delay, failed: [], converged: true });
          expect(ledgerView(c)).toEqual(expected);
          expect(existsSync(path.join(c.dir, '__cluster', 'lock.json'))).toBe(false);
        } finally {
          c.cleanup();
        }
      }
      expect(kills).toBe(KILLS);
      // Not all of them may land before the lock is taken, or the test would prove little.
      expect(midApply).toBeGreaterThanOrEqual(KILLS / 2);
    } finally {
      reference.cleanup();
    }
  }, 120_000);
});
