export const id = 696;
export const ids = [696,324];
export const modules = {

/***/ 5696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderComment: () => (/* binding */ renderComment),
  renderSummary: () => (/* binding */ renderSummary),
  renderText: () => (/* reexport */ renderText)
});

// UNUSED EXPORTS: COMMENT_DEFAULT_BYTES, COMMENT_HARD_MAX_BYTES, applyCommentBody, contentOf, describeDifferences, describeStep, driftDetected, driftIssueBody, formatMarker, formatReviewRecord, isDrifted, messages, parseMarker, parseReviewRecord, planCommentBody, planFingerprint, renderDriftReport, renderSection, restatusBody, reviewRecord, sameIdentity, toAnnotations

// EXTERNAL MODULE: ./src/base/hash.ts
var hash = __webpack_require__(2497);
// EXTERNAL MODULE: ./src/base/json.ts
var json = __webpack_require__(3659);
// EXTERNAL MODULE: ./src/render/markup/escape.ts
var markup_escape = __webpack_require__(1262);
;// CONCATENATED MODULE: ./src/render/pr/review.ts




function reviewedChange(c) {
    return {
        resource: c.resource,
        operation: c.operation,
        before_digest: c.before_digest ?? null,
        after_digest: c.after_digest ?? null,
        disposition: c.disposition ?? null,
        reason: c.reason ?? null,
        binding_change: c.binding_change === true,
        metadata_change: c.metadata_change ?? null,
        migration: c.migration === undefined ? null : canonical(c.migration),
    };
}
function reviewedPlan(plan) {
    const changes = plan.changes.map(reviewedChange).sort((a, b) => (0,json/* compareBytes */.Xo)(a.resource, b.resource) || (0,json/* compareBytes */.Xo)(a.operation, b.operation));
    const approvals = plan.approvals_required
        .map((g) => ({ resource: g.resource, reason: g.reason, satisfied: g.satisfied ?? null }))
        .sort((a, b) => (0,json/* compareBytes */.Xo)(a.resource, b.resource));
    return { config_digest: plan.desired_revision.config_digest ?? null, changes, approvals };
}
/** sha256 (lowercase hex) of the canonical compact JSON of what a review covers. */
function planFingerprint(plan) {
    return (0,hash/* sha256hex */.L)((0,json/* toCompactJson */.ZJ)(canonical(reviewedPlan(plan))));
}
/** Beyond this the record would crowd the comment budget; the refusal then lists no detail. */
const MAX_RECORD_BYTES = 20_000;
const RECORD_PREFIX = '<!-- omnigraph-cluster:review ';
function changeKey(c) {
    const { resource: _resource, ...fields } = reviewedChange(c);
    return sha256hex(toCompactJson(fields)).slice(0, 16);
}
function review_reviewRecord(plan) {
    const record = Object.create(null);
    for (const change of plan.changes)
        record[change.resource] = changeKey(change);
    return record;
}
/** The record as a hidden HTML comment, or '' when it is too big to carry. */
function review_formatReviewRecord(record) {
    const text = formatHidden(RECORD_PREFIX, record);
    return Buffer.byteLength(text, 'utf8') <= MAX_RECORD_BYTES ? text : '';
}
/** The record line of a body we wrote, verbatim ('' when absent), to carry it across rewrites. */
function review_reviewRecordLine(body) {
    return body.split('\n').find((l) => l.startsWith(RECORD_PREFIX)) ?? '';
}
function parseReviewRecord(body) {
    const parsed = parseHidden(body, RECORD_PREFIX);
    if (parsed === null || !Object.values(parsed).every((v) => typeof v === 'string'))
        return null;
    return parsed;
}
/** Markdown lines (addresses escaped) naming every change that differs between the review and now. */
function describeDifferences(reviewed, current) {
    if (reviewed === null)
        return ['the reviewed plan is too large to compare change by change; re-run the plan on the pull request to see it'];
    const now = review_reviewRecord(current);
    const operations = new Map(current.changes.map((c) => [c.resource, c.operation]));
    const lines = [];
    for (const address of [...new Set([...Object.keys(reviewed), ...Object.keys(now)])].sort(compareBytes)) {
        const before = reviewed[address];
        const after = now[address];
        if (before === after)
            continue;
        const what = code(address, 200);
        if (before === undefined)
            lines.push(`${what}: new since review (${operations.get(address) ?? 'change'})`);
        else if (after === undefined)
            lines.push(`${what}: reviewed but no longer planned`);
        else
            lines.push(`${what}: planned differently than reviewed (${operations.get(address) ?? 'change'})`);
    }
    if (lines.length === 0)
        lines.push('the changes match; the configuration digest or the approval gates differ');
    return lines;
}
/** Objects with byte-wise sorted keys (undefined dropped), arrays in order: one JSON per value. */
function canonical(value) {
    if (value === null || typeof value !== 'object' || value instanceof json/* F64 */.je)
        return value;
    if (Array.isArray(value))
        return value.map(canonical);
    const out = {};
    for (const key of Object.keys(value).sort(json/* compareBytes */.Xo)) {
        const v = value[key];
        if (v !== undefined)
            out[key] = canonical(v);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/render/pr/hidden.ts
/**
 * Hidden JSON in an HTML comment (`<!-- prefix {json} -->`), the carrier of the marker and the
 * review record. Inside the JSON, `<`, `>`, `-` and `&` are `\u` escapes so no value can end the
 * comment early or smuggle markup; JSON.parse restores them.
 */
const SUFFIX = ' -->';
function hidden_formatHidden(prefix, value) {
    const json = JSON.stringify(value).replace(/[<>&-]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${prefix}${json}${SUFFIX}`;
}
/** The first JSON object behind `prefix` in `body` (null-prototype), or null when absent or malformed. */
function hidden_parseHidden(body, prefix) {
    const start = body.indexOf(prefix);
    if (start < 0)
        return null;
    const end = body.indexOf(SUFFIX, start + prefix.length);
    if (end < 0)
        return null;
    let value;
    try {
        value = JSON.parse(body.slice(start + prefix.length, end));
    }
    catch {
        return null;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return null;
    // Copied onto a null prototype: an address such as `__proto__` stays data.
    return Object.assign(Object.create(null), value);
}

;// CONCATENATED MODULE: ./src/render/pr/marker.ts

const PREFIX = '<!-- omnigraph-cluster:v1 ';
const KINDS = new Set([
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
function marker_formatMarker(marker) {
    return hidden_formatHidden(PREFIX, { config_dir: marker.config_dir, label: marker.label, fingerprint: marker.fingerprint, kind: marker.kind });
}
/** Finds and decodes our marker anywhere in a body; null when absent or malformed. */
function parseMarker(body) {
    const v = parseHidden(body, PREFIX);
    if (v === null || typeof v.config_dir !== 'string' || typeof v.label !== 'string')
        return null;
    if (v.fingerprint !== null && typeof v.fingerprint !== 'string')
        return null;
    if (typeof v.kind !== 'string' || !KINDS.has(v.kind))
        return null;
    return { config_dir: v.config_dir, label: v.label, fingerprint: v.fingerprint, kind: v.kind };
}
const FAMILY_KINDS = { sticky: ['plan', 'apply'], drift: ['drift'] };
/**
 * True when a body's marker names the same cluster identity (exact match, no normalisation),
 * and, with `family`, is one of that family's kinds.
 */
function sameIdentity(marker, configDir, label, family) {
    if (marker === null || marker.config_dir !== configDir || marker.label !== label)
        return false;
    return family === undefined || FAMILY_KINDS[family].includes(marker.kind);
}

;// CONCATENATED MODULE: ./src/render/markup/blocks.ts

const blocks_line = (md) => ({ kind: 'line', md });
const table = (head, rows, noun) => ({ kind: 'table', head, rows, noun });
const details = (summary, body, open = false) => ({ kind: 'details', summary, body, open });
const codeBlock = (text, lang = '') => ({ kind: 'code', lang, text });
const LEVELS = ['full', 'collapsed', 'no-steps', 'list', 'headline'];
const UNLIMITED = { maxRows: Number.POSITIVE_INFINITY };
/**
 * Renders documents, remembering each section's blocks per level and each table's row lines,
 * so the size search (many renders of one document) costs string joins, not re-rendering.
 */
class DocRenderer {
    doc;
    sections = new Map();
    rowLines = new WeakMap();
    constructor(doc) {
        this.doc = doc;
    }
    /** The whole document at one level; non-essential sections vanish at `headline`. */
    render(level, limits = UNLIMITED, withRest = false) {
        const parts = [];
        if (this.doc.marker !== undefined)
            parts.push(this.doc.marker);
        for (const [i, blocks] of this.blocksAt(level).entries()) {
            if (level === 'headline' && this.doc.sections[i]?.essential !== true)
                continue;
            if (blocks.length > 0)
                parts.push(this.renderBlocks(blocks, limits));
        }
        if (withRest)
            parts.push(this.doc.rest);
        return `${parts.join('\n\n')}\n`;
    }
    /** The largest number of table rows anywhere in the document at `level` (for the row search). */
    maxTableRows(level) {
        let max = 0;
        const visit = (blocks) => {
            for (const b of blocks) {
                if (b.kind === 'table')
                    max = Math.max(max, b.rows.length);
                else if (b.kind === 'details')
                    visit(b.body);
            }
        };
        for (const blocks of this.blocksAt(level))
            visit(blocks);
        return max;
    }
    blocksAt(level) {
        let cached = this.sections.get(level);
        if (cached === undefined) {
            cached = this.doc.sections.map((s) => (level === 'headline' && !s.essential ? [] : s.render(level)));
            this.sections.set(level, cached);
        }
        return cached;
    }
    renderBlocks(blocks, limits) {
        return blocks.map((b) => this.renderBlock(b, limits)).join('\n\n');
    }
    renderBlock(block, limits) {
        switch (block.kind) {
            case 'line':
                return block.md;
            case 'code':
                return (0,markup_escape/* fence */.EU)(block.text, block.lang);
            case 'details':
                // Blank lines around the body let GitHub parse Markdown inside the HTML block.
                return `<details${block.open === true ? ' open' : ''}><summary>${block.summary}</summary>\n\n${this.renderBlocks(block.body, limits)}\n\n</details>`;
            case 'table':
                return this.renderTable(block, limits.maxRows);
        }
    }
    renderTable(block, maxRows) {
        let rows = this.rowLines.get(block);
        if (rows === undefined) {
            rows = block.rows.map(rowText);
            this.rowLines.set(block, rows);
        }
        const shown = rows.length > maxRows ? rows.slice(0, maxRows) : rows;
        const omitted = rows.length - shown.length;
        const note = omitted > 0 ? `_…and ${omitted} more ${block.noun} not shown._` : '';
        if (shown.length === 0)
            return note;
        const text = [rowText(block.head), `|${block.head.map(() => ' --- ').join('|')}|`, ...shown].join('\n');
        return note === '' ? text : `${text}\n\n${note}`;
    }
}
function rowText(cells) {
    return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}
function blocks_byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./src/render/markup/fit.ts

/** GitHub refuses comment bodies above 65,536 characters; a byte budget is always safe. */
const COMMENT_HARD_MAX_BYTES = 65_536;
const COMMENT_DEFAULT_BYTES = 60_000;
/** The job summary upload aborts above 1 MiB per step. */
const SUMMARY_MAX_BYTES = 1_048_576;
const fit_SUMMARY_DEFAULT_BYTES = 1_000_000;
/**
 * Renders `doc` at the most detailed level that fits `budgetBytes` (UTF-8), walking the ladder
 * full → collapsed → no-steps → list → headline. At the `list` level long tables lose their
 * tails (with a count of what is missing) before the document drops to the headline. The
 * result is always whole blocks, so fences and `<details>` stay balanced.
 */
function fitDoc(doc, budgetBytes, hardMax) {
    const budget = Math.max(0, Math.min(Math.floor(budgetBytes), hardMax));
    const renderer = new DocRenderer(doc);
    for (const level of LEVELS) {
        if (level === 'headline')
            break;
        const text = level === 'full' ? renderer.render(level) : renderer.render(level, undefined, true);
        if (blocks_byteLength(text) <= budget)
            return text;
    }
    const rows = renderer.maxTableRows('list');
    // Binary search the largest row cap that fits; rendering is monotone in the cap.
    let lo = 0;
    let hi = rows;
    let best = null;
    while (lo <= hi) {
        const mid = Math.floor((lo + hi) / 2);
        const text = renderer.render('list', { maxRows: mid }, true);
        if (blocks_byteLength(text) <= budget) {
            best = text;
            lo = mid + 1;
        }
        else {
            hi = mid - 1;
        }
    }
    if (best !== null)
        return best;
    const headline = renderer.render('headline', { maxRows: 0 }, true);
    if (blocks_byteLength(headline) <= budget)
        return headline;
    // Only pathological input (huge names in banners) gets here: the verdict line, the marker
    // and the pointer to the full output are all that can be promised.
    const marker = doc.marker === undefined ? '' : `${doc.marker}\n\n`;
    for (const candidate of [`${marker}${doc.minimal ?? ''}\n\n${doc.rest}\n`, `${marker}${doc.minimal ?? ''}\n`, `${marker}${doc.rest}\n`]) {
        if (blocks_byteLength(candidate) <= budget)
            return candidate;
    }
    return '';
}
/** A comment body: default 60,000 bytes, never above 65,536. */
function fit_fitComment(doc, budgetBytes = COMMENT_DEFAULT_BYTES) {
    return fitDoc(doc, budgetBytes, COMMENT_HARD_MAX_BYTES);
}
/** A job summary: default 1,000,000 bytes, never above 1 MiB. */
function fit_fitSummary(doc, budgetBytes = fit_SUMMARY_DEFAULT_BYTES) {
    return fitDoc(doc, budgetBytes, SUMMARY_MAX_BYTES);
}

// EXTERNAL MODULE: ./src/render/markdown/reasons.ts
var reasons = __webpack_require__(5941);
;// CONCATENATED MODULE: ./src/render/markdown/common.ts



/** Banners name at most this many resources, then count the rest. */
const BANNER_NAMES = 10;
const common_essential = (render) => ({ essential: true, render });
const optional = (render) => ({ essential: false, render });
/** A digest shortened for tables (full digests are in the JSON). */
function shortDigest(digest) {
    return digest === undefined ? '' : (0,markup_escape/* code */.aY)(digest.slice(0, 12));
}
/** `a`, `b` and 3 more — resource names as code spans, bounded. */
function common_nameList(names) {
    const shown = names.slice(0, BANNER_NAMES).map((n) => (0,markup_escape/* code */.aY)(n, 120));
    const more = names.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** `### <emoji> <title>` with the cluster identity underneath. */
function common_heading(emoji, title, ctx) {
    const label = ctx.label === '' ? '' : ` · label ${(0,markup_escape/* code */.aY)(ctx.label, 80)}`;
    return [blocks_line(`### ${emoji} ${title}`), blocks_line(`Cluster ${(0,markup_escape/* code */.aY)(ctx.configDir, 200)}${label}`)];
}
function common_cliCommand(ctx, ...words) {
    const dir = ctx.configDir.length > COMMAND_NAME_MAX ? '<config-dir>' : (0,markup_escape/* shellWord */.r7)(ctx.configDir);
    return ['omnigraph-cluster', ...words, '--config', dir].join(' ');
}
/** Names longer than this are not put into commands: a clipped command would be wrong. */
const COMMAND_NAME_MAX = 200;
function approveCommand(ctx, resource) {
    if (resource.length > COMMAND_NAME_MAX)
        return '# (a resource name too long to show here; take it from the plan JSON)';
    return common_cliCommand(ctx, '--as', '<you>', 'approve', (0,markup_escape/* shellWord */.r7)(resource));
}
/** The last-resort one-liner of a document: its heading and counts. */
function minimalLine(emoji, title, counts) {
    return `### ${emoji} ${title}\n\n${counts}`;
}
/** The lock holder in words, or null when no foreign lock was observed. */
function lockHolder(obs) {
    if (!obs.locked)
        return null;
    const parts = [];
    if (obs.lock_operation !== undefined)
        parts.push(`by ${(0,markup_escape/* code */.aY)(obs.lock_operation, 40)}`);
    if (obs.lock_id !== undefined)
        parts.push(`id ${(0,markup_escape/* code */.aY)(obs.lock_id, 80)}`);
    if (obs.lock_pid !== undefined)
        parts.push(`pid ${obs.lock_pid}`);
    if (obs.lock_created_at !== undefined)
        parts.push(`since ${(0,markup_escape/* escapeText */.X1)(obs.lock_created_at, 40)}`);
    if (obs.lock_age_seconds !== undefined)
        parts.push(`(${obs.lock_age_seconds}s ago)`);
    return parts.join(' ');
}
/** Banner for a held state lock, with the exact (manual, never automatic) unlock command. */
function lockHeldBlocks(obs, ctx) {
    const holder = lockHolder(obs) ?? '';
    const blocks = [blocks_line(`> 🔒 **State locked** ${holder}. Wait for that command to finish and re-run.`)];
    if (obs.lock_id !== undefined && obs.lock_id.length <= COMMAND_NAME_MAX) {
        blocks.push(blocks_line('Only if you are sure no cluster command is running, remove the lock:'));
        blocks.push(codeBlock(common_cliCommand(ctx, 'force-unlock', (0,markup_escape/* shellWord */.r7)(obs.lock_id)), 'sh'));
    }
    return blocks;
}
function hasCode(diagnostics, ...codes) {
    return diagnostics.some((d) => codes.includes(d.code));
}
function countsBySeverity(diagnostics) {
    let errors = 0;
    for (const d of diagnostics)
        if (d.severity === 'error')
            errors++;
    return { errors, warnings: diagnostics.length - errors };
}
/** Banners every command shares: lock held, CAS lost, recovery, locking disabled. */
function sharedBanners(diagnostics, obs, ctx) {
    const out = [];
    if (obs !== undefined && hasCode(diagnostics, 'state_lock_held'))
        out.push(...lockHeldBlocks(obs, ctx));
    if (hasCode(diagnostics, 'state_cas_mismatch')) {
        out.push(blocks_line('> ⚠️ **State changed concurrently** (CAS mismatch): another command wrote state.json while this one ran. Nothing was recorded; re-run.'));
    }
    const pending = diagnostics.filter((d) => d.code === 'cluster_recovery_pending').map((d) => d.path);
    if (pending.length > 0)
        out.push(blocks_line(`> 🩹 **Recovery pending**: ${common_nameList(pending)}. The next apply sweeps interrupted graph operations.`));
    const rolled = diagnostics.filter((d) => d.code === 'cluster_recovery_rolled_forward').map((d) => d.path);
    if (rolled.length > 0)
        out.push(blocks_line(`> 🩹 **Recovered**: an interrupted operation was completed for ${common_nameList(rolled)}.`));
    if (hasCode(diagnostics, 'state_lock_disabled'))
        out.push(blocks_line('> ⚠️ State locking is disabled (`state.lock: false`): concurrent commands are not fenced.'));
    return out;
}
/**
 * The diagnostics panel: a table at full detail, folded when the document shrinks, errors only
 * at `list`, gone at `headline` (the headline counts them).
 */
function diagnosticsSection(diagnostics) {
    return optional((level) => {
        if (diagnostics.length === 0 || level === 'headline')
            return [];
        const shown = level === 'list' ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
        if (shown.length === 0)
            return [];
        const rows = shown.map((d) => {
            const hint = (0,reasons/* diagnosticHint */.J1)(d.code);
            const title = `${(0,markup_escape/* escapeText */.X1)((0,reasons/* diagnosticTitle */._w)(d.code))}<br>${(0,markup_escape/* code */.aY)(d.code, 80)}`;
            const where = d.location === undefined ? '' : `<br>${(0,markup_escape/* code */.aY)(`${d.location.file}:${d.location.line}:${d.location.column}`, 300)}`;
            return [d.severity === 'error' ? '❌ error' : '⚠️ warning', title, `${(0,markup_escape/* code */.aY)(d.path, 200)}${where}`, `${(0,markup_escape/* escapeText */.X1)(d.message, 1000)}${hint === undefined ? '' : `<br>_${(0,markup_escape/* escapeText */.X1)(hint)}_`}`];
        });
        const t = table(['Severity', 'Diagnostic', 'Path', 'Message'], rows, 'diagnostics');
        const { errors, warnings } = countsBySeverity(shown);
        const summary = `Diagnostics: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
        return level === 'full' ? [blocks_line(`#### ${summary}`), t] : [details(summary, [t], errors > 0)];
    });
}
/** Footer: state revision, lock, config dir, label, run link. Small and always kept. */
function footerSection(obs, ctx) {
    return common_essential(() => {
        const parts = [];
        if (obs !== undefined) {
            parts.push(obs.state_found ? `state revision ${obs.state_revision}` : 'no state yet');
            parts.push(lockWords(obs));
        }
        parts.push(`config ${(0,markup_escape/* code */.aY)(ctx.configDir, 200)}`);
        if (ctx.label !== '')
            parts.push(`label ${(0,markup_escape/* code */.aY)(ctx.label, 80)}`);
        const url = (0,markup_escape/* safeUrl */.Pl)(ctx.runUrl);
        if (url !== null)
            parts.push(`[workflow run](${url})`);
        return [blocks_line(`<sub>${parts.join(' · ')}</sub>`)];
    });
}
function lockWords(obs) {
    if (obs.lock_acquired)
        return 'lock acquired and released by this run';
    if (obs.locked)
        return `lock held ${lockHolder(obs) ?? ''}`.trimEnd();
    return 'lock not held';
}
/** Where the parts left out by the size ladder can be read. */
function common_restNote(ctx, command) {
    const url = (0,markup_escape/* safeUrl */.Pl)(ctx.runUrl);
    const local = (0,markup_escape/* code */.aY)(`${common_cliCommand(ctx, command)} --format markdown`, 400);
    return url === null
        ? `<sub>Some detail was left out to fit the size limit. Run ${local} to see everything.</sub>`
        : `<sub>Some detail was left out to fit the size limit: see the [job summary](${url}) or run ${local}.</sub>`;
}

// EXTERNAL MODULE: ./src/lang/schema/index.ts + 21 modules
var schema = __webpack_require__(6040);
;// CONCATENATED MODULE: ./src/render/markdown/describe-step.ts
/** docs/contract/migration.md#step-text step text: one implementation, shared with the `omnigraph` stand-in and the planner. */

/** Steps that lose data or refuse the migration: they earn the destructive banner. */
function isDestructiveStep(step) {
    return step.kind === 'drop_type' || step.kind === 'drop_property' || (step.kind === 'unsupported_change' && step.code === 'OG-MF-106');
}

;// CONCATENATED MODULE: ./src/render/markdown/change-panels.ts






const OPERATION_LABELS = { create: '➕ create', update: '✏️ update', delete: '🗑️ delete' };
function operationCounts(changes) {
    const counts = { create: 0, update: 0, delete: 0 };
    for (const c of changes)
        counts[c.operation]++;
    return counts;
}
function dispositionCounts(changes) {
    const counts = { applied: 0, derived: 0, deferred: 0, blocked: 0 };
    for (const c of changes)
        if (c.disposition !== undefined)
            counts[c.disposition]++;
    return counts;
}
/** Notes for one change: why it is not applied (and what unblocks it), metadata, migration size. */
function changeNotes(change) {
    const notes = [];
    if (change.reason !== undefined) {
        const next = Object.hasOwn(reasons/* REASON_SENTENCES */.WQ, change.reason) ? reasons/* REASON_NEXT_STEPS */.Zz[change.reason] : undefined;
        notes.push(`${(0,markup_escape/* escapeText */.X1)((0,reasons/* reasonSentence */.Ux)(change.reason))} ${(0,markup_escape/* code */.aY)(change.reason, 60)}${next === undefined ? '' : ` ${(0,markup_escape/* escapeText */.X1)(next)}`}`);
    }
    if (change.metadata_change === 'policy_bindings' || change.binding_change === true)
        notes.push('policy bindings changed');
    if (change.metadata_change === 'embedding_profile')
        notes.push('embedding profile changed');
    if (change.disposition === 'derived')
        notes.push('graph digest follows its schema and queries');
    if (change.migration !== undefined)
        notes.push(plural(change.migration.steps.length, 'migration step'));
    return notes.join('<br>');
}
/** The change list: one row per change, kept down to the `list` level (rows capped there). */
function changesSection(changes, labels) {
    return optional((level) => {
        if (level === 'headline' || changes.length === 0)
            return [];
        const rows = changes.map((c) => [
            (0,markup_escape/* code */.aY)(c.resource, 200),
            OPERATION_LABELS[c.operation],
            c.disposition === undefined ? '' : labels[c.disposition],
            level === 'list' ? (c.reason === undefined ? '' : (0,markup_escape/* code */.aY)(c.reason, 60)) : changeNotes(c),
        ]);
        return [blocks_line(`#### Changes (${changes.length})`), table(['Resource', 'Change', 'Disposition', level === 'list' ? 'Reason' : 'Notes'], rows, 'changes')];
    });
}
function schemaUpdates(changes) {
    return changes.filter((c) => c.operation === 'update' && c.resource.startsWith('schema.'));
}
function destructiveSummary(changes) {
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
function migrationSection(changes, diagnostics) {
    const updates = schemaUpdates(changes);
    const unavailable = new Map(diagnostics.filter((d) => d.code === 'schema_preview_unavailable').map((d) => [d.path, d.message]));
    return optional((level) => {
        if (updates.length === 0 || level === 'list' || level === 'headline')
            return [];
        const blocks = [blocks_line('#### Schema migrations')];
        for (const change of updates) {
            const name = (0,markup_escape/* code */.aY)(change.resource, 200);
            const migration = change.migration;
            if (migration === undefined) {
                const why = unavailable.get(change.resource);
                blocks.push(blocks_line(`${name}: ⚠️ preview unavailable${why === undefined ? '' : `: ${(0,markup_escape/* escapeText */.X1)(why, 1000)}`}`));
                continue;
            }
            const destructive = migration.steps.filter(isDestructiveStep).length;
            const flags = [migration.supported ? '' : ' · ⛔ **unsupported**', destructive > 0 ? ` · ⚠️ ${destructive} destructive` : ''].join('');
            const head = `${name}: ${plural(migration.steps.length, 'step')}${flags}`;
            if (level === 'no-steps' || migration.steps.length === 0) {
                blocks.push(blocks_line(migration.steps.length === 0 ? `${name}: no schema steps (digest-only change)` : head));
                continue;
            }
            blocks.push(blocks_line(head));
            const rows = migration.steps.map((step, i) => {
                const mark = step.kind === 'unsupported_change' ? '⛔ ' : isDestructiveStep(step) ? '⚠️ ' : '';
                return [String(i + 1), `${mark}${(0,markup_escape/* escapeText */.X1)((0,schema/* describeStep */.Ey)(step), 1000)}`];
            });
            blocks.push(table(['#', 'Step'], rows, 'steps'));
            if (level === 'full')
                blocks.push(details('Step JSON', [codeBlock(migration.steps.map((s) => (0,json/* toCompactJson */.ZJ)(s)).join('\n'), 'json')]));
        }
        return blocks;
    });
}
/** Blast radius: what depends on each change. Folded when shrinking, gone at `list`. */
function blastRadiusSection(radius) {
    return optional((level) => {
        if (radius.length === 0 || level === 'list' || level === 'headline')
            return [];
        const rows = radius.map((r) => [(0,markup_escape/* code */.aY)(r.resource, 200), common_nameList(r.affected)]);
        const t = table(['Change', 'Affects'], rows, 'entries');
        return level === 'full' ? [blocks_line('#### Blast radius'), t] : [details(`Blast radius (${radius.length})`, [t])];
    });
}
function gateStatus(gate) {
    if (gate.satisfied === true)
        return '✅ approved';
    return '⏳ pending';
}
/** Approval gates and their state; kept down to `list`. */
function approvalsSection(gates, stale) {
    return optional((level) => {
        if (gates.length === 0 || level === 'headline')
            return [];
        const rows = gates.map((g) => [
            (0,markup_escape/* code */.aY)(g.resource, 200),
            (0,markup_escape/* escapeText */.X1)(g.reason),
            `${gateStatus(g)}${stale.has(g.resource) && g.satisfied !== true ? ' (an earlier approval is stale)' : ''}`,
        ]);
        return [blocks_line('#### Approval gates'), table(['Resource', 'Why', 'Status'], rows, 'gates')];
    });
}
/** The pending-approval banner with one exact approve command per gate (bounded). */
function approvalBanner(gates, ctx) {
    const pending = gates.filter((g) => g.satisfied !== true).map((g) => g.resource);
    if (pending.length === 0)
        return [];
    const commands = pending.slice(0, BANNER_NAMES).map((r) => approveCommand(ctx, r));
    if (pending.length > BANNER_NAMES)
        commands.push(`# ... and ${pending.length - BANNER_NAMES} more (see the approval gates)`);
    return [
        blocks_line(`> ⏳ **${plural(pending.length, 'approval')} needed** before apply deletes ${common_nameList(pending)}. Approve with (an approval binds to this config; any later edit makes it stale):`),
        codeBlock(commands.join('\n'), 'sh'),
    ];
}

// EXTERNAL MODULE: ./src/engine/diagnostics/index.ts + 2 modules
var engine_diagnostics = __webpack_require__(2165);
;// CONCATENATED MODULE: ./src/render/markdown/plan-comment.ts






/** True when every error is a config error: the command stopped before touching state. */
function isInvalidConfig(diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    return errors.length > 0 && errors.every((d) => (0,engine_diagnostics/* isConfigCode */.AK)(d.code));
}
/** First few errors, for banners that must explain a failure on their own. */
function firstErrors(diagnostics, lead, max = 3) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const items = errors.slice(0, max).map((d) => `> - ${(0,markup_escape/* code */.aY)(d.code, 60)} ${(0,markup_escape/* code */.aY)(d.path, 120)}: ${(0,markup_escape/* escapeText */.X1)(d.message, 300)}`);
    if (errors.length > max)
        items.push(`> - …and ${errors.length - max} more`);
    // One block: the lead and its items stay one blockquote.
    return [blocks_line([`> ${lead}`, ...(items.length > 0 ? ['>', ...items] : [])].join('\n'))];
}
function planTitle(out) {
    const ops = operationCounts(out.changes);
    if (hasCode(out.diagnostics, 'state_lock_held'))
        return ['🔒', 'Plan not run: state locked'];
    if (!out.ok)
        return isInvalidConfig(out.diagnostics) ? ['❌', 'Invalid config'] : ['❌', 'Plan failed'];
    if (out.changes.length === 0)
        return ['✅', 'No changes'];
    const disp = dispositionCounts(out.changes);
    const pending = out.approvals_required.some((g) => g.satisfied !== true);
    const emoji = disp.blocked > 0 ? '⛔' : pending ? '⏳' : '📝';
    return [emoji, `Plan: ${ops.create} to create · ${ops.update} to update · ${ops.delete} to delete`];
}
function countsLine(out) {
    const d = dispositionCounts(out.changes);
    const { errors, warnings } = countsBySeverity(out.diagnostics);
    const gates = out.approvals_required;
    const satisfied = gates.filter((g) => g.satisfied === true).length;
    const parts = [`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`];
    if (gates.length > 0)
        parts.unshift(`approvals: ${satisfied}/${gates.length} satisfied`);
    if (out.changes.length > 0)
        parts.unshift(`**${d.applied}** will apply · **${d.derived}** derived · **${d.deferred}** deferred · **${d.blocked}** blocked`);
    return parts.join(' — ');
}
function planBanners(out, ctx) {
    const blocks = [];
    if (!out.ok && isInvalidConfig(out.diagnostics)) {
        blocks.push(...firstErrors(out.diagnostics, '❌ **Invalid config**: nothing was planned. Fix these and push again:'));
    }
    else if (!out.ok && !hasCode(out.diagnostics, 'state_lock_held')) {
        blocks.push(...firstErrors(out.diagnostics, '❌ **Plan failed**:'));
    }
    blocks.push(...sharedBanners(out.diagnostics, out.state_observations, ctx));
    const blocked = out.changes.filter((c) => c.disposition === 'blocked').map((c) => c.resource);
    if (blocked.length > 0)
        blocks.push(blocks_line(`> ⛔ **${blocked.length} blocked**: ${common_nameList(blocked)}. Apply will not run ${blocked.length === 1 ? 'it' : 'them'}; see the reasons below.`));
    const { deletes, drops } = destructiveSummary(out.changes);
    if (deletes.length > 0 || drops.length > 0) {
        const parts = [deletes.length > 0 ? `deletes ${common_nameList(deletes)}` : '', drops.length > 0 ? `drops schema members in ${common_nameList(drops)}` : ''];
        blocks.push(blocks_line(`> ⚠️ **Destructive**: ${parts.filter((p) => p !== '').join('; ')}.`));
    }
    blocks.push(...approvalBanner(out.approvals_required, ctx));
    const stale = out.diagnostics.filter((d) => d.code === 'approval_stale').map((d) => d.path);
    if (stale.length > 0)
        blocks.push(blocks_line(`> ⚠️ **Approval stale** for ${common_nameList(stale)}: the config changed after approval; approve again.`));
    const unavailable = out.diagnostics.filter((d) => d.code === 'schema_preview_unavailable').map((d) => d.path);
    if (unavailable.length > 0)
        blocks.push(blocks_line(`> ⚠️ **Migration preview unavailable** for ${common_nameList(unavailable)}; the migration is checked again at apply.`));
    return blocks;
}
function nextStepsSection(out) {
    return optional((level) => {
        if (!out.ok || out.changes.length === 0 || (level !== 'full' && level !== 'collapsed'))
            return [];
        return [
            blocks_line('<sub>On merge the action re-plans under the state lock and applies only if the result still matches this plan (same fingerprint); otherwise it stops and shows what changed.</sub>'),
        ];
    });
}
/** The plan document: headline, change list, migrations, blast radius, gates, diagnostics. */
function plan_comment_planDoc(out, ctx, marker) {
    const stale = new Set(out.diagnostics.filter((d) => d.code === 'approval_stale').map((d) => d.path));
    const [emoji, title] = planTitle(out);
    return {
        marker,
        minimal: minimalLine(emoji, title, countsLine(out)),
        rest: common_restNote(ctx, 'plan'),
        sections: [
            common_essential(() => [...common_heading(emoji, title, ctx), blocks_line(countsLine(out)), ...planBanners(out, ctx)]),
            changesSection(out.changes, reasons/* PLAN_DISPOSITION_LABELS */.u2),
            migrationSection(out.changes, out.diagnostics),
            approvalsSection(out.approvals_required, stale),
            blastRadiusSection(out.blast_radius),
            diagnosticsSection(out.diagnostics),
            nextStepsSection(out),
            footerSection(out.state_observations, ctx),
        ],
    };
}

;// CONCATENATED MODULE: ./src/render/markdown/apply-comment.ts






function applyTitle(out) {
    const obs = out.state_observations;
    if (hasCode(out.diagnostics, 'state_lock_held')) {
        const since = obs.lock_created_at === undefined ? '' : ` since ${(0,markup_escape/* escapeText */.X1)(obs.lock_created_at, 40)}`;
        const op = obs.lock_operation === undefined ? '' : ` by ${(0,markup_escape/* code */.aY)(obs.lock_operation, 40)}`;
        return ['🔒', `Not applied: state locked${op}${since}`];
    }
    if (hasCode(out.diagnostics, 'state_cas_mismatch'))
        return ['❌', 'Not applied: state changed concurrently'];
    if (!out.ok && out.changes.length === 0 && isInvalidConfig(out.diagnostics))
        return ['❌', 'Not applied: invalid config'];
    if (!out.ok)
        return out.applied_count > 0 && out.state_written ? ['❌', `Apply failed partway (${out.applied_count} applied, ${out.deferred_count} deferred/blocked)`] : ['❌', 'Apply failed'];
    const held = out.deferred_count;
    if (held > 0)
        return ['⚠️', `Partially applied (${held} deferred/blocked)`];
    if (!out.converged)
        return ['⚠️', `Applied, not converged (revision ${obs.state_revision})`];
    if (out.changes.length === 0)
        return ['✅', `No changes (revision ${obs.state_revision})`];
    return ['✅', `Applied (revision ${obs.state_revision}, converged)`];
}
function apply_comment_countsLine(out) {
    const d = dispositionCounts(out.changes);
    const { errors, warnings } = countsBySeverity(out.diagnostics);
    const actor = out.actor === undefined ? '' : ` — by ${(0,markup_escape/* code */.aY)(out.actor, 80)}`;
    return [
        `**${d.applied}** applied · **${d.derived}** derived · **${d.deferred}** deferred · **${d.blocked}** blocked`,
        `state ${out.state_written ? 'written' : 'not written'}, ${out.converged ? 'converged' : 'not converged'}`,
        `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${actor}`,
    ].join(' — ');
}
function applyBanners(out, ctx) {
    const blocks = [];
    if (!out.ok && !hasCode(out.diagnostics, 'state_lock_held', 'state_cas_mismatch'))
        blocks.push(...firstErrors(out.diagnostics, '❌ **Errors**:'));
    blocks.push(...sharedBanners(out.diagnostics, out.state_observations, ctx));
    const blocked = out.changes.filter((c) => c.disposition === 'blocked').map((c) => c.resource);
    if (blocked.length > 0)
        blocks.push(blocks_line(`> ⛔ **${blocked.length} blocked**: ${common_nameList(blocked)}.`));
    const waiting = out.changes.filter((c) => c.reason === 'approval_required').map((c) => c.resource);
    if (waiting.length > 0)
        blocks.push(blocks_line(`> ⏳ **Waiting for approval**: ${common_nameList(waiting)}.`));
    if (out.ok && !out.converged)
        blocks.push(blocks_line('> ⚠️ **Not converged**: state still differs from the config; the next apply picks up the rest.'));
    const holder = lockHolder(out.state_observations);
    if (holder !== null && !hasCode(out.diagnostics, 'state_lock_held'))
        blocks.push(blocks_line(`> 🔒 A lock was observed ${holder}.`));
    return blocks;
}
/** Resource statuses that need attention (not `applied`), as recorded. */
function statusesSection(statuses, title) {
    return optional((level) => {
        if (level === 'headline')
            return [];
        const rows = Object.entries(statuses)
            .filter(([, s]) => s.status !== 'applied')
            .map(([address, s]) => [(0,markup_escape/* code */.aY)(address, 200), statusWord(s.status), (s.conditions ?? []).map((c) => (0,markup_escape/* code */.aY)(c, 60)).join(' '), (0,markup_escape/* escapeText */.X1)(s.message ?? '', 500)]);
        if (rows.length === 0)
            return [];
        return [blocks_line(`#### ${title} (${rows.length})`), table(['Resource', 'Status', 'Condition', 'Message'], rows, 'statuses')];
    });
}
function statusWord(status) {
    switch (status) {
        case 'applied':
            return '✅ applied';
        case 'drifted':
            return '🌊 drifted';
        case 'blocked':
            return '⛔ blocked';
        case 'error':
            return '❌ error';
        case 'pending':
        case 'planned':
        case 'applying':
            return `⏳ ${status}`;
    }
}
/** The apply document (comment status update and job summary). */
function apply_comment_applyDoc(out, ctx, marker) {
    const [emoji, title] = applyTitle(out);
    return {
        marker,
        minimal: minimalLine(emoji, title, apply_comment_countsLine(out)),
        rest: common_restNote(ctx, 'status'),
        sections: [
            common_essential(() => [...common_heading(emoji, title, ctx), blocks_line(apply_comment_countsLine(out)), ...applyBanners(out, ctx)]),
            changesSection(out.changes, reasons/* APPLY_DISPOSITION_LABELS */.re),
            statusesSection(out.resource_statuses, 'Resources needing attention'),
            diagnosticsSection(out.diagnostics),
            footerSection(out.state_observations, ctx),
        ],
    };
}

;// CONCATENATED MODULE: ./src/render/pr/drift.ts
/**
 * The one definition of drift, used by the drift report, the status summary and the action's
 * `drift-detected` output: a resource whose recorded status is `drifted` (refresh saw the live
 * graph or payload differ from the ledger) or a plan with changes (the config is ahead of the
 * cluster). A status of `error` is not drift: it means the resource could not be observed, which
 * proves nothing about the live state; it is shown as "could not observe" and its diagnostic
 * decides whether the run fails. Calling it drift would open drift issues for outages.
 */
function drift_driftedResources(statuses) {
    return Object.entries(statuses)
        .filter(([, s]) => s.status === 'drifted')
        .map(([address]) => address);
}
/** Addresses whose last observation failed (status `error`). */
function unobservedResources(statuses) {
    return Object.entries(statuses)
        .filter(([, s]) => s.status === 'error')
        .map(([address]) => address);
}
function drift_isDrifted(statuses, plan) {
    return (statuses !== undefined && drift_driftedResources(statuses).length > 0) || (plan !== undefined && plan.changes.length > 0);
}

;// CONCATENATED MODULE: ./src/render/markdown/state-summary.ts







function ledgerSection(digests, statuses) {
    return optional((level) => {
        if (level === 'list' || level === 'headline')
            return [];
        const addresses = Object.keys({ ...digests, ...statuses }).sort(json/* compareBytes */.Xo);
        if (addresses.length === 0)
            return [];
        const rows = addresses.map((a) => {
            const s = statuses[a];
            return [(0,markup_escape/* code */.aY)(a, 200), shortDigest(digests[a]), s === undefined ? '' : statusWord(s.status), (s?.conditions ?? []).map((c) => (0,markup_escape/* code */.aY)(c, 60)).join(' ')];
        });
        return [blocks_line(`#### Ledger (${addresses.length})`), table(['Resource', 'Digest', 'Status', 'Condition'], rows, 'resources')];
    });
}
/** Live graph observations written by refresh/import (docs/contract/state.md#observations): one row per declared graph. */
function observationsSection(observations) {
    return optional((level) => {
        if (level === 'list' || level === 'headline')
            return [];
        const rows = [];
        for (const [address, value] of Object.entries(observations)) {
            if (value === null || typeof value !== 'object')
                continue;
            const o = value;
            if (o.kind === 'tombstone') {
                rows.push([(0,markup_escape/* code */.aY)(address, 200), '🪦 deleted', '', '', (0,markup_escape/* escapeText */.X1)(String(o.deleted_at ?? ''), 40)]);
                continue;
            }
            const version = o.graph_manifest_version ?? o.manifest_version;
            const matches = o.schema_matches_desired === true ? '✅' : o.schema_matches_desired === false ? '❌' : '—';
            rows.push([
                (0,markup_escape/* code */.aY)(address, 200),
                o.exists === true ? 'yes' : 'no',
                matches,
                typeof version === 'number' ? String(version) : '—',
                typeof o.error === 'string' ? (0,markup_escape/* escapeText */.X1)(o.error, 500) : '',
            ]);
        }
        if (rows.length === 0)
            return [];
        return [blocks_line('#### Graph observations'), table(['Graph', 'Exists', 'Schema matches', 'Manifest version', 'Error'], rows, 'graphs')];
    });
}
function countsText(diagnostics) {
    const { errors, warnings } = countsBySeverity(diagnostics);
    return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
function state_summary_statusDoc(out, ctx, marker) {
    const obs = out.state_observations;
    const command = 'operation' in out ? out.operation : 'status';
    const drifted = drift_driftedResources(out.resource_statuses);
    const unobserved = unobservedResources(out.resource_statuses);
    const word = command === 'status' ? 'Cluster status' : command === 'refresh' ? 'Refresh' : 'Import';
    let emoji = '📋';
    let title = `${word}: revision ${obs.state_revision}, ${plural(obs.resource_count, 'resource')}`;
    if (hasCode(out.diagnostics, 'state_lock_held'))
        [emoji, title] = ['🔒', `${word} not run: state locked`];
    else if (!out.ok)
        [emoji, title] = ['❌', `${word} failed`];
    else if (!obs.state_found && command === 'status')
        [emoji, title] = ['⚠️', 'Cluster state missing'];
    else if (drifted.length > 0)
        [emoji, title] = ['🌊', `${word}: ${drifted.length} drifted (revision ${obs.state_revision})`];
    else if (command !== 'status')
        emoji = '🔄';
    return {
        marker,
        minimal: minimalLine(emoji, title, countsText(out.diagnostics)),
        rest: common_restNote(ctx, command),
        sections: [
            common_essential(() => {
                const blocks = [...common_heading(emoji, title, ctx), blocks_line(`${obs.applied_config_digest === undefined ? 'no applied config' : `applied config ${shortDigest(obs.applied_config_digest)}`} — ${countsText(out.diagnostics)}`)];
                if (!out.ok)
                    blocks.push(...firstErrors(out.diagnostics, '❌ **Errors**:'));
                blocks.push(...sharedBanners(out.diagnostics, obs, ctx));
                if (drifted.length > 0)
                    blocks.push(blocks_line(`> 🌊 **Drift**: ${common_nameList(drifted)} differ from the ledger. Run refresh, then plan and apply.`));
                if (unobserved.length > 0)
                    blocks.push(blocks_line(`> ⚠️ **Could not observe** ${common_nameList(unobserved)}; see the diagnostics.`));
                if (!obs.state_found && command === 'status')
                    blocks.push(blocks_line('> No state ledger yet: run `omnigraph-cluster import --config <dir>` once.'));
                return blocks;
            }),
            statusesSection(out.resource_statuses, 'Resources needing attention'),
            observationsSection(out.observations),
            ledgerSection(out.resource_digests, out.resource_statuses),
            diagnosticsSection(out.diagnostics),
            footerSection(obs, ctx),
        ],
    };
}
function validateDoc(out, ctx, marker) {
    const title = out.ok ? `Config valid: ${plural(out.resources.length, 'resource')}, ${plural(out.dependencies.length, 'dependency edge')}` : 'Invalid config';
    return {
        marker,
        rest: common_restNote(ctx, 'validate'),
        sections: [
            common_essential(() => [...common_heading(out.ok ? '✅' : '❌', title, ctx), blocks_line(countsText(out.diagnostics)), ...(out.ok ? [] : firstErrors(out.diagnostics, '❌ **Errors**:'))]),
            optional((level) => {
                if (level === 'list' || level === 'headline' || out.resources.length === 0)
                    return [];
                const rows = out.resources.map((r) => [(0,markup_escape/* code */.aY)(r.address, 200), (0,markup_escape/* escapeText */.X1)(r.kind, 40), shortDigest(r.digest), r.path === undefined ? '' : (0,markup_escape/* code */.aY)(r.path, 300)]);
                return [blocks_line(`#### Resources (${rows.length})`), table(['Resource', 'Kind', 'Digest', 'Source'], rows, 'resources')];
            }),
            diagnosticsSection(out.diagnostics),
            footerSection(undefined, ctx),
        ],
    };
}
function forceUnlockDoc(out, ctx, marker) {
    const title = !out.ok ? 'Force-unlock failed' : out.lock_removed ? 'Lock removed' : 'No lock removed';
    return {
        marker,
        rest: common_restNote(ctx, 'status'),
        sections: [
            common_essential(() => [...common_heading(out.ok ? '🔓' : '❌', title, ctx), blocks_line(countsText(out.diagnostics)), ...(out.ok ? [] : firstErrors(out.diagnostics, '❌ **Errors**:'))]),
            diagnosticsSection(out.diagnostics),
            footerSection(out.state_observations, ctx),
        ],
    };
}
function approveDoc(out, ctx, marker) {
    const title = out.ok ? `Approved ${out.operation ?? 'delete'} of ${(0,markup_escape/* code */.aY)(out.resource ?? '', 200)} by ${(0,markup_escape/* code */.aY)(out.approved_by ?? '', 80)}` : 'Approval failed';
    return {
        marker,
        rest: common_restNote(ctx, 'plan'),
        sections: [
            common_essential(() => {
                const blocks = [...common_heading(out.ok ? '✅' : '❌', title, ctx)];
                if (out.approval_id !== undefined)
                    blocks.push(blocks_line(`approval ${(0,markup_escape/* code */.aY)(out.approval_id, 80)} — binds to the current config; any later config edit makes it stale.`));
                if (!out.ok)
                    blocks.push(...firstErrors(out.diagnostics, '❌ **Errors**:'));
                return blocks;
            }),
            diagnosticsSection(out.diagnostics),
            footerSection(undefined, ctx),
        ],
    };
}

;// CONCATENATED MODULE: ./src/render/markdown/drift-report.ts





/** Drift as pr/drift.ts defines it, on the latest ledger view (refresh over status). */
function driftDetected(parts) {
    return isDrifted((parts.refresh ?? parts.status)?.resource_statuses, parts.plan);
}
/** The drift report (job summary and drift issue body): a verdict, then each part in full. */
function drift_report_driftDoc(parts, ctx, marker) {
    const ledger = parts.refresh ?? parts.status;
    const drifted = ledger === undefined ? [] : driftedResources(ledger.resource_statuses);
    const pending = parts.plan?.changes.map((c) => c.resource) ?? [];
    const verdict = essential(() => {
        if (!driftDetected(parts))
            return [...heading('✅', 'No drift', ctx)];
        const blocks = [...heading('🌊', 'Drift detected', ctx)];
        if (drifted.length > 0)
            blocks.push(line(`> Live state differs for ${nameList(drifted)}.`));
        if (pending.length > 0)
            blocks.push(line(`> The config has ${pending.length} unapplied change(s): ${nameList(pending)}.`));
        return blocks;
    });
    const sections = [verdict];
    for (const doc of [ledger === undefined ? undefined : statusDoc(ledger, ctx, undefined), parts.plan === undefined ? undefined : planDoc(parts.plan, ctx, undefined)]) {
        if (doc !== undefined)
            sections.push(...doc.sections);
    }
    const minimal = driftDetected(parts) ? '### 🌊 Drift detected' : '### ✅ No drift';
    return { marker, minimal, rest: restNote(ctx, 'status'), sections };
}

;// CONCATENATED MODULE: ./src/render/text/changes.ts


const MIGRATION_INDENT = '      ';
/** `cluster plan` text (docs/contract/text-output.md): no dispositions, migration steps as compact JSON. */
function planText(out) {
    if (!out.ok)
        return ['cluster plan failed'];
    const lines = [`cluster plan: ${out.changes.length} change(s), ${out.approvals_required.length} approval gate(s)`];
    for (const change of out.changes) {
        lines.push(`  ${changeHead(change)}`);
        if (change.migration === undefined)
            continue;
        if (!change.migration.supported)
            lines.push(`${MIGRATION_INDENT}migration UNSUPPORTED:`);
        for (const step of change.migration.steps)
            lines.push(`${MIGRATION_INDENT}${(0,json/* toCompactJson */.ZJ)(step)}`);
    }
    if (out.changes.length === 0)
        lines.push('  no changes');
    return lines;
}
/** `cluster apply` text (docs/contract/text-output.md): the change list prints even when apply failed. */
function applyText(out) {
    const lines = [out.ok ? `cluster apply: ${out.applied_count} applied, ${out.deferred_count} deferred/blocked` : 'cluster apply failed'];
    for (const change of out.changes)
        lines.push(`  ${changeHead(change)}${dispositionSuffix(change)}`);
    // Without a ledger apply never diffed anything: "no changes" would read as "already converged".
    const diffed = !out.diagnostics.some((d) => d.code === 'state_missing');
    if (out.changes.length === 0 && diffed)
        lines.push('  no changes');
    if (out.ok) {
        lines.push(`  state: revision ${out.state_observations.state_revision}, converged: ${out.converged}, written: ${out.state_written}`);
        lines.push('  note: cluster-booted servers (--cluster) serve this on their next restart; omnigraph.yaml deployments are unaffected');
    }
    return lines;
}
function changeHead(change) {
    return `${reasons/* OPERATION_WORDS */.yY[change.operation]} ${change.resource}${change.binding_change === true ? ' [bindings]' : ''}`;
}
function dispositionSuffix(change) {
    if (change.disposition === undefined)
        return '';
    const word = reasons/* DISPOSITION_WORDS */.Oh[change.disposition];
    return change.reason === undefined ? ` [${word}]` : ` [${word}: ${change.reason}]`;
}

// EXTERNAL MODULE: ./src/render/text/diagnostics.ts + 1 modules
var diagnostics = __webpack_require__(2712);
// EXTERNAL MODULE: ./src/engine/lock/index.ts + 5 modules
var lock = __webpack_require__(9150);
;// CONCATENATED MODULE: ./src/render/text/state.ts

function validateText(out) {
    return [out.ok ? `cluster config valid: ${out.resources.length} resource(s), ${out.dependencies.length} dependency edge(s)` : 'cluster config invalid'];
}
function statusText(out) {
    if (!out.ok)
        return ['cluster status failed'];
    const obs = out.state_observations;
    if (!obs.state_found)
        return ['cluster state missing'];
    const lines = [`cluster state: revision ${obs.state_revision}, ${obs.resource_count} resource(s)`];
    if (obs.applied_config_digest !== undefined)
        lines.push(`  applied config: ${obs.applied_config_digest}`);
    lines.push(obs.locked ? `  lock: held (${(0,lock/* lockSummary */.qp)(obs)})` : '  lock: not held');
    return lines;
}
/**
 * `cluster refresh` / `cluster import` text. Quirk C3 fixed: the reference printed
 * `lock: not acquired` after a normal run that did acquire its lock (it looked at the foreign
 * `locked` flag); we report the lock this run took, and a foreign lock as held.
 */
function refreshText(out) {
    if (!out.ok)
        return [`cluster ${out.operation} failed`];
    const obs = out.state_observations;
    const lines = [`cluster ${out.operation}: revision ${obs.state_revision}, ${obs.resource_count} resource(s)`];
    if (obs.state_cas !== undefined)
        lines.push(`  state_cas: ${obs.state_cas}`);
    if (obs.lock_acquired) {
        lines.push(obs.acquired_lock_id === undefined ? '  lock: acquired' : `  lock: acquired (id=${obs.acquired_lock_id}, operation=${out.operation})`);
    }
    else if (obs.locked) {
        lines.push(`  lock: held (${(0,lock/* lockSummary */.qp)(obs)})`);
    }
    else {
        lines.push('  lock: not acquired');
    }
    return lines;
}
function forceUnlockText(out) {
    const obs = out.state_observations;
    if (!out.ok)
        return obs.locked ? ['cluster force-unlock failed', `  lock: held (${(0,lock/* lockSummary */.qp)(obs)})`] : ['cluster force-unlock failed'];
    return [out.lock_removed ? `cluster force-unlock: removed lock (${(0,lock/* lockSummary */.qp)(obs)})` : 'cluster force-unlock: no lock removed'];
}
function approveText(out) {
    if (!out.ok)
        return ['cluster approve failed'];
    return [`cluster approve: ${out.operation ?? 'delete'} ${out.resource ?? ''} approved by ${out.approved_by ?? ''} (approval ${out.approval_id ?? ''})`];
}

;// CONCATENATED MODULE: ./src/render/text/render-text.ts



/** The terminal text of a command (docs/contract/text-output.md): head lines, then diagnostics. */
function renderText(kind, output, options = {}) {
    const out = output;
    return [...headLines(kind, out), ...(0,diagnostics/* diagnosticLines */.N)(out.diagnostics, options.hintsFor)].map((l) => `${l}\n`).join('');
}
function headLines(kind, out) {
    switch (kind) {
        case 'validate':
            return validateText(out);
        case 'plan':
            return planText(out);
        case 'apply':
            return applyText(out);
        case 'status':
            return statusText(out);
        case 'refresh':
        case 'import':
            return refreshText(out);
        case 'force-unlock':
            return forceUnlockText(out);
        case 'approve':
            return approveText(out);
    }
}

;// CONCATENATED MODULE: ./src/render/annotations.ts


const MESSAGE_MAX_CHARS = 2_000;
/**
 * Diagnostics → annotations, errors first, at most `maxPerSeverity` of each severity, plus one
 * notice counting what was left out (it is all in the job summary). A diagnostic with a source
 * location points at that file and line; one whose path is a cluster.yaml key points at the
 * config file without a line.
 */
function toAnnotations(diagnostics, options = {}) {
    const cap = Math.max(0, options.maxPerSeverity ?? 10);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    const out = [...errors.slice(0, cap), ...warnings.slice(0, cap)].map((d) => annotation(d, options.configFile));
    const hiddenErrors = Math.max(0, errors.length - cap);
    const hiddenWarnings = Math.max(0, warnings.length - cap);
    if (hiddenErrors + hiddenWarnings > 0) {
        out.push({
            level: 'notice',
            title: 'omnigraph-cluster: more diagnostics',
            message: `${hiddenErrors} more error(s) and ${hiddenWarnings} more warning(s) are not annotated; see the job summary for all of them.`,
        });
    }
    return out;
}
function annotation(d, configFile) {
    const hint = diagnosticHint(d.code);
    const message = clip(`${d.path}: ${d.message}${hint === undefined ? '' : `\n${hint}`}`, MESSAGE_MAX_CHARS);
    const base = { level: d.severity, message, title: `${diagnosticTitle(d.code)} (${d.code})` };
    if (d.location !== undefined)
        return { ...base, file: d.location.file, line: d.location.line, col: d.location.column };
    if (configFile !== undefined && isConfigKeyPath(d.path))
        return { ...base, file: configFile };
    return base;
}
/** Paths that name a key of cluster.yaml (rather than a resource address or a state file). */
function isConfigKeyPath(path) {
    return /^(graphs|policies|providers|metadata|state|storage|version)(\.|\[|$)/.test(path) || path === 'cluster.yaml';
}

// EXTERNAL MODULE: ./src/render/serving.ts
var serving = __webpack_require__(4324);
;// CONCATENATED MODULE: ./src/render/pr/messages.ts




/** `label` linked to `url` when it is an http(s) URL, else the label alone. */
function linkTo(label, url) {
    const safe = safeUrl(url);
    return safe === null ? escapeText(label) : `[${escapeText(label)}](${safe})`;
}
function applyingStatus(runUrl) {
    return `🟠 Applying in ${linkTo('this run', runUrl)}`;
}
/** Plan comment status when the apply after merge would fail; `message` is plain text. */
function mergeWouldFailStatus(message) {
    return `❌ Merging now would not apply cleanly: ${escapeText(message, 1000)}`;
}
/** `reason` is plain text (a failure message); it is escaped here. */
function notAppliedStatus(reason) {
    return `❌ Not applied: ${escapeText(reason, 1000)}`;
}
/** The status line after an apply ran: applied, partially applied, or not applied. */
function applyStatus(apply, failureMessage) {
    const revision = apply.state_observations.state_revision;
    const blocked = apply.changes.filter((c) => c.disposition === 'blocked').length;
    const deferred = apply.changes.filter((c) => c.disposition === 'deferred').length;
    // A failed graph create still writes state with the rest blocked ("loud partials"): the ledger
    // moved, so the comment must not claim nothing happened.
    const partial = blocked + deferred > 0 && (apply.ok || apply.state_written);
    const why = () => escapeText(failureMessage ?? firstError(apply.diagnostics), 1000);
    if (!apply.ok && !partial)
        return `❌ Not applied: ${why()}`;
    if (partial) {
        const counts = `${blocked} blocked, ${deferred} deferred${apply.converged ? '' : ', not converged'}`;
        return `⚠️ Partially applied (revision ${revision}): ${counts}${apply.ok ? '' : ` — ${why()}`}`;
    }
    if (!apply.converged)
        return `⚠️ Applied (revision ${revision}), not converged`;
    return `✅ Applied (revision ${revision}, converged)`;
}
/** The first error as `code: message` (plain text), for when no failure message was made. */
function firstError(diagnostics) {
    const first = diagnostics.find((d) => d.severity === 'error');
    return first ? `${first.code}: ${first.message}` : 'apply failed';
}
function noReviewedPlanRefusal(hasPullRequest) {
    const why = hasPullRequest ? 'the pull request has no plan comment from this action for this config dir and label' : 'this commit has no merged pull request';
    return { headline: `No reviewed plan: ${why}. Set require-approved-plan: false to apply unreviewed pushes.`, details: [] };
}
function alreadyAppliedRefusal() {
    return { headline: 'The reviewed plan was already applied; the changes planned now were never reviewed. Open a pull request to review them.', details: [] };
}
/** `differences` are Markdown lines from review.ts's describeDifferences. */
function planChangedRefusal(reviewedFingerprint, currentFingerprint, differences) {
    return {
        headline: 'The plan changed since it was reviewed on the pull request, so nothing was applied.',
        details: [
            `Reviewed fingerprint ${code(reviewedFingerprint, 80)}, current ${code(currentFingerprint, 80)}. What differs:`,
            ...differences.map((l) => `- ${l}`),
            'Re-run the plan on a new pull request (or re-run this job after re-planning) to review the current changes.',
        ],
    };
}
function refusalStatus(refusal) {
    return [`❌ Not applied: ${escapeText(refusal.headline, 1000)}`, ...(refusal.details.length > 0 ? ['', ...refusal.details] : [])].join('\n');
}
function refusalSection(refusal) {
    return `### ❌ Not applied\n\n${[escapeText(refusal.headline, 1000), ...(refusal.details.length > 0 ? ['', ...refusal.details] : [])].join('\n')}\n`;
}
function approveRoleRefusal(commenter, role) {
    return `❌ ${code(commenter, 80)} may not approve cluster changes (repository role: ${code(role, 40)}; write, maintain or admin is required).`;
}
function approverListRefusal(commenter) {
    return `❌ ${code(commenter, 80)} is not one of this cluster's approvers (input \`approvers\`); ask one of them to comment the approval.`;
}
function selfApprovalRefusal(commenter) {
    return `❌ ${code(commenter, 80)} opened this pull request and may not approve its changes (\`allow-self-approval: false\`); another reviewer with write access has to comment the approval.`;
}
function approvedReply(resource, approvedBy, approvalId) {
    return `✅ ${code(resource, 200)} approved by ${code(approvedBy, 80)} (approval ${code(approvalId, 80)}). The merge will apply it if the plan is unchanged.`;
}
function approveFailedReply(resource, diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `- ${code(d.code, 80)} ${escapeText(d.message, 1000)}`);
    return [`❌ Could not approve ${code(resource, 200)}:`, ...errors].join('\n');
}
function approveSection(reply, refused) {
    return `### /omnigraph approve${refused ? ' refused' : ''}\n\n${reply}\n`;
}
const FORK_NOTE = (/* unused pure expression or super */ null && ('> [!NOTE]\n> This pull request comes from a fork. Its workflow token is read-only and has no secrets, ' +
    'so the action validated the configuration only. A maintainer can plan it from a branch in this repository.\n'));
function nothingToDoSection(why) {
    return `### omnigraph-cluster: nothing to do\n\n${escapeText(why, 1000)}\n`;
}
function invalidInputsSection(errors) {
    return `### ❌ Invalid action inputs\n\n${errors.map((e) => `- ${escapeText(e, 1000)}`).join('\n')}\n`;
}
function unexpectedFailureSection(message) {
    return `### ❌ The action failed unexpectedly\n\n${code(message, 2000)}\n`;
}
/** The summary's first section when the run failed; `message` is plain text. */
function failurePreface(reason, message) {
    return `### ❌ ${code(reason, 80)}\n\n${escapeText(message ?? '', 4000)}\n`;
}
function messages_tooLargeForComment(runUrl) {
    const safe = safeUrl(runUrl);
    return `The full result is too large for a comment.${safe === null ? ' See the job summary.' : ` See the [job summary](${safe}).`}`;
}
function driftClosedNote(runUrl) {
    return `✅ No drift found by ${linkTo('this run', runUrl)}.`;
}
/** The issue title (plain text: GitHub does not render Markdown in titles). */
function driftIssueTitle(configDir, label) {
    return `OmniGraph drift: ${configDir}${label ? ` (${label})` : ''}`;
}
/** Plain text (a failure message): who holds the lock and the exact, manual, unlock command. */
function lockHeldMessage(info, ctx) {
    const held = [info.operation ? `by a ${info.operation}` : null, info.created_at ? `since ${info.created_at}` : null, info.pid !== null ? `(pid ${info.pid})` : null]
        .filter((s) => s !== null)
        .join(' ');
    return (`The cluster state lock ${info.lock_id} is held${held ? ` ${held}` : ''}. ` +
        `If no cluster operation is running any more, remove it with \`${cliCommand(ctx, 'force-unlock', shellWord(info.lock_id))}\` ` +
        'after confirming no cluster operation is active.');
}
const SUMMARY_OMITTED_NOTE = '_Further sections were left out to stay under the job summary limit; see plan-json-path._';
/**
 * The job summary: the failure preface, then the sections in order, whole sections dropped from
 * the end once the next would pass the summary budget (fit.ts; GitHub refuses more than 1 MiB).
 */
function jobSummary(sections, failure) {
    const preface = failure === null ? '' : failurePreface(failure.reason, failure.message);
    const kept = [];
    let used = byteLength(preface) + byteLength(SUMMARY_OMITTED_NOTE) + 2;
    for (const section of sections) {
        if (used + byteLength(section) + 2 > SUMMARY_DEFAULT_BYTES) {
            kept.push(SUMMARY_OMITTED_NOTE);
            break;
        }
        kept.push(section);
        used += byteLength(section) + 2;
    }
    return [preface, ...kept].filter((s) => s !== '').join('\n\n');
}

;// CONCATENATED MODULE: ./src/render/pr/body.ts








const STATUS_END = '<!-- omnigraph-cluster:status-end -->';
/** Room for the sentinel and the newlines between the head and the rendered content. */
const LAYOUT_MARGIN = 256;
function compose(parts) {
    const head = [formatMarker(parts.marker), parts.review, parts.status].filter((s) => s !== '');
    return `${head.join('\n')}\n${STATUS_END}\n\n${parts.content}`;
}
/** The rendered content of a body we wrote, or the whole body when it has no sentinel. */
function contentOf(body) {
    const at = body.indexOf(STATUS_END);
    return at < 0 ? body : body.slice(at + STATUS_END.length).replace(/^\n+/, '');
}
/** The budget left for the content once the head is written. */
function contentBudget(parts, maxBytes) {
    return maxBytes - byteLength(formatMarker(parts.marker)) - byteLength(parts.review) - byteLength(parts.status) - LAYOUT_MARGIN;
}
/** The last line of defence if content overshoots: never a body GitHub refuses. */
function fitBody(parts, maxBytes, runUrl) {
    const body = compose(parts);
    if (byteLength(body) <= maxBytes)
        return body;
    return compose({ ...parts, review: '', content: tooLargeForComment(runUrl) });
}
/** The sticky plan comment. No run link in it: that changes every run and defeats "unchanged". */
function planCommentBody(input) {
    const { runUrl: _runUrl, ...ctx } = input.ctx;
    const marker = { config_dir: ctx.configDir, label: ctx.label, fingerprint: input.fingerprint, kind: 'plan' };
    const review = input.plan.ok ? formatReviewRecord(reviewRecord(input.plan)) : '';
    const head = { marker, review, status: input.status ?? '' };
    const content = fitComment(planDoc(input.plan, { ...ctx, ...(input.fingerprint ? { fingerprint: input.fingerprint } : {}) }, undefined), contentBudget(head, input.maxBytes));
    return fitBody({ ...head, content }, input.maxBytes, input.ctx.runUrl);
}
/** An existing body with a new status line; marker, review record and content kept. */
function restatusBody(existing, marker, status, maxBytes, runUrl) {
    return fitBody({ marker, review: reviewRecordLine(existing), status, content: contentOf(existing) }, maxBytes, runUrl);
}
/**
 * The reviewed comment after an apply: the apply result as content. The review record stays
 * while the marker still authorises the reviewed plan (kind `plan`), so a later refusal can
 * still list what differs.
 */
function applyCommentBody(existing, marker, apply, status, ctx, maxBytes, serving) {
    const review = marker.kind === 'plan' ? reviewRecordLine(existing) : '';
    const head = { marker, review, status };
    // The serving verdict is short and must survive trimming, so the apply result yields room to it.
    const verdict = serving ? `\n${renderServingMarkdown(serving)}` : '';
    const budget = contentBudget(head, maxBytes) - Buffer.byteLength(verdict);
    const content = `${fitComment(applyDoc(apply, ctx, undefined), budget)}${verdict}`;
    return fitBody({ ...head, content }, maxBytes, ctx.runUrl);
}
/** A drift issue body: the drift marker above the content (a rendered plan, escaped upstream). */
function driftIssueBody(ctx, content) {
    return `${formatMarker({ config_dir: ctx.configDir, label: ctx.label, fingerprint: null, kind: 'drift' })}\n${content}`;
}

;// CONCATENATED MODULE: ./src/render/index.ts

















/** The sticky-comment body for a command (meant for plan and apply), within the comment budget. */
function renderComment(kind, output, ctx) {
    return fit_fitComment(buildDoc(kind, output, ctx, true), ctx.budgetBytes);
}
/** The job-summary body for any command, within the summary budget (1 MiB hard cap). */
function renderSummary(kind, output, ctx) {
    return fit_fitSummary(buildDoc(kind, output, ctx, false), ctx.budgetBytes);
}
/** A command's Markdown for the job summary, without a marker (the action writes one summary per run). */
function renderSection(kind, output, ctx) {
    return fitSummary(buildDoc(kind, output, ctx, false), ctx.budgetBytes);
}
/** The drift report; `forIssue` adds the marker and the comment-sized budget (issue bodies share it). */
function renderDriftReport(parts, ctx, forIssue = false) {
    const marker = forIssue ? formatMarker({ config_dir: ctx.configDir, label: ctx.label, fingerprint: ctx.fingerprint ?? null, kind: 'drift' }) : undefined;
    const doc = driftDoc(parts, ctx, marker);
    return forIssue ? fitComment(doc, ctx.budgetBytes) : fitSummary(doc, ctx.budgetBytes);
}
function buildDoc(kind, output, ctx, withMarker) {
    const fingerprint = ctx.fingerprint ?? (kind === 'plan' ? planFingerprint(output) : null);
    const marker = withMarker ? marker_formatMarker({ config_dir: ctx.configDir, label: ctx.label, fingerprint, kind: kind }) : undefined;
    switch (kind) {
        case 'plan':
            return plan_comment_planDoc(output, ctx, marker);
        case 'apply':
            return apply_comment_applyDoc(output, ctx, marker);
        case 'status':
        case 'refresh':
        case 'import':
            return state_summary_statusDoc(output, ctx, marker);
        case 'validate':
            return validateDoc(output, ctx, marker);
        case 'force-unlock':
            return forceUnlockDoc(output, ctx, marker);
        case 'approve':
            return approveDoc(output, ctx, marker);
    }
}


/***/ }),

/***/ 5941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J1: () => (/* binding */ diagnosticHint),
/* harmony export */   Oh: () => (/* binding */ DISPOSITION_WORDS),
/* harmony export */   Ux: () => (/* binding */ reasonSentence),
/* harmony export */   WQ: () => (/* binding */ REASON_SENTENCES),
/* harmony export */   Zz: () => (/* binding */ REASON_NEXT_STEPS),
/* harmony export */   _w: () => (/* binding */ diagnosticTitle),
/* harmony export */   re: () => (/* binding */ APPLY_DISPOSITION_LABELS),
/* harmony export */   u2: () => (/* binding */ PLAN_DISPOSITION_LABELS),
/* harmony export */   yY: () => (/* binding */ OPERATION_WORDS)
/* harmony export */ });
/* harmony import */ var _engine_diagnostics_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2165);

