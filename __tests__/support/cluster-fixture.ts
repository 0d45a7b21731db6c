import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The fixture of spec/cluster.md §2.6, used by almost every test. */
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

/** A temp directory holding the §2.6 fixture (or just `files`). */
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
