/** Closed vocabularies of a policy bundle (docs/contract/policy.md). */


/** In the reference's declaration order, which serde's "expected one of" lists follow. */
export const POLICY_ACTIONS = [
  'read',
  'export',
  'change',
  'schema_apply',
  'branch_create',
  'branch_delete',
  'branch_merge',
  'admin',
  'graph_list',
  'invoke_query',
] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

export const BRANCH_SCOPES = ['any', 'protected', 'unprotected'] as const;
export type BranchScope = (typeof BRANCH_SCOPES)[number];

export function usesBranchScope(action: PolicyAction): boolean {
  return action === 'read' || action === 'export' || action === 'change';
}

export function usesTargetBranchScope(action: PolicyAction): boolean {
  return action === 'schema_apply' || action === 'branch_create' || action === 'branch_delete' || action === 'branch_merge';
}

export function isServerScoped(action: PolicyAction): boolean {
  return action === 'graph_list';
}
