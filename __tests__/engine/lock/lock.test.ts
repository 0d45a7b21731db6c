import { describe, expect, it } from '@jest/globals';
import { MemoryStorage } from '../../../src/adapters/storage/memory.js';
import {
  acquireLock,
  forceUnlock,
  LOCK_KEY,
  lockDisabledWarning,
  observeLock,
  releaseLock,
  type LockOperation,
} from '../../../src/engine/lock/index.js';

const ID = '01JBQZ8D5V0000000000000000';
const OTHER = '01JBQZ8D5V1111111111111111';
const T0 = new Date('2026-06-10T10:00:00.000Z');
const fixed = (id: string, at: Date = T0) => ({ ids: { ulid: () => id }, clock: { now: () => at }, pid: 4242 });
const later = (seconds: number) => ({ now: () => new Date(T0.getTime() + seconds * 1000) });

const LOCK_BYTES = `{\n  "version": 1,\n  "lock_id": "${ID}",\n  "operation": "apply",\n  "created_at": "2026-06-10T10:00:00.000Z",\n  "pid": 4242\n}`;

describe('acquireLock', () => {
  it('writes pretty JSON without a trailing newline, fields in order', async () => {
    const s = new MemoryStorage();
    const got = await acquireLock(s, { operation: 'apply', ...fixed(ID) });
    expect(got).toEqual({ kind: 'acquired', lock: { version: 1, lock_id: ID, operation: 'apply', created_at: '2026-06-10T10:00:00.000Z', pid: 4242 } });
    expect((await s.read(LOCK_KEY))?.text).toBe(LOCK_BYTES);
  });

  it('contention is a value carrying the holder and the exact force-unlock hint; the lock is untouched', async () => {
    const s = new MemoryStorage();
    await acquireLock(s, { operation: 'apply', ...fixed(ID) });
    const got = await acquireLock(s, { operation: 'refresh', ...fixed(OTHER, new Date(T0.getTime() + 90_500)) });
    expect(got).toEqual({
      kind: 'held',
      holder: { lock_id: ID, lock_operation: 'apply', lock_created_at: '2026-06-10T10:00:00.000Z', lock_pid: 4242, lock_age_seconds: 90 },
      diagnostic: {
        code: 'state_lock_held',
        severity: 'error',
        path: LOCK_KEY,
        message: `cluster state lock already exists (lock id ${ID}); run \`omnigraph cluster force-unlock ${ID}\` only after confirming no cluster operation is active`,
      },
    });
    expect((await s.read(LOCK_KEY))?.text).toBe(LOCK_BYTES);
  });

  it.each([
    ['corrupt', '{"version":1,'],
    ['foreign version', '{"version":2,"lock_id":"x","operation":"apply","created_at":"t","pid":1}'],
  ])('a %s holder still refuses, without an id in the message', async (_, text) => {
    const s = new MemoryStorage();
    await s.write(LOCK_KEY, text);
    const got = await acquireLock(s, { operation: 'plan', ...fixed(OTHER) });
    expect(got).toEqual({
      kind: 'held',
      holder: {},
      diagnostic: {
        code: 'state_lock_held',
        severity: 'error',
        path: LOCK_KEY,
        message: 'cluster state lock already exists; remove it only after confirming no cluster operation is active',
      },
    });
    expect((await s.read(LOCK_KEY))?.text).toBe(text);
  });

  it('a storage failure is state_lock_error', async () => {
    const s = new MemoryStorage();
    s.inject({ op: 'writeIfAbsent', error: 'access denied' });
    expect(await acquireLock(s, { operation: 'import', ...fixed(ID) })).toEqual({
      kind: 'error',
      diagnostic: { code: 'state_lock_error', severity: 'error', path: LOCK_KEY, message: 'could not write state lock: access denied' },
    });
  });

  it.each<[LockOperation, string]>([
    ['plan', 'state.lock is false; plan read state without acquiring the cluster state lock'],
    ['apply', 'state.lock is false; apply wrote state without acquiring the cluster state lock'],
    ['refresh', 'state.lock is false; refresh wrote state without acquiring the cluster state lock'],
    ['import', 'state.lock is false; import wrote state without acquiring the cluster state lock'],
    ['approve', 'state.lock is false; approve ran without acquiring the cluster state lock'],
  ])('state.lock false for %s is a warning', (op, message) => {
    expect(lockDisabledWarning(op)).toEqual({ code: 'state_lock_disabled', severity: 'warning', path: 'state.lock', message });
  });
});

describe('releaseLock', () => {
  it('deletes our own lock', async () => {
    const s = new MemoryStorage();
    await acquireLock(s, { operation: 'apply', ...fixed(ID) });
    expect(await releaseLock(s, ID)).toEqual({ kind: 'released' });
    expect(await s.read(LOCK_KEY)).toBeNull();
    expect(await releaseLock(s, ID)).toEqual({ kind: 'absent' });
  });

  it('never deletes a lock that is someone else’s or no longer parses', async () => {
    const s = new MemoryStorage();
    await acquireLock(s, { operation: 'apply', ...fixed(OTHER) });
    expect(await releaseLock(s, ID)).toEqual({ kind: 'not_ours' });
    expect(await s.exists(LOCK_KEY)).toBe(true);
    await s.write(LOCK_KEY, `{"lock_id":"${ID}"`);
    expect(await releaseLock(s, ID)).toEqual({ kind: 'not_ours' });
    expect(await s.exists(LOCK_KEY)).toBe(true);
  });

  it('a storage failure is a value', async () => {
    const s = new MemoryStorage();
    await acquireLock(s, { operation: 'apply', ...fixed(ID) });
    s.inject({ op: 'delete', error: 'gone fishing' });
    expect(await releaseLock(s, ID)).toEqual({ kind: 'error', message: 'gone fishing' });
  });
});

