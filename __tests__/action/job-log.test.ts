import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { run } from '../../src/action/main.js';
import type { Diagnostic } from '../../src/engine/diagnostics/index.js';
import { FakeGitHub } from '../support/fake-github.js';
import { change, observations, planOutput, prPayload, rig, runContext, ScriptedCommands, statusOutput } from './fakes.js';

let github: FakeGitHub;
beforeEach(async () => {
  github = await new FakeGitHub().start();
});
afterEach(() => github.stop());

const prRun = (commands: ScriptedCommands, inputs: Record<string, string> = {}) => rig(github, runContext(github, 'pull_request', prPayload(7)), commands, inputs);

const parseError: Diagnostic = {
  severity: 'error',
  code: 'invalid_cluster_yaml',
  path: 'cluster.yaml',
  message: 'could not parse cluster.yaml: bad indentation',
  location: { file: '/w/cluster/cluster.yaml', line: 3, column: 2 },
};
const missing: Diagnostic = { severity: 'warning', code: 'state_missing', path: '__cluster/state.json', message: 'state.json is missing' };

describe('job log (issue 18)', () => {
  it('prints the plan as the CLI text in a folded group, with dispositions', async () => {
    const plan = planOutput([change('graph.a'), change('graph.b', { operation: 'delete', disposition: 'blocked', reason: 'approval_required' })]);
    const r = prRun(new ScriptedCommands().script('plan', plan));
    await run(r.deps);
    expect(r.io.groups.map((g) => g.title)).toEqual(['omnigraph-cluster plan (cluster)']);
    const text = r.io.groups[0]!.text;
    expect(text).toMatch(/^cluster plan: 2 change\(s\)/);
    expect(text).toContain('Create graph.a');
    expect(text).toContain('Delete graph.b');
    expect(text).toContain('Blocked');
  });

  it('fails the step without a second error annotation when the error is already annotated', async () => {
    const r = prRun(new ScriptedCommands().script('plan', planOutput([], { ok: false, diagnostics: [parseError] })));
    const result = await run(r.deps);
    expect(result.failureReason).toBe('validation-failed');
    expect(r.io.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
    expect(r.io.annotations[0]).toMatchObject({ file: 'cluster/cluster.yaml', line: 3 });
    expect(r.io.failed).toContain('invalid_cluster_yaml');
    expect(r.io.failedAnnotates).toBe(false);
  });

  it('gives warnings, like errors, file= paths relative to the workspace', async () => {
    const located: Diagnostic = { severity: 'warning', code: 'duplicate_yaml_key', path: 'cluster.yaml', message: 'duplicate key', location: { file: '/w/cluster/schema/people.pg', line: 4, column: 1 } };
    const keyed: Diagnostic = { severity: 'warning', code: 'external_blob_ingress_default_deny', path: 'graphs.knowledge.external_blobs', message: 'effective policy is deny' };
    const r = prRun(new ScriptedCommands().script('plan', planOutput([], { diagnostics: [located, keyed, missing] })));
    await run(r.deps);
    expect(r.io.annotations.map((a) => [a.level, a.file])).toEqual([
      ['warning', 'cluster/schema/people.pg'],
      ['warning', 'cluster/cluster.yaml'],
      ['warning', undefined], // a state file is not in the repository
    ]);
  });

  it('lets the failure annotate when nothing else did (a policy failure has no error diagnostic)', async () => {
    const plan = planOutput([change('graph.b', { operation: 'delete', disposition: 'blocked', reason: 'approval_required' })], {
      approvals_required: [{ resource: 'graph.b', operation: 'delete', reason: 'graph delete', satisfied: false } as never],
    });
    const r = prRun(new ScriptedCommands().script('plan', plan));
    const result = await run(r.deps);
    expect(result.failureReason).toBe('approval-required');
    expect(r.io.annotations.filter((a) => a.level === 'error')).toHaveLength(0);
    expect(r.io.failedAnnotates).toBe(true);
  });

  it('annotates a diagnostic that several commands of one run report once', async () => {
    const r = rig(
      github,
      runContext(github, 'schedule', {}),
      new ScriptedCommands()
        .script('status', statusOutput({ diagnostics: [missing], state_observations: observations({ state_found: false }) }))
        .script('plan', planOutput([], { diagnostics: [missing] })),
      { 'drift-issue': 'false' },
    );
    await run(r.deps);
    expect(r.io.annotations.filter((a) => a.message.includes('state.json is missing'))).toHaveLength(1);
  });
});

describe('plan JSON artifact (input upload-plan)', () => {
  it('uploads the plan JSON and links it from the job summary', async () => {
    const r = prRun(new ScriptedCommands().script('plan', planOutput([change('graph.a')])));
    await run(r.deps);
    expect(r.artifacts.uploaded).toEqual([{ name: 'omnigraph-plan-cluster', file: '/tmp/runner/omnigraph-plan-cluster.json', id: 1000 }]);
    expect(r.io.summaries.join()).toContain('[omnigraph-plan-cluster](https://github.example/acme/infra/actions/runs/99/artifacts/1000)');
  });

  it('names the artifact after the label too, so two clusters of one job do not collide', async () => {
    const r = prRun(new ScriptedCommands().script('plan', planOutput([])), { label: 'prod eu' });
    await run(r.deps);
    expect(r.artifacts.uploaded.map((u) => u.name)).toEqual(['omnigraph-plan-cluster-prod_eu']);
  });

  it('warns and carries on when the upload fails', async () => {
    const r = prRun(new ScriptedCommands().script('plan', planOutput([change('graph.a')])));
    r.artifacts.unavailable = true;
    const result = await run(r.deps);
    expect(result.failureReason).toBeNull();
    expect(r.io.warnings().join('\n')).toContain('could not upload the plan JSON as an artifact (Unable to get the ACTIONS_RUNTIME_TOKEN');
    expect(r.io.summaries.join()).not.toContain('workflow artifact');
    expect(r.io.outputs['plan-json-path']).toBe('/tmp/runner/omnigraph-plan-cluster.json');
  });

  it('uploads nothing with upload-plan: false', async () => {
    const r = prRun(new ScriptedCommands().script('plan', planOutput([change('graph.a')])), { 'upload-plan': 'false' });
    await run(r.deps);
    expect(r.artifacts.uploaded).toEqual([]);
    expect(r.files.has('/tmp/runner/omnigraph-plan-cluster.json')).toBe(true);
    expect(r.io.summaries.join()).not.toContain('workflow artifact');
  });
});
