import type { PlanOutput, ResourceStatus } from '../../engine/model/outputs.js';
import { formatHidden, parseHidden } from './hidden.js';

/**
 * The one definition of drift, used by the drift report, the status summary and the action's
 * `drift-detected` output: a resource whose recorded status is `drifted` (refresh saw the live
 * graph or payload differ from the ledger) or a plan with changes (the config is ahead of the
 * cluster). A status of `error` is not drift: it means the resource could not be observed, which
 * proves nothing about the live state; it is shown as "could not observe" and its diagnostic
 * decides whether the run fails. Calling it drift would open drift issues for outages.
 */
export function driftedResources(statuses: Readonly<Record<string, ResourceStatus>>): string[] {
  return Object.entries(statuses)
    .filter(([, s]) => s.status === 'drifted')
    .map(([address]) => address);
}

/** Addresses whose last observation failed (status `error`). */
export function unobservedResources(statuses: Readonly<Record<string, ResourceStatus>>): string[] {
  return Object.entries(statuses)
    .filter(([, s]) => s.status === 'error')
    .map(([address]) => address);
}

export function isDrifted(statuses: Readonly<Record<string, ResourceStatus>> | undefined, plan: PlanOutput | undefined): boolean {
  return (statuses !== undefined && driftedResources(statuses).length > 0) || (plan !== undefined && plan.changes.length > 0);
}

const SINCE_PREFIX = '<!-- omnigraph-cluster:drift-since ';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/**
 * The drift issue's second hidden line: when this drift was first detected. Each run carries it
 * over from the open issue, so "since" survives rewrites of the body; a reopened issue starts anew.
 */
export function formatDriftSince(iso: string): string {
  return formatHidden(SINCE_PREFIX, { since: iso });
}

/** The first-detected time in an issue body, or null when absent or not an ISO 8601 UTC instant. */
export function parseDriftSince(body: string): string | null {
  const since = parseHidden(body, SINCE_PREFIX)?.since;
  return typeof since === 'string' && ISO_INSTANT.test(since) ? since : null;
}
