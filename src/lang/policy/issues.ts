import type { z } from 'zod';
import type { Pos, YamlSource } from '../../base/strict-yaml.js';

/**
 * The first zod issue as a serde_yaml-style sentence: `<path>: unknown field \`x\`, expected one
 * of …`, `missing field \`x\``, `unknown variant \`x\`, expected one of …`, `invalid type: …`,
 * with ` at line L column C` when the YAML node is known.
 */

const FIELDS: Readonly<Record<string, readonly string[]>> = {
  bundle: ['version', 'groups', 'protected_branches', 'rules'],
  rule: ['id', 'allow'],
  allow: ['actors', 'actions', 'branch_scope', 'target_branch_scope'],
  actors: ['group'],
};

export function describeIssue(issue: z.core.$ZodIssue, yaml: YamlSource): { message: string; at?: Pos } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  let text: string;
  let target = path;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    text = `unknown field \`${key}\`, expected ${oneOf(FIELDS[structAt(path)] ?? [])}`;
    target = [...path, key];
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    text = `missing field \`${String(path[path.length - 1] ?? '')}\``;
    target = path.slice(0, -1);
  } else if (issue.code === 'invalid_type') {
    text = `invalid type: ${describeInput(issue.input)}, expected ${expectedName(issue.expected)}`;
  } else if (issue.code === 'invalid_value') {
    text = `unknown variant ${describeVariant(issue.input)}, expected ${oneOf(issue.values.map(String))}`;
  } else if (issue.code === 'too_big' || issue.code === 'too_small') {
    text = `invalid value: ${describeInput(issue.input)}, expected u32`;
  } else {
    text = issue.message;
  }
  const at = yaml.locate(target, issue.code === 'unrecognized_keys' ? 'key' : 'value') ?? yaml.locate(path);
  // serde names the struct that lacks a field, and the value that is wrong otherwise.
  const owner = issue.code === 'invalid_type' && issue.input === undefined ? target : path;
  const prefix = owner.length === 0 ? '' : `${renderPath(owner)}: `;
  const where = at ? ` at line ${at.line} column ${at.column}` : '';
  return { message: `${prefix}${text}${where}`, ...(at ? { at } : {}) };
}

/** Which struct a path names: `[]` the bundle, `rules[i]`, `rules[i].allow`, `….actors`. */
function structAt(path: readonly (string | number)[]): string {
  const last = path[path.length - 1];
  if (path.length === 0) return 'bundle';
  if (last === 'allow') return 'allow';
  if (last === 'actors') return 'actors';
  return 'rule';
}

function oneOf(names: readonly string[]): string {
  if (names.length === 1) return `\`${names[0]}\``;
  return `one of ${names.map((n) => `\`${n}\``).join(', ')}`;
}

/** serde_yaml's path display: `rules[0].allow.actions[1]`. */
function renderPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}

function expectedName(expected: string): string {
  if (expected === 'number') return 'u32';
  if (expected === 'array') return 'a sequence';
  if (expected === 'object' || expected === 'record') return 'a map';
  if (expected === 'string') return 'a string';
  return expected;
}

function describeVariant(input: unknown): string {
  return typeof input === 'string' ? `\`${input}\`` : describeInput(input);
}

function describeInput(input: unknown): string {
  if (input === null) return 'unit value';
  if (Array.isArray(input)) return 'sequence';
  if (typeof input === 'object') return 'map';
  if (typeof input === 'string') return `string ${JSON.stringify(input)}`;
  if (typeof input === 'number') return Number.isInteger(input) ? `integer \`${input}\`` : `floating point \`${input}\``;
  if (typeof input === 'boolean') return `boolean \`${input}\``;
  return String(input);
}
