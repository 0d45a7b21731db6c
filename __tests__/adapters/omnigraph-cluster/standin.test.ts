import { afterEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STANDIN_OMNIGRAPH } from '../../support/harness.js';
import { PEOPLE_PG } from '../../support/cluster-fixture.js';

/** The stand-in must behave as the reference binary does where our delegation depends on it. */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'og-standin-'));
  dirs.push(d);
  return d;
}

function omnigraph(args: readonly string[], env: Record<string, string> = {}) {
  const run = spawnSync(STANDIN_OMNIGRAPH, [...args], { encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1', ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A directory that is a cluster root: it holds `__cluster/state.json`. */
function clusterRoot(): { root: string; schema: string } {
  const root = tempDir();
  mkdirSync(path.join(root, '__cluster'), { recursive: true });
  writeFileSync(path.join(root, '__cluster', 'state.json'), '{}');
  const schema = path.join(root, 'people.pg');
  writeFileSync(schema, PEOPLE_PG);
  return { root, schema };
}

describe('stand-in omnigraph: refusals inside a cluster root (reference main.rs Command::Init / schema apply)', () => {
  it('refuses init of <root>/graphs/<id>.omni with the reference message, colour-free under NO_COLOR, exit 1', () => {
    const { root, schema } = clusterRoot();
    const uri = path.join(root, 'graphs', 'kb.omni');
    const run = omnigraph(['init', '--schema', schema, uri]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'Error: \n' +
        `   0: \`${uri}\` is inside cluster \`${root}\`. Graphs in a cluster are created by \`cluster apply\` (which records ledger, recovery, and approvals), not \`init\`. Declare the graph in cluster.yaml and run \`cluster apply\`.\n\n` +
        'Location:\n   crates/omnigraph-cli/src/main.rs:317\n\n' +
        'Backtrace omitted. Run with RUST_BACKTRACE=1 environment variable to display it.\n' +
        'Run with RUST_BACKTRACE=full to include source snippets.\n',
    );
  });

  it('refuses schema apply there too, and colours the report without NO_COLOR', () => {
    const { root, schema } = clusterRoot();
    const uri = path.join(root, 'graphs', 'kb.omni');
    const run = omnigraph(['schema', 'apply', '--schema', schema, '--json', uri], { NO_COLOR: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('\u001b[31mError:\u001b[0m');
    expect(run.stderr).toContain(`is inside cluster \`${root}\`. A graph in a cluster evolves via \`cluster apply\``);
  });

  it('initializes the same layout when the root holds no ledger, and pre-0.7 builds never refused', () => {
    const { root, schema } = clusterRoot();
    const plain = tempDir();
    expect(omnigraph(['init', '--schema', schema, path.join(plain, 'graphs', 'kb.omni')])).toMatchObject({ code: 0, stdout: `initialized ${path.join(plain, 'graphs', 'kb.omni')}\n` });
    const seed = omnigraph(['init', '--schema', schema, path.join(root, 'graphs', 'kb.omni')], { OMNIGRAPH_STANDIN_VERSION: '0.6.2' });
    expect(seed.code).toBe(0);
  });
});

describe('stand-in omnigraph: version output per release (main.rs Command::Version, clap -v)', () => {
  it.each([
    ['0.7.2', 'omnigraph 0.7.2\n'],
    ['0.8.1', 'omnigraph 0.8.1\ninternal-schema 4\n'],
    ['0.9.0', 'omnigraph 0.9.0\ninternal-schema 6\n'],
    ['0.10.0', 'omnigraph 0.10.0\ninternal-schema 6\n'],
  ])('%s', (version, expected) => {
    expect(omnigraph(['version'], { OMNIGRAPH_STANDIN_VERSION: version }).stdout).toBe(expected);
    expect(omnigraph(['-v'], { OMNIGRAPH_STANDIN_VERSION: version }).stdout).toBe(`omnigraph ${version}\n`);
  });
});

describe('stand-in omnigraph: cluster argv (cli.rs ClusterCommand)', () => {
  it('has no `cluster approve` before 0.7.0: a clap usage error, exit 2', () => {
    const run = omnigraph(['--as', 'alice', 'cluster', 'approve', 'graph.kb', '--config', tempDir(), '--json'], { OMNIGRAPH_STANDIN_VERSION: '0.6.2' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("error: unrecognized subcommand 'approve'\n\nUsage: omnigraph cluster <COMMAND>\n\nFor more information, try '--help'.\n");
  });

  it('refuses approve without an approver with the reference message, exit 1', () => {
    const run = omnigraph(['cluster', 'approve', 'graph.kb', '--config', tempDir(), '--json'], { OMNIGRAPH_HOME: tempDir() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('`cluster approve` requires an approver: pass the global --as <ACTOR> flag');
  });

  it('prints the JSON and exits 1 when ok is false', () => {
    const run = omnigraph(['cluster', 'status', '--config', path.join(tempDir(), 'missing'), '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, diagnostics: [{ code: 'config_dir_not_found' }] });
  });

  it('rejects an unknown option the way clap does', () => {
    const run = omnigraph(['cluster', 'plan', '--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: unexpected argument '--frobnicate' found\n\nUsage: omnigraph cluster plan/);
  });
});
