import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { error } from '../../src/engine/diagnostics/index.js';
import {
  applyCommentBody,
  contentOf,
  describeDifferences,
  messages,
  parseMarker,
  parseReviewRecord,
  planCommentBody,
  planFingerprint,
  restatusBody,
  reviewRecord,
  stableBody,
  type Marker,
} from '../../src/render/index.js';
import type { PlanOutput } from '../../src/engine/model/outputs.js';
import { CTX, WORKSPACE, apply, create, invalidConfigPlan, noLedgerPlan, plan, remove, reviewPlan28, reviewPlan401 } from './fixtures.js';

/**
 * Golden files for everything the action shows on a pull request beside a command's own output:
 * whole comment bodies (marker, review record, status line, content) and the status lines,
 * refusals, replies and notes. UPDATE_GOLDEN=1 rewrites them; review the diff.
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

const RUN_URL = 'https://github.com/acme/graphs/actions/runs/42';
const RUN = { ...CTX, runUrl: RUN_URL };
const reviewed = plan([create('graph.knowledge'), create('schema.knowledge'), remove('graph.old', { disposition: 'blocked', reason: 'approval_required' })]);
const fingerprint = planFingerprint(reviewed);
const marker: Marker = { config_dir: CTX.configDir, label: '', fingerprint, kind: 'plan' };

describe('pull request bodies', () => {
  const body = planCommentBody({ plan: reviewed, fingerprint, ctx: RUN, maxBytes: 60_000 });

  it('writes the whole plan comment: marker, review record, sentinel, content, then the volatile tail', () => {
    golden('pr-plan-body', body);
    expect(parseMarker(body)).toEqual(marker);
    expect(parseReviewRecord(body)).toEqual(reviewRecord(reviewed));
    expect(stableBody(body)).not.toContain(RUN_URL);
    expect(body.slice(stableBody(body).length)).toContain(`(${RUN_URL})`);
  });

  it('names the planned head commit and run only where "unchanged" does not look', () => {
    const at = (sha: string, run: string) => planCommentBody({ plan: reviewed, fingerprint, ctx: { ...CTX, runUrl: run }, maxBytes: 60_000, headSha: sha });
    const first = at('0123456789abcdef0123456789abcdef01234567', RUN_URL);
    const second = at('fedcba9876543210fedcba9876543210fedcba98', 'https://github.com/acme/graphs/actions/runs/43');
    expect(first).toContain('<code>0123456</code>');
    expect(second).toContain('<code>fedcba9</code>');
    expect(first).not.toBe(second);
    expect(stableBody(first)).toBe(stableBody(second));
    expect(contentOf(first)).toBe(contentOf(second));
    // A different plan is a different stable body, whatever the tail says.
    const other = planCommentBody({ plan: plan([create('graph.knowledge')]), fingerprint: 'f'.repeat(64), ctx: RUN, maxBytes: 60_000, headSha: '0123456789abcdef0123456789abcdef01234567' });
    expect(stableBody(other)).not.toBe(stableBody(first));
    // A status rewrite keeps the tail of the run that planned.
    expect(restatusBody(first, marker, messages.applyingStatus(RUN_URL), 60_000, RUN_URL)).toContain('<code>0123456</code>');
  });

  it('swaps only the status line while applying', () => {
    const applying = restatusBody(body, marker, messages.applyingStatus(RUN_URL), 60_000, RUN_URL);
    golden('pr-applying-body', applying);
    expect(contentOf(applying)).toBe(contentOf(body));
    expect(parseReviewRecord(applying)).toEqual(reviewRecord(reviewed));
  });

  it('shows the apply once converged, with an apply marker and no review record', () => {
    const out = apply([create('graph.knowledge', { disposition: 'applied' }), create('schema.knowledge', { disposition: 'applied' })]);
    const applied = applyCommentBody(body, { ...marker, kind: 'apply' }, out, messages.applyStatus(out, null), RUN, 60_000);
    golden('pr-applied-body', applied);
    expect(parseMarker(applied)?.kind).toBe('apply');
    expect(parseReviewRecord(applied)).toBeNull();
  });

  it('renders the review scenarios: 28 changes, 401 changes, an invalid config, no ledger', () => {
    const sha = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';
    const comment = (name: string, out: PlanOutput, ctx = RUN) => {
      const text = planCommentBody({ plan: out, fingerprint: out.ok ? planFingerprint(out) : null, ctx, maxBytes: 60_000, headSha: sha });
      golden(name, text);
      expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(60_000);
      return text;
    };
    const big = comment('pr-plan-28', reviewPlan28());
    // Reviewer order: headline, counts, destructive, blocked, approval, migration, then the folded table.
    const order = ['### ⛔ Plan:', '**24** will apply', '**Destructive**', '**3 blocked**', '**1 approval needed**', '/omnigraph approve graph.legacy', '#### Schema migrations', '#### Changes (28)', '<details><summary>28 changes in 5 graphs'];
    const positions = order.map((s) => big.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // A reason is explained once (the blocked banner), each of its rows carries only the code.
    expect(big.split('waiting for the approval below').length - 1).toBe(1);
    expect(big.split('⛔ blocked | <code>approval\\_required</code> |').length - 1).toBe(3);
    expect(big).not.toContain('Deleting this needs an approval');
    expect(big).toContain('<wbr>');
    const huge = comment('pr-plan-401', reviewPlan401());
    expect(huge).toContain('### 📝 Plan: 401 to create');
    comment('pr-plan-invalid-config', invalidConfigPlan(), { ...RUN, sourceRoot: WORKSPACE });
    const empty = comment('pr-plan-no-ledger', noLedgerPlan());
    expect(empty).toContain('No state yet');
    expect(empty).not.toContain('will apply');
  });

  it('under a tight budget drops the per-change review record before the summary', () => {
    const out = reviewPlan28();
    const fp = planFingerprint(out);
    const roomy = planCommentBody({ plan: out, fingerprint: fp, ctx: RUN, maxBytes: 60_000 });
    expect(parseReviewRecord(roomy)).not.toBeNull();
    const tight = planCommentBody({ plan: out, fingerprint: fp, ctx: RUN, maxBytes: 3_500 });
    golden('pr-plan-tight-budget', tight);
    expect(Buffer.byteLength(tight, 'utf8')).toBeLessThanOrEqual(3_500);
    expect(parseMarker(tight)?.fingerprint).toBe(fp);
    expect(parseReviewRecord(tight)).toBeNull();
    expect(tight).toContain('### ⛔ Plan: 21 to create · 4 to update · 3 to delete');
    expect(tight).toContain('**24** will apply');
    // With the record gone, a refusal can only say that the plan differs.
    expect(describeDifferences(parseReviewRecord(tight), out).join(' ')).toContain('differs');
  });

  it('stays within a small budget and keeps its marker', () => {
    for (const maxBytes of [1_000, 2_000, 4_000]) {
      const tiny = planCommentBody({ plan: reviewed, fingerprint, ctx: RUN, maxBytes });
      expect(Buffer.byteLength(tiny, 'utf8')).toBeLessThanOrEqual(maxBytes);
      expect(parseMarker(tiny)).toEqual(marker);
    }
  });
});

describe('pull request messages', () => {
  const hostile = 'graph.x<script>alert(1)</script> @team `';

  it('renders every status line, refusal, reply and note with input escaped', () => {
    const changed = plan([create('graph.knowledge', { after_digest: 'c'.repeat(64) }), create(hostile)]);
    const refusal = messages.planChangedRefusal(fingerprint, planFingerprint(changed), describeDifferences(reviewRecord(reviewed), changed));
    const partial = apply([create('graph.knowledge', { disposition: 'applied' }), remove('graph.old', { disposition: 'blocked', reason: 'approval_required' })], {
      converged: false,
    });
    const failedApprove = [error('approval_not_required', 'graph.old', `nothing pending for ${hostile}`)];
    const text = [
      messages.applyingStatus(RUN_URL),
      messages.applyingStatus('javascript:alert(1)'),
      messages.notAppliedStatus(`state_cas_mismatch: ${hostile}`),
      messages.applyStatus(partial, null),
      messages.refusalStatus(messages.noReviewedPlanRefusal(true)),
      messages.refusalStatus(messages.alreadyAppliedRefusal()),
      messages.refusalStatus(refusal),
      messages.refusalSection(refusal),
      messages.approvedReply(hostile, 'alice', '01APPROVAL'),
      messages.approveRoleRefusal('mallory<img src=x>', 'read'),
      messages.approveFailedReply(hostile, failedApprove),
      messages.FORK_NOTE,
      messages.nothingToDoSection(`the command names another label (${hostile})`),
      messages.invalidInputsSection([`input label: ${hostile}`]),
      messages.unexpectedFailureSection(hostile),
      messages.jobSummary(['## section'], { reason: 'validation-failed', message: `invalid_cluster_yaml: ${hostile}` }),
      messages.lockHeldMessage({ lock_id: '01LOCK', operation: 'apply', created_at: '2026-06-10T09:00:00Z', pid: 77 }, CTX),
    ].join('\n\n---\n\n');
    golden('pr-messages', `${text}\n`);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    expect(text).not.toContain('@team');
    expect(text).not.toContain('javascript:');
  });

  it('drops whole summary sections from the end to stay under the summary budget', () => {
    const big = 'x'.repeat(400_000);
    const summary = messages.jobSummary([big, big, big], null);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(1_000_000);
    expect(summary.split(big)).toHaveLength(3);
    expect(summary).toContain('left out to stay under the job summary limit');
  });
});
