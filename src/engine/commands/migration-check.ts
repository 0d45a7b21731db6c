import { errorText } from '../../base/error-text.js';
import { error, type Diagnostic } from '../diagnostics/index.js';
import type { DesiredState } from '../config/desired.js';
import { graphRoot } from '../observe/graph-root.js';
import type { GraphEngine, MigrationPlan } from '../ports/graph-engine.js';
import type { Storage } from '../ports/storage.js';
import { demote, type Change, type Dependency } from '../plan/index.js';
import { unsupportedPlanMessage } from '../../lang/schema/index.js';

export interface MigrationCheck<C extends Change> {
  /** The previewed plan per `schema.<g>` address, supported or not. */
  readonly previews: Map<string, MigrationPlan>;
  /** Why a preview could not be computed (graph unreachable, engine error), per address. */
  readonly unavailable: Map<string, string>;
  /** The changes with every unsupported migration (and what waits on it) blocked. */
  readonly changes: C[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Previews every schema update that is about to run and blocks the ones the engine cannot
 * migrate. Plan and apply both run it, so an unsupported migration is a `blocked` change with
 * an error in both, never a green plan followed by a failed apply (a deliberate difference from
 * the reference, whose plan only warns `schema_preview_unavailable`).
 */
export async function checkMigrations<C extends Change>(
  engine: GraphEngine,
  storage: Storage,
  desired: DesiredState,
  changes: readonly C[],
  dependencies: readonly Dependency[],
): Promise<MigrationCheck<C>> {
  const previews = new Map<string, MigrationPlan>();
  const unavailable = new Map<string, string>();
  const refused = new Map<string, 'migration_unsupported'>();
  const diagnostics: Diagnostic[] = [];
  for (const change of changes) {
    if (change.operation !== 'update' || change.disposition !== 'applied' || !change.resource.startsWith('schema.')) continue;
    const graph = desired.graphs.get(change.resource.slice('schema.'.length));
    if (!graph?.schemaSource) continue;
    let plan: MigrationPlan;
    try {
      plan = await engine.previewSchemaApply(graphRoot(storage, graph.id), graph.schemaSource, { allowDataLoss: false });
    } catch (e) {
      unavailable.set(change.resource, errorText(e));
      continue;
    }
    previews.set(change.resource, plan);
    if (plan.supported) continue;
    refused.set(graph.id, 'migration_unsupported');
    diagnostics.push(error('schema_migration_unsupported', change.resource, unsupportedMigrationText(plan)));
  }
  return { previews, unavailable, changes: demote(changes, refused, dependencies), diagnostics };
}

/** Names every unsupported step with its entity and lint code, and what to do about it. */
export function unsupportedMigrationText(plan: MigrationPlan): string {
  const steps = plan.steps.filter((s) => s.kind === 'unsupported_change');
  const listed = steps.map((s) => `${typeof s.entity === 'string' ? `${s.entity}: ` : ''}${unsupportedPlanMessage({ supported: false, steps: [s] }) ?? ''}`);
  const count = steps.length === 1 ? 'an unsupported step' : `${steps.length} unsupported steps`;
  return `the schema migration has ${count}, so apply would refuse it: ${listed.join('; ')}; change the schema so every step is supported, or migrate the graph outside the cluster`;
}
