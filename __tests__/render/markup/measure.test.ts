import { describe, expect, it } from '@jest/globals';
import { formatMarker } from '../../../src/render/index.js';
import { planDoc } from '../../../src/render/markdown/plan-comment.js';
import { DocRenderer, LEVELS, codeBlock, details, lazyRows, line, table, type Doc, type Level, type RenderLimits } from '../../../src/render/markup/blocks.js';
import { fitRenderer, fitWith, type Fitted, type Measurer } from '../../../src/render/markup/fit.js';
import { ADD_BIO, CTX, DROP_AGE, create, plan, remove, update } from '../fixtures.js';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** The size search as it was before sizes were measured: every candidate rendered and counted. */
function byRendering(renderer: DocRenderer): Measurer {
  return { measure: (level, limits, withRest) => bytes(renderer.render(level, limits, withRest)), maxTableRows: (level) => renderer.maxTableRows(level) };
}

/** A plan of `n` changes spread over `graphs` graphs (above 15 the list folds into per-graph tables). */
function bigPlanDoc(n: number, graphs: number): Doc {
  const changes = Array.from({ length: n }, (_, i) =>
    i % 7 === 0 ? update(`schema.g${i % graphs}`, { migration: { supported: true, steps: [ADD_BIO, DROP_AGE] } }) : create(`query.g${i % graphs}.q${i}_名前`),
  );
  changes.push(remove('policy.legacy', { disposition: 'blocked', reason: 'approval_required' }));
  const out = plan(changes, { approvals_required: [{ resource: 'policy.legacy', reason: 'delete', satisfied: false }] });
  return planDoc(out, CTX, formatMarker({ config_dir: CTX.configDir, label: '', fingerprint: 'f'.repeat(64), kind: 'plan' }));
}

/** Every block kind, nested details, an empty table, a table whose note outweighs a row, no marker. */
function mixedDoc(rows: number): Doc {
  return {
    rest: 'REST ✂️',
    sections: [
      { essential: true, render: () => [line('### ✅ HEAD'), line('counts')] },
      { essential: false, render: () => [] },
      {
        essential: false,
        render: (level: Level) => [
          table(['a', 'b'], [], 'nothing'),
          details('outer', [line(`at ${level}`), details('inner', [codeBlock('```\nfenced', 'json')], true)]),
          table(['x'], Array.from({ length: rows }, (_, i) => [i % 3 === 0 ? '' : `r${i}`]), 'very long nouns that outweigh a row'),
        ],
      },
      { essential: true, render: () => [line('<sub>footer</sub>')] },
    ],
  };
}

describe('DocRenderer.measure', () => {
  const docs: [string, Doc][] = [
    ['mixed', mixedDoc(23)],
    ['plan with 40 changes in 3 graphs (folded per-graph tables)', bigPlanDoc(40, 3)],
    ['plan with 12 changes (one table)', bigPlanDoc(12, 2)],
  ];

  it.each(docs)('%s: equals the rendered size at every level, row cap and rest flag', (_name, doc) => {
    const renderer = new DocRenderer(doc);
    for (const level of LEVELS) {
      const rows = renderer.maxTableRows(level);
      const caps: RenderLimits[] = [{ maxRows: Number.POSITIVE_INFINITY }, ...Array.from({ length: rows + 2 }, (_, maxRows) => ({ maxRows }))];
      for (const limits of caps) {
        for (const withRest of [false, true]) {
          expect(renderer.measure(level, limits, withRest)).toBe(bytes(renderer.render(level, limits, withRest)));
        }
      }
    }
  });

  it.each(docs)('%s: under a cap, is exact up to the cap and above the cap past it', (_name, doc) => {
    const exact = new DocRenderer(doc);
    for (const level of LEVELS) {
      for (const limits of [{ maxRows: Number.POSITIVE_INFINITY }, { maxRows: 3 }]) {
        const size = exact.measure(level, limits, true);
        for (const cap of [0, 1, Math.floor(size / 3), size - 1, size, size + 1]) {
          // A fresh renderer each time, so no size cached by an uncapped measurement helps.
          const capped = new DocRenderer(doc).measure(level, limits, true, cap);
          if (size <= cap) expect(capped).toBe(size);
          else expect(capped).toBeGreaterThan(cap);
        }
      }
    }
  });

  it('renders only the rows a capped measurement reaches, and the same text as eager rows', () => {
    const made: number[] = [];
    const items = Array.from({ length: 5_000 }, (_, i) => i);
    const toCells = (i: number): readonly string[] => {
      made.push(i);
      return [`row ${i}`, 'x'.repeat(20)];
    };
    const doc = (rows: Parameters<typeof table>[1]): Doc => ({ rest: 'rest', sections: [{ essential: false, render: () => [line('# head'), table(['a', 'b'], rows, 'rows')] }] });
    const lazy = new DocRenderer(doc(lazyRows(items, toCells)));
    expect(lazy.measure('full', { maxRows: Number.POSITIVE_INFINITY }, false, 2_000)).toBeGreaterThan(2_000);
    expect(made.length).toBeLessThan(100);
    expect(lazy.render('list', { maxRows: 40 }, true)).toBe(new DocRenderer(doc(items.map((i) => [`row ${i}`, 'x'.repeat(20)]))).render('list', { maxRows: 40 }, true));
    expect(made.length).toBeLessThan(100);
  });

  it('folds more than 15 changes into a table per graph above `list`, and one capped table at `list`', () => {
    const renderer = new DocRenderer(bigPlanDoc(40, 3));
    expect(renderer.render('full')).toMatch(/<details><summary>41 changes in 3 graphs/);
    expect(renderer.render('full').match(/^\*\*Graph /gm)).toHaveLength(3);
    expect(renderer.maxTableRows('full')).toBeLessThan(41);
    expect(renderer.maxTableRows('list')).toBe(41);
    expect(renderer.render('list', { maxRows: 5 }, true)).toContain('_…and 36 more changes not shown._');
  });
});

