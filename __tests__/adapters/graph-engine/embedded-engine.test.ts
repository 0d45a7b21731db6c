import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedGraphEngine } from '../../../src/adapters/graph-engine/embedded/index.js';
import { LocalStorage } from '../../../src/adapters/storage/local.js';
import { GraphEngineError, type GraphRoot } from '../../../src/engine/ports/graph-engine.js';
import { StorageError, type Storage } from '../../../src/engine/ports/storage.js';
import { rootSnapshot } from '../../contracts/graph-engine.contract.js';
import { failAt, sequentialIds, steppingClock } from '../../support/harness.js';

const PEOPLE = 'node Person {\n  name: String @key\n  age: I32?\n}\n';
const WITH_BIO = 'node Person {\n  name: String @key\n  age: I32?\n  bio: String?\n}\n';
const WITH_CITY = 'node Person {\n  name: String @key\n  age: I32?\n  city: String?\n}\n';

/** Storage that can fail, or run a hook, just before chosen calls reach the real local storage. */
class FaultyStorage implements Storage {
  /** Called before every mutating call; throw to fail it. */
  before: (op: 'write' | 'writeIfAbsent' | 'delete', key: string) => Promise<void> = async () => {};
  /** Called after a successful writeIfAbsent; throw to lose its response. */
  after: (key: string) => Promise<void> = async () => {};
  constructor(readonly inner: LocalStorage) {}
  get root() {
    return this.inner.root;
  }
  displayPath = (key: string) => this.inner.displayPath(key);
  objectUri = (key: string) => this.inner.objectUri(key);
  read = (key: string) => this.inner.read(key);
  exists = (key: string) => this.inner.exists(key);
  existsPrefix = (prefix: string) => this.inner.existsPrefix(prefix);
  list = (prefix: string) => this.inner.list(prefix);
  writeIfMatch = (key: string, text: string, token: string) => this.inner.writeIfMatch(key, text, token);
  deletePrefix = (prefix: string) => this.inner.deletePrefix(prefix);
  async write(key: string, text: string) {
    await this.before('write', key);
    return this.inner.write(key, text);
  }
  async writeIfAbsent(key: string, text: string) {
    await this.before('writeIfAbsent', key);
    const result = await this.inner.writeIfAbsent(key, text);
    await this.after(key);
    return result;
  }
  async delete(key: string) {
    await this.before('delete', key);
    return this.inner.delete(key);
  }
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function setup(failpoints = failAt()) {
  const dir = mkdtempSync(path.join(tmpdir(), 'og-embedded-'));
  dirs.push(dir);
  const storage = new FaultyStorage(new LocalStorage(dir));
  const make = (fp = failpoints) => new EmbeddedGraphEngine({ storage, ids: sequentialIds('01EMB'), clock: steppingClock(), failpoints: fp });
  const root: GraphRoot = { key: 'graphs/g.omni', uri: path.join(dir, 'graphs', 'g.omni') };
  return { storage, engine: make(), make, root };
}

const boom = (why: string) => {
  throw new StorageError(why);
};

describe('embedded engine: schema-apply failpoints', () => {
  it('before_staging_write fails before anything moves; a re-run applies', async () => {
    const { storage, engine, make, root } = setup(failAt('schema_apply.before_staging_write'));
    await make(failAt()).init(root, PEOPLE);
    const before = await rootSnapshot(storage, root);
    await expect(engine.applySchemaAs(root, WITH_BIO, { allowDataLoss: false }, 'act-ci')).rejects.toThrow(
      new GraphEngineError('injected failpoint triggered: schema_apply.before_staging_write'),
    );
    expect(await rootSnapshot(storage, root)).toEqual(before);
    expect(await make(failAt()).applySchemaAs(root, WITH_BIO, { allowDataLoss: false }, 'act-ci')).toMatchObject({ applied: true, graphManifestVersion: 2 });
  });

  it('after_manifest_commit keeps the sidecar: read-only opens refuse without writing, a read-write open rolls forward', async () => {
    const { storage, engine, make, root } = setup(failAt('schema_apply.after_manifest_commit'));
    await make(failAt()).init(root, PEOPLE);
    await expect(engine.applySchemaAs(root, WITH_BIO, { allowDataLoss: false }, 'act-ci')).rejects.toThrow(
      'injected failpoint triggered: schema_apply.after_manifest_commit',
    );
    const [sidecar] = await storage.list(`${root.key}/__recovery`);
    expect(sidecar).toMatch(/^01EMB\w+\.json$/);
    const id = sidecar!.replace('.json', '');
    expect(JSON.parse((await storage.read(`${root.key}/__recovery/${sidecar}`))!.text)).toMatchObject({
      kind: 'schema_apply',
      operation_id: id,
      target_version: 2,
      actor: 'act-ci',
    });
    expect((await storage.read(`${root.key}/_schema.pg`))?.text).toBe(PEOPLE);

    const torn = await rootSnapshot(storage, root);
    const reader = make(failAt());
    await expect(reader.openReadOnly(root)).rejects.toThrow(`recovery required for operation ${id}: `);
    await expect(reader.previewSchemaApply(root, WITH_BIO, { allowDataLoss: false })).rejects.toThrow(`recovery required for operation ${id}`);
    expect(await rootSnapshot(storage, root)).toEqual(torn);

    expect(await reader.open(root)).toEqual({ schemaSource: WITH_BIO, manifestVersion: 2 });
    expect(Object.keys(await rootSnapshot(storage, root)).sort()).toEqual(
      [
        '__manifest/versions/00000000000000000001.json',
        '__manifest/versions/00000000000000000002.json',
        '__schema_state.json',
        '_schema.ir.json',
        '_schema.pg',
      ].map((k) => `${root.key}/${k}`),
    );
    expect(await reader.openReadOnly(root)).toEqual({ schemaSource: WITH_BIO, manifestVersion: 2 });
  });

  it('a read-write open discards an apply whose manifest commit never landed', async () => {
    const { storage, make, root } = setup();
    await make().init(root, PEOPLE);
    storage.before = async (op, key) => (op === 'writeIfAbsent' && key.includes('__manifest') ? boom('connection reset') : undefined);
    storage.after = async () => {};
    // The commit call fails and the probe cannot read either: the outcome is unknown, the sidecar stays.
    const inner = storage.inner;
    const read = inner.read.bind(inner);
    storage.read = async (key) => (key.includes('__manifest/versions/00000000000000000002') ? boom('timeout') : read(key));
    await expect(make().applySchemaAs(root, WITH_BIO, { allowDataLoss: false }, null)).rejects.toThrow(/has an unknown outcome \(connection reset\)/);
    expect(await storage.list(`${root.key}/__recovery`)).toHaveLength(1);
    storage.before = async () => {};
    storage.read = read;
    expect(await make().open(root)).toEqual({ schemaSource: PEOPLE, manifestVersion: 1 });
    expect(await storage.list(`${root.key}/__recovery`)).toEqual([]);
    expect((await storage.list(root.key)).filter((n) => n.endsWith('.staging'))).toEqual([]);
  });

  it('recovery refuses to promote staged files that are not the committed contract', async () => {
    const { storage, make, root } = setup(failAt('schema_apply.after_manifest_commit'));
    await make(failAt()).init(root, PEOPLE);
    await expect(make().applySchemaAs(root, WITH_BIO, { allowDataLoss: false }, null)).rejects.toThrow(/after_manifest_commit/);
    await storage.write(`${root.key}/_schema.pg.staging`, WITH_CITY);
    await expect(make(failAt()).open(root)).rejects.toThrow(/recovery required for operation \w+: manifest version 2 committed a schema whose staged files are missing or differ/);
    expect((await storage.read(`${root.key}/_schema.pg`))?.text).toBe(PEOPLE);
  });
});

describe('embedded engine: concurrent applies', () => {
  it('the loser of the manifest commit race refuses and leaves the winner intact', async () => {
    const { storage, make, root } = setup();
    await make().init(root, PEOPLE);
    let raced = false;
    storage.before = async (op, key) => {
      if (op === 'writeIfAbsent' && key.endsWith('00000000000000000002.json') && !raced) {
        raced = true;
        // A rival apply runs to completion between our staging writes and our commit.
        expect(await make().applySchemaAs(root, WITH_CITY, { allowDataLoss: false }, null)).toMatchObject({ applied: true, graphManifestVersion: 2 });
      }
    };
    await expect(make().applySchemaAs(root, WITH_BIO, { allowDataLoss: false }, null)).rejects.toThrow('schema apply is already in progress');
    expect(await make().openReadOnly(root)).toEqual({ schemaSource: WITH_CITY, manifestVersion: 2 });
    expect(await storage.list(`${root.key}/__recovery`)).toEqual([]);
  });
});

describe('embedded engine: init gap', () => {
  it('a failure before the commit point removes what the attempt wrote, so a retry succeeds', async () => {
    const { storage, engine, root } = setup();
    storage.before = async (op, key) => (op === 'writeIfAbsent' && key.endsWith('_schema.ir.json') ? boom('disk full') : undefined);
    await expect(engine.init(root, PEOPLE)).rejects.toThrow(new GraphEngineError('disk full'));
    // Clean apart from directories (docs/contract/graph-root.md#init); a local directory still counts as a root.
    expect(await rootSnapshot(storage, root)).toEqual({});
    storage.before = async () => {};
    await engine.init(root, PEOPLE);
    expect(await engine.openReadOnly(root)).toEqual({ schemaSource: PEOPLE, manifestVersion: 1 });
  });

  it('losing the _schema.pg race after the claim refuses without touching the rival file and releases the claim', async () => {
    const { storage, engine, root } = setup();
    storage.before = async (op, key) => {
      if (op === 'writeIfAbsent' && key.endsWith('/_schema.pg')) await storage.inner.write(key, 'rival');
    };
    await expect(engine.init(root, PEOPLE)).rejects.toThrow(/graph already initialized or initialization metadata exists/);
    expect(await rootSnapshot(storage, root)).toEqual({ [`${root.key}/_schema.pg`]: 'rival' });
  });

  it('a manifest commit with an unknown outcome leaves an indeterminate root that init and opens refuse', async () => {
    const { storage, engine, make, root } = setup();
    storage.before = async (op, key) => (op === 'writeIfAbsent' && key.includes('__manifest') ? boom('network unreachable') : undefined);
    await expect(engine.init(root, PEOPLE)).rejects.toThrow(
      `initialization of '${root.uri}' is indeterminate (network unreachable); schema artifacts and '__init_claim.json' were preserved; do not retry initialization or delete the root until it is inspected`,
    );
    storage.before = async () => {};
    const kept = await rootSnapshot(storage, root);
    expect(Object.keys(kept).sort()).toEqual(['__init_claim.json', '__schema_state.json', '_schema.ir.json', '_schema.pg'].map((k) => `${root.key}/${k}`));
    await expect(make().init(root, PEOPLE)).rejects.toThrow(/graph already initialized or initialization metadata exists/);
    await expect(make().openReadOnly(root)).rejects.toThrow(`graph at '${root.uri}' is not initialized: no '__manifest' was committed and '__init_claim.json' is present`);
    await expect(make().open(root)).rejects.toThrow(/is not initialized/);
    expect(await rootSnapshot(storage, root)).toEqual(kept);
  });

  it('a lost response to a commit that landed is proven by reading back our own genesis entry', async () => {
    const { storage, engine, root } = setup();
    storage.after = async (key) => (key.includes('__manifest') ? boom('socket hang up') : undefined);
    await engine.init(root, PEOPLE);
    storage.after = async () => {};
    expect(await engine.openReadOnly(root)).toEqual({ schemaSource: PEOPLE, manifestVersion: 1 });
    expect(await storage.exists(`${root.key}/__init_claim.json`)).toBe(false);
  });

  it('a committed init whose claim cannot be released says so and stays unopenable', async () => {
    const { storage, engine, root } = setup();
    storage.before = async (op, key) => (op === 'delete' && key.endsWith('__init_claim.json') ? boom('permission denied') : undefined);
    await expect(engine.init(root, PEOPLE)).rejects.toThrow(/committed manifest version 1 but '__init_claim.json' could not be released \(permission denied\)/);
    await expect(engine.openReadOnly(root)).rejects.toThrow(/did not complete \('__init_claim.json' is present\)/);
  });
});

describe('embedded engine: contract checks and guards', () => {
  it('refuses a missing or incomplete identity contract', async () => {
    const { storage, engine, root } = setup();
    await engine.init(root, PEOPLE);
    await storage.delete(`${root.key}/_schema.ir.json`);
    await expect(engine.openReadOnly(root)).rejects.toThrow(
      "schema evolution is locked down in phase 1: the identity-bearing schema contract is incomplete: '_schema.ir.json' is missing; manual coordination is required",
    );
    await storage.delete(`${root.key}/__schema_state.json`);
    await expect(engine.openReadOnly(root)).rejects.toThrow(/graph is missing the mandatory identity-bearing schema contract .*automatic bootstrap is not supported/);
    await storage.delete(`${root.key}/_schema.pg`);
    await expect(engine.open(root)).rejects.toThrow(`graph at '${root.uri}' is missing its schema files: '_schema.pg' was not found although '__manifest' is readable`);
  });

  it('refuses a contract that disagrees with the committed manifest', async () => {
    const { storage, engine, make, root } = setup();
    await engine.init(root, PEOPLE);
    const other = { ...root, key: 'graphs/other.omni' };
    await make().init(other, WITH_BIO);
    for (const f of ['_schema.pg', '_schema.ir.json', '__schema_state.json']) {
      await storage.write(`${root.key}/${f}`, (await storage.read(`${other.key}/${f}`))!.text);
    }
    await expect(engine.openReadOnly(root)).rejects.toThrow(/^accepted schema\/manifest identity mismatch: /);
  });

  it('storage failures surface as engine errors with the storage text', async () => {
    const { storage, engine, root } = setup();
    await engine.init(root, PEOPLE);
    storage.list = async () => boom('EACCES: permission denied');
    const failure = engine.openReadOnly(root);
    await expect(failure).rejects.toBeInstanceOf(GraphEngineError);
    await expect(failure).rejects.toThrow('EACCES: permission denied');
  });

  it('the export exclusion is refused while an export claim exists', async () => {
    const { storage, engine, root } = setup();
    await engine.init(root, PEOPLE);
    await storage.write(`${root.key}/__export_claim.json`, '{}');
    await expect(engine.reserveExportRootExclusion(root)).rejects.toThrow(/an immutable export owns the root/);
  });
});
