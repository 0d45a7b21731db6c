import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeStorageContract } from '../../contracts/storage.contract.js';
import { s3Fixture, s3TestEnv } from '../../support/s3-fixture.js';

const MODULE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/adapters/storage/s3.ts');
const URI = 's3://test-bucket/clusters/prod';

// Children reach the parent's in-memory server over HTTP, like separate CI jobs reach one bucket.
describeStorageContract('S3Storage (S3 wire-protocol test server)', async () => {
  const fixture = await s3Fixture();
  const env = s3TestEnv(fixture.server);
  return {
    storage: fixture.storage(URI),
    cleanup: () => fixture.close(),
    async plantRaw(key, bytes) {
      fixture.server.put('test-bucket', `clusters/prod/${key}`, bytes);
    },
    spawnEnv: { module: MODULE, exportName: 'createS3Storage', construct: 'call', args: [URI, env], env },
  };
});
