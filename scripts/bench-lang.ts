// In-process micro-benchmarks for `npm run bench`: parsing large schemas and query sets (twice
// the input should take about twice the time), and rendering a 10,000-change plan comment.
import { compileSchema } from '../src/lang/schema/index.js';
import { parseQueryFile } from '../src/lang/query/index.js';
import { renderComment } from '../src/render/index.js';
import type { PlanOutput } from '../src/engine/model/outputs.js';

function time<T>(fn: () => T): { ms: number; value: T } {
  const t = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, value };
}

function schemaOf(types: number): string {
  const out: string[] = [];
  for (let i = 0; i < types; i++) {
    if (i % 2 === 0) out.push(`node T${i} @description("type ${i}") {\n  name: String @key\n  n${i}: I64?\n  tags: [String]?\n}`);
    else out.push(`edge E${i}: T${i - 1} -> T${i - 1} {\n  since: Date?\n}`);
  }
  return out.join('\n\n');
}

function queriesOf(count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`query q${i}($name: String) {\n  match { $p: T0 { name: $name } }\n  return { $p.name, $p.n0 }\n}`);
  return out.join('\n');
}

console.log('language front ends (in-process)');
console.log('| input | ms | ok |\n|---|---|---|');
for (const types of [5000, 10000]) {
  const source = schemaOf(types);
  const r = time(() => compileSchema(source));
  console.log(`| schema with ${types} types (${(source.length / 1e6).toFixed(1)} MB) | ${r.ms.toFixed(0)} | ${r.value.ok} |`);
}
for (const count of [10000, 20000]) {
  const source = queriesOf(count);
  const r = time(() => parseQueryFile(source));
  console.log(`| ${count} queries (${(source.length / 1e6).toFixed(1)} MB) | ${r.ms.toFixed(0)} | ${r.value.ok} |`);
}

const changes = Array.from({ length: 10000 }, (_, i) => ({
  resource: `query.g${i % 500}.q${i}`,
  operation: 'create' as const,
  after_digest: 'a'.repeat(64),
  disposition: 'applied' as const,
}));
const plan = {
  ok: true,
  config_dir: 'bench',
  desired_revision: { config_digest: 'b'.repeat(64) },
  resource_digests: {},
  dependencies: [],
  state_observations: {
    state_path: 'bench/__cluster/state.json',
    lock_path: 'bench/__cluster/lock.json',
    state_found: false,
    state_revision: 0,
    resource_count: 0,
    locked: false,
    lock_acquired: true,
  },
  changes,
  blast_radius: [],
  approvals_required: [],
  diagnostics: [],
} as unknown as PlanOutput;
const rendered = time(() => renderComment('plan', plan, { configDir: 'bench', label: '' }));
console.log(`| render a 10,000-change plan comment | ${rendered.ms.toFixed(0)} | ${Buffer.byteLength(rendered.value)} bytes |`);
