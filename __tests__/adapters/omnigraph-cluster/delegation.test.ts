import { afterEach, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OmnigraphClusterCommands, binaryEnv } from '../../../src/adapters/omnigraph-cluster/cluster-commands.js';
import { compareVersions } from '../../../src/adapters/omnigraph-cluster/version.js';
import { toPrettyJson } from '../../../src/base/json.js';
import { diagnosticJson } from '../../../src/engine/diagnostics/index.js';

/**
 * Scripted binaries that answer the way the reference CLI does (crates/omnigraph-cli/src/main.rs,
 * output.rs): `version` prints `omnigraph <v>`; `cluster <cmd> --json` prints pretty JSON and exits
 * 1 when ok is false; errors are color-eyre reports on stderr with exit 1.
 */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'og-deleg-'));
  dirs.push(d);
  return d;
}

interface Script {
  readonly version?: string;
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exit?: number;
}

/** A binary that records its argv (one per line) and answers with the scripted streams. */
function scriptedBinary(script: Script): { binary: string; argv: () => string[] } {
  const dir = tempDir();
  const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
  write('out', script.stdout ?? '');
  write('err', script.stderr ?? '');
  const binary = path.join(dir, 'omnigraph');
  write(
    'omnigraph',
    [
      '#!/bin/sh',
      `if [ "$1" = version ]; then echo "omnigraph ${script.version ?? '0.10.0'}"; echo "internal-schema 6"; exit 0; fi`,
      `for a in "$@"; do printf '%s\\n' "$a"; done > "${dir}/argv"`,
      `cat "${dir}/out"; cat "${dir}/err" >&2; exit ${script.exit ?? 0}`,
    ].join('\n'),
  );
  chmodSync(binary, 0o755);
  return { binary, argv: () => readFileSync(path.join(dir, 'argv'), 'utf8').split('\n').slice(0, -1) };
}

const commandsFor = (binary: string) => new OmnigraphClusterCommands({ binary, env: { PATH: process.env.PATH } });
const printed = (output: { diagnostics: readonly Parameters<typeof diagnosticJson>[0][] }) =>
  toPrettyJson({ ...output, diagnostics: output.diagnostics.map(diagnosticJson) });

const OBS = {
  state_path: '/c/__cluster/state.json',
  lock_path: '/c/__cluster/lock.json',
  state_found: true,
  state_revision: 2,
  resource_count: 1,
  locked: false,
  lock_acquired: true,
};

// A plan whose migration step carries an f64 written `1.0` and an i64 bound past 2^53.
const PLAN_JSON = `{
  "ok": false,
  "config_dir": "cfg",
  "desired_revision": {
    "config_digest": "abc"
  },
  "resource_digests": {},
  "dependencies": [],
  "state_observations": ${JSON.stringify(OBS, null, 2).replace(/\n/g, '\n  ')},
  "changes": [
    {
      "resource": "schema.kb",
      "operation": "update",
      "disposition": "blocked",
      "reason": "schema_apply_failed",
      "migration": {
        "supported": false,
        "steps": [
          {
            "kind": "add_constraint",
            "min": 1.0,
            "max": 9007199254740993
          }
        ]
      }
    }
  ],
  "blast_radius": [],
  "approvals_required": [],
  "diagnostics": [
    {
      "code": "a_code_from_a_newer_binary",
      "severity": "error",
      "path": "schema.kb",
      "message": "no"
    }
  ]
}`;

