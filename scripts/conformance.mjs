#!/usr/bin/env node
// `npm run conformance -- --omnigraph-bin PATH [--cli PATH]`
//
// Runs one scripted cycle on two identical temp clusters: once with the embedded engine and once
// delegated to `omnigraph cluster` (--engine omnigraph), then prints, step by step, a side-by-side
// diff of the normalized JSON (ids, times, absolute paths masked) and `N passed, N failed`.
// --cli defaults to the bundled dist/cli/index.js; a .ts entry runs through the test loader.
// Exit code: 0 when every step matched, 1 otherwise, 2 on a usage error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize, sideBySide } from './conformance-diff.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CRASH_EXIT_CODE = 86;
const ACTOR = 'conformance';

function parseArgs(argv) {
  const options = { bin: null, cli: path.join(repo, 'dist/cli/index.js') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--omnigraph-bin') options.bin = argv[++i] ?? null;
    else if (argv[i] === '--cli') options.cli = path.resolve(argv[++i] ?? '');
    else usage(`unknown argument ${argv[i]}`);
  }
  if (!options.bin) usage('--omnigraph-bin PATH is required');
  return options;
}

function usage(message) {
  process.stderr.write(`conformance: ${message}\nusage: npm run conformance -- --omnigraph-bin PATH [--cli PATH]\n`);
  process.exit(2);
}

const PEOPLE = 'node Person {\n  name: String @key\n  age: I32?\n}\n';
const FIXTURE = {
  'cluster.yaml': `version: 1
metadata:
  name: conformance
state:
  backend: cluster
  lock: true
graphs:
  knowledge:
    schema: ./people.pg
    queries:
      find_person:
        file: ./people.gq
  scratch:
    schema: ./people.pg
policies:
  base:
    file: ./base.policy.yaml
    applies_to: [knowledge]
`,
  'people.pg': PEOPLE,
  'people.gq': 'query find_person($name: String) {\n  match { $p: Person { name: $name } }\n  return { $p.name, $p.age }\n}\n',
  'base.policy.yaml': 'version: 1\nrules: []\n',
};

const write = (dir, files) => {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
};
const withoutScratch = (yaml) => yaml.replace(/  scratch:\n    schema: \.\/people\.pg\n/, '');
const withExtra = (yaml) => yaml.replace('policies:', '  extra:\n    schema: ./people.pg\npolicies:');

function lockIdOf(statusStdout) {
  try {
    return JSON.parse(statusStdout).state_observations.lock_id ?? 'no-lock-held';
  } catch {
    return 'no-lock-held';
  }
}

/** The cycle: [label, cli argv (or argv from the previous step's stdout), edit of the cluster before the step, extra env]. */
const STEPS = [
  ['import', ['import']],
  ['plan: create graphs', ['plan']],
  ['apply: create graphs', ['apply']],
  ['plan: schema update', ['plan'], (dir) => write(dir, { 'people.pg': PEOPLE.replace('age: I32?', 'age: I32?\n  bio: String?') })],
  ['apply: schema update', ['apply']],
  ['refresh', ['refresh']],
  ['plan: delete needs approval', ['plan'], (dir, yaml) => write(dir, { 'cluster.yaml': withoutScratch(yaml) })],
  ['approve graph.scratch', ['approve', 'graph.scratch', '--as', ACTOR]],
  ['apply: approved delete', ['apply', '--as', ACTOR]],
  ['status', ['status']],
  [
    'apply: crash after graph create',
    ['apply'],
    (dir, yaml) => write(dir, { 'cluster.yaml': withExtra(withoutScratch(yaml)) }),
    // Ours and the stand-in read OMNIGRAPH_FAILPOINTS; a reference build with the `failpoints`
    // feature reads the fail crate's FAILPOINTS. Release builds have neither.
    { OMNIGRAPH_FAILPOINTS: 'cluster_apply.after_graph_create=crash', FAILPOINTS: 'cluster_apply.after_graph_create=panic' },
  ],
  // The crash leaves the lock behind, as a kill would: status shows it, force-unlock takes its id.
  ['status: lock left by the crash', ['status']],
  ['force-unlock', (previous) => ['force-unlock', lockIdOf(previous)]],
  ['apply: recovery', ['apply']],
  ['status after recovery', ['status']],
];

function runCli(options, args, env) {
  const entry = options.cli.endsWith('.ts') ? ['--import', path.join(repo, '__tests__/support/ts-loader.mjs'), options.cli] : [options.cli];
  const run = spawnSync(process.execPath, [...entry, ...args, '--json'], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? '' };
}

/** A crash step compares only "did it die": the embedded CLI exits 86, the delegated one reports the binary's death. */
function crashed(run, engine) {
  if (engine === 'embedded') return run.code === CRASH_EXIT_CODE;
  try {
    const out = JSON.parse(run.stdout);
    return out.ok === false && out.diagnostics.some((d) => d.code === 'omnigraph_command_failed' && !d.message.includes('printed ok:true'));
  } catch {
    return false;
  }
}

function runCycle(options, engine) {
  const dir = mkdtempSync(path.join(tmpdir(), `og-conformance-${engine}-`));
  write(dir, FIXTURE);
  const home = path.join(dir, '.no-operator-home');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, OMNIGRAPH_HOME: home, NO_COLOR: '1', ...awsEnv() };
  const engineArgs = engine === 'embedded' ? ['--engine', 'embedded'] : ['--engine', 'omnigraph', '--omnigraph-bin', options.bin];
  let previous = '';
  const results = STEPS.map(([label, argv, edit, extraEnv]) => {
    edit?.(dir, FIXTURE['cluster.yaml']);
    const args = typeof argv === 'function' ? argv(previous) : argv;
    const run = runCli(options, [...args, '--config', dir, ...engineArgs], { ...env, ...extraEnv });
    previous = run.stdout;
    const text = extraEnv ? `crashed: ${crashed(run, engine)}` : `exit ${run.code}\n${normalize(run.stdout || run.stderr, dir)}`;
    return { label, text };
  });
  rmSync(dir, { recursive: true, force: true });
  return results;
}

function awsEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('AWS_')));
}

const options = parseArgs(process.argv.slice(2));
const embedded = runCycle(options, 'embedded');
const delegated = runCycle(options, 'omnigraph');
let passed = 0;
let failed = 0;
const crashSkipped = delegated.some((r) => r.text === 'crashed: false') && embedded.some((r) => r.text === 'crashed: true');
embedded.forEach((left, k) => {
  const right = delegated[k];
  const recovery = k >= STEPS.findIndex((s) => s[3]);
  if (crashSkipped && recovery) {
    process.stdout.write(`SKIP ${left.label}: the binary did not crash at the failpoint (a release build has no failpoints)\n`);
    return;
  }
  if (left.text === right.text) {
    passed++;
    process.stdout.write(`PASS ${left.label} (${left.text.split('\n')[0]})\n`);
  } else {
    failed++;
    process.stdout.write(`FAIL ${left.label}\n${sideBySide(left.text, right.text)}\n`);
  }
});
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
