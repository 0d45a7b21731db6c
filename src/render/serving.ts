import type { ServingOutput } from '../engine/serving/status.js';
import { code, escapeText } from './markup/escape.js';
import { diagnosticLines } from './text/diagnostics.js';

/**
 * The serving verdict (`status --serving`, and the line under apply comments and drift issues):
 * whether the reference server would boot from the applied ledger and which graphs it drops.
 */

export function servingHeadline(output: ServingOutput): string {
  if (!output.ok) return 'a server would refuse to boot from this cluster';
  const served = `a server would boot and serve ${output.serving.length} graph${output.serving.length === 1 ? '' : 's'}`;
  return output.quarantined.length > 0 ? `${served}; ${output.quarantined.length} quarantined` : served;
}

export function renderServingText(output: ServingOutput): string {
  const lines = [`Serving: ${servingHeadline(output)}`];
  if (output.serving.length > 0) lines.push(`  serving: ${output.serving.join(', ')}`);
  if (output.quarantined.length > 0) lines.push(`  quarantined: ${output.quarantined.join(', ')}`);
  lines.push(...diagnosticLines(output.diagnostics));
  return `${lines.join('\n')}\n`;
}

/** A Markdown section; every name and message is escaped. */
export function renderServingMarkdown(output: ServingOutput): string {
  const mark = output.ok ? (output.quarantined.length > 0 ? '⚠️' : '✅') : '❌';
  const lines = [`### Serving check`, '', `${mark} ${escapeText(servingHeadline(output))}`];
  if (output.serving.length > 0) lines.push('', `Serving: ${output.serving.map((g) => code(g)).join(', ')}`);
  if (output.quarantined.length > 0) lines.push('', `Quarantined: ${output.quarantined.map((g) => code(g)).join(', ')}`);
  if (output.diagnostics.length > 0) {
    lines.push('');
    for (const d of output.diagnostics) lines.push(`- ${d.severity === 'error' ? '**error**' : 'warning'} ${code(d.code)} ${code(d.path)}: ${escapeText(d.message)}`);
  }
  return `${lines.join('\n')}\n`;
}
