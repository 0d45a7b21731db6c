import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { error, warning } from '../../src/engine/diagnostics/index.js';
import { renderComment, renderDriftReport, renderSummary } from '../../src/render/index.js';
import {
  ADD_BIO,
  ADD_INDEX,
  CTX,
  DROP_AGE,
  apply,
  casMismatch,
  create,
  lockHeld,
  obs,
  plan,
  previewUnavailable,
  refresh,
  remove,
  status,
  update,
  WORKSPACE,
  invalidConfigPlan,
} from './fixtures.js';

/**
 * Golden files: the committed Markdown is the expected output. Set UPDATE_GOLDEN=1 to rewrite
 * them after an intended change, then review the diff.
 */
const GOLDEN_DIR = join('__tests__', 'render', 'golden');

function golden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, `${name}.md`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file)).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const RUN = { ...CTX, runUrl: 'https://github.com/acme/graphs/actions/runs/42' };

const KNOWLEDGE_RADIUS = [
  { resource: 'graph.knowledge', affected: ['policy.base', 'query.knowledge.find_person', 'schema.knowledge'] },
  { resource: 'schema.knowledge', affected: ['query.knowledge.find_person'] },
];

describe('plan comment golden files', () => {
  it('no changes', () => {
    golden('plan-no-changes', renderComment('plan', plan([]), CTX));
  });

  it('creates only', () => {
    const out = plan(
      [create('graph.knowledge'), create('policy.base'), create('query.knowledge.find_person'), create('schema.knowledge')],
      { blast_radius: KNOWLEDGE_RADIUS, state_observations: obs({ state_found: false, state_revision: 0, resource_count: 0, applied_config_digest: undefined, state_cas: undefined }) },
    );
    golden('plan-creates-only', renderComment('plan', out, RUN));
  });

  it('mixed blocked, deferred and derived', () => {
    const out = plan([
      update('graph.knowledge', { disposition: 'derived' }),
      update('graph.legacy', { disposition: 'deferred', reason: 'apply_unsupported_kind' }),
      update('policy.base', { before_digest: 'd'.repeat(64), after_digest: 'd'.repeat(64), binding_change: true, metadata_change: 'policy_bindings' }),
      update('query.legacy.top', { disposition: 'blocked', reason: 'dependency_not_applied' }),
      create('schema.orphan', { disposition: 'blocked', reason: 'cluster_recovery_pending' }),
    ]);
    golden('plan-mixed-blocked-deferred', renderComment('plan', out, CTX));
  });

  it('schema update with migration steps', () => {
    const out = plan(
      [update('graph.knowledge', { disposition: 'derived' }), update('schema.knowledge', { migration: { supported: true, steps: [ADD_BIO, ADD_INDEX, DROP_AGE] } })],
      { blast_radius: KNOWLEDGE_RADIUS },
    );
    golden('plan-schema-migration', renderComment('plan', out, { ...CTX, label: 'production' }));
  });

  it('unsupported migration', () => {
    const unsupported = { kind: 'unsupported_change' as const, entity: 'node:Ticket.status', reason: 'changing enum values of an existing property is not supported', code: 'OG-MF-106' };
    const out = plan([update('schema.tickets', { migration: { supported: false, steps: [ADD_BIO, unsupported] } })]);
    golden('plan-unsupported-migration', renderComment('plan', out, CTX));
  });

  it('preview unavailable', () => {
    const out = plan([update('schema.knowledge')], {
      diagnostics: [previewUnavailable('schema.knowledge', 'schema apply requires a graph with only main; found non-main branches: feature')],
    });
    golden('plan-preview-unavailable', renderComment('plan', out, CTX));
  });

  it('lock held', () => {
    const out = plan([], {
      ok: false,
      state_observations: obs({
        locked: true,
        lock_acquired: false,
        acquired_lock_id: undefined,
        lock_id: '01JAPPLY0000000000000000',
        lock_operation: 'apply',
        lock_created_at: '2026-11-26T21:00:00Z',
        lock_pid: 4242,
        lock_age_seconds: 360,
      }),
      diagnostics: [lockHeld],
    });
    golden('plan-lock-held', renderComment('plan', out, CTX));
  });

  it('approvals pending', () => {
    const out = plan(
      [remove('graph.old', { disposition: 'blocked', reason: 'approval_required' }), remove('query.old.q', { disposition: 'blocked', reason: 'approval_required' }), remove('schema.old', { disposition: 'blocked', reason: 'approval_required' })],
      {
        approvals_required: [{ resource: 'graph.old', reason: 'delete may remove deployed graph or schema definition', satisfied: false }],
        blast_radius: [{ resource: 'graph.old', affected: ['query.old.q', 'schema.old'] }],
      },
    );
    golden('plan-approvals-pending', renderComment('plan', out, CTX));
  });

  it('approvals satisfied', () => {
    const out = plan([remove('graph.old'), remove('query.old.q'), remove('schema.old')], {
      approvals_required: [{ resource: 'graph.old', reason: 'delete may remove deployed graph or schema definition', satisfied: true }],
    });
    golden('plan-approvals-satisfied', renderComment('plan', out, CTX));
  });

  it('approvals stale', () => {
    const out = plan([remove('graph.old', { disposition: 'blocked', reason: 'approval_required' })], {
      approvals_required: [{ resource: 'graph.old', reason: 'delete may remove deployed graph or schema definition', satisfied: false }],
      diagnostics: [warning('approval_stale', 'graph.old', 'an approval artifact exists but its bound digests no longer match the plan; re-run `cluster approve`')],
    });
    golden('plan-approvals-stale', renderComment('plan', out, CTX));
  });

  it('recovery pending', () => {
    const out = plan([create('graph.fresh', { disposition: 'blocked', reason: 'cluster_recovery_pending' }), create('schema.fresh', { disposition: 'blocked', reason: 'cluster_recovery_pending' })], {
      diagnostics: [warning('cluster_recovery_pending', '/work/clusters/prod/__cluster/recoveries/01JREC.json', 'graph `fresh` has a pending graph_create recovery sidecar; the next state-mutating cluster command will sweep it')],
    });
    golden('plan-recovery-pending', renderComment('plan', out, CTX));
  });

  it('invalid config: diagnostics as code blocks, paths relative to the checkout, the caret diagram kept', () => {
    const text = renderComment('plan', invalidConfigPlan(), { ...CTX, sourceRoot: WORKSPACE });
    golden('plan-invalid-config', text);
    expect(text).not.toContain(WORKSPACE);
    expect(text).toContain('```text\nclusters/prod/knowledge.pg:3:5\nparse error:  --> 3:5\n  |\n3 |     nme: String\n  |     ^---\n  |\n  = expected property or `}` (at clusters/prod/knowledge.pg:3:5)\n```');
  });
});

