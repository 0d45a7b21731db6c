import { sortBytewise } from '../../base/json.js';
import type { ApproveOutput, ForceUnlockOutput, RefreshOutput, ResourceStatus, StatusOutput, ValidateOutput } from '../../engine/model/outputs.js';
import type { RenderContext } from '../kinds.js';
import { line, table, type Doc, type Section } from '../markup/blocks.js';
import { code, escapeText } from '../markup/escape.js';
import { statusWord, statusesSection } from './apply-comment.js';
import { minimalLine, countsBySeverity, diagnosticsSection, essential, footerSection, hasCode, heading, nameList, optional, plural, restNote, sharedBanners, shortDigest } from './common.js';
import { firstErrors } from './plan-comment.js';
import { driftedResources, unobservedResources } from '../pr/drift.js';


function ledgerSection(digests: Readonly<Record<string, string>>, statuses: Readonly<Record<string, ResourceStatus>>): Section {
  return optional((level) => {
    if (level === 'list' || level === 'headline') return [];
    const addresses = sortBytewise(Object.keys({ ...digests, ...statuses }));
    if (addresses.length === 0) return [];
    const rows = addresses.map((a) => {
      const s = statuses[a];
      return [code(a, 200), shortDigest(digests[a]), s === undefined ? '' : statusWord(s.status), (s?.conditions ?? []).map((c) => code(c, 60)).join(' ')];
    });
    return [line(`#### Ledger (${addresses.length})`), table(['Resource', 'Digest', 'Status', 'Condition'], rows, 'resources')];
  });
}

/** Live graph observations written by refresh/import (docs/contract/state.md#observations): one row per declared graph. */
function observationsSection(observations: Readonly<Record<string, unknown>>): Section {
  return optional((level) => {
    if (level === 'list' || level === 'headline') return [];
    const rows: string[][] = [];
    for (const [address, value] of Object.entries(observations)) {
      if (value === null || typeof value !== 'object') continue;
      const o = value as Record<string, unknown>;
      if (o.kind === 'tombstone') {
        rows.push([code(address, 200), '🪦 deleted', '', '', escapeText(String(o.deleted_at ?? ''), 40)]);
        continue;
      }
      const version = o.graph_manifest_version ?? o.manifest_version;
      const matches = o.schema_matches_desired === true ? '✅' : o.schema_matches_desired === false ? '❌' : '—';
      rows.push([
        code(address, 200),
        o.exists === true ? 'yes' : 'no',
        matches,
        typeof version === 'number' ? String(version) : '—',
        typeof o.error === 'string' ? escapeText(o.error, 500) : '',
      ]);
    }
    if (rows.length === 0) return [];
    return [line('#### Graph observations'), table(['Graph', 'Exists', 'Schema matches', 'Manifest version', 'Error'], rows, 'graphs')];
  });
}

