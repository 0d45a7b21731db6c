import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DIAGNOSTIC_CODES } from '../../src/engine/diagnostics/codes.js';

/**
 * Comments cite the contract as `docs/<page>.md#<anchor>`, and docs pages link each other with
 * relative links; both must land on a page and a heading that exist, or the citation is a
 * promise nobody can check. Citations of documents outside the repository (the old section-sign form)
 * are refused outright.
 */

const ROOT = process.cwd();
const SECTION_SIGN = String.fromCharCode(0xa7);
/** Documents that live outside this repository (the project's original spec and notes). */
const OUTSIDE_DOCS = /(?<![\w/-])(?:spec\/[\w.-]+|cluster\.md|engine\.md|style\.md|toolchain\.md|action-anchors\.md)/;
/** The one-off migration that rewrites old citations necessarily spells them. */
const MAY_CITE_OLD = new Set(['scripts/dev/cite-docs.mjs']);

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|mjs|js|md)$/.test(name)) out.push(path.relative(ROOT, full).split(path.sep).join('/'));
  }
  return out;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m?.[1]) continue;
    const text = m[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

const anchorCache = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  let anchors = anchorCache.get(file);
  if (!anchors) {
    anchors = headingAnchors(readFileSync(path.join(ROOT, file), 'utf8'));
    anchorCache.set(file, anchors);
  }
  return anchors;
}

/** Why `page#anchor` (a repository-relative page) does not resolve, or null when it does. */
function unresolved(page: string, anchor: string | undefined): string | null {
  if (!existsSync(path.join(ROOT, page))) return `no such page ${page}`;
  if (anchor !== undefined && !anchorsOf(page).has(anchor)) return `no heading #${anchor} in ${page}`;
  return null;
}

const SOURCES = [...walk('src'), ...walk('__tests__'), ...walk('scripts'), 'jest.config.js', 'eslint.config.js'].filter((f) =>
  existsSync(path.join(ROOT, f)),
);
const DOCS = [...walk('docs'), 'README.md'];

describe('citations of the contract (docs/README.md#the-contract)', () => {
  it('every docs/…md#anchor cited in src/, __tests__/ and scripts/ names a page and heading that exist', () => {
    const broken: string[] = [];
    let cited = 0;
    for (const file of SOURCES) {
      readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const m of line.matchAll(/\bdocs\/[\w./-]+?\.md(?:#([a-z0-9_-]+))?/g)) {
            cited += 1;
            const why = unresolved(m[0].split('#')[0] ?? m[0], m[1]);
            if (why) broken.push(`${file}:${i + 1}: ${m[0]} (${why})`);
          }
        });
    }
    expect(broken).toEqual([]);
    expect(cited).toBeGreaterThan(100);
  });

  it('no comment cites a section of a document outside the repository', () => {
    const old: string[] = [];
    for (const file of SOURCES) {
      if (MAY_CITE_OLD.has(file)) continue;
      readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.includes(SECTION_SIGN) || OUTSIDE_DOCS.test(line)) old.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(old).toEqual([]);
  });

  it('relative links between the docs pages land on existing pages and headings', () => {
    const broken: string[] = [];
    for (const file of DOCS) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const link = m[1] ?? '';
        if (/^[a-z]+:/.test(link)) continue;
        const [target = '', anchor] = link.split('#');
        const page = target === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
        if (page.endsWith('/') || (existsSync(path.join(ROOT, page)) && statSync(path.join(ROOT, page)).isDirectory())) {
          if (!existsSync(path.join(ROOT, page))) broken.push(`${file}: ${link} (no such directory)`);
          continue;
        }
        const why = unresolved(page, anchor);
        if (why) broken.push(`${file}: ${link} (${why})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('repository paths the docs name in backticks exist', () => {
    const missing: string[] = [];
    for (const file of DOCS) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/`((?:src|__tests__|scripts)\/[\w./-]*)`/g)) {
        const named = m[1] ?? '';
        if (!existsSync(path.join(ROOT, named))) missing.push(`${file}: ${named}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the diagnostic catalogue page lists every code the program can emit', () => {
    const page = readFileSync(path.join(ROOT, 'docs/contract/diagnostics.md'), 'utf8');
    const missing = Object.keys(DIAGNOSTIC_CODES).filter((code) => !page.includes(`| \`${code}\``));
    expect(missing).toEqual([]);
  });
});

describe('headingAnchors', () => {
  it('follows GitHub: punctuation dropped, case folded, repeats numbered, fences skipped', () => {
    const anchors = headingAnchors('# A `cluster.yaml` key!\n## Refresh and import\n```\n# not a heading\n```\n## Refresh and import\n');
    expect([...anchors]).toEqual(['a-clusteryaml-key', 'refresh-and-import', 'refresh-and-import-1']);
  });
});
