import type { Diagnostic } from '../../engine/diagnostics/index.js';
import { toCompactJson } from '../../base/json.js';
import { DESTRUCTIVE_MIGRATION_PREFIX, DESTRUCTIVE_QUERY_REASON } from '../../engine/model/change.js';
import type { ApprovalGate, BlastRadius, Disposition, Operation, PlanChange, ReasonCode } from '../../engine/model/outputs.js';
import type { RenderContext } from '../kinds.js';
import { codeBlock, details, lazyRows, line, table, type Block, type Section } from '../markup/blocks.js';
import { code, escapeText, wrapCode } from '../markup/escape.js';
import { BANNER_NAMES, approveCommand, nameList, optional, plural } from './common.js';
import { describeStep, isDestructiveStep } from './describe-step.js';
import { GATED_UPDATE_NEXT_STEP, GATED_UPDATE_SENTENCE, REASON_NEXT_STEPS, REASON_SENTENCES, reasonSentence } from './reasons.js';

const OPERATION_LABELS: Readonly<Record<Operation, string>> = { create: '➕ create', update: '✏️ update', delete: '🗑️ delete' };

export function operationCounts(changes: readonly PlanChange[]): Record<Operation, number> {
  const counts: Record<Operation, number> = { create: 0, update: 0, delete: 0 };
  for (const c of changes) counts[c.operation]++;
  return counts;
}

export function dispositionCounts(changes: readonly PlanChange[]): Record<Disposition, number> {
  const counts: Record<Disposition, number> = { applied: 0, derived: 0, deferred: 0, blocked: 0 };
  for (const c of changes) if (c.disposition !== undefined) counts[c.disposition]++;
  return counts;
}

/** Tables with more rows than this are folded into `<details>` (the counts above summarise them). */
export const FOLD_ROWS = 15;

/** The graph an address belongs to (`graph.g`, `schema.g`, `query.g.name`), or null for cluster-wide ones. */
export function graphOf(address: string): string | null {
  if (address.startsWith('graph.')) return address.slice('graph.'.length);
  if (address.startsWith('schema.')) return address.slice('schema.'.length);
  if (address.startsWith('query.')) {
    const rest = address.slice('query.'.length);
    const dot = rest.indexOf('.');
    return dot > 0 ? rest.slice(0, dot) : null;
  }
  return null;
}

/** Changes grouped by graph, graphs in first-seen order, cluster-wide changes (policies, providers) last. */
export function groupByGraph(changes: readonly PlanChange[]): { readonly graph: string | null; readonly changes: PlanChange[] }[] {
  const groups = new Map<string | null, PlanChange[]>();
  for (const c of changes) {
    const g = graphOf(c.resource);
    const list = groups.get(g);
    if (list === undefined) groups.set(g, [c]);
    else list.push(c);
  }
  const out = [...groups.entries()].filter(([g]) => g !== null).map(([graph, list]) => ({ graph, changes: list }));
  const shared = groups.get(null);
  if (shared !== undefined) out.push({ graph: null, changes: shared });
  return out;
}

/** The short per-row note: the reason code and what else the change touches. Sentences are in the legend. */
function changeNote(change: PlanChange): string {
  const notes: string[] = [];
  if (change.reason !== undefined) notes.push(code(change.reason, 60));
  if (change.metadata_change === 'policy_bindings' || change.binding_change === true) notes.push('policy bindings');
  if (change.metadata_change === 'embedding_profile') notes.push('embedding profile');
  if (change.migration !== undefined) notes.push(plural(change.migration.steps.length, 'migration step'));
  return notes.join(' · ');
}

