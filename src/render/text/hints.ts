import type { Diagnostic } from '../../engine/diagnostics/index.js';
import { diagnosticHint } from '../markdown/reasons.js';

/**
 * The hints the terminal shows under a diagnostic. The `message` keeps the reference's wording
 * (`run \`cluster import\``), which names a command this tool does not have; the hint names ours,
 * with the config dir the user passed so it can be pasted as is.
 */
const TEXT_HINTS: Readonly<Record<string, (dir: string) => string>> = {
  state_missing: (dir) => `no state yet: run \`omnigraph-cluster import --config ${dir}\` once`,
  state_already_exists: (dir) => `state already exists: run \`omnigraph-cluster refresh --config ${dir}\` instead of import`,
};

export function textHint(diagnostic: Diagnostic, configDir: string): string | undefined {
  const dir = shellWord(configDir);
  const own = Object.hasOwn(TEXT_HINTS, diagnostic.code) ? TEXT_HINTS[diagnostic.code] : undefined;
  if (own !== undefined) return own(dir);
  return diagnosticHint(diagnostic.code)?.replaceAll('<dir>', dir);
}

/** A config dir as one shell word: quoted only when it would otherwise split or expand. */
export function shellWord(value: string): string {
  return /^[A-Za-z0-9_./@:+-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
