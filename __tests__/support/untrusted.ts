import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A directory outside the storage root that hostile state files aim at: every test asserts that
 * after the command its tree (names, bytes, link targets) is exactly what it was before.
 */
export interface Victim {
  readonly dir: string;
  snapshot(): Record<string, string>;
  cleanup(): void;
}

export function victimDir(): Victim {
  const dir = mkdtempSync(path.join(tmpdir(), 'og-victim-'));
  writeFileSync(path.join(dir, 'v.json'), '{"precious":true}\n');
  writeFileSync(path.join(dir, 'state.json'), 'not a ledger\n');
  return { dir, snapshot: () => treeSnapshot(dir), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every entry under `dir` by relative path: file bytes, `dir`, or `-> target` for a link. */
export function treeSnapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      const rel = path.relative(dir, full);
      const stats = lstatSync(full);
      if (stats.isSymbolicLink()) out[rel] = `-> ${readlinkSync(full)}`;
      else if (stats.isDirectory()) {
        out[rel] = 'dir';
        walk(full);
      } else out[rel] = readFileSync(full, 'latin1');
    }
  };
  walk(dir);
  return out;
}
