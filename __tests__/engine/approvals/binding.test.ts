import { describe, expect, test } from '@jest/globals';
import { bindApprovals, type BindableArtifact } from '../../../src/engine/approvals/binding.js';
import { classify, type Change } from '../../../src/engine/plan/index.js';

const CONFIG = 'c'.repeat(64);
const graphDelete: Change = { resource: 'graph.g', operation: 'delete', before_digest: 'g-old' };
const schemaDelete: Change = { resource: 'schema.g', operation: 'delete', before_digest: 's-old' };

const artifact = (over: Partial<BindableArtifact> = {}): BindableArtifact => ({
  resource: 'graph.g',
  operation: 'delete',
  bound_config_digest: CONFIG,
  bound_before_digest: 'g-old',
  bound_after_digest: null,
  consumed_at: null,
  ...over,
});

describe('bindApprovals (docs/contract/approvals.md#binding)', () => {
  test.each<[string, BindableArtifact[], string[], string[]]>([
    ['all three digests match: approved', [artifact()], ['graph.g'], []],
    ['config digest changed (any config edit): stale', [artifact({ bound_config_digest: 'e'.repeat(64) })], [], ['graph.g']],
    ['before digest changed: stale', [artifact({ bound_before_digest: 'g-older' })], [], ['graph.g']],
    ['after digest bound where the change has none: stale', [artifact({ bound_after_digest: 'g-new' })], [], ['graph.g']],
    ['consumed artifacts authorize nothing and are not stale', [artifact({ consumed_at: '2026-06-10T10:04:19Z' })], [], []],
    ['artifacts for other resources are ignored', [artifact({ resource: 'graph.h' })], [], []],
    ['one matching candidate among stale ones approves, with no warning', [artifact({ bound_config_digest: 'old' }), artifact()], ['graph.g'], []],
    ['no artifact: nothing', [], [], []],
  ])('%s', (_name, artifacts, approved, stale) => {
    const bound = bindApprovals([graphDelete, schemaDelete], artifacts, CONFIG);
    expect([...bound.approved]).toEqual(approved);
    expect(bound.stale).toEqual(stale);
  });

  test('non-delete changes bind their after digest', () => {
    const update: Change = { resource: 'schema.g', operation: 'update', before_digest: 's1', after_digest: 's2' };
    const a = artifact({ resource: 'schema.g', operation: 'update', bound_before_digest: 's1', bound_after_digest: 's2' });
    expect([...bindApprovals([update], [a], CONFIG).approved]).toEqual(['schema.g']);
    // An approval of a delete never authorizes an update with the same digests, nor the reverse.
    expect(bindApprovals([update], [{ ...a, operation: 'delete' }], CONFIG).approved.size).toBe(0);
    expect(bindApprovals([graphDelete], [artifact({ operation: 'update' })], CONFIG).approved.size).toBe(0);
    expect(bindApprovals([update], [{ ...a, bound_after_digest: null }], CONFIG).stale).toEqual(['schema.g']);
  });

  test('stale addresses come in change order', () => {
    const artifacts = [artifact({ resource: 'schema.g', bound_config_digest: 'old' }), artifact({ bound_config_digest: 'old' })];
    expect(bindApprovals([graphDelete, schemaDelete], artifacts, CONFIG).stale).toEqual(['graph.g', 'schema.g']);
  });

  test('a stale approval leaves the delete blocked/approval_required; a bound one lets the subtree ride', () => {
    const changes = [graphDelete, schemaDelete];
    const dispositions = (artifacts: BindableArtifact[]) =>
      classify(changes, { dependencies: [], pendingGraphs: new Set(), approved: bindApprovals(changes, artifacts, CONFIG).approved }).map((c) => [
        c.disposition,
        c.reason ?? null,
      ]);
    expect(dispositions([artifact({ bound_config_digest: 'old' })])).toEqual([
      ['blocked', 'approval_required'],
      ['blocked', 'approval_required'],
    ]);
    expect(dispositions([artifact()])).toEqual([
      ['applied', null],
      ['applied', null],
    ]);
  });
});
