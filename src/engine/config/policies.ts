import { error } from '../diagnostics/index.js';
import { sha256hex } from '../../base/hash.js';
import { sortBytewise } from '../../base/json.js';
import { isCheckVerdict, langErrorJson } from './check-cache.js';
import { validatePolicyBundle, type PolicyKind } from '../../lang/policy/index.js';
import { checkIdentifier } from './identifiers.js';
import { langDiagnostic, type DesiredBuilder } from './builder.js';
import type { RawClusterConfig } from './schema.js';
import type { ConfigSources } from './source-access.js';

type RawPolicies = NonNullable<RawClusterConfig['policies']>;

/**
 * docs/contract/config.md#loading-order step 4: bindings, ownership of each binding, the file and its semantic validation.
 * Returns policy name → normalized bindings (dangling graph targets included, as HEAD records them).
 */
export function loadPolicies(
  b: DesiredBuilder,
  policies: RawPolicies,
  declaredGraphs: ReadonlySet<string>,
  sources: ConfigSources,
): Map<string, string[]> {
  const bindingsByPolicy = new Map<string, string[]>();
  const owners = new Map<string, string>();
  for (const name of sortBytewise(Object.keys(policies))) {
    const policy = policies[name] as RawPolicies[string];
    b.report(checkIdentifier('policy name', name, `policies.${name}`));
    if (policy.applies_to.length === 0) {
      b.report(error('policy_missing_applies_to', `policies.${name}.applies_to`, 'policy.applies_to must name `cluster` or at least one graph'));
    }
    const bindings = new Set<string>();
    policy.applies_to.forEach((target, i) => {
      const path = `policies.${name}.applies_to[${i}]`;
      if (target === 'cluster') {
        bindings.add('cluster');
        return;
      }
      const graph = target.startsWith('graph.') ? target.slice('graph.'.length) : target.includes('.') ? null : target;
      if (graph === null) {
        b.report(error('wrong_kind_reference', path, `policy applies_to expects graph refs or \`cluster\`, got \`${target}\``));
        return;
      }
      bindings.add(`graph.${graph}`);
      if (!declaredGraphs.has(graph)) {
        b.report(error('dangling_graph_reference', path, `policy references graph \`${graph}\`, but no graph with that id is declared`));
      } else {
        b.depend(`policy.${name}`, `graph.${graph}`);
      }
    });
    const normalized = sortBytewise([...bindings]);
    bindingsByPolicy.set(name, normalized);
    const hasCluster = bindings.has('cluster');
    if (hasCluster && bindings.size > 1) {
      b.report(
        error(
          'policy_mixed_binding_kinds',
          `policies.${name}.applies_to`,
          'one policy bundle cannot bind both `cluster` and graph scopes; split server and graph rules into separate bundles',
        ),
      );
    }
    for (const binding of normalized) {
      const first = owners.get(binding);
      if (first === undefined) {
        owners.set(binding, name);
      } else {
        b.report(
          error(
            'duplicate_policy_binding',
            `policies.${name}.applies_to`,
            `policy bundles \`${first}\` and \`${name}\` both bind \`${binding}\`; merge them or leave exactly one bundle for that scope`,
          ),
        );
      }
    }
    loadPolicyFile(b, name, policy.file, policyKind(normalized), sources);
  }
  return bindingsByPolicy;
}

function policyKind(bindings: readonly string[]): PolicyKind {
  if (bindings.length === 1 && bindings[0] === 'cluster') return 'server';
  if (bindings.length > 0 && bindings.every((x) => x.startsWith('graph.'))) return 'graph';
  return 'structural';
}

function loadPolicyFile(b: DesiredBuilder, name: string, file: string, kind: PolicyKind, sources: ConfigSources): void {
  const path = sources.display(file);
  const configPath = `policies.${name}.file`;
  const read = sources.readText(path, configPath, 'policy_file_missing', 'policy file');
  if (!read.ok) {
    b.report(read.diagnostic);
    return;
  }
  const text = read.text;
  const digest = sha256hex(read.bytes);
  b.add({ address: `policy.${name}`, kind: 'policy', digest, path });
  const key = ['policy', digest, kind];
  let invalid = sources.checks.lookup(key, isCheckVerdict)?.error;
  if (invalid === undefined) {
    invalid = validatePolicyBundle(text, kind);
    sources.checks.store(key, { error: invalid && langErrorJson(invalid) });
  }
  if (invalid) b.report(langDiagnostic('policy_invalid', configPath, invalid, path, `policy file '${path}' is invalid: `));
}
