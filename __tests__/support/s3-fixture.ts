import { createS3Storage, type S3Storage } from '../../src/adapters/storage/s3.js';
import { startS3Server, type S3TestServer } from './s3-server.js';

/** The AWS environment a child process or the adapter needs to reach the test server. */
export function s3TestEnv(server: S3TestServer, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    AWS_ENDPOINT_URL_S3: server.endpoint,
    AWS_ACCESS_KEY_ID: 'test-access-key',
    AWS_SECRET_ACCESS_KEY: 'test-secret-key',
    AWS_REGION: 'us-east-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...extra,
  };
}

export interface S3Fixture {
  readonly server: S3TestServer;
  storage(uri: string, env?: NodeJS.ProcessEnv): S3Storage;
  close(): Promise<void>;
}

/** A fresh server with bucket `test-bucket`; every storage made here is destroyed on close. */
export async function s3Fixture(): Promise<S3Fixture> {
  const server = await startS3Server();
  server.bucket('test-bucket');
  const made: S3Storage[] = [];
  return {
    server,
    storage(uri, env = {}) {
      const storage = createS3Storage(uri, s3TestEnv(server, env));
      made.push(storage);
      return storage;
    },
    async close() {
      for (const s of made) s.destroy();
      await server.close();
    },
  };
}
