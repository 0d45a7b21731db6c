import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockFileSchema } from '../../../src/engine/lock/index.js';
import type { LockRaceOutcome, LockRacePlan } from '../../support/storage-lock-child.js';
import { lastJsonLine, runRacingChildren } from '../../support/storage-spawn.js';

const CHILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../support/storage-lock-child.ts');

describe('state lock raced by 8 processes on one local root', () => {
  it('each round has exactly one winner, every loser sees the winner, no torn lock file is ever visible', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'omnigraph-lock-race-'));
    const lockFile = path.join(root, '__cluster', 'lock.json');
    const plan: LockRacePlan = { root, rounds: 5, roundMs: 600, holdMs: 300 };
    const torn: string[] = [];
    let reads = 0;
    let watching = true;
    // A reader in this process sees every state the file passes through: absent or a whole lock.
    const watcher = (async () => {
      while (watching) {
        let text: string | null = null;
        try {
          text = readFileSync(lockFile, 'utf8');
        } catch {
          text = null;
        }
        if (text !== null) {
          reads++;
          try {
            lockFileSchema.parse(JSON.parse(text));
          } catch {
            torn.push(text);
          }
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    try {
      const runs = await runRacingChildren(CHILD, Array.from({ length: 8 }, () => [JSON.stringify(plan)]));
      const outcomes = runs.map((run) => lastJsonLine<LockRaceOutcome[]>(run));
      for (let round = 0; round < plan.rounds; round++) {
        const inRound = outcomes.map((o) => o.find((x) => x.round === round));
        const winners = inRound.filter((x) => x?.kind === 'acquired');
        expect(winners).toHaveLength(1);
        const winner = winners[0] as Extract<LockRaceOutcome, { kind: 'acquired' }>;
        expect(winner.released).toBe('released');
        for (const loser of inRound.filter((x) => x !== winner)) {
          expect(loser?.kind).toBe('held');
          const held = loser as Extract<LockRaceOutcome, { kind: 'held' }>;
          expect(held.holder).toMatchObject({ lock_id: winner.lockId, lock_operation: 'apply', lock_pid: winner.pid });
          expect(held.holder.lock_age_seconds).toBeGreaterThanOrEqual(0);
          expect(held.message).toContain(`force-unlock ${winner.lockId}`);
        }
      }
    } finally {
      watching = false;
      await watcher;
      rmSync(root, { recursive: true, force: true });
    }
    expect(torn).toEqual([]);
    expect(reads).toBeGreaterThan(0);
  }, 60_000);
});
