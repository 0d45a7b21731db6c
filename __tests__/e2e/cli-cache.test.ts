import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/harness.js';
import { fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

/** The bundled CLI and its validation cache: what a user at a terminal gets. */
let cluster: TempCluster | undefined;
let cacheDir = '';
afterEach(() => {
  cluster?.cleanup();
  rmSync(cacheDir, { recursive: true, force: true });
});

const BAD_TYPE_GQ = '\nquery find_person($name: String) {\n  match { $p: Person { name: $name } }\n  return { $p.nickname }\n}\n';

describe('CLI validation cache', () => {
  it.each([
    ['valid', fixtureFiles()],
    ['with a type error', fixtureFiles({ 'people.gq': BAD_TYPE_GQ })],
  ])('a cold, a warm and an uncached validate print the same bytes (%s); the warm run reads one pack', (_name, files) => {
    cluster = tempCluster(files);
    cacheDir = mkdtempSync(path.join(tmpdir(), 'og-cli-cache-'));
    const uncached = runCli(['validate', '--json', '--no-cache', '--config', cluster.dir], { OMNIGRAPH_CLUSTER_CACHE_DIR: cacheDir });
    expect(readdirSync(cacheDir)).toEqual([]);
    const cold = runCli(['validate', '--json', '--config', cluster.dir, '--cache-dir', cacheDir]);
    expect(cold.stdout).toBe(uncached.stdout);
    expect(cold.code).toBe(uncached.code);
    expect(readdirSync(path.join(cacheDir, 'packs'))).toHaveLength(1);
    // Without the single entry files, the warm run is answered from the pack alone.
    for (const name of readdirSync(cacheDir)) if (name !== 'packs') rmSync(path.join(cacheDir, name), { recursive: true });
    const warm = runCli(['validate', '--json', '--config', cluster.dir, '--cache-dir', cacheDir]);
    expect(warm.stdout).toBe(uncached.stdout);
    expect(warm.code).toBe(uncached.code);
    expect(readdirSync(cacheDir)).toEqual(['packs']);
  });

  it('--no-cache creates no cache directory', () => {
    cluster = tempCluster(fixtureFiles());
    cacheDir = mkdtempSync(path.join(tmpdir(), 'og-cli-cache-'));
    const never = path.join(cacheDir, 'never');
    expect(runCli(['plan', '--json', '--no-cache', '--config', cluster.dir, '--cache-dir', never]).code).not.toBeNull();
    expect(existsSync(never)).toBe(false);
  });
});
