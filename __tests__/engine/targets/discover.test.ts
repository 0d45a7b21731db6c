import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalSourceFiles } from '../../../src/adapters/source/local-source-files.js';
import { validate } from '../../../src/engine/commands/validate.js';
import { affectedTargets, changedInputs, discoverTargets, type ClusterTarget } from '../../../src/engine/targets/index.js';
import { BASE_POLICY, PEOPLE_GQ, PEOPLE_PG } from '../../support/cluster-fixture.js';

/** cluster.yaml naming `schema`, a `queries` entry (file or folder) and a policy file. */
function clusterYaml(opts: { name?: string; schema: string; queries?: string; policy?: string }): string {
  const lines = ['version: 1'];
  if (opts.name) lines.push('metadata:', `  name: ${opts.name}`);
  lines.push('graphs:', '  knowledge:', `    schema: ${opts.schema}`);
  if (opts.queries) lines.push(`    queries: ${opts.queries}`);
  if (opts.policy) lines.push('policies:', '  base:', `    file: ${opts.policy}`, '    applies_to: [knowledge]');
  return `${lines.join('\n')}\n`;
}

let repo: string;
let outside: string;
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
  writeFileSync(path.join(repo, rel), text);
};
const files = () => new LocalSourceFiles(repo);
const discover = (...patterns: string[]) => discoverTargets(patterns, { files: files(), root: '.' });
const dirs = (targets: readonly ClusterTarget[]) => targets.map((t) => t.configDir);
const codes = (t: ClusterTarget | undefined) => t?.diagnostics.map((d) => d.code);

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'og-targets-'));
  outside = mkdtempSync(path.join(tmpdir(), 'og-outside-'));
  write('shared/people.pg', PEOPLE_PG);
  write('shared/base.policy.yaml', BASE_POLICY);
  for (const c of ['east', 'west', 'north']) {
    write(`clusters/${c}/cluster.yaml`, clusterYaml({ schema: '../../shared/people.pg', queries: './queries', policy: '../../shared/base.policy.yaml' }));
    write(`clusters/${c}/queries/find.gq`, PEOPLE_GQ);
    write(`clusters/${c}/README.md`, 'notes\n');
  }
  write('clusters/south/cluster.yaml', clusterYaml({ name: 'south-prod', schema: './people.pg', queries: '[./people.gq]' }));
  write('clusters/south/people.pg', PEOPLE_PG);
  write('clusters/south/people.gq', PEOPLE_GQ);
  write('README.md', 'repo\n');
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('targets: discovery', () => {
  it('lists each cluster with every file it reads, wherever it lives', () => {
    const { targets, diagnostics } = discover('clusters/*');
    expect(diagnostics).toEqual([]);
    expect(targets.map((t) => [t.configDir, t.label, t.jobName, t.configOk])).toEqual([
      ['clusters/east', 'clusters/east', 'omnigraph-clusters-east', true],
      ['clusters/north', 'clusters/north', 'omnigraph-clusters-north', true],
      ['clusters/south', 'south-prod', 'omnigraph-clusters-south', true],
      ['clusters/west', 'clusters/west', 'omnigraph-clusters-west', true],
    ]);
    expect(targets[0]?.inputs).toEqual(['clusters/east/cluster.yaml', 'clusters/east/queries/', 'shared/base.policy.yaml', 'shared/people.pg']);
    expect(targets[2]?.inputs).toEqual(['clusters/south/cluster.yaml', 'clusters/south/people.gq', 'clusters/south/people.pg']);
  });

  it('selects a cluster by its directory or its cluster.yaml, at any depth with **', () => {
    write('envs/prod/eu/cluster.yaml', clusterYaml({ schema: './s.pg' }));
    write('envs/dev/cluster.yaml', clusterYaml({ schema: './s.pg' }));
    write('envs/.cache/cluster.yaml', clusterYaml({ schema: './s.pg' }));
    write('envs/node_modules/pkg/cluster.yaml', clusterYaml({ schema: './s.pg' }));
    expect(dirs(discover('envs/**/cluster.yaml').targets)).toEqual(['envs/dev', 'envs/prod/eu']);
    expect(dirs(discover('envs/**').targets)).toEqual(['envs/dev', 'envs/prod/eu']);
    expect(dirs(discover('clusters/east/cluster.yaml', 'clusters/east', './clusters/e*/').targets)).toEqual(['clusters/east']);
    expect(dirs(discover('clusters/?est').targets)).toEqual(['clusters/west']);
    expect(dirs(discover('clusters/*/cluster.yaml').targets)).toEqual(['clusters/east', 'clusters/north', 'clusters/south', 'clusters/west']);
  });

  it('does not walk into symlinked directories with a wildcard (a loop would never end)', () => {
    symlinkSync(path.join(repo, 'clusters'), path.join(repo, 'clusters', 'loop'));
    expect(dirs(discover('**/cluster.yaml').targets)).toEqual(['clusters/east', 'clusters/north', 'clusters/south', 'clusters/west']);
  });

  it('reports a glob that selects no cluster, and refuses patterns that leave the root', () => {
    const { targets, diagnostics } = discover('nothing/*', 'shared/*', '../*', '/abs');
    expect(targets).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['target_pattern_no_match', 'nothing/*'],
      ['target_pattern_no_match', 'shared/*'],
      ['target_pattern_invalid', '../*'],
      ['target_pattern_invalid', '/abs'],
    ]);
  });

  it('keeps a literal directory without cluster.yaml as a failed target (as --config would)', () => {
    const { targets, diagnostics } = discover('shared', 'missing');
    expect(diagnostics).toEqual([]);
    expect(targets.map((t) => [t.configDir, t.configOk, codes(t)])).toEqual([
      ['missing', false, ['config_dir_not_found']],
      ['shared', false, ['cluster_config_read_error']],
    ]);
  });

  it('finds a cluster at the repository root as .', () => {
    write('cluster.yaml', clusterYaml({ schema: './shared/people.pg' }));
    const { targets } = discover('.');
    expect(targets.map((t) => [t.configDir, t.jobName, t.inputs])).toEqual([['.', 'omnigraph-root', ['cluster.yaml', 'shared/people.pg']]]);
  });

  it('gives colliding job names a digest of their directory, so each stays unique and stable', () => {
    write('a-b/cluster.yaml', clusterYaml({ schema: './s.pg' }));
    write('a/b/cluster.yaml', clusterYaml({ schema: './s.pg' }));
    const names = discover('a-b', 'a/b').targets.map((t) => t.jobName);
    expect(new Set(names).size).toBe(2);
    expect(names.every((n) => /^omnigraph-a-b-[0-9a-f]{8}$/.test(n))).toBe(true);
    expect(discover('a/b', 'a-b').targets.map((t) => t.jobName)).toEqual(names);
  });

  it('patterns are written from base (the CLI working directory)', () => {
    const { targets } = discoverTargets(['*'], { files: files(), root: '.', base: 'clusters' });
    expect(dirs(targets)).toEqual(['clusters/east', 'clusters/north', 'clusters/south', 'clusters/west']);
  });
});

