import { describe, expect, it } from '@jest/globals';
import { MemoryStorage } from '../../../src/adapters/storage/memory.js';
import { casToken } from '../../../src/base/hash.js';
import { emptyState, readState, stateText, writeState, STATE_KEY } from '../../../src/engine/state/index.js';

const MISMATCH = {
  code: 'state_cas_mismatch',
  severity: 'error',
  path: STATE_KEY,
  message: 'state.json changed while the command was running; re-run the command against the latest state',
};

describe('writeState', () => {
  it('creates the first ledger when none existed and returns the CAS of the bytes written', async () => {
    const s = new MemoryStorage();
    const state = { ...emptyState('c'), state_revision: 1 };
    const written = await writeState(s, state, null);
    expect(written).toEqual({ ok: true, cas: casToken(stateText(state)) });
    expect((await s.read(STATE_KEY))?.text).toBe(stateText(state));
    expect((await readState(s)).cas).toBe(casToken(stateText(state)));
  });

  it('replaces a ledger whose CAS still matches', async () => {
    const s = new MemoryStorage();
    await s.write(STATE_KEY, '{"version":1,"applied_revision":{}}');
    const read = await readState(s);
    const next = { ...read.state!, state_revision: 1 };
    expect((await writeState(s, next, read.cas)).ok).toBe(true);
    expect((await s.read(STATE_KEY))?.text).toBe(stateText(next));
  });

  it('refuses when the file changed since the command read it, and writes nothing', async () => {
    const s = new MemoryStorage();
    await s.write(STATE_KEY, stateText(emptyState(null)));
    const read = await readState(s);
    await s.write(STATE_KEY, stateText({ ...emptyState(null), state_revision: 5 }));
    const before = await s.read(STATE_KEY);
    expect(await writeState(s, { ...emptyState('x'), state_revision: 1 }, read.cas)).toEqual({ ok: false, diagnostic: MISMATCH });
    expect(await s.read(STATE_KEY)).toEqual(before);
  });

  it('refuses when a ledger appeared after the command saw none, or vanished after it saw one', async () => {
    const s = new MemoryStorage();
    await s.write(STATE_KEY, 'anything');
    expect(await writeState(s, emptyState(null), null)).toEqual({ ok: false, diagnostic: MISMATCH });
    await s.delete(STATE_KEY);
    expect(await writeState(s, emptyState(null), casToken('anything'))).toEqual({ ok: false, diagnostic: MISMATCH });
    expect(await s.read(STATE_KEY)).toBeNull();
  });

  it('a writer slipping in between the re-read and the conditional write loses the race as a value', async () => {
    const s = new MemoryStorage();
    await s.write(STATE_KEY, stateText(emptyState(null)));
    const read = await readState(s);
    const theirs = stateText({ ...emptyState('theirs'), state_revision: 9 });
    s.inject({ op: 'writeIfMatch', before: (st) => st.plantRaw(STATE_KEY, new TextEncoder().encode(theirs)) });
    expect(await writeState(s, { ...emptyState('ours'), state_revision: 1 }, read.cas)).toEqual({ ok: false, diagnostic: MISMATCH });
    expect((await s.read(STATE_KEY))?.text).toBe(theirs);
  });

  it('the same race on a first create also loses as a value', async () => {
    const s = new MemoryStorage();
    s.inject({ op: 'writeIfAbsent', before: (st) => st.plantRaw(STATE_KEY, new TextEncoder().encode('theirs')) });
    expect(await writeState(s, emptyState(null), null)).toEqual({ ok: false, diagnostic: MISMATCH });
    expect((await s.read(STATE_KEY))?.text).toBe('theirs');
  });

  it.each([
    ['read', 'could not read state file before write: boom', false],
    ['writeIfAbsent', 'could not create state.json: boom', false],
    ['writeIfMatch', 'could not replace state.json: boom', true],
  ] as const)('a storage failure on %s is state_write_error', async (op, message, existing) => {
    const s = new MemoryStorage();
    if (existing) await s.write(STATE_KEY, 'old');
    s.inject({ op, error: 'boom' });
    expect(await writeState(s, emptyState(null), existing ? casToken('old') : null)).toEqual({
      ok: false,
      diagnostic: { code: 'state_write_error', severity: 'error', path: STATE_KEY, message },
    });
  });
});
