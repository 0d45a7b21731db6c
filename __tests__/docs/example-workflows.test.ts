import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

/**
 * The workflows in examples/workflows/ are copied as they are, so each must be YAML GitHub
 * accepts (one document, no duplicate keys, `on` and `jobs`), and every use of this action may
 * pass only inputs action.yml declares and read only outputs it declares.
 */
const DIR = path.join('examples', 'workflows');
const manifest = parseDocument(readFileSync('action.yml', 'utf8')).toJS() as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const ACTION = 'omnigraph/omnigraph-cluster-action@v1';

interface Step {
  readonly id?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}
interface Workflow {
  readonly on: unknown;
  readonly jobs: Record<string, { readonly steps?: readonly Step[]; readonly 'runs-on'?: string; readonly uses?: string }>;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));

describe('example workflows', () => {
  it('are there, including the many-cluster ones', () => {
    expect(files).toEqual(expect.arrayContaining(['clusters-plan-matrix.yml', 'clusters-apply-matrix.yml', 'clusters-one-step.yml']));
  });

  it.each(files)('%s is valid YAML with on and jobs, and uses the action as action.yml declares it', (file) => {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
    expect(doc.errors.map((e) => e.message)).toEqual([]);
    const workflow = doc.toJS() as Workflow;
    expect(workflow.on).toBeDefined();
    expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
    const actionSteps = new Set<string>();
    for (const job of Object.values(workflow.jobs)) {
      expect(job.uses !== undefined || (job['runs-on'] !== undefined && Array.isArray(job.steps))).toBe(true);
      for (const step of job.steps ?? []) {
        if (step.uses !== ACTION) continue;
        if (step.id) actionSteps.add(step.id);
        for (const input of Object.keys(step.with ?? {})) expect(Object.keys(manifest.inputs)).toContain(input);
      }
    }
    for (const m of text.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
      if (actionSteps.has(m[1]!)) expect(Object.keys(manifest.outputs)).toContain(m[2]);
    }
  });

  it('feeds the matrix from the targets job and reads its fields by their output names', () => {
    for (const file of ['clusters-plan-matrix.yml', 'clusters-apply-matrix.yml']) {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      expect(text).toContain('matrix: ${{ fromJSON(needs.targets.outputs.matrix) }}');
      for (const m of text.matchAll(/matrix\.([a-z-]+)/g)) expect(['config-dir', 'label', 'job-name']).toContain(m[1]);
    }
  });
});
