(function (__ogChunk, __ogChunkUrl) { "use strict"; __ogChunk.id = 324;
__ogChunk.ids = [324];
__ogChunk.modules = {

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

//# sourceMappingURL=324.index.js.map
})
