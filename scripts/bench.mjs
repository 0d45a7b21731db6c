// `npm run bench`: times the control plane on synthetic clusters and the language front ends on
// large inputs. Not a test: it asserts nothing, it measures. The machine may be shared, so every
// command's runs alternate with runs of a floor (a fresh node process that reads and hashes the
// same files, or `node -e 0` for start-up), and each row reports the medians and their ratio.
//   npm run bench -- --sizes 1k,10k   resources per synthetic cluster (default 1k,10k; 100k is slow)
//                    --runs 3         runs per measurement (the median is reported)
//                    --cli PATH       the CLI bundle to time (default dist/cli/index.js; build first)
//                    --no-lang        skip the in-process language/render bench (it needs an ncc build)
//                    --clusters 200   clusters in the synthetic repository timed by `targets` (0 skips it)
import { spawnSync, execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, readdirSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCluster } from './bench-gen.mjs';
import { generateRepository } from './bench-repo.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const parseSize = (s) => Math.round(Number(s.replace(/k$/i, '')) * (/k$/i.test(s) ? 1000 : 1));
const sizes = option('--sizes', process.env.BENCH_SIZES ?? '1k,10k').split(',').map(parseSize);
const runs = Math.max(1, Number(option('--runs', '3')));
const clusterCount = Number(option('--clusters', '200'));
const cli = option('--cli', join('dist', 'cli', 'index.js'));
const root = join('.tmp', 'bench');
// The CLI's validation cache: bench runs never touch the user's own. Cold runs pass --no-cache;
// warm runs read a cache a priming run filled (bundles without the flag get cold rows only).
const cacheDir = join(root, 'validation-cache');
process.env.OMNIGRAPH_CLUSTER_CACHE_DIR = cacheDir;
// The CLI's V8 code cache, also the bench's own, emptied below: the first run of the bench fills
// it, as a user's first run does. Start-up is timed with it off as well.
const codeCacheDir = resolve(root, 'code-cache');
process.env.OMNIGRAPH_CLUSTER_CODE_CACHE = codeCacheDir;
const hasCache = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout.includes('--no-cache');
const cold = hasCache ? ['--no-cache'] : [];

const RSS_PRELOAD = resolve('scripts/bench-rss.mjs');
/** One fresh process: wall time (start-up included) and its peak RSS. */
function once(args, cwd) {
  const t = process.hrtime.bigint();
  // Absolute: runs in the synthetic repository (cwd) need it too, their floor included.
  const preload = args[0] === '--import' ? [] : ['--import', RSS_PRELOAD];
  const child = spawnSync(process.execPath, [...preload, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, cwd });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rssKb = Number(/BENCH_PEAK_RSS_KB (\d+)/.exec(child.stderr)?.[1] ?? 0);
  const cpuMs = Number(/BENCH_CPU_US (\d+)/.exec(child.stderr)?.[1] ?? 0) / 1000;
  return { ms, cpuMs, rssMb: rssKb / 1024, code: child.status };
}

// The previous run's clusters are moved aside now and deleted only after the last measurement.
// On ext4 without a journal, files created within minutes of a large delete are slower: the inode
// allocator skips recently freed inodes. Deleting a 10k cluster here slowed the apply row by a
// third; a rename frees nothing.
const trash = join('.tmp', `bench-trash-${process.pid}`); // same filesystem, so a rename
if (existsSync(root)) {
  mkdirSync(trash, { recursive: true });
  for (const name of readdirSync(root)) renameSync(join(root, name), join(trash, name));
}
rmSync(cacheDir, { recursive: true, force: true });
rmSync(codeCacheDir, { recursive: true, force: true });
const mid = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Median wall and CPU time over `n` runs (the peak RSS is the largest seen). */
function median(args, n = runs, cwd = undefined) {
  const all = Array.from({ length: n }, () => once(args, cwd));
  return { ms: mid(all.map((r) => r.ms)), cpuMs: mid(all.map((r) => r.cpuMs)), rssMb: Math.max(...all.map((r) => r.rssMb)), code: all[0].code };
}

