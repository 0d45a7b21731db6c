import type { Diagnostic } from '../../engine/diagnostics/index.js';
import type { StateObservations } from '../../engine/model/outputs.js';
import type { RenderContext } from '../kinds.js';
import { codeBlock, details, line, type Block, type Level, type Section } from '../markup/blocks.js';
import { code, escapeText, safeUrl, shellWord, wrapCode } from '../markup/escape.js';
import { diagnosticHint, diagnosticTitle } from './reasons.js';

/** Banners name at most this many resources, then count the rest. */
export const BANNER_NAMES = 10;

export const essential = (render: (level: Level) => readonly Block[]): Section => ({ essential: true, render });
export const optional = (render: (level: Level) => readonly Block[]): Section => ({ essential: false, render });

/** A digest shortened for tables (full digests are in the JSON). */
export function shortDigest(digest: string | undefined): string {
  return digest === undefined ? '' : code(digest.slice(0, 12));
}

/** `a`, `b` and 3 more — resource names as code spans, bounded. */
export function nameList(names: readonly string[]): string {
  const shown = names.slice(0, BANNER_NAMES).map((n) => code(n, 120));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** `### <emoji> <title>` with the cluster identity underneath. */
export function heading(emoji: string, title: string, ctx: RenderContext): Block[] {
  const label = ctx.label === '' ? '' : ` · label ${code(ctx.label, 80)}`;
  return [line(`### ${emoji} ${title}`), line(`Cluster ${code(ctx.configDir, 200)}${label}`)];
}

export function cliCommand(ctx: RenderContext, ...words: string[]): string {
  const dir = ctx.configDir.length > COMMAND_NAME_MAX ? '<config-dir>' : shellWord(ctx.configDir);
  return ['omnigraph-cluster', ...words, '--config', dir].join(' ');
}

/** Names longer than this are not put into commands: a clipped command would be wrong. */
const COMMAND_NAME_MAX = 200;

export function approveCommand(ctx: RenderContext, resource: string): string {
  if (resource.length > COMMAND_NAME_MAX) return '# (a resource name too long to show here; take it from the plan JSON)';
  return cliCommand(ctx, '--as', '<you>', 'approve', shellWord(resource));
}

/** The last-resort one-liner of a document: its heading and counts. */
export function minimalLine(emoji: string, title: string, counts: string): string {
  return `### ${emoji} ${title}\n\n${counts}`;
}

/** The lock holder in words, or null when no foreign lock was observed. */
export function lockHolder(obs: StateObservations): string | null {
  if (!obs.locked) return null;
  const parts: string[] = [];
  if (obs.lock_operation !== undefined) parts.push(`by ${code(obs.lock_operation, 40)}`);
  if (obs.lock_id !== undefined) parts.push(`id ${code(obs.lock_id, 80)}`);
  if (obs.lock_pid !== undefined) parts.push(`pid ${obs.lock_pid}`);
  if (obs.lock_created_at !== undefined) parts.push(`since ${escapeText(obs.lock_created_at, 40)}`);
  if (obs.lock_age_seconds !== undefined) parts.push(`(${obs.lock_age_seconds}s ago)`);
  return parts.join(' ');
}

/** Banner for a held state lock, with the exact (manual, never automatic) unlock command. */
export function lockHeldBlocks(obs: StateObservations, ctx: RenderContext): Block[] {
  const holder = lockHolder(obs) ?? '';
  const blocks = [line(`> 🔒 **State locked** ${holder}. Wait for that command to finish and re-run.`)];
  if (obs.lock_id !== undefined && obs.lock_id.length <= COMMAND_NAME_MAX) {
    blocks.push(line('Only if you are sure no cluster command is running, remove the lock:'));
    blocks.push(codeBlock(cliCommand(ctx, 'force-unlock', shellWord(obs.lock_id)), 'sh'));
  }
  return blocks;
}

export function hasCode(diagnostics: readonly Diagnostic[], ...codes: string[]): boolean {
  return diagnostics.some((d) => codes.includes(d.code));
}

export function countsBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}

/** Banners every command shares: lock held, CAS lost, recovery, locking disabled. */
export function sharedBanners(diagnostics: readonly Diagnostic[], obs: StateObservations | undefined, ctx: RenderContext): Block[] {
  const out: Block[] = [];
  if (obs !== undefined && hasCode(diagnostics, 'state_lock_held')) out.push(...lockHeldBlocks(obs, ctx));
  if (hasCode(diagnostics, 'state_cas_mismatch')) {
    out.push(line('> ⚠️ **State changed concurrently** (CAS mismatch): another command wrote state.json while this one ran. Nothing was recorded; re-run.'));
  }
  const pending = diagnostics.filter((d) => d.code === 'cluster_recovery_pending').map((d) => d.path);
  if (pending.length > 0) out.push(line(`> 🩹 **Recovery pending**: ${nameList(pending)}. The next apply sweeps interrupted graph operations.`));
  const rolled = diagnostics.filter((d) => d.code === 'cluster_recovery_rolled_forward').map((d) => d.path);
  if (rolled.length > 0) out.push(line(`> 🩹 **Recovered**: an interrupted operation was completed for ${nameList(rolled)}.`));
  if (hasCode(diagnostics, 'state_lock_disabled')) out.push(line('> ⚠️ State locking is disabled (`state.lock: false`): concurrent commands are not fenced.'));
  return out;
}