describe('escaping golden file', () => {
  it('hostile names, messages, steps and label', () => {
    const evil = '@octocat </details> <img src=x> `x` | y | https://evil.example #1';
    const out = plan(
      [
        update(`schema.${evil}`, { migration: { supported: true, steps: [{ kind: 'drop_type', type_kind: 'node', name: '```\n</details>', mode: 'soft' }] } }),
        remove('graph.a b', { disposition: 'blocked', reason: 'approval_required' }),
      ],
      {
        approvals_required: [{ resource: 'graph.a b', reason: evil, satisfied: false }],
        diagnostics: [warning('approval_stale', `graph.${evil}`, `line one\nline two ${evil}`)],
      },
    );
    golden('plan-hostile', renderComment('plan', out, { configDir: "dir with 'quote'", label: '@team <b>' }));
  });
});

describe('apply, status, refresh and drift golden files', () => {
  it('apply with a CAS mismatch', () => {
    const out = apply([create('query.knowledge.find_person')], {
      ok: false,
      converged: true,
      state_written: false,
      state_observations: obs({ state_revision: 7 }),
      diagnostics: [casMismatch],
    });
    golden('apply-cas-mismatch', renderComment('apply', out, RUN));
  });

  it('partial apply', () => {
    const out = apply(
      [create('graph.fresh'), remove('graph.old', { disposition: 'blocked', reason: 'approval_required' }), update('schema.knowledge', { disposition: 'blocked', reason: 'schema_apply_failed' })],
      {
        ok: false,
        resource_statuses: {
          'graph.fresh': { status: 'applied' },
          'graph.old': { status: 'blocked', conditions: ['approval_required'], message: 'waiting on an unapplied or missing dependency' },
        },
        diagnostics: [
          error('schema_apply_failed', 'schema.knowledge', "schema apply failed on '/work/clusters/prod/graphs/knowledge.omni': type error"),
          warning('apply_dependency_blocked', 'graph.old', 'blocked by an unapplied or missing dependency (approval_required)'),
        ],
      },
    );
    golden('apply-partial', renderComment('apply', out, CTX));
  });

  it('status with drift', () => {
    const out = status({
      resource_statuses: {
        'graph.knowledge': { status: 'drifted', conditions: ['schema_mismatch'], message: 'live schema digest differs from desired schema digest' },
        'schema.knowledge': { status: 'drifted', conditions: ['schema_mismatch'], message: 'live schema digest differs from desired schema digest' },
      },
      diagnostics: [warning('catalog_payload_missing', 'query.knowledge.find_person', 'catalog payload blob is missing')],
    });
    golden('status-drift', renderSummary('status', out, CTX));
  });

  it('refresh summary with observations', () => {
    const out = refresh({
      observations: {
        'graph.knowledge': {
          kind: 'graph',
          address: 'graph.knowledge',
          graph_uri: '/work/clusters/prod/graphs/knowledge.omni',
          observed_at: '2026-11-26T21:00:00Z',
          exists: true,
          graph_manifest_version: 3,
          schema_digest: 'b'.repeat(64),
          desired_schema_digest: 'b'.repeat(64),
          schema_matches_desired: true,
          error: null,
        },
      },
    });
    golden('refresh-summary', renderSummary('refresh', out, CTX));
  });

  it('drift report for an issue', () => {
    const report = renderDriftReport(
      {
        status: status(),
        refresh: refresh({ resource_statuses: { 'graph.knowledge': { status: 'drifted', conditions: ['graph_missing'], message: 'derived graph root is missing' } } }),
        plan: plan([create('graph.knowledge')]),
      },
      CTX,
      true,
    );
    golden('drift-issue', report);
  });
});
