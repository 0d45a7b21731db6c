import { describe, expect, it } from '@jest/globals';
import { MemoryStorage } from '../../../src/adapters/storage/memory.js';
import { describeStorageContract } from '../../contracts/storage.contract.js';

describeStorageContract(
  'MemoryStorage',
  async () => {
    const storage = new MemoryStorage();
    return {
      storage,
      async cleanup() {},
      async plantRaw(key, bytes) {
        storage.plantRaw(key, bytes);
      },
    };
  },
  { processRaces: false },
);

describe('MemoryStorage test hooks', () => {
  it('plays a scripted failure once, on the matching operation and key only', async () => {
    const s = new MemoryStorage();
    await s.write('a', '1');
    s.inject({ op: 'read', key: 'a', error: 'disk on fire' });
    expect(await s.read('b')).toBeNull();
    await expect(s.read('a')).rejects.toMatchObject({ name: 'StorageError', message: 'disk on fire' });
    expect((await s.read('a'))?.text).toBe('1');
  });

  it('runs a scripted interleaving before the operation', async () => {
    const s = new MemoryStorage();
    const v = await s.write('a', '1');
    s.inject({ op: 'writeIfMatch', before: (st) => st.plantRaw('a', new TextEncoder().encode('other')) });
    expect(await s.writeIfMatch('a', '2', v)).toEqual({ ok: false, reason: 'mismatch' });
    expect((await s.read('a'))?.text).toBe('other');
  });

  it('names objects under its root', () => {
    const s = new MemoryStorage('memory://x/');
    expect(s.root).toBe('memory://x');
    expect(s.displayPath('')).toBe('memory://x');
    expect(s.objectUri('k')).toBe('memory://x/k');
  });
});
