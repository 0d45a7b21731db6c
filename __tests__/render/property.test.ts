import { describe, expect, it } from '@jest/globals';
import { error, warning, type Diagnostic } from '../../src/engine/diagnostics/index.js';
import type { ApplyOutput, PlanChange, PlanOutput } from '../../src/engine/model/outputs.js';
import type { MigrationStep } from '../../src/engine/ports/graph-engine.js';
import { parseMarker, renderComment, renderSummary } from '../../src/render/index.js';
import { apply, obs, plan } from './fixtures.js';

/** mulberry32: a tiny seeded PRNG, so every failure reproduces from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  '```',
  '````` ``',
  '</details>',
  '<details open><summary>x</summary>',
  '@octocat',
  '@acme/security-team',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '| a | b |',
  '-->',
  '<!--',
  '[click](javascript:alert(1))',
  'https://evil.example/x',
  'www.evil.example',
  '#123',
  '\n\n# heading\n\n',
  '\r\n---\r\n',
  '\u202Eevil\u202C',
  '\u0000\u0007',
  '*bold* _it_ ~~s~~ \\',
  '&amp; &lt;',
  '😀'.repeat(3000),
  'e\u0301'.repeat(2000),
  '名前'.repeat(1500),
  'plain',
  'knowledge',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function hostile(r: () => number): string {
  const n = 1 + Math.floor(r() * 3);
  return Array.from({ length: n }, () => pick(r, HOSTILE)).join(r() < 0.5 ? '' : ' ');
}

function step(r: () => number): MigrationStep {
  const name = hostile(r);
  switch (Math.floor(r() * 5)) {
    case 0:
      return { kind: 'add_type', type_kind: 'node', name };
    case 1:
      return { kind: 'drop_property', type_kind: 'node', type_name: name, property_name: hostile(r), mode: 'soft' };
    case 2:
      return { kind: 'unsupported_change', entity: `node:${name}`, reason: hostile(r), code: 'OG-MF-106' };
    case 3:
      return { kind: 'add_constraint', type_kind: 'edge', type_name: name, constraint: { Check: { property: hostile(r), pattern: hostile(r) } } };
    default:
      return { kind: 'update_type_metadata', type_kind: 'node', name, annotations: [{ name: hostile(r), value: hostile(r) }] };
  }
}

function change(r: () => number, i: number): PlanChange {
  const kind = pick(r, ['graph', 'schema', 'query', 'policy', 'provider.embedding']);
  const resource = `${kind}.${i}${r() < 0.3 ? hostile(r) : ''}`;
  const operation = pick(r, ['create', 'update', 'delete'] as const);
  const disposition = pick(r, ['applied', 'derived', 'deferred', 'blocked'] as const);
  const base: PlanChange = {
    resource,
    operation,
    before_digest: operation === 'create' ? undefined : 'a'.repeat(64),
    after_digest: operation === 'delete' ? undefined : 'b'.repeat(64),
    disposition,
    reason: disposition === 'blocked' ? pick(r, ['approval_required', 'dependency_not_applied', 'cluster_recovery_pending'] as const) : undefined,
  };
  if (kind === 'schema' && operation === 'update' && r() < 0.5) {
    return { ...base, migration: { supported: r() < 0.7, steps: Array.from({ length: Math.floor(r() * 6) }, () => step(r)) } };
  }
  return base;
}

function diagnostics(r: () => number, n: number): Diagnostic[] {
  return Array.from({ length: n }, (_, i) =>
    r() < 0.3 ? error('schema_apply_failed', `schema.${i}${hostile(r)}`, hostile(r)) : warning('schema_preview_unavailable', `schema.${hostile(r)}`, hostile(r)),
  );
}

function randomPlan(r: () => number, n: number): PlanOutput {
  const changes = Array.from({ length: n }, (_, i) => change(r, i));
  return plan(changes, {
    ok: r() < 0.8,
    blast_radius: changes.slice(0, Math.min(n, 500)).map((c) => ({ resource: c.resource, affected: [hostile(r), hostile(r)] })),
    approvals_required: changes
      .filter((c) => c.operation === 'delete')
      .slice(0, 50)
      .map((c) => ({ resource: c.resource, reason: hostile(r), satisfied: r() < 0.5 })),
    diagnostics: diagnostics(r, Math.floor(r() * 40)),
    state_observations: obs(r() < 0.2 ? { locked: true, lock_id: hostile(r), lock_operation: hostile(r), lock_acquired: false } : {}),
  });
}

const ALLOWED_TAG = /^<(\/?(details|summary|code|sub)|details open|br|wbr)>/;

/** Checks the structural promises on a rendered body; returns the first violation or null. */
function violation(body: string): string | null {
  const lines = body.split('\n');
  let fence: string | null = null;
  let opens = 0;
  let closes = 0;
  for (const [i, text] of lines.entries()) {
    if (fence !== null) {
      if (text === fence) fence = null;
      continue;
    }
    const open = /^(`{3,})[A-Za-z0-9_+-]*$/.exec(text);
    if (open) {
      fence = open[1] as string;
      continue;
    }
    if (i === 0 && text.startsWith('<!-- omnigraph-cluster:v1 ')) {
      if (text.indexOf('-->') !== text.length - 3) return 'marker closes early';
      continue;
    }
    if (/@[A-Za-z0-9]/.test(text)) return `live mention on line ${i + 1}`;
    const url = /https?:\/\/(?!github\.com\/acme)/i.exec(text);
    if (url) return `live URL on line ${i + 1}: ${text.slice(Math.max(0, url.index - 60), url.index + 40)}`;
    for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
      const tag = ALLOWED_TAG.exec(text.slice(at));
      if (!tag) return `raw "<" on line ${i + 1}: ${text.slice(at, at + 40)}`;
      if (tag[0].startsWith('<details')) opens++;
      if (tag[0] === '</details>') closes++;
    }
  }
  if (fence !== null) return 'unclosed fence';
  if (opens !== closes) return `details ${opens} opened, ${closes} closed`;
  return null;
}

describe('renderer properties (seeded)', () => {
  const sizes = [0, 1, 3, 10, 50, 200, 1000, 5000];
  it.each(Array.from({ length: 24 }, (_, i) => i + 1))('seed %i: within budget, balanced, escaped, headline kept', (seed) => {
    const r = rng(seed);
    const n = pick(r, sizes);
    const out = randomPlan(r, n);
    const budget = 2_000 + Math.floor(r() * 64_000);
    const ctx = { configDir: `clusters/${hostile(r)}`.slice(0, 300), label: hostile(r).slice(0, 100), budgetBytes: budget, runUrl: 'https://github.com/acme/x/actions/runs/1' };
    const body = renderComment('plan', out, ctx);
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(budget);
    expect(violation(body)).toBeNull();
    expect(body).toMatch(/^### .+$/m);
    const marker = parseMarker(body);
    expect(marker).toEqual({ config_dir: ctx.configDir, label: ctx.label, fingerprint: expect.any(String), kind: 'plan' });
  });

  it('20,000 changes: comment fits 60,000 bytes by default and the summary fits 1 MiB', () => {
    const r = rng(20_000);
    const out = randomPlan(r, 20_000);
    const ctx = { configDir: 'clusters/big', label: '@everyone </details>' };
    const body = renderComment('plan', out, ctx);
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(60_000);
    expect(violation(body)).toBeNull();
    expect(body).toContain('### ');
    expect(body).toMatch(/more changes not shown|left out to fit/);
    const summary = renderSummary('plan', out, ctx);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(1_000_000);
    expect(violation(summary)).toBeNull();
  });

  it('a budget above the hard maximum is clamped to 65,536 bytes', () => {
    const out = randomPlan(rng(7), 5_000);
    const body = renderComment('plan', out, { configDir: 'c', label: '', budgetBytes: 10_000_000 });
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(65_536);
  });

  it('apply comments keep the same promises', () => {
    for (let seed = 100; seed < 110; seed++) {
      const r = rng(seed);
      const p = randomPlan(r, pick(r, [0, 5, 3000]));
      const out: ApplyOutput = apply([...p.changes], { ok: p.ok, diagnostics: p.diagnostics, state_observations: p.state_observations });
      const budget = 3_000 + Math.floor(r() * 50_000);
      const body = renderComment('apply', out, { configDir: 'c', label: hostile(r).slice(0, 50), budgetBytes: budget });
      expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(budget);
      expect(violation(body)).toBeNull();
      expect(body).toMatch(/^### .+$/m);
    }
  });
});
