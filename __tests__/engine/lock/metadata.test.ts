import { describe, expect, it } from '@jest/globals';
import { lockAgeSeconds, lockSummary } from '../../../src/engine/lock/index.js';

const NOW = new Date('2026-06-10T10:00:00.000Z');

describe('lockAgeSeconds', () => {
  it.each([
    ['2026-06-10T09:59:00Z', 60],
    ['2026-06-10T09:59:00.999Z', 59],
    ['2026-06-10T09:59:59.123456789Z', 0],
    ['2026-06-10t09:00:00z', 3600],
    ['2026-06-10T11:00:00+02:00', 3600],
    ['2026-06-10T05:30:00-04:00', 1800],
    ['2026-06-10T06:30:00-04:00', 0],
    ['2026-06-10T10:00:30Z', 0],
    ['2024-02-29T10:00:00Z', 832 * 86400],
  ])('%s ⇒ %d', (created, age) => {
    expect(lockAgeSeconds(created, NOW)).toBe(age);
  });

  it.each(['2026-06-10T10:00Z', '2026-06-10T10:00:00', '2026-06-10 10:00:00Z', '2026-02-30T10:00:00Z', '2026-13-01T00:00:00Z', '2026-06-10T24:00:00Z', 'yesterday', ''])(
    '%s is not RFC 3339 ⇒ no age',
    (created) => {
      expect(lockAgeSeconds(created, NOW)).toBeUndefined();
    },
  );
});

describe('lockSummary', () => {
  it('lists the known parts in order', () => {
    expect(lockSummary({ lock_id: 'L', lock_operation: 'apply', lock_created_at: 'T', lock_pid: 7, lock_age_seconds: 0 })).toBe(
      'id=L, operation=apply, pid=7, created_at=T, age_seconds=0',
    );
    expect(lockSummary({ lock_id: 'L', lock_created_at: 'T' })).toBe('id=L, created_at=T');
  });

  it('is empty without a lock id', () => {
    expect(lockSummary({ lock_operation: 'apply' })).toBe('');
  });
});
