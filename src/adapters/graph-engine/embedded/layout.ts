/**
 * Files of an embedded graph root (our own format; see README.md beside this file). Keys are
 * relative to the root's key prefix.
 */
export const SCHEMA_PG = '_schema.pg';
export const SCHEMA_IR = '_schema.ir.json';
export const SCHEMA_STATE = '__schema_state.json';
export const INIT_CLAIM = '__init_claim.json';
export const EXPORT_CLAIM = '__export_claim.json';
export const MANIFEST_VERSIONS = '__manifest/versions';
export const RECOVERY_DIR = '__recovery';
export const STAGING = '.staging';
export const SCHEMA_FILES = [SCHEMA_PG, SCHEMA_IR, SCHEMA_STATE] as const;

/** Zero-padded so byte order is numeric order. */
export function manifestName(version: number): string {
  return `${String(version).padStart(20, '0')}.json`;
}

export function join(prefix: string, key: string): string {
  return `${prefix}/${key}`;
}
