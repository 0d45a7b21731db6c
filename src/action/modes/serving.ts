import type { ServingOutput } from '../../engine/serving/status.js';
import { renderServingMarkdown, servingHeadline } from '../../render/serving.js';
import type { ModeEnv } from './shared.js';

/**
 * "Converged" is not "a server boots": after every apply (and on every drift run) the serving
 * check applies the reference server's boot rules to the ledger, and its verdict goes to the job
 * summary, the apply comment and the drift issue. Advisory: it never changes the run's outcome,
 * and a check that cannot run is a warning, not a failure.
 */
export async function servingCheck(env: ModeEnv): Promise<ServingOutput | null> {
  try {
    const serving = await env.commands.serving({ configDir: env.settings.configPath });
    env.summary.push(renderServingMarkdown(serving));
    if (!serving.ok) env.deps.io.warning(`serving check: ${servingHeadline(serving)}`);
    return serving;
  } catch (error) {
    env.deps.io.warning(`serving check could not run: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
