import type { Diagnostic } from '../engine/diagnostics/index.js';
import { clip, shellWord } from './markup/escape.js';
import { diagnosticHint, diagnosticTitle } from './markdown/reasons.js';

/**
 * One workflow annotation. Plain text: `@actions/core` escapes `%`, CR/LF, `,` and `:` for the
 * workflow-command syntax, so nothing is escaped here.
 */
export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly title: string;
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
}

export interface AnnotationOptions {
  /** Where `cluster.yaml` is, as the workflow sees it; used when a diagnostic has no location. */
  readonly configFile?: string;
  /** The config dir as the workflow names it: put into the hints' commands in place of `<dir>`. */
  readonly configDir?: string;
  /** Per-severity cap (GitHub shows about 10 of each per step). */
  readonly maxPerSeverity?: number;
}

const MESSAGE_MAX_CHARS = 2_000;

/**
 * Diagnostics → annotations, errors first, at most `maxPerSeverity` of each severity, plus one
 * notice counting what was left out (it is all in the job summary). A diagnostic with a source
 * location points at that file and line; one whose path is a cluster.yaml key points at the
 * config file without a line.
 */
export function toAnnotations(diagnostics: readonly Diagnostic[], options: AnnotationOptions = {}): Annotation[] {
  const cap = Math.max(0, options.maxPerSeverity ?? 10);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const out = [...errors.slice(0, cap), ...warnings.slice(0, cap)].map((d) => annotation(d, options.configFile, options.configDir));
  const hiddenErrors = Math.max(0, errors.length - cap);
  const hiddenWarnings = Math.max(0, warnings.length - cap);
  if (hiddenErrors + hiddenWarnings > 0) {
    out.push({
      level: 'notice',
      title: 'omnigraph-cluster: more diagnostics',
      message: `${hiddenErrors} more error(s) and ${hiddenWarnings} more warning(s) are not annotated; see the job summary for all of them.`,
    });
  }
  return out;
}

function annotation(d: Diagnostic, configFile: string | undefined, configDir: string | undefined): Annotation {
  const catalogue = diagnosticHint(d.code);
  const hint = configDir === undefined ? catalogue : catalogue?.replaceAll('<dir>', shellWord(configDir));
  const message = clip(`${d.path}: ${d.message}${hint === undefined ? '' : `\n${hint}`}`, MESSAGE_MAX_CHARS);
  const base = { level: d.severity, message, title: `${diagnosticTitle(d.code)} (${d.code})` } as const;
  if (d.location !== undefined) return { ...base, file: d.location.file, line: d.location.line, col: d.location.column };
  if (configFile !== undefined && isConfigKeyPath(d.path)) return { ...base, file: configFile };
  return base;
}

/** Paths that name a key of cluster.yaml (rather than a resource address or a state file). */
function isConfigKeyPath(path: string): boolean {
  return /^(graphs|policies|providers|metadata|state|storage|version)(\.|\[|$)/.test(path) || path === 'cluster.yaml';
}
