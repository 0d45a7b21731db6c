import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClusterCommands } from '../../src/adapters/wiring.js';
import { runCli } from '../../src/cli/main.js';
import { BASE_POLICY, PEOPLE_GQ, PEOPLE_PG } from '../support/cluster-fixture.js';

/**
 * `omnigraph-cluster targets` and the widened containment root, whole command in a temp
 * repository (docs/contract/targets.md, docs/contract/config.md#containment).
 */
let repo: string;
let outside: string;

const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
  writeFileSync(path.join(repo, rel), text);
};

function yaml(schema: string, queries: string, extra = ''): string {
  return `version: 1\n${extra}graphs:\n  knowledge:\n    schema: ${schema}\n    queries: ${queries}\npolicies:\n  base:\n    file: ../../shared/base.policy.yaml\n    applies_to: [knowledge]\n`;
}

async function cli(argv: string[], opts: { stdin?: string; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const env = { PATH: process.env.PATH };
  const code = await runCli(
    argv,
    {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      env,
      readStdin: () => Promise.resolve(opts.stdin ?? ''),
      cwd: opts.cwd ?? repo,
    },
    (args, logger) => createClusterCommands({ engine: args.engine, env, logger }),
  );
  return { code, stdout, stderr };
}

const json = (stdout: string) =>
  JSON.parse(stdout) as {
    ok: boolean;
    changed_files: number | null;
    counts: { clusters: number; affected: number; config_errors: number };
    targets: { config_dir: string; affected: boolean; config_ok: boolean; inputs: string[]; changed_inputs: string[] | null; diagnostics: { code: string; path: string }[] }[];
    matrix: { include: { 'config-dir': string; label: string; 'job-name': string }[] };
    diagnostics: { code: string; path: string; message: string }[];
  };

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'og-repo-'));
  outside = mkdtempSync(path.join(tmpdir(), 'og-outside-'));
  mkdirSync(path.join(repo, '.git'));
  write('shared/people.pg', PEOPLE_PG);
  write('shared/base.policy.yaml', BASE_POLICY);
  for (const c of ['east', 'west', 'north']) {
    write(`clusters/${c}/cluster.yaml`, yaml('../../shared/people.pg', './queries', c === 'east' ? 'metadata:\n  name: east-prod\n' : ''));
    write(`clusters/${c}/queries/find.gq`, PEOPLE_GQ);
  }
  write('clusters/south/cluster.yaml', yaml('./own.pg', '[./q.gq]'));
  write('clusters/south/own.pg', PEOPLE_PG);
  write('clusters/south/q.gq', PEOPLE_GQ);
  write('docs/README.md', 'hi\n');
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('targets: a shared schema across three clusters', () => {
  it('plans exactly the clusters that read the changed schema, as a matrix', async () => {
    write('changed.txt', 'shared/people.pg\ndocs/README.md\r\n\n');
    const out = await cli(['targets', '--config', 'clusters/*', '--changed-files', 'changed.txt', '--json']);
    expect(out.code).toBe(0);
    const body = json(out.stdout);
    expect(body.matrix.include).toEqual([
      { 'config-dir': 'clusters/east', label: 'east-prod', 'job-name': 'omnigraph-clusters-east' },
      { 'config-dir': 'clusters/north', label: 'clusters/north', 'job-name': 'omnigraph-clusters-north' },
      { 'config-dir': 'clusters/west', label: 'clusters/west', 'job-name': 'omnigraph-clusters-west' },
    ]);
    expect(body.counts).toEqual({ clusters: 4, affected: 3, config_errors: 0 });
    expect(body.changed_files).toBe(2);
    expect(body.targets.map((t) => [t.config_dir, t.affected, t.changed_inputs])).toEqual([
      ['clusters/east', true, ['shared/people.pg']],
      ['clusters/north', true, ['shared/people.pg']],
      ['clusters/south', false, []],
      ['clusters/west', true, ['shared/people.pg']],
    ]);
    expect(Object.keys(body)).toEqual(['ok', 'changed_files', 'counts', 'targets', 'matrix', 'diagnostics']);
  });

  it('the shared policy file affects all four; text lists them with what changed', async () => {
    const out = await cli(['targets', '--config', 'clusters/*', '--changed-files', '-'], { stdin: 'shared/base.policy.yaml\n' });
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      [
        'clusters/east   omnigraph-clusters-east  "east-prod"',
        '    changed: shared/base.policy.yaml',
        'clusters/north  omnigraph-clusters-north',
        '    changed: shared/base.policy.yaml',
        'clusters/south  omnigraph-clusters-south',
        '    changed: shared/base.policy.yaml',
        'clusters/west   omnigraph-clusters-west',
        '    changed: shared/base.policy.yaml',
        '4 of 4 clusters affected by 1 changed file.',
        '',
      ].join('\n'),
    );
  });

  it('validate and plan read the shared schema inside the git top-level', async () => {
    const east = path.join(repo, 'clusters/east');
    const validate = await cli(['validate', '--config', east, '--json']);
    expect(JSON.parse(validate.stdout).diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    expect(validate.code).toBe(0);
    const plan = await cli(['plan', '--config', east, '--json']);
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout).ok).toBe(true);
  });
});

