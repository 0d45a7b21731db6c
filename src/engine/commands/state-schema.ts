import { z } from 'zod';

/** `__cluster/lock.json` (§4.1): closed, five fields. */
export const lockSchema = z.strictObject({
  version: z.number().int().nonnegative(),
  lock_id: z.string(),
  operation: z.string(),
  created_at: z.string(),
  pid: z.number().int().nonnegative(),
});

export type LockFile = z.infer<typeof lockSchema>;
