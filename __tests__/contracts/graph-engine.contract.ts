import { describe, expect, it } from '@jest/globals';
import type { GraphEngine, GraphRoot } from '../../src/engine/ports/graph-engine.js';
import type { Storage } from '../../src/engine/ports/storage.js';

/**
 * The guarantees the control plane relies on (docs/contract/graph-engine.md#port-operations), written once and run against
 * every GraphEngine adapter. `make` gives a fresh engine plus the Storage its roots live in.
 */
export interface GraphEngineFixture {
  readonly engine: GraphEngine;
  readonly storage: Storage;
  /** A fresh, absent graph root. */
  root(name: string): GraphRoot;
  cleanup(): Promise<void>;
}

const PEOPLE = 'node Person {\n  name: String @key\n  age: I32?\n}\n';
const WITH_BIO = 'node Person {\n  name: String @key\n  age: I32?\n  bio: String?\n}\n';
const WITH_BIO_AND_CITY = 'node Person {\n  name: String @key\n  age: I32?\n  bio: String?\n  city: String?\n}\n';

/** Every object under the places a graph root keeps its files, with its text: equal snapshots = nothing written. */
export async function rootSnapshot(storage: Storage, root: GraphRoot): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const dir of ['', '/__manifest', '/__manifest/versions', '/__recovery']) {
    for (const name of await storage.list(root.key + dir)) {
      const key = `${root.key}${dir}/${name}`;
      out[key] = (await storage.read(key))?.text ?? '<vanished>';
    }
  }
  return out;
}