describe('engine: omnigraph delegates to `omnigraph cluster <cmd> --json`', () => {
  it('passes argv as an array: global --as first, `--` before the positional, no shell', async () => {
    const fake = scriptedBinary({ stdout: '{"ok":true,"config_dir":"c d","approval_id":"a","diagnostics":[]}' });
    const out = await commandsFor(fake.binary).approve({ configDir: 'c d', actor: 'alice; rm -rf /', resource: '--graph.kb' });
    expect(out.ok).toBe(true);
    expect(fake.argv()).toEqual(['--as', 'alice; rm -rf /', 'cluster', 'approve', '--config', 'c d', '--json', '--', '--graph.kb']);
  });

  it('keeps the JSON of a failed command (exit 1 after printing) and re-prints it byte for byte, numbers lossless', async () => {
    const fake = scriptedBinary({ stdout: `${PLAN_JSON}\n`, exit: 1 });
    const out = await commandsFor(fake.binary).plan({ configDir: 'cfg' });
    expect(out.ok).toBe(false);
    expect(printed(out)).toBe(PLAN_JSON);
  });

  it('renames the released (≤0.9) observation key manifest_version in place', async () => {
    const status = { ok: true, config_dir: 'c', state_observations: OBS, resource_digests: {}, resource_statuses: {}, observations: { 'graph.kb': { exists: true, manifest_version: 3, schema_digest: 'd' } }, diagnostics: [] };
    const fake = scriptedBinary({ version: '0.9.0', stdout: JSON.stringify(status) });
    const out = await commandsFor(fake.binary).status({ configDir: 'c' });
    expect(JSON.stringify(out.observations)).toBe('{"graph.kb":{"exists":true,"graph_manifest_version":3,"schema_digest":"d"}}');
  });

  it('reports a color-eyre failure with the exit code and stderr (ANSI stripped), as an ok:false output', async () => {
    const fake = scriptedBinary({ stderr: '\u001b[31mError:\u001b[0m \n   0: \u001b[91mboom\u001b[0m\n\nLocation:\n   main.rs:1\n', exit: 1 });
    const out = await commandsFor(fake.binary).apply({ configDir: 'cfg', actor: null });
    expect(out).toMatchObject({ ok: false, config_dir: 'cfg', converged: false, state_written: false, changes: [] });
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      { code: 'omnigraph_command_failed', severity: 'error', path: 'omnigraph', message: '`omnigraph cluster apply --config cfg --json` exited with code 1: Error: \n   0: boom\n\nLocation:\n   main.rs:1' },
    ]);
  });

  it('does not trust ok:true from a process that then failed', async () => {
    const fake = scriptedBinary({ stdout: '{"ok":true,"config_dir":"c","state_observations":' + JSON.stringify(OBS) + ',"lock_removed":true,"diagnostics":[]}', stderr: 'killed', exit: 3 });
    const out = await commandsFor(fake.binary).forceUnlock({ configDir: 'c', lockId: 'L' });
    expect(out.ok).toBe(false);
    expect(out.lock_removed).toBe(true);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['omnigraph_command_failed']);
  });

  it('names what it did not understand in the JSON', async () => {
    const fake = scriptedBinary({ stdout: '{"ok":true,"config_dir":"c","lock_removed":"yes","diagnostics":[]}' });
    const out = await commandsFor(fake.binary).forceUnlock({ configDir: 'c', lockId: 'L' });
    expect(out.diagnostics[0]?.code).toBe('omnigraph_output_invalid');
    expect(out.diagnostics[0]?.message).toMatch(/^`omnigraph cluster force-unlock --config c --json -- L` printed JSON this action does not understand at state_observations/);
  });

  it('names the minimum version for a binary older than the control plane', async () => {
    const fake = scriptedBinary({ version: '0.6.2' });
    const out = await commandsFor(fake.binary).approve({ configDir: 'c', actor: 'a', resource: 'graph.kb' });
    expect(out.diagnostics.map(diagnosticJson)).toEqual([
      { code: 'omnigraph_version_unsupported', severity: 'error', path: 'omnigraph', message: `\`omnigraph cluster approve\` needs omnigraph 0.7.0 or newer; '${fake.binary}' is 0.6.2` },
    ]);
  });

  it('turns a missing binary into a diagnostic, not a crash', async () => {
    const out = await commandsFor(path.join(tempDir(), 'nope')).validate({ configDir: 'c' });
    expect(out.ok).toBe(false);
    expect(out.diagnostics[0]).toMatchObject({ code: 'graph_engine_unavailable', message: expect.stringMatching(/^omnigraph binary not found at/) });
  });

  it('keeps tokens and action inputs out of the binary environment', () => {
    const env = binaryEnv({ PATH: '/bin', AWS_SECRET_ACCESS_KEY: 's3', OMNIGRAPH_HOME: '/h', 'INPUT_GITHUB-TOKEN': 't', GITHUB_TOKEN: 't', ACTIONS_RUNTIME_TOKEN: 't' });
    expect(Object.keys(env).sort()).toEqual(['AWS_SECRET_ACCESS_KEY', 'OMNIGRAPH_HOME', 'PATH']);
  });

  it('orders versions numerically with pre-releases first', () => {
    expect(compareVersions('0.10.0', '0.9.0')).toBeGreaterThan(0);
    expect(compareVersions('0.7.0-rc.1', '0.7.0')).toBeLessThan(0);
    expect(compareVersions('0.7.0', '0.7.0')).toBe(0);
  });
});