describe('targets: the changed-file list', () => {
  it('reads git diff -z output (NUL-separated) and keeps spaces that belong to a name', async () => {
    write('clusters/south/my query.gq', PEOPLE_GQ);
    write('clusters/south/cluster.yaml', yaml('./own.pg', '["./my query.gq"]'));
    const out = await cli(['targets', '--config', 'clusters/*', '--changed-files', '-', '--json'], { stdin: 'docs/README.md\0clusters/south/my query.gq\0' });
    expect(json(out.stdout).targets.filter((t) => t.affected).map((t) => [t.config_dir, t.changed_inputs])).toEqual([['clusters/south', ['clusters/south/my query.gq']]]);
    expect(json(out.stdout).changed_files).toBe(2);
  });

  it('an unreadable list is a usage error', async () => {
    const out = await cli(['targets', '--changed-files', 'missing.txt']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^error: --changed-files missing.txt: /);
  });
});

describe('targets: query folders', () => {
  it('a file added to one cluster\'s query folder plans that cluster only', async () => {
    const out = await cli(['targets', '--config', 'clusters/*', '--changed-files', '-', '--json'], { stdin: 'clusters/west/queries/new.gq\n' });
    expect(json(out.stdout).matrix.include.map((m) => m['config-dir'])).toEqual(['clusters/west']);
    expect(json(out.stdout).targets.find((t) => t.config_dir === 'clusters/west')?.inputs).toEqual([
      'clusters/west/cluster.yaml',
      'clusters/west/queries/',
      'shared/base.policy.yaml',
      'shared/people.pg',
    ]);
  });
});

describe('targets: changes outside every cluster', () => {
  it('affect nothing: an empty matrix, exit 0, and the unaffected clusters named', async () => {
    const out = await cli(['targets', '--config', 'clusters/*', '--changed-files', '-', '--json'], { stdin: 'docs/README.md\nclusters/east/notes.md\n' });
    expect(out.code).toBe(0);
    expect(json(out.stdout).matrix).toEqual({ include: [] });
    const text = await cli(['targets', '--config', 'clusters/*', '--changed-files', '-'], { stdin: 'docs/README.md\n' });
    expect(text.stdout).toBe('0 of 4 clusters affected by 1 changed file.\nnot affected: clusters/east, clusters/north, clusters/south, clusters/west\n');
  });

  it('without --changed-files every cluster is a target, and the text lists what each reads', async () => {
    const out = await cli(['targets', '--config', 'clusters/s*']);
    expect(out.stdout).toBe(
      'clusters/south  omnigraph-clusters-south\n    reads: clusters/south/cluster.yaml, clusters/south/own.pg, clusters/south/q.gq, shared/base.policy.yaml\n1 cluster.\n',
    );
    expect(json((await cli(['targets', '--json'])).stdout).changed_files).toBeNull();
  });
});

