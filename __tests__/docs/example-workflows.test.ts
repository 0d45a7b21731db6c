import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../src/action/settings.js';

/**
 * The ready-made workflows are what teams copy: they must parse, use only inputs the action has,
 * and carry the settings docs/action.md#branch-protection and docs/action.md#concurrency ask for.
 */
const DIR = 'examples/workflows';
type Workflow = {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean; queue?: string };
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
};
const workflows = Object.fromEntries(readdirSync(DIR).filter((f) => f.endsWith('.yml')).map((f) => [f, parse(readFileSync(path.join(DIR, f), 'utf8')) as Workflow]));

describe('examples/workflows', () => {
  it('parse as YAML and pass only inputs the action declares', () => {
    expect(Object.keys(workflows).length).toBeGreaterThanOrEqual(4);
    for (const workflow of Object.values(workflows)) {
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps.filter((s) => s.uses?.startsWith('omnigraph/omnigraph-cluster-action'))) {
          for (const input of Object.keys(step.with ?? {})) expect(INPUT_NAMES).toContain(input);
        }
      }
    }
  });

  it('the plan workflow checks merge groups and may set the commit status', () => {
    const plan = workflows['cluster-plan.yml']!;
    expect(Object.keys(plan.on)).toEqual(expect.arrayContaining(['pull_request', 'merge_group']));
    expect(plan.permissions).toMatchObject({ statuses: 'write', 'pull-requests': 'write' });
    // A required status that is never set keeps a PR waiting, so no paths filter on the plan.
    expect((plan.on.pull_request as { paths?: unknown } | null)?.paths).toBeUndefined();
  });

  it('every workflow that writes state shares one per-cluster group that neither cancels nor drops a queued run', () => {
    for (const name of ['cluster-apply.yml', 'cluster-approve.yml', 'cluster-drift.yml']) {
      expect(workflows[name]!.concurrency).toEqual({ group: 'omnigraph-cluster-cluster', 'cancel-in-progress': false, queue: 'max' });
    }
    expect(Object.keys(workflows['cluster-apply.yml']!.on)).toEqual(expect.arrayContaining(['push', 'workflow_dispatch']));
  });
});