describe('observeLock', () => {
  it('no lock: not locked, no diagnostics', async () => {
    expect(await observeLock(new MemoryStorage(), later(0))).toEqual({ observation: { locked: false }, diagnostics: [] });
  });

  it('a held lock reports its metadata and age', async () => {
    const s = new MemoryStorage();
    await acquireLock(s, { operation: 'refresh', ...fixed(ID) });
    expect(await observeLock(s, later(3600))).toEqual({
      observation: { locked: true, lock_id: ID, lock_operation: 'refresh', lock_created_at: '2026-06-10T10:00:00.000Z', lock_pid: 4242, lock_age_seconds: 3600 },
      diagnostics: [],
    });
  });

  it.each([
    ['not JSON', 'nope', 'invalid_state_lock', /^could not parse state lock: /],
    ['unknown field', `{"version":1,"lock_id":"a","operation":"apply","created_at":"t","pid":1,"host":"h"}`, 'invalid_state_lock', /unknown field `host`/],
    ['pid not a u32', `{"version":1,"lock_id":"a","operation":"apply","created_at":"t","pid":-1}`, 'invalid_state_lock', /pid/],
    ['foreign version', `{"version":3,"lock_id":"a","operation":"apply","created_at":"t","pid":1}`, 'unsupported_state_lock_version', /^unsupported cluster state lock version 3$/],
  ])('%s: locked, with a warning', async (_, text, code, message) => {
    const s = new MemoryStorage();
    await s.write(LOCK_KEY, text);
    const got = await observeLock(s, later(0));
    expect(got.observation).toEqual({ locked: true });
    expect(got.diagnostics).toHaveLength(1);
    expect(got.diagnostics[0]).toMatchObject({ code, severity: 'warning', path: LOCK_KEY });
    expect(got.diagnostics[0]!.message).toMatch(message);
  });

  it('an unreadable lock is a warning, and something at the key still counts as locked', async () => {
    const s = new MemoryStorage();
    s.plantRaw(LOCK_KEY, Uint8Array.from([0xff]));
    const got = await observeLock(s, later(0));
    expect(got.observation).toEqual({ locked: true });
    expect(got.diagnostics[0]).toMatchObject({ code: 'state_lock_read_error', severity: 'warning', path: LOCK_KEY });
    expect(got.diagnostics[0]!.message).toMatch(/^could not read state lock: /);
  });
});

describe('forceUnlock', () => {
  it('removes the lock with exactly this id; locked is cleared, metadata kept', async () => {
    const s = new MemoryStorage();
    await acquireLock(s, { operation: 'apply', ...fixed(ID) });
    expect(await forceUnlock(s, ID, later(5))).toEqual({
      removed: true,
      observation: { locked: false, lock_id: ID, lock_operation: 'apply', lock_created_at: '2026-06-10T10:00:00.000Z', lock_pid: 4242, lock_age_seconds: 5 },
      diagnostics: [],
    });
    expect(await s.read(LOCK_KEY)).toBeNull();
  });

  it('refuses another id and keeps the lock', async () => {
    const s = new MemoryStorage();
    await acquireLock(s, { operation: 'apply', ...fixed(ID) });
    const got = await forceUnlock(s, OTHER, later(5));
    expect(got.removed).toBe(false);
    expect(got.observation).toMatchObject({ locked: true, lock_id: ID });
    expect(got.diagnostics).toEqual([
      {
        code: 'state_lock_id_mismatch',
        severity: 'error',
        path: LOCK_KEY,
        message: `lock id mismatch: held lock is ${ID}, refusing to remove (pass the exact id from \`cluster status\`)`,
      },
    ]);
    expect((await s.read(LOCK_KEY))?.text).toBe(LOCK_BYTES);
  });

  it.each([
    ['missing', null, { code: 'state_lock_missing', message: 'no cluster state lock is present' }],
    ['corrupt', '{', { code: 'invalid_state_lock' }],
    ['foreign version', `{"version":2,"lock_id":"${ID}","operation":"apply","created_at":"t","pid":1}`, { code: 'unsupported_state_lock_version', message: 'unsupported cluster state lock version 2' }],
  ])('%s lock: an error, nothing removed, not reported as locked', async (_, text, diagnostic) => {
    const s = new MemoryStorage();
    if (text !== null) await s.write(LOCK_KEY, text);
    const got = await forceUnlock(s, ID, later(0));
    expect(got.removed).toBe(false);
    expect(got.observation).toEqual({ locked: false });
    expect(got.diagnostics[0]).toMatchObject({ severity: 'error', path: LOCK_KEY, ...diagnostic });
    expect((await s.read(LOCK_KEY))?.text ?? null).toBe(text);
  });

  it('read and delete failures', async () => {
    const s = new MemoryStorage();
    s.inject({ op: 'read', error: 'eio' });
    expect((await forceUnlock(s, ID, later(0))).diagnostics).toEqual([
      { code: 'state_lock_read_error', severity: 'error', path: LOCK_KEY, message: 'could not read state lock: eio' },
    ]);
    await acquireLock(s, { operation: 'apply', ...fixed(ID) });
    s.inject({ op: 'delete', error: 'eperm' });
    const got = await forceUnlock(s, ID, later(0));
    expect(got.removed).toBe(false);
    expect(got.observation.locked).toBe(true);
    expect(got.diagnostics).toEqual([{ code: 'state_lock_error', severity: 'error', path: LOCK_KEY, message: 'could not remove state lock: eperm' }]);
  });
});
