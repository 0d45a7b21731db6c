import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsThenRead, StorageError, type ConditionalWrite, type Storage } from '../../src/engine/ports/storage.js';
import { readOutcome } from '../support/read-outcome.js';
import type { ChildOp, ChildOutcome, ChildPlan, StorageRecipe } from '../support/storage-child.js';
import { lastJsonLine, runRacingChildren } from '../support/storage-spawn.js';

export type { StorageRecipe } from '../support/storage-child.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'support', 'storage-child.ts');

/** One adapter instance over a fresh, empty root. */
export interface StorageHarness {
  readonly storage: Storage;
  cleanup(): Promise<void>;
  /** Stores raw bytes at a key behind the port's back (the port can only write UTF-8). */
  plantRaw(key: string, bytes: Uint8Array): Promise<void>;
  /**
   * How a child `node` process constructs the same adapter over the same root (module, export,
   * JSON arguments, extra env). Required unless the suite runs with `processRaces: false`.
   */
  readonly spawnEnv?: StorageRecipe;
}

export interface StorageContractOptions {
  /** In-process adapters (memory) cannot be shared with a child process. Default true. */
  readonly processRaces?: boolean;
}

/**
 * The Storage port's guarantees (src/engine/ports/storage.ts), run against every adapter:
 * call it from a `*.test.ts` with a factory that yields a fresh root each time.
 */
