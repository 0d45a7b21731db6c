import path from 'node:path';

/**
 * Files under the state root that the pushed commits changed, when that root is a local directory
 * inside the workspace (docs/security.md): a merged pull request could otherwise forge the ledger,
 * approvals or sidecars the apply then trusts. Read from the push event's own commit lists, so no
 * API call is needed (a `closed` pull request event has none: the caller passes the PR's files);
 * S3 roots and roots outside the workspace are out of a PR's reach.
 */
export function tamperedStateFiles(
  payload: Readonly<Record<string, unknown>>,
  workspace: string,
  statePath: string,
  /** Files known changed by other means (a merged pull request's file list, when the event has no commits). */
  moreFiles: readonly string[] = [],
): string[] {
  if (!path.isAbsolute(statePath)) return [];
  const root = path.dirname(path.dirname(statePath));
  const relative = path.relative(workspace, root);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return [];
  const prefix = relative === '' ? '' : `${relative.split(path.sep).join('/')}/`;
  const underState = (file: string) => file.startsWith(`${prefix}__cluster/`) || file.startsWith(`${prefix}graphs/`);
  const commits = Array.isArray(payload.commits) ? (payload.commits as unknown[]) : [];
  const touched = new Set<string>(moreFiles.filter(underState));
  for (const commit of commits) {
    if (typeof commit !== 'object' || commit === null) continue;
    for (const list of ['added', 'modified', 'removed'] as const) {
      const files = (commit as Record<string, unknown>)[list];
      if (Array.isArray(files)) for (const file of files) if (typeof file === 'string' && underState(file)) touched.add(file);
    }
  }
  return [...touched].sort();
}