describe('targets: escapes', () => {
  it('a schema path climbing out of the repository with .. is refused, not read', async () => {
    writeFileSync(path.join(outside, 'secret.pg'), PEOPLE_PG);
    const rel = path.relative(path.join(repo, 'clusters/east'), path.join(outside, 'secret.pg'));
    write('clusters/east/cluster.yaml', yaml(rel, './queries'));
    const out = await cli(['targets', '--config', 'clusters/east', '--json']);
    const east = json(out.stdout).targets[0];
    expect(out.code).toBe(0);
    expect([east?.config_ok, east?.diagnostics.map((d) => `${d.code} ${d.path}`)]).toEqual([false, ['config_path_outside_dir graphs.knowledge.schema']]);
    expect((east?.diagnostics[0] as unknown as { message: string }).message).toBe(
      `'clusters/east/${rel}' resolves outside the repository root '.'; config paths must stay inside it`,
    );
    const validate = await cli(['validate', '--config', path.join(repo, 'clusters/east'), '--json']);
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout).diagnostics[0].message).toBe(`'${path.join(repo, 'clusters/east')}/${rel}' resolves outside the repository root '${repo}'; config paths must stay inside it`);
  });

  it('a symlink to a file outside the repository is refused', async () => {
    writeFileSync(path.join(outside, 'secret.pg'), PEOPLE_PG);
    symlinkSync(path.join(outside, 'secret.pg'), path.join(repo, 'shared/linked.pg'));
    write('clusters/east/cluster.yaml', yaml('../../shared/linked.pg', './queries'));
    const out = await cli(['targets', '--config', 'clusters/east', '--json']);
    expect(json(out.stdout).targets[0]?.diagnostics.map((d) => d.code)).toEqual(['config_path_outside_dir']);
    const plan = await cli(['plan', '--config', path.join(repo, 'clusters/east'), '--json']);
    expect(plan.code).toBe(1);
    expect(JSON.parse(plan.stdout).diagnostics.map((d: { code: string }) => d.code)).toContain('config_path_outside_dir');
  });

  it('--root narrows the boundary; without a git repository it is the cluster directory', async () => {
    const east = path.join(repo, 'clusters/east');
    const narrow = await cli(['validate', '--config', east, '--root', east, '--json']);
    expect(narrow.code).toBe(1);
    expect(JSON.parse(narrow.stdout).diagnostics[0].code).toBe('config_path_outside_dir');
    rmSync(path.join(repo, '.git'), { recursive: true });
    const bare = await cli(['validate', '--config', east, '--json']);
    expect(JSON.parse(bare.stdout).diagnostics[0].message).toContain(`resolves outside the config directory '${east}'`);
    const wide = await cli(['validate', '--config', east, '--root', repo, '--json']);
    expect(wide.code).toBe(0);
  });

  it('a --config below a file reports config_dir_not_found, not an internal error', async () => {
    const out = await cli(['validate', '--config', path.join(repo, 'docs/README.md/sub'), '--json']);
    expect([out.code, JSON.parse(out.stdout).diagnostics[0].code]).toEqual([1, 'config_dir_not_found']);
  });

  it('a worktree (.git is a file) counts as the repository', async () => {
    rmSync(path.join(repo, '.git'), { recursive: true });
    writeFileSync(path.join(repo, '.git'), 'gitdir: /elsewhere\n');
    expect((await cli(['validate', '--config', path.join(repo, 'clusters/east'), '--json'])).code).toBe(0);
  });

  it('--root must hold the config directory; patterns may not leave the root', async () => {
    const out = await cli(['plan', '--config', path.join(repo, 'clusters/east'), '--root', outside]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`is not inside --root ${outside}`);
    const pattern = await cli(['targets', '--config', '../*', '--config', 'clusters/*', '--json']);
    expect(pattern.code).toBe(1);
    expect(json(pattern.stdout).diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(['target_pattern_invalid ../*']);
    expect(json(pattern.stdout).counts.clusters).toBe(4);
  });
});