/** Why a change is not (or not only) applied, as a reviewer would say it. Covers docs/contract/classifier.md#reason-codes in full. */
const REASON_SENTENCES = {
    apply_unsupported_kind: 'This kind of change is not executed by the cluster yet; it stays deferred and is not recorded.',
    dependency_not_applied: 'Waits for its graph or schema, which is not applied in this run.',
    cluster_recovery_pending: 'An interrupted operation on this graph must be recovered first; the next apply sweeps it.',
    graph_create_failed: 'The graph create failed in this run, so this change was held back.',
    approval_required: 'Deleting this needs an approval before apply will run it.',
    schema_apply_failed: 'The schema migration failed in this run; the graph keeps its previous schema.',
    graph_delete_failed: 'The graph delete failed in this run; the graph root may still exist.',
    migration_unsupported: 'The engine cannot run this schema migration (see the unsupported step); apply will refuse it.',
};
/** What unblocks a reason, when the reader can do something about it. */
const REASON_NEXT_STEPS = {
    dependency_not_applied: 'Resolve the change it depends on, then re-run apply.',
    cluster_recovery_pending: 'Re-run apply (the sweep recovers it) or run refresh and re-plan.',
    graph_create_failed: 'Fix the graph create error shown below and re-run apply.',
    approval_required: 'Approve the graph delete (see the approval gates), then re-run.',
    schema_apply_failed: 'Fix the schema error shown below and re-run apply.',
    graph_delete_failed: 'Fix the delete error shown below and re-run apply.',
    migration_unsupported: 'Change the schema so every step is supported (or migrate the graph by hand), then re-plan.',
};
const OPERATION_WORDS = { create: 'Create', update: 'Update', delete: 'Delete' };
const DISPOSITION_WORDS = {
    applied: 'Applied',
    derived: 'Derived',
    deferred: 'Deferred',
    blocked: 'Blocked',
};
/** Plan-time wording: a planned `applied` change has not happened yet. */
const PLAN_DISPOSITION_LABELS = {
    applied: '✅ will apply',
    derived: '🔁 derived',
    deferred: '⏸️ deferred',
    blocked: '⛔ blocked',
};
const APPLY_DISPOSITION_LABELS = {
    applied: '✅ applied',
    derived: '🔁 derived',
    deferred: '⏸️ deferred',
    blocked: '⛔ blocked',
};
/** A short title for any diagnostic code (the catalogue's; unknown codes fall back to the code). */
function diagnosticTitle(code) {
    return (0,_engine_diagnostics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnosticInfo */ .G$)(code).title;
}
function diagnosticHint(code) {
    return (0,_engine_diagnostics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnosticInfo */ .G$)(code).hint;
}
function reasonSentence(reason) {
    return Object.hasOwn(REASON_SENTENCES, reason) ? REASON_SENTENCES[reason] : reason;
}


