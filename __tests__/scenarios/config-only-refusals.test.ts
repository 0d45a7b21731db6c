import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryStorage } from '../../src/adapters/storage/memory.js';
import { EmbeddedGraphEngine } from '../../src/adapters/graph-engine/embedded/index.js';
import { compileSchema } from '../../src/lang/schema/index.js';
import { harness, sequentialIds, steppingClock } from '../support/harness.js';
import { fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

/**
 * Issue 17: "no diagnostic exists that apply can raise from the config alone and plan cannot".
 * Apply refuses a schema for its source alone only inside the engine's `init` (graph create) and
 * schema planner; both run the shape checks, the system-column key rule and the IR validation
 * (src/lang/schema/ir/resolve.ts). Every one of those rules has a case below, and the last test
 * counts the rule sites so a new rule without a case fails here.
 */
const CASES: readonly { rule: string; source: string; message: RegExp; at: string }[] = [
  { rule: 'interface duplicate property', source: 'interface I { a: String\n  a: String }', message: /duplicate property in schema shape for 'I'/, at: '1:1' },
  { rule: 'duplicate interface', source: 'interface I {}\ninterface I {}', message: /duplicate interface name in schema shape/, at: '2:1' },
  { rule: 'edge duplicate property', source: 'node A {}\nedge E: A -> A { a: I32?  a: I32? }', message: /duplicate property in schema shape for 'E'/, at: '2:1' },
  {
    rule: 'incompatible interface semantics',
    source: 'interface I { p: String @description("a") }\ninterface J { p: String }\nnode A implements I, J {}',
    message: /interfaces contributing 'A.p' have incompatible property semantics/,
    at: '3:1',
  },
  {
    rule: '@key on the system id',
    source: 'node Customer {\n  id: String @key\n  name: String\n}',
    message: /node 'Customer' @key must reference declared properties: `id` names the implicit system id column/,
    at: '2:',
  },
  { rule: 'node duplicate property (IR validation)', source: 'node A {\n  a: String\n  a: String\n}', message: /invalid accepted SchemaIR: duplicate property 'A.a'/, at: '3:3' },
];

let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const yamlFor = () => 'version: 1\nmetadata:\n  name: t\nstate:\n  backend: cluster\n  lock: true\ngraphs:\n  g:\n    schema: ./g.pg\n';

describe('config-only refusals are found by validate and plan, not first by apply', () => {
  it.each(CASES)('$rule: the engine refuses it at init, and load time reports the same text with file:line:col', async ({ source, message, at }) => {
    const engine = new EmbeddedGraphEngine({ storage: new MemoryStorage(), clock: steppingClock(), ids: sequentialIds(), failpoints: { hit: async () => false } });
    const refusal = await engine.init({ key: 'graphs/g.omni', uri: 'mem://graphs/g.omni' }, source).then(
      () => null,
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    expect(refusal).toMatch(message);

    const compiled = compileSchema(source);
    expect(compiled.ok).toBe(false);
    if (compiled.ok) return;
    expect(compiled.error.message).toBe(refusal);
    expect(`${compiled.error.line}:${compiled.error.column}`).toMatch(new RegExp(`^${at}`));

    cluster = tempCluster({ 'cluster.yaml': yamlFor(), 'g.pg': source });
    const h = harness();
    for (const out of [await h.commands.validate({ configDir: cluster.dir }), await h.commands.plan({ configDir: cluster.dir })]) {
      expect(out.ok).toBe(false);
      const d = out.diagnostics.find((x) => x.code === 'schema_catalog_error');
      expect(d?.message).toContain(refusal);
      expect(d?.message).toContain(`(at ${cluster.dir}/./g.pg:${at}`);
    }
    expect(existsSync(path.join(cluster.dir, '__cluster'))).toBe(false);
  });

  it('the fixture cluster with a keyed `id` is refused by plan with the same diagnostic apply gives', async () => {
    cluster = tempCluster(fixtureFiles({ 'people.pg': '\nnode Person {\n  id: String @key\n  name: String\n  age: I32?\n}\n' }));
    const h = harness();
    await h.commands.importState({ configDir: cluster.dir });
    const planned = await h.commands.plan({ configDir: cluster.dir });
    const applied = await h.commands.apply({ configDir: cluster.dir, actor: null });
    const codes = (out: { diagnostics: readonly { code: string; path: string }[] }) => out.diagnostics.map((d) => `${d.code} ${d.path}`);
    expect(codes(planned)).toContain('schema_catalog_error graphs.knowledge.schema');
    expect(codes(applied)).toEqual(codes(planned));
    expect(applied.state_written).toBe(false);
  });

  it('every rule site of the init-time checks has a case above', () => {
    const count = (file: string, pattern: RegExp) => (readFileSync(path.resolve(file), 'utf8').match(pattern) ?? []).length;
    const shapeRules = count('src/lang/schema/shape/shape-checks.ts', /return fail\(/g);
    const irRules = count('src/lang/schema/ir/resolve.ts', /return \{ ok: false, error: (keyError|locatedError)/g);
    // Shape rules not reachable past the catalog build (duplicate node/edge names, unresolved
    // endpoints) are reported by the catalog stage first, which validate already ran.
    const shadowedByCatalog = 3;
    expect(shapeRules - shadowedByCatalog + irRules).toBe(CASES.length);
  });
});
