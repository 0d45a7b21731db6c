/**
 * The index comment (docs/action.md#many-clusters): when one pull request affects more than one
 * cluster, one comment lists each cluster's headline and links its sticky comment. The clusters'
 * own comments stay as they are; this one only points at them.
 *
 *   <!-- omnigraph-cluster-index:v1 {"key":..} -->
 *   ### heading
 *   | Cluster | Plan | Blocked | Approvals pending | Merge | Comment |
 *
 * Its marker is not the sticky marker, so a sticky lookup never mistakes it for a cluster's
 * comment, and it carries its own key (the `config-dir` patterns) so two steps with different
 * patterns keep two indexes. Every value from outside is escaped here.
 */
import { byteLength } from '../markup/blocks.js';
import { code, escapeText, safeUrl } from '../markup/escape.js';
import { formatHidden, parseHidden } from './hidden.js';

const PREFIX = '<!-- omnigraph-cluster-index:v1 ';

export interface IndexMarker {
  /** What tells one index from another on the same pull request: the step's `config-dir` patterns. */
  readonly key: string;
}

export function formatIndexMarker(marker: IndexMarker): string {
  return formatHidden(PREFIX, { key: marker.key });
}

export function parseIndexMarker(body: string): IndexMarker | null {
  const v = parseHidden(body, PREFIX);
  return v !== null && typeof v.key === 'string' ? { key: v.key } : null;
}

/** One cluster's line: what its plan would do and whether the merge would apply it cleanly. */
export interface ClusterHeadline {
  readonly configDir: string;
  /** Shown beside the directory when it says something the directory does not. */
  readonly label: string;
  /** False when the plan did not run (invalid config, held lock…). */
  readonly planned: boolean;
  readonly toCreate: number;
  readonly toUpdate: number;
  readonly toDelete: number;
  readonly blocked: number;
  readonly approvalsPending: number;
  /** Plain text: why the merge would not apply cleanly, null when it would. */
  readonly failure: string | null;
  /** The cluster's sticky comment, when there is one. */
  readonly commentUrl: string | null;
}

export interface IndexInput {
  readonly marker: IndexMarker;
  readonly clusters: readonly ClusterHeadline[];
  /** Clusters `config-dir` names that this pull request leaves alone (not planned). */
  readonly untouched: number;
  /** True when the file list was cut at GitHub's cap and every cluster was planned. */
  readonly allPlanned: boolean;
  readonly maxBytes: number;
}

export function indexCommentBody(input: IndexInput): string {
  const n = input.clusters.length;
  const failing = input.clusters.filter((c) => c.failure !== null).length;
  const head = [
    formatIndexMarker(input.marker),
    `### OmniGraph: ${n} cluster${n === 1 ? '' : 's'} affected by this pull request`,
    '',
    failing === 0 ? '✅ Every affected cluster would apply cleanly on merge.' : `❌ ${failing} of ${n} would not apply cleanly on merge; the linked comments say why.`,
    '',
  ];
  const tail = [
    '',
    input.allPlanned
      ? 'The pull request changes more files than GitHub lists (3000), so every cluster was planned.'
      : input.untouched === 0
        ? 'The pull request affects every cluster of this step.'
        : `${input.untouched} other cluster${input.untouched === 1 ? '' : 's'} this pull request does not touch ${input.untouched === 1 ? 'was' : 'were'} not planned.`,
  ];
  const table = ['| Cluster | Plan | Blocked | Approvals pending | Merge | Comment |', '|---|---|---|---|---|---|'];
  const rows = input.clusters.map(row);
  // Within budget whatever the number of clusters: rows that do not fit are counted, not cut.
  const fixed = byteLength([...head, ...table, ...tail].join('\n')) + 200;
  let used = fixed;
  let kept = 0;
  for (const r of rows) {
    if (used + byteLength(r) + 1 > input.maxBytes) break;
    used += byteLength(r) + 1;
    kept++;
  }
  const more = rows.length - kept;
  const lines = [...head, ...table, ...rows.slice(0, kept)];
  if (more > 0) lines.push('', `…and ${more} more cluster${more === 1 ? '' : 's'}: see the job summary.`);
  return [...lines, ...tail].join('\n');
}

function row(c: ClusterHeadline): string {
  const name = c.label !== '' && c.label !== c.configDir ? `${code(c.configDir, 200)} (${escapeText(c.label, 100)})` : code(c.configDir, 200);
  const plan = c.planned ? planCell(c) : 'not planned';
  const merge = c.failure === null ? '✅' : `❌ ${escapeText(c.failure, 200)}`;
  const link = safeUrl(c.commentUrl ?? undefined);
  return `| ${name} | ${plan} | ${c.blocked} | ${c.approvalsPending} | ${merge} | ${link === null ? '—' : `[plan](${link})`} |`;
}

function planCell(c: ClusterHeadline): string {
  if (c.toCreate + c.toUpdate + c.toDelete === 0) return 'no changes';
  return `${c.toCreate} to create, ${c.toUpdate} to update, ${c.toDelete} to delete`;
}

/** One affected cluster as the job summary lists it. */
export interface TargetLine {
  readonly configDir: string;
  readonly label: string;
}

/** The job summary's opening: which clusters this run covers, and why all of them when it is all. */
export function targetsSection(affected: readonly TargetLine[], discovered: number, allBecause: string | null): string {
  const why = allBecause === null ? `${affected.length} of ${discovered} affected by the change` : `all ${discovered}: ${escapeText(allBecause, 300)}`;
  const list = affected.map((t) => `- ${code(t.configDir, 200)}${t.label !== '' && t.label !== t.configDir ? ` (${escapeText(t.label, 100)})` : ''}`);
  return [`### OmniGraph clusters (${why})`, '', ...(list.length > 0 ? list : ['No cluster is affected.'])].join('\n');
}

/** The heading above one cluster's sections in the job summary. */
export function clusterHeading(configDir: string, label: string): string {
  return `## Cluster ${code(configDir, 200)}${label !== '' && label !== configDir ? ` (${escapeText(label, 100)})` : ''}`;
}
