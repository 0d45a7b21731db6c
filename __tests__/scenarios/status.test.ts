import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { diagnosticJson } from '../../src/engine/diagnostics/index.js';
import { sha256hex } from '../../src/base/hash.js';
import { toPrettyJson } from '../../src/base/json.js';
import { harness } from '../support/harness.js';
import { FIXTURE_YAML, PEOPLE_GQ, fixtureFiles, tempCluster, type TempCluster, FIXTURE_DIGESTS, QUERY_BLOB, POLICY_BLOB } from '../support/cluster-fixture.js';

const { schema: SCHEMA, query: QUERY, policy: POLICY, graph: GRAPH, config: CONFIG } = FIXTURE_DIGESTS;
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());


/** What the CLI prints for `--json` (diagnostics reduced to their four keys). */
const pretty = (out: { diagnostics: readonly Parameters<typeof diagnosticJson>[0][] }) =>
  toPrettyJson({ ...out, diagnostics: out.diagnostics.map(diagnosticJson) });
const codes = (out: { diagnostics: readonly { code: string; severity: string; path: string }[] }) =>
  out.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`);
const file = (relative: string) => path.join(cluster!.dir, relative);
const bytes = (relative: string) => readFileSync(file(relative));
/** Every file under __cluster/, with its bytes: proves a read-only command touched nothing. */
function snapshot(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(path.relative(cluster!.dir, full), readFileSync(full).toString('base64'));
    }
  };
  walk(file('__cluster'));
  return out;
}

/** A converged cluster: import, then apply. */
async function converged(): Promise<void> {
  cluster = tempCluster(fixtureFiles());
  const { commands } = harness();
  await commands.importState({ configDir: cluster.dir });
  const applied = await commands.apply({ configDir: cluster.dir, actor: null });
  expect(applied.converged).toBe(true);
}

const fixedAt = (iso: string) => harness({ clock: { now: () => new Date(iso) } }).commands;

describe('status without state (docs/contract/commands.md#status)', () => {
  it('warns state_missing, stays ok, takes no lock and creates nothing', async () => {
    cluster = tempCluster(fixtureFiles());
    const dir = cluster.dir;
    const out = await harness().commands.status({ configDir: dir });
    expect(pretty(out)).toBe(
      toPrettyJson({
        ok: true,
        config_dir: dir,
        state_observations: {
          state_path: `${dir}/__cluster/state.json`,
          lock_path: `${dir}/__cluster/lock.json`,
          state_found: false,
          state_revision: 0,
          resource_count: 0,
          locked: false,
          lock_acquired: false,
        },
        resource_digests: {},
        resource_statuses: {},
        observations: {},
        diagnostics: [
          {
            code: 'state_missing',
            severity: 'warning',
            path: '__cluster/state.json',
            message: 'state.json is missing; no applied cluster revision has been recorded',
          },
        ],
      }),
    );
    expect(readdirSync(dir).sort()).toEqual(['base.policy.yaml', 'cluster.yaml', 'people.gq', 'people.pg']);
  });

  it('does not read the referenced sources (a missing schema file is not its business)', async () => {
    cluster = tempCluster({ 'cluster.yaml': FIXTURE_YAML });
    const out = await harness().commands.status({ configDir: cluster.dir });
    expect(out.ok).toBe(true);
    expect(codes(out)).toEqual(['warning state_missing __cluster/state.json']);
  });
});

describe('status with state', () => {
  it('reports the ledger digests, statuses and observations, and the CAS of the exact bytes', async () => {
    await converged();
    const dir = cluster!.dir;
    const stateBytes = bytes('__cluster/state.json');
    const ledger = JSON.parse(stateBytes.toString('utf8'));
    const before = snapshot();
    const out = await harness().commands.status({ configDir: dir });
    expect(pretty(out)).toBe(
      toPrettyJson({
        ok: true,
        config_dir: dir,
        state_observations: {
          state_path: `${dir}/__cluster/state.json`,
          lock_path: `${dir}/__cluster/lock.json`,
          state_found: true,
          applied_config_digest: CONFIG,
          state_revision: 2,
          state_cas: `sha256:${sha256hex(stateBytes)}`,
          resource_count: 4,
          locked: false,
          lock_acquired: false,
        },
        resource_digests: {
          'graph.knowledge': GRAPH,
          'policy.base': POLICY,
          'query.knowledge.find_person': QUERY,
          'schema.knowledge': SCHEMA,
        },
        resource_statuses: {
          'graph.knowledge': { status: 'applied' },
          'policy.base': { status: 'applied' },
          'query.knowledge.find_person': { status: 'applied' },
          'schema.knowledge': { status: 'applied' },
        },
        observations: ledger.observations,
        diagnostics: [],
      }),
    );
    // The import's observation is the ledger's, field order included (docs/contract/state.md#observations, HEAD key name).
    expect(Object.keys(out.observations['graph.knowledge'] as object)).toEqual([
      'kind',
      'address',
      'graph_uri',
      'observed_at',
      'exists',
      'graph_manifest_version',
      'schema_digest',
      'desired_schema_digest',
      'schema_matches_desired',
      'error',
    ]);
    expect(snapshot()).toEqual(before);
  });

  it('reports a legacy `manifest_version` observation under its HEAD name without rewriting the file', async () => {
    await converged();
    const ledger = JSON.parse(bytes('__cluster/state.json').toString('utf8'));
    const observation = { kind: 'graph', address: 'graph.knowledge', manifest_version: 7 };
    ledger.observations['graph.knowledge'] = observation;
    writeFileSync(file('__cluster/state.json'), `${JSON.stringify(ledger, null, 2)}\n`);
    const before = bytes('__cluster/state.json');
    const out = await harness().commands.status({ configDir: cluster!.dir });
    expect(out.observations['graph.knowledge']).toEqual({ kind: 'graph', address: 'graph.knowledge', graph_manifest_version: 7 });
    expect(bytes('__cluster/state.json').equals(before)).toBe(true);

    ledger.observations['graph.knowledge'] = { ...observation, graph_manifest_version: 8 };
    writeFileSync(file('__cluster/state.json'), JSON.stringify(ledger));
    const conflicting = await harness().commands.status({ configDir: cluster!.dir });
    expect(conflicting.ok).toBe(false);
    expect(conflicting.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'conflicting_graph_manifest_observation',
        severity: 'error',
        path: 'state.observations.graph.knowledge',
        message: "cluster observation 'graph.knowledge' contains conflicting legacy and canonical graph-manifest versions",
      },
    ]);
  });

  it('warns about a missing and a mismatched payload blob, read-only (no self-heal)', async () => {
    await converged();
    rmSync(file(QUERY_BLOB));
    writeFileSync(file(POLICY_BLOB), 'version: 1\nrules: [tampered]\n');
    const before = snapshot();
    const out = await harness().commands.status({ configDir: cluster!.dir });
    expect(out.ok).toBe(true);
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      {
        code: 'catalog_payload_mismatch',
        severity: 'warning',
        path: 'policy.base',
        message: `catalog payload blob does not match the recorded digest (actual sha256:${sha256hex('version: 1\nrules: [tampered]\n')}); re-run \`cluster apply\` to republish`,
      },
      {
        code: 'catalog_payload_missing',
        severity: 'warning',
        path: 'query.knowledge.find_person',
        message: 'catalog payload blob is missing; re-run `cluster apply` to republish',
      },
    ]);
    // Digests are still reported as recorded: status never drops them.
    expect(out.resource_digests['query.knowledge.find_person']).toBe(QUERY);
    expect(snapshot()).toEqual(before);
  });

  it('reports an unreadable (non-UTF-8) payload blob as an error', async () => {
    await converged();
    writeFileSync(file(QUERY_BLOB), new Uint8Array([0xff, 0xfe]));
    const out = await harness().commands.status({ configDir: cluster!.dir });
    expect(out.ok).toBe(false);
    expect(codes(out)).toEqual(['error catalog_payload_read_error query.knowledge.find_person']);
    expect(out.diagnostics[0]?.message).toMatch(new RegExp(`^could not read catalog payload '${file(QUERY_BLOB)}': `));
  });
});