/***/ }),

/***/ 1262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   r7: () => (/* binding */ shellWord)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_CHARS, clip */
/**
 * Escaping for everything that reaches Markdown from outside the renderer: resource names,
 * diagnostic messages, paths, labels, step JSON. The goal is that no input can break a table,
 * inject HTML, open or close a `<details>` or a fence, ping someone, or become a link.
 *
 * Strategy: HTML-significant characters become entities (so a raw `<` never reaches the
 * output from input, which also makes `</details>` and `-->` impossible), Markdown punctuation is
 * backslash-escaped, line breaks collapse to spaces (tables and list items are single-line), and
 * a zero-width joiner defuses `@mention`, `#123`-style references and bare autolinks.
 */
const ZWJ = '\u200D';
/** Longest visible length (in code points) for one piece of input text. */
const DEFAULT_MAX_CHARS = 500;
// Inline-significant punctuation only: our input never starts a line, so block markers (`-`,
// `+`, `1.`) are inert there.
const SPECIAL = /[&<>"|\\`*_[\]#!~]/g;
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '|': '&#124;' };
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085\t\v\f]/g;
// C0/C1 controls and bidi overrides: invisible, can reorder what a reviewer sees.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** Cuts `text` to `max` code points (never splitting a surrogate pair), marking the cut. */
function clip(text, max = DEFAULT_MAX_CHARS) {
    if (text.length <= max)
        return text;
    const points = Array.from(text);
    if (points.length <= max)
        return text;
    return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/** Plain text → inline Markdown that renders as exactly that text (clipped to `max`). */
function escapeText(text, max = DEFAULT_MAX_CHARS) {
    const flat = defuseReferences(clip(String(text), max).replace(LINE_BREAKS, ' ').replace(INVISIBLE, '\uFFFD'));
    // Entities for HTML-significant characters (a pipe as an entity, not `\|`: a table cell
    // splits on raw pipes before inline parsing); a backslash for Markdown punctuation.
    return flat.replace(SPECIAL, (c) => ENTITIES[c] ?? `\\${c}`);
}
/**
 * Breaks `@user`, `@org/team`, `#123`, `GH-1` style references and bare URLs with a ZWJ; the
 * text still reads the same.
 */
function defuseReferences(text) {
    return text
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/(https?|ftp|mailto|file|data|javascript|vbscript):/gi, `$1${ZWJ}:`)
        .replace(/www\./gi, `www${ZWJ}.`);
}
/** Input rendered in a monospace span (`<code>` plus full escaping, safe in table cells). */
function code(text, max = DEFAULT_MAX_CHARS) {
    return `<code>${escapeText(text, max)}</code>`;
}
/**
 * A fenced code block whose fence is longer than any backtick run in `body`, so the content
 * can never close it. The body is shown verbatim (no entity escaping: code is literal).
 */
