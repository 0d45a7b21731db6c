import type { CommandOutput } from '../../engine/model/outputs.js';
import type { OutputOf, RenderKind } from '../kinds.js';
import { applyText, planText } from './changes.js';
import { diagnosticLines } from './diagnostics.js';
import { approveText, forceUnlockText, refreshText, statusText, validateText } from './state.js';

export interface TextOptions {
  /** Show this tool's hints under the diagnostics, naming this config dir (the CLI; the reference's text has none). */
  readonly hintsFor?: string;
}

/** The terminal text of a command (docs/contract/text-output.md): head lines, then diagnostics. */
export function renderText<K extends RenderKind>(kind: K, output: OutputOf<K>, options: TextOptions = {}): string {
  const out: CommandOutput = output;
  return [...headLines(kind, out, options), ...diagnosticLines(out.diagnostics, options.hintsFor)].map((l) => `${l}\n`).join('');
}

function headLines(kind: RenderKind, out: CommandOutput, options: TextOptions): string[] {
  switch (kind) {
    case 'validate':
      return validateText(out as OutputOf<'validate'>);
    case 'plan':
      return planText(out as OutputOf<'plan'>, options.hintsFor);
    case 'apply':
      return applyText(out as OutputOf<'apply'>);
    case 'status':
      return statusText(out as OutputOf<'status'>);
    case 'refresh':
    case 'import':
      return refreshText(out as OutputOf<'refresh'>);
    case 'force-unlock':
      return forceUnlockText(out as OutputOf<'force-unlock'>);
    case 'approve':
      return approveText(out as OutputOf<'approve'>);
  }
}
