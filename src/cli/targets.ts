import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toPrettyJson } from '../base/json.js';
import { errorText } from '../base/error-text.js';
import { LocalSourceFiles } from '../adapters/source/local-source-files.js';
import { isInside } from '../engine/config/paths.js';
import { discoverTargets, targetsJson, targetsOutput } from '../engine/targets/index.js';
import { renderTargetsText } from '../render/targets.js';
import type { CliArgs } from './args.js';
import { findGitTop } from './root.js';

/** Every cluster in the repository when no `--config` is given. */
export const DEFAULT_TARGET_PATTERN = '**/cluster.yaml';

export interface TargetsIo {
  readonly stdout: (text: string) => void;
  /** The whole of stdin, for `--changed-files -`. */
  readonly readStdin: () => Promise<string>;
  /** The working directory the patterns are written from (default: the process's). */
  readonly cwd?: string;
}

export type TargetsRun = { readonly ok: true; readonly code: number } | { readonly ok: false; readonly usage: string };

/**
 * `omnigraph-cluster targets` (docs/contract/targets.md#command). Patterns are relative to the
 * working directory; the output's paths are relative to the root (`--root`, else the git
 * top-level holding the working directory, else the working directory itself).
 */
export async function runTargets(args: CliArgs, io: TargetsIo): Promise<TargetsRun> {
  const cwd = io.cwd ?? process.cwd();
  const root = path.resolve(cwd, args.root ?? findGitTop('.', cwd) ?? '.');
  if (!isInside(root, cwd)) return { ok: false, usage: `the working directory is not inside --root ${args.root ?? root}` };
  let changed: string[] | null = null;
  if (args.changedFiles !== null) {
    const read = await readChangedFiles(args.changedFiles, cwd, io);
    if (!read.ok) return { ok: false, usage: read.message };
    changed = read.files;
  }
  const base = path.relative(root, cwd).split(path.sep).join('/');
  const patterns = args.configPatterns.length > 0 ? args.configPatterns : [DEFAULT_TARGET_PATTERN];
  // The root as seen from the working directory (`.`, `../..`): diagnostics then show short paths.
  const discovery = discoverTargets(patterns, { files: new LocalSourceFiles(cwd), root: path.relative(cwd, root) || '.', base });
  const output = targetsOutput(discovery, changed);
  io.stdout(args.format === 'json' ? `${toPrettyJson(targetsJson(output))}\n` : renderTargetsText(output));
  return { ok: true, code: output.ok ? 0 : 1 };
}

/**
 * One repository-relative path per line (`git diff --name-only`), or NUL-separated (`-z`). Blank
 * lines are skipped; a trailing CR is dropped, other whitespace is part of the name.
 */
export function parseChangedFiles(text: string): string[] {
  const parts = text.includes('\0') ? text.split('\0') : text.split('\n').map((l) => l.replace(/\r$/, ''));
  return parts.filter((p) => p.trim() !== '');
}

async function readChangedFiles(source: string, cwd: string, io: TargetsIo): Promise<{ ok: true; files: string[] } | { ok: false; message: string }> {
  try {
    const text = source === '-' ? await io.readStdin() : readFileSync(path.resolve(cwd, source), 'utf8');
    return { ok: true, files: parseChangedFiles(text) };
  } catch (e) {
    return { ok: false, message: `--changed-files ${source}: ${errorText(e)}` };
  }
}
