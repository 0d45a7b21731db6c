export const id = 324;
export const ids = [324];
export const modules = {

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
