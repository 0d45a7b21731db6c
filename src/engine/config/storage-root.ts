import { error, type Diagnostic } from '../diagnostics/index.js';
import { printable } from '../model/names.js';
import type { SourceFiles } from '../ports/source-files.js';
import { storageKeyProblem } from '../ports/storage.js';

/** Where `__cluster/` and the graph roots live (docs/contract/config.md#storage-root). */
export type StorageRoot =
  | { readonly kind: 'local'; readonly path: string }
  | { readonly kind: 's3'; readonly uri: string; readonly bucket: string; readonly prefix: string };

export type StorageRootResult = { ok: true; root: StorageRoot } | { ok: false; diagnostic: Diagnostic };

export function resolveStorageRoot(storage: string | null, configDir: string, files: SourceFiles): StorageRootResult {
  if (storage === null) return { ok: true, root: { kind: 'local', path: files.absolute(configDir) } };
  if (storage.trim() === '') {
    return invalid('storage must be a non-empty URI (e.g. s3://bucket/prefix) when provided');
  }
  const trimmed = storage.replace(/\/+$/, '');
  if (storage.startsWith('s3://')) return s3Root(trimmed.slice('s3://'.length));
  // Anything else that looks like a URI (gs://, S3://, http://, s3:/x) would otherwise become an
  // odd local directory under the working directory.
  if (URI_SCHEME.test(storage) && !storage.startsWith('file://')) {
    return invalid(`storage '${printable(storage)}' is not a supported location; ${ACCEPTED}`);
  }
  if (storage.startsWith('file://')) {
    const path = trimmed.slice('file://'.length);
    if (!path.startsWith('/')) {
      return {
        ok: false,
        diagnostic: error('storage_root_invalid', 'storage', `could not initialize storage for '${storage}': file:// URIs must be absolute`),
      };
    }
    return { ok: true, root: { kind: 'local', path: path === '' ? '/' : path } };
  }
  return { ok: true, root: { kind: 'local', path: files.absolute(trimmed === '' ? '/' : trimmed) } };
}

const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const ACCEPTED = 'accepted forms: s3://bucket/prefix, file:///absolute/path, or a local path';
/** S3 bucket naming rules: 3-63 of [a-z0-9.-], letter or digit at both ends, no `..`, not an IP. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

function s3Root(rest: string): StorageRootResult {
  const slash = rest.indexOf('/');
  const bucket = slash < 0 ? rest : rest.slice(0, slash);
  const prefix = slash < 0 ? '' : rest.slice(slash + 1);
  if (bucket === '') return invalid('storage s3:// URI must name a bucket');
  if (!BUCKET.test(bucket) || bucket.includes('..') || /^\d+\.\d+\.\d+\.\d+$/.test(bucket)) {
    return invalid(`storage bucket '${printable(bucket)}' is not a valid S3 bucket name (3-63 lowercase letters, digits, '.', '-'); ${ACCEPTED}`);
  }
  const problem = prefix === '' ? null : storageKeyProblem(prefix);
  if (problem !== null) return invalid(`storage prefix '${printable(prefix)}' cannot be used: ${problem.replace('the key', 'it')}; ${ACCEPTED}`);
  return { ok: true, root: { kind: 's3', uri: prefix ? `s3://${bucket}/${prefix}` : `s3://${bucket}`, bucket, prefix } };
}

function invalid(message: string): StorageRootResult {
  return { ok: false, diagnostic: error('invalid_storage_root', 'storage', message) };
}
