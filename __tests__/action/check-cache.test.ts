import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/action/main.js';
import { carriedCheckCache } from '../../src/action/check-cache.js';
import { FakeGitHub } from '../support/fake-github.js';
import { planOutput, prPayload, rig, runContext, ScriptedCommands } from './fakes.js';

let github: FakeGitHub;
beforeEach(async () => {
  github = await new FakeGitHub().start();
});
afterEach(() => github.stop());

describe('validation cache carried between runs', () => {
  it('is restored before the command runs and saved after it', async () => {
    const commands = new ScriptedCommands().script('plan', planOutput([]));
    const r = rig(github, runContext(github, 'pull_request', prPayload(3)), commands);
    const order: string[] = [];
    const checkCache = {
      restore: async () => {
        order.push(`restore after ${commands.calls.length} calls`);
      },
      save: async () => {
        order.push(`save after ${commands.calls.length} calls`);
      },
    };
    const result = await run({ ...r.deps, checkCache });
    expect(result.failureReason).toBeNull();
    expect(order).toEqual(['restore after 0 calls', 'save after 1 calls']);
  });

  it('lives under RUNNER_TEMP and does nothing (no warning) where the cache service is absent', async () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'og-runner-temp-'));
    try {
      const warnings: string[] = [];
      const carried = carriedCheckCache({ RUNNER_TEMP: temp }, tmpdir(), (m) => warnings.push(m));
      expect(carried.cache.dir).toBe(path.join(temp, 'omnigraph-cluster-validation-cache'));
      await carried.restore();
      carried.cache.put('c'.repeat(64), 'x');
      await carried.save();
      expect(warnings).toEqual([]);
      expect(carried.cache.get('c'.repeat(64))).toBe('x');
      // The step's entries were packed for the next run, which reads them from that one file.
      expect(readdirSync(path.join(carried.cache.dir, 'packs'))).toHaveLength(1);
      rmSync(path.join(carried.cache.dir, 'cc'), { recursive: true });
      expect(carriedCheckCache({ RUNNER_TEMP: temp }, tmpdir(), (m) => warnings.push(m)).cache.get('c'.repeat(64))).toBe('x');
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
