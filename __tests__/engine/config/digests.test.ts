import { describe, expect, it } from '@jest/globals';
import { sha256hex, casToken } from '../../../src/base/hash.js';
import {
  configDigest,
  embeddingProviderDigest,
  graphCompositeDigest,
} from '../../../src/engine/digest/resource-digests.js';
import { compareBytes } from '../../../src/base/json.js';
import { configDigestJson } from '../../../src/engine/config/config-json.js';
import { clusterConfigSchema } from '../../../src/engine/config/schema.js';
import { BASE_POLICY, PEOPLE_GQ, PEOPLE_PG } from '../../support/cluster-fixture.js';

const SCHEMA = 'ab8674c2deeb33b15bd7a1f7d98acd8fdf6e5634230dc0349e3e2920475f26d6';
const QUERY = 'f7f1ccd40aa44f39a0d149d06e19ade31102e2dc45aa7c9009b99147f82aed43';

describe('worked example digests (docs/contract/digests.md#worked-example)', () => {
  it('hashes the source files', () => {
    expect(sha256hex(PEOPLE_PG)).toBe(SCHEMA);
    expect(sha256hex(PEOPLE_GQ)).toBe(QUERY);
    expect(sha256hex('rules: []\n')).toBe('e0dfa70eb69d47fe9cb2be8a4fcd53e74cf7fe26fcbb1f06912b57a9c028e4e0');
    expect(sha256hex(BASE_POLICY)).toBe('7f2c43106364d8112fcc3060e4ab8b20f5d1a17d9cbf3c2540529663004adff8');
  });

  it('builds graph composites', () => {
    expect(graphCompositeDigest({ graphId: 'knowledge', schemaDigest: SCHEMA, queries: {} })).toBe(
      '122df748b060d906c8d39fb64489c8946d6d750315613c95dec2e92496451969',
    );
    expect(graphCompositeDigest({ graphId: 'knowledge', schemaDigest: SCHEMA, queries: { find_person: QUERY } })).toBe(
      '19e5610fde4e069bc42bf576cb1d49f3ea9e69b7c5a01b9f69d577a4a76109a9',
    );
    expect(graphCompositeDigest({ graphId: 'knowledge', schemaDigest: '', queries: {} })).toBe(
      'af305c236e92b5c7004823bd7fd40dcec6a7c56bb6c0697a45e12a840139bd4c',
    );
  });

  it('adds HEAD provider and external-blob components only when present', () => {
    const provider = embeddingProviderDigest({ kind: 'mock', model: 'recorded-x' });
    expect(provider).toBe('9407ded8cec5d0bd317ddecc1613eb410eb5a792a35f8baea5afed3bb080e106');
    expect(
      graphCompositeDigest({
        graphId: 'knowledge',
        schemaDigest: SCHEMA,
        queries: { find_person: QUERY },
        embeddingProvider: { address: 'provider.embedding.default', digest: provider },
      }),
    ).toBe('9ab2583639f1eec6981a5d772b06d983424ba0cb38cecf6ac4b3b421a006d586');
    expect(
      graphCompositeDigest({
        graphId: 'knowledge',
        schemaDigest: SCHEMA,
        queries: { find_person: QUERY },
        externalBlobPolicy: { mode: 'allow', bases: [{ uri: 's3://assets-bucket/knowledge/', scope: 'server_safe' }] },
      }),
    ).toBe('608a6ee00c3485644d18dce5d0e45dfa6027bc5634ff6fe851c23ce86fa0316a');
  });

  it('reproduces the HEAD config digest', () => {
    const config = clusterConfigSchema.parse({
      version: 1,
      metadata: { name: 'test' },
      state: { backend: 'cluster', lock: true },
      graphs: { knowledge: { schema: './people.pg', queries: { find_person: { file: './people.gq' } } } },
      policies: { base: { file: './base.policy.yaml', applies_to: ['knowledge'] } },
    });
    const digests = new Map([
      ['graph.knowledge', '19e5610fde4e069bc42bf576cb1d49f3ea9e69b7c5a01b9f69d577a4a76109a9'],
      ['policy.base', '7f2c43106364d8112fcc3060e4ab8b20f5d1a17d9cbf3c2540529663004adff8'],
      ['query.knowledge.find_person', QUERY],
      ['schema.knowledge', SCHEMA],
    ]);
    expect(configDigest(configDigestJson(config), digests)).toBe('9874fed19147c56e49546929078656add12c3b7e73fbe757bc48d4e2272a9199');
  });

  it('hashes a large config in pieces exactly as the joined input', () => {
    // Seeded, so a failure reproduces: addresses with astral characters, lone halves and U+FFFF
    // land on both sides of piece boundaries, in an order the byte-wise sort must get right.
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), (seed >>> 16) % n);
    const units = ['a', 'z', '.', '_', '\u00e9', '\uffff', '\ud83d\ude00', '\ud800', '\udc00', '0'];
    const digests = new Map<string, string>();
    while (digests.size < 3000) {
      let address = 'query.';
      for (let i = 1 + next(12); i > 0; i--) address += units[next(units.length)];
      digests.set(address, sha256hex(address));
    }
    const config = { version: 1, metadata: { name: 'big \ud83d\ude00' } };
    const sorted = [...digests.keys()].sort(compareBytes);
    const joined = ['cluster-config', '\0', JSON.stringify(config), '\0', ...sorted.flatMap((a) => [a, '\0', digests.get(a) as string, '\0'])].join('');
    expect(configDigest(config, digests)).toBe(sha256hex(joined));
  });

  it('computes the CAS token over raw bytes', () => {
    expect(casToken('{"version":1,"applied_revision":{"resources":{}}}')).toBe(
      'sha256:e9a209696b345f272365555b44fa9f39b2cf80f6e84be0460e621b5528210538',
    );
  });
});
