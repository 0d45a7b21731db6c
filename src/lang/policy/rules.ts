import type { PolicyBundle } from './schema.js';
import { isServerScoped, usesBranchScope, usesTargetBranchScope, type PolicyAction } from './types.js';

/**
 * Semantic checks of a structurally valid bundle, in the reference's order (first failure wins):
 * version, groups, protected branches, then each rule in file order. Returns the message and
 * the key path of the offending node, or null.
 */

export type RuleFailure = { readonly message: string; readonly path: readonly (string | number)[] };
export type LoadingKind = 'graph' | 'server';

export function checkBundle(bundle: PolicyBundle): RuleFailure | null {
  if (bundle.version !== 1) return { message: 'policy version must be 1', path: ['version'] };
  const groups = bundle.groups ?? {};
  // Groups are a BTreeMap in the reference: checked in byte order of their names.
  const names = Object.keys(groups).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  for (const group of names) {
    const members = groups[group] ?? [];
    const path = ['groups', group];
    if (group.trim() === '') return { message: 'policy group names must not be blank', path };
    if (members.length === 0) return { message: `policy group '${group}' must not be empty`, path };
    const blank = members.findIndex((m) => m.trim() === '');
    if (blank >= 0) return { message: `policy group '${group}' contains a blank actor id`, path: [...path, blank] };
  }
  const branch = (bundle.protected_branches ?? []).findIndex((b) => b.trim() === '');
  if (branch >= 0) return { message: 'protected branch names must not be blank', path: ['protected_branches', branch] };
  const seen = new Set<string>();
  for (const [index, rule] of (bundle.rules ?? []).entries()) {
    const failure = checkRule(rule, index, groups, seen);
    if (failure) return failure;
  }
  return null;
}

function checkRule(rule: NonNullable<PolicyBundle['rules']>[number], index: number, groups: Record<string, string[]>, seen: Set<string>): RuleFailure | null {
  const at = (...rest: (string | number)[]) => ['rules', index, ...rest];
  const id = rule.id;
  const { allow } = rule;
  if (id.trim() === '') return { message: 'policy rule ids must not be blank', path: at('id') };
  if (seen.has(id)) return { message: `duplicate policy rule id '${id}'`, path: at('id') };
  seen.add(id);
  const group = allow.actors.group;
  if (group.trim() === '') return { message: `policy rule '${id}' must reference a non-blank group`, path: at('allow', 'actors', 'group') };
  if (!Object.hasOwn(groups, group)) return { message: `policy rule '${id}' references unknown group '${group}'`, path: at('allow', 'actors', 'group') };
  if (allow.actions.length === 0) return { message: `policy rule '${id}' must include at least one action`, path: at('allow', 'actions') };
  const hasBranch = allow.branch_scope != null;
  const hasTarget = allow.target_branch_scope != null;
  if (hasBranch && hasTarget) return { message: `policy rule '${id}' may specify branch_scope or target_branch_scope, not both`, path: at('allow') };
  const scoped = (flag: boolean, key: string, ok: (a: PolicyAction) => boolean): RuleFailure | null => {
    const bad = flag ? allow.actions.find((a) => !ok(a)) : undefined;
    return bad === undefined ? null : { message: `policy rule '${id}' uses ${key} with unsupported action '${bad}'`, path: at('allow', key) };
  };
  const scopeFailure = scoped(hasBranch, 'branch_scope', usesBranchScope) ?? scoped(hasTarget, 'target_branch_scope', usesTargetBranchScope);
  if (scopeFailure) return scopeFailure;
  if (allow.actions.some(isServerScoped) && allow.actions.some((a) => !isServerScoped(a))) {
    return {
      message: `policy rule '${id}' mixes the server-scoped action \`graph_list\` with per-graph actions; split into separate rules`,
      path: at('allow', 'actions'),
    };
  }
  return null;
}

/** The loading-kind check: a Graph file holds only per-graph actions, a Server file only `graph_list`. */
export function checkLoadingKind(bundle: PolicyBundle, kind: LoadingKind): RuleFailure | null {
  for (const [index, rule] of (bundle.rules ?? []).entries()) {
    const actionIndex = rule.allow.actions.findIndex((a) => isServerScoped(a) !== (kind === 'server'));
    const action = rule.allow.actions[actionIndex];
    if (action === undefined) continue;
    const path = ['rules', index, 'allow', 'actions', actionIndex];
    if (kind === 'graph') {
      return { message: `policy rule '${rule.id}' uses server-scoped action '${action}' in a Graph policy file; move it to a server policy file`, path };
    }
    return { message: `policy rule '${rule.id}' uses per-graph action '${action}' in a Server policy file; move it to a per-graph policy file`, path };
  }
  return null;
}

/**
 * What Cedar refuses when the reference compiles a loaded bundle (omnigraph-policy
 * `compile_policies`): each rule/action pair becomes policy id `<rule id>:<action>`, so a rule
 * that lists an action twice defines the same id twice.
 */
export function checkCompiles(bundle: PolicyBundle): RuleFailure | null {
  const ids = new Set<string>();
  for (const [index, rule] of (bundle.rules ?? []).entries()) {
    for (const [actionIndex, action] of rule.allow.actions.entries()) {
      const id = `${rule.id}:${action}`;
      if (ids.has(id)) return { message: `duplicate template or policy id \`${id}\``, path: ['rules', index, 'allow', 'actions', actionIndex] };
      ids.add(id);
    }
  }
  return null;
}
