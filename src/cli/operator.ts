import { homedir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { readRegularFile } from '../adapters/source/regular-file.js';

const operatorConfig = z.looseObject({ operator: z.looseObject({ actor: z.string().optional() }).nullable().optional() });

/**
 * `operator.actor` from `$OMNIGRAPH_HOME/config.yaml` (default `~/.omnigraph/config.yaml`): the
 * actor fallback for apply and approve. A missing or unreadable file means "no actor".
 */
export function operatorActor(env: NodeJS.ProcessEnv): string | null {
  const home = env.OMNIGRAPH_HOME && env.OMNIGRAPH_HOME !== '' ? env.OMNIGRAPH_HOME : path.join(homedir(), '.omnigraph');
  let text: string;
  try {
    // A FIFO or device in its place is "no actor", not a read that never returns.
    const read = readRegularFile(path.join(home, 'config.yaml'), { followLinks: true });
    if (read.kind !== 'ok') return null;
    text = read.bytes.toString('utf8');
  } catch {
    return null;
  }
  try {
    const parsed = operatorConfig.safeParse(parse(text));
    const actor = parsed.success ? parsed.data.operator?.actor : undefined;
    return actor && actor.trim() !== '' ? actor : null;
  } catch {
    return null;
  }
}
