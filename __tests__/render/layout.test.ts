import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commentPage, gfmToHtml } from '../support/gfm-html.js';

/**
 * The golden PR comments as a reviewer sees them: rendered to HTML (support/gfm-html.ts, GitHub's
 * width rules) in headless Chromium at 1000 px, where nothing may scroll sideways and the
 * headline and counts must be visible without scrolling. Debian's `chromium` (installed by
 * .ci/run) is driven by playwright-core from a child process; without it the suite is skipped
 * and says why.
 */
const CHROMIUM = '/usr/bin/chromium';
const GOLDEN = join('__tests__', 'render', 'golden');
const WIDTH = 1000;
/** A laptop screen's visible page height under GitHub's header and the PR title. */
const FOLD = 700;

const COMMENTS = ['pr-plan-body', 'pr-plan-28', 'pr-plan-401', 'pr-plan-invalid-config', 'pr-plan-tight-budget', 'pr-plan-no-ledger', 'pr-applied-body', 'plan-hostile', 'plan-schema-migration', 'plan-lock-held'];

const present = existsSync(CHROMIUM);
if (!present) console.warn(`comment layout test skipped: ${CHROMIUM} is missing (apt-get install chromium, as .ci/run does)`);

interface Layout {
  readonly pageWidth: number;
  readonly viewWidth: number;
  readonly scrolling: string[];
  readonly headline: { readonly text: string; readonly bottom: number } | null;
  readonly counts: { readonly text: string; readonly bottom: number } | null;
}

/**
 * Runs in the page (plain JavaScript: this project compiles without the DOM types). With `open`,
 * every <details> is opened first, as a reviewer unfolding the change table would.
 */
const MEASURE = `(open) => {
  if (open) for (const d of document.querySelectorAll('details')) d.open = true;
  // Tables always; code blocks only folded (raw step JSON is one step per line by design).
  const selector = open ? 'table' : 'table, pre';
  const scrolling = Array.from(document.querySelectorAll(selector))
    .filter((e) => e.closest('details:not([open])') === null && e.scrollWidth > e.clientWidth + 1)
    .map((e) => e.tagName + ' ' + e.scrollWidth + '>' + e.clientWidth + ': ' + (e.textContent || '').slice(0, 80));
  const h3 = document.querySelector('h3');
  // The counts: the first paragraph after the headline that counts errors.
  const counts = Array.from(document.querySelectorAll('h3 ~ p')).find((p) => /\\d+ errors?,/.test(p.textContent || '')) || null;
  const box = (e) => (e === null ? null : { text: (e.textContent || '').slice(0, 120), bottom: e.getBoundingClientRect().bottom });
  return { pageWidth: document.documentElement.scrollWidth, viewWidth: document.documentElement.clientWidth, scrolling, headline: box(h3), counts: box(counts) };
}`;

/** Folded and expanded measurements of each page, taken by a child process (support/measure-layout.mjs). */
function measureAll(pages: Readonly<Record<string, string>>): Record<string, { folded: Layout; expanded: Layout }> {
  const dir = mkdtempSync(join(tmpdir(), 'comment-layout-'));
  try {
    const files = Object.entries(pages).map(([name, html]) => {
      const file = join(dir, `${name}.html`);
      writeFileSync(file, html);
      return [name, file] as const;
    });
    const child = spawnSync(process.execPath, [join('__tests__', 'support', 'measure-layout.mjs'), CHROMIUM, String(WIDTH), String(FOLD), MEASURE, ...files.map(([, f]) => f)], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (child.status !== 0) throw new Error(`measure-layout failed: ${child.stderr}`);
    const byFile = JSON.parse(child.stdout) as Record<string, { folded: Layout; expanded: Layout }>;
    return Object.fromEntries(files.map(([name, file]) => [name, byFile[file]!]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const WIDE = `### Plan\n\n1 error, 0 warnings\n\n| a | b |\n| --- | --- |\n| \`${'x'.repeat(400)}\` | y |\n`;

(present ? describe : describe.skip)('PR comment layout in Chromium at 1000 px', () => {
  let measured: Record<string, { folded: Layout; expanded: Layout }>;
  beforeAll(() => {
    const pages: Record<string, string> = { 'wide-table': commentPage(WIDE) };
    for (const name of COMMENTS) pages[name] = commentPage(readFileSync(join(GOLDEN, `${name}.md`), 'utf8'), name);
    measured = measureAll(pages);
  }, 180_000);

  it.each(COMMENTS)('%s: no sideways scrolling, headline and counts above the fold', (name) => {
    const { folded, expanded } = measured[name]!;
    expect(folded.pageWidth).toBeLessThanOrEqual(folded.viewWidth);
    expect(folded.scrolling).toEqual([]);
    expect(folded.headline?.text).toMatch(/Plan|Invalid config|No state yet|Applied|state locked/);
    expect(folded.headline!.bottom).toBeLessThanOrEqual(FOLD);
    expect(folded.counts).not.toBeNull();
    expect(folded.counts!.bottom).toBeLessThanOrEqual(FOLD);
    expect(expanded.pageWidth).toBeLessThanOrEqual(expanded.viewWidth);
    expect(expanded.scrolling).toEqual([]);
  });

  it('notices a table that does scroll sideways (the check can fail)', () => {
    expect(measured['wide-table']!.folded.scrolling).toHaveLength(1);
  });
});

describe('the GFM subset renderer', () => {
  it('renders the constructs our comments use', () => {
    const html = gfmToHtml(
      [
        '<!-- hidden -->',
        '### ⛔ Plan',
        '',
        '> ⚠️ **Destructive**: x',
        '>',
        '> - deletes <code>graph.a\\_b</code>',
        '',
        '```text',
        '/omnigraph approve graph.a <b>',
        '```',
        '',
        '<details><summary>2 changes</summary>',
        '',
        '| Resource | Note |',
        '| --- | --- |',
        '| <code>a&#124;b</code> | _why_ [run](https://x.example/1) |',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(html).not.toContain('hidden');
    expect(html).toContain('<h3>⛔ Plan</h3>');
    expect(html).toContain('<blockquote><p>⚠️ <strong>Destructive</strong>: x</p>\n<ul><li>deletes <code>graph.a_b</code></li></ul></blockquote>');
    expect(html).toContain('<pre lang="text"><code>/omnigraph approve graph.a &lt;b&gt;</code></pre>');
    expect(html).toContain('<details><summary>2 changes</summary>');
    expect(html).toContain('<td><code>a&#124;b</code></td><td><em>why</em> <a href="https://x.example/1">run</a></td>');
    expect(gfmToHtml('a <script> b')).toBe('<p>a &lt;script&gt; b</p>');
  });
});
