import { describe, expect, it } from '@jest/globals';
import { MemoryStorage } from '../../../src/adapters/storage/memory.js';
import { casToken } from '../../../src/base/hash.js';
import { readState, stateSummary, stateText, STATE_KEY } from '../../../src/engine/state/index.js';

async function stored(text: string): Promise<MemoryStorage> {
  const s = new MemoryStorage();
  await s.write(STATE_KEY, text);
  return s;
}

describe('readState', () => {
  it('a missing file is "no state", not an error', async () => {
    expect(await readState(new MemoryStorage())).toEqual({ found: false, cas: null, state: null, diagnostics: [] });
  });

  it('fills defaults for optional fields and hashes the raw bytes (the docs/contract/digests.md#worked-example CAS)', async () => {
    const text = '{"version":1,"applied_revision":{"resources":{}}}';
    const read = await readState(await stored(text));
    expect(read.cas).toBe('sha256:e9a209696b345f272365555b44fa9f39b2cf80f6e84be0460e621b5528210538');
    expect(read.found).toBe(true);
    expect(read.diagnostics).toEqual([]);
    expect(read.state).toEqual({
      version: 1,
      state_revision: 0,
      applied_revision: { config_digest: null, resources: {} },
      resource_statuses: {},
      approval_records: {},
      recovery_records: {},
      observations: {},
    });
    expect(stateSummary(read.state!)).toEqual({ applied_config_digest: undefined, state_revision: 0, resource_count: 0 });
  });

  it('non-UTF-8 content is a read error with nothing found', async () => {
    const s = new MemoryStorage();
    s.plantRaw(STATE_KEY, Uint8Array.from([0x7b, 0xc3, 0x28, 0x7d]));
    const read = await readState(s);
    expect(read).toMatchObject({ found: false, cas: null, state: null });
    expect(read.diagnostics).toHaveLength(1);
    expect(read.diagnostics[0]).toMatchObject({ code: 'state_read_error', severity: 'error', path: STATE_KEY });
    expect(read.diagnostics[0]!.message).toMatch(/^could not read state file: .*UTF-8/);
  });

  it('storage failures are read errors', async () => {
    const s = new MemoryStorage();
    s.inject({ op: 'read', error: 'permission denied' });
    expect((await readState(s)).diagnostics).toEqual([
      { code: 'state_read_error', severity: 'error', path: STATE_KEY, message: 'could not read state file: permission denied' },
    ]);
  });

  it.each([
    ['bad JSON', '{"version":1,', /^could not parse state JSON: /],
    ['unknown top-level field', '{"version":1,"applied_revision":{},"extra":1}', /unknown field `extra`/],
    ['unknown nested field', '{"version":1,"applied_revision":{"resources":{"query.k.q":{"digest":"d","x":1}}}}', /unknown field `x`/],
    [
      'unknown field in external_blob_policy',
      '{"version":1,"applied_revision":{"resources":{"graph.k":{"digest":"d","external_blob_policy":{"mode":"allow","bases":[],"deny":true}}}}}',
      /unknown field `deny`/,
    ],
    ['missing applied_revision', '{"version":1}', /missing field `applied_revision`/],
    ['unknown status', '{"version":1,"applied_revision":{},"resource_statuses":{"a":{"status":"done"}}}', /status/],
    ['negative revision', '{"version":1,"state_revision":-1,"applied_revision":{}}', /state_revision/],
    ['string version', '{"version":"1","applied_revision":{}}', /version/],
  ])('%s ⇒ invalid_state_json, with found and cas still set', async (_, text, message) => {
    const read = await readState(await stored(text));
    expect(read.found).toBe(true);
    expect(read.cas).toBe(casToken(text));
    expect(read.state).toBeNull();
    expect(read.diagnostics).toHaveLength(1);
    expect(read.diagnostics[0]).toMatchObject({ code: 'invalid_state_json', severity: 'error', path: STATE_KEY });
    expect(read.diagnostics[0]!.message).toMatch(/^could not parse state JSON: /);
    expect(read.diagnostics[0]!.message).toMatch(message);
  });

  it('a well-formed foreign version is unsupported_state_version', async () => {
    const read = await readState(await stored('{"version":2,"applied_revision":{}}'));
    expect(read.diagnostics).toEqual([
      { code: 'unsupported_state_version', severity: 'error', path: 'state.version', message: 'unsupported cluster state version 2; this build supports version 1' },
    ]);
    expect(read.found).toBe(true);
  });

  it('renames a legacy manifest_version the way the reference map does (last key fills the hole, canonical key appended)', async () => {
    const text = JSON.stringify({
      version: 1,
      applied_revision: {},
      observations: {
        'graph.a': { kind: 'graph', exists: true, manifest_version: 4, schema_digest: 's', error: null },
        'graph.b': { kind: 'graph', manifest_version: 2, graph_manifest_version: 2, error: null },
        'graph.c': { kind: 'graph', manifest_version: 9 },
        'graph.t': { kind: 'tombstone' },
      },
    });
    const read = await readState(await stored(text));
    expect(read.diagnostics).toEqual([]);
    const obs = read.state!.observations as Record<string, Record<string, unknown>>;
    expect(Object.entries(obs['graph.a']!)).toEqual([
      ['kind', 'graph'],
      ['exists', true],
      ['error', null],
      ['schema_digest', 's'],
      ['graph_manifest_version', 4],
    ]);
    expect(Object.entries(obs['graph.b']!)).toEqual([
      ['kind', 'graph'],
      ['error', null],
      ['graph_manifest_version', 2],
    ]);
    expect(Object.entries(obs['graph.c']!)).toEqual([
      ['kind', 'graph'],
      ['graph_manifest_version', 9],
    ]);
    expect(stateText(read.state!)).toContain('"graph.t": {\n      "kind": "tombstone"\n    }');
  });

  it('conflicting legacy and canonical versions fail the read at the first address', async () => {
    const text = JSON.stringify({
      version: 1,
      applied_revision: {},
      observations: { 'graph.z': { manifest_version: 1, graph_manifest_version: 2 }, 'graph.m': { manifest_version: 3, graph_manifest_version: 4 } },
    });
    const read = await readState(await stored(text));
    expect(read.state).toBeNull();
    expect(read.diagnostics).toEqual([
      {
        code: 'conflicting_graph_manifest_observation',
        severity: 'error',
        path: 'state.observations.graph.m',
        message: "cluster observation 'graph.m' contains conflicting legacy and canonical graph-manifest versions",
      },
    ]);
  });

  it('an empty folder at the state key (object-store semantics) is no state', async () => {
    const s = new MemoryStorage();
    await s.write(`${STATE_KEY}/stray`, 'x');
    expect((await readState(s)).found).toBe(false);
  });
});