/** Each reason (and the meaning of `derived`) said once under the table, not on every row; `explained` ones are said above already. */
function legend(changes: readonly PlanChange[], labels: Readonly<Record<Disposition, string>>, explained: ReadonlySet<string>): Block[] {
  const reasons = [...new Set(changes.map((c) => c.reason).filter((r): r is ReasonCode => r !== undefined && !explained.has(r)))];
  const items = reasons.map((r) => {
    const next = Object.hasOwn(REASON_SENTENCES, r) ? REASON_NEXT_STEPS[r] : undefined;
    return `- ${code(r, 60)}: ${escapeText(reasonSentence(r))}${next === undefined ? '' : ` ${escapeText(next)}`}`;
  });
  // The optional destructive gate holds updates and query deletes under the same reason as graph deletes.
  if (!explained.has('approval_required') && changes.some((c) => c.reason === 'approval_required' && c.operation !== 'delete')) {
    items.push(`- ${code('approval_required', 60)} on a change that is not a graph delete: ${escapeText(GATED_UPDATE_SENTENCE)} ${escapeText(GATED_UPDATE_NEXT_STEP)}`);
  }
  if (changes.some((c) => c.disposition === 'derived')) items.push(`- ${labels.derived}: the graph's digest follows its schema and queries; it changes with them.`);
  return items.length === 0 ? [] : [line(items.join('\n'))];
}

function groupTitle(graph: string | null, count: number): string {
  return graph === null ? `**Cluster-wide** (policies, providers) · ${plural(count, 'change')}` : `**Graph ${wrapCode(graph, 200)}** · ${plural(count, 'change')}`;
}

/**
 * The change list grouped by graph: up to FOLD_ROWS changes one table in graph order, above
 * that a table per graph folded into `<details>`; each reason explained once below.
 * Kept down to the `list` level (rows capped there).
 */
export function changesSection(changes: readonly PlanChange[], labels: Readonly<Record<Disposition, string>>, explained: ReadonlySet<string> = new Set()): Section {
  // Every level above `list` shows the same blocks and `list` the same rows: built once, so a
  // 10,000-change list is not rebuilt (nor its rows re-rendered) for each rung of the size ladder.
  let grouped: ReturnType<typeof groupByGraph> | undefined;
  const cells = new Map<PlanChange, readonly string[]>();
  const rowOf = (c: PlanChange): readonly string[] => {
    let row = cells.get(c);
    if (row === undefined) {
      row = [wrapCode(c.resource, 200), OPERATION_LABELS[c.operation], c.disposition === undefined ? '' : labels[c.disposition], changeNote(c)];
      cells.set(c, row);
    }
    return row;
  };
  const built = new Map<boolean, readonly Block[]>();
  const build = (list: boolean): readonly Block[] => {
    grouped ??= groupByGraph(changes);
    // At `list` the table may lose its tail to the size limit: one table keeps the first rows
    // readable, where per-graph tables would each shrink to a count.
    // A short list is one table in graph order; a long one gets a table per graph.
    const groups = list || changes.length <= FOLD_ROWS ? [{ graph: null, changes: grouped.flatMap((g) => g.changes) }] : grouped;
    const body: Block[] = [];
    for (const group of groups) {
      if (groups.length > 1) body.push(line(groupTitle(group.graph, group.changes.length)));
      body.push(table(['Resource', 'Change', 'Disposition', 'Notes'], lazyRows(group.changes, rowOf), 'changes'));
    }
    const ops = operationCounts(changes);
    const graphs = grouped.filter((g) => g.graph !== null).length;
    const summary = `${plural(changes.length, 'change')}${graphs > 1 ? ` in ${graphs} graphs` : ''}: ${ops.create} to create · ${ops.update} to update · ${ops.delete} to delete`;
    const head = line(`#### Changes (${changes.length})`);
    const folded = changes.length > FOLD_ROWS ? [details(summary, body)] : body;
    if (list) return [head, ...folded];
    return [head, ...folded, ...legend(changes, labels, explained)];
  };
  return optional((level) => {
    if (level === 'headline' || changes.length === 0) return [];
    const list = level === 'list';
    let blocks = built.get(list);
    if (blocks === undefined) {
      blocks = build(list);
      built.set(list, blocks);
    }
    return blocks;
  });
}

