import type {
  ApplyOutput,
  ApproveOutput,
  ForceUnlockOutput,
  PlanOutput,
  RefreshOutput,
  StatusOutput,
  ValidateOutput,
} from '../engine/model/outputs.js';

/** The commands a renderer knows, named as on the command line. */
export type RenderKind = 'validate' | 'plan' | 'apply' | 'status' | 'refresh' | 'import' | 'force-unlock' | 'approve';

export interface OutputByKind {
  readonly validate: ValidateOutput;
  readonly plan: PlanOutput;
  readonly apply: ApplyOutput;
  readonly status: StatusOutput;
  readonly refresh: RefreshOutput;
  readonly import: RefreshOutput;
  readonly 'force-unlock': ForceUnlockOutput;
  readonly approve: ApproveOutput;
}

export type OutputOf<K extends RenderKind> = OutputByKind[K];

/** Where a Markdown rendering will be shown and what it may link to. */
export interface RenderContext {
  /** The config directory as the user names it (repo-relative in the action). */
  readonly configDir: string;
  /** Distinguishes several clusters or environments in one repository; '' when unused. */
  readonly label: string;
  /** UTF-8 byte budget (comment default 60,000, capped at 65,536; summary default 1,000,000). */
  readonly budgetBytes?: number;
  /** Plan fingerprint to embed in the marker; computed from a plan output when omitted. */
  readonly fingerprint?: string;
  /** Link to the workflow run (job summary, logs). Only http(s) URLs are used. */
  readonly runUrl?: string;
  /**
   * Absolute directory that paths are shown relative to (the repository checkout in the action,
   * the working directory in the CLI): a diagnostic's `/home/runner/work/r/r/clusters/prod/x.pg`
   * reads `clusters/prod/x.pg`. Unset: paths are shown as they are.
   */
  readonly sourceRoot?: string;
}
