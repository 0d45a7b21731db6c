import { errorText } from '../../base/error-text.js';
import { parseJsonLossless } from '../../base/lossless-json.js';
import { z } from 'zod';
import { describeZodIssue } from '../config/zod-issues.js';
import { toPrettyJson } from '../../base/json.js';

export const LOCK_KEY = '__cluster/lock.json';

/** The commands that take the state lock (docs/contract/lock.md#which-commands-lock), as written into `operation`. */
export type LockOperation = 'plan' | 'apply' | 'refresh' | 'import' | 'approve';

/** `__cluster/lock.json` (docs/contract/lock.md#shape): closed, five fields. `operation` is free text on read. */
export const lockFileSchema = z.strictObject({
  version: z.number().int().nonnegative(),
  lock_id: z.string(),
  operation: z.string(),
  created_at: z.string(),
  pid: z.number().int().min(0).max(0xffffffff),
});

export type LockFile = z.infer<typeof lockFileSchema>;

export const LOCK_VERSION = 1;

/** Pretty JSON in field order and, unlike state.json, no trailing newline. */
export function lockText(lock: LockFile): string {
  return toPrettyJson({ version: lock.version, lock_id: lock.lock_id, operation: lock.operation, created_at: lock.created_at, pid: lock.pid });
}

export type LockParse =
  | { readonly kind: 'ok'; readonly lock: LockFile }
  | { readonly kind: 'invalid'; readonly message: string }
  | { readonly kind: 'unsupported'; readonly version: number };

/** JSON, then the closed shape, then the version (a well-formed foreign version is `unsupported`). */
export function parseLock(text: string): LockParse {
  let json: unknown;
  try {
    json = parseJsonLossless(text);
  } catch (e) {
    return { kind: 'invalid', message: errorText(e) };
  }
  const parsed = lockFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'invalid', message: issue ? describeZodIssue(issue, null).message : 'invalid lock' };
  }
  if (parsed.data.version !== LOCK_VERSION) return { kind: 'unsupported', version: parsed.data.version };
  return { kind: 'ok', lock: parsed.data };
}
