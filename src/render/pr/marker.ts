import type { RenderKind } from '../kinds.js';
import { formatHidden, parseHidden } from './hidden.js';

/**
 * The hidden first line of every comment, issue and summary we write:
 * `<!-- omnigraph-cluster:v1 {"config_dir":..,"label":..,"fingerprint":..,"kind":..} -->`.
 * The action finds its sticky comment by (config_dir, label) and compares the fingerprint on
 * merge (hidden.ts carries the JSON safely).
 */
export type MarkerKind = RenderKind | 'drift';

export interface Marker {
  readonly config_dir: string;
  readonly label: string;
  /** The plan fingerprint the comment was rendered from; null when the output has none. */
  readonly fingerprint: string | null;
  readonly kind: MarkerKind;
}

const PREFIX = '<!-- omnigraph-cluster:v1 ';
const KINDS: ReadonlySet<string> = new Set<MarkerKind>([
  'validate',
  'plan',
  'apply',
  'status',
  'refresh',
  'import',
  'force-unlock',
  'approve',
  'drift',
]);

export function formatMarker(marker: Marker): string {
  return formatHidden(PREFIX, { config_dir: marker.config_dir, label: marker.label, fingerprint: marker.fingerprint, kind: marker.kind });
}

/** Finds and decodes our marker anywhere in a body; null when absent or malformed. */
export function parseMarker(body: string): Marker | null {
  const v = parseHidden(body, PREFIX);
  if (v === null || typeof v.config_dir !== 'string' || typeof v.label !== 'string') return null;
  if (v.fingerprint !== null && typeof v.fingerprint !== 'string') return null;
  if (typeof v.kind !== 'string' || !KINDS.has(v.kind)) return null;
  return { config_dir: v.config_dir, label: v.label, fingerprint: v.fingerprint, kind: v.kind as MarkerKind };
}

/**
 * Which bodies belong together: the PR's sticky comment (plan and apply share one: apply updates
 * the reviewed plan's comment) or the drift issue.
 */
export type MarkerFamily = 'sticky' | 'drift';

const FAMILY_KINDS: Readonly<Record<MarkerFamily, readonly MarkerKind[]>> = { sticky: ['plan', 'apply'], drift: ['drift'] };

/**
 * True when a body's marker names the same cluster identity (exact match, no normalisation),
 * and, with `family`, is one of that family's kinds.
 */
export function sameIdentity(marker: Marker | null, configDir: string, label: string, family?: MarkerFamily): boolean {
  if (marker === null || marker.config_dir !== configDir || marker.label !== label) return false;
  return family === undefined || FAMILY_KINDS[family].includes(marker.kind);
}
