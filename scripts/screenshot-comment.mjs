// Renders the 28-change golden PR comment (__tests__/render/golden/pr-plan-28.md) the way the
// layout test does (__tests__/support/gfm-html.ts, GitHub's width rules) and saves a screenshot
// for the README: docs/images/pr-comment.png. Needs Debian's chromium (/usr/bin/chromium, or
// CHROMIUM=path). Usage: node scripts/screenshot-comment.mjs [golden-name] [out.png]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

register('../__tests__/support/ts-hooks.mjs', import.meta.url);
const { commentPage } = await import(pathToFileURL(join('__tests__', 'support', 'gfm-html.ts')).href);

const name = process.argv[2] ?? 'pr-plan-28';
const out = process.argv[3] ?? join('docs', 'images', 'pr-comment.png');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`no browser at ${executablePath}: install Debian's chromium or set CHROMIUM`);
  process.exit(1);
}
const markdown = readFileSync(join('__tests__', 'render', 'golden', `${name}.md`), 'utf8');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 1 });
  await page.setContent(commentPage(markdown, name));
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
