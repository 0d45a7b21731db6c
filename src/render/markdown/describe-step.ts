import type { MigrationStep } from '../../engine/ports/graph-engine.js';

/** docs/contract/migration.md#step-text step text: one implementation, shared with the `omnigraph` stand-in and the planner. */
export { describeStep } from '../../lang/schema/index.js';

/** Steps that lose data or refuse the migration: they earn the destructive banner. */
export function isDestructiveStep(step: MigrationStep): boolean {
  return step.kind === 'drop_type' || step.kind === 'drop_property' || (step.kind === 'unsupported_change' && step.code === 'OG-MF-106');
}
