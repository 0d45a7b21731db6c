/**
 * What the action needs from src/render, as a port: modes call these, deps.ts binds them to the
 * real renderers, tests pass small fakes. The action never builds user-facing Markdown for
 * command outputs itself; it only adds the status line and the hidden marker around them.
 */
import type { Diagnostic } from '../engine/diagnostics/index.js';
import type { ApplyOutput, PlanOutput, RefreshOutput, StatusOutput, ValidateOutput } from '../engine/model/outputs.js';

export type Rendered =
  | { readonly kind: 'plan'; readonly output: PlanOutput }
  | { readonly kind: 'apply'; readonly output: ApplyOutput }
  | { readonly kind: 'validate'; readonly output: ValidateOutput }
  | { readonly kind: 'status'; readonly output: StatusOutput }
  | { readonly kind: 'refresh'; readonly output: RefreshOutput };

export interface RenderContext {
  readonly configDir: string;
  readonly label: string;
  readonly budgetBytes?: number;
  readonly fingerprint?: string;
  readonly runUrl?: string;
}

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly title?: string;
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
}

/** The sticky comment / drift issue identity and review state, kept in the hidden marker. */
export interface StickyMarker {
  readonly config_dir: string;
  readonly label: string;
  readonly kind: 'plan' | 'apply' | 'drift';
  readonly fingerprint?: string;
}

export interface ActionRenderer {
  comment(doc: Rendered, ctx: RenderContext): string;
  summary(doc: Rendered, ctx: RenderContext): string;
  annotations(diagnostics: readonly Diagnostic[], options: { readonly configFile: string }): readonly Annotation[];
  planFingerprint(plan: PlanOutput): string;
  formatMarker(marker: StickyMarker): string;
  parseMarker(body: string): StickyMarker | null;
}
