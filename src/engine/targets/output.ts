/**
 * The `targets` output object (docs/contract/targets.md#json-output): every discovered cluster with
 * whether the change set affects it, and the affected ones again as a GitHub Actions matrix
 * (`strategy.matrix: ${{ fromJSON(...).matrix }}`), whose keys are the action's input names.
 */
import { diagnosticJson, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { changedInputs } from './affected.js';
import type { TargetDiscovery } from './discover.js';

export interface TargetJson {
  readonly config_dir: string;
  readonly label: string;
  readonly job_name: string;
  readonly affected: boolean;
  readonly config_ok: boolean;
  readonly inputs: readonly string[];
  /** The changed files that affect this cluster; null when no change set was given (or it is unknown). */
  readonly changed_inputs: readonly string[] | null;
  readonly diagnostics: readonly Diagnostic[];
}

export interface MatrixEntry {
  readonly 'config-dir': string;
  readonly label: string;
  readonly 'job-name': string;
}

export interface TargetsOutput {
  /** False only when a pattern was refused or selected nothing; a cluster whose config fails is still a target. */
  readonly ok: boolean;
  /** How many changed files were given; null: none given or the list is unknown, so every cluster is affected. */
  readonly changed_files: number | null;
  readonly counts: { readonly clusters: number; readonly affected: number; readonly config_errors: number };
  readonly targets: readonly TargetJson[];
  readonly matrix: { readonly include: readonly MatrixEntry[] };
  readonly diagnostics: readonly Diagnostic[];
}

/** `changedFiles` null: every cluster is affected (no list given, or GitHub could not list them all). */
export function targetsOutput(discovery: TargetDiscovery, changedFiles: readonly string[] | null): TargetsOutput {
  const targets = discovery.targets.map((t): TargetJson => {
    const changed = changedFiles === null ? null : changedInputs(t, changedFiles);
    return {
      config_dir: t.configDir,
      label: t.label,
      job_name: t.jobName,
      affected: changed === null || changed.length > 0,
      config_ok: t.configOk,
      inputs: t.inputs,
      changed_inputs: changed,
      diagnostics: t.diagnostics,
    };
  });
  const affected = targets.filter((t) => t.affected);
  const diagnostics = discovery.diagnostics;
  return {
    ok: !hasErrors(diagnostics),
    changed_files: changedFiles === null ? null : changedFiles.length,
    counts: { clusters: targets.length, affected: affected.length, config_errors: targets.filter((t) => !t.config_ok).length },
    targets,
    matrix: { include: affected.map((t) => ({ 'config-dir': t.config_dir, label: t.label, 'job-name': t.job_name })) },
    diagnostics,
  };
}

/** The JSON form: diagnostics as their four public keys (docs/contract/conventions.md#diagnostic-object), here and in each target. */
export function targetsJson(output: TargetsOutput): unknown {
  return {
    ...output,
    targets: output.targets.map((t) => ({ ...t, diagnostics: t.diagnostics.map(diagnosticJson) })),
    diagnostics: output.diagnostics.map(diagnosticJson),
  };
}