describe('status observes the lock without taking it (docs/contract/lock.md#observing)', () => {
  it('fills the holder metadata and the age from the clock', async () => {
    await converged();
    const lock = { version: 1, lock_id: '01HOLDER000000000000000000', operation: 'apply', created_at: '2026-06-10T10:00:00Z', pid: 777 };
    writeFileSync(file('__cluster/lock.json'), JSON.stringify(lock, null, 2));
    const before = snapshot();
    const out = await fixedAt('2026-06-10T11:01:01.900Z').status({ configDir: cluster!.dir });
    expect(out.ok).toBe(true);
    expect(out.diagnostics).toEqual([]);
    const obs = JSON.parse(pretty(out)).state_observations;
    expect(Object.keys(obs)).toEqual([
      'state_path',
      'lock_path',
      'state_found',
      'applied_config_digest',
      'state_revision',
      'state_cas',
      'resource_count',
      'locked',
      'lock_id',
      'lock_acquired',
      'lock_operation',
      'lock_created_at',
      'lock_pid',
      'lock_age_seconds',
    ]);
    expect(obs).toMatchObject({
      locked: true,
      lock_id: '01HOLDER000000000000000000',
      lock_acquired: false,
      lock_operation: 'apply',
      lock_created_at: '2026-06-10T10:00:00Z',
      lock_pid: 777,
      lock_age_seconds: 3661,
    });
    expect(snapshot()).toEqual(before);
  });

  it('clamps a future created_at to age 0 and omits the age when created_at is not RFC 3339', async () => {
    await converged();
    const lock = { version: 1, lock_id: 'L1', operation: 'plan', created_at: '2026-06-10T12:00:00Z', pid: 1 };
    writeFileSync(file('__cluster/lock.json'), JSON.stringify(lock));
    const future = await fixedAt('2026-06-10T11:00:00Z').status({ configDir: cluster!.dir });
    expect(future.state_observations.lock_age_seconds).toBe(0);
    writeFileSync(file('__cluster/lock.json'), JSON.stringify({ ...lock, created_at: 'yesterday' }));
    const unparsable = await fixedAt('2026-06-10T11:00:00Z').status({ configDir: cluster!.dir });
    expect(unparsable.state_observations.locked).toBe(true);
    expect(unparsable.state_observations.lock_created_at).toBe('yesterday');
    expect('lock_age_seconds' in JSON.parse(pretty(unparsable)).state_observations).toBe(false);
  });

  it.each([
    ['no offset (JavaScript would read local time)', '2026-06-10T10:00:00'],
    ['no seconds', '2026-06-10T10:00Z'],
    ['a date only', '2026-06-10'],
  ])('omits the age for a created_at with %s: it is not RFC 3339', async (_name, createdAt) => {
    await converged();
    writeFileSync(file('__cluster/lock.json'), JSON.stringify({ version: 1, lock_id: 'L1', operation: 'plan', created_at: createdAt, pid: 1 }));
    const out = await fixedAt('2026-06-10T11:00:00Z').status({ configDir: cluster!.dir });
    expect(out.state_observations.lock_created_at).toBe(createdAt);
    expect('lock_age_seconds' in JSON.parse(pretty(out)).state_observations).toBe(false);
  });

  it.each([
    ['nanoseconds, as the reference writes them', '2026-06-10T10:59:58.123456789Z', 1],
    ['a numeric offset', '2026-06-10T12:00:00+02:00', 3600],
  ])('computes the age for a created_at with %s', async (_name, createdAt, age) => {
    await converged();
    writeFileSync(file('__cluster/lock.json'), JSON.stringify({ version: 1, lock_id: 'L1', operation: 'plan', created_at: createdAt, pid: 1 }));
    const out = await fixedAt('2026-06-10T11:00:00Z').status({ configDir: cluster!.dir });
    expect(out.state_observations.lock_age_seconds).toBe(age);
  });

  it.each([
    ['corrupt JSON', '{"version": 1,', 'invalid_state_lock', /^could not parse state lock: /],
    [
      'an unknown field',
      JSON.stringify({ version: 1, lock_id: 'L', operation: 'apply', created_at: '2026-06-10T10:00:00Z', pid: 1, host: 'x' }),
      'invalid_state_lock',
      /^could not parse state lock: .*unknown field `host`/,
    ],
    [
      'an unknown version',
      JSON.stringify({ version: 2, lock_id: 'L', operation: 'apply', created_at: '2026-06-10T10:00:00Z', pid: 1 }),
      'unsupported_state_lock_version',
      /^unsupported cluster state lock version 2$/,
    ],
    ['non-UTF-8 bytes', new Uint8Array([0x7b, 0xff, 0x7d]), 'state_lock_read_error', /^could not read state lock: /],
  ])('reports a lock.json with %s as a warning, leaves it in place and still reads state', async (_name, content, code, message) => {
    await converged();
    writeFileSync(file('__cluster/lock.json'), content);
    const before = snapshot();
    const out = await harness().commands.status({ configDir: cluster!.dir });
    expect(out.ok).toBe(true);
    expect(codes(out)).toEqual([`warning ${code} __cluster/lock.json`]);
    expect(out.diagnostics[0]?.message).toMatch(message);
    expect(out.state_observations.locked).toBe(true);
    expect(out.state_observations.lock_id).toBeUndefined();
    expect(out.state_observations.resource_count).toBe(4);
    expect(snapshot()).toEqual(before);
  });
});

