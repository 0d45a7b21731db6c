import type { Clock } from '../../../engine/ports/clock.js';
import type { Failpoints } from '../../../engine/ports/failpoints.js';
import type { Ids } from '../../../engine/ports/ids.js';
import type { Storage } from '../../../engine/ports/storage.js';

export interface EmbeddedGraphEngineOptions {
  readonly storage: Storage;
  readonly ids: Ids;
  readonly clock: Clock;
  readonly failpoints: Failpoints;
}
