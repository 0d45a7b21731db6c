import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { indexCommentBody, parseIndexMarker, parseMarker, type ClusterHeadline } from '../../src/render/index.js';

/** The index comment a PR gets when it affects several clusters (docs/action.md#many-clusters). */
const GOLDEN = join('__tests__', 'render', 'golden', 'pr-index-body.md');

const cluster = (configDir: string, extra: Partial<ClusterHeadline> = {}): ClusterHeadline => ({
  configDir,
  label: configDir,
  planned: true,
  toCreate: 0,
  toUpdate: 0,
  toDelete: 0,
  blocked: 0,
  approvalsPending: 0,
  failure: null,
  commentUrl: `https://github.com/acme/infra/pull/7#issuecomment-${configDir.length}`,
  ...extra,
});

describe('index comment', () => {
  const body = indexCommentBody({
    marker: { key: 'clusters/*' },
    clusters: [
      cluster('clusters/east', { label: 'east', toCreate: 2, toUpdate: 1 }),
      cluster('clusters/west', { toDelete: 1, blocked: 1, approvalsPending: 1, failure: 'the apply after merge would stop at 1 unapproved change' }),
      cluster('clusters/north', { planned: false, failure: 'config_invalid: graphs.x.schema is missing', commentUrl: null }),
    ],
    untouched: 4,
    allPlanned: false,
    maxBytes: 60_000,
  });

  it('lists each cluster headline, links its comment, and says what was left alone', () => {
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(join('__tests__', 'render', 'golden'), { recursive: true });
      writeFileSync(GOLDEN, body);
    }
    expect(existsSync(GOLDEN)).toBe(true);
    expect(body).toBe(readFileSync(GOLDEN, 'utf8'));
    expect(body).toContain('[plan](https://github.com/acme/infra/pull/7#issuecomment-13)');
    expect(body).toContain('❌ 2 of 3 would not apply cleanly');
    expect(body).toContain('4 other clusters this pull request does not touch were not planned.');
  });

  it('carries its own marker, never mistaken for a cluster sticky marker', () => {
    expect(parseIndexMarker(body)).toEqual({ key: 'clusters/*' });
    expect(parseMarker(body)).toBeNull();
    expect(parseIndexMarker('<!-- omnigraph-cluster:v1 {"config_dir":".","label":"","fingerprint":null,"kind":"plan"} -->')).toBeNull();
  });

  it('escapes every value from outside: labels, directories, failures and links', () => {
    const hostile = indexCommentBody({
      marker: { key: '--> <b>' },
      clusters: [
        cluster('a|b', { label: '</details> @team #12 | x', failure: '<img src=x> `code` | cell' }),
        cluster('c', { commentUrl: 'javascript:alert(1)' }),
      ],
      untouched: 0,
      allPlanned: true,
      maxBytes: 60_000,
    });
    expect(hostile).not.toMatch(/<\/details>|<img|<b>|@team|javascript:alert/);
    expect(hostile.split('\n').filter((l) => l.startsWith('| ')).every((l) => l.split(/(?<!\\)\|/).length === 8)).toBe(true);
    expect(parseIndexMarker(hostile)).toEqual({ key: '--> <b>' });
    expect(hostile).toContain('more files than GitHub lists (3000), so every cluster was planned');
    const all = indexCommentBody({ marker: { key: 'k' }, clusters: [cluster('a'), cluster('b')], untouched: 0, allPlanned: false, maxBytes: 60_000 });
    expect(all).toContain('The pull request affects every cluster of this step.');
  });

  it('stays within the byte budget with hundreds of clusters, counting the rows left out', () => {
    const many = Array.from({ length: 400 }, (_, i) => cluster(`clusters/c${String(i).padStart(3, '0')}`, { toCreate: i }));
    const fitted = indexCommentBody({ marker: { key: 'k' }, clusters: many, untouched: 0, allPlanned: false, maxBytes: 4_000 });
    expect(Buffer.byteLength(fitted, 'utf8')).toBeLessThanOrEqual(4_000);
    const shown = fitted.split('\n').filter((l) => l.startsWith('| <code>')).length;
    expect(shown).toBeGreaterThan(5);
    expect(fitted).toContain(`…and ${400 - shown} more clusters: see the job summary.`);
  });
});
