(function (__ogChunk, __ogChunkUrl) { "use strict"; __ogChunk.id = 672;
__ogChunk.ids = [672,324];
__ogChunk.modules = {

/***/ 3672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderComment: () => (/* binding */ renderComment),
  renderSummary: () => (/* binding */ renderSummary),
  renderText: () => (/* reexport */ renderText)
});

// UNUSED EXPORTS: COMMENT_DEFAULT_BYTES, COMMENT_HARD_MAX_BYTES, applyCommentBody, clusterHeading, contentOf, describeDifferences, describeStep, driftDetected, formatIndexMarker, formatMarker, formatReviewRecord, indexCommentBody, isDrifted, messages, parseDriftSince, parseIndexMarker, parseMarker, parseReviewRecord, planCommentBody, planFingerprint, plannedAt, renderDriftReport, renderSection, restatusBody, reviewRecord, sameIdentity, stableBody, targetsSection, toAnnotations

// EXTERNAL MODULE: ./src/base/hash.ts
var hash = __webpack_require__(2497);
// EXTERNAL MODULE: ./src/base/json.ts
var base_json = __webpack_require__(3659);
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
    const changes = plan.changes.map(reviewedChange).sort((a, b) => (0,base_json/* compareBytes */.Xo)(a.resource, b.resource) || (0,base_json/* compareBytes */.Xo)(a.operation, b.operation));
    const approvals = plan.approvals_required
        .map((g) => ({ resource: g.resource, reason: g.reason, satisfied: g.satisfied ?? null }))
        .sort((a, b) => (0,base_json/* compareBytes */.Xo)(a.resource, b.resource));
    return { config_digest: plan.desired_revision.config_digest ?? null, changes, approvals };
}
/** sha256 (lowercase hex) of the canonical compact JSON of what a review covers. */
function planFingerprint(plan) {
    const reviewed = reviewedPlan(plan);
    return hasPlainFields(reviewed) ? (0,hash/* sha256hexOfPieces */.hs)(canonicalPlanPieces(reviewed)) : (0,hash/* sha256hex */.Lg)(canonicalJson(reviewed));
}
const isText = (v) => v === null || typeof v === 'string';
/**
 * Whether every field but `migration` has the type the model promises (a string, boolean or
 * null): an output that breaks its types (an object where a name should be) takes the general
 * path, which would sort that object's keys where `canonicalPlanJson` does not.
 */
function hasPlainFields(reviewed) {
    return (isText(reviewed.config_digest) &&
        reviewed.changes.every((c) => typeof c.resource === 'string' &&
            typeof c.operation === 'string' &&
            typeof c.binding_change === 'boolean' &&
            isText(c.before_digest) &&
            isText(c.after_digest) &&
            isText(c.disposition) &&
            isText(c.reason) &&
            isText(c.metadata_change)) &&
        reviewed.approvals.every((a) => typeof a.resource === 'string' && typeof a.reason === 'string' && (a.satisfied === null || typeof a.satisfied === 'boolean')));
}
/**
 * `toCompactJson(canonical(reviewed))` without `canonical`: the reviewed projection has fixed
 * keys, so each object is built with its keys already in sorted order (spelled out below), and
 * every field but `migration` is a string, boolean or null, which has no keys to sort.
 * `migration` is already canonical (reviewedChange made it so); toCompactJson still prints its
 * F64 values as `1.0`. Skips the general key sort of every change (issue 22: about a third of a
 * 10,000-change comment's time).
 */
function canonicalPlanJson(reviewed) {
    return [...canonicalPlanPieces(reviewed)].join('');
}
/** Changes per piece: about 60 KB of JSON, small enough to encode while still in cache. */
const CHANGES_PER_PIECE = 256;
/**
 * `canonicalPlanJson` in pieces that each end between two JSON values (never inside a string),
 * so the fingerprint hashes them one by one: one 2.5 MB JSON string of a 10,000-change plan cost
 * more to flatten for the hash than to build.
 */
