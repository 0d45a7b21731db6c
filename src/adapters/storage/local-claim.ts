import { closeSync, constants, fsyncSync, openSync, writeSync } from 'node:fs';
import { link, lstat, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { ulid } from 'ulid';
import { StorageError } from '../../engine/ports/storage.js';
import { ioMessage } from '../source/local-source-files.js';

/**
 * A claim older than this was left by a process that died on another host (or whose pid was
 * reused): a live holder keeps its claim for milliseconds. Documented in the README.
 */
export const CLAIM_STALE_MS = 30_000;

interface ClaimOwner {
  readonly pid: number;
  readonly host: string;
  readonly nonce: string;
}

/**
 * The exclusive claim that makes the local adapter's compare-and-replace one step across
 * processes. The claim records its owner (pid, host and a nonce): a claim whose owner is a
 * process on this host that no longer exists is broken at once, so a writer killed inside a
 * write stalls nobody; a claim from another host falls back to the age threshold. The claim
 * appears complete (written to a temp file, then hard-linked into place), so a waiter never
 * reads a half-written owner.
 */
export async function acquireClaim(claim: string): Promise<void> {
  const deadline = Date.now() + CLAIM_STALE_MS + 5_000;
  const mine: ClaimOwner = { pid: process.pid, host: hostname(), nonce: ulid() };
  for (;;) {
    if (await tryCreate(claim, mine)) return;
    await breakIfAbandoned(claim);
    if (Date.now() > deadline) throw new StorageError(`timed out waiting for '${claim}'`);
    await new Promise((r) => setTimeout(r, 5 + Math.floor(Math.random() * 10)));
  }
}

export async function releaseClaim(claim: string): Promise<void> {
  await rm(claim, { force: true });
}

async function tryCreate(claim: string, owner: ClaimOwner): Promise<boolean> {
  const tmp = `${claim}.${owner.nonce}`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW, 0o644);
    writeSync(fd, JSON.stringify(owner));
    fsyncSync(fd);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new StorageError(ioMessage(e));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  try {
    await link(tmp, claim);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StorageError(ioMessage(e));
  } finally {
    await rm(tmp, { force: true });
  }
}

/**
 * Removes the claim when its owner is provably gone. Two waiters may judge the same dead claim;
 * the second one re-reads before removing and leaves a claim whose nonce changed (a live owner's).
 */
async function breakIfAbandoned(claim: string): Promise<void> {
  let text: string;
  let ageMs: number;
  try {
    ageMs = Date.now() - (await lstat(claim)).mtimeMs;
    text = await readFile(claim, 'utf8');
  } catch {
    return; // The holder just released it; try again.
  }
  const owner = parseOwner(text);
  const dead = owner !== null && owner.host === hostname() && owner.pid !== process.pid && !processExists(owner.pid);
  if (!dead && ageMs <= CLAIM_STALE_MS) return;
  try {
    if ((await readFile(claim, 'utf8')) === text) await rm(claim, { force: true });
  } catch {
    // Released meanwhile.
  }
}

function parseOwner(text: string): ClaimOwner | null {
  try {
    const value = JSON.parse(text) as Partial<ClaimOwner> | null;
    if (value && Number.isSafeInteger(value.pid) && typeof value.host === 'string' && typeof value.nonce === 'string') {
      return { pid: value.pid as number, host: value.host, nonce: value.nonce };
    }
  } catch {
    // A claim from an older build is empty: only its age can tell.
  }
  return null;
}

function processExists(pid: number): boolean {
  if (pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
