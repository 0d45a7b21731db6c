import type { JsonValue } from '../../../base/json.js';

/** One migration step in the engine's JSON shape (engine.md §2.1), `kind` first. */
export type MigrationStep = { readonly kind: string } & { readonly [field: string]: JsonValue };

/** What the planner returns for one schema change: `supported` is false when any step is `unsupported_change`. */
export interface MigrationPlan {
  readonly supported: boolean;
  readonly steps: readonly MigrationStep[];
}
