// `npm run bench`: times the control plane on synthetic clusters (1k and 10k resources) and the
// language front ends on large inputs, printing wall time and peak RSS. Not a test: it asserts
// nothing, it measures. Uses the committed CLI bundle (run `npm run build` first after edits).
import { spawnSync, execFileSync } from 'node:child_process';
import { rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateCluster } from './bench-gen.mjs';

const root = join('.tmp', 'bench');
const cli = join('dist', 'cli', 'index.js');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);

function timed(args) {
  const t = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', './scripts/bench-rss.mjs', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = Number(/BENCH_PEAK_RSS_KB (\d+)/.exec(child.stderr)?.[1] ?? 0);
  return { ms, rssMb: rss / 1024, code: child.status };
}

const run = (args) => timed([cli, ...args]);
/** Median of three runs of the read+hash floor, as its own process (startup included, like the CLI). */
function baseline(dir) {
  const times = [0, 1, 2].map(() => timed(['scripts/bench-baseline.mjs', dir]));
  times.sort((a, b) => a.ms - b.ms);
  return times[1];
}

const rows = [];
const row = (size, step, r, extra = '') => rows.push({ size, step, ms: r.ms.toFixed(0), rss: r.rssMb.toFixed(0), extra });

for (const size of sizes) {
  const dir = join(root, `cluster-${size}`);
  const { resources, graphs } = generateCluster(dir, size);
  const floor = baseline(dir);
  const base = floor.ms;
  row(size, `read+hash all files in a fresh process (${resources} resources, ${graphs} graphs)`, floor, 'baseline');
  row(size, 'validate', run(['validate', '--config', dir, '--json']));
  const plan = run(['plan', '--config', dir, '--json']);
  row(size, 'plan (no state: every resource a create)', plan, `${(plan.ms / base).toFixed(1)}× baseline`);
  row(size, 'import', run(['import', '--config', dir, '--json']));
  row(size, 'apply (creates every graph)', run(['apply', '--config', dir, '--json']));
  const replan = run(['plan', '--config', dir, '--json']);
  row(size, 'plan (converged: no changes)', replan, `${(replan.ms / base).toFixed(1)}× baseline`);
  row(size, 'apply (no-op)', run(['apply', '--config', dir, '--json']));
  row(size, 'plan --format markdown', run(['plan', '--config', dir, '--format', 'markdown']));
}

// Language front ends and the renderer, in-process (bundled once into .tmp).
const langOut = join('.tmp', 'bench-lang');
rmSync(langOut, { recursive: true, force: true });
mkdirSync(langOut, { recursive: true });
execFileSync(join('node_modules', '.bin', 'ncc'), ['build', 'scripts/bench-lang.ts', '-o', langOut, '-q'], { stdio: 'inherit' });
const lang = spawnSync(process.execPath, ['--expose-gc', join(langOut, 'index.js')], { encoding: 'utf8' });
process.stdout.write(lang.stdout);
if (lang.status !== 0) process.stderr.write(lang.stderr);

console.log('\ncontrol plane (wall time per CLI run, peak RSS of that process)');
console.log('| resources | step | ms | peak RSS MB | note |\n|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.size} | ${r.step} | ${r.ms} | ${r.rss} | ${r.extra} |`);
