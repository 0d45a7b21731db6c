import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { operatorActor } from '../../src/cli/operator.js';
import { harness } from '../support/harness.js';
import { fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

/**
 * Issue 15: a FIFO where a file belongs must be refused at once (a plain read of a FIFO with no
 * writer never returns), and a reader that closes the CLI's stdout early is not a crash.
 */
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const fifoAt = (relative: string) => execFileSync('mkfifo', [path.join(cluster!.dir, relative)]);

describe('FIFOs in place of files', () => {
  it('cluster.yaml', async () => {
    const { 'cluster.yaml': _yaml, ...rest } = fixtureFiles();
    cluster = tempCluster(rest);
    fifoAt('cluster.yaml');
    const out = await harness().commands.validate({ configDir: cluster.dir });
    expect(out.ok).toBe(false);
    expect(out.diagnostics[0]?.code).toBe('cluster_config_read_error');
    expect(out.diagnostics[0]?.message).toContain('is not a regular file (a FIFO)');
  });

  it('a schema source file', async () => {
    const { 'people.pg': _schema, ...rest } = fixtureFiles();
    cluster = tempCluster(rest);
    fifoAt('people.pg');
    const out = await harness().commands.plan({ configDir: cluster.dir });
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => d.code)).toContain('schema_file_missing');
    expect(out.diagnostics.find((d) => d.code === 'schema_file_missing')?.message).toContain('is not a regular file (a FIFO)');
  });

  it('$OMNIGRAPH_HOME/config.yaml means "no actor", at once', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'og-home-'));
    try {
      execFileSync('mkfifo', [path.join(home, 'config.yaml')]);
      expect(operatorActor({ OMNIGRAPH_HOME: home })).toBeNull();
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('stdout closed early', () => {
  it('`status | head -c0` (reader gone before the output) prints no EPIPE stack trace', () => {
    cluster = tempCluster(fixtureFiles());
    const cli = `node --import ${path.resolve('__tests__/support/ts-loader.mjs')} ${path.resolve('src/cli/index.ts')}`;
    // The reader is gone long before the CLI (a second to start) writes its output.
    const run = spawnSync('bash', ['-c', `set -o pipefail; ${cli} status --config ${cluster.dir} --json | head -c0`], { encoding: 'utf8' });
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
