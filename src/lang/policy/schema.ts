import { z } from 'zod';
import { BRANCH_SCOPES, POLICY_ACTIONS } from './types.js';

/**
 * The bundle's closed shape ([HEAD]: every struct rejects unknown keys, so `branch_scpoe` fails).
 * `groups`, `protected_branches` and `rules` default to empty; `version` is required.
 */

const allowRule = z.strictObject({
  actors: z.strictObject({ group: z.string() }),
  actions: z.array(z.enum(POLICY_ACTIONS)),
  branch_scope: z.enum(BRANCH_SCOPES).nullish(),
  target_branch_scope: z.enum(BRANCH_SCOPES).nullish(),
});

const rule = z.strictObject({ id: z.string(), allow: allowRule });

export const policyBundleSchema = z.strictObject({
  version: z.number().int().min(0).max(0xffff_ffff),
  groups: z.record(z.string(), z.array(z.string())).optional(),
  protected_branches: z.array(z.string()).optional(),
  rules: z.array(rule).optional(),
});

export type PolicyBundle = z.infer<typeof policyBundleSchema>;
export type PolicyRule = z.infer<typeof rule>;