describe('targets: containment', () => {
  it('refuses a path that climbs out of the repository with ..', () => {
    write('clusters/east/cluster.yaml', clusterYaml({ schema: '../../../outside.pg' }));
    const east = discover('clusters/east').targets[0];
    expect(east?.configOk).toBe(false);
    expect(east?.diagnostics.map((d) => [d.code, d.path])).toEqual([['config_path_outside_dir', 'graphs.knowledge.schema']]);
    expect(east?.diagnostics[0]?.message).toContain("resolves outside the repository root '.'");
    expect(east?.inputs).toEqual(['clusters/east/cluster.yaml']);
  });

  it('refuses a symlink that points outside the repository', () => {
    writeFileSync(path.join(outside, 'people.pg'), PEOPLE_PG);
    write('clusters/east/cluster.yaml', clusterYaml({ schema: './people.pg' }));
    symlinkSync(path.join(outside, 'people.pg'), path.join(repo, 'clusters/east/people.pg'));
    const east = discover('clusters/east').targets[0];
    expect(codes(east)).toEqual(['config_path_outside_dir']);
  });

  it('refuses a cluster directory that is a symlink to outside the repository', () => {
    mkdirSync(path.join(outside, 'c'));
    writeFileSync(path.join(outside, 'c', 'cluster.yaml'), clusterYaml({ schema: './people.pg' }));
    symlinkSync(path.join(outside, 'c'), path.join(repo, 'clusters', 'linked'));
    const linked = discover('clusters/linked').targets[0];
    expect([linked?.configOk, codes(linked)]).toEqual([false, ['config_path_outside_dir']]);
  });

  it('lists a source reached through an in-repository symlink under both names', () => {
    write('clusters/east/cluster.yaml', clusterYaml({ schema: './people.pg' }));
    symlinkSync('../../shared/people.pg', path.join(repo, 'clusters/east/people.pg'));
    const east = discover('clusters/east').targets[0] as ClusterTarget;
    expect(east.inputs).toEqual(['clusters/east/cluster.yaml', 'clusters/east/people.pg', 'shared/people.pg']);
    expect(changedInputs(east, ['shared/people.pg'])).toEqual(['shared/people.pg']);
  });

  it('a symlinked .gq in a query folder makes the file it points at an input; one pointing outside is refused', () => {
    write('shared/common.gq', PEOPLE_GQ);
    symlinkSync('../../../shared/common.gq', path.join(repo, 'clusters/east/queries/common.gq'));
    const east = discover('clusters/east').targets[0] as ClusterTarget;
    expect(east.inputs).toContain('shared/common.gq');
    expect(changedInputs(east, ['shared/common.gq'])).toEqual(['shared/common.gq']);
    writeFileSync(path.join(outside, 'x.gq'), PEOPLE_GQ);
    symlinkSync(path.join(outside, 'x.gq'), path.join(repo, 'clusters/west/queries/x.gq'));
    const west = discover('clusters/west').targets[0];
    expect(west?.diagnostics.map((d) => [d.code, d.path])).toEqual([['config_path_outside_dir', 'graphs.knowledge.queries']]);
  });

  it('validate reads a shared schema inside the root, and refuses it when the root is the cluster dir', async () => {
    const deps = { sources: files() };
    const wide = await validate(deps, { configDir: 'clusters/east', root: '.' });
    expect(wide.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(wide.ok).toBe(true);
    const narrow = await validate(deps, { configDir: 'clusters/east' });
    expect(narrow.diagnostics.map((d) => d.message)).toContain(
      "'clusters/east/../../shared/people.pg' resolves outside the config directory 'clusters/east'; config paths must stay inside it",
    );
  });
});

describe('targets: affected clusters', () => {
  const affected = (changed: readonly string[] | null) => dirs(affectedTargets(discover('clusters/*').targets, changed));

  it('a shared schema affects exactly the clusters that read it', () => {
    expect(affected(['shared/people.pg'])).toEqual(['clusters/east', 'clusters/north', 'clusters/west']);
  });

  it('a file added to a query folder affects only the cluster reading that folder', () => {
    expect(affected(['clusters/east/queries/new.gq'])).toEqual(['clusters/east']);
    expect(affected(['./clusters/west/queries/sub/deep.gq'])).toEqual(['clusters/west']);
  });

  it('a cluster.yaml or a named file affects its cluster', () => {
    expect(affected(['clusters/south/cluster.yaml'])).toEqual(['clusters/south']);
    expect(affected(['clusters/south/people.gq', 'clusters/north/cluster.yaml'])).toEqual(['clusters/north', 'clusters/south']);
  });

  it('files outside every cluster, or beside one but unread, affect none', () => {
    expect(affected(['README.md', 'clusters/east/README.md', 'shared/other.pg', 'clusters/east/queries'])).toEqual([]);
    expect(affected([])).toEqual([]);
  });

  it('an unknown change set (over the API limit) affects all', () => {
    expect(affected(null)).toEqual(['clusters/east', 'clusters/north', 'clusters/south', 'clusters/west']);
  });

  it('a cluster whose config does not load is affected by anything under its directory', () => {
    write('clusters/east/cluster.yaml', 'version: [\n');
    const targets = discover('clusters/*').targets;
    expect(targets[0]?.configOk).toBe(false);
    expect(dirs(affectedTargets(targets, ['clusters/east/README.md']))).toEqual(['clusters/east']);
    expect(dirs(affectedTargets(targets, ['shared/people.pg']))).toEqual(['clusters/north', 'clusters/west']);
  });
});
