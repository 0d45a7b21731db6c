import { describe, expect, it } from '@jest/globals';
import { line, table, details, codeBlock, type Doc, type Level } from '../../../src/render/markup/blocks.js';
import { fitComment, fitSummary } from '../../../src/render/markup/fit.js';

/** A document whose sections say which level they were rendered at, sized by level. */
function ladderDoc(rows: number): Doc {
  const big: Record<Level, number> = { full: 4000, collapsed: 3000, 'no-steps': 2000, list: 0, headline: 0 };
  return {
    marker: '<!-- m -->',
    rest: 'REST',
    minimal: 'MINIMAL',
    sections: [
      { essential: true, render: () => [line('HEADLINE')] },
      {
        essential: false,
        render: (level) => [
          line(`LEVEL ${level}`),
          ...(big[level] > 0 ? [details('d', [codeBlock('x'.repeat(big[level]))])] : []),
          table(['a'], Array.from({ length: rows }, (_, i) => [`row ${i}`]), 'rows'),
        ],
      },
    ],
  };
}

describe('fitComment size ladder', () => {
  it('walks full → collapsed → no-steps → list (row cap) → headline', () => {
    const doc = ladderDoc(100);
    expect(fitComment(doc, 100_000)).toContain('LEVEL full');
    expect(fitComment(doc, 100_000)).not.toContain('REST');
    expect(fitComment(doc, 4_600)).toContain('LEVEL collapsed');
    expect(fitComment(doc, 3_600)).toContain('LEVEL no-steps');
    const list = fitComment(doc, 1_000);
    expect(list).toContain('LEVEL list');
    expect(list).toMatch(/…and \d+ more rows not shown/);
    expect(list).toContain('REST');
    const headline = fitComment(doc, 60);
    expect(headline).toBe('<!-- m -->\n\nHEADLINE\n\nREST\n');
  });

  it('falls back to the verdict line, then to nothing, rather than exceed the budget', () => {
    const doc: Doc = { marker: '<!-- m -->', rest: 'REST', minimal: 'MIN', sections: [{ essential: true, render: () => [line('H'.repeat(500))] }] };
    expect(fitComment(doc, 30)).toBe('<!-- m -->\n\nMIN\n\nREST\n');
    expect(fitComment(doc, 5)).toBe('');
  });

  it('never splits a details block or a fence', () => {
    const doc = ladderDoc(5000);
    for (const budget of [500, 2_000, 7_000, 20_000, 60_000]) {
      const body = fitComment(doc, budget);
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(budget);
      expect(body.split('<details>').length).toBe(body.split('</details>').length);
      expect((body.match(/^```/gm) ?? []).length % 2).toBe(0);
    }
  });

  it('caps budgets at the hard maxima', () => {
    const doc = ladderDoc(20_000);
    expect(Buffer.byteLength(fitComment(doc, 1e9))).toBeLessThanOrEqual(65_536);
    expect(Buffer.byteLength(fitSummary(doc, 1e9))).toBeLessThanOrEqual(1_048_576);
  });
});
