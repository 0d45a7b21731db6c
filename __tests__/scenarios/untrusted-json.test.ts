import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { harness } from '../support/harness.js';
import { fixtureFiles, tempCluster, type TempCluster } from '../support/cluster-fixture.js';

/**
 * Issue 15: what a plain JSON.parse would silently change in a ledger written by someone else
 * (`__proto__` keys, integers past 2^53, `1.0`) survives a rewrite byte for byte, and a revision
 * counter that would pass what we count exactly stops with a clear error instead of a ledger every
 * later command refuses.
 */
let cluster: TempCluster | undefined;
afterEach(() => cluster?.cleanup());

const file = (relative: string) => path.join(cluster!.dir, relative);
const stateText = () => readFileSync(file('__cluster/state.json'), 'utf8');
const commands = () => harness({ clock: { now: () => new Date('2026-06-12T00:00:00Z') } }).commands;

async function converged(): Promise<void> {
  cluster = tempCluster(fixtureFiles());
  await commands().importState({ configDir: cluster.dir });
  expect((await commands().apply({ configDir: cluster.dir, actor: null })).converged).toBe(true);
}

/** Splices raw JSON text into the ledger's `recovery_records` and `observations`. */
function plantRaw(records: string, observation: string): void {
  const text = stateText()
    .replace('"recovery_records": {}', `"recovery_records": ${records}`)
    .replace('"observations": {', `"observations": {\n    "__proto__": ${observation},`);
  expect(text).not.toBe(stateText());
  cluster!.write('__cluster/state.json', text);
}

describe('lossless ledger rewrite', () => {
  it('keeps __proto__ keys, every digit of big integers and the .0 of floats through refresh', async () => {
    await converged();
    const records = '{\n    "01RECORD000000000000000001": {\n      "n": 123456789012345678901,\n      "f": 1.0,\n      "__proto__": {\n        "x": 18446744073709551615\n      }\n    }\n  }';
    plantRaw(records, '{\n      "kind": "note",\n      "big": 9007199254740993\n    }');
    const out = await commands().refresh({ configDir: cluster!.dir });
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const after = stateText();
    expect(after).toContain(`"recovery_records": ${records}`);
    expect(after).toContain('"__proto__": {\n      "kind": "note",\n      "big": 9007199254740993\n    }');
    expect(after).toMatch(/"state_revision": 3,/);
  });

  it('stops before writing a revision past 2^53 - 1, and names the ledger', async () => {
    await converged();
    cluster!.write('__cluster/state.json', stateText().replace(/"state_revision": \d+/, '"state_revision": 9007199254740991'));
    const before = stateText();
    const out = await commands().refresh({ configDir: cluster!.dir });
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => [d.code, d.path])).toEqual([['state_revision_overflow', '__cluster/state.json']]);
    expect(out.diagnostics[0]?.message).toContain('state_revision would become 9007199254740992');
    expect(stateText()).toBe(before);
  });

  it('refuses a ledger whose revision is past what it can count, without rounding it', async () => {
    await converged();
    cluster!.write('__cluster/state.json', stateText().replace(/"state_revision": \d+/, '"state_revision": 18446744073709551615'));
    const before = stateText();
    for (const out of [await commands().plan({ configDir: cluster!.dir }), await commands().apply({ configDir: cluster!.dir, actor: null })]) {
      expect(out.diagnostics.map((d) => d.code)).toEqual(['state_revision_overflow']);
      expect(out.diagnostics[0]?.message).toContain('state_revision 18446744073709551615 is beyond');
    }
    expect(stateText()).toBe(before);
  });
});

describe('__proto__ as a name in cluster.yaml', () => {
  it('validates a graph and a policy called __proto__ like any other name', async () => {
    const yaml = fixtureFiles()['cluster.yaml']!;
    cluster = tempCluster(fixtureFiles({ 'cluster.yaml': yaml.replace('knowledge:', '__proto__:').replace('[knowledge]', '[__proto__]').replace('  base:', '  __proto__:') }));
    const out = await commands().validate({ configDir: cluster.dir });
    expect(out.ok).toBe(true);
    expect(Object.keys(out.resource_digests)).toEqual(['graph.__proto__', 'policy.__proto__', 'query.__proto__.find_person', 'schema.__proto__']);
  });
});
