import type { Clock } from '../../engine/ports/clock.js';
import type { Ids } from '../../engine/ports/ids.js';
import { ulid } from './ulid.js';

export const systemClock: Clock = { now: () => new Date() };
export const ulidIds: Ids = { ulid: () => ulid() };