function* canonicalPlanPieces(reviewed) {
    const approvals = reviewed.approvals.map((a) => ({ reason: a.reason, resource: a.resource, satisfied: a.satisfied }));
    yield `{"approvals":${(0,base_json/* toCompactJson */.ZJ)(approvals)},"changes":[`;
    const { changes } = reviewed;
    for (let start = 0; start < changes.length; start += CHANGES_PER_PIECE) {
        const json = (0,base_json/* toCompactJson */.ZJ)(changes.slice(start, start + CHANGES_PER_PIECE).map(sortedKeys));
        // The array's inner text: its brackets belong to the whole list.
        yield `${start === 0 ? '' : ','}${json.slice(1, -1)}`;
    }
    yield `],"config_digest":${(0,base_json/* toCompactJson */.ZJ)(reviewed.config_digest)}}`;
}
/** A reviewed change with its keys in byte-wise order. */
function sortedKeys(c) {
    return {
        after_digest: c.after_digest,
        before_digest: c.before_digest,
        binding_change: c.binding_change,
        disposition: c.disposition,
        metadata_change: c.metadata_change,
        migration: c.migration,
        operation: c.operation,
        reason: c.reason,
        resource: c.resource,
    };
}
/** The general form of `canonicalPlanJson`, kept as its reference in tests. */
function canonicalJson(value) {
    return (0,base_json/* toCompactJson */.ZJ)(canonical(value));
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
    // No record: it was too large, or left out so the comment's summary fit its size limit.
    if (reviewed === null)
        return ['the plan differs from the reviewed one (the comment kept no per-change record to say which changes); re-run the plan on the pull request to see it'];
    const now = review_reviewRecord(current);
    const operations = new Map(current.changes.map((c) => [c.resource, c.operation]));
    const lines = [];
    for (const address of sortBytewise([...new Set([...Object.keys(reviewed), ...Object.keys(now)])])) {
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
    if (value === null || typeof value !== 'object' || value instanceof base_json/* F64 */.je)
        return value;
    if (Array.isArray(value))
        return value.map(canonical);
    const out = {};
    for (const key of (0,base_json/* sortBytewise */.lP)(Object.keys(value))) {
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

/** Rows made from `items` on first read; `toCells` should hand back the same array for the same item. */
function lazyRows(items, toCells) {
    return { length: items.length, at: (index) => (index >= 0 && index < items.length ? toCells(items[index]) : undefined) };
}
const blocks_line = (md) => ({ kind: 'line', md });
const blocks_table = (head, rows, noun) => ({ kind: 'table', head, rows, noun });
const details = (summary, body, open = false) => ({ kind: 'details', summary, body, open });
const blocks_codeBlock = (text, lang = '') => ({ kind: 'code', lang, text });
const LEVELS = ['full', 'collapsed', 'no-steps', 'list', 'headline'];
const UNLIMITED = { maxRows: Number.POSITIVE_INFINITY };
/**
 * Renders documents, remembering each section's blocks per level and each row's text and size,
 * so the size search measures a document by adding cached sizes (a row cap costs a prefix-sum
 * lookup per table) and only the chosen candidate is ever joined into one string. A measurement
 * given a cap stops as soon as it passes it, so sections after that point are not built and rows
 * after it never rendered.
 */
class DocRenderer {
    doc;
    sections = new Map();
    // Keyed by the cells array: sections that hand the same rows to several levels or tables
    // (the change list) have each row rendered once.
    rowLines = new WeakMap();
    tableSizes = new WeakMap();
    blockBytes = new WeakMap();
    constructor(doc) {
        this.doc = doc;
    }
    /** The whole document at one level; non-essential sections vanish at `headline`. */
    render(level, limits = UNLIMITED, withRest = false) {
        const parts = [];
        if (this.doc.marker !== undefined)
            parts.push(this.doc.marker);
        for (const blocks of this.visibleAt(level))
            parts.push(this.renderBlocks(blocks, limits));
        if (withRest)
            parts.push(this.doc.rest);
        return `${parts.join('\n\n')}\n`;
    }
    /**
     * `byteLength(render(level, limits, withRest))`, added up from cached sizes without building the
     * text. Exact whenever the size is at most `cap`; above it, some number above `cap`.
     */
    measure(level, limits = UNLIMITED, withRest = false, cap = Number.POSITIVE_INFINITY) {
        let bytes = 0;
        let parts = 0;
        if (this.doc.marker !== undefined) {
            bytes += blocks_byteLength(this.doc.marker);
            parts++;
        }
        for (let i = 0; i < this.doc.sections.length; i++) {
            const blocks = this.sectionAt(level, i);
            if (blocks.length === 0)
                continue;
            bytes += this.measureBlocks(blocks, limits, cap - bytes);
            parts++;
            // Every size is non-negative, so the rest can only add to an overshoot.
            if (bytes > cap)
                return bytes;
        }
        if (withRest) {
            bytes += blocks_byteLength(this.doc.rest);
            parts++;
        }
        return bytes + joined(parts, 2) + 1;
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
    /** The non-empty sections shown at `level`, in order. */
    visibleAt(level) {
        return this.blocksAt(level).filter((blocks) => blocks.length > 0);
    }
    blocksAt(level) {
        return this.doc.sections.map((_, i) => this.sectionAt(level, i));
    }
    /** Section `index`'s blocks at `level`, built on first use; non-essential sections are empty at `headline`. */
    sectionAt(level, index) {
        let cached = this.sections.get(level);
        if (cached === undefined) {
            cached = [];
            this.sections.set(level, cached);
        }
        let blocks = cached[index];
        if (blocks === undefined) {
            const section = this.doc.sections[index];
            blocks = level === 'headline' && !section.essential ? [] : section.render(level);
            cached[index] = blocks;
        }
        return blocks;
    }
    renderBlocks(blocks, limits) {
        return blocks.map((b) => this.renderBlock(b, limits)).join('\n\n');
    }
    measureBlocks(blocks, limits, cap) {
        let bytes = joined(blocks.length, 2);
        for (const b of blocks) {
            if (bytes > cap)
                break;
            bytes += this.measureBlock(b, limits, cap - bytes);
        }
        return bytes;
    }
    renderBlock(block, limits) {
        switch (block.kind) {
            case 'line':
                return block.md;
            case 'code':
                return (0,markup_escape/* fence */.EU)(block.text, block.lang);
            case 'details':
                // Blank lines around the body let GitHub parse Markdown inside the HTML block.
                return `${detailsOpen(block)}${this.renderBlocks(block.body, limits)}${DETAILS_CLOSE}`;
            case 'table':
                return this.renderTable(block, limits.maxRows);
        }
    }
    measureBlock(block, limits, cap) {
        if (block.kind === 'table')
            return this.measureTable(block, limits.maxRows, cap);
        if (block.kind === 'details') {
            const own = this.fixedBytes(block);
            return own + this.measureBlocks(block.body, limits, cap - own);
        }
        return this.fixedBytes(block);
    }
    /** A line's or fence's size, or the size of a details block's own markup (body excluded). */
    fixedBytes(block) {
        let bytes = this.blockBytes.get(block);
        if (bytes === undefined) {
            bytes = block.kind === 'line' ? blocks_byteLength(block.md) : block.kind === 'code' ? blocks_byteLength((0,markup_escape/* fence */.EU)(block.text, block.lang)) : blocks_byteLength(detailsOpen(block)) + DETAILS_CLOSE.length;
            this.blockBytes.set(block, bytes);
        }
        return bytes;
    }
    rowLine(cells) {
        let row = this.rowLines.get(cells);
        if (row === undefined) {
            const text = rowText(cells);
            row = { text, bytes: blocks_byteLength(text) };
            this.rowLines.set(cells, row);
        }
        return row;
    }
    sizesOf(block) {
        let sizes = this.tableSizes.get(block);
        if (sizes === undefined) {
            sizes = { head: blocks_byteLength(rowText(block.head)) + 1 + blocks_byteLength(separator(block.head)), prefix: [0] };
            this.tableSizes.set(block, sizes);
        }
        return sizes;
    }
    /** The bytes of the first `count` rows, or, once they pass `cap`, the bytes of the rows so far. */
    rowsBytes(block, sizes, count, cap) {
        const { prefix } = sizes;
        let sum = prefix[prefix.length - 1];
        while (prefix.length <= count && sum <= cap) {
            sum += 1 + this.rowLine(block.rows.at(prefix.length - 1)).bytes;
            prefix.push(sum);
        }
        return prefix.length > count ? prefix[count] : sum;
    }
    renderTable(block, maxRows) {
        const shown = Math.min(block.rows.length, maxRows);
        const note = omittedNote(block, shown);
        if (shown === 0)
            return note;
        const lines = [rowText(block.head), separator(block.head)];
        for (let i = 0; i < shown; i++)
            lines.push(this.rowLine(block.rows.at(i)).text);
        const text = lines.join('\n');
        return note === '' ? text : `${text}\n\n${note}`;
    }
    measureTable(block, maxRows, cap) {
        const shown = Math.min(block.rows.length, maxRows);
        const note = omittedNote(block, shown);
        const noteBytes = note === '' ? 0 : blocks_byteLength(note);
        if (shown === 0)
            return noteBytes;
        const sizes = this.sizesOf(block);
        const around = sizes.head + (note === '' ? 0 : 2 + noteBytes);
        return around + this.rowsBytes(block, sizes, shown, cap - around);
    }
}
/** Bytes added by joining `count` parts with a separator of `sepBytes`. */
function joined(count, sepBytes) {
    return count > 1 ? (count - 1) * sepBytes : 0;
}
const DETAILS_CLOSE = '\n\n</details>';
function detailsOpen(block) {
    return `<details${block.open === true ? ' open' : ''}><summary>${block.summary}</summary>\n\n`;
}
function separator(head) {
    return `|${head.map(() => ' --- ').join('|')}|`;
}
/** What a table capped at `shown` rows says about the rest ('' when nothing is left out). */
function omittedNote(block, shown) {
    const omitted = block.rows.length - shown;
    return omitted > 0 ? `_\u2026and ${omitted} more ${block.noun} not shown._` : '';
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
 * full \u2192 collapsed \u2192 no-steps \u2192 list \u2192 headline. At the `list` level long tables lose their
 * tails (with a count of what is missing) before the document drops to the headline. The
 * result is always whole blocks, so fences and `<details>` stay balanced.
 */
function fitDoc(doc, budgetBytes, hardMax) {
    return fitDocLevel(doc, budgetBytes, hardMax).text;
}
/** `fitDoc`, also saying which level it fitted at. */
function fitDocLevel(doc, budgetBytes, hardMax) {
    const budget = Math.max(0, Math.min(Math.floor(budgetBytes), hardMax));
    return fitRenderer(doc, new DocRenderer(doc), budget);
}
/** `fitDocLevel` with its renderer given (tests pass one whose sizes are wrong). */
function fitRenderer(doc, renderer, budget) {
    const fitted = fitWith(renderer, budget);
    if (fitted !== null) {
        const text = renderer.render(fitted.level, fitted.limits, fitted.withRest);
        if (blocks_byteLength(text) === fitted.bytes)
            return { text, level: fitted.level };
        // A measurement that disagrees with the text is a bug in `measure`; sizing by the text
        // itself is slower but still gives the same choice the sizes should have.
        const slow = fitWith({ measure: (level, limits, withRest) => blocks_byteLength(renderer.render(level, limits, withRest)), maxTableRows: (level) => renderer.maxTableRows(level) }, budget);
        if (slow !== null)
            return { text: renderer.render(slow.level, slow.limits, slow.withRest), level: slow.level };
    }
    return lastResort(doc, budget);
}
/**
 * The most detailed rendering that fits `budget`, chosen from measured sizes alone, or null when
 * not even the headline fits. At `list` the largest row cap is found by binary search over
 * measured sizes: the same candidates the search over rendered text visited, so the same choice.
 */
function fitWith(measurer, budget) {
    for (const level of LEVELS) {
        if (level === 'headline')
            break;
        const withRest = level !== 'full';
        const bytes = measurer.measure(level, UNLIMITED, withRest, budget);
        if (bytes <= budget)
            return { level, limits: UNLIMITED, withRest, bytes };
    }
    let lo = 0;
    let hi = measurer.maxTableRows('list');
    let best = null;
    while (lo <= hi) {
        const mid = Math.floor((lo + hi) / 2);
        const limits = { maxRows: mid };
        const bytes = measurer.measure('list', limits, true, budget);
        if (bytes <= budget) {
            best = { level: 'list', limits, withRest: true, bytes };
            lo = mid + 1;
        }
        else {
            hi = mid - 1;
        }
    }
    if (best !== null)
        return best;
    const limits = { maxRows: 0 };
    const bytes = measurer.measure('headline', limits, true, budget);
    return bytes <= budget ? { level: 'headline', limits, withRest: true, bytes } : null;
}
/**
 * Only pathological input (huge names in banners) gets here: the verdict line, the marker and
 * the pointer to the full output are all that can be promised.
 */
function lastResort(doc, budget) {
    const marker = doc.marker === undefined ? '' : `${doc.marker}\n\n`;
    for (const candidate of [`${marker}${doc.minimal ?? ''}\n\n${doc.rest}\n`, `${marker}${doc.minimal ?? ''}\n`, `${marker}${doc.rest}\n`]) {
        if (blocks_byteLength(candidate) <= budget)
            return { text: candidate, level: 'minimal' };
    }
    return { text: '', level: 'minimal' };
}
/** A comment body: default 60,000 bytes, never above 65,536. */
function fit_fitComment(doc, budgetBytes = COMMENT_DEFAULT_BYTES) {
    return fitDoc(doc, budgetBytes, COMMENT_HARD_MAX_BYTES);
}
/** `fitComment`, also saying which level it fitted at. */
function fit_fitCommentLevel(doc, budgetBytes = COMMENT_DEFAULT_BYTES) {
    return fitDocLevel(doc, budgetBytes, COMMENT_HARD_MAX_BYTES);
}
/** A job summary: default 1,000,000 bytes, never above 1 MiB. */
function fit_fitSummary(doc, budgetBytes = fit_SUMMARY_DEFAULT_BYTES) {
    return fitDoc(doc, budgetBytes, SUMMARY_MAX_BYTES);
}

// EXTERNAL MODULE: ./src/engine/model/change.ts
var change = __webpack_require__(9266);
// EXTERNAL MODULE: ./src/render/markdown/reasons.ts
var markdown_reasons = __webpack_require__(5941);
;// CONCATENATED MODULE: ./src/render/markdown/common.ts



/** Banners name at most this many resources, then count the rest. */
const BANNER_NAMES = 10;
const common_essential = (render) => ({ essential: true, render });
const common_optional = (render) => ({ essential: false, render });
/** A digest shortened for tables (full digests are in the JSON). */
function shortDigest(digest) {
    return digest === undefined ? '' : (0,markup_escape/* code */.aY)(digest.slice(0, 12));
}
/** `a`, `b` and 3 more \u2014 resource names as code spans, bounded. */
function nameList(names) {
    const shown = names.slice(0, BANNER_NAMES).map((n) => (0,markup_escape/* code */.aY)(n, 120));
    const more = names.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
function common_plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** `### <emoji> <title>` with the cluster identity underneath. */
function common_heading(emoji, title, ctx) {
    const label = ctx.label === '' ? '' : ` \u00b7 label ${(0,markup_escape/* code */.aY)(ctx.label, 80)}`;
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
    const blocks = [blocks_line(`> \ud83d\udd12 **State locked** ${holder}. Wait for that command to finish and re-run.`)];
    if (obs.lock_id !== undefined && obs.lock_id.length <= COMMAND_NAME_MAX) {
        blocks.push(blocks_line('Only if you are sure no cluster command is running, remove the lock:'));
        blocks.push(blocks_codeBlock(common_cliCommand(ctx, 'force-unlock', (0,markup_escape/* shellWord */.r7)(obs.lock_id)), 'sh'));
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
        out.push(blocks_line('> \u26a0\ufe0f **State changed concurrently** (CAS mismatch): another command wrote state.json while this one ran. Nothing was recorded; re-run.'));
    }
    const pending = diagnostics.filter((d) => d.code === 'cluster_recovery_pending').map((d) => d.path);
    if (pending.length > 0)
        out.push(blocks_line(`> \ud83e\ude79 **Recovery pending**: ${nameList(pending)}. The next apply sweeps interrupted graph operations.`));
    const rolled = diagnostics.filter((d) => d.code === 'cluster_recovery_rolled_forward').map((d) => d.path);
    if (rolled.length > 0)
        out.push(blocks_line(`> \ud83e\ude79 **Recovered**: an interrupted operation was completed for ${nameList(rolled)}.`));
    if (hasCode(diagnostics, 'state_lock_disabled'))
        out.push(blocks_line('> \u26a0\ufe0f State locking is disabled (`state.lock: false`): concurrent commands are not fenced.'));
    return out;
}
/** `text` with every absolute path under `root` shown relative to it (see RenderContext.sourceRoot). */
function relativePaths(text, root) {
    if (root === undefined || root === '' || root === '/')
        return text.split('/./').join('/');
    const base = root.replace(/[\\/]+$/, '');
    // Only where a path starts (not `/www/w/x` for the root `/w`); `dir/./file` reads `dir/file`.
    const under = new RegExp(`(^|[^A-Za-z0-9._/~-])${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`, 'g');
    return text.replace(under, '$1').split('/./').join('/');
}
/** Wider lines than this are wrapped at spaces inside diagnostic blocks (a code block scrolls sideways otherwise). */
const DIAGNOSTIC_COLUMNS = 88;
/** One-line text wrapped at spaces to DIAGNOSTIC_COLUMNS; multi-line text (a caret diagram) is kept as it is. */
function wrapMessage(text) {
    if (text.includes('\n'))
        return text;
    const lines = [];
    let current = '';
    for (const word of text.split(' ')) {
        if (current !== '' && current.length + 1 + word.length > DIAGNOSTIC_COLUMNS) {
            lines.push(current);
            current = word;
        }
        else {
            current = current === '' ? word : `${current} ${word}`;
        }
    }
    lines.push(current);
    return lines.join('\n');
}
/** Longest message shown in a diagnostic block; the JSON output has the whole message. */
const DIAGNOSTIC_MESSAGE_MAX = 2_000;
/** One diagnostic: a title line, then its location and message verbatim in a code block, then the hint. */
function diagnosticBlocks(d, root) {
    const hint = (0,markdown_reasons/* diagnosticHint */.J1)(d.code);
    const mark = d.severity === 'error' ? '\u274c' : '\u26a0\ufe0f';
    const where = d.location === undefined ? '' : `${relativePaths(d.location.file, root)}:${d.location.line}:${d.location.column}\n`;
    const message = relativePaths(d.message.length > DIAGNOSTIC_MESSAGE_MAX ? `${d.message.slice(0, DIAGNOSTIC_MESSAGE_MAX - 1)}\u2026` : d.message, root);
    const blocks = [blocks_line(`${mark} **${(0,markup_escape/* escapeText */.X1)((0,markdown_reasons/* diagnosticTitle */._w)(d.code))}** ${(0,markup_escape/* code */.aY)(d.code, 80)} at ${(0,markup_escape/* wrapCode */.ig)(relativePaths(d.path, root), 200)}`), blocks_codeBlock(`${where}${wrapMessage(message)}`, 'text')];
    if (hint !== undefined)
        blocks.push(blocks_line(`<sub>${(0,markup_escape/* escapeText */.X1)(hint)}</sub>`));
    return blocks;
}
/**
 * The diagnostics panel: each diagnostic as a titled code block (a parse error's caret diagram
 * stays a diagram; paths are shown relative to ctx.sourceRoot), folded when the document shrinks,
 * errors only at `list`, gone at `headline` (the headline counts them).
 */
function diagnosticsSection(diagnostics, ctx) {
    return common_optional((level) => {
        if (diagnostics.length === 0 || level === 'headline')
            return [];
        const shown = level === 'list' ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
        if (shown.length === 0)
            return [];
        const body = shown.flatMap((d) => diagnosticBlocks(d, ctx?.sourceRoot));
        const { errors, warnings } = countsBySeverity(shown);
        const summary = `Diagnostics: ${common_plural(errors, 'error')}, ${common_plural(warnings, 'warning')}`;
        return level === 'full' ? [blocks_line(`#### ${summary}`), ...body] : [details(summary, body, errors > 0)];
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
        return [blocks_line(`<sub>${parts.join(' \u00b7 ')}</sub>`)];
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







const OPERATION_LABELS = { create: '\u2795 create', update: '\u270f\ufe0f update', delete: '\ud83d\uddd1\ufe0f delete' };
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
/** Tables with more rows than this are folded into `<details>` (the counts above summarise them). */
const FOLD_ROWS = 15;
/** The graph an address belongs to (`graph.g`, `schema.g`, `query.g.name`), or null for cluster-wide ones. */
function graphOf(address) {
    if (address.startsWith('graph.'))
        return address.slice('graph.'.length);
    if (address.startsWith('schema.'))
        return address.slice('schema.'.length);
    if (address.startsWith('query.')) {
        const rest = address.slice('query.'.length);
        const dot = rest.indexOf('.');
        return dot > 0 ? rest.slice(0, dot) : null;
    }
    return null;
}
/** Changes grouped by graph, graphs in first-seen order, cluster-wide changes (policies, providers) last. */
function groupByGraph(changes) {
    const groups = new Map();
    for (const c of changes) {
        const g = graphOf(c.resource);
        const list = groups.get(g);
        if (list === undefined)
            groups.set(g, [c]);
        else
            list.push(c);
    }
    const out = [...groups.entries()].filter(([g]) => g !== null).map(([graph, list]) => ({ graph, changes: list }));
    const shared = groups.get(null);
    if (shared !== undefined)
        out.push({ graph: null, changes: shared });
    return out;
}
/** The short per-row note: the reason code and what else the change touches. Sentences are in the legend. */
function changeNote(change) {
    const notes = [];
    if (change.reason !== undefined)
        notes.push((0,markup_escape/* code */.aY)(change.reason, 60));
    if (change.metadata_change === 'policy_bindings' || change.binding_change === true)
        notes.push('policy bindings');
    if (change.metadata_change === 'embedding_profile')
        notes.push('embedding profile');
    if (change.migration !== undefined)
        notes.push(common_plural(change.migration.steps.length, 'migration step'));
    return notes.join(' \u00b7 ');
}
/** Each reason (and the meaning of `derived`) said once under the table, not on every row; `explained` ones are said above already. */
function legend(changes, labels, explained) {
    const reasons = [...new Set(changes.map((c) => c.reason).filter((r) => r !== undefined && !explained.has(r)))];
    const items = reasons.map((r) => {
        const next = Object.hasOwn(markdown_reasons/* REASON_SENTENCES */.WQ, r) ? markdown_reasons/* REASON_NEXT_STEPS */.Zz[r] : undefined;
        return `- ${(0,markup_escape/* code */.aY)(r, 60)}: ${(0,markup_escape/* escapeText */.X1)((0,markdown_reasons/* reasonSentence */.Ux)(r))}${next === undefined ? '' : ` ${(0,markup_escape/* escapeText */.X1)(next)}`}`;
    });
    // The optional destructive gate holds updates and query deletes under the same reason as graph deletes.
    if (!explained.has('approval_required') && changes.some((c) => c.reason === 'approval_required' && c.operation !== 'delete')) {
        items.push(`- ${(0,markup_escape/* code */.aY)('approval_required', 60)} on a change that is not a graph delete: ${(0,markup_escape/* escapeText */.X1)(markdown_reasons/* GATED_UPDATE_SENTENCE */.GP)} ${(0,markup_escape/* escapeText */.X1)(markdown_reasons/* GATED_UPDATE_NEXT_STEP */.V4)}`);
    }
    if (changes.some((c) => c.disposition === 'derived'))
        items.push(`- ${labels.derived}: the graph's digest follows its schema and queries; it changes with them.`);
    return items.length === 0 ? [] : [blocks_line(items.join('\n'))];
}
function groupTitle(graph, count) {
    return graph === null ? `**Cluster-wide** (policies, providers) \u00b7 ${common_plural(count, 'change')}` : `**Graph ${(0,markup_escape/* wrapCode */.ig)(graph, 200)}** \u00b7 ${common_plural(count, 'change')}`;
}
/**
 * The change list grouped by graph: up to FOLD_ROWS changes one table in graph order, above
 * that a table per graph folded into `<details>`; each reason explained once below.
 * Kept down to the `list` level (rows capped there).
 */
function changesSection(changes, labels, explained = new Set()) {
    // Every level above `list` shows the same blocks and `list` the same rows: built once, so a
    // 10,000-change list is not rebuilt (nor its rows re-rendered) for each rung of the size ladder.
    let grouped;
    const cells = new Map();
    const rowOf = (c) => {
        let row = cells.get(c);
        if (row === undefined) {
            row = [(0,markup_escape/* wrapCode */.ig)(c.resource, 200), OPERATION_LABELS[c.operation], c.disposition === undefined ? '' : labels[c.disposition], changeNote(c)];
            cells.set(c, row);
        }
        return row;
    };
    const built = new Map();
    const build = (list) => {
        grouped ??= groupByGraph(changes);
        // At `list` the table may lose its tail to the size limit: one table keeps the first rows
        // readable, where per-graph tables would each shrink to a count.
        // A short list is one table in graph order; a long one gets a table per graph.
        const groups = list || changes.length <= FOLD_ROWS ? [{ graph: null, changes: grouped.flatMap((g) => g.changes) }] : grouped;
        const body = [];
        for (const group of groups) {
            if (groups.length > 1)
                body.push(blocks_line(groupTitle(group.graph, group.changes.length)));
            body.push(blocks_table(['Resource', 'Change', 'Disposition', 'Notes'], lazyRows(group.changes, rowOf), 'changes'));
        }
        const ops = operationCounts(changes);
        const graphs = grouped.filter((g) => g.graph !== null).length;
        const summary = `${common_plural(changes.length, 'change')}${graphs > 1 ? ` in ${graphs} graphs` : ''}: ${ops.create} to create \u00b7 ${ops.update} to update \u00b7 ${ops.delete} to delete`;
        const head = blocks_line(`#### Changes (${changes.length})`);
        const folded = changes.length > FOLD_ROWS ? [details(summary, body)] : body;
        if (list)
            return [head, ...folded];
        return [head, ...folded, ...legend(changes, labels, explained)];
    };
    return common_optional((level) => {
        if (level === 'headline' || changes.length === 0)
            return [];
        const list = level === 'list';
        let blocks = built.get(list);
        if (blocks === undefined) {
            blocks = build(list);
            built.set(list, blocks);
        }
        return blocks;
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
    return common_optional((level) => {
        if (updates.length === 0 || level === 'list' || level === 'headline')
            return [];
        const blocks = [blocks_line('#### Schema migrations')];
        for (const change of updates) {
            const name = (0,markup_escape/* code */.aY)(change.resource, 200);
            const migration = change.migration;
            if (migration === undefined) {
                const why = unavailable.get(change.resource);
                blocks.push(blocks_line(`${name}: \u26a0\ufe0f preview unavailable${why === undefined ? '' : `: ${(0,markup_escape/* escapeText */.X1)(why, 1000)}`}`));
                continue;
            }
            const destructive = migration.steps.filter(isDestructiveStep).length;
            const flags = [migration.supported ? '' : ' \u00b7 \u26d4 **unsupported**', destructive > 0 ? ` \u00b7 \u26a0\ufe0f ${destructive} destructive` : ''].join('');
            const head = `${name}: ${common_plural(migration.steps.length, 'step')}${flags}`;
            if (level === 'no-steps' || migration.steps.length === 0) {
                blocks.push(blocks_line(migration.steps.length === 0 ? `${name}: no schema steps (digest-only change)` : head));
                continue;
            }
            blocks.push(blocks_line(head));
            const rows = migration.steps.map((step, i) => {
                const mark = step.kind === 'unsupported_change' ? '\u26d4 ' : isDestructiveStep(step) ? '\u26a0\ufe0f ' : '';
                return [String(i + 1), `${mark}${(0,markup_escape/* escapeText */.X1)((0,schema/* describeStep */.Ey)(step), 1000)}`];
            });
            blocks.push(blocks_table(['#', 'Step'], rows, 'steps'));
            if (level === 'full')
                blocks.push(details('Step JSON', [blocks_codeBlock(migration.steps.map((s) => (0,base_json/* toCompactJson */.ZJ)(s)).join('\n'), 'json')]));
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
function blastRadiusSection(radius) {
    return common_optional((level) => {
        if (radius.length === 0 || level === 'list' || level === 'headline')
            return [];
        const inside = new Map();
        const outside = new Map();
        const shared = [];
        for (const r of radius) {
            const g = graphOf(r.resource);
            if (g === null) {
                if (r.affected.length > 0)
                    shared.push(`- ${(0,markup_escape/* wrapCode */.ig)(r.resource, 200)} affects ${nameList(r.affected)}`);
                continue;
            }
            const own = inside.get(g) ?? new Set();
            const far = outside.get(g) ?? new Set();
            for (const a of r.affected)
                (graphOf(a) === g ? own : far).add(a);
            inside.set(g, own);
            outside.set(g, far);
        }
        const lines = [];
        for (const [g, own] of inside) {
            const far = [...(outside.get(g) ?? [])];
            const ownWords = own.size === 0 ? 'nothing inside the graph' : `${common_plural(own.size, 'resource')} of its own`;
            lines.push(`- ${(0,markup_escape/* wrapCode */.ig)(g, 200)}: ${ownWords}${far.length === 0 ? '' : `, and beyond it ${nameList(far)}`}`);
        }
        lines.push(...shared);
        if (lines.length === 0)
            return [];
        const onlyOwn = shared.length === 0 && [...outside.values()].every((s) => s.size === 0);
        const body = [blocks_line(lines.join('\n'))];
        const title = onlyOwn ? `Blast radius: each change stays inside its graph (${common_plural(inside.size, 'graph')})` : `Blast radius (${common_plural(lines.length, 'line')})`;
        return level === 'full' && !onlyOwn ? [blocks_line('#### Blast radius'), ...body] : [details(title, body)];
    });
}
/** The resource named in a `/omnigraph approve` comment, or null when a comment cannot carry it. */
function approveComment(resource, label) {
    if (!/^\S+$/.test(resource) || resource.length > 200)
        return null;
    return `/omnigraph approve ${resource}${label !== '' && /^\S+$/.test(label) ? ` --label ${label}` : ''}`;
}
/**
 * The approval gates: pending ones with the comment a reviewer posts on the pull request (one
 * comment per resource; the action runs the approval with the commenter as actor), approved
 * ones in one line, stale approvals said. Essential: an unapproved gate stops the apply.
 */
function approvalBanner(gates, stale, ctx) {
    const blocks = [];
    const pending = gates.filter((g) => g.satisfied !== true);
    if (pending.length > 0) {
        // A destructive-gate change is an update or a query delete: apply "runs" it rather than "deletes" it.
        const gatedStep = (g) => g.reason === change/* DESTRUCTIVE_QUERY_REASON */.XJ || g.reason.startsWith(change/* DESTRUCTIVE_MIGRATION_PREFIX */.xg);
        const verb = pending.some(gatedStep) ? 'runs' : 'deletes';
        const why = [...new Set(pending.map((g) => g.reason))];
        const reason = why.length === 1 ? ` (${(0,markup_escape/* escapeText */.X1)(why[0] ?? '', 200)})` : '';
        const staleNote = pending.some((g) => stale.has(g.resource)) ? ' An earlier approval no longer matches this config.' : '';
        const shown = pending.slice(0, BANNER_NAMES);
        const headline = `> \u23f3 **${common_plural(pending.length, 'approval')} needed** before apply ${verb} ${nameList(pending.map((g) => g.resource))}${reason}.${staleNote} A reviewer with write access approves by commenting on this pull request, one comment per resource:`;
        // Gates held for different reasons (a delete beside a schema drop) each say their own.
        const reasons = why.length > 1 ? shown.map((g) => `> - ${(0,markup_escape/* code */.aY)(g.resource, 200)}: ${(0,markup_escape/* escapeText */.X1)(g.reason, 200)}`) : [];
        blocks.push(blocks_line([headline, ...(reasons.length > 0 ? ['>', ...reasons] : [])].join('\n')));
        const commands = shown.map((g) => approveComment(g.resource, ctx.label) ?? approveCommand(ctx, g.resource));
        if (pending.length > shown.length)
            commands.push(`# ... and ${pending.length - shown.length} more (see the plan JSON)`);
        blocks.push(blocks_codeBlock(commands.join('\n'), 'text'));
        // The CLI form for those who approve outside the pull request, unless the block already is it.
        const first = shown[0]?.resource ?? '';
        const cli = approveComment(first, ctx.label) === null ? '' : ` Without the action: ${(0,markup_escape/* code */.aY)(approveCommand(ctx, first), 400)}.`;
        blocks.push(blocks_line(`<sub>An approval binds to this config: a later edit makes it stale.${cli}</sub>`));
    }
    const approved = gates.filter((g) => g.satisfied === true).map((g) => g.resource);
    if (approved.length > 0)
        blocks.push(blocks_line(`> \u2705 **Approved**: ${nameList(approved)}.`));
    return blocks;
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
        items.push(`> - \u2026and ${errors.length - max} more`);
    // One block: the lead and its items stay one blockquote.
    return [blocks_line([`> ${lead}`, ...(items.length > 0 ? ['>', ...items] : [])].join('\n'))];
}
/** True when the plan ran against no ledger: nothing it lists can be applied before a bootstrap. */
function noLedger(out) {
    return out.ok && !out.state_observations.state_found;
}
function planTitle(out) {
    const ops = operationCounts(out.changes);
    if (hasCode(out.diagnostics, 'state_lock_held'))
        return ['\ud83d\udd12', 'Plan not run: state locked'];
    if (!out.ok)
        return isInvalidConfig(out.diagnostics) ? ['\u274c', 'Invalid config'] : ['\u274c', 'Plan failed'];
    if (noLedger(out))
        return ['\ud83d\udced', out.changes.length === 0 ? 'No state yet' : `No state yet: ${common_plural(out.changes.length, 'change')} pending bootstrap`];
    if (out.changes.length === 0)
        return ['\u2705', 'No changes'];
    const disp = dispositionCounts(out.changes);
    const pending = out.approvals_required.some((g) => g.satisfied !== true);
    const emoji = disp.blocked > 0 ? '\u26d4' : pending ? '\u23f3' : '\ud83d\udcdd';
    return [emoji, `Plan: ${ops.create} to create \u00b7 ${ops.update} to update \u00b7 ${ops.delete} to delete`];
}
function countsLine(out) {
    const d = dispositionCounts(out.changes);
    const { errors, warnings } = countsBySeverity(out.diagnostics);
    const gates = out.approvals_required;
    const satisfied = gates.filter((g) => g.satisfied === true).length;
    const parts = [`${common_plural(errors, 'error')}, ${common_plural(warnings, 'warning')}`];
    if (gates.length > 0)
        parts.unshift(`approvals: ${satisfied}/${gates.length} satisfied`);
    if (out.changes.length > 0 && noLedger(out)) {
        const ops = operationCounts(out.changes);
        parts.unshift(`**${out.changes.length}** pending bootstrap (${ops.create} to create \u00b7 ${ops.update} to update \u00b7 ${ops.delete} to delete against an empty ledger)`);
    }
    else if (out.changes.length > 0) {
        parts.unshift(`**${d.applied}** will apply \u00b7 **${d.derived}** derived \u00b7 **${d.deferred}** deferred \u00b7 **${d.blocked}** blocked`);
    }
    return parts.join(' \u2014 ');
}
/** Destructive changes first: deletes, then each data-losing migration step (bounded). */
function destructiveBanner(out) {
    const { deletes, drops } = destructiveSummary(out.changes);
    if (deletes.length === 0 && drops.length === 0)
        return [];
    const items = [];
    if (deletes.length > 0)
        items.push(`> - deletes ${nameList(deletes)}`);
    const steps = out.changes.flatMap((c) => (c.migration?.steps ?? []).filter(isDestructiveStep).map((s) => `> - ${(0,markup_escape/* wrapCode */.ig)(c.resource, 200)}: ${(0,markup_escape/* escapeText */.X1)((0,schema/* describeStep */.Ey)(s), 300)}`));
    items.push(...steps.slice(0, BANNER_NAMES));
    if (steps.length > BANNER_NAMES)
        items.push(`> - \u2026and ${steps.length - BANNER_NAMES} more destructive steps (see the migrations)`);
    return [blocks_line(['> \u26a0\ufe0f **Destructive**: data or definitions may be lost.', '>', ...items].join('\n'))];
}
/** Blocked changes grouped by reason, each reason said once with what unblocks it. */
function blockedBanner(out) {
    const blocked = out.changes.filter((c) => c.disposition === 'blocked');
    if (blocked.length === 0)
        return [];
    const byReason = new Map();
    for (const c of blocked) {
        const key = c.reason ?? '';
        byReason.set(key, [...(byReason.get(key) ?? []), c.resource]);
    }
    const items = [...byReason.entries()].map(([reason, names]) => {
        const next = Object.hasOwn(markdown_reasons/* REASON_NEXT_STEPS */.Zz, reason) ? markdown_reasons/* REASON_NEXT_STEPS */.Zz[reason] : undefined;
        // The approval banner right below says what to do; here the reason is enough.
        const pendingGate = reason === 'approval_required' && out.approvals_required.some((g) => g.satisfied !== true);
        const why = reason === '' ? '' : pendingGate ? ': waiting for the approval below.' : `: ${(0,markup_escape/* escapeText */.X1)((0,markdown_reasons/* reasonSentence */.Ux)(reason))}${next === undefined ? '' : ` ${(0,markup_escape/* escapeText */.X1)(next)}`}`;
        return `> - ${nameList(names)}${reason === '' ? '' : ` ${(0,markup_escape/* code */.aY)(reason, 60)}`}${why}`;
    });
    return [blocks_line([`> \u26d4 **${blocked.length} blocked**: apply will not run ${blocked.length === 1 ? 'it' : 'them'}.`, '>', ...items].join('\n'))];
}
function noLedgerBanner(out, ctx) {
    if (!noLedger(out))
        return [];
    return [
        blocks_line(`> \ud83d\udced **No state yet**: this cluster has no state ledger, so apply stops with ${(0,markup_escape/* code */.aY)('state_missing')} and nothing below is applied as shown. ` +
            `Bootstrap it once with ${(0,markup_escape/* code */.aY)(common_cliCommand(ctx, 'import'), 400)} against the cluster's storage (or set ${(0,markup_escape/* code */.aY)('bootstrap-state: true')} on the apply workflow); ` +
            'import records the graphs that already exist, so the plan after it may list fewer creates.'),
    ];
}
function planBanners(out, ctx, level) {
    const blocks = [];
    // The diagnostics panel lists every error; only the headline level (no panel) repeats them here.
    const detail = level === 'headline';
    if (!out.ok && isInvalidConfig(out.diagnostics)) {
        const n = common_plural(countsBySeverity(out.diagnostics).errors, 'error');
        blocks.push(...(detail ? firstErrors(out.diagnostics, '\u274c **Invalid config**: nothing was planned. Fix these and push again:') : [blocks_line(`> \u274c **Invalid config**: nothing was planned. Fix the ${n} below and push again.`)]));
    }
    else if (!out.ok && !hasCode(out.diagnostics, 'state_lock_held')) {
        blocks.push(...(detail ? firstErrors(out.diagnostics, '\u274c **Plan failed**:') : [blocks_line('> \u274c **Plan failed**: see the diagnostics below.')]));
    }
    blocks.push(...sharedBanners(out.diagnostics, out.state_observations, ctx));
    blocks.push(...noLedgerBanner(out, ctx));
    blocks.push(...destructiveBanner(out));
    blocks.push(...blockedBanner(out));
    const stale = new Set(out.diagnostics.filter((d) => d.code === 'approval_stale').map((d) => d.path));
    blocks.push(...approvalBanner(out.approvals_required, stale, ctx));
    const unavailable = out.diagnostics.filter((d) => d.code === 'schema_preview_unavailable').map((d) => d.path);
    if (unavailable.length > 0)
        blocks.push(blocks_line(`> \u26a0\ufe0f **Migration preview unavailable** for ${nameList(unavailable)}; the migration is checked again at apply.`));
    return blocks;
}
function nextStepsSection(out) {
    return common_optional((level) => {
        if (!out.ok || out.changes.length === 0 || noLedger(out) || (level !== 'full' && level !== 'collapsed'))
            return [];
        return [
            blocks_line('<sub>On merge the action re-plans under the state lock and applies only if the result still matches this plan (same fingerprint); otherwise it stops and shows what changed.</sub>'),
        ];
    });
}
/**
 * The plan document, in the order a reviewer decides: headline and counts, then what is
 * destructive, blocked or waiting for approval, then the migration preview, the change list
 * (grouped by graph), the blast radius and the diagnostics.
 */
function plan_comment_planDoc(out, ctx, marker) {
    const [emoji, title] = planTitle(out);
    const labels = noLedger(out) ? { ...markdown_reasons/* PLAN_DISPOSITION_LABELS */.u2, applied: '\u23f3 pending bootstrap' } : markdown_reasons/* PLAN_DISPOSITION_LABELS */.u2;
    return {
        marker,
        minimal: minimalLine(emoji, title, countsLine(out)),
        rest: common_restNote(ctx, 'plan'),
        sections: [
            common_essential((level) => [...common_heading(emoji, title, ctx), blocks_line(countsLine(out)), ...planBanners(out, ctx, level)]),
            migrationSection(out.changes, out.diagnostics),
            // The blocked banner explains the reasons of blocked changes; the legend says the rest.
            changesSection(out.changes, labels, new Set(out.changes.filter((c) => c.disposition === 'blocked' && c.reason !== undefined).map((c) => c.reason))),
            blastRadiusSection(out.blast_radius),
            diagnosticsSection(out.diagnostics, ctx),
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
        return ['\ud83d\udd12', `Not applied: state locked${op}${since}`];
    }
    if (hasCode(out.diagnostics, 'state_cas_mismatch'))
        return ['\u274c', 'Not applied: state changed concurrently'];
    if (!out.ok && out.changes.length === 0 && isInvalidConfig(out.diagnostics))
        return ['\u274c', 'Not applied: invalid config'];
    if (!out.ok)
        return out.applied_count > 0 && out.state_written ? ['\u274c', `Apply failed partway (${out.applied_count} applied, ${out.deferred_count} deferred/blocked)`] : ['\u274c', 'Apply failed'];
    const held = out.deferred_count;
    if (held > 0)
        return ['\u26a0\ufe0f', `Partially applied (${held} deferred/blocked)`];
    if (!out.converged)
        return ['\u26a0\ufe0f', `Applied, not converged (revision ${obs.state_revision})`];
    if (out.changes.length === 0)
        return ['\u2705', `No changes (revision ${obs.state_revision})`];
    return ['\u2705', `Applied (revision ${obs.state_revision}, converged)`];
}
function apply_comment_countsLine(out) {
    const d = dispositionCounts(out.changes);
    const { errors, warnings } = countsBySeverity(out.diagnostics);
    const actor = out.actor === undefined ? '' : ` \u2014 by ${(0,markup_escape/* code */.aY)(out.actor, 80)}`;
    return [
        `**${d.applied}** applied \u00b7 **${d.derived}** derived \u00b7 **${d.deferred}** deferred \u00b7 **${d.blocked}** blocked`,
        `state ${out.state_written ? 'written' : 'not written'}, ${out.converged ? 'converged' : 'not converged'}`,
        `${common_plural(errors, 'error')}, ${common_plural(warnings, 'warning')}${actor}`,
    ].join(' \u2014 ');
}
function applyBanners(out, ctx) {
    const blocks = [];
    if (!out.ok && !hasCode(out.diagnostics, 'state_lock_held', 'state_cas_mismatch'))
        blocks.push(...firstErrors(out.diagnostics, '\u274c **Errors**:'));
    blocks.push(...sharedBanners(out.diagnostics, out.state_observations, ctx));
    const blocked = out.changes.filter((c) => c.disposition === 'blocked').map((c) => c.resource);
    if (blocked.length > 0)
        blocks.push(blocks_line(`> \u26d4 **${blocked.length} blocked**: ${nameList(blocked)}.`));
    const waiting = out.changes.filter((c) => c.reason === 'approval_required').map((c) => c.resource);
    if (waiting.length > 0)
        blocks.push(blocks_line(`> \u23f3 **Waiting for approval**: ${nameList(waiting)}.`));
    if (out.ok && !out.converged)
        blocks.push(blocks_line('> \u26a0\ufe0f **Not converged**: state still differs from the config; the next apply picks up the rest.'));
    const holder = lockHolder(out.state_observations);
    if (holder !== null && !hasCode(out.diagnostics, 'state_lock_held'))
        blocks.push(blocks_line(`> \ud83d\udd12 A lock was observed ${holder}.`));
    return blocks;
}
/** Resource statuses that need attention (not `applied`), as recorded. */
function statusesSection(statuses, title) {
    return common_optional((level) => {
        if (level === 'headline')
            return [];
        const rows = Object.entries(statuses)
            .filter(([, s]) => s.status !== 'applied')
            .map(([address, s]) => [(0,markup_escape/* code */.aY)(address, 200), statusWord(s.status), (s.conditions ?? []).map((c) => (0,markup_escape/* code */.aY)(c, 60)).join(' '), (0,markup_escape/* escapeText */.X1)(s.message ?? '', 500)]);
        if (rows.length === 0)
            return [];
        return [blocks_line(`#### ${title} (${rows.length})`), blocks_table(['Resource', 'Status', 'Condition', 'Message'], rows, 'statuses')];
    });
}
function statusWord(status) {
    switch (status) {
        case 'applied':
            return '\u2705 applied';
        case 'drifted':
            return '\ud83c\udf0a drifted';
        case 'blocked':
            return '\u26d4 blocked';
        case 'error':
            return '\u274c error';
        case 'pending':
        case 'planned':
        case 'applying':
            return `\u23f3 ${status}`;
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
            changesSection(out.changes, markdown_reasons/* APPLY_DISPOSITION_LABELS */.re),
            statusesSection(out.resource_statuses, 'Resources needing attention'),
            diagnosticsSection(out.diagnostics, ctx),
            footerSection(out.state_observations, ctx),
        ],
    };
}

;// CONCATENATED MODULE: ./src/render/markdown/drift-report.ts





/** Drift as pr/drift.ts defines it, on the latest ledger view (refresh over status). */
function driftDetected(parts) {
    return isDrifted((parts.refresh ?? parts.status)?.resource_statuses, parts.plan);
}
/** A drift condition in words, and what repairs it. Unknown conditions show their code. */
const CONDITIONS = {
    graph_missing: {
        what: 'graph root missing',
        fix: 'The graph root is gone from storage (deleted, moved, or the storage root changed). Restore it if its data matters; apply re-creates it empty.',
    },
    schema_mismatch: {
        what: 'schema differs',
        fix: 'The live schema is not the configured one. Apply migrates it back; if the live schema is the one you want, change the config to match in a pull request.',
    },
    payload_missing: { what: 'payload missing', fix: 'A published payload is gone. Apply republishes it from the config.' },
    payload_mismatch: { what: 'payload differs', fix: 'A published payload was changed outside the cluster. Apply republishes it from the config.' },
};
const PENDING_FIX = 'The config has changes the cluster never received (a failed or partial apply, or a merge the apply workflow did not run for).';
function conditionsOf(status) {
    return status.conditions !== undefined && status.conditions.length > 0 ? status.conditions : ['drifted'];
}
/**
 * The drift report (job summary and drift issue body): the verdict and since when, what drifted
 * and why, the changes the config still has pending, and what fixes it. It is not a plan comment:
 * nothing here is reviewed or merged, so it carries no merge footer.
 */
function drift_report_driftDoc(parts, ctx, marker, extra = {}) {
    const ledger = parts.refresh ?? parts.status;
    const statuses = ledger?.resource_statuses ?? {};
    const drifted = driftedResources(statuses);
    const unobserved = unobservedResources(statuses);
    const pending = parts.plan?.changes ?? [];
    const detected = driftDetected(parts);
    const conditions = [...new Set(drifted.flatMap((address) => conditionsOf(statuses[address])))];
    const verdict = essential(() => {
        if (!detected)
            return [...heading('\u2705', 'No drift', ctx), ...checkedLine(ctx, extra, false)];
        const counts = [drifted.length > 0 ? `${plural(drifted.length, 'resource')} drifted` : '', pending.length > 0 ? `${plural(pending.length, 'change')} not applied` : '']
            .filter((s) => s !== '')
            .join(' \u00b7 ');
        return [...heading('\ud83c\udf0a', 'Drift detected', ctx), line(counts), ...checkedLine(ctx, extra, true)];
    });
    const sections = [verdict];
    if (extra.readOnly === true) {
        sections.push(essential(() => [
            line(`> \u2139\ufe0f Read-only check (\`drift-refresh: false\`): the recorded ledger and the config were compared, the live graphs were not observed. Run ${code(cliCommand(ctx, 'refresh'), 400)} to record their state.`),
        ]));
    }
    if (drifted.length > 0) {
        sections.push(optional((level) => {
            if (level === 'headline')
                return [];
            const rows = drifted.map((address) => {
                const status = statuses[address];
                const what = conditionsOf(status).map((c) => CONDITIONS[c]?.what ?? c);
                return [code(address, 200), escapeText(what.join(', '), 200), escapeText(status.message ?? '', 500)];
            });
            return [line(`#### What drifted (${drifted.length})`), table(['Resource', 'What', 'Detail'], rows, 'resources')];
        }));
    }
    if (pending.length > 0) {
        sections.push(optional((level) => {
            if (level === 'headline')
                return [];
            const head = [line(`#### Not applied yet (${pending.length})`)];
            if (drifted.length > 0)
                head.push(line('What apply would change now: the repair of the drift above, and any config change not applied yet.'));
            return [...head, table(['Resource', 'Change', 'Disposition'], pending.map(pendingRow), 'changes')];
        }));
    }
    if (unobserved.length > 0) {
        sections.push(optional((level) => {
            if (level === 'headline')
                return [];
            const rows = unobserved.map((address) => [code(address, 200), escapeText(statuses[address].message ?? '', 500)]);
            return [line(`#### Could not observe (${unobserved.length})`), line('Not counted as drift: an observation that failed proves nothing about the live state.'), table(['Resource', 'Error'], rows, 'resources')];
        }));
    }
    // Pending changes that only repair the drift need no explanation of their own.
    if (detected)
        sections.push(essential(() => fixBlocks(ctx, conditions, pending.length > 0 && drifted.length === 0)));
    const minimal = detected ? '### \ud83c\udf0a Drift detected' : '### \u2705 No drift';
    return { marker, minimal, rest: restNote(ctx, 'status'), sections };
}
function checkedLine(ctx, extra, detected) {
    const url = safeUrl(ctx.runUrl);
    const by = url === null ? '' : `checked by [this run](${url})`;
    const since = detected && extra.since !== undefined ? `drifting since ${escapeText(readableInstant(extra.since), 40)}` : '';
    const text = [since, by].filter((s) => s !== '').join(' \u00b7 ');
    return text === '' ? [] : [line(`<sub>${text.charAt(0).toUpperCase()}${text.slice(1)}</sub>`)];
}
/** `2026-11-28T06:00:00.000Z` \u2192 `2026-11-28 06:00:00 UTC`. */
function readableInstant(iso) {
    return iso.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
}
function pendingRow(change) {
    const disposition = change.disposition === undefined ? '' : PLAN_DISPOSITION_LABELS[change.disposition];
    const why = change.reason === undefined || change.disposition === 'applied' ? '' : ` \u2014 ${escapeText(reasonSentence(change.reason), 300)}`;
    return [code(change.resource, 200), OPERATION_WORDS[change.operation].toLowerCase(), `${disposition}${why}`];
}
function fixBlocks(ctx, conditions, pending) {
    const reasons = conditions.map((c) => CONDITIONS[c]?.fix ?? `Condition ${c}: see the ledger with ${cliCommand(ctx, 'status')}.`);
    if (pending)
        reasons.push(PENDING_FIX);
    return [
        line('#### How to fix'),
        line(reasons.map((r) => `- ${escapeText(r, 400)}`).join('\n')),
        line('Repair it through review: open a pull request (an empty commit will do when the config is right) so the plan is reviewed, then merge; the apply workflow applies it. Or, with the state credentials:'),
        codeBlock([cliCommand(ctx, 'plan'), cliCommand(ctx, 'apply')].join('\n'), 'sh'),
        line('This issue closes itself on the first scheduled check that finds no drift.'),
    ];
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
function drift_unobservedResources(statuses) {
    return Object.entries(statuses)
        .filter(([, s]) => s.status === 'error')
        .map(([address]) => address);
}
function drift_isDrifted(statuses, plan) {
    return (statuses !== undefined && drift_driftedResources(statuses).length > 0) || (plan !== undefined && plan.changes.length > 0);
}
const SINCE_PREFIX = '<!-- omnigraph-cluster:drift-since ';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;
/**
 * The drift issue's second hidden line: when this drift was first detected. Each run carries it
 * over from the open issue, so "since" survives rewrites of the body; a reopened issue starts anew.
 */
function drift_formatDriftSince(iso) {
    return formatHidden(SINCE_PREFIX, { since: iso });
}
/** The first-detected time in an issue body, or null when absent or not an ISO 8601 UTC instant. */
function parseDriftSince(body) {
    const since = parseHidden(body, SINCE_PREFIX)?.since;
    return typeof since === 'string' && ISO_INSTANT.test(since) ? since : null;
}

;// CONCATENATED MODULE: ./src/render/markdown/state-summary.ts







function ledgerSection(digests, statuses) {
    return common_optional((level) => {
        if (level === 'list' || level === 'headline')
            return [];
        const addresses = (0,base_json/* sortBytewise */.lP)(Object.keys({ ...digests, ...statuses }));
        if (addresses.length === 0)
            return [];
        const rows = addresses.map((a) => {
            const s = statuses[a];
            return [(0,markup_escape/* code */.aY)(a, 200), shortDigest(digests[a]), s === undefined ? '' : statusWord(s.status), (s?.conditions ?? []).map((c) => (0,markup_escape/* code */.aY)(c, 60)).join(' ')];
        });
        return [blocks_line(`#### Ledger (${addresses.length})`), blocks_table(['Resource', 'Digest', 'Status', 'Condition'], rows, 'resources')];
    });
}
/** Live graph observations written by refresh/import (docs/contract/state.md#observations): one row per declared graph. */
function observationsSection(observations) {
    return common_optional((level) => {
        if (level === 'list' || level === 'headline')
            return [];
        const rows = [];
        for (const [address, value] of Object.entries(observations)) {
            if (value === null || typeof value !== 'object')
                continue;
            const o = value;
            if (o.kind === 'tombstone') {
                rows.push([(0,markup_escape/* code */.aY)(address, 200), '\ud83e\udea6 deleted', '', '', (0,markup_escape/* escapeText */.X1)(String(o.deleted_at ?? ''), 40)]);
                continue;
            }
            const version = o.graph_manifest_version ?? o.manifest_version;
            const matches = o.schema_matches_desired === true ? '\u2705' : o.schema_matches_desired === false ? '\u274c' : '\u2014';
            rows.push([
                (0,markup_escape/* code */.aY)(address, 200),
                o.exists === true ? 'yes' : 'no',
                matches,
                typeof version === 'number' ? String(version) : '\u2014',
                typeof o.error === 'string' ? (0,markup_escape/* escapeText */.X1)(o.error, 500) : '',
            ]);
        }
        if (rows.length === 0)
            return [];
        return [blocks_line('#### Graph observations'), blocks_table(['Graph', 'Exists', 'Schema matches', 'Manifest version', 'Error'], rows, 'graphs')];
    });
}
function countsText(diagnostics) {
    const { errors, warnings } = countsBySeverity(diagnostics);
    return `${common_plural(errors, 'error')}, ${common_plural(warnings, 'warning')}`;
}
function statusDoc(out, ctx, marker) {
    const obs = out.state_observations;
    const command = 'operation' in out ? out.operation : 'status';
    const drifted = drift_driftedResources(out.resource_statuses);
    const unobserved = drift_unobservedResources(out.resource_statuses);
    const word = command === 'status' ? 'Cluster status' : command === 'refresh' ? 'Refresh' : 'Import';
    let emoji = '\ud83d\udccb';
    let title = `${word}: revision ${obs.state_revision}, ${common_plural(obs.resource_count, 'resource')}`;
    if (hasCode(out.diagnostics, 'state_lock_held'))
        [emoji, title] = ['\ud83d\udd12', `${word} not run: state locked`];
    else if (!out.ok)
        [emoji, title] = ['\u274c', `${word} failed`];
    else if (!obs.state_found && command === 'status')
        [emoji, title] = ['\u26a0\ufe0f', 'Cluster state missing'];
    else if (drifted.length > 0)
        [emoji, title] = ['\ud83c\udf0a', `${word}: ${drifted.length} drifted (revision ${obs.state_revision})`];
    else if (command !== 'status')
        emoji = '\ud83d\udd04';
    return {
        marker,
        minimal: minimalLine(emoji, title, countsText(out.diagnostics)),
        rest: common_restNote(ctx, command),
        sections: [
            common_essential(() => {
                const blocks = [...common_heading(emoji, title, ctx), blocks_line(`${obs.applied_config_digest === undefined ? 'no applied config' : `applied config ${shortDigest(obs.applied_config_digest)}`} \u2014 ${countsText(out.diagnostics)}`)];
                if (!out.ok)
                    blocks.push(...firstErrors(out.diagnostics, '\u274c **Errors**:'));
                blocks.push(...sharedBanners(out.diagnostics, obs, ctx));
                if (drifted.length > 0)
                    blocks.push(blocks_line(`> \ud83c\udf0a **Drift**: ${nameList(drifted)} differ from the ledger. Run refresh, then plan and apply.`));
                if (unobserved.length > 0)
                    blocks.push(blocks_line(`> \u26a0\ufe0f **Could not observe** ${nameList(unobserved)}; see the diagnostics.`));
                if (!obs.state_found && command === 'status')
                    blocks.push(blocks_line('> No state ledger yet: run `omnigraph-cluster import --config <dir>` once.'));
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
function validateDoc(out, ctx, marker) {
    const title = out.ok ? `Config valid: ${common_plural(out.resources.length, 'resource')}, ${common_plural(out.dependencies.length, 'dependency edge')}` : 'Invalid config';
    return {
        marker,
        rest: common_restNote(ctx, 'validate'),
        sections: [
            common_essential(() => [...common_heading(out.ok ? '\u2705' : '\u274c', title, ctx), blocks_line(countsText(out.diagnostics)), ...(out.ok ? [] : firstErrors(out.diagnostics, '\u274c **Errors**:'))]),
            common_optional((level) => {
                if (level === 'list' || level === 'headline' || out.resources.length === 0)
                    return [];
                const rows = out.resources.map((r) => [(0,markup_escape/* code */.aY)(r.address, 200), (0,markup_escape/* escapeText */.X1)(r.kind, 40), shortDigest(r.digest), r.path === undefined ? '' : (0,markup_escape/* code */.aY)(r.path, 300)]);
                return [blocks_line(`#### Resources (${rows.length})`), blocks_table(['Resource', 'Kind', 'Digest', 'Source'], rows, 'resources')];
            }),
            diagnosticsSection(out.diagnostics, ctx),
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
            common_essential(() => [...common_heading(out.ok ? '\ud83d\udd13' : '\u274c', title, ctx), blocks_line(countsText(out.diagnostics)), ...(out.ok ? [] : firstErrors(out.diagnostics, '\u274c **Errors**:'))]),
            diagnosticsSection(out.diagnostics, ctx),
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
                const blocks = [...common_heading(out.ok ? '\u2705' : '\u274c', title, ctx)];
                if (out.approval_id !== undefined)
                    blocks.push(blocks_line(`approval ${(0,markup_escape/* code */.aY)(out.approval_id, 80)} \u2014 binds to the current config; any later config edit makes it stale.`));
                if (!out.ok)
                    blocks.push(...firstErrors(out.diagnostics, '\u274c **Errors**:'));
                return blocks;
            }),
            diagnosticsSection(out.diagnostics, ctx),
            footerSection(undefined, ctx),
        ],
    };
}

// EXTERNAL MODULE: ./src/render/text/hints.ts
var hints = __webpack_require__(8468);
;// CONCATENATED MODULE: ./src/render/text/changes.ts



const DETAIL_INDENT = '      ';
const STEP_INDENT = '        ';
/** How a planned change's disposition reads before anything ran. */
const PLAN_DISPOSITION_WORDS = { applied: 'Will apply', derived: 'Derived', deferred: 'Deferred', blocked: 'Blocked' };
/**
 * `cluster plan` text (docs/contract/text-output.md). Ours, not the reference's: each change with
 * its disposition and, when it will not simply apply, why; migration steps as the same sentences
 * as the PR comment; the approval gates and whether each is satisfied.
 */
function planText(out, hintsFor) {
    if (!out.ok)
        return ['cluster plan failed'];
    const lines = [`cluster plan: ${out.changes.length} change(s), ${out.approvals_required.length} approval gate(s)`];
    for (const change of out.changes) {
        lines.push(`  ${changeHead(change)}${dispositionSuffix(change, PLAN_DISPOSITION_WORDS)}`);
        if (change.reason !== undefined && change.disposition !== 'applied')
            lines.push(`${DETAIL_INDENT}why: ${(0,markdown_reasons/* reasonSentence */.Ux)(change.reason)}`);
        if (change.migration !== undefined)
            lines.push(...migrationLines(change.migration));
    }
    if (out.changes.length === 0)
        lines.push('  no changes');
    if (out.approvals_required.length > 0) {
        lines.push('  approval gates:');
        for (const gate of out.approvals_required) {
            lines.push(`    ${gate.resource}: ${gate.satisfied ? 'satisfied' : 'NOT satisfied'} (${gate.reason})`);
            if (!gate.satisfied && hintsFor !== undefined)
                lines.push(`${DETAIL_INDENT}approve: omnigraph-cluster --as <you> approve ${(0,hints/* shellWord */.r)(gate.resource)} --config ${(0,hints/* shellWord */.r)(hintsFor)}`);
        }
    }
    return lines;
}
/** A schema update's migration: a head line, then each step as a numbered sentence. */
function migrationLines(migration) {
    const count = `${migration.steps.length} step(s)`;
    const head = migration.supported ? `migration: ${count}` : `migration UNSUPPORTED (apply will refuse it): ${count}`;
    if (migration.steps.length === 0)
        return [`${DETAIL_INDENT}migration: no schema steps (digest-only change)`];
    const steps = migration.steps.map((step, i) => `${STEP_INDENT}${i + 1}. ${(0,schema/* describeStep */.Ey)(step)}${step.kind !== 'unsupported_change' && isDestructiveStep(step) ? ' [destructive]' : ''}`);
    return [`${DETAIL_INDENT}${head}`, ...steps];
}
/** `cluster apply` text (docs/contract/text-output.md): the change list prints even when apply failed. */
function applyText(out) {
    const lines = [out.ok ? `cluster apply: ${out.applied_count} applied, ${out.deferred_count} deferred/blocked` : 'cluster apply failed'];
    for (const change of out.changes)
        lines.push(`  ${changeHead(change)}${dispositionSuffix(change, markdown_reasons/* DISPOSITION_WORDS */.Oh)}`);
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
    return `${markdown_reasons/* OPERATION_WORDS */.yY[change.operation]} ${change.resource}${change.binding_change === true ? ' [bindings]' : ''}`;
}
function dispositionSuffix(change, words) {
    if (change.disposition === undefined)
        return '';
    const word = words[change.disposition];
    return change.reason === undefined ? ` [${word}]` : ` [${word}: ${change.reason}]`;
}

// EXTERNAL MODULE: ./src/render/text/diagnostics.ts
var diagnostics = __webpack_require__(6738);
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
    return [...headLines(kind, out, options), ...(0,diagnostics/* diagnosticLines */.N)(out.diagnostics, options.hintsFor)].map((l) => `${l}\n`).join('');
}
function headLines(kind, out, options) {
    switch (kind) {
        case 'validate':
            return validateText(out);
        case 'plan':
            return planText(out, options.hintsFor);
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
 * Diagnostics \u2192 annotations, errors first, at most `maxPerSeverity` of each severity, plus one
 * notice counting what was left out (it is all in the job summary). A diagnostic with a source
 * location points at that file and line; one whose path is a cluster.yaml key points at the
 * config file without a line.
 */
function toAnnotations(diagnostics, options = {}) {
    const cap = Math.max(0, options.maxPerSeverity ?? 10);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    const out = [...errors.slice(0, cap), ...warnings.slice(0, cap)].map((d) => annotation(d, options.configFile, options.configDir));
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
function annotation(d, configFile, configDir) {
    const catalogue = diagnosticHint(d.code);
    const hint = configDir === undefined ? catalogue : catalogue?.replaceAll('<dir>', shellWord(configDir));
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
    return `\ud83d\udfe0 Applying in ${linkTo('this run', runUrl)}`;
}
/** Plan comment status when the apply after merge would fail; `message` is plain text. */
function mergeWouldFailStatus(message) {
    return `\u274c Merging now would not apply cleanly: ${escapeText(message, 1000)}`;
}
/** `reason` is plain text (a failure message); it is escaped here. */
function notAppliedStatus(reason) {
    return `\u274c Not applied: ${escapeText(reason, 1000)}`;
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
        return `\u274c Not applied: ${why()}`;
    if (partial) {
        const counts = `${blocked} blocked, ${deferred} deferred${apply.converged ? '' : ', not converged'}`;
        return `\u26a0\ufe0f Partially applied (revision ${revision}): ${counts}${apply.ok ? '' : ` \u2014 ${why()}`}`;
    }
    if (!apply.converged)
        return `\u26a0\ufe0f Applied (revision ${revision}), not converged`;
    return `\u2705 Applied (revision ${revision}, converged)`;
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
    return [`\u274c Not applied: ${escapeText(refusal.headline, 1000)}`, ...(refusal.details.length > 0 ? ['', ...refusal.details] : [])].join('\n');
}
function refusalSection(refusal) {
    return `### \u274c Not applied\n\n${[escapeText(refusal.headline, 1000), ...(refusal.details.length > 0 ? ['', ...refusal.details] : [])].join('\n')}\n`;
}
function approveRoleRefusal(commenter, role) {
    return `\u274c ${code(commenter, 80)} may not approve cluster changes (repository role: ${code(role, 40)}; write, maintain or admin is required).`;
}
function approverListRefusal(commenter) {
    return `\u274c ${code(commenter, 80)} is not one of this cluster's approvers (input \`approvers\`); ask one of them to comment the approval.`;
}
function selfApprovalRefusal(commenter) {
    return `\u274c ${code(commenter, 80)} opened this pull request and may not approve its changes (\`allow-self-approval: false\`); another reviewer with write access has to comment the approval.`;
}
function approvedReply(resource, approvedBy, approvalId) {
    return `\u2705 ${code(resource, 200)} approved by ${code(approvedBy, 80)} (approval ${code(approvalId, 80)}). The merge will apply it if the plan is unchanged.`;
}
function approveFailedReply(resource, diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `- ${code(d.code, 80)} ${escapeText(d.message, 1000)}`);
    return [`\u274c Could not approve ${code(resource, 200)}:`, ...errors].join('\n');
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
    return `### \u274c Invalid action inputs\n\n${errors.map((e) => `- ${escapeText(e, 1000)}`).join('\n')}\n`;
}
function unexpectedFailureSection(message) {
    return `### \u274c The action failed unexpectedly\n\n${code(message, 2000)}\n`;
}
/** The summary's first section when the run failed; `message` is plain text. */
function failurePreface(reason, message) {
    return `### \u274c ${code(reason, 80)}\n\n${escapeText(message ?? '', 4000)}\n`;
}
/** The job summary's link to the plan JSON kept as a workflow artifact. */
function planArtifactLine(name, url) {
    return `\ud83d\udcce Full plan JSON: ${linkTo(name, url)} (workflow artifact)\n`;
}
function messages_tooLargeForComment(runUrl) {
    const safe = safeUrl(runUrl);
    return `The full result is too large for a comment.${safe === null ? ' See the job summary.' : ` See the [job summary](${safe}).`}`;
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
/** Merge queue (`merge_group`): the queued commit has no reviewed plan to be held to. */
function queueNoReviewedPlanRefusal(prNumber) {
    const why = prNumber === null
        ? "the merge group's head ref names no pull request (expected gh-readonly-queue/<branch>/pr-<number>-<sha>)"
        : `pull request #${prNumber} has no plan comment from this action for this config dir and label`;
    return {
        headline: `No reviewed plan for this merge group: ${why}. Let the plan run on the pull request before queueing it, or set require-approved-plan: false.`,
        details: [],
    };
}
/** Merge queue: the queued merge commit plans differently from what was reviewed on the PR. */
function queueChangedRefusal(prNumber, reviewedFingerprint, currentFingerprint, differences) {
    return {
        headline: `The queued merge commit plans differently from the plan reviewed on pull request #${prNumber} ` +
            '(another change merged ahead of it, or the cluster moved), so it left the queue before anything was applied. ' +
            'Update the branch with the base branch, review the new plan on the pull request, and queue it again.',
        details: [
            `Reviewed fingerprint ${code(reviewedFingerprint, 80)}, queued ${code(currentFingerprint, 80)}. What differs:`,
            ...differences.map((l) => `- ${l}`),
        ],
    };
}
/** The status line on the PR's plan comment when its merge group failed the check. */
function queueRefusalStatus(refusal) {
    return [`\u274c Merge queue: ${escapeText(refusal.headline, 1000)}`, ...(refusal.details.length > 0 ? ['', ...refusal.details] : [])].join('\n');
}
function queueRefusalSection(refusal) {
    return `### \u274c Merge queue check failed\n\n${[escapeText(refusal.headline, 1000), ...(refusal.details.length > 0 ? ['', ...refusal.details] : [])].join('\n')}\n`;
}
/**
 * The status line of a merged pull request's plan comment after a `pr-number` re-plan: the plan
 * below is what is left to apply; `blocker` (plain text) is what stops it now, if anything.
 */
function replannedStatus(prNumber, runUrl, hasChanges, blocker) {
    const where = linkTo('this run', runUrl);
    if (!hasChanges)
        return `\u2705 Re-planned after merge in ${where}: nothing is left to apply.`;
    const finish = `run the workflow again with \`command: apply\` and \`pr-number: ${prNumber}\` to apply it`;
    if (blocker !== null)
        return `\u23f8\ufe0f Re-planned after merge in ${where}: the apply would not finish yet: ${escapeText(blocker, 1000)}. Then ${finish}.`;
    return `\ud83d\udd01 Re-planned after merge in ${where}: this is what is left to apply. Review it, then ${finish}.`;
}
/** `pr-number` names a pull request that cannot be finished from this run (plain text). */
function notMergedMessage(prNumber, why) {
    return `pull request #${prNumber} ${why}; pr-number re-plans and applies only a merged pull request, from the branch it merged into`;
}

;// CONCATENATED MODULE: ./src/render/pr/body.ts









const STATUS_END = '<!-- omnigraph-cluster:status-end -->';
const VOLATILE = '<!-- omnigraph-cluster:volatile -->';
/** Room for the sentinel and the newlines between the head and the rendered content. */
const LAYOUT_MARGIN = 256;
function compose(parts) {
    const head = [formatMarker(parts.marker), parts.review, parts.status].filter((s) => s !== '');
    const tail = parts.volatile === undefined || parts.volatile === '' ? '' : `\n${VOLATILE}\n${parts.volatile}\n`;
    return `${head.join('\n')}\n${STATUS_END}\n\n${parts.content}${tail}`;
}
/** A body without its volatile tail: what "unchanged" compares, so a new run alone never rewrites a comment. */
function stableBody(body) {
    const at = body.lastIndexOf(`\n${VOLATILE}\n`);
    return at < 0 ? body : body.slice(0, at);
}
/** The volatile tail's Markdown of a body we wrote ('' when absent), to carry it across rewrites. */
function volatileOf(body) {
    const at = body.lastIndexOf(`\n${VOLATILE}\n`);
    return at < 0 ? '' : body.slice(at + VOLATILE.length + 2).replace(/\n$/, '');
}
/** The rendered content of a body we wrote (without the volatile tail), or the whole body when it has no sentinel. */
function contentOf(body) {
    const stable = stableBody(body);
    const at = stable.indexOf(STATUS_END);
    return at < 0 ? stable : stable.slice(at + STATUS_END.length).replace(/^\n+/, '');
}
/** Commits are shown by their first 7 hex digits, as GitHub does. */
const SHORT_SHA = 7;
/** `Planned on abc1234 in workflow run.` (both parts optional), or '' when neither is known. */
function plannedAt(headSha, runUrl) {
    const sha = headSha !== undefined && /^[0-9a-f]{7,64}$/i.test(headSha) ? code(headSha.slice(0, SHORT_SHA)) : '';
    const url = safeUrl(runUrl);
    if (sha === '' && url === null)
        return '';
    const run = url === null ? '' : ` in [this workflow run](${url})`;
    return `<sub>Planned${sha === '' ? '' : ` on commit ${sha}`}${run}. Later pushes that plan the same leave this comment unchanged.</sub>`;
}
/** The budget left for the content once the head is written. */
function contentBudget(parts, maxBytes) {
    const tail = parts.volatile === undefined ? 0 : byteLength(parts.volatile) + byteLength(VOLATILE);
    return maxBytes - byteLength(formatMarker(parts.marker)) - byteLength(parts.review) - byteLength(parts.status) - tail - LAYOUT_MARGIN;
}
/** The last line of defence if content overshoots: never a body GitHub refuses. */
function fitBody(parts, maxBytes, runUrl) {
    const body = compose(parts);
    if (byteLength(body) <= maxBytes)
        return body;
    return compose({ ...parts, review: '', volatile: '', content: tooLargeForComment(runUrl) });
}
/**
 * The sticky plan comment. The run link and head commit live only in the volatile tail (they
 * change every run and would defeat "unchanged"). Under a tight budget the review record's
 * per-change hashes go before the change list and the summary do: when keeping them would cut the
 * comment down to the change list (or less) and leaving them out would show more, the record is
 * dropped (a refused apply then says only that the plan differs).
 */
function planCommentBody(input) {
    const { runUrl: _runUrl, ...ctx } = input.ctx;
    const marker = { config_dir: ctx.configDir, label: ctx.label, fingerprint: input.fingerprint, kind: 'plan' };
    const record = input.plan.ok ? formatReviewRecord(reviewRecord(input.plan)) : '';
    const volatile = plannedAt(input.headSha, input.ctx.runUrl);
    const doc = planDoc(input.plan, { ...ctx, ...(input.fingerprint ? { fingerprint: input.fingerprint } : {}) }, undefined);
    const fit = (review) => {
        const head = { marker, review, status: input.status ?? '', volatile };
        return { head, ...fitCommentLevel(doc, contentBudget(head, input.maxBytes)) };
    };
    let chosen = fit(record);
    if (record !== '' && (chosen.level === 'list' || chosen.level === 'headline' || chosen.level === 'minimal')) {
        const without = fit('');
        if (without.text !== chosen.text)
            chosen = without;
    }
    return fitBody({ ...chosen.head, content: chosen.text }, input.maxBytes, input.ctx.runUrl);
}
/** An existing body with a new status line; marker, review record, content and volatile tail kept. */
function restatusBody(existing, marker, status, maxBytes, runUrl) {
    return fitBody({ marker, review: reviewRecordLine(existing), status, content: contentOf(existing), volatile: volatileOf(existing) }, maxBytes, runUrl);
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

;// CONCATENATED MODULE: ./src/render/pr/index-comment.ts
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



const index_comment_PREFIX = '<!-- omnigraph-cluster-index:v1 ';
function formatIndexMarker(marker) {
    return formatHidden(index_comment_PREFIX, { key: marker.key });
}
function parseIndexMarker(body) {
    const v = parseHidden(body, index_comment_PREFIX);
    return v !== null && typeof v.key === 'string' ? { key: v.key } : null;
}
function indexCommentBody(input) {
    const n = input.clusters.length;
    const failing = input.clusters.filter((c) => c.failure !== null).length;
    const head = [
        formatIndexMarker(input.marker),
        `### OmniGraph: ${n} cluster${n === 1 ? '' : 's'} affected by this pull request`,
        '',
        failing === 0 ? '\u2705 Every affected cluster would apply cleanly on merge.' : `\u274c ${failing} of ${n} would not apply cleanly on merge; the linked comments say why.`,
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
        if (used + byteLength(r) + 1 > input.maxBytes)
            break;
        used += byteLength(r) + 1;
        kept++;
    }
    const more = rows.length - kept;
    const lines = [...head, ...table, ...rows.slice(0, kept)];
    if (more > 0)
        lines.push('', `\u2026and ${more} more cluster${more === 1 ? '' : 's'}: see the job summary.`);
    return [...lines, ...tail].join('\n');
}
function row(c) {
    const name = c.label !== '' && c.label !== c.configDir ? `${code(c.configDir, 200)} (${escapeText(c.label, 100)})` : code(c.configDir, 200);
    const plan = c.planned ? planCell(c) : 'not planned';
    const merge = c.failure === null ? '\u2705' : `\u274c ${escapeText(c.failure, 200)}`;
    const link = safeUrl(c.commentUrl ?? undefined);
    return `| ${name} | ${plan} | ${c.blocked} | ${c.approvalsPending} | ${merge} | ${link === null ? '\u2014' : `[plan](${link})`} |`;
}
function planCell(c) {
    if (c.toCreate + c.toUpdate + c.toDelete === 0)
        return 'no changes';
    return `${c.toCreate} to create, ${c.toUpdate} to update, ${c.toDelete} to delete`;
}
/** The job summary's opening: which clusters this run covers, and why all of them when it is all. */
function targetsSection(affected, discovered, allBecause) {
    const why = allBecause === null ? `${affected.length} of ${discovered} affected by the change` : `all ${discovered}: ${escapeText(allBecause, 300)}`;
    const list = affected.map((t) => `- ${code(t.configDir, 200)}${t.label !== '' && t.label !== t.configDir ? ` (${escapeText(t.label, 100)})` : ''}`);
    return [`### OmniGraph clusters (${why})`, '', ...(list.length > 0 ? list : ['No cluster is affected.'])].join('\n');
}
/** The heading above one cluster's sections in the job summary. */
function clusterHeading(configDir, label) {
    return `## Cluster ${code(configDir, 200)}${label !== '' && label !== configDir ? ` (${escapeText(label, 100)})` : ''}`;
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
/**
 * The drift report; `forIssue` adds the marker (and the hidden first-detected line when
 * `extra.since` is known) and the comment-sized budget (issue bodies share it).
 */
function renderDriftReport(parts, ctx, forIssue = false, extra = {}) {
    const identity = formatMarker({ config_dir: ctx.configDir, label: ctx.label, fingerprint: ctx.fingerprint ?? null, kind: 'drift' });
    const marker = forIssue ? (extra.since === undefined ? identity : `${identity}\n${formatDriftSince(extra.since)}`) : undefined;
    const doc = driftDoc(parts, ctx, marker, extra);
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
            return statusDoc(output, ctx, marker);
        case 'validate':
            return validateDoc(output, ctx, marker);
        case 'force-unlock':
            return forceUnlockDoc(output, ctx, marker);
        case 'approve':
            return approveDoc(output, ctx, marker);
    }
}


/***/ }),

/***/ 1262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   ig: () => (/* binding */ wrapCode),
/* harmony export */   r7: () => (/* binding */ shellWord)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_CHARS, clip, WRAP_AFTER_CHARS */
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
    return `${points.slice(0, Math.max(0, max - 1)).join('')}\u2026`;
}
/** Plain text \u2192 inline Markdown that renders as exactly that text (clipped to `max`). */
function escapeText(text, max = DEFAULT_MAX_CHARS) {
    const plain = String(text);
    if (isInert(plain, max))
        return plain;
    const flat = defuseReferences(clip(plain, max).replace(LINE_BREAKS, ' ').replace(INVISIBLE, '\uFFFD'));
    // Entities for HTML-significant characters (a pipe as an entity, not `\|`: a table cell
    // splits on raw pipes before inline parsing); a backslash for Markdown punctuation.
    return flat.replace(SPECIAL, (c) => ENTITIES[c] ?? `\\${c}`);
}
// Letters, digits, space, `.`, `/` and `-` (most resource names): no clip, line break, control,
// reference or Markdown rule below matches them, except `www.`, checked on its own.
const INERT = /^[A-Za-z0-9 ./-]*$/;
/** True when escapeText would return `text` unchanged; saves seven regex passes per table cell. */
function isInert(text, max) {
    return text.length <= max && INERT.test(text) && !/www\./i.test(text);
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
/** Names longer than this get line-break opportunities so a table column can wrap them. */
const WRAP_AFTER_CHARS = 40;
/** A run without separators longer than this is broken anyway (digests, long ids). */
const WRAP_RUN = 24;
/**
 * `code`, but a long name (more than WRAP_AFTER_CHARS) carries `<wbr>` after its separators
 * (`.`, `_`, `/`, `-`, `:`) and inside long unbroken runs, so a table cell wraps it instead of
 * widening the table until it scrolls sideways. The visible text is unchanged.
 */
function wrapCode(text, max = DEFAULT_MAX_CHARS) {
    const clipped = clip(String(text), max);
    // Code points never outnumber UTF-16 units: a short string needs no Array.from to say so.
    if (clipped.length <= WRAP_AFTER_CHARS || Array.from(clipped).length <= WRAP_AFTER_CHARS)
        return code(clipped, max);
    const pieces = [];
    for (const part of clipped.match(/[^._/:-]*[._/:-]?/g) ?? []) {
        if (part === '')
            continue;
        const points = Array.from(part);
        for (let i = 0; i < points.length; i += WRAP_RUN)
            pieces.push(points.slice(i, i + WRAP_RUN).join(''));
    }
    // Each piece is escaped on its own. A reference cut in two cannot form: `<wbr>` is an element,
    // so the halves are separate text nodes for GitHub's mention and autolink filters.
    return `<code>${pieces.map((p) => escapeText(p, max)).join('<wbr>')}</code>`;
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
/* harmony import */ var _text_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6738);


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
    const mark = output.ok ? (output.quarantined.length > 0 ? '\u26a0\ufe0f' : '\u2705') : '\u274c';
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


/***/ })

};

//# sourceMappingURL=672.index.js.map
})
