import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The shipped example workflows (issue 18): valid YAML, only real inputs of this action, the
 * config-dir of a shipped example with its `paths` filter, OIDC credentials (no stored keys) and
 * bootstrap only where state may be written (push to the default branch).
 */
const DIR = path.join('examples', 'workflows');
const ACTION = 'omnigraph/omnigraph-cluster-action@v1';

interface Step {
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, unknown>;
}
interface Workflow {
  readonly on: Record<string, { readonly paths?: readonly string[] } | null>;
  readonly permissions?: Record<string, string>;
  readonly jobs: Record<string, { readonly steps: readonly Step[] }>;
}

/** The `storage:` of a config dir's cluster.yaml ('' when local). */
function storageOf(dir: string): string {
  const config = parse(readFileSync(path.join(dir, 'cluster.yaml'), 'utf8')) as { storage?: unknown };
  return typeof config.storage === 'string' ? config.storage : '';
}

const actionInputs = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs);
// The many-cluster examples (clusters-*.yml) run on a layout this repository does not ship
// (clusters/*); __tests__/docs/example-workflows.test.ts checks them.
const workflows = readdirSync(DIR)
  .filter((n) => n.endsWith('.yml') && !n.startsWith('clusters-'))
  .map((name) => ({ name, wf: parse(readFileSync(path.join(DIR, name), 'utf8')) as Workflow }));

describe('examples/workflows', () => {
  it('are all present and parse', () => {
    expect(workflows.map((w) => w.name).sort()).toEqual(['cluster-apply.yml', 'cluster-approve.yml', 'cluster-drift.yml', 'cluster-plan.yml', 'install-omnigraph.yml']);
  });

  it.each(workflows.map((w) => [w.name, w.wf] as const))('%s: real inputs, a shipped config-dir, OIDC credentials, bootstrap only on push', (name, wf) => {
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const ours = steps.filter((s) => s.uses === ACTION);
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) {
      for (const input of Object.keys(step.with ?? {})) expect(actionInputs).toContain(input);
      const dir = String(step.with?.['config-dir']);
      expect(existsSync(path.join(dir, 'cluster.yaml'))).toBe(true);
      expect(storageOf(dir)).toMatch(/^s3:\/\//);
      expect(Object.keys(step.env ?? {}).filter((k) => k.startsWith('AWS_'))).toEqual([]);
      // Bootstrap on push only: always on a push-only workflow, else guarded by the event name.
      const bootstrap = step.with?.['bootstrap-state'];
      if (bootstrap === 'true') expect(Object.keys(wf.on)).toEqual(['push']);
      else if (bootstrap !== undefined) expect(bootstrap).toBe("${{ github.event_name == 'push' }}");
      for (const trigger of Object.values(wf.on)) {
        if (trigger?.paths !== undefined) expect(trigger.paths).toEqual([`${dir}/**`]);
      }
    }
    expect(wf.permissions?.['id-token']).toBe('write');
    const credentials = steps.findIndex((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@') === true);
    expect(credentials).toBeGreaterThanOrEqual(0);
    expect(credentials).toBeLessThan(steps.indexOf(ours[0]!));
    expect(name === 'cluster-plan.yml' || name === 'install-omnigraph.yml' ? 'plan' : 'apply').toBe(
      String(steps[credentials]!.with?.['role-to-assume']).includes('PLAN_ROLE') ? 'plan' : 'apply',
    );
  });
});