export function schemaUpdates(changes: readonly PlanChange[]): PlanChange[] {
  return changes.filter((c) => c.operation === 'update' && c.resource.startsWith('schema.'));
}

export function destructiveSummary(changes: readonly PlanChange[]): { deletes: string[]; drops: string[] } {
  return {
    deletes: changes.filter((c) => c.operation === 'delete').map((c) => c.resource),
    drops: changes.filter((c) => c.migration?.steps.some(isDestructiveStep) === true).map((c) => c.resource),
  };
}

/**
 * The migration preview per schema update: a step table (with the raw step JSON folded under
 * it at full detail), one line per schema at `no-steps`, nothing below that. A preview that
 * could not be made is always said, never silently dropped.
 */
export function migrationSection(changes: readonly PlanChange[], diagnostics: readonly Diagnostic[]): Section {
  const updates = schemaUpdates(changes);
  const unavailable = new Map(diagnostics.filter((d) => d.code === 'schema_preview_unavailable').map((d) => [d.path, d.message]));
  return optional((level) => {
    if (updates.length === 0 || level === 'list' || level === 'headline') return [];
    const blocks: Block[] = [line('#### Schema migrations')];
    for (const change of updates) {
      const name = code(change.resource, 200);
      const migration = change.migration;
      if (migration === undefined) {
        const why = unavailable.get(change.resource);
        blocks.push(line(`${name}: ⚠️ preview unavailable${why === undefined ? '' : `: ${escapeText(why, 1000)}`}`));
        continue;
      }
      const destructive = migration.steps.filter(isDestructiveStep).length;
      const flags = [migration.supported ? '' : ' · ⛔ **unsupported**', destructive > 0 ? ` · ⚠️ ${destructive} destructive` : ''].join('');
      const head = `${name}: ${plural(migration.steps.length, 'step')}${flags}`;
      if (level === 'no-steps' || migration.steps.length === 0) {
        blocks.push(line(migration.steps.length === 0 ? `${name}: no schema steps (digest-only change)` : head));
        continue;
      }
      blocks.push(line(head));
      const rows = migration.steps.map((step, i) => {
        const mark = step.kind === 'unsupported_change' ? '⛔ ' : isDestructiveStep(step) ? '⚠️ ' : '';
        return [String(i + 1), `${mark}${escapeText(describeStep(step), 1000)}`];
      });
      blocks.push(table(['#', 'Step'], rows, 'steps'));
      if (level === 'full') blocks.push(details('Step JSON', [codeBlock(migration.steps.map((s) => toCompactJson(s)).join('\n'), 'json')]));
    }
    return blocks;
  });
}

/**
 * One line per graph: a graph whose changes reach only its own resources (its schema and
 * queries) says so in a few words; one whose changes reach further names what lies outside.
 * Cluster-wide changes (a policy, a provider) list what they reach. Folded when shrinking,
 * gone at `list`.
 */
export function blastRadiusSection(radius: readonly BlastRadius[]): Section {
  return optional((level) => {
    if (radius.length === 0 || level === 'list' || level === 'headline') return [];
    const inside = new Map<string, Set<string>>();
    const outside = new Map<string, Set<string>>();
    const shared: string[] = [];
    for (const r of radius) {
      const g = graphOf(r.resource);
      if (g === null) {
        if (r.affected.length > 0) shared.push(`- ${wrapCode(r.resource, 200)} affects ${nameList(r.affected)}`);
        continue;
      }
      const own = inside.get(g) ?? new Set<string>();
      const far = outside.get(g) ?? new Set<string>();
      for (const a of r.affected) (graphOf(a) === g ? own : far).add(a);
      inside.set(g, own);
      outside.set(g, far);
    }
    const lines: string[] = [];
    for (const [g, own] of inside) {
      const far = [...(outside.get(g) ?? [])];
      const ownWords = own.size === 0 ? 'nothing inside the graph' : `${plural(own.size, 'resource')} of its own`;
      lines.push(`- ${wrapCode(g, 200)}: ${ownWords}${far.length === 0 ? '' : `, and beyond it ${nameList(far)}`}`);
    }
    lines.push(...shared);
    if (lines.length === 0) return [];
    const onlyOwn = shared.length === 0 && [...outside.values()].every((s) => s.size === 0);
    const body = [line(lines.join('\n'))];
    const title = onlyOwn ? `Blast radius: each change stays inside its graph (${plural(inside.size, 'graph')})` : `Blast radius (${plural(lines.length, 'line')})`;
    return level === 'full' && !onlyOwn ? [line('#### Blast radius'), ...body] : [details(title, body)];
  });
}

