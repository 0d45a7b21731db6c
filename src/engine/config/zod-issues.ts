import type { z } from 'zod';
import type { YamlSource } from '../../base/strict-yaml.js';

/**
 * Turns the first zod issue into a serde-style sentence (`unknown field`, `missing field`,
 * `invalid type`) with the dotted path and, when known, the YAML line and column.
 */
export function describeZodIssue(issue: z.core.$ZodIssue, yaml: YamlSource | null): { message: string; line?: number; column?: number } {
  const path = issue.path.map((p) => String(p));
  let text: string;
  let at = path;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    text = `unknown field \`${key}\``;
    at = [...path, key];
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    const field = path[path.length - 1] ?? '';
    text = `missing field \`${field}\``;
    at = path.slice(0, -1);
  } else if (issue.code === 'invalid_type') {
    text = `invalid type: ${describeInput(issue.input)}, expected ${issue.expected}`;
  } else if (issue.code === 'invalid_value') {
    text = `invalid value ${describeInput(issue.input)}, expected one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
  } else if (issue.code === 'invalid_union') {
    text = `invalid value ${describeInput(issue.input)}: ${issue.message}`;
  } else {
    text = issue.message;
  }
  const prefix = path.length > 0 ? `${path.join('.')}: ` : '';
  const pos = yaml?.locate(at, 'key') ?? yaml?.locate(path, 'key');
  const where = pos ? ` at line ${pos.line} column ${pos.column}` : '';
  return { message: `${prefix}${text}${where}`, line: pos?.line, column: pos?.column };
}

function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'sequence';
  if (typeof input === 'object') return 'map';
  if (typeof input === 'string') return `string ${JSON.stringify(input)}`;
  return `${typeof input} ${String(input)}`;
}
