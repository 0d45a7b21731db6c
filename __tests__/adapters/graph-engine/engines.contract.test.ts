import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedGraphEngine } from '../../../src/adapters/graph-engine/embedded/index.js';
import { LocalStorage } from '../../../src/adapters/storage/local.js';
import { describeGraphEngineContract } from '../../contracts/graph-engine.contract.js';
import { sequentialIds, steppingClock } from '../../support/harness.js';

function localFixture(engineFor: (storage: LocalStorage) => EmbeddedGraphEngine) {
  return async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'og-engine-'));
    const storage = new LocalStorage(dir);
    return {
      engine: engineFor(storage),
      storage,
      root: (name: string) => ({ key: `graphs/${name}.omni`, uri: path.join(dir, 'graphs', `${name}.omni`) }),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  };
}

describeGraphEngineContract(
  'embedded',
  localFixture((storage) => new EmbeddedGraphEngine({ storage, ids: sequentialIds('01ENG'), clock: steppingClock(), failpoints: { hit: async () => false } })),
);
