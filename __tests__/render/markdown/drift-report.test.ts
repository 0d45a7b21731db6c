import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDriftSince, parseMarker, renderDriftReport } from '../../../src/render/index.js';
import { CTX, create, plan, refresh, status, update } from '../fixtures.js';

function golden(name: string, actual: string): void {
  const file = join('__tests__', 'render', 'golden', `${name}.md`);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(existsSync(file)).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const RUN = { ...CTX, runUrl: 'https://github.com/acme/graphs/actions/runs/42' };
const SINCE = '2026-11-28T06:00:00.000Z';

describe('drift report (issue 18: what drifted, why, since when, what fixes it)', () => {
  it('golden: schema and payload drift, an unobserved graph, a pending config change, since when', () => {
    const report = renderDriftReport(
      {
        status: status(),
        refresh: refresh({
          resource_statuses: {
            'graph.knowledge': { status: 'drifted', conditions: ['schema_mismatch'], message: 'live schema digest differs from desired schema digest' },
            'query.knowledge.find': { status: 'drifted', conditions: ['payload_missing'], message: 'payload is missing from the catalog' },
            'graph.archive': { status: 'error', conditions: ['graph_observation_error'], message: 'permission denied' },
          },
        }),
        plan: plan([update('schema.knowledge'), create('graph.people')]),
      },
      RUN,
      true,
      { since: SINCE },
    );
    golden('drift-issue-since', report);
    expect(parseMarker(report)).toEqual({ config_dir: 'clusters/prod', label: '', fingerprint: null, kind: 'drift' });
    expect(parseDriftSince(report)).toBe(SINCE);
    expect(report).not.toContain('On merge');
  });

  it('read-only: says the live graphs were not observed and how to observe them', () => {
    const report = renderDriftReport({ status: status(), plan: plan([create('graph.people')]) }, CTX, false, { readOnly: true });
    expect(report).toContain('Read-only check');
    expect(report).toContain('omnigraph-cluster refresh --config clusters/prod');
    // Only pending changes: the reason says the config is ahead of the cluster.
    expect(report).toContain('The config has changes the cluster never received');
    expect(parseDriftSince(report)).toBeNull();
  });

  it('no drift: no fix section, no since', () => {
    const report = renderDriftReport({ status: status(), refresh: refresh(), plan: plan([]) }, RUN, true, { since: SINCE });
    expect(report).toContain('### ✅ No drift');
    expect(report).not.toContain('How to fix');
    expect(report).not.toContain('drifting since');
  });

  it('parseDriftSince refuses anything but an ISO instant', () => {
    expect(parseDriftSince('<!-- omnigraph-cluster:drift-since {"since":"yesterday"} -->')).toBeNull();
    expect(parseDriftSince('<!-- omnigraph-cluster:drift-since {"since":"2026-11-28T06:00:00Z"} -->')).toBe('2026-11-28T06:00:00Z');
    expect(parseDriftSince('no marker')).toBeNull();
  });
});