describe('status with an unusable state.json (docs/contract/state.md#reading)', () => {
  it.each([
    ['corrupt JSON', '{"version": 1, "applied_revision": ', 'invalid_state_json', '__cluster/state.json', /^could not parse state JSON: /],
    [
      'an unknown field',
      JSON.stringify({ version: 1, applied_revision: { resources: {} }, extra: true }),
      'invalid_state_json',
      '__cluster/state.json',
      /^could not parse state JSON: .*unknown field `extra`/,
    ],
    [
      'an unknown field inside a resource entry',
      JSON.stringify({ version: 1, applied_revision: { resources: { 'policy.base': { digest: 'd', owner: 'x' } } } }),
      'invalid_state_json',
      '__cluster/state.json',
      /unknown field `owner`/,
    ],
    [
      'an unknown version',
      JSON.stringify({ version: 2, applied_revision: { resources: {} } }),
      'unsupported_state_version',
      'state.version',
      /^unsupported cluster state version 2; this build supports version 1$/,
    ],
  ])('reports state.json with %s, keeps the CAS of its bytes and leaves it untouched', async (_name, content, code, where, message) => {
    cluster = tempCluster(fixtureFiles());
    mkdirSync(file('__cluster'));
    writeFileSync(file('__cluster/state.json'), content);
    const before = snapshot();
    const out = await harness().commands.status({ configDir: cluster.dir });
    expect(out.ok).toBe(false);
    expect(codes(out)).toEqual([`error ${code} ${where}`]);
    expect(out.diagnostics[0]?.message).toMatch(message);
    expect(out.state_observations.state_found).toBe(true);
    expect(out.state_observations.state_cas).toBe(`sha256:${sha256hex(content)}`);
    expect(out.state_observations.state_revision).toBe(0);
    expect(out.resource_digests).toEqual({});
    expect(out.resource_statuses).toEqual({});
    expect(out.observations).toEqual({});
    expect(snapshot()).toEqual(before);
  });

  it('treats non-UTF-8 state.json as a read error with neither state_found nor state_cas', async () => {
    cluster = tempCluster(fixtureFiles());
    mkdirSync(file('__cluster'));
    writeFileSync(file('__cluster/state.json'), new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]));
    const before = snapshot();
    const out = await harness().commands.status({ configDir: cluster.dir });
    expect(out.ok).toBe(false);
    expect(codes(out)).toEqual(['error state_read_error __cluster/state.json']);
    expect(out.diagnostics[0]?.message).toMatch(/^could not read state file: /);
    const obs = JSON.parse(pretty(out)).state_observations;
    expect(obs.state_found).toBe(false);
    expect('state_cas' in obs).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('reads an empty directory at the state path as no state', async () => {
    cluster = tempCluster(fixtureFiles());
    mkdirSync(file('__cluster/state.json'), { recursive: true });
    const out = await harness().commands.status({ configDir: cluster.dir });
    expect(out.ok).toBe(true);
    expect(codes(out)).toEqual(['warning state_missing __cluster/state.json']);
  });
});