function fence(body, lang = '') {
    const clean = body.replace(/\r\n?/g, '\n').replace(INVISIBLE, '\uFFFD');
    let longest = 0;
    for (const run of clean.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const ticks = '`'.repeat(Math.max(3, longest + 1));
    const info = lang.replace(/[^A-Za-z0-9_+-]/g, '');
    return `${ticks}${info}\n${clean}\n${ticks}`;
}
/**
 * Quotes one word for a POSIX shell command the reader will copy: bare when it is made only of
 * safe characters, else single-quoted.
 */
function shellWord(word) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
/** An `http(s)` URL made safe as a Markdown link target, or null when it is not one. */
function safeUrl(url) {
    if (url === undefined || !/^https?:\/\/[^\s]+$/i.test(url))
        return null;
    return url.replace(/[()<>"'`\\|[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}


/***/ }),

/***/ 4324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderServingMarkdown: () => (/* binding */ renderServingMarkdown),
/* harmony export */   renderServingText: () => (/* binding */ renderServingText)
/* harmony export */ });
/* unused harmony export servingHeadline */
/* harmony import */ var _markup_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1262);
/* harmony import */ var _text_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2712);


/**
 * The serving verdict (`status --serving`, and the line under apply comments and drift issues):
 * whether the reference server would boot from the applied ledger and which graphs it drops.
 */