export function describeStorageContract(name: string, make: () => Promise<StorageHarness>, options: StorageContractOptions = {}): void {
  describe(`Storage contract: ${name}`, () => {
    let h: StorageHarness;
    let s: Storage;
    beforeEach(async () => {
      h = await make();
      s = h.storage;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it('reads what it wrote, with the version token the write returned', async () => {
      expect(await s.read('__cluster/state.json')).toBeNull();
      expect(await s.exists('__cluster/state.json')).toBe(false);
      const text = '{\n  "héllo": "wörld ✓ 𝄞"\n}\n';
      const token = await s.write('__cluster/state.json', text);
      expect(await s.read('__cluster/state.json')).toEqual({ text, token });
      expect(await s.exists('__cluster/state.json')).toBe(true);
      const next = await s.write('__cluster/state.json', 'second');
      expect(next).not.toBe(token);
      expect(await s.read('__cluster/state.json')).toEqual({ text: 'second', token: next });
    });

    it('keeps a leading byte-order mark: text and hashes must match the bytes stored', async () => {
      const text = '\uFEFFrules: []\n';
      const token = await s.write('bom.yaml', text);
      expect(await s.read('bom.yaml')).toEqual({ text, token });
      await h.plantRaw('planted.yaml', Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]));
      expect((await s.read('planted.yaml'))?.text).toBe('\uFEFFa');
    });

    it('stores an empty object', async () => {
      const token = await s.write('empty.txt', '');
      expect(await s.read('empty.txt')).toEqual({ text: '', token });
      expect(await s.exists('empty.txt')).toBe(true);
    });

    it('writeIfAbsent creates once; a second attempt is a value, and changes nothing', async () => {
      const first = await s.writeIfAbsent('__cluster/lock.json', 'mine');
      expect(first.ok).toBe(true);
      const stored = await s.read('__cluster/lock.json');
      expect(stored?.text).toBe('mine');
      expect(first).toEqual({ ok: true, token: stored?.token });
      expect(await s.writeIfAbsent('__cluster/lock.json', 'theirs')).toEqual({ ok: false, reason: 'exists' });
      expect(await s.read('__cluster/lock.json')).toEqual(stored);
    });

    it('writeIfMatch replaces only the version it was given', async () => {
      const v1 = await s.write('k.json', 'one');
      const won = await s.writeIfMatch('k.json', 'two', v1);
      expect(won.ok).toBe(true);
      const v2 = await s.read('k.json');
      expect(v2?.text).toBe('two');
      expect(won).toEqual({ ok: true, token: v2?.token });
      expect(await s.writeIfMatch('k.json', 'stale', v1)).toEqual({ ok: false, reason: 'mismatch' });
      expect(await s.read('k.json')).toEqual(v2);
    });

    it('writeIfMatch on an absent object is a mismatch and creates nothing', async () => {
      const token = await s.write('gone.json', 'x');
      await s.delete('gone.json');
      expect(await s.writeIfMatch('gone.json', 'y', token)).toEqual({ ok: false, reason: 'mismatch' });
      expect(await s.read('gone.json')).toBeNull();
    });

    it('a folder at a key reads as absent but counts as an existing prefix', async () => {
      await s.write('graphs/a.omni/_schema.pg', 'node A {}\n');
      expect(await s.read('graphs/a.omni')).toBeNull();
      expect(await s.exists('graphs/a.omni')).toBe(false);
      expect(await s.existsPrefix('graphs/a.omni')).toBe(true);
      expect(await s.existsPrefix('graphs')).toBe(true);
      expect(await s.existsPrefix('graphs/b.omni')).toBe(false);
      expect(await s.existsPrefix('graphs/a.om')).toBe(false);
    });

    // Payload verification takes readIfExists where an adapter has it: each shape must come out
    // as the probe and the read it replaces would have reported it.
    it('readIfExists, where the adapter has it, answers as exists then read', async () => {
      const s = h.storage;
      const readIfExists = s.readIfExists?.bind(s);
      if (!readIfExists) return;
      await s.write('p/file.json', 'text é');
      await h.plantRaw('p/bad.json', Uint8Array.from([0xff, 0xfe]));
      await s.write('p/folder/inside.json', 'x');
      const keys = ['p/file.json', 'p/bad.json', 'p/folder', 'p/missing.json', 'nowhere/x.json'];
      for (const key of keys) {
        expect([key, await readOutcome(() => readIfExists(key))]).toEqual([key, await readOutcome(() => existsThenRead(s, key))]);
      }
      const both = [await readIfExists('p/file.json'), await s.read('p/file.json')];
      expect(both.map((r) => r?.text)).toEqual(['text é', 'text é']);
      expect(both[0]?.token).toBe(both[1]?.token);
      await expect(readIfExists('p/bad.json')).rejects.toThrow(StorageError);
    });

    it('refuses content that is not UTF-8 with a StorageError', async () => {
      await h.plantRaw('__cluster/state.json', Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]));
      const thrown = await s.read('__cluster/state.json').then(
        () => null,
        (e: unknown) => e,
      );
      expect(thrown).toBeInstanceOf(StorageError);
      expect((thrown as StorageError).message.length).toBeGreaterThan(0);
    });

    it('lists the objects directly under a prefix, byte-wise sorted, without folders or transient files', async () => {
      await s.write('p/b', '1');
      await s.write('p/a', '1');
      await s.write('p/B', '1');
      await s.write('p/é', '1');
      await s.write('p/_', '1');
      await s.write('p/sub/c', '1');
      await s.writeIfAbsent('p/lock', '1');
      const v = await s.write('p/cas', '1');
      await s.writeIfMatch('p/cas', '2', v);
      await s.writeIfMatch('p/cas', '3', v);
      expect(await s.list('p')).toEqual(['B', '_', 'a', 'b', 'cas', 'lock', 'é']);
      expect(await s.list('p/sub')).toEqual(['c']);
      expect(await s.list('nothing/here')).toEqual([]);
    });

    it('delete removes one object and tolerates an absent one', async () => {
      await s.write('d/one', '1');
      await s.write('d/two', '2');
      await s.delete('d/one');
      expect(await s.read('d/one')).toBeNull();
      expect(await s.read('d/two')).not.toBeNull();
      await expect(s.delete('d/one')).resolves.toBeUndefined();
      await expect(s.delete('never/was')).resolves.toBeUndefined();
    });

    it('deletePrefix removes a subtree recursively, leaves look-alike siblings, and is idempotent', async () => {
      await s.write('graphs/a.omni/_schema.pg', 'x');
      await s.write('graphs/a.omni/_manifest/1.json', 'x');
      await s.write('graphs/a.omni/deep/er/still.txt', 'x');
      await s.write('graphs/a.omni2/_schema.pg', 'y');
      await s.write('graphs/b.omni/_schema.pg', 'z');
      await s.deletePrefix('graphs/a.omni');
      expect(await s.existsPrefix('graphs/a.omni')).toBe(false);
      expect(await s.read('graphs/a.omni/deep/er/still.txt')).toBeNull();
      expect(await s.read('graphs/a.omni2/_schema.pg')).not.toBeNull();
      expect(await s.read('graphs/b.omni/_schema.pg')).not.toBeNull();
      await expect(s.deletePrefix('graphs/a.omni')).resolves.toBeUndefined();
      await expect(s.deletePrefix('never/was')).resolves.toBeUndefined();
    });

    it('refuses keys that could leave the root, before touching anything', async () => {
      await s.write('__cluster/state.json', 'ledger');
      const hostile = ['', '/etc/passwd', '__cluster/../state.json', '../outside.json', '__cluster/./state.json', '__cluster//state.json', 'a\\b.json', 'nul\0.json', '__cluster/'];
      for (const key of hostile) {
        await expect(s.read(key)).rejects.toBeInstanceOf(StorageError);
        await expect(s.write(key, 'x')).rejects.toBeInstanceOf(StorageError);
        await expect(s.writeIfAbsent(key, 'x')).rejects.toBeInstanceOf(StorageError);
        await expect(s.writeIfMatch(key, 'x', 'token')).rejects.toBeInstanceOf(StorageError);
        await expect(s.delete(key)).rejects.toBeInstanceOf(StorageError);
        await expect(s.deletePrefix(key)).rejects.toBeInstanceOf(StorageError);
        if (key !== '') await expect(s.list(key)).rejects.toBeInstanceOf(StorageError);
      }
      expect((await s.read('__cluster/state.json'))?.text).toBe('ledger');
      expect(await s.list('__cluster')).toEqual(['state.json']);
    });

    it('names keys under its root', () => {
      expect(s.displayPath('__cluster/state.json')).toBe(`${s.root}/__cluster/state.json`);
      expect(s.objectUri('__cluster/state.json').endsWith(`${s.root}/__cluster/state.json`)).toBe(true);
    });

    it('never shows a partial object to a concurrent reader', async () => {
      const a = `${'a'.repeat(256 * 1024)}\n`;
      const b = `${'b'.repeat(384 * 1024)}\n`;
      await s.write('big.txt', a);
      let stop = false;
      const seen = new Set<number>();
      const reader = (async () => {
        while (!stop) {
          const got = await s.read('big.txt');
          if (got === null || (got.text !== a && got.text !== b)) throw new Error(`torn read of ${got?.text.length ?? 'null'} chars`);
          seen.add(got.text.length);
        }
      })();
      for (let i = 0; i < 12; i++) await s.write('big.txt', i % 2 === 0 ? b : a);
      stop = true;
      await reader;
      expect(seen.size).toBeGreaterThan(0);
    });

    it('concurrent conditional writes in one process: exactly one winner, losers get values', async () => {
      const creates = await Promise.all(Array.from({ length: 8 }, (_, i) => s.writeIfAbsent('race/lock', `writer-${i}`)));
      expectOneWinner(creates, 'exists');
      const winner = creates.findIndex((r) => r.ok);
      expect((await s.read('race/lock'))?.text).toBe(`writer-${winner}`);

      const base = await s.write('race/state', 'base');
      const swaps = await Promise.all(Array.from({ length: 8 }, (_, i) => s.writeIfMatch('race/state', `swap-${i}`, base)));
      expectOneWinner(swaps, 'mismatch');
      expect((await s.read('race/state'))?.text).toBe(`swap-${swaps.findIndex((r) => r.ok)}`);
    });

    const processIt = options.processRaces === false ? it.skip : it;
    processIt('conditional writes raced by separate processes: exactly one winner per key', async () => {
      const recipe = h.spawnEnv;
      if (!recipe) throw new Error(`${name}: the harness must return spawnEnv (or run the suite with processRaces: false)`);
      const children = 6;
      const rounds = 3;
      const tokens: string[] = [];
      for (let r = 0; r < rounds; r++) tokens.push(await s.write(`race/match-${r}`, `base-${r}`));
      // Every child fires round r at the same instant, whatever its boot time (start barrier).
      const plans: ChildPlan[] = Array.from({ length: children }, (_, c) => ({
        recipe,
        ops: Array.from({ length: rounds }, (_, r): ChildOp[] => [
          { kind: 'absent', key: `race/absent-${r}`, text: `child-${c}-absent-${r}`, after: r * 300 },
          { kind: 'match', key: `race/match-${r}`, text: `child-${c}-match-${r}`, token: tokens[r]!, after: r * 300 + 150 },
        ]).flat(),
      }));
      const runs = await runRacingChildren(CHILD, plans.map((p) => [JSON.stringify(p)]), recipe.env ?? {});
      const outcomes = runs.map((run) => lastJsonLine<ChildOutcome[]>(run));
      for (let r = 0; r < rounds; r++) {
        for (const [key, reason] of [
          [`race/absent-${r}`, 'exists'],
          [`race/match-${r}`, 'mismatch'],
        ] as const) {
          const results = outcomes.map((o) => {
            const hit = o.find((x) => x.key === key);
            if (!hit || 'thrown' in hit) throw new Error(`${key}: ${hit ? hit.thrown : 'no outcome'}`);
            return hit.result;
          });
          expectOneWinner(results, reason);
          const winner = results.findIndex((x) => x.ok);
          const stored = await s.read(key);
          expect(stored?.text).toBe(`child-${winner}-${key.includes('absent') ? 'absent' : 'match'}-${r}`);
          expect(results[winner]).toEqual({ ok: true, token: stored?.token });
        }
      }
      expect((await s.list('race')).length).toBe(rounds * 2);
    }, 60_000);
  });
}

function expectOneWinner(results: readonly ConditionalWrite[], loserReason: 'exists' | 'mismatch'): void {
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  for (const r of results) if (!r.ok) expect(r.reason).toBe(loserReason);
}