describe('status diagnostic order (docs/contract/commands.md#status)', () => {
  it('lists lock warnings, then sidecar warnings, then header errors, and skips the state read', async () => {
    cluster = tempCluster(fixtureFiles({ 'cluster.yaml': FIXTURE_YAML.replace('backend: cluster', 'backend: s3') }));
    const dir = cluster.dir;
    cluster.write('__cluster/lock.json', 'not json');
    cluster.write('__cluster/recoveries/01AAAAAAAAAAAAAAAAAAAAAAAA.json', 'anything: the read-only warning does not parse it');
    cluster.write('__cluster/recoveries/notes.txt', 'ignored');
    cluster.write('__cluster/state.json', JSON.stringify({ version: 1, applied_revision: { resources: { 'schema.x': { digest: 'd' } } } }));
    const out = await harness().commands.status({ configDir: dir });
    expect(out.ok).toBe(false);
    expect(codes(out)).toEqual([
      'warning invalid_state_lock __cluster/lock.json',
      `warning cluster_recovery_pending ${dir}/__cluster/recoveries/01AAAAAAAAAAAAAAAAAAAAAAAA.json`,
      'error unsupported_state_backend state.backend',
    ]);
    expect(out.diagnostics[1]?.message).toBe(
      'a recovery sidecar from an interrupted apply is pending; the next state-mutating command will classify it',
    );
    expect(out.diagnostics[2]?.message).toBe('Stage 2C supports only omitted state.backend or `cluster`');
    expect(out.resource_digests).toEqual({});
    expect(out.state_observations.state_found).toBe(false);
  });

  it('puts parse errors first and still observes the lock and sidecars at the config dir', async () => {
    cluster = tempCluster(fixtureFiles({ 'cluster.yaml': `${FIXTURE_YAML}bogus: 1\n` }));
    const dir = cluster.dir;
    cluster.write('__cluster/lock.json', JSON.stringify({ version: 1, lock_id: 'L9', operation: 'refresh', created_at: '2026-06-10T10:00:00Z', pid: 9 }));
    cluster.write('__cluster/recoveries/01BBBBBBBBBBBBBBBBBBBBBBBB.json', '{}');
    const out = await harness().commands.status({ configDir: dir });
    expect(codes(out)).toEqual([
      'error invalid_cluster_yaml cluster.yaml',
      `warning cluster_recovery_pending ${dir}/__cluster/recoveries/01BBBBBBBBBBBBBBBBBBBBBBBB.json`,
    ]);
    expect(out.state_observations.lock_id).toBe('L9');
    expect(out.state_observations.locked).toBe(true);
  });

  it('puts state findings after the sidecar warnings', async () => {
    await converged();
    rmSync(file(QUERY_BLOB));
    cluster!.write('__cluster/recoveries/01CCCCCCCCCCCCCCCCCCCCCCCC.json', '{}');
    const out = await harness().commands.status({ configDir: cluster!.dir });
    expect(codes(out)).toEqual([
      `warning cluster_recovery_pending ${cluster!.dir}/__cluster/recoveries/01CCCCCCCCCCCCCCCCCCCCCCCC.json`,
      'warning catalog_payload_missing query.knowledge.find_person',
    ]);
    expect(readFileSync(file('people.gq'), 'utf8')).toBe(PEOPLE_GQ);
  });
});