describe('fitWith (sizes instead of renders)', () => {
  it('picks exactly the rung and row cap the render-every-candidate search picked', () => {
    for (const doc of [mixedDoc(23), mixedDoc(200), bigPlanDoc(40, 3), bigPlanDoc(300, 7)]) {
      const renderer = new DocRenderer(doc);
      const full = renderer.measure('full', { maxRows: Number.POSITIVE_INFINITY }, false);
      for (let budget = 0; budget <= full + 10; budget += Math.max(1, Math.floor(full / 400))) {
        expect(fitWith(renderer, budget)).toEqual(fitWith(byRendering(renderer), budget));
      }
    }
  });

  it('returns null when the budget is smaller than the headline', () => {
    const renderer = new DocRenderer(bigPlanDoc(40, 3));
    const headline = renderer.measure('headline', { maxRows: 0 }, true);
    expect(fitWith(renderer, headline - 1)).toBeNull();
    expect(fitWith(renderer, headline)).toMatchObject({ level: 'headline', bytes: headline });
  });

  it('keeps a row exactly at the budget and drops it one byte below', () => {
    const renderer = new DocRenderer(bigPlanDoc(300, 7));
    const at = (maxRows: number): number => renderer.measure('list', { maxRows }, true);
    // Rows here are longer than the one-digit change in the note, so the size grows with the cap.
    for (const cap of [1, 2, 57, 299]) {
      const exact: Fitted = { level: 'list', limits: { maxRows: cap }, withRest: true, bytes: at(cap) };
      expect(fitWith(renderer, at(cap))).toEqual(exact);
      expect(fitWith(renderer, at(cap) - 1)).toMatchObject({ level: 'list', limits: { maxRows: cap - 1 } });
    }
  });

  it('goes to `list` only when no-steps is over the budget, with the rest note', () => {
    const renderer = new DocRenderer(bigPlanDoc(300, 7));
    const noSteps = renderer.measure('no-steps', { maxRows: Number.POSITIVE_INFINITY }, true);
    expect(fitWith(renderer, noSteps)?.level).toBe('no-steps');
    const fitted = fitWith(renderer, noSteps - 1);
    expect(fitted?.level).toBe('list');
    expect(fitted?.withRest).toBe(true);
    const text = renderer.render('list', fitted?.limits, true);
    expect(bytes(text)).toBe(fitted?.bytes);
    expect(text).toContain('#### Changes (301)');
    expect(text).toContain('left out to fit the size limit');
    expect(text).not.toContain('#### Schema migrations');
  });
});

describe('fitRenderer', () => {
  it('falls back to sizing by rendered text when a measurement is wrong, and still fits', () => {
    const doc = bigPlanDoc(300, 7);
    const honest = new DocRenderer(doc);
    const lying = new DocRenderer(doc);
    lying.measure = (level, limits, withRest) => bytes(lying.render(level, limits, withRest)) - 40;
    for (const budget of [500, 2_000, 9_000, 60_000]) {
      const expected = fitRenderer(doc, honest, budget);
      expect(fitRenderer(doc, lying, budget)).toEqual(expected);
      expect(bytes(expected.text)).toBeLessThanOrEqual(budget);
    }
  });
});
