import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidationCache } from '../../engine/ports/validation-cache.js';

/**
 * The validation cache as files: `<dir>/<first two hex digits>/<key>`, each holding the sha256 of
 * the value on its first line and the value after it. A file whose checksum does not match (torn,
 * truncated, edited) reads as absent. Writes go to a temp file renamed into place, so concurrent
 * runs never see half an entry; any I/O failure is swallowed (the cache only ever costs speed).
 */
export class FsValidationCache implements ValidationCache {
  /** Entries this process stored (a carried cache is saved only when it grew). */
  written = 0;

  constructor(
    readonly dir: string,
    readonly toolVersion: string,
  ) {}

  get(key: string): string | null {
    if (!/^[0-9a-f]{64}$/.test(key)) return null;
    let text: string;
    try {
      text = readFileSync(this.fileOf(key), 'utf8');
    } catch {
      return null;
    }
    const newline = text.indexOf('\n');
    if (newline !== 64) return null;
    const value = text.slice(65);
    return sha256(value) === text.slice(0, 64) ? value : null;
  }

  put(key: string, value: string): void {
    if (!/^[0-9a-f]{64}$/.test(key)) return;
    const file = this.fileOf(key);
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(tmp, `${sha256(value)}\n${value}`, { flag: 'wx' });
      renameSync(tmp, file);
      this.written++;
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Nothing was written, or the directory is gone: either way nothing is left to clean.
      }
    }
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key);
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Where the cache lives unless `--cache-dir` says: `$OMNIGRAPH_CLUSTER_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/omnigraph-cluster`, else `~/.cache/omnigraph-cluster`.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.OMNIGRAPH_CLUSTER_CACHE_DIR) return env.OMNIGRAPH_CLUSTER_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'omnigraph-cluster');
  return path.join(homedir(), '.cache', 'omnigraph-cluster');
}

/**
 * This build's identity for cache keys: the package version plus the size and modification time
 * of the running bundle, so a rebuilt tool never trusts verdicts an older build stored.
 */
export function buildIdentity(version: string): string {
  try {
    const s = statSync(fileURLToPath(import.meta.url));
    return `${version}+${s.size}.${Math.trunc(s.mtimeMs)}`;
  } catch {
    return version;
  }
}
