import { describe, expect, it } from '@jest/globals';
import { error, warning } from '../../src/engine/diagnostics/index.js';
import { toAnnotations } from '../../src/render/index.js';

describe('toAnnotations', () => {
  it('points at the source location when the diagnostic has one', () => {
    const d = error('schema_parse_error', 'graphs.g.schema', 'parse error', { file: 'clusters/prod/g.pg', line: 3, column: 5 });
    expect(toAnnotations([d], { configFile: 'clusters/prod/cluster.yaml' })).toEqual([
      { level: 'error', message: 'graphs.g.schema: parse error', title: 'schema does not parse (schema_parse_error)', file: 'clusters/prod/g.pg', line: 3, col: 5 },
    ]);
  });

  it('points config-key paths at cluster.yaml and leaves addresses unplaced; adds hints', () => {
    const [a, b] = toAnnotations(
      [error('dangling_graph_reference', 'policies.p.applies_to[0]', 'no graph'), warning('state_lock_disabled', 'state.lock', 'off'), warning('approval_stale', 'graph.old', 'stale')],
      { configFile: 'cluster.yaml' },
    );
    expect(a).toMatchObject({ level: 'error', file: 'cluster.yaml' });
    expect(a?.line).toBeUndefined();
    expect(b).toMatchObject({ level: 'warning', file: 'cluster.yaml' });
    const named = toAnnotations([warning('state_missing', '__cluster/state.json', 'missing')], { configDir: 'clusters/prod eu' })[0];
    expect(named?.message).toContain("`omnigraph-cluster import --config 'clusters/prod eu'` once");
    const stale = toAnnotations([warning('approval_stale', 'graph.old', 'stale')], { configFile: 'cluster.yaml' })[0];
    expect(stale?.file).toBeUndefined();
    expect(stale?.message).toBe('graph.old: stale\nThe config changed since the approval; approve again (`/omnigraph approve <resource>` on the PR, or `omnigraph-cluster approve <resource> --config <dir>`).');
  });

  it('caps each severity and counts the rest in one notice', () => {
    const many = [
      ...Array.from({ length: 14 }, (_, i) => error('query_parse_error', `graphs.g.queries.q${i}`, 'bad')),
      ...Array.from({ length: 12 }, (_, i) => warning('query_typecheck_skipped', `graphs.g.queries.w${i}`, 'skipped')),
    ];
    const out = toAnnotations(many);
    expect(out.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(out.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(out.at(-1)).toEqual({
      level: 'notice',
      title: 'omnigraph-cluster: more diagnostics',
      message: '4 more error(s) and 2 more warning(s) are not annotated; see the job summary for all of them.',
    });
  });
});
