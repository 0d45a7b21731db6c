import { describe, expect, it } from '@jest/globals';
import { verifyContract, type ContractTexts } from '../../../src/adapters/graph-engine/embedded/contract-files.js';
import { EmbeddedGraphEngine } from '../../../src/adapters/graph-engine/embedded/index.js';
import { MemoryStorage } from '../../../src/adapters/storage/memory.js';
import { GraphEngineError, type GraphRoot } from '../../../src/engine/ports/graph-engine.js';
import { failAt, sequentialIds, steppingClock } from '../../support/harness.js';

const PEOPLE = 'node Person {\n  name: String @key\n  age: I32?\n}\n';

/** The three contract files of a freshly initialized root, as stored. */
async function initializedTexts(): Promise<ContractTexts> {
  const storage = new MemoryStorage();
  const engine = new EmbeddedGraphEngine({ storage, ids: sequentialIds('01CTF'), clock: steppingClock(), failpoints: failAt() });
  const root: GraphRoot = { key: 'graphs/g.omni', uri: 'memory://cluster/graphs/g.omni' };
  await engine.init(root, PEOPLE);
  const text = async (file: string) => (await storage.read(`${root.key}/${file}`))!.text;
  return { pg: await text('_schema.pg'), ir: await text('_schema.ir.json'), state: await text('__schema_state.json') };
}

describe('verifyContract', () => {
  it('answers a second check of the same texts with the first result', async () => {
    const texts = await initializedTexts();
    const first = verifyContract(texts);
    expect(verifyContract({ ...texts })).toBe(first);
  });

  // The remembered result must never stand in for texts that differ, even right after the
  // original verified: each of these edits is made to one file of a contract just checked.
  it.each([
    ['a semantic edit of _schema.pg', (t: ContractTexts) => ({ ...t, pg: t.pg.replace('age: I32?', 'age: I64?') })],
    ['an IR whose hash no longer matches', (t: ContractTexts) => ({ ...t, ir: t.ir.replace('"age"', '"years"') })],
    ['a state recording another IR hash', (t: ContractTexts) => ({ ...t, state: t.state.replace(/("schema_ir_hash": "sha256:)([0-9a-f])/, (_m, head: string, digit: string) => head + (digit === '0' ? '1' : '0')) })],
  ])('refuses %s right after the unedited contract verified', async (_label, edit) => {
    const texts = await initializedTexts();
    verifyContract(texts);
    const edited = edit(texts);
    expect(edited).not.toEqual(texts);
    expect(() => verifyContract(edited)).toThrow(GraphEngineError);
    // A refusal is not remembered; the unedited contract still verifies.
    expect(verifyContract(texts).ir.schema_identity_domain).toBe(JSON.parse(texts.state).schema_identity_domain);
  });

  it('checks a cosmetic edit afresh and accepts it', async () => {
    const texts = await initializedTexts();
    const first = verifyContract(texts);
    const cosmetic = { ...texts, pg: `// people\n${texts.pg}` };
    const second = verifyContract(cosmetic);
    expect(second).not.toBe(first);
    expect(second.state).toEqual(first.state);
  });
});