export function describeGraphEngineContract(name: string, make: () => Promise<GraphEngineFixture>): void {
  describe(`GraphEngine contract: ${name}`, () => {
    const withFixture = (fn: (f: GraphEngineFixture) => Promise<void>) => async () => {
      const f = await make();
      try {
        await fn(f);
      } finally {
        await f.cleanup();
      }
    };

    it(
      'init stores the exact source and starts at manifest version 1',
      withFixture(async (f) => {
        const root = f.root('a');
        await f.engine.init(root, PEOPLE);
        const open = await f.engine.openReadOnly(root);
        expect(open.schemaSource).toBe(PEOPLE);
        expect(open.manifestVersion).toBe(1);
        expect((await f.engine.open(root)).manifestVersion).toBe(1);
      }),
    );

    it(
      'strict preflight refuses an initialized root',
      withFixture(async (f) => {
        const root = f.root('b');
        await f.engine.init(root, PEOPLE);
        await expect(f.engine.init(root, PEOPLE)).rejects.toThrow(/already initialized/);
      }),
    );

    it(
      'refuses to init an invalid schema and leaves nothing behind',
      withFixture(async (f) => {
        const root = f.root('c');
        await expect(f.engine.init(root, 'node person {}')).rejects.toThrow(/parse error/);
        expect(await f.storage.existsPrefix(root.key)).toBe(false);
      }),
    );

    it(
      'opening a missing root fails',
      withFixture(async (f) => {
        await expect(f.engine.openReadOnly(f.root('missing'))).rejects.toThrow();
      }),
    );

    it(
      'previews a supported change without writing anything',
      withFixture(async (f) => {
        const root = f.root('d');
        await f.engine.init(root, PEOPLE);
        const plan = await f.engine.previewSchemaApply(root, WITH_BIO, { allowDataLoss: false });
        expect(plan.supported).toBe(true);
        expect(plan.steps).toEqual([
          {
            kind: 'add_property',
            type_kind: 'node',
            type_name: 'Person',
            property_name: 'bio',
            property_type: { scalar: 'String', nullable: true, list: false, enum_values: null },
          },
        ]);
        expect((await f.engine.openReadOnly(root)).manifestVersion).toBe(1);
      }),
    );

    it(
      'previews an unsupported change as supported:false, and apply refuses it with the first unsupported reason',
      withFixture(async (f) => {
        const root = f.root('e');
        await f.engine.init(root, PEOPLE);
        const retyped = PEOPLE.replace('age: I32?', 'age: I64?');
        const preview = await f.engine.previewSchemaApply(root, retyped, { allowDataLoss: false });
        expect(preview).toEqual({
          supported: false,
          steps: [
            {
              kind: 'unsupported_change',
              entity: 'node:Person.age',
              reason: "changing property type for 'Person.age' is not supported in schema migration v1",
              code: 'OG-MF-106',
            },
          ],
        });
        await expect(f.engine.applySchemaAs(root, retyped, { allowDataLoss: false }, null)).rejects.toThrow(/changing property type/);
        expect((await f.engine.openReadOnly(root)).schemaSource).toBe(PEOPLE);
      }),
    );

    it(
      'applies a change: new bytes, version + 1',
      withFixture(async (f) => {
        const root = f.root('g');
        await f.engine.init(root, PEOPLE);
        const result = await f.engine.applySchemaAs(root, WITH_BIO, { allowDataLoss: false }, 'act-ci');
        expect(result).toMatchObject({ supported: true, applied: true, graphManifestVersion: 2 });
        const open = await f.engine.openReadOnly(root);
        expect(open.schemaSource).toBe(WITH_BIO);
        expect(open.manifestVersion).toBe(2);
      }),
    );

    it(
      'a cosmetic-only change is a no-op that keeps the old bytes',
      withFixture(async (f) => {
        const root = f.root('h');
        await f.engine.init(root, PEOPLE);
        const cosmetic = `// a comment\n${PEOPLE.replace('  age: I32?\n', '')}`.replace('{\n', '{\n  age: I32?\n');
        const result = await f.engine.applySchemaAs(root, cosmetic, { allowDataLoss: false }, null);
        expect(result).toEqual({ supported: true, applied: false, graphManifestVersion: 1, steps: [] });
        expect((await f.engine.openReadOnly(root)).schemaSource).toBe(PEOPLE);
      }),
    );

    it(
      'read-only open and preview write nothing',
      withFixture(async (f) => {
        const root = f.root('ro');
        await f.engine.init(root, PEOPLE);
        await f.engine.applySchemaAs(root, WITH_BIO, { allowDataLoss: false }, null);
        const before = await rootSnapshot(f.storage, root);
        expect(Object.keys(before)).toContain(`${root.key}/_schema.pg`);
        expect((await f.engine.openReadOnly(root)).manifestVersion).toBe(2);
        await f.engine.previewSchemaApply(root, WITH_BIO_AND_CITY, { allowDataLoss: false });
        expect(await rootSnapshot(f.storage, root)).toEqual(before);
      }),
    );

    it(
      'each applied change is one more manifest version',
      withFixture(async (f) => {
        const root = f.root('v3');
        await f.engine.init(root, PEOPLE);
        await f.engine.applySchemaAs(root, WITH_BIO, { allowDataLoss: false }, null);
        const third = await f.engine.applySchemaAs(root, WITH_BIO_AND_CITY, { allowDataLoss: false }, null);
        expect(third).toMatchObject({ applied: true, graphManifestVersion: 3 });
        const again = await f.engine.applySchemaAs(root, WITH_BIO_AND_CITY, { allowDataLoss: false }, null);
        expect(again).toEqual({ supported: true, applied: false, graphManifestVersion: 3, steps: [] });
        expect(await f.engine.open(root)).toEqual({ schemaSource: WITH_BIO_AND_CITY, manifestVersion: 3 });
      }),
    );

    it(
      'strict preflight refuses an orphan schema file or manifest and leaves them untouched',
      withFixture(async (f) => {
        const orphan = f.root('orphan');
        await f.storage.write(`${orphan.key}/_schema.pg`, 'hand-written');
        await expect(f.engine.init(orphan, PEOPLE)).rejects.toThrow(
          `graph already initialized or initialization metadata exists at '${orphan.uri}'; --force may replace only orphan schema files after proving that no __manifest exists`,
        );
        expect((await f.storage.read(`${orphan.key}/_schema.pg`))?.text).toBe('hand-written');
        expect(await f.storage.exists(`${orphan.key}/__init_claim.json`)).toBe(false);

        const stateOnly = f.root('state-only');
        await f.storage.write(`${stateOnly.key}/__schema_state.json`, '{}');
        await expect(f.engine.init(stateOnly, PEOPLE)).rejects.toThrow(/already initialized or initialization metadata exists/);

        const manifestOnly = f.root('manifest-only');
        await f.storage.write(`${manifestOnly.key}/__manifest/leftover`, 'x');
        await expect(f.engine.init(manifestOnly, PEOPLE)).rejects.toThrow(/already initialized or initialization metadata exists/);
        expect(await f.storage.exists(`${manifestOnly.key}/_schema.pg`)).toBe(false);
      }),
    );

    it(
      'a leftover init claim makes init and both opens refuse, and stays in place',
      withFixture(async (f) => {
        const root = f.root('claimed');
        await f.storage.write(`${root.key}/__init_claim.json`, '{"version":1,"attempt_id":"01AAAAAAAAAAAAAAAAAAAAAAAA"}');
        await expect(f.engine.init(root, PEOPLE)).rejects.toThrow(`graph initialization at '${root.uri}' is claimed by '__init_claim.json'`);
        await expect(f.engine.openReadOnly(root)).rejects.toThrow();
        await expect(f.engine.open(root)).rejects.toThrow();
        expect(await f.storage.exists(`${root.key}/__init_claim.json`)).toBe(true);
        expect(await f.storage.exists(`${root.key}/_schema.pg`)).toBe(false);
      }),
    );

    it(
      'a cosmetic hand edit of _schema.pg keeps the graph openable; a semantic one does not',
      withFixture(async (f) => {
        const root = f.root('hand');
        await f.engine.init(root, PEOPLE);
        const cosmetic = `// edited by hand\n${PEOPLE}`;
        await f.storage.write(`${root.key}/_schema.pg`, cosmetic);
        expect((await f.engine.openReadOnly(root)).schemaSource).toBe(cosmetic);
        await f.storage.write(`${root.key}/_schema.pg`, WITH_BIO);
        await expect(f.engine.openReadOnly(root)).rejects.toThrow(
          'schema evolution is locked down in phase 1: current _schema.pg no longer matches the accepted compiled schema; manual coordination is required',
        );
      }),
    );

    it(
      'an export exclusion can be reserved and released on a healthy root',
      withFixture(async (f) => {
        const root = f.root('i');
        await f.engine.init(root, PEOPLE);
        const guard = await f.engine.reserveExportRootExclusion(root);
        await guard.release();
      }),
    );
  });
}
