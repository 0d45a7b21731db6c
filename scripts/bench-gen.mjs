// Generates a synthetic cluster of about `resources` resources: per graph one schema, 17 stored
// queries (one file each), and one policy bound to it — 20 resources per graph.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generateCluster(dir, resources) {
  const graphs = Math.max(1, Math.round(resources / 20));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const yaml = ['version: 1', 'metadata:', `  name: bench-${resources}`, 'graphs:'];
  const policies = ['policies:'];
  for (let g = 0; g < graphs; g++) {
    const id = `g${String(g).padStart(5, '0')}`;
    mkdirSync(join(dir, id, 'queries'), { recursive: true });
    writeFileSync(
      join(dir, id, 'schema.pg'),
      `node Person {\n  name: String @key\n  age: I32?\n  team: String?\n}\n\nnode Team {\n  name: String @key\n}\n\nedge MemberOf: Person -> Team {\n  since: Date?\n}\n\nedge Knows: Person -> Person\n`,
    );
    for (let q = 0; q < 17; q++) {
      writeFileSync(
        join(dir, id, 'queries', `q${q}.gq`),
        `query q${q}($name: String) {\n  match {\n    $p: Person { name: $name }\n    $p memberOf $t\n  }\n  return { $p.name, $p.age, $t.name }\n}\n`,
      );
    }
    writeFileSync(
      join(dir, id, 'policy.yaml'),
      `version: 1\ngroups:\n  readers: [act-${g}]\nrules:\n  - id: read-${g}\n    allow:\n      actors: { group: readers }\n      actions: [read]\n`,
    );
    yaml.push(`  ${id}:`, `    schema: ./${id}/schema.pg`, `    queries: ./${id}/queries`);
    policies.push(`  p${id}:`, `    file: ./${id}/policy.yaml`, `    applies_to: [${id}]`);
  }
  writeFileSync(join(dir, 'cluster.yaml'), `${[...yaml, ...policies].join('\n')}\n`);
  return { graphs, resources: graphs * 20 };
}
