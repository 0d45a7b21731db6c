import type { TargetJson, TargetsOutput } from '../engine/targets/output.js';
import { diagnosticLines } from './text/diagnostics.js';

/**
 * `targets` as terminal text (docs/contract/targets.md#text-output): one block per cluster the change
 * set affects (every cluster without one), a count line, then the pattern diagnostics. Names come
 * from the repository, so control characters are shown escaped, never sent to the terminal.
 */
export function renderTargetsText(output: TargetsOutput): string {
  const shown = output.targets.filter((t) => t.affected);
  const width = Math.max(0, ...shown.map((t) => printable(t.config_dir).length));
  const lines: string[] = [];
  for (const t of shown) lines.push(...targetLines(t, width));
  lines.push(countLine(output));
  const skipped = output.targets.filter((t) => !t.affected);
  if (skipped.length > 0) lines.push(`not affected: ${skipped.map((t) => printable(t.config_dir)).join(', ')}`);
  lines.push(...diagnosticLines(output.diagnostics).map(printable));
  return `${lines.join('\n')}\n`;
}

function targetLines(t: TargetJson, width: number): string[] {
  const dir = printable(t.config_dir);
  const label = t.label === t.config_dir ? '' : `  "${printable(t.label)}"`;
  const lines = [`${dir.padEnd(width)}  ${printable(t.job_name)}${label}`];
  if (t.changed_inputs !== null) lines.push(`    changed: ${t.changed_inputs.map(printable).join(', ')}`);
  else lines.push(`    reads: ${t.inputs.map(printable).join(', ')}`);
  for (const line of diagnosticLines(t.diagnostics)) lines.push(`    ${printable(line)}`);
  return lines;
}

function countLine(output: TargetsOutput): string {
  const { clusters, affected, config_errors: broken } = output.counts;
  const noun = `cluster${clusters === 1 ? '' : 's'}`;
  const errors = broken > 0 ? ` (${broken} with config errors)` : '';
  if (output.changed_files === null) return `${clusters} ${noun}${errors}.`;
  const files = `${output.changed_files} changed file${output.changed_files === 1 ? '' : 's'}`;
  return `${affected} of ${clusters} ${noun} affected by ${files}${errors}.`;
}

/** C0/C1 controls and DEL as `\u{…}`: a file name must not move the cursor or recolour the terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}
