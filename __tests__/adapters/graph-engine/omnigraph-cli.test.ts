import { afterEach, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OmnigraphCliEngine } from '../../../src/adapters/graph-engine/omnigraph-cli.js';
import { STANDIN_OMNIGRAPH } from '../../support/harness.js';

const PEOPLE = 'node Person {\n  name: String @key\n  age: I32?\n}\n';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'og-cli-'));
  dirs.push(d);
  return d;
}

/** A fake binary printing fixed output, to prove refusals without the stand-in. */
function fakeBinary(script: string): string {
  const file = path.join(tempDir(), 'omnigraph');
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('omnigraph binary adapter (engine.md §6)', () => {
  it('reads the released (≤0.9) JSON dialect: manifest_version keys', async () => {
    const engine = new OmnigraphCliEngine({ binary: STANDIN_OMNIGRAPH, env: { PATH: process.env.PATH, OMNIGRAPH_STANDIN_DIALECT: '0.9' } });
    expect(await engine.checkVersion()).toEqual({ version: '0.9.0', internalSchema: 6 });
    const root = { key: 'g.omni', uri: path.join(tempDir(), 'g.omni') };
    await engine.init(root, PEOPLE);
    expect(await engine.openReadOnly(root)).toEqual({ schemaSource: PEOPLE, manifestVersion: 1 });
    const applied = await engine.applySchemaAs(root, PEOPLE.replace('age: I32?', 'age: I32?\n  bio: String?'), { allowDataLoss: false }, 'act');
    expect(applied.graphManifestVersion).toBe(2);
  });

  it('names a missing binary instead of crashing', async () => {
    const engine = new OmnigraphCliEngine({ binary: path.join(tempDir(), 'nope'), env: {} });
    await expect(engine.openReadOnly({ key: 'g', uri: '/tmp/g' })).rejects.toThrow(/omnigraph binary not found at/);
  });

  it('refuses a binary older than the oldest supported version', async () => {
    const engine = new OmnigraphCliEngine({ binary: fakeBinary('echo "omnigraph 0.6.2"'), env: {} });
    await expect(engine.init({ key: 'g', uri: '/tmp/g' }, PEOPLE)).rejects.toThrow(/omnigraph 0.6.2 is older than 0.7.0/);
  });

  it('reports a failing command with its argv and the first lines of stderr, ANSI stripped', async () => {
    const engine = new OmnigraphCliEngine({
      binary: fakeBinary('case "$1" in version) echo "omnigraph 0.10.0";; *) printf "\\033[31mError:\\033[0m graph is on fire\\nline 2\\n" >&2; exit 1;; esac'),
      env: {},
    });
    await expect(engine.openReadOnly({ key: 'g', uri: '/tmp/g' })).rejects.toThrow('`omnigraph snapshot --json /tmp/g` exited with code 1: Error: graph is on fire\nline 2');
  });

  it('reports unparseable JSON as such', async () => {
    const engine = new OmnigraphCliEngine({ binary: fakeBinary('case "$1" in version) echo "omnigraph 0.10.0";; *) echo "not json";; esac'), env: {} });
    await expect(engine.openReadOnly({ key: 'g', uri: '/tmp/g' })).rejects.toThrow(/printed output that is not JSON: not json/);
  });
});