function countsText(diagnostics: StatusOutput['diagnostics']): string {
  const { errors, warnings } = countsBySeverity(diagnostics);
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export function statusDoc(out: StatusOutput | RefreshOutput, ctx: RenderContext, marker: string | undefined): Doc {
  const obs = out.state_observations;
  const command = 'operation' in out ? out.operation : 'status';
  const drifted = driftedResources(out.resource_statuses);
  const unobserved = unobservedResources(out.resource_statuses);
  const word = command === 'status' ? 'Cluster status' : command === 'refresh' ? 'Refresh' : 'Import';
  let emoji = '📋';
  let title = `${word}: revision ${obs.state_revision}, ${plural(obs.resource_count, 'resource')}`;
  if (hasCode(out.diagnostics, 'state_lock_held')) [emoji, title] = ['🔒', `${word} not run: state locked`];
  else if (!out.ok) [emoji, title] = ['❌', `${word} failed`];
  else if (!obs.state_found && command === 'status') [emoji, title] = ['⚠️', 'Cluster state missing'];
  else if (drifted.length > 0) [emoji, title] = ['🌊', `${word}: ${drifted.length} drifted (revision ${obs.state_revision})`];
  else if (command !== 'status') emoji = '🔄';
  return {
    marker,
    minimal: minimalLine(emoji, title, countsText(out.diagnostics)),
    rest: restNote(ctx, command),
    sections: [
      essential(() => {
        const blocks = [...heading(emoji, title, ctx), line(`${obs.applied_config_digest === undefined ? 'no applied config' : `applied config ${shortDigest(obs.applied_config_digest)}`} — ${countsText(out.diagnostics)}`)];
        if (!out.ok) blocks.push(...firstErrors(out.diagnostics, '❌ **Errors**:'));
        blocks.push(...sharedBanners(out.diagnostics, obs, ctx));
        if (drifted.length > 0) blocks.push(line(`> 🌊 **Drift**: ${nameList(drifted)} differ from the ledger. Run refresh, then plan and apply.`));
        if (unobserved.length > 0) blocks.push(line(`> ⚠️ **Could not observe** ${nameList(unobserved)}; see the diagnostics.`));
        if (!obs.state_found && command === 'status') blocks.push(line('> No state ledger yet: run `omnigraph-cluster import --config <dir>` once.'));
        return blocks;
      }),
      statusesSection(out.resource_statuses, 'Resources needing attention'),
      observationsSection(out.observations),
      ledgerSection(out.resource_digests, out.resource_statuses),
      diagnosticsSection(out.diagnostics, ctx),
      footerSection(obs, ctx),
    ],
  };
}

export function validateDoc(out: ValidateOutput, ctx: RenderContext, marker: string | undefined): Doc {
  const title = out.ok ? `Config valid: ${plural(out.resources.length, 'resource')}, ${plural(out.dependencies.length, 'dependency edge')}` : 'Invalid config';
  return {
    marker,
    rest: restNote(ctx, 'validate'),
    sections: [
      essential(() => [...heading(out.ok ? '✅' : '❌', title, ctx), line(countsText(out.diagnostics)), ...(out.ok ? [] : firstErrors(out.diagnostics, '❌ **Errors**:'))]),
      optional((level) => {
        if (level === 'list' || level === 'headline' || out.resources.length === 0) return [];
        const rows = out.resources.map((r) => [code(r.address, 200), escapeText(r.kind, 40), shortDigest(r.digest), r.path === undefined ? '' : code(r.path, 300)]);
        return [line(`#### Resources (${rows.length})`), table(['Resource', 'Kind', 'Digest', 'Source'], rows, 'resources')];
      }),
      diagnosticsSection(out.diagnostics, ctx),
      footerSection(undefined, ctx),
    ],
  };
}

export function forceUnlockDoc(out: ForceUnlockOutput, ctx: RenderContext, marker: string | undefined): Doc {
  const title = !out.ok ? 'Force-unlock failed' : out.lock_removed ? 'Lock removed' : 'No lock removed';
  return {
    marker,
    rest: restNote(ctx, 'status'),
    sections: [
      essential(() => [...heading(out.ok ? '🔓' : '❌', title, ctx), line(countsText(out.diagnostics)), ...(out.ok ? [] : firstErrors(out.diagnostics, '❌ **Errors**:'))]),
      diagnosticsSection(out.diagnostics, ctx),
      footerSection(out.state_observations, ctx),
    ],
  };
}

export function approveDoc(out: ApproveOutput, ctx: RenderContext, marker: string | undefined): Doc {
  const title = out.ok ? `Approved ${out.operation ?? 'delete'} of ${code(out.resource ?? '', 200)} by ${code(out.approved_by ?? '', 80)}` : 'Approval failed';
  return {
    marker,
    rest: restNote(ctx, 'plan'),
    sections: [
      essential(() => {
        const blocks = [...heading(out.ok ? '✅' : '❌', title, ctx)];
        if (out.approval_id !== undefined) blocks.push(line(`approval ${code(out.approval_id, 80)} — binds to the current config; any later config edit makes it stale.`));
        if (!out.ok) blocks.push(...firstErrors(out.diagnostics, '❌ **Errors**:'));
        return blocks;
      }),
      diagnosticsSection(out.diagnostics, ctx),
      footerSection(undefined, ctx),
    ],
  };
}

