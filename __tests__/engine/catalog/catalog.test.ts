import { describe, expect, it } from '@jest/globals';
import { MemoryStorage } from '../../../src/adapters/storage/memory.js';
import { healPayloadFindings, payloadDiagnostic, payloadKey, verifyPayloads } from '../../../src/engine/catalog/index.js';
import { sha256hex } from '../../../src/base/hash.js';
import { emptyState, stateText, type ClusterState } from '../../../src/engine/state/index.js';

const QUERY = '\nquery find_person($name: String) {\n  match { $p: Person { name: $name } }\n  return { $p.name, $p.age }\n}\n';
const QUERY_DIGEST = 'f7f1ccd40aa44f39a0d149d06e19ade31102e2dc45aa7c9009b99147f82aed43';
const POLICY = 'version: 1\nrules: []\n';
const POLICY_DIGEST = '7f2c43106364d8112fcc3060e4ab8b20f5d1a17d9cbf3c2540529663004adff8';
const QKEY = `__cluster/resources/query/knowledge/find_person/${QUERY_DIGEST}.gq`;
const PKEY = `__cluster/resources/policy/base/${POLICY_DIGEST}.yaml`;

function ledger(): ClusterState {
  const state = emptyState('cfg');
  state.applied_revision.resources = {
    'graph.knowledge': { digest: 'g' },
    'schema.knowledge': { digest: 's' },
    'provider.embedding.default': { digest: 'e' },
    'query.knowledge.find_person': { digest: QUERY_DIGEST },
    'policy.base': { digest: POLICY_DIGEST, applies_to: ['graph.knowledge'] },
  };
  state.resource_statuses = { 'policy.base': { status: 'applied' }, 'query.knowledge.find_person': { status: 'applied' } };
  return state;
}

async function published(): Promise<MemoryStorage> {
  const s = new MemoryStorage('/srv/cluster');
  await s.write(QKEY, QUERY);
  await s.write(PKEY, POLICY);
  return s;
}

describe('payloadKey', () => {
  it('fixes the extension per kind and skips kinds without payloads', () => {
    expect(payloadKey('query.knowledge.find_person', 'abc')).toBe('__cluster/resources/query/knowledge/find_person/abc.gq');
    expect(payloadKey('policy.base', 'abc')).toBe('__cluster/resources/policy/base/abc.yaml');
    for (const address of ['graph.knowledge', 'schema.knowledge', 'provider.embedding.default', 'query.knowledge', 'query..x', 'policy.', 'other.x']) {
      expect(payloadKey(address, 'abc')).toBeNull();
    }
  });

  it('hashes of the docs/contract/digests.md#worked-example fixture texts are the digests the keys are named after', () => {
    expect(sha256hex(QUERY)).toBe(QUERY_DIGEST);
    expect(sha256hex(POLICY)).toBe(POLICY_DIGEST);
  });
});

describe('verifyPayloads', () => {
  it('finds nothing when every blob is present and intact', async () => {
    expect(await verifyPayloads(await published(), ledger())).toEqual([]);
  });

  it('missing, folder-at-key and wrong blobs, in address order, with their diagnostics', async () => {
    const s = await published();
    await s.delete(PKEY);
    await s.write(`${PKEY}/stray`, 'x');
    await s.write(QKEY, `${QUERY}# edited\n`);
    const findings = await verifyPayloads(s, ledger());
    const actual = sha256hex(`${QUERY}# edited\n`);
    expect(findings).toEqual([
      { kind: 'missing', address: 'policy.base', key: PKEY },
      { kind: 'mismatch', address: 'query.knowledge.find_person', key: QKEY, actual },
    ]);
    expect(findings.map(payloadDiagnostic)).toEqual([
      { code: 'catalog_payload_missing', severity: 'warning', path: 'policy.base', message: 'catalog payload blob is missing; re-run `cluster apply` to republish' },
      {
        code: 'catalog_payload_mismatch',
        severity: 'warning',
        path: 'query.knowledge.find_person',
        message: `catalog payload blob does not match the recorded digest (actual sha256:${actual}); re-run \`cluster apply\` to republish`,
      },
    ]);
  });

  it('an unreadable blob is an error naming the blob; a failing probe reports the bare storage error', async () => {
    const s = await published();
    s.plantRaw(QKEY, Uint8Array.from([0xff, 0xfe]));
    s.inject({ op: 'exists', key: PKEY, error: 'connection reset' });
    const findings = await verifyPayloads(s, ledger());
    expect(findings).toEqual([
      { kind: 'read_error', address: 'policy.base', key: PKEY, message: 'connection reset' },
      {
        kind: 'read_error',
        address: 'query.knowledge.find_person',
        key: QKEY,
        message: `could not read catalog payload '/srv/cluster/${QKEY}': '/srv/cluster/${QKEY}' is not valid UTF-8`,
      },
    ]);
    expect(payloadDiagnostic(findings[0]!)).toEqual({ code: 'catalog_payload_read_error', severity: 'error', path: 'policy.base', message: 'connection reset' });
  });
});

describe('healPayloadFindings', () => {
  it('drops missing/mismatched digests as drifted, keeps unreadable ones as error, leaves the input alone', async () => {
    const before = ledger();
    const snapshot = stateText(before);
    const healed = healPayloadFindings(before, [
      { kind: 'missing', address: 'policy.base', key: PKEY },
      { kind: 'mismatch', address: 'query.knowledge.find_person', key: QKEY, actual: 'x' },
    ]);
    expect(stateText(before)).toBe(snapshot);
    expect(Object.keys(healed.applied_revision.resources).sort()).toEqual(['graph.knowledge', 'provider.embedding.default', 'schema.knowledge']);
    expect(healed.resource_statuses).toEqual({
      'policy.base': { status: 'drifted', conditions: ['payload_missing'], message: 'catalog payload blob is missing; re-run `cluster apply` to republish' },
      'query.knowledge.find_person': {
        status: 'drifted',
        conditions: ['payload_mismatch'],
        message: 'catalog payload blob does not match the recorded digest; re-run `cluster apply` to republish',
      },
    });

    const kept = healPayloadFindings(before, [{ kind: 'read_error', address: 'policy.base', key: PKEY, message: 'boom' }]);
    expect(kept.applied_revision.resources['policy.base']).toEqual({ digest: POLICY_DIGEST, applies_to: ['graph.knowledge'] });
    expect(kept.resource_statuses['policy.base']).toEqual({ status: 'error', conditions: ['payload_read_error'], message: 'boom' });
  });
});
