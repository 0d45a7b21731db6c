// Generates a repository of `clusters` clusters for the targets bench (issue 19): a `.git` marker,
// `shared/` sources read by every third cluster, and per cluster a cluster.yaml naming two graphs
// (one schema each, a query folder and a map-form query) and a policy, plus unrelated files the
// discovery walk must skip or ignore (docs, node_modules). Returns the changed-file lists timed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SCHEMA = 'node Person {\n  name: String @key\n  age: I32?\n}\n';
const QUERY = 'query q($name: String) {\n  match { $p: Person { name: $name } }\n  return { $p.name }\n}\n';
const POLICY = 'version: 1\nrules: []\n';

export function generateRepository(dir, clusters) {
  rmSync(dir, { recursive: true, force: true });
  const write = (rel, text) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  mkdirSync(join(dir, '.git', 'objects'), { recursive: true });
  write('shared/people.pg', SCHEMA);
  write('shared/base.policy.yaml', POLICY);
  for (let i = 0; i < 50; i++) write(`docs/page-${i}.md`, '# notes\n');
  for (let i = 0; i < 200; i++) write(`node_modules/pkg-${i}/cluster.yaml`, 'not a cluster\n');
  for (let c = 0; c < clusters; c++) {
    const name = `c${String(c).padStart(4, '0')}`;
    const base = `clusters/${name}`;
    const shared = c % 3 === 0;
    write(`${base}/a.pg`, SCHEMA);
    write(`${base}/b.pg`, SCHEMA);
    for (let q = 0; q < 5; q++) write(`${base}/queries/q${q}.gq`, QUERY.replace('query q', `query q${q}`));
    write(`${base}/extra.gq`, QUERY.replace('query q', 'query extra'));
    write(`${base}/policy.yaml`, POLICY);
    write(`${base}/README.md`, 'notes\n');
    write(
      `${base}/cluster.yaml`,
      [
        'version: 1',
        'metadata:',
        `  name: ${name}`,
        'graphs:',
        '  a:',
        `    schema: ${shared ? '../../shared/people.pg' : './a.pg'}`,
        '    queries: ./queries',
        '  b:',
        '    schema: ./b.pg',
        '    queries:',
        '      extra:',
        '        file: ./extra.gq',
        'policies:',
        '  base:',
        `    file: ${shared ? '../../shared/base.policy.yaml' : './policy.yaml'}`,
        '    applies_to: [a, b]',
        '',
      ].join('\n'),
    );
  }
  write('changed-shared.txt', 'shared/people.pg\ndocs/page-1.md\n');
  write('changed-one.txt', `clusters/c0001/queries/q0.gq\n`);
  return { changedShared: 'changed-shared.txt', changedOne: 'changed-one.txt' };
}
