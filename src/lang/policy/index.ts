/**
 * Policy bundle files (`*.policy.yaml`, docs/contract/policy.md): strict YAML, closed shape, the semantic
 * rule checks, and the loading-kind check. Returns the engine's message; the cluster wraps it as
 * "policy file '<path>' is invalid: <engine message>". Cedar compilation is not modelled: every
 * bundle that passes these checks compiles to a schema-valid Cedar policy set.
 */
import type { LangError } from '../errors.js';
import { describeIssue } from './issues.js';
import { checkBundle, checkCompiles, checkLoadingKind, type RuleFailure } from './rules.js';
import { floatWrittenAt } from '../../base/yaml-float.js';
import { policyBundleSchema } from './schema.js';
import { parseStrictYaml, type Pos, type YamlSource } from '../../base/strict-yaml.js';

/**
 * `graph`: a graph-bound bundle (loaded as a per-graph policy); `server`: a cluster-bound one;
 * `structural`: mixed or unbound bundles — parsed and validated strictly, but with no loading
 * kind to align with (the binding diagnostics own those cases).
 */
export type PolicyKind = 'graph' | 'server' | 'structural';

export function validatePolicyBundle(text: string, kind: PolicyKind): LangError | null {
  const parsed = parseStrictYaml(text);
  if (!parsed.ok) return policyError(parsed.message, parsed.at);
  const { yaml } = parsed;
  if (yaml.value === null || yaml.value === undefined) return policyError('invalid type: unit value, expected struct PolicyConfig');
  const version = yaml.mayHoldFloats ? yaml.locate(['version']) : undefined;
  const float = version && floatWrittenAt(text, version.line, version.column);
  if (version && float) return policyError(`version: invalid type: floating point \`${float}\`, expected u32 at line ${version.line} column ${version.column}`, version);
  const shaped = policyBundleSchema.safeParse(yaml.value, { reportInput: true });
  if (!shaped.success) {
    const first = shaped.error.issues[0];
    if (!first) return policyError('invalid policy bundle');
    const { message, at } = describeIssue(first, yaml);
    return policyError(message, at);
  }
  // An unbound or mixed bundle is only parsed and validated by the reference, never compiled.
  const failure = checkBundle(shaped.data) ?? (kind === 'structural' ? null : (checkLoadingKind(shaped.data, kind) ?? checkCompiles(shaped.data)));
  return failure ? ruleError(failure, yaml) : null;
}

function ruleError(failure: RuleFailure, yaml: YamlSource): LangError {
  return policyError(failure.message, yaml.locate(failure.path));
}

function policyError(message: string, at?: Pos): LangError {
  return { stage: 'policy', message, ...(at ? { line: at.line, column: at.column } : {}) };
}