function servingHeadline(output) {
    if (!output.ok)
        return 'a server would refuse to boot from this cluster';
    const served = `a server would boot and serve ${output.serving.length} graph${output.serving.length === 1 ? '' : 's'}`;
    return output.quarantined.length > 0 ? `${served}; ${output.quarantined.length} quarantined` : served;
}
function renderServingText(output) {
    const lines = [`Serving: ${servingHeadline(output)}`];
    if (output.serving.length > 0)
        lines.push(`  serving: ${output.serving.join(', ')}`);
    if (output.quarantined.length > 0)
        lines.push(`  quarantined: ${output.quarantined.join(', ')}`);
    lines.push(...(0,_text_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticLines */ .N)(output.diagnostics));
    return `${lines.join('\n')}\n`;
}
/** A Markdown section; every name and message is escaped. */
function renderServingMarkdown(output) {
    const mark = output.ok ? (output.quarantined.length > 0 ? '⚠️' : '✅') : '❌';
    const lines = [`### Serving check`, '', `${mark} ${(0,_markup_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(servingHeadline(output))}`];
    if (output.serving.length > 0)
        lines.push('', `Serving: ${output.serving.map((g) => (0,_markup_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(g)).join(', ')}`);
    if (output.quarantined.length > 0)
        lines.push('', `Quarantined: ${output.quarantined.map((g) => (0,_markup_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(g)).join(', ')}`);
    if (output.diagnostics.length > 0) {
        lines.push('');
        for (const d of output.diagnostics)
            lines.push(`- ${d.severity === 'error' ? '**error**' : 'warning'} ${(0,_markup_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(d.code)} ${(0,_markup_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(d.path)}: ${(0,_markup_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(d.message)}`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ diagnosticLines)
});

