import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The fixture of docs/contract/digests.md#worked-example, used by almost every test. */
export const PEOPLE_PG = '\nnode Person {\n  name: String @key\n  age: I32?\n}\n';
export const PEOPLE_GQ = '\nquery find_person($name: String) {\n  match { $p: Person { name: $name } }\n  return { $p.name, $p.age }\n}\n';
export const BASE_POLICY = 'version: 1\nrules: []\n';
export const FIXTURE_YAML = `version: 1
metadata:
  name: test
state:
  backend: cluster
  lock: true
graphs:
  knowledge:
    schema: ./people.pg
    queries:
      find_person:
        file: ./people.gq
policies:
  base:
    file: ./base.policy.yaml
    applies_to: [knowledge]
`;

export interface TempCluster {
  readonly dir: string;
  write(relative: string, content: string | Uint8Array): void;
  cleanup(): void;
}

/** A temp directory holding the docs/contract/digests.md#worked-example fixture (or just `files`). */
export function tempCluster(files: Record<string, string | Uint8Array> = fixtureFiles()): TempCluster {
  const dir = mkdtempSync(path.join(tmpdir(), 'og-cluster-'));
  const write = (relative: string, content: string | Uint8Array) => {
    const target = path.join(dir, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  };
  for (const [name, content] of Object.entries(files)) write(name, content);
  return { dir, write, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function fixtureFiles(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'cluster.yaml': FIXTURE_YAML,
    'people.pg': PEOPLE_PG,
    'people.gq': PEOPLE_GQ,
    'base.policy.yaml': BASE_POLICY,
    ...overrides,
  };
}

/** The docs/contract/digests.md#worked-example digests of the fixture (recomputed independently in the spec audit). */
export const FIXTURE_DIGESTS = {
  schema: 'ab8674c2deeb33b15bd7a1f7d98acd8fdf6e5634230dc0349e3e2920475f26d6',
  query: 'f7f1ccd40aa44f39a0d149d06e19ade31102e2dc45aa7c9009b99147f82aed43',
  policy: '7f2c43106364d8112fcc3060e4ab8b20f5d1a17d9cbf3c2540529663004adff8',
  graph: '19e5610fde4e069bc42bf576cb1d49f3ea9e69b7c5a01b9f69d577a4a76109a9',
  graphNoQueries: '122df748b060d906c8d39fb64489c8946d6d750315613c95dec2e92496451969',
  config: '9874fed19147c56e49546929078656add12c3b7e73fbe757bc48d4e2272a9199',
} as const;
export const QUERY_BLOB = `__cluster/resources/query/knowledge/find_person/${FIXTURE_DIGESTS.query}.gq`;
export const POLICY_BLOB = `__cluster/resources/policy/base/${FIXTURE_DIGESTS.policy}.yaml`;
