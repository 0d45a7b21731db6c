import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../engine/config/paths.js';

/**
 * The containment root of a CLI run (docs/contract/config.md#containment): `--root` when given,
 * else the git top-level that holds `dir` (the nearest ancestor with a `.git` entry, a directory
 * or a worktree's file), else null (the engine then keeps the config directory as the boundary).
 * The search walks the path as written first, then its real path, so a config dir reached through
 * a symlink still finds the repository it lives in.
 */
export function findGitTop(dir: string, cwd: string = process.cwd()): string | null {
  const lexical = path.resolve(cwd, dir);
  const found = walkUp(lexical);
  if (found !== null) return found;
  try {
    return walkUp(realpathSync.native(lexical));
  } catch {
    return null;
  }
}

function walkUp(start: string): string | null {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (hasGitEntry(dir)) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/** A `.git` entry of any kind; a path that cannot be inspected (ENOTDIR, EACCES) has none. */
function hasGitEntry(dir: string): boolean {
  try {
    return lstatSync(path.join(dir, '.git'), { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

export type RootResult = { readonly ok: true; readonly root: string | null } | { readonly ok: false; readonly message: string };

/** The root for a command on `configDir`: `--root` (which must hold it), else git's top-level, else null. */
export function containmentRoot(explicit: string | null, configDir: string, cwd: string = process.cwd()): RootResult {
  if (explicit === null) return { ok: true, root: findGitTop(configDir, cwd) };
  if (!isInside(path.resolve(cwd, explicit), path.resolve(cwd, configDir))) {
    return { ok: false, message: `--config ${configDir} is not inside --root ${explicit}` };
  }
  return { ok: true, root: explicit };
}