/** `text` with every absolute path under `root` shown relative to it (see RenderContext.sourceRoot). */
export function relativePaths(text: string, root: string | undefined): string {
  if (root === undefined || root === '' || root === '/') return text.split('/./').join('/');
  const base = root.replace(/[\\/]+$/, '');
  // Only where a path starts (not `/www/w/x` for the root `/w`); `dir/./file` reads `dir/file`.
  const under = new RegExp(`(^|[^A-Za-z0-9._/~-])${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`, 'g');
  return text.replace(under, '$1').split('/./').join('/');
}

/** Wider lines than this are wrapped at spaces inside diagnostic blocks (a code block scrolls sideways otherwise). */
const DIAGNOSTIC_COLUMNS = 88;

/** One-line text wrapped at spaces to DIAGNOSTIC_COLUMNS; multi-line text (a caret diagram) is kept as it is. */
export function wrapMessage(text: string): string {
  if (text.includes('\n')) return text;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > DIAGNOSTIC_COLUMNS) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return lines.join('\n');
}

/** Longest message shown in a diagnostic block; the JSON output has the whole message. */
const DIAGNOSTIC_MESSAGE_MAX = 2_000;

/** One diagnostic: a title line, then its location and message verbatim in a code block, then the hint. */
function diagnosticBlocks(d: Diagnostic, root: string | undefined): Block[] {
  const hint = diagnosticHint(d.code);
  const mark = d.severity === 'error' ? '❌' : '⚠️';
  const where = d.location === undefined ? '' : `${relativePaths(d.location.file, root)}:${d.location.line}:${d.location.column}\n`;
  const message = relativePaths(d.message.length > DIAGNOSTIC_MESSAGE_MAX ? `${d.message.slice(0, DIAGNOSTIC_MESSAGE_MAX - 1)}…` : d.message, root);
  const blocks = [line(`${mark} **${escapeText(diagnosticTitle(d.code))}** ${code(d.code, 80)} at ${wrapCode(relativePaths(d.path, root), 200)}`), codeBlock(`${where}${wrapMessage(message)}`, 'text')];
  if (hint !== undefined) blocks.push(line(`<sub>${escapeText(hint)}</sub>`));
  return blocks;
}

/**
 * The diagnostics panel: each diagnostic as a titled code block (a parse error's caret diagram
 * stays a diagram; paths are shown relative to ctx.sourceRoot), folded when the document shrinks,
 * errors only at `list`, gone at `headline` (the headline counts them).
 */
export function diagnosticsSection(diagnostics: readonly Diagnostic[], ctx?: RenderContext): Section {
  return optional((level) => {
    if (diagnostics.length === 0 || level === 'headline') return [];
    const shown = level === 'list' ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    if (shown.length === 0) return [];
    const body = shown.flatMap((d) => diagnosticBlocks(d, ctx?.sourceRoot));
    const { errors, warnings } = countsBySeverity(shown);
    const summary = `Diagnostics: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    return level === 'full' ? [line(`#### ${summary}`), ...body] : [details(summary, body, errors > 0)];
  });
}

/** Footer: state revision, lock, config dir, label, run link. Small and always kept. */
export function footerSection(obs: StateObservations | undefined, ctx: RenderContext): Section {
  return essential(() => {
    const parts: string[] = [];
    if (obs !== undefined) {
      parts.push(obs.state_found ? `state revision ${obs.state_revision}` : 'no state yet');
      parts.push(lockWords(obs));
    }
    parts.push(`config ${code(ctx.configDir, 200)}`);
    if (ctx.label !== '') parts.push(`label ${code(ctx.label, 80)}`);
    const url = safeUrl(ctx.runUrl);
    if (url !== null) parts.push(`[workflow run](${url})`);
    return [line(`<sub>${parts.join(' · ')}</sub>`)];
  });
}

function lockWords(obs: StateObservations): string {
  if (obs.lock_acquired) return 'lock acquired and released by this run';
  if (obs.locked) return `lock held ${lockHolder(obs) ?? ''}`.trimEnd();
  return 'lock not held';
}

/** Where the parts left out by the size ladder can be read. */
export function restNote(ctx: RenderContext, command: string): string {
  const url = safeUrl(ctx.runUrl);
  const local = code(`${cliCommand(ctx, command)} --format markdown`, 400);
  return url === null
    ? `<sub>Some detail was left out to fit the size limit. Run ${local} to see everything.</sub>`
    : `<sub>Some detail was left out to fit the size limit: see the [job summary](${url}) or run ${local}.</sub>`;
}
