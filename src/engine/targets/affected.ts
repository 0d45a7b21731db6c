/**
 * The affected rule (docs/contract/targets.md#affected): a cluster is affected when a changed file
 * is one of its inputs, or lies under a query folder it reads. Directory prefixes alone mean
 * nothing: a README beside cluster.yaml affects no cluster, and a schema in `shared/` affects every
 * cluster that names it. The exception is a cluster whose config did not load (its inputs are
 * unknown): any change under its directory affects it, so the broken config gets planned and shown.
 */
import type { ClusterTarget } from './discover.js';

/** Changed files as GitHub lists them: repository-relative, `/`-separated. */
export function normalizeChangedPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '').replace(/\/{2,}/g, '/');
}

/** The changed files that affect `target` (empty: it is not affected). */
export function changedInputs(target: ClusterTarget, changedFiles: readonly string[]): string[] {
  const exact = new Set(target.inputs.filter((i) => !i.endsWith('/')));
  const folders = target.inputs.filter((i) => i.endsWith('/'));
  if (!target.configOk) folders.push(target.configDir === '.' ? '' : `${target.configDir}/`);
  return changedFiles.map(normalizeChangedPath).filter((file) => exact.has(file) || folders.some((f) => file.startsWith(f)));
}

/**
 * The targets a change set affects, in their order. `null` means the change set is unknown (the
 * pull request lists more files than GitHub returns): every target is affected.
 */
export function affectedTargets(targets: readonly ClusterTarget[], changedFiles: readonly string[] | null): ClusterTarget[] {
  if (changedFiles === null) return [...targets];
  return targets.filter((t) => changedInputs(t, changedFiles).length > 0);
}
