import { describe, expect, it } from '@jest/globals';
import { emptyState, parseState, stateText, type ClusterState } from '../../../src/engine/state/index.js';

describe('stateText', () => {
  it('writes a fresh ledger with null config digest and empty maps', () => {
    expect(stateText(emptyState(null))).toBe(
      '{\n  "version": 1,\n  "state_revision": 0,\n  "applied_revision": {\n    "config_digest": null,\n    "resources": {}\n  },\n' +
        '  "resource_statuses": {},\n  "approval_records": {},\n  "recovery_records": {},\n  "observations": {}\n}\n',
    );
  });

  it('orders fields as the reference, sorts maps byte-wise, omits absent and empty optionals', () => {
    const state: ClusterState = {
      observations: { 'graph.k': { kind: 'graph', exists: true, graph_manifest_version: 3 } },
      recovery_records: { '01B': { kind: 'graph_create' }, '01A': { outcome: 'rolled_forward', kind: 'schema_apply' } },
      approval_records: {},
      resource_statuses: {
        'schema.k': { message: 'derived graph root is missing', conditions: ['graph_missing'], status: 'drifted' },
        'graph.k': { status: 'applied', conditions: [] },
      },
      applied_revision: {
        resources: {
          'policy.base': { applies_to: ['graph.k'], digest: 'p' },
          'graph.k': {
            external_blob_policy: { bases: [{ scope: 'server_safe', uri: 's3://b/k/' }], mode: 'allow' },
            embedding_provider: 'provider.embedding.default',
            digest: 'g',
          },
          'provider.embedding.default': { embedding_profile: { model: 'm', kind: 'mock' }, digest: 'e' },
          'Z.upper': { digest: 'z' },
        },
        config_digest: 'c',
      },
      state_revision: 7,
      version: 1,
    };
    expect(stateText(state)).toBe(`{
  "version": 1,
  "state_revision": 7,
  "applied_revision": {
    "config_digest": "c",
    "resources": {
      "Z.upper": {
        "digest": "z"
      },
      "graph.k": {
        "digest": "g",
        "embedding_provider": "provider.embedding.default",
        "external_blob_policy": {
          "mode": "allow",
          "bases": [
            {
              "uri": "s3://b/k/",
              "scope": "server_safe"
            }
          ]
        }
      },
      "policy.base": {
        "digest": "p",
        "applies_to": [
          "graph.k"
        ]
      },
      "provider.embedding.default": {
        "digest": "e",
        "embedding_profile": {
          "kind": "mock",
          "model": "m"
        }
      }
    }
  },
  "resource_statuses": {
    "graph.k": {
      "status": "applied"
    },
    "schema.k": {
      "status": "drifted",
      "conditions": [
        "graph_missing"
      ],
      "message": "derived graph root is missing"
    }
  },
  "approval_records": {},
  "recovery_records": {
    "01A": {
      "outcome": "rolled_forward",
      "kind": "schema_apply"
    },
    "01B": {
      "kind": "graph_create"
    }
  },
  "observations": {
    "graph.k": {
      "kind": "graph",
      "exists": true,
      "graph_manifest_version": 3
    }
  }
}
`);
  });

  it('round-trips: parse(stateText(s)) reproduces the same bytes', () => {
    const text = stateText({
      ...emptyState('abc'),
      state_revision: 2,
      observations: { 'graph.k': { b: 1, a: [null, 'x'], error: null } },
      resource_statuses: { 'query.k.q': { status: 'blocked', conditions: ['dependency_not_applied'], message: 'waiting' } },
    });
    const parsed = parseState(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(stateText(parsed.state)).toBe(text);
  });
});
