/**
 * The validation cache across workflow runs: the CLI's file cache under RUNNER_TEMP, restored
 * from and saved to the GitHub Actions cache service with @actions/cache (loaded only when the
 * service is there). Entries are content-addressed and self-verifying, so restoring an older
 * run's directory is always safe; a save happens only when this run added entries, under a key
 * unique to the run (cache keys are immutable), and restores take the newest by prefix.
 */
import path from 'node:path';
import { FsValidationCache, buildIdentity } from '../adapters/cache/fs-validation-cache.js';
import type { CarriedCache } from './ports.js';

const VERSION = '0.1.0';

export interface CarriedFsCache extends CarriedCache {
  readonly cache: FsValidationCache;
}

export function carriedCheckCache(env: NodeJS.ProcessEnv, tempDir: string, warn: (message: string) => void): CarriedFsCache {
  const dir = path.join(env.RUNNER_TEMP || tempDir, 'omnigraph-cluster-validation-cache');
  // One pack for the step (every cluster it checks), so the next run reads one file.
  const cache = new FsValidationCache(dir, buildIdentity(VERSION), `action:${env.GITHUB_WORKFLOW ?? ''}:${env.GITHUB_JOB ?? ''}`);
  const prefix = `omnigraph-cluster-validation-${cache.toolVersion}-`;
  // Unique per step too (several clusters in one job each save their own).
  const key = `${prefix}${env.GITHUB_RUN_ID ?? '0'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${env.GITHUB_JOB ?? ''}-${Date.now()}`;
  const service = async () => {
    const actionsCache = await import('@actions/cache');
    return actionsCache.isFeatureAvailable() ? actionsCache : null;
  };
  return {
    cache,
    async restore() {
      try {
        await (await service())?.restoreCache([dir], key, [prefix]);
      } catch (e) {
        warn(`omnigraph-cluster: validation cache not restored (${e instanceof Error ? e.message : String(e)}); every source is checked`);
      }
    },
    async save() {
      cache.flush();
      if (cache.written === 0) return;
      try {
        await (await service())?.saveCache([dir], key);
      } catch (e) {
        warn(`omnigraph-cluster: validation cache not saved (${e instanceof Error ? e.message : String(e)})`);
      }
    },
  };
}
