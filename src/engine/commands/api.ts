import type {
  ApplyOutput,
  ApproveOutput,
  ForceUnlockOutput,
  PlanOutput,
  RefreshOutput,
  StatusOutput,
  ValidateOutput,
} from '../model/outputs.js';
import type { ServingOutput } from '../serving/status.js';

/** Options every command takes: the config directory as the user gave it. */
export interface CommandOptions {
  readonly configDir: string;
  /**
   * How far paths in cluster.yaml may reach (docs/contract/config.md#containment): the repository
   * that holds the config dir (CLI: its git top-level or `--root`; action: the workspace). Absent
   * or null: the config directory itself, as the reference does.
   */
  readonly root?: string | null;
}

export interface ActorOptions extends CommandOptions {
  /** `--as`, else `operator.actor`; null when neither is known. */
  readonly actor: string | null;
}

/**
 * The control plane's commands, as the CLI and the action call them (in-process). Each resolves
 * to the command's output object (docs/contract/commands.md); user-caused failures are diagnostics
 * inside it (`ok:false`), never rejections. A rejection means a bug or an unusable machine.
 */
export interface ClusterCommands {
  validate(options: CommandOptions): Promise<ValidateOutput>;
  plan(options: CommandOptions): Promise<PlanOutput>;
  apply(options: ActorOptions): Promise<ApplyOutput>;
  status(options: CommandOptions): Promise<StatusOutput>;
  /** `status --serving`: would the reference server boot from this ledger (serve.rs)? */
  serving(options: CommandOptions): Promise<ServingOutput>;
  refresh(options: CommandOptions): Promise<RefreshOutput>;
  importState(options: CommandOptions): Promise<RefreshOutput>;
  forceUnlock(options: CommandOptions & { readonly lockId: string }): Promise<ForceUnlockOutput>;
  approve(options: ActorOptions & { readonly resource: string }): Promise<ApproveOutput>;
}
