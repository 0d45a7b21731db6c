import { afterEach, describe, expect, it } from '@jest/globals';
import { createClusterCommands } from '../../src/adapters/wiring.js';
import { runCli } from '../../src/cli/main.js';
import { fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

/** `--verbose` logs each step of a writing command on stderr and leaves `--json` stdout untouched. */
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const env = { PATH: process.env.PATH };
  const code = await runCli(
    [...argv, '--config', cluster!.dir],
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env },
    (args, logger) => createClusterCommands({ engine: args.engine, env, logger }),
  );
  return { code, stdout, stderr };
}

/** The JSON output with the fields that differ between two runs (lock ids, times) taken out. */
function stable(stdout: string): unknown {
  const out = JSON.parse(stdout) as { state_observations: Record<string, unknown> };
  const { acquired_lock_id: _id, ...observations } = out.state_observations;
  return { ...out, state_observations: observations };
}

describe('--verbose', () => {
  it('logs lock, graph creation, payloads and the state write on stderr; stdout is the same JSON as without it', async () => {
    cluster = tempCluster(fixtureFiles());
    expect((await cli('import', '--json')).code).toBe(0);
    const verbose = await cli('--as', 'act-ops', 'apply', '--json', '--verbose');
    expect(verbose.code).toBe(0);
    const lines = verbose.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('waiting for the state lock (apply)');
    expect(lines[1]).toMatch(/^acquired lock [0-9A-Z]{26}$/);
    expect(lines).toContain('creating graph knowledge');
    expect(lines.some((l) => /^publishing \d+ payload\(s\)$/.test(l))).toBe(true);
    expect(lines).toContain('writing state revision 2');
    expect(lines.indexOf('creating graph knowledge')).toBeLessThan(lines.indexOf('writing state revision 2'));

    const quiet = await cli('--as', 'act-ops', 'apply', '--json');
    expect(quiet.stderr).toBe('');
    const again = await cli('--as', 'act-ops', 'apply', '--json', '-v');
    expect(stable(again.stdout)).toEqual(stable(quiet.stdout));
    expect(again.stderr).not.toContain('writing state revision');
  });
});
