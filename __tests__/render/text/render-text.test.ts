import { describe, expect, it } from '@jest/globals';
import { error, warning } from '../../../src/engine/diagnostics/index.js';
import { renderText } from '../../../src/render/index.js';
import { ADD_BIO, apply, create, lockHeld, obs, plan, refresh, remove, status, update } from '../fixtures.js';

const FOREIGN_LOCK = {
  locked: true,
  lock_acquired: false,
  acquired_lock_id: undefined,
  lock_id: '01JLOCK',
  lock_operation: 'apply',
  lock_pid: 4242,
  lock_created_at: '2026-11-26T21:00:00Z',
  lock_age_seconds: 360,
} as const;

describe('docs/contract/text-output.md terminal text', () => {
  it('validate: valid and invalid', () => {
    const valid = {
      ok: true,
      config_dir: 'c',
      config_file: 'c/cluster.yaml',
      resource_digests: {},
      resources: [
        { address: 'graph.g', kind: 'graph', digest: 'a' },
        { address: 'schema.g', kind: 'schema', digest: 'b', path: 'g.pg' },
      ],
      dependencies: [{ from: 'schema.g', to: 'graph.g' }],
      diagnostics: [],
    };
    expect(renderText('validate', valid)).toBe('cluster config valid: 2 resource(s), 1 dependency edge(s)\n');
    const invalid = { ...valid, ok: false, diagnostics: [error('invalid_cluster_yaml', 'cluster.yaml', 'could not parse cluster.yaml: bad')] };
    expect(renderText('validate', invalid)).toBe('cluster config invalid\nERROR invalid_cluster_yaml cluster.yaml: could not parse cluster.yaml: bad\n');
  });

  it('plan: head line, each change with its disposition and why, migration sentences, gates, diagnostics last', () => {
    const out = plan(
      [
        create('graph.g'),
        update('policy.p', { binding_change: true, metadata_change: 'policy_bindings' }),
        remove('query.g.q', { disposition: 'blocked', reason: 'approval_required' }),
        update('schema.g', { migration: { supported: false, steps: [ADD_BIO] } }),
      ],
      {
        approvals_required: [{ resource: 'graph.x', reason: 'delete may remove deployed graph or schema definition', satisfied: false }],
        diagnostics: [warning('schema_preview_unavailable', 'schema.h', 'could not preview the schema migration: boom')],
      },
    );
    expect(renderText('plan', out)).toBe(
      [
        'cluster plan: 4 change(s), 1 approval gate(s)',
        '  Create graph.g [Will apply]',
        '  Update policy.p [bindings] [Will apply]',
        '  Delete query.g.q [Blocked: approval_required]',
        '      why: Deleting this needs an approval before apply will run it.',
        '  Update schema.g [Will apply]',
        '      migration UNSUPPORTED (apply will refuse it): 1 step(s)',
        "        1. add property 'Person.bio' (String?) on node 'Person'",
        '  approval gates:',
        '    graph.x: NOT satisfied (delete may remove deployed graph or schema definition)',
        'WARN  schema_preview_unavailable schema.h: could not preview the schema migration: boom',
        '',
      ].join('\n'),
    );
  });

  it('plan: no changes and failure', () => {
    expect(renderText('plan', plan([]))).toBe('cluster plan: 0 change(s), 0 approval gate(s)\n  no changes\n');
    expect(renderText('plan', plan([create('graph.g')], { ok: false, diagnostics: [lockHeld] }))).toBe(
      `cluster plan failed\nERROR state_lock_held __cluster/lock.json: ${lockHeld.message}\n`,
    );
  });

  it('apply: dispositions with reasons, state line and HEAD note only when ok', () => {
    const changes = [create('graph.g'), update('graph.h', { disposition: 'derived' }), remove('graph.x', { disposition: 'blocked', reason: 'approval_required' })];
    expect(renderText('apply', apply(changes, { converged: false }))).toBe(
      [
        'cluster apply: 1 applied, 1 deferred/blocked',
        '  Create graph.g [Applied]',
        '  Update graph.h [Derived]',
        '  Delete graph.x [Blocked: approval_required]',
        '  state: revision 8, converged: false, written: true',
        '  note: cluster-booted servers (--cluster) serve this on their next restart; omnigraph.yaml deployments are unaffected',
        '',
      ].join('\n'),
    );
    const failed = apply([update('policy.p', { binding_change: true })], { ok: false, diagnostics: [error('state_cas_mismatch', '__cluster/state.json', 'changed')] });
    expect(renderText('apply', failed)).toBe('cluster apply failed\n  Update policy.p [bindings] [Applied]\nERROR state_cas_mismatch __cluster/state.json: changed\n');
    expect(renderText('apply', apply([], { ok: false }))).toBe('cluster apply failed\n  no changes\n');
  });

  it('status: state, no state, foreign lock, failure', () => {
    expect(renderText('status', status())).toBe(`cluster state: revision 7, 6 resource(s)\n  applied config: ${'0e'.repeat(32)}\n  lock: not held\n`);
    expect(renderText('status', status({ state_observations: obs({ ...FOREIGN_LOCK, applied_config_digest: undefined }) }))).toBe(
      'cluster state: revision 7, 6 resource(s)\n  lock: held (id=01JLOCK, operation=apply, pid=4242, created_at=2026-11-26T21:00:00Z, age_seconds=360)\n',
    );
    const missing = status({
      state_observations: obs({ state_found: false, lock_acquired: false }),
      diagnostics: [warning('state_missing', '__cluster/state.json', 'state.json is missing; no applied cluster revision has been recorded')],
    });
    expect(renderText('status', missing)).toBe('cluster state missing\nWARN  state_missing __cluster/state.json: state.json is missing; no applied cluster revision has been recorded\n');
    expect(renderText('status', status({ ok: false }))).toBe('cluster status failed\n');
  });

  it('refresh/import: quirk C3 fixed — a run that acquired its lock says so', () => {
    expect(renderText('refresh', refresh())).toBe(
      `cluster refresh: revision 8, 6 resource(s)\n  state_cas: sha256:${'5a'.repeat(32)}\n  lock: acquired (id=01JLOCKPLAN00000000000000, operation=refresh)\n`,
    );
    const noLock = refresh({ operation: 'import', state_observations: obs({ lock_acquired: false, acquired_lock_id: undefined, state_cas: undefined, state_revision: 1 }) });
    expect(renderText('import', noLock)).toBe('cluster import: revision 1, 6 resource(s)\n  lock: not acquired\n');
    expect(renderText('import', refresh({ operation: 'import', ok: false }))).toBe('cluster import failed\n');
  });

  it('force-unlock and approve', () => {
    const base = { ok: true, config_dir: 'c', lock_removed: true, diagnostics: [] };
    expect(renderText('force-unlock', { ...base, state_observations: obs(FOREIGN_LOCK) })).toBe(
      'cluster force-unlock: removed lock (id=01JLOCK, operation=apply, pid=4242, created_at=2026-11-26T21:00:00Z, age_seconds=360)\n',
    );
    expect(renderText('force-unlock', { ...base, lock_removed: false, state_observations: obs() })).toBe('cluster force-unlock: no lock removed\n');
    const mismatch = error('state_lock_id_mismatch', '__cluster/lock.json', 'mismatch');
    expect(renderText('force-unlock', { ...base, ok: false, lock_removed: false, state_observations: obs({ ...FOREIGN_LOCK, lock_pid: undefined }), diagnostics: [mismatch] })).toBe(
      'cluster force-unlock failed\n  lock: held (id=01JLOCK, operation=apply, created_at=2026-11-26T21:00:00Z, age_seconds=360)\nERROR state_lock_id_mismatch __cluster/lock.json: mismatch\n',
    );
    const approved = { ok: true, config_dir: 'c', approval_id: '01JAPPR', resource: 'graph.old', operation: 'delete' as const, approved_by: 'octocat', diagnostics: [] };
    expect(renderText('approve', approved)).toBe('cluster approve: delete graph.old approved by octocat (approval 01JAPPR)\n');
    expect(renderText('approve', { ok: false, config_dir: 'c', diagnostics: [] })).toBe('cluster approve failed\n');
  });
});