/**
 * `n` runs of `args`, each right after a run of `floorArgs`: the medians of both. This machine's
 * speed drifts from minute to minute, so a floor timed once per size and commands timed minutes
 * later gave ratios that moved with the drift; alternating gives every row a floor of its own
 * minutes.
 */
function paired(args, floorArgs, n = runs, cwd = undefined) {
  const runsOf = [];
  const floorsOf = [];
  for (let i = 0; i < n; i++) {
    floorsOf.push(once(floorArgs, cwd));
    runsOf.push(once(args, cwd));
  }
  const summary = (all) => ({ ms: mid(all.map((r) => r.ms)), cpuMs: mid(all.map((r) => r.cpuMs)), rssMb: Math.max(...all.map((r) => r.rssMb)), code: all[0].code });
  return { run: summary(runsOf), floor: summary(floorsOf) };
}

const rows = [];
const record = (size, command, r, floor) =>
  rows.push({
    size,
    command,
    ms: r.ms,
    cpuMs: r.cpuMs,
    floorMs: floor ? floor.ms : null,
    ratio: floor ? r.ms / floor.ms : null,
    cpuRatio: floor ? r.cpuMs / floor.cpuMs : null,
    rss: r.rssMb,
    code: r.code,
  });
/** Records a paired measurement: the row's ratios are to the floor runs made between its own. */
const recordPaired = (size, command, { run, floor }) => record(size, command, run, floor);
const cmd = (dir, ...rest) => [cli, ...rest, '--config', dir];

// Cold start: a one-graph cluster against `node -e 0`.
const oneDir = join(root, 'one-graph');
generateCluster(oneDir, 20);
const nodeZero = ['-e', '0'];
const startRuns = Math.max(5, runs);
record('1 graph', '`node -e 0`', median(nodeZero, startRuns), null);
const withoutCodeCache = (args, n) => {
  process.env.OMNIGRAPH_CLUSTER_CODE_CACHE = 'off';
  try {
    return paired(args, nodeZero, n);
  } finally {
    process.env.OMNIGRAPH_CLUSTER_CODE_CACHE = codeCacheDir;
  }
};
recordPaired('1 graph', 'validate --json, cold, code cache off', withoutCodeCache(cmd(oneDir, 'validate', '--json', ...cold), startRuns));
once(cmd(oneDir, 'validate', '--json', ...cold));
recordPaired('1 graph', 'validate --json, cold (code cache filled by one earlier run)', paired(cmd(oneDir, 'validate', '--json', ...cold), nodeZero, startRuns));
if (hasCache) {
  once(cmd(oneDir, 'validate', '--json'));
  recordPaired('1 graph', 'validate --json, warm', paired(cmd(oneDir, 'validate', '--json'), nodeZero, startRuns));
}

// Many clusters in one repository (issue 19): discovery and targeting, start-up included. Target: < 2 s.
if (clusterCount > 0) {
  const repo = join(root, `repo-${clusterCount}`);
  const { changedShared, changedOne } = generateRepository(repo, clusterCount);
  const targets = (...rest) => [resolve(cli), 'targets', ...rest];
  const inRepo = (args) => paired(args, nodeZero, Math.max(3, runs), repo);
  const size = `${clusterCount} clusters`;
  recordPaired(size, "targets --config 'clusters/*' --json (discover all)", inRepo(targets('--config', 'clusters/*', '--json')));
  recordPaired(size, 'targets --json (default **/cluster.yaml walk)', inRepo(targets('--json')));
  recordPaired(size, 'targets --changed-files (shared schema: 1 in 3 affected)', inRepo(targets('--config', 'clusters/*', '--changed-files', changedShared, '--json')));
  recordPaired(size, 'targets --changed-files (one query: 1 affected)', inRepo(targets('--config', 'clusters/*', '--changed-files', changedOne, '--json')));
}

