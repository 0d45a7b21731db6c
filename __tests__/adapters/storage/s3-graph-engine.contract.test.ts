import { EmbeddedGraphEngine } from '../../../src/adapters/graph-engine/embedded/index.js';
import { describeGraphEngineContract } from '../../contracts/graph-engine.contract.js';
import { sequentialIds, steppingClock } from '../../support/harness.js';
import { s3Fixture } from '../../support/s3-fixture.js';

// The embedded engine keeps its graph roots through the Storage port, so the same guarantees
// must hold with the roots in a bucket (docs/contract/graph-engine.md#engines: "graph roots work on S3 too").
describeGraphEngineContract('embedded on S3 storage', async () => {
  const fixture = await s3Fixture();
  const storage = fixture.storage('s3://test-bucket/clusters/prod');
  return {
    engine: new EmbeddedGraphEngine({ storage, ids: sequentialIds('01ENG'), clock: steppingClock(), failpoints: { hit: async () => false } }),
    storage,
    root: (name: string) => ({ key: `graphs/${name}.omni`, uri: storage.objectUri(`graphs/${name}.omni`) }),
    cleanup: () => fixture.close(),
  };
});