/** The resource named in a `/omnigraph approve` comment, or null when a comment cannot carry it. */
function approveComment(resource: string, label: string): string | null {
  if (!/^\S+$/.test(resource) || resource.length > 200) return null;
  return `/omnigraph approve ${resource}${label !== '' && /^\S+$/.test(label) ? ` --label ${label}` : ''}`;
}

/**
 * The approval gates: pending ones with the comment a reviewer posts on the pull request (one
 * comment per resource; the action runs the approval with the commenter as actor), approved
 * ones in one line, stale approvals said. Essential: an unapproved gate stops the apply.
 */
export function approvalBanner(gates: readonly ApprovalGate[], stale: ReadonlySet<string>, ctx: RenderContext): Block[] {
  const blocks: Block[] = [];
  const pending = gates.filter((g) => g.satisfied !== true);
  if (pending.length > 0) {
    // A destructive-gate change is an update or a query delete: apply "runs" it rather than "deletes" it.
    const gatedStep = (g: ApprovalGate) => g.reason === DESTRUCTIVE_QUERY_REASON || g.reason.startsWith(DESTRUCTIVE_MIGRATION_PREFIX);
    const verb = pending.some(gatedStep) ? 'runs' : 'deletes';
    const why = [...new Set(pending.map((g) => g.reason))];
    const reason = why.length === 1 ? ` (${escapeText(why[0] ?? '', 200)})` : '';
    const staleNote = pending.some((g) => stale.has(g.resource)) ? ' An earlier approval no longer matches this config.' : '';
    const shown = pending.slice(0, BANNER_NAMES);
    const headline = `> ⏳ **${plural(pending.length, 'approval')} needed** before apply ${verb} ${nameList(pending.map((g) => g.resource))}${reason}.${staleNote} A reviewer with write access approves by commenting on this pull request, one comment per resource:`;
    // Gates held for different reasons (a delete beside a schema drop) each say their own.
    const reasons = why.length > 1 ? shown.map((g) => `> - ${code(g.resource, 200)}: ${escapeText(g.reason, 200)}`) : [];
    blocks.push(line([headline, ...(reasons.length > 0 ? ['>', ...reasons] : [])].join('\n')));
    const commands = shown.map((g) => approveComment(g.resource, ctx.label) ?? approveCommand(ctx, g.resource));
    if (pending.length > shown.length) commands.push(`# ... and ${pending.length - shown.length} more (see the plan JSON)`);
    blocks.push(codeBlock(commands.join('\n'), 'text'));
    // The CLI form for those who approve outside the pull request, unless the block already is it.
    const first = shown[0]?.resource ?? '';
    const cli = approveComment(first, ctx.label) === null ? '' : ` Without the action: ${code(approveCommand(ctx, first), 400)}.`;
    blocks.push(line(`<sub>An approval binds to this config: a later edit makes it stale.${cli}</sub>`));
  }
  const approved = gates.filter((g) => g.satisfied === true).map((g) => g.resource);
  if (approved.length > 0) blocks.push(line(`> ✅ **Approved**: ${nameList(approved)}.`));
  return blocks;
}
