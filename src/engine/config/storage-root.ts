import { error, type Diagnostic } from '../diagnostics/index.js';
import type { SourceFiles } from '../ports/source-files.js';

/** Where `__cluster/` and the graph roots live (spec/cluster.md §1.1–§1.2 `storage:`). */
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
  if (storage.startsWith('s3://')) {
    const rest = trimmed.slice('s3://'.length);
    const slash = rest.indexOf('/');
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    const prefix = slash < 0 ? '' : rest.slice(slash + 1);
    if (bucket === '') return invalid('storage s3:// URI must name a bucket');
    return { ok: true, root: { kind: 's3', uri: prefix ? `s3://${bucket}/${prefix}` : `s3://${bucket}`, bucket, prefix } };
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

function invalid(message: string): StorageRootResult {
  return { ok: false, diagnostic: error('invalid_storage_root', 'storage', message) };
}