const converged = new Map();
for (const size of sizes) {
  const dir = join(root, `cluster-${size}`);
  const { resources, graphs } = generateCluster(dir, size);
  const floorArgs = ['scripts/bench-baseline.mjs', dir];
  const vsFloor = (args, n = runs) => paired(args, floorArgs, n);
  record(resources, `floor: read + sha256 every source file (${graphs} graphs)`, median(floorArgs), null);
  recordPaired(resources, 'validate, cold', vsFloor(cmd(dir, 'validate', '--json', ...cold)));
  recordPaired(resources, 'plan (no state: every resource a create), cold', vsFloor(cmd(dir, 'plan', '--json', ...cold)));
  recordPaired(resources, 'import', vsFloor(cmd(dir, 'import', '--json', ...cold), 1));
  recordPaired(resources, `apply creating ${graphs} graphs (one run), cold`, vsFloor(cmd(dir, 'apply', '--json', ...cold), 1));
  const replan = vsFloor(cmd(dir, 'plan', '--json', ...cold));
  converged.set(resources, replan.run);
  recordPaired(resources, 'plan (converged), cold', replan);
  if (hasCache) {
    once(cmd(dir, 'plan', '--json'));
    recordPaired(resources, 'plan (converged), warm', vsFloor(cmd(dir, 'plan', '--json')));
  }
  recordPaired(resources, 'status', vsFloor(cmd(dir, 'status', '--json')));
  recordPaired(resources, 'apply (no-op), cold', vsFloor(cmd(dir, 'apply', '--json', ...cold)));
  recordPaired(resources, 'plan --format markdown, cold', vsFloor(cmd(dir, 'plan', '--format', 'markdown', ...cold)));
}

if (!argv.includes('--no-lang')) {
  // Language front ends and the renderer, in-process (bundled once into .tmp).
  const langOut = join('.tmp', 'bench-lang');
  rmSync(langOut, { recursive: true, force: true });
  mkdirSync(langOut, { recursive: true });
  execFileSync(join('node_modules', '.bin', 'ncc'), ['build', 'scripts/bench-lang.ts', '-o', langOut, '-q'], { stdio: 'inherit' });
  const lang = spawnSync(process.execPath, ['--expose-gc', join(langOut, 'index.js')], { encoding: 'utf8' });
  process.stdout.write(lang.stdout);
  if (lang.status !== 0) process.stderr.write(lang.stderr);
}

const cpu = cpus();
console.log(
  `\nmachine: ${cpu[0]?.model ?? 'unknown cpu'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ` +
    `load average at end ${loadavg().map((l) => l.toFixed(1)).join(' ')}; median of ${runs} runs; cold = --no-cache, warm = a cache filled by one earlier run; ` +
    `the CLI's code cache is on (filled by the bench's first runs) unless a row says otherwise`,
);
// "floor ms": the median of the floor runs made between this row's own (node -e 0 for start-up
// and targets, the read-and-hash script for a cluster); its ratios are to that floor.
console.log('\n| resources | command | wall ms | floor ms | × floor | CPU ms | CPU × floor | peak RSS MiB | exit |\n|---|---|---|---|---|---|---|---|---|');
const times = (r) => (r === null ? 'floor' : `${r.toFixed(1)}×`);
for (const r of rows) {
  const floorMs = r.floorMs === null ? '—' : r.floorMs.toFixed(0);
  console.log(`| ${r.size} | ${r.command} | ${r.ms.toFixed(0)} | ${floorMs} | ${times(r.ratio)} | ${r.cpuMs.toFixed(0)} | ${times(r.cpuRatio)} | ${r.rss.toFixed(0)} | ${r.code} |`);
}
// Linear cost means ×10 resources costs ×10 time; start-up makes small sizes look flatter.
const measured = [...converged.entries()].sort((a, b) => a[0] - b[0]);
for (let i = 1; i < measured.length; i++) {
  const [r0, t0] = measured[i - 1];
  const [r1, t1] = measured[i];
  console.log(
    `slope, plan (converged) ${r0} → ${r1} resources: ×${(r1 / r0).toFixed(0)} resources, ×${(t1.ms / t0.ms).toFixed(1)} wall, ×${(t1.cpuMs / t0.cpuMs).toFixed(1)} CPU`,
  );
}
// Also sweeps what an interrupted run left aside.
for (const name of readdirSync('.tmp')) if (name.startsWith('bench-trash-')) rmSync(join('.tmp', name), { recursive: true, force: true });
