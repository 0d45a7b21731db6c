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
  type Marker,
} from '../../src/render/index.js';
import { CTX, apply, create, plan, remove } from './fixtures.js';

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

  it('writes the whole plan comment: marker, review record, sentinel, content (no run link)', () => {
    golden('pr-plan-body', body);
    expect(parseMarker(body)).toEqual(marker);
    expect(parseReviewRecord(body)).toEqual(reviewRecord(reviewed));
    expect(body).not.toContain(RUN_URL);
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