describe('targets: patterns', () => {
  it('default pattern finds every cluster at any depth; patterns are relative to the working directory', async () => {
    write('envs/prod/eu/cluster.yaml', yaml('../../../shared/people.pg', '../../../clusters/east/queries'));
    const all = json((await cli(['targets', '--json'])).stdout);
    expect(all.targets.map((t) => t.config_dir)).toEqual(['clusters/east', 'clusters/north', 'clusters/south', 'clusters/west', 'envs/prod/eu']);
    const sub = json((await cli(['targets', '--config', '*', '--json'], { cwd: path.join(repo, 'clusters') })).stdout);
    expect(sub.matrix.include.map((m) => m['config-dir'])).toEqual(['clusters/east', 'clusters/north', 'clusters/south', 'clusters/west']);
    const nested = await cli(['targets', '--config', 'envs/**/cluster.yaml', '--changed-files', '-', '--json'], { stdin: 'clusters/east/queries/x.gq\n' });
    expect(json(nested.stdout).matrix.include.map((m) => m['config-dir'])).toEqual(['envs/prod/eu']);
  });

  it('--root sets what the paths are relative to; the working directory must be inside it', async () => {
    rmSync(path.join(repo, '.git'), { recursive: true });
    const sub = json((await cli(['targets', '--config', 'east', '--root', '..', '--json'], { cwd: path.join(repo, 'clusters') })).stdout);
    expect(sub.targets.map((t) => [t.config_dir, t.config_ok])).toEqual([['clusters/east', true]]);
    const noRoot = json((await cli(['targets', '--config', 'east', '--json'], { cwd: path.join(repo, 'clusters') })).stdout);
    expect(noRoot.targets.map((t) => [t.config_dir, t.config_ok, t.diagnostics.map((d) => d.code)])).toEqual([
      ['east', false, ['config_path_outside_dir', 'config_path_outside_dir']],
    ]);
    const outsideRoot = await cli(['targets', '--root', outside]);
    expect([outsideRoot.code, outsideRoot.stderr]).toEqual([2, `error: the working directory is not inside --root ${outside}\nhint: run 'omnigraph-cluster help targets'\n`]);
  });

  it('a glob that selects nothing is an error; a shell-expanded pattern gets a hint', async () => {
    const none = await cli(['targets', '--config', 'nowhere/*']);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("ERROR target_pattern_no_match nowhere/*: config pattern 'nowhere/*' selects no directory containing cluster.yaml");
    const expanded = await cli(['targets', '--config', 'clusters/east', 'clusters/west']);
    expect(expanded.code).toBe(2);
    expect(expanded.stderr).toContain('quote glob patterns so the shell does not expand them');
  });

  it('options that belong to other commands are usage errors, and targets has its own help', async () => {
    expect((await cli(['plan', '--changed-files', 'x'])).stderr).toContain('--changed-files is accepted only by targets, not plan');
    expect((await cli(['targets', '--format', 'markdown'])).code).toBe(2);
    expect((await cli(['targets', '--engine', 'omnigraph'])).code).toBe(2);
    const help = await cli(['help', 'targets']);
    expect(help.stdout).toContain("Usage: omnigraph-cluster targets [--config PATTERN]... [--changed-files FILE|-] [--root DIR] [--json | --format text|json]");
    expect((await cli(['tragets'])).stderr).toContain('did you mean targets?');
  });

  it('names with control characters are shown escaped in text', async () => {
    write('clusters/e\u001b[31m/cluster.yaml', yaml('../../shared/people.pg', '../east/queries'));
    const out = await cli(['targets', '--config', 'clusters/e*']);
    expect(out.stdout).toContain('clusters/e\\u{1b}[31m');
    expect(out.stdout).not.toContain('\u001b');
  });
});

describe('targets: broken configs', () => {
  it('a cluster.yaml that does not parse is a target with config_ok false, affected by changes under its directory', async () => {
    write('clusters/west/cluster.yaml', 'version: [\n');
    const out = await cli(['targets', '--config', 'clusters/w*', '--changed-files', '-'], { stdin: 'clusters/west/notes.md\n' });
    expect(out.code).toBe(0);
    expect(out.stdout.split('\n').slice(0, 3)).toEqual([
      'clusters/west  omnigraph-clusters-west',
      '    changed: clusters/west/notes.md',
      expect.stringMatching(/^ {4}ERROR invalid_cluster_yaml cluster\.yaml: could not parse cluster\.yaml: /),
    ]);
    expect(out.stdout).toContain('1 of 1 cluster affected by 1 changed file (1 with config errors).');
  });
});