// EXTERNAL MODULE: ./src/render/markdown/reasons.ts
var reasons = __webpack_require__(5941);
;// CONCATENATED MODULE: ./src/render/text/hints.ts

/**
 * The hints the terminal shows under a diagnostic. The `message` keeps the reference's wording
 * (`run \`cluster import\``), which names a command this tool does not have; the hint names ours,
 * with the config dir the user passed so it can be pasted as is.
 */
const TEXT_HINTS = {
    state_missing: (dir) => `no state yet: run \`omnigraph-cluster import --config ${dir}\` once`,
    state_already_exists: (dir) => `state already exists: run \`omnigraph-cluster refresh --config ${dir}\` instead of import`,
};
function textHint(diagnostic, configDir) {
    const dir = shellWord(configDir);
    const own = Object.hasOwn(TEXT_HINTS, diagnostic.code) ? TEXT_HINTS[diagnostic.code] : undefined;
    if (own !== undefined)
        return own(dir);
    return (0,reasons/* diagnosticHint */.J1)(diagnostic.code)?.replaceAll('<dir>', dir);
}
/** A config dir as one shell word: quoted only when it would otherwise split or expand. */
function shellWord(value) {
    return /^[A-Za-z0-9_./@:+-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/render/text/diagnostics.ts

const HINT_INDENT = '      ';
/**
 * `ERROR <code> <path>: <message>` / `WARN  <code> <path>: <message>`, one per diagnostic; with
 * `hintsFor` (the config dir the user passed), each followed by its catalogue hint.
 */
function diagnosticLines(diagnostics, hintsFor) {
    return diagnostics.flatMap((d) => {
        const line = `${d.severity === 'error' ? 'ERROR' : 'WARN '} ${d.code} ${d.path}: ${d.message}`;
        const hint = hintsFor === undefined ? undefined : textHint(d, hintsFor);
        return hint === undefined ? [line] : [line, `${HINT_INDENT}hint: ${hint}`];
    });
}


/***/ })

};
