import { StorageError, type ConditionalWrite, type Storage, type StoredText } from '../../engine/ports/storage.js';
import { parseS3Uri, s3ClientConfig, s3RootUri } from './s3-config.js';
import type { S3Storage } from './s3.js';

/**
 * An S3 `Storage` whose AWS SDK is loaded on the first request, not at start-up: the SDK's module
 * graph is the largest part of the bundle and a run on local storage never needs it. The URI and
 * the client settings are checked now, so a bad `storage:` or endpoint fails exactly where
 * `createS3Storage` would.
 */
export function openS3Storage(uri: string, env: NodeJS.ProcessEnv): Storage {
  const location = parseS3Uri(uri);
  if (!location) throw new StorageError(`'${uri}' is not an s3://bucket/prefix URI`);
  s3ClientConfig(env);
  return new LazyS3Storage(s3RootUri(location), () => import('./s3.js').then((m) => m.createS3Storage(uri, env)));
}

export class LazyS3Storage implements Storage {
  private loading: Promise<S3Storage> | null = null;

  constructor(
    readonly root: string,
    private readonly load: () => Promise<S3Storage>,
  ) {}

  private get real(): Promise<S3Storage> {
    this.loading ??= this.load();
    return this.loading;
  }

  displayPath(key: string): string {
    return key === '' ? this.root : `${this.root}/${key}`;
  }
  objectUri(key: string): string {
    return this.displayPath(key);
  }
  async read(key: string): Promise<StoredText | null> {
    return (await this.real).read(key);
  }
  async readIfExists(key: string): Promise<StoredText | null> {
    return (await this.real).readIfExists(key);
  }
  async exists(key: string): Promise<boolean> {
    return (await this.real).exists(key);
  }
  async existsPrefix(prefix: string): Promise<boolean> {
    return (await this.real).existsPrefix(prefix);
  }
  async write(key: string, text: string): Promise<string> {
    return (await this.real).write(key, text);
  }
  async writeIfAbsent(key: string, text: string): Promise<ConditionalWrite> {
    return (await this.real).writeIfAbsent(key, text);
  }
  async writeIfMatch(key: string, text: string, token: string): Promise<ConditionalWrite> {
    return (await this.real).writeIfMatch(key, text, token);
  }
  async list(prefix: string): Promise<string[]> {
    return (await this.real).list(prefix);
  }
  async delete(key: string): Promise<void> {
    return (await this.real).delete(key);
  }
  async deletePrefix(prefix: string): Promise<void> {
    return (await this.real).deletePrefix(prefix);
  }
}
