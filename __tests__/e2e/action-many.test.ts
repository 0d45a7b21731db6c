/**
 * Issue 19 end to end, through the BUNDLED action against the fake GitHub server: one step with
 * `config-dir: clusters/*` over three clusters, two of which read one shared schema. A pull
 * request plans exactly the clusters whose files it changes (from the PR's file list, not from
 * directory prefixes); the index comment appears only when more than one is affected; the merge
 * applies exactly those clusters, each bound to its own reviewed plan.
 * Skips while dist/index.js is the placeholder bundle (`npm run build`).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseIndexMarker, parseMarker } from '../../src/render/index.js';
import { PLACEHOLDER, actionWorkspace, type ActionWorkspace } from '../support/action-runner.js';
import { BASE_POLICY, PEOPLE_GQ, PEOPLE_PG } from '../support/cluster-fixture.js';

const suite = PLACEHOLDER ? describe.skip : describe;

let workspace: ActionWorkspace;
beforeEach(async () => {
  workspace = await actionWorkspace('og-many-');
  // east and west read shared/people.pg; north has its own schema.
  write('shared/people.pg', PEOPLE_PG);
  for (const [name, schema] of [['east', '../../shared/people.pg'], ['west', '../../shared/people.pg'], ['north', './people.pg']] as const) {
    write(`clusters/${name}/cluster.yaml`, clusterYaml(name, schema));
    write(`clusters/${name}/people.gq`, PEOPLE_GQ);
    write(`clusters/${name}/base.policy.yaml`, BASE_POLICY);
    write(`clusters/${name}/README.md`, `# ${name}\n`);
  }
  write('clusters/north/people.pg', PEOPLE_PG);
});
afterEach(async () => {
  await workspace.stop();
});

function write(relative: string, text: string): void {
  const file = path.join(workspace.work, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const clusterYaml = (name: string, schema: string) => `version: 1
metadata:
  name: ${name}
state:
  backend: cluster
  lock: true
graphs:
  knowledge:
    schema: ${schema}
    queries:
      find_person:
        file: ./people.gq
policies:
  base:
    file: ./base.policy.yaml
    applies_to: [knowledge]
`;

const MANY = { 'config-dir': 'clusters/*' };
const pr = (number: number, extra: Record<string, unknown> = {}) => ({
  action: 'synchronize',
  pull_request: { number, head: { sha: `head${number}`, repo: { full_name: 'acme/infra' } }, base: { ref: 'main', repo: { full_name: 'acme/infra' } }, ...extra },
  repository: { full_name: 'acme/infra', default_branch: 'main' },
});
const push = { ref: 'refs/heads/main', repository: { full_name: 'acme/infra', default_branch: 'main' } };
const changes = (number: number, ...files: string[]) => workspace.github.pullFiles.set(number, files.map((filename) => ({ filename })));
const stickies = (issue: number) =>
  workspace.github.comments
    .filter((c) => c.issue === issue)
    .map((c) => parseMarker(c.body))
    .filter((m) => m !== null);
const indexes = (issue: number) => workspace.github.comments.filter((c) => c.issue === issue && parseIndexMarker(c.body) !== null);
const stateOf = (name: string) => path.join(workspace.work, 'clusters', name, '__cluster', 'state.json');

suite('many clusters in one repository (issue 19)', () => {
  it('a PR touching the shared schema plans exactly the clusters that read it, with one index comment', async () => {
    changes(7, 'shared/people.pg');
    const run = await workspace.run('pull_request', pr(7), MANY);
    expect(run.code).toBe(0);
    expect(stickies(7).map((m) => m.config_dir).sort()).toEqual(['clusters/east', 'clusters/west']);
    expect(stickies(7).every((m) => m.kind === 'plan' && /^[0-9a-f]{64}$/.test(m.fingerprint ?? ''))).toBe(true);
    expect(JSON.parse(run.outputs.matrix!)).toEqual({
      include: [
        { 'config-dir': 'clusters/east', label: 'east', 'job-name': 'omnigraph-clusters-east' },
        { 'config-dir': 'clusters/west', label: 'west', 'job-name': 'omnigraph-clusters-west' },
      ],
    });
    expect(run.outputs['targets-count']).toBe('2');
    expect(run.outputs['to-create']).toBe('8');
    const index = indexes(7);
    expect(index).toHaveLength(1);
    expect(run.outputs['comment-id']).toBe(String(index[0]!.id));
    const body = index[0]!.body;
    expect(body).toContain('2 clusters affected');
    expect(body).toContain('<code>clusters/east</code> (east)');
    expect(body).not.toContain('clusters/north');
    expect(body).toContain('1 other cluster this pull request does not touch was not planned.');
    for (const sticky of workspace.github.comments.filter((c) => c.issue === 7 && parseMarker(c.body) !== null)) {
      expect(body).toContain(`#issuecomment-${sticky.id}`);
    }
    // One commit status per planned cluster, none for the untouched one.
    expect(workspace.github.latestStatus('head7', 'omnigraph/east')?.state).toBe('success');
    expect(workspace.github.latestStatus('head7', 'omnigraph/west')?.state).toBe('success');
    expect(workspace.github.latestStatus('head7', 'omnigraph/north')).toBeUndefined();
    expect(run.summary).toContain('2 of 3 affected by the change');

    // A second push to the PR updates the index in place, never a second one.
    await workspace.run('pull_request', pr(7), MANY);
    expect(indexes(7)).toHaveLength(1);
  });

  it('a PR touching one cluster’s query plans only that one, with no index comment; a README affects nothing', async () => {
    changes(8, 'clusters/north/people.gq', 'clusters/east/README.md');
    const run = await workspace.run('pull_request', pr(8), MANY);
    expect(run.code).toBe(0);
    expect(stickies(8).map((m) => m.config_dir)).toEqual(['clusters/north']);
    expect(indexes(8)).toHaveLength(0);
    expect(run.outputs['targets-count']).toBe('1');
    // One cluster: its own fingerprint and comment are the step's.
    expect(run.outputs['plan-fingerprint']).toBe(stickies(8)[0]!.fingerprint);
    expect(run.outputs['comment-id']).toBe(String(workspace.github.comments.find((c) => c.issue === 8)!.id));
  });

  it('a merged PR applies exactly its clusters, each bound to its own reviewed plan', async () => {
    changes(7, 'shared/people.pg');
    expect((await workspace.run('pull_request', pr(7), MANY)).code).toBe(0);
    workspace.github.pulls.set('merge1', [{ number: 7, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    const applied = await workspace.run('push', push, MANY);
    expect(applied.code).toBe(0);
    expect(applied.outputs).toMatchObject({ ok: 'true', converged: 'true', 'targets-count': '2', 'failure-reason': '' });
    expect(existsSync(stateOf('east'))).toBe(true);
    expect(existsSync(stateOf('west'))).toBe(true);
    // Untouched: not planned, not applied, no import either.
    expect(existsSync(stateOf('north'))).toBe(false);
    expect(stickies(7).map((m) => `${m.config_dir}:${m.kind}`).sort()).toEqual(['clusters/east:apply', 'clusters/west:apply']);
  });

  it('refuses on merge the cluster whose plan changed since review, and applies the other', async () => {
    changes(7, 'shared/people.pg', 'clusters/north/people.gq');
    expect((await workspace.run('pull_request', pr(7), MANY)).code).toBe(0);
    // After review, north's query changes on the branch without a new plan.
    write('clusters/north/people.gq', `${PEOPLE_GQ}\n`);
    workspace.github.pulls.set('merge1', [{ number: 7, merge_commit_sha: 'merge1', base: 'main', state: 'closed' }]);
    const applied = await workspace.run('push', push, MANY);
    expect(applied.code).toBe(1);
    expect(applied.outputs['failure-reason']).toBe('plan-changed');
    expect(existsSync(stateOf('east'))).toBe(true);
    expect(existsSync(stateOf('west'))).toBe(true);
    expect(stickies(7).find((m) => m.config_dir === 'clusters/north')?.kind).toBe('plan');
  });

  it('a pull request closed as merged applies its clusters without looking the PR up from the commit', async () => {
    changes(9, 'clusters/west/people.gq');
    expect((await workspace.run('pull_request', pr(9), MANY)).code).toBe(0);
    const applied = await workspace.run('pull_request', { ...pr(9, { merged: true }), action: 'closed' }, MANY);
    expect(applied.code).toBe(0);
    expect(applied.outputs).toMatchObject({ converged: 'true', 'targets-count': '1' });
    expect(existsSync(stateOf('west'))).toBe(true);
    expect(existsSync(stateOf('east'))).toBe(false);
    expect(workspace.github.requests.some((r) => r.path.includes('/commits/'))).toBe(false);
  });

  it('command targets lists the affected clusters as a matrix and runs nothing', async () => {
    changes(7, 'shared/people.pg');
    const listed = await workspace.run('pull_request', pr(7), { ...MANY, command: 'targets' });
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.outputs.clusters!)).toEqual(['clusters/east', 'clusters/west']);
    expect(workspace.github.comments).toHaveLength(0);
    expect(existsSync(stateOf('east'))).toBe(false);
    // A schedule knows no change set: every cluster.
    const all = await workspace.run('schedule', {}, { ...MANY, command: 'targets' });
    expect(JSON.parse(all.outputs.clusters!)).toEqual(['clusters/east', 'clusters/north', 'clusters/west']);
  });

  it('falls back to every cluster when GitHub cuts the file list at 3000', async () => {
    changes(10, ...Array.from({ length: 3001 }, (_, i) => `docs/page-${i}.md`));
    const run = await workspace.run('pull_request', pr(10), { ...MANY, command: 'targets' });
    expect(run.outputs['targets-count']).toBe('3');
    expect(run.summary).toContain('more files than GitHub lists (3000)');
  });
});
