import { describe, expect, it } from '@jest/globals';
import { describeDifferences, formatMarker, formatReviewRecord, parseMarker, parseReviewRecord, planFingerprint, reviewRecord, sameIdentity, type Marker } from '../../src/render/index.js';
import { ADD_BIO, DROP_AGE, D3, create, obs, plan, remove, update } from './fixtures.js';

describe('marker', () => {
  it('round-trips, including values that could end an HTML comment', () => {
    const marker: Marker = { config_dir: 'clusters/<prod> -->', label: 'a--b & "c"', fingerprint: 'f'.repeat(64), kind: 'plan' };
    const text = formatMarker(marker);
    expect(text.startsWith('<!-- omnigraph-cluster:v1 {"config_dir":')).toBe(true);
    expect(text.indexOf('-->')).toBe(text.length - 3);
    expect(text.slice(4, -3)).not.toMatch(/[<>]|--/);
    expect(parseMarker(`intro\n\n${text}\n\nbody`)).toEqual(marker);
  });

  it('keeps the documented field order and a null fingerprint', () => {
    expect(formatMarker({ config_dir: 'c', label: '', fingerprint: null, kind: 'status' })).toBe(
      '<!-- omnigraph-cluster:v1 {"config_dir":"c","label":"","fingerprint":null,"kind":"status"} -->',
    );
  });

  it('rejects foreign or malformed markers', () => {
    expect(parseMarker('<!-- dflook/terraform-github-actions {"label":""} -->')).toBeNull();
    expect(parseMarker('<!-- omnigraph-cluster:v1 {not json} -->')).toBeNull();
    expect(parseMarker('<!-- omnigraph-cluster:v1 {"config_dir":"c","label":"","fingerprint":null,"kind":"nope"} -->')).toBeNull();
    expect(parseMarker('<!-- omnigraph-cluster:v1 {"config_dir":1,"label":"","fingerprint":null,"kind":"plan"} -->')).toBeNull();
    expect(parseMarker('<!-- omnigraph-cluster:v1 {"config_dir":"c","label":""')).toBeNull();
  });

  it('matches identity exactly', () => {
    const m = parseMarker(formatMarker({ config_dir: 'clusters/prod', label: 'eu', fingerprint: null, kind: 'plan' }));
    expect(sameIdentity(m, 'clusters/prod', 'eu')).toBe(true);
    expect(sameIdentity(m, 'clusters/prod', '')).toBe(false);
    expect(sameIdentity(m, 'clusters/prod/', 'eu')).toBe(false);
  });
});

describe('plan fingerprint', () => {
  const base = plan([create('graph.g'), update('schema.g', { migration: { supported: true, steps: [ADD_BIO] } }), remove('graph.old', { disposition: 'blocked', reason: 'approval_required' })], {
    approvals_required: [{ resource: 'graph.old', reason: 'delete may remove deployed graph or schema definition', satisfied: false }],
  });

  it('is a sha256 hex digest', () => {
    expect(planFingerprint(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores revision, CAS, lock, diagnostics and change order', () => {
    const churned = {
      ...base,
      changes: [...base.changes].reverse(),
      state_observations: obs({ state_revision: 99, state_cas: 'sha256:00', acquired_lock_id: 'other', locked: true, lock_age_seconds: 5 }),
      diagnostics: [],
    };
    expect(planFingerprint(churned)).toBe(planFingerprint(base));
  });

  it('changes with any digest, disposition, reason, migration step or gate', () => {
    const fp = planFingerprint(base);
    const [g, s, old] = base.changes as [typeof base.changes[0], typeof base.changes[0], typeof base.changes[0]];
    const variants = [
      { ...base, desired_revision: { config_digest: D3 } },
      { ...base, changes: [{ ...g, after_digest: D3 }, s, old] },
      { ...base, changes: [g, s, { ...old, disposition: 'applied' as const, reason: undefined }] },
      { ...base, changes: [g, { ...s, migration: { supported: true, steps: [ADD_BIO, DROP_AGE] } }, old] },
      { ...base, changes: [g, { ...s, binding_change: true as const }, old] },
      { ...base, approvals_required: [{ resource: 'graph.old', reason: 'delete may remove deployed graph or schema definition', satisfied: true }] },
    ];
    for (const v of variants) expect(planFingerprint(v)).not.toBe(fp);
  });

  it('names, from the review record, which changes differ between the reviewed and the current plan', () => {
    const current = {
      ...base,
      changes: [create('graph.g', { after_digest: D3 }), create('query.g.q'), base.changes[2] as (typeof base.changes)[0]],
      approvals_required: [{ resource: 'graph.old', reason: 'delete may remove deployed graph or schema definition', satisfied: true }],
    };
    const record = parseReviewRecord(`intro\n${formatReviewRecord(reviewRecord(base))}\nbody`);
    expect(record).toEqual(reviewRecord(base));
    expect(describeDifferences(record, current)).toEqual([
      '<code>graph.g</code>: planned differently than reviewed (create)',
      '<code>query.g.q</code>: new since review (create)',
      '<code>schema.g</code>: reviewed but no longer planned',
    ]);
    // Only the gate changed: the changes match, so the lines say where else to look.
    expect(describeDifferences(record, { ...base, approvals_required: current.approvals_required })).toEqual([
      'the changes match; the configuration digest or the approval gates differ',
    ]);
    expect(describeDifferences(null, current)[0]).toMatch(/differs from the reviewed one/);
  });

  it('keys the review record on the same fields as the fingerprint (revision and lock never count)', () => {
    const churned = { ...base, state_observations: obs({ state_revision: 100, locked: true }) };
    expect(reviewRecord(churned)).toEqual(reviewRecord(base));
    const [g, s, old] = base.changes as [typeof base.changes[0], typeof base.changes[0], typeof base.changes[0]];
    const flagged = { ...base, changes: [g, { ...s, binding_change: true as const }, old] };
    expect(reviewRecord(flagged)['schema.g']).not.toBe(reviewRecord(base)['schema.g']);
    expect(planFingerprint(flagged)).not.toBe(planFingerprint(base));
  });

  it('escapes a hostile address so the record cannot close its HTML comment', () => {
    const hostile = plan([create('graph.a-->b<script>')]);
    const line = formatReviewRecord(reviewRecord(hostile));
    expect(line.slice(4, -3)).not.toMatch(/[<>]|--/);
    expect(parseReviewRecord(line)).toEqual(reviewRecord(hostile));
  });
});
