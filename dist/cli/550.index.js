(function (__ogChunk, __ogChunkUrl) { "use strict"; __ogChunk.id = 550;
__ogChunk.ids = [550];
__ogChunk.modules = {

/***/ 215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ LocalSourceFiles),
/* harmony export */   u: () => (/* binding */ ioMessage)
/* harmony export */ });
/* harmony import */ var _base_error_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9323);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7607);




/** `SourceFiles` over the local working tree (the config directory lives in git). */
class LocalSourceFiles {
    cwd;
    constructor(cwd = process.cwd()) {
        this.cwd = cwd;
    }
    isDirectory(p) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(this.absolute(p)).isDirectory();
        }
        catch {
            return false;
        }
    }
    /** A FIFO or device in place of cluster.yaml or a source file is refused at once, never read. */
    readBytes(p) {
        let read;
        try {
            read = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .X)(this.absolute(p), { followLinks: true });
        }
        catch (e) {
            throw new Error(ioMessage(e));
        }
        if (read.kind === 'ok')
            return read.bytes;
        if (read.kind === 'not-regular')
            throw new Error(`'${this.absolute(p)}' is not a regular file (${read.what})`);
        // A directory reads as EISDIR, as a plain read would have said.
        throw new Error(ioMessage({ code: this.isDirectory(p) ? 'EISDIR' : 'ENOENT' }));
    }
    listDir(p) {
        const dir = this.absolute(p);
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).map((entry) => {
                // Only a symlink needs a stat to learn what it points at.
                let isFile = entry.isFile();
                if (entry.isSymbolicLink()) {
                    try {
                        isFile = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name)).isFile();
                    }
                    catch {
                        isFile = false;
                    }
                }
                return { name: entry.name, isFile, isSymlink: entry.isSymbolicLink() };
            });
        }
        catch (e) {
            throw new Error(ioMessage(e));
        }
    }
    realPath(p) {
        try {
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.absolute(p));
        }
        catch (e) {
            throw new Error(ioMessage(e));
        }
    }
    linkKind(p) {
        try {
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(this.absolute(p), { throwIfNoEntry: false });
            if (!stat)
                return 'missing';
            return stat.isSymbolicLink() ? 'symlink' : 'not-symlink';
        }
        catch {
            return 'missing';
        }
    }
    readPlain(p) {
        try {
            const read = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .X)(this.absolute(p), { followLinks: false });
            return read.kind === 'ok' ? read.bytes : read.kind === 'link' ? 'symlink' : null;
        }
        catch {
            return null;
        }
    }
    absolute(p) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(p) ? p : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.cwd, p);
    }
}
/** Node's `ENOENT: no such file or directory, open '\u2026'` \u2192 the part a person needs. */
function ioMessage(e) {
    if (e && typeof e === 'object' && 'code' in e) {
        const code = String(e.code);
        const known = {
            ENOENT: 'No such file or directory (os error 2)',
            EACCES: 'Permission denied (os error 13)',
            EISDIR: 'Is a directory (os error 21)',
            ENOTDIR: 'Not a directory (os error 20)',
            ELOOP: 'Too many levels of symbolic links (os error 40)',
        };
        if (known[code])
            return known[code];
    }
    return (0,_base_error_text_js__WEBPACK_IMPORTED_MODULE_3__/* .errorText */ .k)(e);
}


/***/ }),

/***/ 9323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
/** The readable text of anything thrown (the `<err>` of the spec's message templates). */
function errorText(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 2497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ sha256hex),
/* harmony export */   hs: () => (/* binding */ sha256hexOfPieces),
/* harmony export */   pJ: () => (/* binding */ casToken)
/* harmony export */ });
/* unused harmony export HASH_PIECE_UNITS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_pieces_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6432);



/**
 * `crypto.hash` (Node 20.12 and 21.7 on): one call, with no Hash object made, updated and
 * finalized. A plan hashes tens of thousands of short inputs (every source file, every verdict
 * key, every composite). Node advises it for small inputs only, and long text is hashed in pieces
 * anyway, so it takes inputs up to HASH_PIECE_UNITS units or bytes. Absent on Node 20 before 20.12,
 * which takes `createHash` as before; both hash the UTF-8 encoding of a string.
 */
const oneShot = node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash;
/**
 * Text above this many UTF-16 units is hashed in pieces, each encoded into one reused buffer.
 * Handing Node the whole string makes it encode into a fresh buffer of the full UTF-8 size; for
 * the 2.5 MB fingerprint input of a 10,000-change plan (or a 20 MB ledger) that cost 2\u201310 ms
 * depending on whether the pages were fresh, against a steady 1.7\u20132.4 ms through the reused one.
 */
const HASH_PIECE_UNITS = 65_536;
// UTF-8 needs at most 3 bytes per UTF-16 unit (a surrogate pair is 2 units for 4 bytes).
let pieceBuffer;
const encoder = new TextEncoder();
/** Lowercase hex SHA-256 of UTF-8 text or raw bytes: every digest in the control plane. */
function sha256hex(input) {
    if (oneShot !== undefined && input.length <= HASH_PIECE_UNITS)
        return oneShot('sha256', input, 'hex');
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    if (typeof input === 'string')
        updateText(hash, input);
    else
        hash.update(input);
    return hash.digest('hex');
}
/**
 * `sha256hex` of the pieces joined, without joining them: a large document built piece by piece
 * is never flattened into one string. No piece may end inside a surrogate pair.
 */
function sha256hexOfPieces(pieces) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const piece of pieces)
        updateText(hash, piece);
    return hash.digest('hex');
}
function updateText(hash, text) {
    if (text.length <= HASH_PIECE_UNITS) {
        hash.update(text);
        return;
    }
    const buffer = (pieceBuffer ??= new Uint8Array(HASH_PIECE_UNITS * 3));
    for (const piece of (0,_text_pieces_js__WEBPACK_IMPORTED_MODULE_1__/* .textPieces */ .V)(text, HASH_PIECE_UNITS)) {
        const { written } = encoder.encodeInto(piece, buffer);
        hash.update(buffer.subarray(0, written));
    }
}
/** The state CAS token: a hash of the raw bytes as read, never of re-serialized JSON. */
function casToken(bytes) {
    return `sha256:${sha256hex(bytes)}`;
}


/***/ }),

/***/ 3659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: () => (/* binding */ sortedRecordOf),
/* harmony export */   Xo: () => (/* binding */ compareBytes),
/* harmony export */   ZJ: () => (/* binding */ toCompactJson),
/* harmony export */   gM: () => (/* binding */ toPrettyJson),
/* harmony export */   je: () => (/* binding */ F64),
/* harmony export */   lP: () => (/* binding */ sortBytewise),
/* harmony export */   vZ: () => (/* binding */ sortedRecord)
/* harmony export */ });
/**
 * JSON text exactly as the reference emits it (serde_json): keys in insertion order, `undefined`
 * fields omitted, 2-space pretty printing, and f64 values always printed with a fraction
 * (`100.0`, never `100`), which plain JSON.stringify cannot do.
 */
/** Marks a number that the reference serializes as an f64 (so `1` prints as `1.0`). */
class F64 {
    value;
    constructor(value) {
        this.value = value;
    }
}
function formatF64(n) {
    if (!Number.isFinite(n))
        return 'null';
    const text = String(n);
    return /[.eE]/.test(text) ? text : `${text}.0`;
}
function write(value, indent, depth, out) {
    if (value === null || value === undefined) {
        out.push('null');
        return;
    }
    if (value instanceof F64) {
        out.push(formatF64(value.value));
        return;
    }
    switch (typeof value) {
        case 'string':
            out.push(JSON.stringify(value));
            return;
        case 'number':
            out.push(Number.isFinite(value) ? String(value) : 'null');
            return;
        case 'boolean':
            out.push(value ? 'true' : 'false');
            return;
        case 'bigint':
            // Integers beyond 2^53 read by the lossless reader are written back digit for digit.
            out.push(value.toString());
            return;
        case 'object':
            break;
        default:
            out.push('null');
            return;
    }
    const pad = indent === null ? '' : `\n${indent.repeat(depth + 1)}`;
    const close = indent === null ? '' : `\n${indent.repeat(depth)}`;
    const colon = indent === null ? ':' : ': ';
    if (Array.isArray(value)) {
        if (value.length === 0) {
            out.push('[]');
            return;
        }
        out.push('[');
        value.forEach((item, i) => {
            if (i > 0)
                out.push(',');
            out.push(pad);
            write(item, indent, depth + 1, out);
        });
        out.push(close, ']');
        return;
    }
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) {
        out.push('{}');
        return;
    }
    out.push('{');
    entries.forEach(([key, item], i) => {
        if (i > 0)
            out.push(',');
        out.push(pad, JSON.stringify(key), colon);
        write(item, indent, depth + 1, out);
    });
    out.push(close, '}');
}
/**
 * Whether JSON.stringify prints `value` exactly as `write` does: only plain objects, arrays,
 * strings, finite-or-not numbers, booleans, null and undefined. An F64, any other class instance
 * (Date and its toJSON, Map, boxed primitives), a function, symbol or bigint takes the slow path.
 * Checking is one cheap walk; JSON.stringify is several times faster than `write` on large plans.
 */
function stringifiesAlike(value, inArray) {
    if (value === null)
        return true;
    switch (typeof value) {
        case 'string':
        case 'number':
        case 'boolean':
            return true;
        // JSON.stringify drops an undefined field but prints null for an undefined array item; so does write.
        case 'undefined':
            return true;
        case 'object':
            break;
        default:
            // write prints null for a function/symbol field; JSON.stringify drops it (or throws on bigint).
            return inArray && typeof value !== 'bigint';
    }
    if (Array.isArray(value)) {
        for (const item of value)
            if (!stringifiesAlike(item, true))
                return false;
        return true;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
        return false;
    for (const key in value) {
        if (!stringifiesAlike(value[key], false))
            return false;
    }
    return true;
}
/** serde_json::to_string_pretty (no trailing newline). */
function toPrettyJson(value) {
    if (stringifiesAlike(value, false))
        return JSON.stringify(value, null, 2) ?? 'null';
    const out = [];
    write(value, '  ', 0, out);
    return out.join('');
}
/** serde_json::to_string: no whitespace at all. */
function toCompactJson(value) {
    if (stringifiesAlike(value, false))
        return JSON.stringify(value) ?? 'null';
    const out = [];
    write(value, null, 0, out);
    return out.join('');
}
/** Byte-wise ascending key order, as a Rust BTreeMap<String, _> iterates. */
function compareBytes(a, b) {
    if (a === b)
        return 0;
    const len = Math.min(a.length, b.length);
    for (let i = 0; i < len; i++) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(i);
        if (ca === cb)
            continue;
        // Below the surrogates UTF-16 order is code point order is UTF-8 byte order.
        if (ca < 0xd800 && cb < 0xd800)
            return ca < cb ? -1 : 1;
        return compareCodePoints(a, b);
    }
    return a.length - b.length;
}
/** UTF-16 order differs from UTF-8 byte order only for astral vs. U+E000..U+FFFF; this is exact. */
function compareCodePoints(a, b) {
    const len = Math.min(a.length, b.length);
    for (let i = 0; i < len; i++) {
        const ca = a.codePointAt(i) ?? 0;
        const cb = b.codePointAt(i) ?? 0;
        if (ca !== cb)
            return ca < cb ? -1 : 1;
        if (ca > 0xffff)
            i++;
    }
    return a.length - b.length;
}
/** A UTF-16 unit from U+D800 up: only there can UTF-16 order differ from UTF-8 byte order. */
const SURROGATE_OR_ABOVE = /[\uD800-\uFFFF]/;
/**
 * Sorts `strings` in place in byte-wise order and returns it. Without a unit from U+D800 up (every
 * address and key in practice), the default sort's UTF-16 order is that order, and it compares
 * natively: sorting 10,000 addresses took about 16 ms through `compareBytes` before the JIT had
 * warmed to it, and 4 ms this way. Otherwise `compareBytes` decides.
 */
function sortBytewise(strings) {
    for (const s of strings)
        if (SURROGATE_OR_ABOVE.test(s))
            return strings.sort(compareBytes);
    return strings.sort();
}
/** A new object whose keys are in byte-wise order (for maps emitted as JSON objects). */
function sortedRecord(record) {
    return sortedRecordOf(record, (value) => value);
}
/**
 * `sortedRecord` with `f` applied to each value. Built from the sorted keys: at 100k entries the
 * [key, value] pairs of `Object.entries`, and a record built only to be sorted, were tens of MB of
 * garbage per call at a command's memory peak.
 */
function sortedRecordOf(record, f) {
    const out = {};
    if (record instanceof Map) {
        for (const k of sortBytewise([...record.keys()]))
            setOwn(out, k, f(record.get(k)));
    }
    else {
        const plain = record;
        for (const k of sortBytewise(Object.keys(plain)))
            setOwn(out, k, f(plain[k]));
    }
    return out;
}
function setOwn(out, key, value) {
    // A plain assignment to `__proto__` would switch the prototype and drop the entry.
    if (key === '__proto__')
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else
        out[key] = value;
}


/***/ }),

/***/ 1895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ parseStrictYaml)
});

// UNUSED EXPORTS: locatedParse

// EXTERNAL MODULE: ./src/base/error-text.ts
var error_text = __webpack_require__(9323);
;// CONCATENATED MODULE: ./src/base/fast-yaml.ts
/**
 * A fast path for the plain YAML our config files are written in: block mappings and sequences,
 * plain and simple quoted scalars, one-line flow collections, comments. It builds the same value
 * the `yaml` package's `toJS()` gives (YAML 1.2 core schema), without a CST, AST or positions.
 *
 * It is deliberately narrow: whenever the text uses anything else (anchors, aliases, tags, block
 * scalars, escapes, multi-line scalars, directives, document markers, tabs, CR, a BOM, duplicate
 * or unusual keys, any plain scalar that could resolve to something other than a string or a
 * decimal integer) it returns `undefined` and the caller runs the full parser, which also owns
 * every error message. So it never accepts what the full parser rejects, and never rejects:
 * it only declines.
 */
class Decline extends Error {
}
const decline = () => {
    throw new Decline();
};
/** The value of `text` as `yaml` would give it, or `undefined` when unsure. */
function fastParseYaml(text) {
    if (/[\t\r\uFEFF]/.test(text))
        return undefined;
    const lines = [];
    for (const raw of text.split('\n')) {
        let indent = 0;
        // Bounded: a read past the end (blank lines) deoptimizes the parser once it is optimized.
        while (indent < raw.length && raw.charCodeAt(indent) === 32)
            indent++;
        const rest = raw.slice(indent);
        if (rest === '' || rest[0] === '#')
            continue;
        lines.push({ indent, text: rest });
    }
    if (lines.length === 0)
        return undefined;
    try {
        const cursor = { i: 0 };
        const first = lines[0];
        if (first.indent !== 0 || isSequenceItem(first.text))
            return undefined;
        const value = parseMapping(lines, cursor, 0);
        return cursor.i === lines.length ? value : undefined;
    }
    catch (e) {
        if (e instanceof Decline)
            return undefined;
        throw e;
    }
}
const isSequenceItem = (text) => text === '-' || text.startsWith('- ');
/** `key:` then the rest; only keys that read the same as any YAML string would. */
const PLAIN_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
const QUOTED_KEY = /^(?:"([\x20\x21\x23-\x5b\x5d-\x7e\u00a0-\ud7ff\ue000-\ufffd]*)"|'([\x20-\x26\x28-\x7e\u00a0-\ud7ff\ue000-\ufffd]*)') *:(?: +|$)/;
const SPECIAL_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
function splitKey(text) {
    const m = PLAIN_KEY.exec(text) ?? QUOTED_KEY.exec(text);
    if (!m)
        return null;
    const key = m[1] ?? m[2] ?? '';
    // An implicit key is limited to 1024 characters; long ones are the full parser's to judge.
    if ((m[1] !== undefined && SPECIAL_WORDS.has(key)) || key.length > 1000)
        decline();
    if (key === '__proto__' || key === '<<')
        decline();
    return { key, rest: text.slice(m[0].length) };
}
function parseMapping(lines, cursor, indent) {
    const out = {};
    while (cursor.i < lines.length) {
        const line = lines[cursor.i];
        if (line.indent < indent)
            break;
        if (line.indent > indent || isSequenceItem(line.text))
            decline();
        const entry = splitKey(line.text) ?? decline();
        if (Object.prototype.hasOwnProperty.call(out, entry.key))
            decline();
        cursor.i++;
        out[entry.key] = entry.rest === '' || entry.rest[0] === '#' ? parseNested(lines, cursor, indent) : inlineValue(entry.rest);
    }
    return out;
}
/** The block under `key:` (more indented, or a sequence at the key's own indentation), else null. */
function parseNested(lines, cursor, parentIndent) {
    const next = lines[cursor.i];
    if (!next || next.indent < parentIndent)
        return null;
    if (next.indent === parentIndent)
        return isSequenceItem(next.text) ? parseSequence(lines, cursor, parentIndent) : null;
    return isSequenceItem(next.text) ? parseSequence(lines, cursor, next.indent) : parseMapping(lines, cursor, next.indent);
}
function parseSequence(lines, cursor, indent) {
    const out = [];
    while (cursor.i < lines.length) {
        const line = lines[cursor.i];
        if (line.indent < indent || (line.indent === indent && !isSequenceItem(line.text)))
            break;
        if (line.indent > indent)
            decline();
        if (line.text === '-' || /^- +#/.test(line.text)) {
            cursor.i++;
            const next = lines[cursor.i];
            out.push(next && next.indent > indent ? parseNested(lines, cursor, indent) : null);
            continue;
        }
        const afterDash = line.text.slice(2);
        const spaces = afterDash.length - afterDash.trimStart().length;
        const body = afterDash.slice(spaces);
        if (isSequenceItem(body))
            decline();
        if (splitKey(body)) {
            // `- key: value` opens a mapping whose keys sit at the column after the dash.
            lines[cursor.i] = { indent: indent + 2 + spaces, text: body };
            out.push(parseMapping(lines, cursor, indent + 2 + spaces));
        }
        else {
            cursor.i++;
            out.push(inlineValue(body));
        }
    }
    return out;
}
/** A value written on the key's (or dash's) own line: a scalar or a one-line flow collection. */
function inlineValue(rest) {
    if (rest[0] === '[' || rest[0] === '{') {
        const flow = { text: rest, at: 0 };
        const value = flowValue(flow);
        endOfLine(rest.slice(flow.at));
        return value;
    }
    const quoted = quotedScalar(rest);
    if (quoted) {
        endOfLine(rest.slice(quoted.length));
        return quoted.value;
    }
    // A plain scalar ends at ` #`; it may not contain `: ` (that would be a nested key).
    const hash = rest.indexOf(' #');
    const token = (hash >= 0 ? rest.slice(0, hash) : rest).trimEnd();
    if (/: |:$/.test(token) || token.includes('#'))
        decline();
    return plainScalar(token);
}
function endOfLine(rest) {
    const trimmed = rest.trimStart();
    if (trimmed !== '' && (trimmed[0] !== '#' || trimmed.length === rest.length))
        decline();
}
function quotedScalar(text) {
    const m = /^"([\x20\x21\x23-\x5b\x5d-\x7e\u00a0-\ud7ff\ue000-\ufffd]*)"|^'([\x20-\x26\x28-\x7e\u00a0-\ud7ff\ue000-\ufffd]*)'/.exec(text);
    return m ? { value: m[1] ?? m[2] ?? '', length: m[0].length } : null;
}
/** Characters a plain scalar may start with and hold (no YAML indicator, no flow punctuation). */
const SAFE_PLAIN = /^[A-Za-z0-9_./$~=+-][A-Za-z0-9_./$~=+@ ()-]*$/;
/** The core schema's null and boolean spellings. */
const CORE_WORDS = new Map([
    ...['null', 'Null', 'NULL', '~'].map((w) => [w, null]),
    ...['true', 'True', 'TRUE'].map((w) => [w, true]),
    ...['false', 'False', 'FALSE'].map((w) => [w, false]),
]);
const DECIMAL = /^(?:0|-?[1-9][0-9]{0,14})$/;
/** A plain scalar the core schema reads as a string or a decimal integer; anything else declines. */
function plainScalar(token) {
    if (token === '' || !SAFE_PLAIN.test(token) || token.endsWith(' '))
        decline();
    if (DECIMAL.test(token))
        return Number(token);
    const word = CORE_WORDS.get(token);
    if (word !== undefined)
        return word;
    // Numbers in other spellings, .inf/.nan, null/bool words, and `-`/`~` starts: the full parser decides.
    if (/^[0-9+.-]/.test(token) && !/^\.\.?\//.test(token))
        decline();
    if (token[0] === '~')
        decline();
    return token;
}
function skipSpaces(flow) {
    while (flow.text[flow.at] === ' ')
        flow.at++;
}
function flowValue(flow) {
    skipSpaces(flow);
    const ch = flow.text[flow.at];
    if (ch === '[')
        return flowSequence(flow);
    if (ch === '{')
        return flowMapping(flow);
    return flowScalar(flow);
}
function flowScalar(flow) {
    const rest = flow.text.slice(flow.at);
    const quoted = quotedScalar(rest);
    if (quoted) {
        flow.at += quoted.length;
        return quoted.value;
    }
    const m = /^[^,[\]{}:#"']+/.exec(rest) ?? decline();
    flow.at += m[0].length;
    return plainScalar(m[0].trimEnd());
}
function flowSequence(flow) {
    flow.at++;
    const out = [];
    skipSpaces(flow);
    if (flow.text[flow.at] === ']') {
        flow.at++;
        return out;
    }
    for (;;) {
        out.push(flowValue(flow));
        skipSpaces(flow);
        const ch = flow.text[flow.at];
        flow.at++;
        if (ch === ']')
            return out;
        if (ch !== ',')
            decline();
    }
}
function flowMapping(flow) {
    flow.at++;
    const out = {};
    skipSpaces(flow);
    if (flow.text[flow.at] === '}') {
        flow.at++;
        return out;
    }
    for (;;) {
        skipSpaces(flow);
        const m = /^([A-Za-z_][A-Za-z0-9_-]*): +/.exec(flow.text.slice(flow.at)) ?? decline();
        const key = m[1];
        if (SPECIAL_WORDS.has(key) || Object.prototype.hasOwnProperty.call(out, key))
            decline();
        flow.at += m[0].length;
        out[key] = flowValue(flow);
        skipSpaces(flow);
        const ch = flow.text[flow.at];
        flow.at++;
        if (ch === '}')
            return out;
        if (ch !== ',')
            decline();
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/base/strict-yaml.ts



function parseStrictYaml(text, options = { uniqueKeys: true }) {
    // The fast path declines anything it is not sure of (and every invalid text); positions are
    // only needed for a diagnostic, so the located parse runs on the first `locate`.
    const fast = fastParseYaml(text);
    if (fast !== undefined) {
        let located;
        const locate = (path, at) => {
            located ??= locatedParse(text, options);
            return located.ok ? located.yaml.locate(path, at) : undefined;
        };
        return { ok: true, yaml: { value: fast, locate, mayHoldFloats: false } };
    }
    return locatedParse(text, options);
}
/** The `yaml` package's full parse, with node positions. */
function locatedParse(text, options = { uniqueKeys: true }) {
    const lineCounter = new dist/* LineCounter */.HN();
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: options.uniqueKeys, prettyErrors: false, strict: true });
    }
    catch (e) {
        return { ok: false, message: (0,error_text/* errorText */.k)(e) };
    }
    const first = doc.errors[0];
    if (first) {
        // Without prettyErrors the error carries offsets only.
        const pos = lineCounter.linePos(first.pos[0]);
        const message = first.message.split('\n')[0] ?? first.message;
        return { ok: false, message, at: { line: pos.line, column: pos.col } };
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        return { ok: false, message: (0,error_text/* errorText */.k)(e) };
    }
    const locate = (path, at = 'value') => {
        const offset = nodeAt(doc.contents, path, at)?.range?.[0];
        if (offset === undefined)
            return undefined;
        const pos = lineCounter.linePos(offset);
        return { line: pos.line, column: pos.col };
    };
    return { ok: true, yaml: { value, locate, mayHoldFloats: true } };
}
/** The node at a key path; when the path leaves the document, the nearest enclosing node. */
function nodeAt(root, path, at) {
    let node = root;
    let keyNode;
    for (const segment of path) {
        keyNode = undefined;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment));
            if (!pair)
                return node;
            keyNode = pair.key;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            node = node.items[segment];
        }
        else {
            return node ?? undefined;
        }
    }
    return (at === 'key' ? keyNode : undefined) ?? node ?? keyNode;
}


/***/ }),

/***/ 6432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ textPieces)
/* harmony export */ });
/**
 * `text` as consecutive slices of about `size` UTF-16 units, never ending a slice between the two
 * halves of a surrogate pair (each slice is encoded on its own, and a lone half would become
 * U+FFFD). Writing a 25 MB output in one go made Node encode it into one 25 MB buffer at the
 * moment the process was already at its peak; slices of a sliced string cost almost nothing.
 */
function* textPieces(text, size) {
    const step = Math.max(2, Math.floor(size));
    let start = 0;
    while (start < text.length) {
        let end = Math.min(start + step, text.length);
        // Cut before the high half instead, which cannot pair with the unit before it.
        if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end)))
            end--;
        yield text.slice(start, end);
        start = end;
    }
}
const isHighSurrogate = (unit) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit) => unit >= 0xdc00 && unit <= 0xdfff;


/***/ }),

/***/ 7821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ floatWrittenAt),
/* harmony export */   w: () => (/* binding */ valuePositionAfterKey)
/* harmony export */ });
/**
 * serde_yaml refuses a YAML float (`1.0`, `1e3`) where an integer is expected, while the `yaml`
 * package hands both back as the same JS number. This recovers the spelling from the source text
 * at the scalar's position and renders it as serde's `Unexpected::Float` does (`1.0`, `1000.0`).
 */
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const YAML_INT = /^[-+]?[0-9]+$/;
/** serde's text for the float written at 1-based `line`/`column`, or null when it is not one. */
function floatWrittenAt(text, line, column) {
    let offset = 0;
    for (let l = 1; l < line; l++) {
        const next = text.indexOf('\n', offset);
        if (next < 0)
            return null;
        offset = next + 1;
    }
    const token = /^[^\s#,\]}]+/.exec(text.slice(offset + column - 1))?.[0];
    if (token === undefined || !YAML_FLOAT.test(token) || YAML_INT.test(token))
        return null;
    const value = Number(token);
    return Number.isInteger(value) ? `${value}.0` : String(value);
}
/** The value position after `key:` when the key sits at `line`/`column` (block style). */
function valuePositionAfterKey(text, line, column) {
    const lineText = text.split('\n', line)[line - 1] ?? '';
    const m = /^("[^"]*"|'[^']*'|[^:\s]+)\s*:[ \t]*/.exec(lineText.slice(column - 1));
    if (!m || column - 1 + m[0].length >= lineText.length)
        return null;
    return { line, column: column + m[0].length };
}


/***/ }),

/***/ 7731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* reexport */ usage/* USAGE */.u_),
  Z: () => (/* binding */ parseArgs)
});

;// CONCATENATED MODULE: ./src/cli/suggest.ts
/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The candidate nearest to a mistyped word, or null when nothing is close enough to be a typo.
 * The cut-off (a third of the word, at least 2) keeps `plna` -> `plan` but refuses to turn an
 * unrelated word into a command the user did not mean.
 */
function nearest(word, candidates) {
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= limit ? best : null;
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * `omnigraph-cluster [--as ACTOR] <command> [args] [--config PATH] [--root DIR] [--json | --format F]
 *  [--engine embedded|omnigraph] [--omnigraph-bin PATH] [--verbose]` (docs/contract/commands.md#cli);
 * `targets` takes `--config PATTERN` any number of times and `--changed-files FILE|-`
 * (docs/contract/targets.md#command).
 */


const COMMANDS = ['validate', 'plan', 'apply', 'status', 'refresh', 'import', 'force-unlock', 'approve', 'targets'];
const MARKDOWN_COMMANDS = ['plan', 'apply', 'status', 'refresh', 'import'];
const FLAGS = ['--config', '--json', '--format', '--as', '--engine', '--omnigraph-bin', '--verbose', '--serving', '--root', '--changed-files', '--gate-destructive', '--cache-dir', '--no-cache', '--help', '--version'];
// Long on purpose: one switch with a case per flag reads as the option table it implements.
function parseArgs(argv) {
    let command = null;
    let configDir = '.';
    let format = 'text';
    let actor = null;
    let engine = 'embedded';
    let omnigraphBin = null;
    let verbose = false;
    let serving = false;
    let root = null;
    let changedFiles = null;
    const configPatterns = [];
    let gateDestructive = false;
    let cacheDir = null;
    let noCache = false;
    const positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        const value = () => {
            if (inline !== undefined)
                return inline;
            const next = argv[i + 1];
            if (next === undefined)
                return null;
            i++;
            return next;
        };
        switch (flag) {
            case '-h':
            case '--help':
                return { kind: 'help', command: command ?? knownCommand(argv.slice(i + 1)) };
            case '-V':
            case '--version':
                return { kind: 'version' };
            case '--json':
                format = 'json';
                break;
            case '-v':
            case '--verbose':
                verbose = true;
                break;
            case '--serving':
                serving = true;
                break;
            case '--gate-destructive':
                gateDestructive = true;
                break;
            case '--no-cache':
                noCache = true;
                break;
            case '--cache-dir': {
                const v = value();
                if (v === null || v === '')
                    return args_usage('--cache-dir expects a directory', command);
                cacheDir = v;
                break;
            }
            case '--format': {
                const v = value();
                if (v !== 'text' && v !== 'json' && v !== 'markdown')
                    return args_usage(`--format expects text, json or markdown, got ${v ?? 'nothing'}`, command);
                format = v;
                break;
            }
            case '--config': {
                const v = value();
                if (v === null)
                    return args_usage('--config expects a directory or the path of cluster.yaml', command);
                configDir = v;
                configPatterns.push(v);
                break;
            }
            case '--root': {
                const v = value();
                if (v === null || v === '')
                    return args_usage('--root expects a directory', command);
                root = v;
                break;
            }
            case '--changed-files': {
                const v = value();
                if (v === null || v === '')
                    return args_usage('--changed-files expects a file with one path per line, or - for stdin', command);
                changedFiles = v;
                break;
            }
            case '--as': {
                const v = value();
                if (v === null || v.trim() === '')
                    return args_usage('--as expects an actor id', command);
                actor = v;
                break;
            }
            case '--engine': {
                const v = value();
                if (v !== 'embedded' && v !== 'omnigraph')
                    return args_usage(`--engine expects embedded or omnigraph, got ${v ?? 'nothing'}`, command);
                engine = v;
                break;
            }
            case '--omnigraph-bin': {
                const v = value();
                if (v === null)
                    return args_usage('--omnigraph-bin expects a path', command);
                omnigraphBin = v;
                break;
            }
            default:
                if (flag.startsWith('-'))
                    return args_usage(withSuggestion(`unknown option ${flag}`, nearest(flag, FLAGS)), command);
                if (command === null && arg === 'help')
                    return helpFor(argv.slice(i + 1));
                if (command === null) {
                    if (!isCommand(arg))
                        return args_usage(withSuggestion(`unknown command ${arg}`, nearest(arg, COMMANDS)), null);
                    command = arg;
                }
                else {
                    positionals.push(arg);
                }
        }
    }
    if (command === null)
        return args_usage('missing command', null);
    const wantsTarget = command === 'force-unlock' || command === 'approve';
    if (wantsTarget && positionals.length !== 1) {
        return args_usage(command === 'force-unlock' ? 'force-unlock expects exactly one LOCK_ID' : 'approve expects exactly one RESOURCE', command);
    }
    if (!wantsTarget && positionals.length > 0) {
        // An unquoted `--config clusters/*` reaches us expanded by the shell: say so.
        const hint = command === 'targets' ? '; quote glob patterns so the shell does not expand them' : '';
        return args_usage(`${command} takes no positional arguments (got ${positionals.join(' ')})${hint}`, command);
    }
    const refusal = targetsRefusal(command, { changedFiles, format, engine, omnigraphBin, verbose });
    if (refusal !== null)
        return args_usage(refusal, command);
    if (actor !== null && command !== 'apply' && command !== 'approve')
        return args_usage(`--as is accepted only by apply and approve, not ${command}`, command);
    if (serving && command !== 'status')
        return args_usage(`--serving is accepted only by status, not ${command}`, command);
    if (gateDestructive && command !== 'plan' && command !== 'apply' && command !== 'approve') {
        return args_usage(`--gate-destructive is accepted only by plan, apply and approve, not ${command}`, command);
    }
    if (gateDestructive && engine === 'omnigraph')
        return args_usage('--gate-destructive needs --engine embedded: the omnigraph binary gates graph deletes only', command);
    if (format === 'markdown' && !MARKDOWN_COMMANDS.includes(command)) {
        return args_usage(`--format markdown is available for ${MARKDOWN_COMMANDS.join(', ')}`, command);
    }
    return {
        kind: 'run',
        args: {
            command,
            configDir,
            format,
            actor,
            engine,
            omnigraphBin,
            verbose,
            target: wantsTarget ? positionals[0] : null,
            serving,
            root,
            configPatterns,
            changedFiles,
            gateDestructive,
            cacheDir,
            noCache,
        },
    };
}
/** `targets` reads no state and runs no engine; `--changed-files` belongs to it alone. */
function targetsRefusal(command, flags) {
    if (command !== 'targets')
        return flags.changedFiles !== null ? `--changed-files is accepted only by targets, not ${command}` : null;
    if (flags.format === 'markdown')
        return '--format markdown is not available for targets (use text or json)';
    if (flags.engine !== 'embedded' || flags.omnigraphBin !== null)
        return 'targets runs no engine: --engine and --omnigraph-bin do not apply';
    if (flags.verbose)
        return 'targets has no steps to log: --verbose does not apply';
    return null;
}
function args_usage(message, command) {
    return { kind: 'usage-error', message, command };
}
function withSuggestion(message, suggestion) {
    return suggestion === null ? message : `${message} (did you mean ${suggestion}?)`;
}
function isCommand(word) {
    return COMMANDS.includes(word);
}
/** The command named after `--help` (`--help plan`), if any: help is asked for, so nothing else is an error. */
function knownCommand(rest) {
    return rest.find(isCommand) ?? null;
}
/** `help`, `help <command>`: an unknown command is a usage error with a suggestion. */
function helpFor(rest) {
    const topic = rest.find((a) => !a.startsWith('-'));
    if (topic === undefined)
        return { kind: 'help', command: null };
    if (isCommand(topic))
        return { kind: 'help', command: topic };
    return args_usage(withSuggestion(`unknown command ${topic}`, nearest(topic, COMMANDS)), null);
}


/***/ }),

/***/ 9550:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _base_error_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9323);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7731);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3745);
/* harmony import */ var _base_text_pieces_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6432);
/* The CLI proper, loaded by index.ts once source maps are on: everything else is runCli(argv, io, commands). */





// A reader that closes early (`| head -c1`) is not an error of ours: stop quietly, with the
// command's own exit code, instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
        if (e.code !== 'EPIPE')
            throw e;
        process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
}
/** Output goes out in 64 KiB slices (see textPieces); the stream keeps them in order. */
function writePieces(stream, text) {
    for (const piece of (0,_base_text_pieces_js__WEBPACK_IMPORTED_MODULE_3__/* .textPieces */ .V)(text, 1 << 16))
        stream.write(piece);
}
/** All of stdin as UTF-8 (`targets --changed-files -`); read only when asked for. */
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
try {
    const argv = process.argv.slice(2);
    // `targets` runs no engine: loading the commands (engines, storage, the languages) would only
    // slow a discovery job down, so they are loaded for the other commands alone.
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseArgs */ .Z)(argv);
    const engineless = parsed.kind === 'run' && parsed.args.command === 'targets';
    const wiring = engineless ? null : await Promise.all(/* import() */[__webpack_require__.e(479), __webpack_require__.e(950)]).then(__webpack_require__.bind(__webpack_require__, 1950));
    const cache = engineless ? null : await __webpack_require__.e(/* import() */ 431).then(__webpack_require__.bind(__webpack_require__, 8431));
    const opened = { cache: null };
    process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .a)(argv, { stdout: (t) => writePieces(process.stdout, t), stderr: (t) => process.stderr.write(t), env: process.env, readStdin }, (args, logger) => {
        if (wiring === null || cache === null)
            throw new Error(`${args.command} needs the engine commands, which were not loaded`);
        // Scoped by the config directory: the next run of the same cluster reads one pack file.
        const dir = args.cacheDir ?? cache.defaultCacheDir(process.env);
        const validationCache = args.noCache ? null : new cache.FsValidationCache(dir, cache.buildIdentity(_main_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x), node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(args.configDir));
        opened.cache = validationCache;
        return wiring.createClusterCommands({ engine: args.engine, omnigraphPath: args.omnigraphBin, env: process.env, logger, validationCache });
    });
    opened.cache?.flush();
}
catch (e) {
    // A bug or an unusable machine: one readable line, never a stack trace.
    process.stderr.write(`omnigraph-cluster: internal error: ${(0,_base_error_text_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .k)(e)}\n`);
    process.exitCode = 1;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION),
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/engine/diagnostics/index.ts + 2 modules
var engine_diagnostics = __webpack_require__(2165);
// EXTERNAL MODULE: ./src/base/json.ts
var json = __webpack_require__(3659);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var cli_args = __webpack_require__(7731);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/cli/config-path.ts


/**
 * `--config` names the config directory or `cluster.yaml` itself. For the file we pass on its
 * directory as the user spelled it (`cluster/cluster.yaml` -> `cluster`, `cluster.yaml` -> `.`),
 * so `config_dir` in the JSON is what the reference prints for `--config cluster`. Any other file
 * is refused: the engine would read the cluster.yaml beside it, not the file the user named.
 */
function configDirOf(argument) {
    let isFile;
    try {
        isFile = (0,external_node_fs_.statSync)(argument).isFile();
    }
    catch {
        // Missing paths go to the engine unchanged: it reports config_dir_not_found like the reference.
        return { ok: true, configDir: argument };
    }
    if (!isFile)
        return { ok: true, configDir: argument };
    if (external_node_path_default().basename(argument) !== 'cluster.yaml') {
        return { ok: false, message: `--config expects a directory or its cluster.yaml, got the file ${argument}` };
    }
    return { ok: true, configDir: external_node_path_default().dirname(argument) };
}

// EXTERNAL MODULE: ./src/engine/config/paths.ts
var paths = __webpack_require__(5541);
;// CONCATENATED MODULE: ./src/cli/root.ts



/**
 * The containment root of a CLI run (docs/contract/config.md#containment): `--root` when given,
 * else the git top-level that holds `dir` (the nearest ancestor with a `.git` entry, a directory
 * or a worktree's file), else null (the engine then keeps the config directory as the boundary).
 * The search walks the path as written first, then its real path, so a config dir reached through
 * a symlink still finds the repository it lives in.
 */
function findGitTop(dir, cwd = process.cwd()) {
    const lexical = external_node_path_default().resolve(cwd, dir);
    const found = walkUp(lexical);
    if (found !== null)
        return found;
    try {
        return walkUp(external_node_fs_.realpathSync.native(lexical));
    }
    catch {
        return null;
    }
}
function walkUp(start) {
    for (let dir = start;; dir = external_node_path_default().dirname(dir)) {
        if (hasGitEntry(dir))
            return dir;
        if (external_node_path_default().dirname(dir) === dir)
            return null;
    }
}
/** A `.git` entry of any kind; a path that cannot be inspected (ENOTDIR, EACCES) has none. */
function hasGitEntry(dir) {
    try {
        return (0,external_node_fs_.lstatSync)(external_node_path_default().join(dir, '.git'), { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return false;
    }
}
/** The root for a command on `configDir`: `--root` (which must hold it), else git's top-level, else null. */
function containmentRoot(explicit, configDir, cwd = process.cwd()) {
    if (explicit === null)
        return { ok: true, root: findGitTop(configDir, cwd) };
    if (!(0,paths/* isInside */.F)(external_node_path_default().resolve(cwd, explicit), external_node_path_default().resolve(cwd, configDir))) {
        return { ok: false, message: `--config ${configDir} is not inside --root ${explicit}` };
    }
    return { ok: true, root: explicit };
}

// EXTERNAL MODULE: ./src/base/error-text.ts
var error_text = __webpack_require__(9323);
// EXTERNAL MODULE: ./src/adapters/source/local-source-files.ts
var local_source_files = __webpack_require__(215);
// EXTERNAL MODULE: ./src/base/hash.ts
var hash = __webpack_require__(2497);
// EXTERNAL MODULE: ./src/engine/config/load-config.ts + 4 modules
var load_config = __webpack_require__(7243);
// EXTERNAL MODULE: ./src/engine/config/source-access.ts
var source_access = __webpack_require__(491);
;// CONCATENATED MODULE: ./src/engine/targets/glob.ts
/**
 * The path patterns `targets` and the action's `config-dir` accept (docs/contract/targets.md#patterns):
 * repository-relative, `/`-separated, with `*` (any run of characters inside one path segment),
 * `?` (one character inside a segment) and `**` (a whole segment: zero or more directories).
 * Everything else matches itself. Pure: matching here, walking the tree in discover.ts.
 */
/**
 * Splits and checks a pattern. Refused: empty patterns, absolute paths, `..` segments and `**`
 * glued to other characters (`a**b` reads like a recursive match but would only match inside one
 * segment). `.` segments and repeated or trailing `/` are dropped, so `./clusters/` is `clusters`.
 */
function compilePattern(pattern) {
    const fail = (reason) => ({ ok: false, pattern, reason });
    if (pattern.trim() === '')
        return fail('the pattern is empty');
    if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern))
        return fail('patterns are relative to the repository root');
    if (pattern.includes('\\'))
        return fail('use / to separate path segments');
    const segments = [];
    for (const part of pattern.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            return fail('`..` would leave the repository root');
        if (part === '**') {
            // `**/**` is the same as `**`.
            if (segments.at(-1)?.kind !== 'globstar')
                segments.push({ kind: 'globstar' });
            continue;
        }
        if (part.includes('**'))
            return fail('`**` must be a whole path segment');
        segments.push(hasWildcard(part) ? { kind: 'wildcard', source: part, regex: segmentRegex(part) } : { kind: 'literal', name: part });
    }
    return { ok: true, pattern, segments };
}
function hasWildcard(text) {
    return text.includes('*') || text.includes('?');
}
/** True when the compiled pattern contains no wildcard: it names one path. */
function isLiteral(segments) {
    return segments.every((s) => s.kind === 'literal');
}
/**
 * Whether `name` (one path segment) matches a wildcard segment. A leading `.` is matched only by
 * a pattern that spells it (`*` skips `.git`, `.github`; `.*` does not), as shells do.
 */
function matchSegment(segment, name) {
    switch (segment.kind) {
        case 'literal':
            return segment.name === name;
        case 'globstar':
            return !name.startsWith('.');
        case 'wildcard':
            if (name.startsWith('.') && !segment.source.startsWith('.'))
                return false;
            return segment.regex.test(name);
    }
}
/** Whether a whole repository-relative path (`a/b/c`) matches the compiled pattern. */
function matchPath(segments, path) {
    const names = path.split('/').filter((p) => p !== '' && p !== '.');
    return matchFrom(segments, 0, names, 0);
}
function matchFrom(segments, si, names, ni) {
    if (si === segments.length)
        return ni === names.length;
    const segment = segments[si];
    if (segment.kind === 'globstar') {
        // Zero directories, or swallow one more (never a dot-directory) and try again.
        if (matchFrom(segments, si + 1, names, ni))
            return true;
        return ni < names.length && matchSegment(segment, names[ni]) && matchFrom(segments, si, names, ni + 1);
    }
    return ni < names.length && matchSegment(segment, names[ni]) && matchFrom(segments, si + 1, names, ni + 1);
}
function segmentRegex(part) {
    let source = '';
    for (const ch of part) {
        if (ch === '*')
            source += '.*';
        else if (ch === '?')
            source += '.';
        else
            source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // `s`: `.` also matches a newline, which a file name may contain.
    return new RegExp(`^${source}$`, 'su');
}

;// CONCATENATED MODULE: ./src/engine/targets/walk.ts
/**
 * The repository tree as discovery sees it, through the `SourceFiles` port: cached listings, glob
 * expansion, and the conversions between repository-relative paths (`/`-separated) and the paths
 * the port reads. `**` and wildcards never descend into dot-directories (`.git`), `node_modules`
 * or symlinked directories (a link loop would never end); a literal segment follows links, and
 * discovery checks afterwards that the cluster directory still resolves inside the root.
 */


const NEVER_DESCEND = new Set(['node_modules']);
class TreeWalker {
    files;
    root;
    listings = new Map();
    absRoot;
    realRootPath;
    constructor(files, root) {
        this.files = files;
        this.root = root;
        this.absRoot = external_node_path_default().normalize(files.absolute(root));
    }
    /** The path the port reads for a repository-relative path (`''` is the root). */
    fsPath(rel) {
        return rel === '' ? this.root : external_node_path_default().join(this.root, ...rel.split('/'));
    }
    /** Entries of a directory, or null when it cannot be listed. Cached: patterns share prefixes. */
    list(rel) {
        let entries = this.listings.get(rel);
        if (entries === undefined) {
            try {
                entries = this.files.listDir(this.fsPath(rel));
            }
            catch {
                entries = null;
            }
            this.listings.set(rel, entries);
        }
        return entries;
    }
    /** Entries of a directory named by a port path (not cached), or null when it cannot be listed. */
    listAt(fsPath) {
        try {
            return this.files.listDir(fsPath);
        }
        catch {
            return null;
        }
    }
    /** True when `rel` is a file (following symlinks), answered from its parent's listing. */
    isFile(rel) {
        const parent = external_node_path_default().posix.dirname(rel);
        const entry = this.list(parent === '.' ? '' : parent)?.find((e) => e.name === external_node_path_default().posix.basename(rel));
        return entry?.isFile ?? false;
    }
    /** Every existing repository-relative path the segments match, in no particular order. */
    expand(segments) {
        const out = new Set();
        this.expandFrom('', segments, 0, out);
        return [...out];
    }
    expandFrom(dir, segments, at, out) {
        if (at === segments.length) {
            out.add(dir);
            return;
        }
        const segment = segments[at];
        const last = at === segments.length - 1;
        const join = (name) => (dir === '' ? name : `${dir}/${name}`);
        if (segment.kind === 'globstar') {
            this.expandFrom(dir, segments, at + 1, out);
            for (const entry of this.list(dir) ?? []) {
                if (descendable(entry) && matchSegment(segment, entry.name))
                    this.expandFrom(join(entry.name), segments, at, out);
            }
            return;
        }
        if (segment.kind === 'literal') {
            const child = join(segment.name);
            const entry = this.list(dir)?.find((e) => e.name === segment.name);
            if (!entry)
                return;
            if (last)
                out.add(child);
            else if (!entry.isFile)
                this.expandFrom(child, segments, at + 1, out);
            return;
        }
        for (const entry of this.list(dir) ?? []) {
            if (!matchSegment(segment, entry.name))
                continue;
            if (last)
                out.add(join(entry.name));
            else if (descendable(entry))
                this.expandFrom(join(entry.name), segments, at + 1, out);
        }
    }
    /** Canonical path of a port path, or null when it does not resolve. */
    realPath(fsPath) {
        try {
            return this.files.realPath(fsPath);
        }
        catch {
            return null;
        }
    }
    realRoot() {
        if (this.realRootPath === undefined)
            this.realRootPath = this.realPath(this.root);
        return this.realRootPath;
    }
    /** `written` (as cluster.yaml spells it, relative to the cluster dir) as a repository-relative path; null outside the root. */
    relativeLexical(configDir, written) {
        if (external_node_path_default().isAbsolute(written))
            return relativeInside(this.absRoot, external_node_path_default().normalize(written));
        const joined = external_node_path_default().posix.normalize(configDir === '.' ? written : `${configDir}/${written}`);
        return joined === '.' || joined === '..' || joined.startsWith('../') ? null : joined.replace(/\/+$/, '');
    }
    /**
     * Where a port path really lives, repository-relative (symlinks resolved); null when missing or
     * outside. `known`: the canonical path already resolved for it (undefined: resolve it here).
     */
    relativeReal(fsPath, known) {
        const real = known === undefined ? this.realPath(fsPath) : known;
        const root = this.realRoot();
        return real === null || root === null ? null : relativeInside(root, real);
    }
}
function relativeInside(root, candidate) {
    const rel = external_node_path_default().relative(root, candidate);
    if (rel === '' || rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel))
        return null;
    return rel.split((external_node_path_default()).sep).join('/');
}
/** Directories a wildcard may walk into: not files, not symlinks, not `node_modules`. */
function descendable(entry) {
    return !entry.isFile && entry.isSymlink !== true && !NEVER_DESCEND.has(entry.name);
}

;// CONCATENATED MODULE: ./src/engine/targets/discover.ts
/**
 * Discovery (docs/contract/targets.md#discovery): which clusters the patterns name, and every file
 * each one reads. A pattern selects a cluster when it matches the cluster's directory or its
 * `cluster.yaml`. The inputs come from cluster.yaml itself (schemas, query files and folders,
 * policy files) without parsing the sources, so a repository of hundreds of clusters is cheap to
 * target; `validate` and `plan` still check every source.
 */









function discoverTargets(patterns, options) {
    const walker = new TreeWalker(options.files, options.root);
    const diagnostics = [];
    const dirs = new Set();
    for (const pattern of patterns) {
        const compiled = compilePattern(joinBase(options.base, pattern));
        if (!compiled.ok) {
            diagnostics.push((0,engine_diagnostics/* error */.z3)('target_pattern_invalid', pattern, `config pattern '${pattern}' is refused: ${compiled.reason}`));
            continue;
        }
        const found = clusterDirsFor(compiled.segments, walker);
        if (found.length === 0) {
            diagnostics.push((0,engine_diagnostics/* error */.z3)('target_pattern_no_match', pattern, `config pattern '${pattern}' selects no directory containing cluster.yaml`));
        }
        for (const dir of found)
            dirs.add(dir);
    }
    const sorted = (0,json/* sortBytewise */.lP)([...dirs]);
    const names = jobNames(sorted);
    const targets = sorted.map((dir) => loadTarget(dir, names.get(dir), walker, options));
    return { targets, diagnostics };
}
/** `base` + pattern as one repository-relative pattern (the CLI's patterns are relative to its cwd). */
function joinBase(base, pattern) {
    if (base === undefined || base === '' || base === '.' || pattern.startsWith('/'))
        return pattern;
    return external_node_path_default().posix.normalize(`${base}/${pattern}`);
}
/** Cluster directories a pattern selects. A literal pattern always names one (a missing one is reported by the load). */
function clusterDirsFor(segments, walker) {
    const dirs = new Set();
    if (isLiteral(segments)) {
        const named = segments.map((s) => (s.kind === 'literal' ? s.name : '')).join('/');
        const isYaml = external_node_path_default().posix.basename(named) === 'cluster.yaml' && walker.isFile(named);
        dirs.add(toConfigDir(isYaml ? external_node_path_default().posix.dirname(named) : named));
        return [...dirs];
    }
    for (const match of walker.expand(segments)) {
        if (external_node_path_default().posix.basename(match) === 'cluster.yaml' && walker.isFile(match))
            dirs.add(toConfigDir(external_node_path_default().posix.dirname(match)));
        else if (walker.isFile(match === '' ? 'cluster.yaml' : `${match}/cluster.yaml`))
            dirs.add(toConfigDir(match));
    }
    return [...dirs];
}
function toConfigDir(rel) {
    return rel === '' ? '.' : rel;
}
/** `omnigraph-clusters-east`; names that would collide (`a/b`, `a-b`) get a short digest of their directory. */
function jobNames(dirs) {
    const plain = (dir) => `omnigraph-${dir === '.' ? 'root' : dir.replace(/\//g, '-').replace(/[^A-Za-z0-9._-]/g, '_')}`;
    const counts = new Map();
    for (const dir of dirs)
        counts.set(plain(dir), (counts.get(plain(dir)) ?? 0) + 1);
    return new Map(dirs.map((dir) => {
        const name = plain(dir);
        return [dir, (counts.get(name) ?? 0) > 1 ? `${name}-${(0,hash/* sha256hex */.Lg)(new TextEncoder().encode(dir)).slice(0, 8)}` : name];
    }));
}
function loadTarget(configDir, jobName, walker, options) {
    const fsDir = walker.fsPath(configDir === '.' ? '' : configDir);
    const yaml = configDir === '.' ? 'cluster.yaml' : `${configDir}/cluster.yaml`;
    const escape = dirEscape(configDir, fsDir, walker, options);
    if (escape)
        return { configDir, label: configDir, jobName, inputs: [yaml], configOk: false, diagnostics: [escape] };
    const loaded = (0,load_config/* loadConfig */.Z)(options.files, fsDir, { root: options.root });
    const diagnostics = [...loaded.diagnostics];
    const inputs = new Set([yaml]);
    if (loaded.config) {
        const sources = new source_access/* ConfigSources */.DQ(options.files, fsDir, options.root);
        const found = configInputs(loaded.config, configDir, sources, walker);
        for (const input of found.inputs)
            inputs.add(input);
        diagnostics.push(...found.diagnostics);
    }
    const name = loaded.config?.metadata?.name;
    const label = typeof name === 'string' && name.trim() !== '' ? name : configDir;
    return { configDir, label, jobName, inputs: (0,json/* sortBytewise */.lP)([...inputs]), configOk: !(0,engine_diagnostics/* hasErrors */.Cs)(diagnostics), diagnostics };
}
/** A cluster directory reached through a symlink that points outside the root is not a target of this repository. */
function dirEscape(configDir, fsDir, walker, options) {
    const real = walker.realPath(fsDir);
    const realRoot = walker.realRoot();
    if (real === null || realRoot === null || (0,paths/* isInside */.F)(realRoot, real))
        return null;
    return (0,engine_diagnostics/* error */.z3)('config_path_outside_dir', 'config-dir', `'${configDir}' resolves outside the repository root '${options.root}'; config paths must stay inside it`);
}
function namedPaths(config) {
    const out = [];
    for (const [id, graph] of Object.entries(config.graphs ?? {})) {
        out.push({ written: graph.schema, configPath: `graphs.${id}.schema`, folderAllowed: false });
        const queries = graph.queries;
        if (typeof queries === 'string' || Array.isArray(queries)) {
            const list = typeof queries === 'string' ? [queries] : queries;
            for (const q of list)
                out.push({ written: q, configPath: `graphs.${id}.queries`, folderAllowed: true });
        }
        else if (queries) {
            for (const [name, entry] of Object.entries(queries))
                out.push({ written: entry.file, configPath: `graphs.${id}.queries.${name}.file`, folderAllowed: false });
        }
    }
    for (const [id, policy] of Object.entries(config.policies ?? {}))
        out.push({ written: policy.file, configPath: `policies.${id}.file`, folderAllowed: false });
    return out;
}
function configInputs(config, configDir, sources, walker) {
    const inputs = [];
    const diagnostics = [];
    for (const named of namedPaths(config)) {
        const shown = sources.display(named.written);
        const escape = sources.escape(shown, named.configPath);
        if (escape) {
            diagnostics.push(escape);
            continue;
        }
        const folder = named.folderAllowed && sources.isDirectory(shown) ? '/' : '';
        const lexical = walker.relativeLexical(configDir, named.written);
        if (lexical !== null)
            inputs.push(lexical + folder);
        const real = walker.relativeReal(shown, sources.resolvedPath(shown));
        if (real !== null && real !== lexical)
            inputs.push(real + folder);
        if (folder)
            linkedQueries(shown, named.configPath, sources, walker, inputs, diagnostics);
    }
    return { inputs, diagnostics };
}
/**
 * A query folder stands for the files under it, but a `.gq` in it that is a symlink reads a file
 * elsewhere (`queries/common.gq -> ../../shared/common.gq`): that file is an input too, under the
 * same containment check plan applies to every file it finds in a folder.
 */
function linkedQueries(folder, configPath, sources, walker, inputs, diagnostics) {
    // Unlistable: plan reports query_dir_unreadable.
    for (const entry of walker.listAt(folder) ?? []) {
        if (entry.isSymlink !== true || !entry.isFile || !entry.name.endsWith('.gq') || entry.name.length <= 3)
            continue;
        const shown = (0,paths/* joinDisplay */.x)(folder, entry.name);
        const escape = sources.escape(shown, configPath);
        if (escape) {
            diagnostics.push(escape);
            continue;
        }
        const real = walker.relativeReal(shown, sources.resolvedPath(shown));
        if (real !== null)
            inputs.push(real);
    }
}

;// CONCATENATED MODULE: ./src/engine/targets/affected.ts
/** Changed files as GitHub lists them: repository-relative, `/`-separated. */
function normalizeChangedPath(file) {
    return file.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '').replace(/\/{2,}/g, '/');
}
/** The changed files that affect `target` (empty: it is not affected). */
function changedInputs(target, changedFiles) {
    const exact = new Set(target.inputs.filter((i) => !i.endsWith('/')));
    const folders = target.inputs.filter((i) => i.endsWith('/'));
    if (!target.configOk)
        folders.push(target.configDir === '.' ? '' : `${target.configDir}/`);
    return changedFiles.map(normalizeChangedPath).filter((file) => exact.has(file) || folders.some((f) => file.startsWith(f)));
}
/**
 * The targets a change set affects, in their order. `null` means the change set is unknown (the
 * pull request lists more files than GitHub returns): every target is affected.
 */
function affectedTargets(targets, changedFiles) {
    if (changedFiles === null)
        return [...targets];
    return targets.filter((t) => changedInputs(t, changedFiles).length > 0);
}

;// CONCATENATED MODULE: ./src/engine/targets/output.ts
/**
 * The `targets` output object (docs/contract/targets.md#json-output): every discovered cluster with
 * whether the change set affects it, and the affected ones again as a GitHub Actions matrix
 * (`strategy.matrix: ${{ fromJSON(...).matrix }}`), whose keys are the action's input names.
 */


/** `changedFiles` null: every cluster is affected (no list given, or GitHub could not list them all). */
function targetsOutput(discovery, changedFiles) {
    const targets = discovery.targets.map((t) => {
        const changed = changedFiles === null ? null : changedInputs(t, changedFiles);
        return {
            config_dir: t.configDir,
            label: t.label,
            job_name: t.jobName,
            affected: changed === null || changed.length > 0,
            config_ok: t.configOk,
            inputs: t.inputs,
            changed_inputs: changed,
            diagnostics: t.diagnostics,
        };
    });
    const affected = targets.filter((t) => t.affected);
    const diagnostics = discovery.diagnostics;
    return {
        ok: !(0,engine_diagnostics/* hasErrors */.Cs)(diagnostics),
        changed_files: changedFiles === null ? null : changedFiles.length,
        counts: { clusters: targets.length, affected: affected.length, config_errors: targets.filter((t) => !t.config_ok).length },
        targets,
        matrix: { include: affected.map((t) => ({ 'config-dir': t.config_dir, label: t.label, 'job-name': t.job_name })) },
        diagnostics,
    };
}
/** The JSON form: diagnostics as their four public keys (docs/contract/conventions.md#diagnostic-object), here and in each target. */
function targetsJson(output) {
    return {
        ...output,
        targets: output.targets.map((t) => ({ ...t, diagnostics: t.diagnostics.map(engine_diagnostics/* diagnosticJson */.gZ) })),
        diagnostics: output.diagnostics.map(engine_diagnostics/* diagnosticJson */.gZ),
    };
}

;// CONCATENATED MODULE: ./src/engine/targets/index.ts
/**
 * Many clusters in one repository (docs/contract/targets.md): discover them from path patterns,
 * list every file each one reads, and pick the ones a change set affects.
 */





// EXTERNAL MODULE: ./src/render/text/diagnostics.ts
var diagnostics = __webpack_require__(6738);
;// CONCATENATED MODULE: ./src/render/targets.ts

/**
 * `targets` as terminal text (docs/contract/targets.md#text-output): one block per cluster the change
 * set affects (every cluster without one), a count line, then the pattern diagnostics. Names come
 * from the repository, so control characters are shown escaped, never sent to the terminal.
 */
function renderTargetsText(output) {
    const shown = output.targets.filter((t) => t.affected);
    const width = Math.max(0, ...shown.map((t) => printable(t.config_dir).length));
    const lines = [];
    for (const t of shown)
        lines.push(...targetLines(t, width));
    lines.push(countLine(output));
    const skipped = output.targets.filter((t) => !t.affected);
    if (skipped.length > 0)
        lines.push(`not affected: ${skipped.map((t) => printable(t.config_dir)).join(', ')}`);
    lines.push(...(0,diagnostics/* diagnosticLines */.N)(output.diagnostics).map(printable));
    return `${lines.join('\n')}\n`;
}
function targetLines(t, width) {
    const dir = printable(t.config_dir);
    const label = t.label === t.config_dir ? '' : `  "${printable(t.label)}"`;
    const lines = [`${dir.padEnd(width)}  ${printable(t.job_name)}${label}`];
    if (t.changed_inputs !== null)
        lines.push(`    changed: ${t.changed_inputs.map(printable).join(', ')}`);
    else
        lines.push(`    reads: ${t.inputs.map(printable).join(', ')}`);
    for (const line of (0,diagnostics/* diagnosticLines */.N)(t.diagnostics))
        lines.push(`    ${printable(line)}`);
    return lines;
}
function countLine(output) {
    const { clusters, affected, config_errors: broken } = output.counts;
    const noun = `cluster${clusters === 1 ? '' : 's'}`;
    const errors = broken > 0 ? ` (${broken} with config errors)` : '';
    if (output.changed_files === null)
        return `${clusters} ${noun}${errors}.`;
    const files = `${output.changed_files} changed file${output.changed_files === 1 ? '' : 's'}`;
    return `${affected} of ${clusters} ${noun} affected by ${files}${errors}.`;
}
/** C0/C1 controls and DEL as `\u{\u2026}`: a file name must not move the cursor or recolour the terminal. */
function printable(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}

;// CONCATENATED MODULE: ./src/cli/targets.ts









/** Every cluster in the repository when no `--config` is given. */
const DEFAULT_TARGET_PATTERN = '**/cluster.yaml';
/**
 * `omnigraph-cluster targets` (docs/contract/targets.md#command). Patterns are relative to the
 * working directory; the output's paths are relative to the root (`--root`, else the git
 * top-level holding the working directory, else the working directory itself).
 */
async function runTargets(args, io) {
    const cwd = io.cwd ?? process.cwd();
    const root = external_node_path_default().resolve(cwd, args.root ?? findGitTop('.', cwd) ?? '.');
    if (!(0,paths/* isInside */.F)(root, cwd))
        return { ok: false, usage: `the working directory is not inside --root ${args.root ?? root}` };
    let changed = null;
    if (args.changedFiles !== null) {
        const read = await readChangedFiles(args.changedFiles, cwd, io);
        if (!read.ok)
            return { ok: false, usage: read.message };
        changed = read.files;
    }
    const base = external_node_path_default().relative(root, cwd).split((external_node_path_default()).sep).join('/');
    const patterns = args.configPatterns.length > 0 ? args.configPatterns : [DEFAULT_TARGET_PATTERN];
    // The root as seen from the working directory (`.`, `../..`): diagnostics then show short paths.
    const discovery = discoverTargets(patterns, { files: new local_source_files/* LocalSourceFiles */.m(cwd), root: external_node_path_default().relative(cwd, root) || '.', base });
    const output = targetsOutput(discovery, changed);
    io.stdout(args.format === 'json' ? `${(0,json/* toPrettyJson */.gM)(targetsJson(output))}\n` : renderTargetsText(output));
    return { ok: true, code: output.ok ? 0 : 1 };
}
/**
 * One repository-relative path per line (`git diff --name-only`), or NUL-separated (`-z`). Blank
 * lines are skipped; a trailing CR is dropped, other whitespace is part of the name.
 */
function parseChangedFiles(text) {
    const parts = text.includes('\0') ? text.split('\0') : text.split('\n').map((l) => l.replace(/\r$/, ''));
    return parts.filter((p) => p.trim() !== '');
}
async function readChangedFiles(source, cwd, io) {
    try {
        const text = source === '-' ? await io.readStdin() : (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, source), 'utf8');
        return { ok: true, files: parseChangedFiles(text) };
    }
    catch (e) {
        return { ok: false, message: `--changed-files ${source}: ${(0,error_text/* errorText */.k)(e)}` };
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/adapters/source/regular-file.ts
var regular_file = __webpack_require__(7607);
;// CONCATENATED MODULE: ./src/cli/operator.ts





const operatorConfig = schemas/* looseObject */._H3({ operator: schemas/* looseObject */._H3({ actor: schemas/* string */.YjP().optional() }).nullable().optional() });
/**
 * `operator.actor` from `$OMNIGRAPH_HOME/config.yaml` (default `~/.omnigraph/config.yaml`): the
 * actor fallback for apply and approve. A missing or unreadable file means "no actor".
 */
function operatorActor(env) {
    const home = env.OMNIGRAPH_HOME && env.OMNIGRAPH_HOME !== '' ? env.OMNIGRAPH_HOME : external_node_path_default().join((0,external_node_os_.homedir)(), '.omnigraph');
    let text;
    try {
        // A FIFO or device in its place is "no actor", not a read that never returns.
        const read = (0,regular_file/* readRegularFile */.X)(external_node_path_default().join(home, 'config.yaml'), { followLinks: true });
        if (read.kind !== 'ok')
            return null;
        text = read.bytes.toString('utf8');
    }
    catch {
        return null;
    }
    try {
        const parsed = operatorConfig.safeParse((0,dist/* parse */.qg)(text));
        const actor = parsed.success ? parsed.data.operator?.actor : undefined;
        return actor && actor.trim() !== '' ? actor : null;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/main.ts








const VERSION = '0.1.0';
/** Runs one CLI invocation and returns the exit code (0 ok, 1 not ok, 2 usage). */
async function runCli(argv, io, makeCommands) {
    const parsed = (0,cli_args/* parseArgs */.Z)(argv);
    switch (parsed.kind) {
        case 'help':
            io.stdout(parsed.command === null ? cli_args/* USAGE */.u : (0,usage/* commandUsage */.T3)(parsed.command));
            return 0;
        case 'version':
            io.stdout(`${usage/* TOOL */.js} ${VERSION}\n`);
            return 0;
        case 'usage-error':
            return usageError(io, parsed.message, parsed.command);
        case 'run':
            break;
    }
    if (parsed.args.command === 'targets') {
        const run = await runTargets(parsed.args, { stdout: io.stdout, readStdin: io.readStdin ?? (() => Promise.resolve('')), cwd: io.cwd });
        return run.ok ? run.code : usageError(io, run.usage, 'targets');
    }
    const config = configDirOf(parsed.args.configDir);
    if (!config.ok)
        return usageError(io, config.message, parsed.args.command);
    const root = containmentRoot(parsed.args.root, config.configDir);
    if (!root.ok)
        return usageError(io, root.message, parsed.args.command);
    const args = { ...parsed.args, configDir: config.configDir, root: root.root };
    const actor = args.actor ?? (args.command === 'apply' || args.command === 'approve' ? operatorActor(io.env) : null);
    if (args.command === 'approve' && actor === null) {
        io.stderr('error: approve needs an approver: pass --as ACTOR, or set operator.actor in $OMNIGRAPH_HOME/config.yaml (default ~/.omnigraph/config.yaml)\n');
        return 2;
    }
    const commands = makeCommands(args, args.verbose ? stderrLogger(io) : undefined);
    if (args.serving) {
        const verdict = await commands.serving({ configDir: args.configDir, root: args.root });
        io.stdout(await renderServingFor(args, verdict));
        return verdict.ok ? 0 : 1;
    }
    const output = await dispatch(commands, args, actor);
    io.stdout(await render(args, output));
    return output.ok ? 0 : 1;
}
/** One line and where to read more: the whole usage would bury the error. */
function usageError(io, message, command) {
    const help = command === null ? `${usage/* TOOL */.js} --help` : `${usage/* TOOL */.js} help ${command}`;
    io.stderr(`error: ${message}\nhint: run '${help}'\n`);
    return 2;
}
/** `--verbose`: progress lines on stderr, so `--json` stdout stays byte-exact. */
function stderrLogger(io) {
    return {
        debug: (message) => io.stderr(`debug: ${message}\n`),
        info: (message) => io.stderr(`${message}\n`),
        warn: (message) => io.stderr(`warning: ${message}\n`),
    };
}
function dispatch(commands, args, actor) {
    const at = { configDir: args.configDir, root: args.root };
    const gate = args.gateDestructive ? { gateDestructive: true } : {};
    switch (args.command) {
        case 'validate':
            return commands.validate(at);
        case 'plan':
            return commands.plan({ ...at, ...gate });
        case 'apply':
            return commands.apply({ ...at, actor, ...gate });
        case 'status':
            return commands.status(at);
        case 'refresh':
            return commands.refresh(at);
        case 'import':
            return commands.importState(at);
        case 'force-unlock':
            return commands.forceUnlock({ ...at, lockId: args.target });
        case 'approve':
            return commands.approve({ ...at, actor, resource: args.target, ...gate });
        case 'targets':
            throw new Error('targets is run before the engine commands are built');
    }
}
async function renderServingFor(args, output) {
    if (args.format === 'json')
        return `${(0,json/* toPrettyJson */.gM)({ ...output, diagnostics: output.diagnostics.map(engine_diagnostics/* diagnosticJson */.gZ) })}\n`;
    const { renderServingMarkdown, renderServingText } = await __webpack_require__.e(/* import() */ 324).then(__webpack_require__.bind(__webpack_require__, 4324));
    return args.format === 'markdown' ? renderServingMarkdown(output) : renderServingText(output);
}
async function render(args, output) {
    const kind = args.command;
    if (args.format === 'json')
        return `${(0,json/* toPrettyJson */.gM)({ ...output, diagnostics: output.diagnostics.map(engine_diagnostics/* diagnosticJson */.gZ) })}\n`;
    // The renderers are loaded only for the human formats: a --json run never evaluates them.
    const { renderComment, renderSummary, renderText } = await Promise.all(/* import() */[__webpack_require__.e(479), __webpack_require__.e(672)]).then(__webpack_require__.bind(__webpack_require__, 3672));
    switch (args.format) {
        case 'markdown': {
            // Paths in diagnostics read relative to where the command runs, as the action shows them relative to the checkout.
            const ctx = { configDir: args.configDir, label: '', sourceRoot: process.cwd() };
            const body = args.command === 'plan' || args.command === 'apply' ? renderComment(kind, output, ctx) : renderSummary(kind, output, ctx);
            return body.endsWith('\n') ? body : `${body}\n`;
        }
        case 'text': {
            const text = renderText(kind, output, { hintsFor: args.configDir });
            return text.endsWith('\n') ? text : `${text}\n`;
        }
    }
}


/***/ }),

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ commandUsage),
/* harmony export */   js: () => (/* binding */ TOOL),
/* harmony export */   u_: () => (/* binding */ USAGE)
/* harmony export */ });
const TOOL = 'omnigraph-cluster';
const USAGE = `Usage: ${TOOL} [--as ACTOR] <command> [args] [options]

Commands:
  validate                 check cluster.yaml and every file it names
  plan                     show what apply would change (takes the lock for a consistent read)
  apply                    apply the config: publish payloads, create/migrate/delete graphs, write state
  status                   show the state ledger and the lock (read-only, no lock)
  status --serving         would a server boot from the applied ledger, and which graphs it drops
  refresh                  observe live graphs and payloads and record them in state
  import                   create the first state ledger from the live graphs
  force-unlock <LOCK_ID>   remove a stale state lock (exact id from \`status\`)
  approve <RESOURCE>       approve a gated change, e.g. a graph delete (needs --as or operator.actor)
  targets                  list the clusters that patterns select and a change set affects,
                           as text or as a GitHub Actions matrix (--json)
  help <command>           show a command's own usage and examples

Options:
  --config PATH            config directory containing cluster.yaml, or cluster.yaml itself (default: .);
                           for targets a pattern (*, ?, **), repeatable (default: **/cluster.yaml)
  --root DIR               how far paths in cluster.yaml may reach (default: the git top-level
                           holding the config directory, else the config directory itself)
  --changed-files FILE|-   targets: the changed files, one per line (- reads stdin)
  --json                   print the JSON output (same as --format json)
  --format text|json|markdown
                           markdown prints the PR comment (plan, apply) or summary (status, refresh, import)
  --as ACTOR               actor recorded by apply and approve (fallback: operator.actor in
                           $OMNIGRAPH_HOME/config.yaml or ~/.omnigraph/config.yaml)
  --engine embedded|omnigraph
                           embedded (default): our own engine; omnigraph: run every command as
                           \`omnigraph cluster <command> --json\` (needs omnigraph 0.7.0 or newer)
  --omnigraph-bin PATH     the omnigraph binary for --engine omnigraph (default: $OMNIGRAPH_BIN or PATH)
  --gate-destructive       plan, apply, approve: schema drops and query deletes also need an approval
  -v, --verbose            log each step (lock, sweep, graph operations, state write) on stderr
  --cache-dir DIR          where parse and type-check results are cached by content digest
                           (default: $OMNIGRAPH_CLUSTER_CACHE_DIR, else $XDG_CACHE_HOME/omnigraph-cluster,
                           else ~/.cache/omnigraph-cluster)
  --no-cache               check every source again; read and write no validation cache
  -h, --help               show this help
  -V, --version            show the version

Environment:
  OMNIGRAPH_CLUSTER_CODE_CACHE
                           where the CLI keeps V8's compiled code between runs, so it starts faster
                           (default: $XDG_CACHE_HOME/omnigraph-cluster-code, else
                           ~/.cache/omnigraph-cluster-code; off turns it off; never changes output)

Exit codes: 0 ok (warnings included), 1 the command reported errors (output printed first), 2 usage error.
`;
const COMMON_FORMATS = '--json | --format text|json';
const MARKDOWN_FORMATS = '--json | --format text|json|markdown';
const COMMAND_HELP = {
    validate: {
        synopsis: 'validate',
        extra: '[--no-cache | --cache-dir DIR]',
        summary: 'Checks cluster.yaml and every schema, query and policy file it names. Reads no state.',
        formats: COMMON_FORMATS,
        examples: [`${TOOL} validate --config cluster`, `${TOOL} validate --config cluster/cluster.yaml --json`],
    },
    plan: {
        synopsis: 'plan',
        extra: '[--gate-destructive] [--no-cache | --cache-dir DIR]',
        summary: 'Shows what apply would change, with approval gates and migration steps. Changes nothing.',
        formats: MARKDOWN_FORMATS,
        examples: [`${TOOL} plan --config cluster`, `${TOOL} plan --config cluster --format markdown > comment.md`],
    },
    apply: {
        synopsis: '[--as ACTOR] apply',
        extra: '[--gate-destructive] [--no-cache | --cache-dir DIR]',
        summary: 'Applies the config and writes the state ledger. Needs state: run import once first.',
        formats: MARKDOWN_FORMATS,
        examples: [`${TOOL} import --config cluster   # once, to create the state ledger`, `${TOOL} --as alice apply --config cluster`],
    },
    status: {
        synopsis: 'status [--serving]',
        summary: 'Shows the state ledger and the lock. Read-only; takes no lock. --serving: would a server boot from the applied ledger, and which graphs it drops.',
        formats: MARKDOWN_FORMATS,
        examples: [`${TOOL} status --config cluster`, `${TOOL} status --serving --config cluster --json`],
    },
    refresh: {
        synopsis: 'refresh',
        summary: 'Observes the live graphs and payloads and records them in the existing state ledger.',
        formats: MARKDOWN_FORMATS,
        examples: [`${TOOL} refresh --config cluster`],
    },
    import: {
        synopsis: 'import',
        summary: 'Creates the first state ledger from the live graphs. Refuses when state already exists.',
        formats: MARKDOWN_FORMATS,
        examples: [`${TOOL} import --config cluster`],
    },
    'force-unlock': {
        synopsis: 'force-unlock <LOCK_ID>',
        summary: 'Removes a stale state lock. LOCK_ID must be the exact id shown by status.',
        formats: COMMON_FORMATS,
        examples: [`${TOOL} status --config cluster            # shows the lock id`, `${TOOL} force-unlock 01JABCDEF0123456789ABCDEFG --config cluster`],
    },
    approve: {
        synopsis: '[--as ACTOR] approve <RESOURCE>',
        extra: '[--gate-destructive]',
        summary: 'Approves a pending graph delete (with --gate-destructive also a held schema drop or query delete). The approver is --as, or operator.actor in $OMNIGRAPH_HOME/config.yaml.',
        formats: COMMON_FORMATS,
        examples: [`${TOOL} --as alice approve graph.knowledge --config cluster`],
    },
    targets: {
        synopsis: 'targets',
        options: "[--config PATTERN]... [--changed-files FILE|-] [--root DIR] [--json | --format text|json]",
        summary: 'Lists the clusters the patterns select (a directory holding cluster.yaml, or the cluster.yaml itself) and every file each one reads. With --changed-files, only the clusters a changed file affects: its cluster.yaml, a schema, query or policy file it names (shared ones too), or a file in a query folder it reads. --json adds a GitHub Actions matrix. Reads no state.',
        formats: COMMON_FORMATS,
        examples: [
            `${TOOL} targets --config 'clusters/*'`,
            `git diff --name-only origin/main... | ${TOOL} targets --config 'clusters/*' --changed-files - --json`,
        ],
    },
};
/** One command's usage: synopsis, what it does, its options and examples. */
function commandUsage(command) {
    const help = COMMAND_HELP[command];
    return [
        `Usage: ${TOOL} ${help.synopsis} ${help.options ?? `[--config PATH] [--root DIR] [${help.formats}] [--engine embedded|omnigraph] [--verbose]${help.extra === undefined ? '' : ` ${help.extra}`}`}`,
        '',
        help.summary,
        '',
        'Examples:',
        ...help.examples.map((e) => `  ${e}`),
        '',
        `Run '${TOOL} --help' for the options shared by every command.`,
        '',
    ].join('\n');
}


/***/ }),

/***/ 482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Mx: () => (/* binding */ isCheckVerdict),
/* harmony export */   Pp: () => (/* binding */ isLangError),
/* harmony export */   hX: () => (/* binding */ langErrorJson),
/* harmony export */   pd: () => (/* binding */ CheckCache)
/* harmony export */ });
/* harmony import */ var _base_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2497);
/* harmony import */ var _ports_validation_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7961);


/** Bumped whenever the shape or meaning of a stored verdict changes. */
const FORMAT = 'omnigraph-cluster-check/1';
/**
 * Typed access to the validation cache: a verdict is stored as `{"key": \u2026, "value": \u2026}` under
 * the digest of its inputs, and read back only when the stored key is the one asked for and the
 * value has the expected shape. Anything else is a miss, and the check simply runs again.
 */
class CheckCache {
    port;
    /**
     * False for the no-op cache (`--no-cache`): its lookups always miss and its stores are dropped,
     * so the key digests (one sha256 per check, about 18,000 on a 10k-resource plan) are skipped.
     */
    enabled;
    constructor(port = _ports_validation_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .noValidationCache */ .j) {
        this.port = port;
        this.enabled = port !== _ports_validation_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .noValidationCache */ .j;
    }
    lookup(parts, valid) {
        if (!this.enabled)
            return undefined;
        const key = this.keyOf(parts);
        const text = this.port.get(key);
        if (text === null)
            return undefined;
        let entry;
        try {
            entry = JSON.parse(text);
        }
        catch {
            return undefined;
        }
        if (!isObject(entry) || entry.key !== key || !valid(entry.value))
            return undefined;
        return entry.value;
    }
    store(parts, value) {
        if (!this.enabled)
            return;
        const key = this.keyOf(parts);
        this.port.put(key, JSON.stringify({ key, value }));
    }
    keyOf(parts) {
        return (0,_base_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256hex */ .Lg)([FORMAT, this.port.toolVersion, ...parts].join('\0'));
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const STAGES = new Set(['parse', 'catalog', 'type', 'policy']);
const optionalPositive = (v) => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v > 0);
function isLangError(value) {
    return (isObject(value) &&
        typeof value.stage === 'string' &&
        STAGES.has(value.stage) &&
        typeof value.message === 'string' &&
        optionalPositive(value.line) &&
        optionalPositive(value.column));
}
function isCheckVerdict(value) {
    return isObject(value) && (value.error === null || isLangError(value.error));
}
/** A LangError as JSON keeps (no undefined fields). */
function langErrorJson(e) {
    return { stage: e.stage, message: e.message, ...(e.line !== undefined ? { line: e.line } : {}), ...(e.column !== undefined ? { column: e.column } : {}) };
}


/***/ }),

/***/ 7243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: isRecord

// EXTERNAL MODULE: ./src/base/error-text.ts
var error_text = __webpack_require__(9323);
// EXTERNAL MODULE: ./src/engine/diagnostics/index.ts + 2 modules
var engine_diagnostics = __webpack_require__(2165);
;// CONCATENATED MODULE: ./src/engine/config/duplicate-keys.ts

function stripComment(line) {
    // Most lines hold no `#` at all: nothing to scan for.
    if (!line.includes('#'))
        return line;
    let quote = null;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote === '"' && ch === '\\') {
            i++;
            continue;
        }
        if (quote) {
            if (ch === quote)
                quote = null;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
        }
        else if (ch === '#') {
            return line.slice(0, i);
        }
    }
    return line;
}
function findDuplicateKeys(text) {
    const diagnostics = [];
    const stack = [{ indent: -1, path: '', keys: new Set() }];
    const popTo = (indent) => {
        while (stack.length > 1 && indent <= stack[stack.length - 1].indent)
            stack.pop();
        return stack[stack.length - 1];
    };
    const lines = text.split('\n');
    lines.forEach((raw, index) => {
        const line = stripComment(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
        if (line.trim() === '')
            return;
        // Only leading spaces count as indentation (tabs are not YAML indentation).
        let indent = 0;
        while (line.charCodeAt(indent) === 0x20)
            indent++;
        let rest = line.trim();
        if (rest === '-' || rest.startsWith('- ')) {
            const parent = popTo(indent);
            stack.push({ indent, path: parent.path === '' ? '[]' : `${parent.path}[]`, keys: new Set() });
            if (rest === '-')
                return;
            const afterDash = rest.slice(2);
            indent += 2 + (afterDash.length - afterDash.trimStart().length);
            rest = afterDash.trim();
            // The item's first key belongs to the item frame without popping it.
            scanKey(rest, indent, index + 1, stack[stack.length - 1]);
            return;
        }
        scanKey(rest, indent, index + 1, null);
    });
    return diagnostics;
    function scanKey(rest, indent, lineNo, itemFrame) {
        const colon = rest.indexOf(':');
        if (colon < 0)
            return;
        const key = rest.slice(0, colon).trim();
        if (key === '' || key.startsWith('{') || key.startsWith('['))
            return;
        const parent = itemFrame ?? popTo(indent);
        // Built only when used: most keys are leaves that are not repeated.
        const pathOf = () => (parent.path === '' ? key : `${parent.path}.${key}`);
        if (parent.keys.has(key)) {
            const location = { file: 'cluster.yaml', line: lineNo, column: indent + 1 };
            diagnostics.push((0,engine_diagnostics/* error */.z3)('duplicate_yaml_key', pathOf(), `duplicate YAML key \`${key}\` on line ${lineNo}`, location));
        }
        else {
            parent.keys.add(key);
        }
        if (rest.slice(colon + 1).trim() === '')
            stack.push({ indent, path: pathOf(), keys: new Set() });
    }
}

// EXTERNAL MODULE: ./src/engine/config/paths.ts
var paths = __webpack_require__(5541);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/engine/model/data-map.ts
var data_map = __webpack_require__(3545);
;// CONCATENATED MODULE: ./src/engine/config/schema.ts


/**
 * Closed schemas for `cluster.yaml` (docs/contract/config.md#keys, HEAD keys). Unknown keys are errors;
 * defaults are applied by `materialize` in config-json.ts, not here, so the digest can tell
 * "absent" from "written".
 */
const str = schemas/* string */.YjP();
const embeddingProfileSchema = schemas/* strictObject */.rej({
    kind: str.optional(),
    provider: str.optional(),
    base_url: str.optional(),
    model: str.optional(),
    api_key: str.optional(),
})
    // `provider` is a serde alias of `kind` in the reference (types.rs): writing both is serde's duplicate field.
    .refine((p) => p.kind === undefined || p.provider === undefined, { message: 'duplicate field `kind`' })
    .nullable();
const queryEntrySchema = schemas/* strictObject */.rej({ file: str });
const queriesSchema = schemas/* union */.KCZ([str, schemas/* array */.YOg(str), (0,data_map/* dataMap */.d)(queryEntrySchema)]);
const externalBlobBaseSchema = schemas/* strictObject */.rej({
    base: str,
    scope: schemas/* enum */.k5n(['server_safe', 'embedded_only']),
});
const graphSchema = schemas/* strictObject */.rej({
    schema: str,
    queries: queriesSchema.nullable().optional(),
    embedding_provider: str.nullable().optional(),
    external_blobs: schemas/* strictObject */.rej({ allow: schemas/* array */.YOg(externalBlobBaseSchema).nullable().optional() }).nullable().optional(),
});
/**
 * The commonest graph entry, `{ schema: <path>, queries: <path or list of paths> }` (either key
 * order, `queries` optional), as `graphSchema` would output it: a fresh object in the schema's key
 * order, a list copied. Anything else is left to zod. About half of reading a 10k-resource
 * `cluster.yaml` was zod parsing its 500 graph and 500 policy entries one by one.
 */
function plainGraphEntry(raw) {
    if (!(0,data_map/* ownKeysAmong */.p)(raw, 'schema', 'queries') || typeof raw.schema !== 'string')
        return undefined;
    if (!Object.hasOwn(raw, 'queries'))
        return { schema: raw.schema };
    if (typeof raw.queries === 'string')
        return { schema: raw.schema, queries: raw.queries };
    const queries = stringListCopy(raw.queries);
    return queries === undefined ? undefined : { schema: raw.schema, queries };
}
/** `{ file: <path>, applies_to: [<target>, \u2026] }`, as `policySchema` would output it (see plainGraphEntry). */
function plainPolicyEntry(raw) {
    if (!(0,data_map/* ownKeysAmong */.p)(raw, 'file', 'applies_to') || typeof raw.file !== 'string')
        return undefined;
    const appliesTo = stringListCopy(raw.applies_to);
    return appliesTo === undefined ? undefined : { file: raw.file, applies_to: appliesTo };
}
/** A copy of `value` when it is a list of strings, else undefined. Indexed, so a hole reads as undefined and is refused, as zod's array refuses it. */
function stringListCopy(value) {
    if (!Array.isArray(value))
        return undefined;
    const list = [];
    for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (typeof item !== 'string')
            return undefined;
        list.push(item);
    }
    return list;
}
const policySchema = schemas/* strictObject */.rej({
    file: str,
    applies_to: schemas/* array */.YOg(str),
});
const clusterConfigSchema = schemas/* strictObject */.rej({
    version: schemas/* number */.aig().int().nonnegative().max(4294967295),
    metadata: schemas/* strictObject */.rej({ name: str.nullable().optional() }).nullable().optional(),
    storage: str.nullable().optional(),
    state: schemas/* strictObject */.rej({ backend: str.nullable().optional(), lock: schemas/* boolean */.zMY().nullable().optional() }).nullable().optional(),
    providers: schemas/* strictObject */.rej({ embedding: (0,data_map/* dataMap */.d)(embeddingProfileSchema).nullable().optional() })
        .nullable()
        .optional(),
    graphs: (0,data_map/* dataMap */.d)(graphSchema, plainGraphEntry).nullable().optional(),
    policies: (0,data_map/* dataMap */.d)(policySchema, plainPolicyEntry).nullable().optional(),
});
/** Top-level keys reserved for later phases (HEAD list): an error, checked before typed parsing. */
const RESERVED_TOP_LEVEL_KEYS = ['apply', 'env_file', 'pipelines', 'embeddings', 'ui', 'aliases', 'bindings'];

// EXTERNAL MODULE: ./src/base/strict-yaml.ts + 1 modules
var strict_yaml = __webpack_require__(1895);
;// CONCATENATED MODULE: ./src/engine/config/yaml-text.ts
/** Splits a diagnostic path such as `graphs.knowledge.queries.find_person` for `locate`. */
function configPathSegments(path) {
    const out = [];
    for (const part of path.split('.')) {
        const m = /^(.*?)\[(\d+)\]$/.exec(part);
        if (m) {
            if (m[1])
                out.push(m[1]);
            out.push(Number(m[2]));
        }
        else {
            out.push(part);
        }
    }
    return out;
}
/** Where the key a diagnostic path names sits in `cluster.yaml`. */
function locationIn(yaml, file, path) {
    const pos = yaml?.locate(configPathSegments(path), 'key');
    return pos ? { file, line: pos.line, column: pos.column } : undefined;
}

// EXTERNAL MODULE: ./src/engine/config/zod-issues.ts
var zod_issues = __webpack_require__(585);
// EXTERNAL MODULE: ./src/engine/model/names.ts
var names = __webpack_require__(4148);
// EXTERNAL MODULE: ./src/engine/ports/storage.ts
var storage = __webpack_require__(2504);
;// CONCATENATED MODULE: ./src/engine/config/storage-root.ts



function resolveStorageRoot(storage, configDir, files) {
    if (storage === null)
        return { ok: true, root: { kind: 'local', path: files.absolute(configDir) } };
    if (storage.trim() === '') {
        return invalid('storage must be a non-empty URI (e.g. s3://bucket/prefix) when provided');
    }
    const trimmed = storage.replace(/\/+$/, '');
    if (storage.startsWith('s3://'))
        return s3Root(trimmed.slice('s3://'.length));
    // Anything else that looks like a URI (gs://, S3://, http://, s3:/x) would otherwise become an
    // odd local directory under the working directory.
    if (URI_SCHEME.test(storage) && !storage.startsWith('file://')) {
        return invalid(`storage '${(0,names/* printable */.g$)(storage)}' is not a supported location; ${ACCEPTED}`);
    }
    if (storage.startsWith('file://')) {
        const path = trimmed.slice('file://'.length);
        if (!path.startsWith('/')) {
            return {
                ok: false,
                diagnostic: (0,engine_diagnostics/* error */.z3)('storage_root_invalid', 'storage', `could not initialize storage for '${storage}': file:// URIs must be absolute`),
            };
        }
        return { ok: true, root: { kind: 'local', path: path === '' ? '/' : path } };
    }
    return { ok: true, root: { kind: 'local', path: files.absolute(trimmed === '' ? '/' : trimmed) } };
}
const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const ACCEPTED = 'accepted forms: s3://bucket/prefix, file:///absolute/path, or a local path';
/** S3 bucket naming rules: 3-63 of [a-z0-9.-], letter or digit at both ends, no `..`, not an IP. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
function s3Root(rest) {
    const slash = rest.indexOf('/');
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    const prefix = slash < 0 ? '' : rest.slice(slash + 1);
    if (bucket === '')
        return invalid('storage s3:// URI must name a bucket');
    if (!BUCKET.test(bucket) || bucket.includes('..') || /^\d+\.\d+\.\d+\.\d+$/.test(bucket)) {
        return invalid(`storage bucket '${(0,names/* printable */.g$)(bucket)}' is not a valid S3 bucket name (3-63 lowercase letters, digits, '.', '-'); ${ACCEPTED}`);
    }
    const problem = prefix === '' ? null : (0,storage/* storageKeyProblem */.oT)(prefix);
    if (problem !== null)
        return invalid(`storage prefix '${(0,names/* printable */.g$)(prefix)}' cannot be used: ${problem.replace('the key', 'it')}; ${ACCEPTED}`);
    return { ok: true, root: { kind: 's3', uri: prefix ? `s3://${bucket}/${prefix}` : `s3://${bucket}`, bucket, prefix } };
}
function invalid(message) {
    return { ok: false, diagnostic: (0,engine_diagnostics/* error */.z3)('invalid_storage_root', 'storage', message) };
}

// EXTERNAL MODULE: ./src/base/yaml-float.ts
var yaml_float = __webpack_require__(7821);
;// CONCATENATED MODULE: ./src/engine/config/load-config.ts










const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Steps 1\u20135 of docs/contract/config.md#parse-pipeline for the cluster in `configDir`. */
function loadConfig(files, configDir, options = {}) {
    const loaded = loadConfigAt(files, configDir);
    return { ...loaded, root: options.root ?? configDir };
}
function failed(configDir, configFile, diagnostics, yaml = null) {
    return { configDir, configFile, config: null, yaml, storageRoot: null, diagnostics };
}
// Long on purpose: docs/contract/config.md#parse-pipeline steps 1\u20135 in order, each returning early on its own failure.
function loadConfigAt(files, configDir) {
    const configFile = (0,paths/* joinDisplay */.x)(configDir, 'cluster.yaml');
    if (!files.isDirectory(configDir)) {
        return failed(configDir, configFile, [
            (0,engine_diagnostics/* error */.z3)('config_dir_not_found', configDir, '`--config` must point at a directory containing cluster.yaml'),
        ]);
    }
    let text;
    try {
        text = utf8.decode(files.readBytes(configFile));
    }
    catch (e) {
        return failed(configDir, configFile, [
            (0,engine_diagnostics/* error */.z3)('cluster_config_read_error', 'cluster.yaml', `could not read cluster.yaml: ${(0,error_text/* errorText */.k)(e)}`),
        ]);
    }
    // One strict parse serves both the reserved-key scan and step 4 (a large cluster.yaml is costly to parse).
    const parsed = (0,strict_yaml/* parseStrictYaml */.A)(text, { uniqueKeys: true });
    const textDiagnostics = [...findDuplicateKeys(text), ...reservedAndRemovedKeys(parsed)];
    if (textDiagnostics.length > 0) {
        const loose = (0,strict_yaml/* parseStrictYaml */.A)(text, { uniqueKeys: false });
        const yaml = loose.ok ? loose.yaml : null;
        return failed(configDir, configFile, textDiagnostics.map((d) => withLocation(d, yaml, configFile)), yaml);
    }
    if (!parsed.ok) {
        const at = parsed.at;
        const where = at ? ` at line ${at.line} column ${at.column}` : '';
        const location = at ? { file: configFile, line: at.line, column: at.column } : undefined;
        return failed(configDir, configFile, [
            (0,engine_diagnostics/* error */.z3)('invalid_cluster_yaml', 'cluster.yaml', `could not parse cluster.yaml: ${parsed.message}${where}`, location),
        ]);
    }
    const floatVersion = parsed.yaml.mayHoldFloats ? versionWrittenAsFloat(text, parsed.yaml) : null;
    if (floatVersion) {
        const location = { file: configFile, line: floatVersion.line, column: floatVersion.column };
        const message = `could not parse cluster.yaml: version: invalid type: floating point \`${floatVersion.float}\`, expected u32 at line ${floatVersion.line} column ${floatVersion.column}`;
        return failed(configDir, configFile, [(0,engine_diagnostics/* error */.z3)('invalid_cluster_yaml', 'cluster.yaml', message, location)], parsed.yaml);
    }
    const typed = clusterConfigSchema.safeParse(parsed.yaml.value, { reportInput: true });
    if (!typed.success) {
        const issue = typed.error.issues[0];
        const described = issue ? (0,zod_issues/* describeZodIssue */.K)(issue, parsed.yaml) : { message: 'invalid cluster.yaml' };
        const location = described.line ? { file: configFile, line: described.line, column: described.column ?? 1 } : undefined;
        return failed(configDir, configFile, [(0,engine_diagnostics/* error */.z3)('invalid_cluster_yaml', 'cluster.yaml', `could not parse cluster.yaml: ${described.message}`, location)], parsed.yaml);
    }
    const config = typed.data;
    const diagnostics = headerDiagnostics(config).map((d) => withLocation(d, parsed.yaml, configFile));
    const root = resolveStorageRoot(config.storage ?? null, configDir, files);
    if (!root.ok)
        diagnostics.push(withLocation(root.diagnostic, parsed.yaml, configFile));
    const headerOk = diagnostics.length === 0;
    return {
        configDir,
        configFile,
        config,
        yaml: parsed.yaml,
        storageRoot: headerOk && root.ok ? root.root : null,
        diagnostics,
    };
}
/** `version: 1.0` reads as the number 1, but the reference (a `u32` field) refuses it. */
function versionWrittenAsFloat(text, yaml) {
    const key = yaml.locate(['version'], 'key');
    const at = key && (0,yaml_float/* valuePositionAfterKey */.w)(text, key.line, key.column);
    const float = at ? (0,yaml_float/* floatWrittenAt */.P)(text, at.line, at.column) : null;
    return at && float ? { float, ...at } : null;
}
function headerDiagnostics(config) {
    const out = [];
    if (config.version !== 1) {
        out.push((0,engine_diagnostics/* error */.z3)('unsupported_cluster_config_version', 'version', `unsupported cluster config version ${config.version}; this build supports version 1`));
    }
    const name = config.metadata?.name;
    if (typeof name === 'string' && name.trim() === '') {
        out.push((0,engine_diagnostics/* error */.z3)('empty_metadata_name', 'metadata.name', 'metadata.name must not be empty when provided'));
    }
    const backend = config.state?.backend;
    if (typeof backend === 'string' && backend !== 'cluster') {
        out.push((0,engine_diagnostics/* error */.z3)('unsupported_state_backend', 'state.backend', 'Stage 2C supports only omitted state.backend or `cluster`'));
    }
    return out;
}
/** Reserved top-level keys and the removed `graphs.<id>.streaming`, on a lenient parse (docs/contract/config.md#parse-pipeline step 3). */
function reservedAndRemovedKeys(parsed) {
    if (!parsed.ok)
        return [];
    const top = parsed.yaml.value;
    if (!isRecord(top))
        return [];
    const out = [];
    for (const key of Object.keys(top)) {
        if (RESERVED_TOP_LEVEL_KEYS.includes(key)) {
            out.push((0,engine_diagnostics/* error */.z3)('future_phase_field', key, `\`${key}\` is reserved for a later cluster-control phase`));
        }
    }
    const graphs = top.graphs;
    if (isRecord(graphs)) {
        for (const id of Object.keys(graphs)) {
            const graph = graphs[id];
            if (isRecord(graph) && 'streaming' in graph) {
                out.push((0,engine_diagnostics/* error */.z3)('removed_streaming_declaration', `graphs.${id}.streaming`, '`streaming` was removed: the MemWAL firehose is gone and graphs no longer carry a stream profile. Delete this key. A graph written by a development build that had it must be exported with that build and rebuilt.'));
            }
        }
    }
    return out;
}
function withLocation(d, yaml, configFile) {
    if (d.location)
        return { ...d, location: { ...d.location, file: configFile } };
    if (!yaml)
        return d;
    const location = locationIn(yaml, configFile, d.path);
    return location ? { ...d, location } : d;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 5541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   x: () => (/* binding */ joinDisplay)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Rust `Path::join` as the reference displays paths: no normalization, so `./people.pg` under
 * `cfg` stays `cfg/./people.pg`; an absolute path replaces the base.
 */
function joinDisplay(base, relative) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative))
        return relative;
    if (base === '')
        return relative;
    return base.endsWith('/') ? `${base}${relative}` : `${base}/${relative}`;
}
/** True when `candidate` is `dir` itself or inside it (both absolute and normalized). */
function isInside(dir, candidate) {
    // Checked for every source file (twice: lexically, then resolved); `path.relative` resolves both
    // paths again and dominated the allocations of a 100k-resource load. For plain POSIX absolute
    // paths the answer is a prefix test; anything else takes the general route.
    if ((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep) === '/' && isPlainAbsolute(dir) && isPlainAbsolute(candidate)) {
        return candidate === dir || dir === '/' || (candidate.startsWith(dir) && candidate.charCodeAt(dir.length) === 47);
    }
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(dir, candidate);
    // `..foo.pg` is a file inside; only a `..` path segment leaves.
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel));
}
const UNRESOLVED_SEGMENT = /\/\/|\/\.\.?(?:\/|$)/;
/** `/a/b` with no empty, `.` or `..` segment and no trailing slash: already what `path.resolve` gives. */
function isPlainAbsolute(p) {
    return p.startsWith('/') && (p === '/' || (!p.endsWith('/') && !UNRESOLVED_SEGMENT.test(p)));
}


/***/ }),

/***/ 491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ ConfigSources)
/* harmony export */ });
/* unused harmony exports decodeUtf8, INVALID_UTF8, childPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _diagnostics_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2165);
/* harmony import */ var _base_error_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9323);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5541);
/* harmony import */ var _check_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(482);





/** A `..` path segment, under either separator. */
const DOT_DOT_SEGMENT = /(?:^|[\\/])\.\.(?:[\\/]|$)/;
/**
 * Reads the sources cluster.yaml names, refusing any path that leaves the containment root \u2014
 * lexically (`..`, absolute paths) or through a symlink. Nothing outside is ever read. The root is
 * the config directory itself unless the caller widens it to the repository that holds it
 * (docs/contract/config.md#containment), so `shared/people.pg` can serve several clusters.
 */
class ConfigSources {
    files;
    configDir;
    checks;
    absDir;
    realDir = null;
    /** The containment root as given (the config dir when no wider root was passed). */
    root;
    /** The lexical path of each directory a display path named, by its display form. */
    lexicalDirs = new Map();
    /** Real path of each parent directory seen (null: it does not resolve), keyed by lexical path. */
    realParents = new Map();
    /**
     * Names a directory listing showed to be plain (non-symlink) files, by the listed directory's
     * lexical path. Kept per directory: a full path per listed file was 100,000 joins at 100k
     * resources, and only a source that takes the long way ever asks.
     */
    listedPlain = new Map();
    /** The canonical path `escape` resolved for each display path it let through (null: missing). */
    resolvedPaths = new Map();
    constructor(files, configDir, root, 
    /** Verdicts of earlier checks of the same bytes (none by default). */
    checks = new _check_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .CheckCache */ .pd()) {
        this.files = files;
        this.configDir = configDir;
        this.checks = checks;
        this.root = root ?? configDir;
        this.absDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().normalize(files.absolute(this.root));
    }
    /** The path displayed in outputs (`<config dir>/<as written>`). */
    display(written) {
        return (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .joinDisplay */ .x)(this.configDir, written);
    }
    /**
     * `path.normalize(files.absolute(displayPath))`: the absolute path without resolving links. A
     * path whose last segment is a plain name is its directory's form, worked out once, plus that
     * name; normalizing every source's whole path again was a large share of a 100k plan's garbage.
     */
    lexicalPath(displayPath) {
        const cut = displayPath.lastIndexOf('/');
        const name = displayPath.slice(cut + 1);
        if (cut <= 0 || name === '' || name === '.' || name === '..' || name.includes((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)))
            return node_path__WEBPACK_IMPORTED_MODULE_0___default().normalize(this.files.absolute(displayPath));
        const dirDisplay = displayPath.slice(0, cut);
        let dir = this.lexicalDirs.get(dirDisplay);
        if (dir === undefined) {
            dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().normalize(this.files.absolute(dirDisplay));
            this.lexicalDirs.set(dirDisplay, dir);
        }
        return childPath(dir, name);
    }
    /** Null when the path stays inside the config dir; else the diagnostic to report at `configPath`. */
    escape(displayPath, configPath) {
        const lexical = this.lexicalPath(displayPath);
        let inside = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(this.absDir, lexical);
        if (inside) {
            try {
                const real = this.resolve(displayPath, lexical);
                // A missing file cannot escape; the read that follows reports it.
                if (real !== null)
                    inside = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(this.realConfigDir(), real);
                if (inside)
                    this.resolvedPaths.set(displayPath, real);
            }
            catch {
                // Same as missing: nothing was resolved, so nothing escaped.
            }
        }
        return inside ? null : this.outside(displayPath, configPath);
    }
    outside(displayPath, configPath) {
        const where = this.root === this.configDir ? `the config directory '${this.configDir}'` : `the repository root '${this.root}'`;
        return (0,_diagnostics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)('config_path_outside_dir', configPath, `'${displayPath}' resolves outside ${where}; config paths must stay inside it`);
    }
    /**
     * The sequence every named source goes through: the escape check, the read and a strict UTF-8
     * decode. On failure, the one diagnostic to report at `configPath` (`config_path_outside_dir`, or
     * `code` with "could not read <what> '<path>': <why>").
     */
    readText(displayPath, configPath, code, what) {
        const plain = this.readPlainInside(displayPath, configPath);
        if (plain && !(plain instanceof Uint8Array))
            return { ok: false, diagnostic: plain };
        let read;
        if (plain) {
            read = { ok: true, bytes: plain };
        }
        else {
            const escape = this.escape(displayPath, configPath);
            if (escape)
                return { ok: false, diagnostic: escape };
            read = this.readBytes(displayPath);
        }
        const text = read.ok ? decodeUtf8(read.bytes) : null;
        if (!read.ok || text === null) {
            const why = read.ok ? INVALID_UTF8 : read.message;
            return { ok: false, diagnostic: (0,_diagnostics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3)(code, configPath, `could not read ${what} '${displayPath}': ${why}`) };
        }
        return { ok: true, text, bytes: read.bytes };
    }
    /**
     * The common case of `escape` + `readBytes` in one open: a plain file (not a symlink) under a
     * `..`-free path is resolved as its directory's real path plus its name, exactly as `resolve`
     * does after an lstat; here the open itself (refusing a symlink) says it is plain, which saved
     * an lstat per schema and policy file (10,000 at 100k resources). Null: take the long way (a
     * symlink, a missing or unreadable file, a port without `readPlain`), whose checks and messages
     * stay the only ones.
     */
    readPlainInside(displayPath, configPath) {
        if (!this.files.readPlain || DOT_DOT_SEGMENT.test(displayPath))
            return null;
        const lexical = this.lexicalPath(displayPath);
        if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(this.absDir, lexical))
            return null;
        // The normalized form names the same file (no `..` segment), and spares the port another join.
        const bytes = this.files.readPlain(lexical);
        if (!(bytes instanceof Uint8Array))
            return null;
        const real = this.besideRealParent(lexical);
        if (real === null || real === undefined)
            return null;
        let realDir;
        try {
            realDir = this.realConfigDir();
        }
        catch {
            return null; // the root itself no longer resolves: the long way decides, as it always did
        }
        if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .F)(realDir, real))
            return this.outside(displayPath, configPath);
        this.resolvedPaths.set(displayPath, real);
        return bytes;
    }
    /**
     * The canonical path `escape` found for a path it let through: null when it does not exist,
     * undefined when `escape` has not seen it (targets lists a source under its real name too).
     */
    resolvedPath(displayPath) {
        return this.resolvedPaths.get(displayPath);
    }
    readBytes(displayPath) {
        try {
            return { ok: true, bytes: this.files.readBytes(displayPath) };
        }
        catch (e) {
            return { ok: false, message: (0,_base_error_text_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .k)(e) };
        }
    }
    isDirectory(displayPath) {
        return this.files.isDirectory(displayPath);
    }
    /** Canonical form of any path (external-blob `file` bases live outside the config dir by design). */
    realPath(anyPath) {
        try {
            return { ok: true, path: this.files.realPath(anyPath) };
        }
        catch (e) {
            return { ok: false, message: (0,_base_error_text_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .k)(e) };
        }
    }
    listDir(displayPath) {
        try {
            const files = this.files.listDir(displayPath).filter((e) => e.isFile);
            // resolve() normalizes and drops a trailing separator, as dirname of a file's lexical path has none.
            const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(this.files.absolute(displayPath));
            this.listedPlain.set(dir, new Set(files.filter((e) => e.isSymlink === false).map((e) => e.name)));
            return { ok: true, names: files.map((e) => e.name) };
        }
        catch (e) {
            return { ok: false, message: (0,_base_error_text_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .k)(e) };
        }
    }
    /**
     * The canonical path of `displayPath`, or null when it does not exist. A full realpath per file
     * dominated plan time at 10k resources, so a plain (non-symlink) file is resolved as its
     * directory's cached real path plus its name \u2014 the same answer. Paths with `..` keep the full
     * resolution: lexically dropping `x/..` is only right when `x` is not a symlink.
     */
    resolve(displayPath, lexical) {
        const linkKind = this.files.linkKind?.bind(this.files);
        if (!linkKind || DOT_DOT_SEGMENT.test(displayPath))
            return this.files.realPath(displayPath);
        const listed = this.listedPlain.get(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(lexical))?.has(node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(lexical)) === true;
        const kind = listed ? 'not-symlink' : linkKind(displayPath);
        if (kind === 'missing')
            return null;
        if (kind === 'symlink')
            return this.files.realPath(displayPath);
        const beside = this.besideRealParent(lexical);
        return beside === undefined ? this.files.realPath(displayPath) : beside;
    }
    /**
     * A plain file's canonical path: its directory's (cached) real path plus its name; null when
     * the directory does not resolve, undefined for a root (no parent to resolve).
     */
    besideRealParent(lexical) {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(lexical);
        if (parent === lexical)
            return undefined;
        let realParent = this.realParents.get(parent);
        if (realParent === undefined) {
            try {
                realParent = this.files.realPath(parent);
            }
            catch {
                realParent = null;
            }
            this.realParents.set(parent, realParent);
        }
        return realParent === null ? null : childPath(realParent, node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(lexical));
    }
    realConfigDir() {
        this.realDir ??= this.files.realPath(this.root);
        return this.realDir;
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        return null;
    }
}
const INVALID_UTF8 = 'stream did not contain valid UTF-8';
/**
 * `path.join(dir, name)` for a normalized absolute directory (no `.`, `..` or repeated separators;
 * a trailing one is allowed) and one plain name, without normalizing the whole path again. Node's
 * join does so character by character, and was the largest allocation of a 100k-resource plan.
 */
function childPath(dir, name) {
    return dir.endsWith((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)) ? `${dir}${name}` : `${dir}${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}${name}`;
}


/***/ }),

/***/ 585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ describeZodIssue)
/* harmony export */ });
/**
 * Turns the first zod issue into a serde-style sentence (`unknown field`, `missing field`,
 * `invalid type`) with the dotted path and, when known, the YAML line and column.
 */
function describeZodIssue(issue, yaml) {
    const path = issue.path.map((p) => String(p));
    let text;
    let at = path;
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0] ?? '';
        text = `unknown field \`${key}\``;
        at = [...path, key];
    }
    else if (issue.code === 'invalid_type' && issue.input === undefined) {
        const field = path[path.length - 1] ?? '';
        text = `missing field \`${field}\``;
        at = path.slice(0, -1);
    }
    else if (issue.code === 'invalid_type') {
        text = `invalid type: ${describeInput(issue.input)}, expected ${issue.expected}`;
    }
    else if (issue.code === 'invalid_value') {
        text = `invalid value ${describeInput(issue.input)}, expected one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
    }
    else if (issue.code === 'invalid_union') {
        text = `invalid value ${describeInput(issue.input)}: ${issue.message}`;
    }
    else {
        text = issue.message;
    }
    const prefix = path.length > 0 ? `${path.join('.')}: ` : '';
    const pos = yaml?.locate(at, 'key') ?? yaml?.locate(path, 'key');
    const where = pos ? ` at line ${pos.line} column ${pos.column}` : '';
    return { message: `${prefix}${text}${where}`, line: pos?.line, column: pos?.column };
}
function describeInput(input) {
    if (input === null)
        return 'null';
    if (Array.isArray(input))
        return 'sequence';
    if (typeof input === 'object')
        return 'map';
    if (typeof input === 'string')
        return `string ${JSON.stringify(input)}`;
    return `${typeof input} ${String(input)}`;
}


/***/ }),

/***/ 2165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G$: () => (/* reexport */ diagnosticInfo),
  gZ: () => (/* reexport */ diagnosticJson),
  z3: () => (/* reexport */ error),
  Cs: () => (/* reexport */ hasErrors),
  AK: () => (/* reexport */ isConfigCode),
  $e: () => (/* reexport */ warning)
});

// UNUSED EXPORTS: DIAGNOSTIC_CODES

;// CONCATENATED MODULE: ./src/engine/diagnostics/codes.ts
/**
 * The diagnostic catalogue (docs/contract/diagnostics.md, plus the codes marked "ours"): every code
 * with the stage that raises it, a short title, and (ours, optional) a hint saying what to do.
 * Renderers, annotations and the action's failure reasons all read this one table. The JSON
 * `message` of a diagnostic keeps the reference's text; the hint is only ever shown beside it.
 * Names are permanent: tests, renderers and users match on them. Add, never rename; one entry
 * per line so concurrent additions merge cleanly.
 */
const DIAGNOSTIC_CODES = {
    // config parse (docs/contract/config.md#parse-pipeline)
    config_dir_not_found: { stage: 'config', title: 'config directory not found' },
    cluster_config_read_error: { stage: 'config', title: 'cluster.yaml unreadable' },
    duplicate_yaml_key: { stage: 'config', title: 'duplicate YAML key' },
    future_phase_field: { stage: 'config', title: 'reserved top-level key' },
    removed_streaming_declaration: { stage: 'config', title: 'removed `streaming` key' },
    invalid_cluster_yaml: { stage: 'config', title: 'cluster.yaml does not parse' },
    unsupported_cluster_config_version: { stage: 'config', title: 'unsupported config version' },
    empty_metadata_name: { stage: 'config', title: 'blank metadata.name' },
    unsupported_state_backend: { stage: 'config', title: 'unsupported state backend' },
    invalid_storage_root: { stage: 'config', title: 'invalid storage root' },
    storage_root_invalid: { stage: 'state', title: 'storage root cannot be used' },
    // ours: a config path that leaves the config directory (directly, via `..`, or via a symlink)
    config_path_outside_dir: { stage: 'config', title: 'path leaves the config directory' },
    // ours: `targets` and the action's `config-dir` list (docs/contract/targets.md#patterns)
    target_pattern_invalid: { stage: 'config', title: 'config pattern refused', hint: 'Write patterns relative to the repository root, without `..`.' },
    target_pattern_no_match: { stage: 'config', title: 'config pattern selects no cluster' },
    // resource loading (docs/contract/config.md#loading-order)
    invalid_resource_id: { stage: 'config', title: 'invalid identifier' },
    invalid_embedding_provider: { stage: 'config', title: 'invalid embedding provider' },
    embedding_api_key_inline: { stage: 'config', title: 'inline embedding api_key' },
    embedding_api_key_required: { stage: 'config', title: 'missing embedding api_key' },
    invalid_external_blob_base: { stage: 'config', title: 'invalid external blob base' },
    invalid_external_blob_policy: { stage: 'config', title: 'invalid external blob policy' },
    dangling_embedding_provider_reference: { stage: 'config', title: 'undeclared embedding provider' },
    wrong_kind_reference: { stage: 'config', title: 'reference of the wrong kind' },
    schema_file_missing: { stage: 'config', title: 'schema file unreadable' },
    schema_parse_error: { stage: 'config', title: 'schema does not parse' },
    schema_catalog_error: { stage: 'config', title: 'schema catalog error' },
    query_dir_unreadable: { stage: 'config', title: 'query directory unreadable' },
    query_dir_empty: { stage: 'config', title: 'query directory empty' },
    query_file_missing: { stage: 'config', title: 'query file unreadable' },
    query_parse_error: { stage: 'config', title: 'query does not parse' },
    duplicate_query_name: { stage: 'config', title: 'query declared twice' },
    query_key_mismatch: { stage: 'config', title: 'query name not declared in its file' },
    query_typecheck_error: { stage: 'config', title: 'query type error' },
    query_typecheck_skipped: { stage: 'config', title: 'query type-check skipped' },
    policy_missing_applies_to: { stage: 'config', title: 'policy binds nothing' },
    dangling_graph_reference: { stage: 'config', title: 'undeclared graph' },
    policy_mixed_binding_kinds: { stage: 'config', title: 'policy binds cluster and graphs' },
    duplicate_policy_binding: { stage: 'config', title: 'binding owned twice' },
    policy_file_missing: { stage: 'config', title: 'policy file unreadable' },
    policy_invalid: { stage: 'config', title: 'policy file invalid' },
    external_blob_ingress_default_deny: { stage: 'config', title: 'external blobs denied by default' },
    // state ledger (docs/contract/state.md)
    state_read_error: { stage: 'state', title: 'state unreadable' },
    invalid_state_json: { stage: 'state', title: 'state does not parse' },
    unsupported_state_version: { stage: 'state', title: 'unsupported state version' },
    conflicting_graph_manifest_observation: { stage: 'state', title: 'conflicting manifest observation' },
    state_write_error: { stage: 'state', title: 'state write failed' },
    state_cas_mismatch: { stage: 'state', title: 'state changed concurrently', hint: 'State changed while this command ran; re-run it against the latest state.' },
    state_missing: { stage: 'state', title: 'no state ledger', hint: 'No state ledger yet: run `omnigraph-cluster import --config <dir>` once (or set `bootstrap-state` on the apply workflow).' },
    state_already_exists: { stage: 'state', title: 'state already exists', hint: 'State already exists: run `omnigraph-cluster refresh --config <dir>` instead of `import`.' },
    // lock (docs/contract/lock.md)
    state_lock_held: { stage: 'lock', title: 'state lock held', hint: 'Another cluster command holds the state lock; wait for it, or run `omnigraph-cluster force-unlock <lock-id> --config <dir>` once you are sure it is not running.' },
    state_lock_error: { stage: 'lock', title: 'state lock failure' },
    state_lock_missing: { stage: 'lock', title: 'no state lock' },
    state_lock_id_mismatch: { stage: 'lock', title: 'lock id mismatch' },
    state_lock_read_error: { stage: 'lock', title: 'state lock unreadable' },
    invalid_state_lock: { stage: 'lock', title: 'state lock does not parse' },
    unsupported_state_lock_version: { stage: 'lock', title: 'unsupported lock version' },
    state_lock_disabled: { stage: 'lock', title: 'state locking disabled', hint: 'Locking is off for this cluster: concurrent commands are not fenced.' },
    // plan / apply (docs/contract/diagnostics.md#plan-and-apply-codes)
    schema_preview_unavailable: { stage: 'plan', title: 'migration preview unavailable', hint: 'The migration could not be previewed; it is still planned and will be checked again at apply.' },
    // ours: the engine's migration plan for a schema update has unsupported steps (plan and apply block it)
    schema_migration_unsupported: { stage: 'plan', title: 'schema migration not supported', hint: 'Change the schema so every migration step is supported, or migrate the graph outside the cluster.' },
    apply_approval_invariant_violation: { stage: 'approval', title: 'approval invariant violated' },
    apply_unsupported_change: { stage: 'plan', title: 'change deferred', hint: 'Deferred: not executed in this stage.' },
    apply_dependency_blocked: { stage: 'plan', title: 'change blocked', hint: 'Blocked until its dependency is applied.' },
    graph_create_skipped: { stage: 'apply', title: 'graph create skipped' },
    schema_apply_skipped: { stage: 'apply', title: 'schema apply skipped' },
    graph_delete_skipped: { stage: 'apply', title: 'graph delete skipped' },
    graph_create_failed: { stage: 'apply', title: 'graph create failed' },
    schema_apply_failed: { stage: 'apply', title: 'schema apply failed' },
    resource_content_changed: { stage: 'apply', title: 'source changed during apply', hint: 'A source file changed during apply; re-run apply.' },
    resource_payload_write_error: { stage: 'payload', title: 'payload write failed' },
    recovery_sidecar_write_error: { stage: 'recovery', title: 'recovery sidecar write failed' },
    recovery_sidecar_cleanup_failed: { stage: 'recovery', title: 'recovery sidecar cleanup failed' },
    graph_delete_export_in_progress: { stage: 'apply', title: 'export in progress' },
    graph_delete_failed: { stage: 'apply', title: 'graph delete failed' },
    external_blob_policy_digest_mismatch: { stage: 'state', title: 'ledger graph digest mismatch', hint: 'Restore the state ledger from a trusted copy before retrying.' },
    catalog_payload_missing: { stage: 'payload', title: 'payload missing', hint: 'Re-run apply to republish the payload.' },
    catalog_payload_mismatch: { stage: 'payload', title: 'payload mismatch', hint: 'Re-run apply to republish the payload.' },
    catalog_payload_read_error: { stage: 'payload', title: 'payload unreadable' },
    graph_observation_error: { stage: 'engine', title: 'graph observation failed' },
    cluster_recovery_pending: { stage: 'recovery', title: 'recovery pending', hint: 'An interrupted graph operation is waiting for the next apply to recover it.' },
    cluster_recovery_rolled_forward: { stage: 'recovery', title: 'recovery rolled forward', hint: 'A previously interrupted operation was completed.' },
    graph_create_incomplete: { stage: 'recovery', title: 'graph create incomplete', hint: 'A graph root exists but cannot be opened; remove it and re-run `omnigraph-cluster apply --config <dir>`.' },
    graph_delete_incomplete: { stage: 'recovery', title: 'graph delete incomplete', hint: 'A graph delete did not finish; re-run apply.' },
    invalid_recovery_sidecar: { stage: 'recovery', title: 'recovery sidecar invalid' },
    unsupported_recovery_sidecar_version: { stage: 'recovery', title: 'unsupported recovery sidecar' },
    recovery_sidecar_read_error: { stage: 'recovery', title: 'recovery sidecars unreadable' },
    approval_stale: { stage: 'approval', title: 'approval stale', hint: 'The config changed since the approval; approve again (`/omnigraph approve <resource>` on the PR, or `omnigraph-cluster approve <resource> --config <dir>`).' },
    approval_read_error: { stage: 'approval', title: 'approvals unreadable' },
    invalid_approval_artifact: { stage: 'approval', title: 'approval artifact invalid' },
    unsupported_approval_version: { stage: 'approval', title: 'unsupported approval artifact' },
    approval_not_required: { stage: 'approval', title: 'approval not required', hint: 'Nothing pending for this resource needs approval; check `omnigraph-cluster plan --config <dir>`.' },
    approval_write_error: { stage: 'approval', title: 'approval write failed' },
    injected_failpoint: { stage: 'engine', title: 'injected failpoint', hint: 'A test failpoint fired (OMNIGRAPH_FAILPOINTS is set).' },
    // serving check (reference crates/omnigraph-cluster/src/serve.rs): why a server would refuse to boot
    cluster_recovery_unattributed: { stage: 'recovery', title: 'recovery sidecar without a graph', hint: 'Run apply to sweep it before serving.' },
    cluster_state_missing: { stage: 'state', title: 'no applied state', hint: 'Import and apply the cluster before serving it.' },
    embedding_provider_profile_missing: { stage: 'state', title: 'provider profile not recorded', hint: 'Re-run apply to backfill it.' },
    embedding_provider_digest_mismatch: { stage: 'state', title: 'provider profile digest mismatch', hint: 'Refresh, apply, then restart the server.' },
    embedding_provider_missing: { stage: 'state', title: 'provider profile unavailable', hint: 'Re-run apply.' },
    catalog_payload_digest_mismatch: { stage: 'payload', title: 'payload digest mismatch', hint: 'Refresh, apply, then restart the server.' },
    policy_bindings_missing: { stage: 'state', title: 'policy bindings not recorded', hint: 'Re-run apply to backfill them.' },
    cluster_no_healthy_graphs: { stage: 'recovery', title: 'no healthy graphs', hint: 'Every graph is quarantined; resolve the graph diagnostics first.' },
    cluster_empty: { stage: 'state', title: 'no graphs applied', hint: 'Apply at least one graph before serving.' },
    // ours: a name read from a state file (sidecar, approval artifact, ledger address, lock id), a symlink or FIFO under the storage root, or a command argument fails the grammar the spec gives it; nothing is written, the file stays (docs/security.md)
    unsafe_state_name: { stage: 'state', title: 'name unsafe to use as a path', hint: 'a file under the storage root was forged or corrupted; inspect the named file (docs/security.md) and restore it from a trusted copy' },
    // ours: a ledger counter (state_revision) would pass the largest integer this build counts exactly
    state_revision_overflow: { stage: 'state', title: 'state revision overflow', hint: 'restore state.json from a trusted copy; no real cluster reaches this revision' },
    // ours: the ledger recorded a graph root at another location than this storage root (a copied, moved or re-cloned config dir with local storage)
    graph_root_moved: { stage: 'state', title: 'graph root recorded elsewhere', hint: 'The state was written for another location. If the graphs were copied along, run `omnigraph-cluster refresh --config <dir>` to record them here; otherwise run from the original directory (or restore the graphs there) before you apply.' },
    // ours: the graph engine itself could not be used (e.g. the omnigraph binary is missing)
    graph_engine_unavailable: { stage: 'engine', title: 'graph engine unavailable' },
    // ours: `engine: omnigraph` delegates to `omnigraph cluster \u2026` (docs/contract/commands.md)
    omnigraph_version_unsupported: { stage: 'engine', title: 'omnigraph binary too old', hint: 'Install omnigraph 0.7.0 or newer (README: the omnigraph engine).' },
    omnigraph_command_failed: { stage: 'engine', title: 'omnigraph command failed' },
    omnigraph_output_invalid: { stage: 'engine', title: 'omnigraph output not understood' },
};
/** The catalogue entry of a code; codes from a newer producer (unknown here) get a generic one. */
function diagnosticInfo(code) {
    if (Object.hasOwn(DIAGNOSTIC_CODES, code))
        return DIAGNOSTIC_CODES[code];
    return { stage: 'engine', title: code.replace(/_/g, ' ') };
}
/** True for codes raised while loading the config, before any state is read. */
function isConfigCode(code) {
    return Object.hasOwn(DIAGNOSTIC_CODES, code) && DIAGNOSTIC_CODES[code].stage === 'config';
}

;// CONCATENATED MODULE: ./src/engine/diagnostics/diagnostic.ts
function error(code, path, message, location) {
    return location ? { code, severity: 'error', path, message, location } : { code, severity: 'error', path, message };
}
function warning(code, path, message, location) {
    return location ? { code, severity: 'warning', path, message, location } : { code, severity: 'warning', path, message };
}
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
/** The JSON form: exactly `code`, `severity`, `path`, `message`, in that order. */
function diagnosticJson(d) {
    return { code: d.code, severity: d.severity, path: d.path, message: d.message };
}

;// CONCATENATED MODULE: ./src/engine/diagnostics/index.ts




/***/ }),

/***/ 3545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ dataMap),
/* harmony export */   p: () => (/* binding */ ownKeysAmong)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8532);

/**
 * For CommonShape recognizers: `raw` is an object, not a list, and each of its own keys is `a` or
 * `b` (pass one name for a single allowed key), whatever its prototype. Whether a key is present
 * is the caller's check.
 */
function ownKeysAmong(raw, a, b = a) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return false;
    for (const key in raw)
        if (Object.hasOwn(raw, key) && key !== a && key !== b)
            return false;
    return true;
}
/**
 * A JSON/YAML object used as a map (graph or policy name, address or id \u2192 value), parsed into a
 * null-prototype object. zod's own record silently drops a `__proto__` key, yet `__proto__` is a
 * valid identifier (a graph may be called that) and a ledger must rewrite every key it read; the
 * names gate decides separately whether a key is usable.
 */
function dataMap(value, common, options = {}) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().transform((raw, ctx) => {
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
            ctx.addIssue({ code: 'custom', message: 'invalid type: expected a map' });
            return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
        }
        const reuse = options.reuseInput === true && Object.getPrototypeOf(raw) === null;
        const out = (reuse ? raw : Object.create(null));
        for (const key of Object.keys(raw)) {
            const quick = common?.(raw[key]);
            if (quick !== undefined) {
                out[key] = quick;
                continue;
            }
            // reportInput keeps each issue's own input: addIssue would otherwise stamp the whole map on
            // it, and a missing field would read as "invalid type: map".
            const parsed = value.safeParse(raw[key], { reportInput: true });
            if (!parsed.success) {
                for (const issue of parsed.error.issues)
                    ctx.addIssue({ ...issue, path: [key, ...issue.path] });
                return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
            }
            out[key] = parsed.data;
        }
        return out;
    });
}


/***/ }),

/***/ 4148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ae: () => (/* binding */ ulidProblem),
/* harmony export */   cS: () => (/* binding */ IDENTIFIER),
/* harmony export */   cg: () => (/* binding */ addressProblem),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   gj: () => (/* binding */ unsafeName),
/* harmony export */   ho: () => (/* binding */ isUlid),
/* harmony export */   rD: () => (/* binding */ identifierProblem)
/* harmony export */ });
/* unused harmony exports ULID, isIdentifier */
/* harmony import */ var _diagnostics_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2165);
/**
 * The one gate for names that become storage keys or paths (docs/contract/conventions.md#ids, docs/contract/config.md#identifiers, docs/contract/digests.md#addresses).
 * Everything read from a file we did not just write \u2014 sidecar and approval ids, ledger addresses,
 * lock ids, command arguments \u2014 is checked here before it is joined into a key. A name that fails
 * its grammar is never used: callers turn the problem into a diagnostic naming the file.
 */

/** Graph ids, query/policy names and embedding provider names (docs/contract/config.md#identifiers). */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * Lock ids, recovery operation ids and approval ids (docs/contract/conventions.md): 26 uppercase base32 characters. The
 * generator never emits I, L, O or U, but Crockford decoders accept them as aliases and nothing
 * here decodes the time: what this gate must guarantee is that the id cannot form a path.
 */
const ULID = /^[0-9A-Z]{26}$/;
function isIdentifier(value) {
    return typeof value === 'string' && IDENTIFIER.test(value);
}
function isUlid(value) {
    return typeof value === 'string' && ULID.test(value);
}
/** Characters an address of a kind we do not know may hold: it is never executed, only shown. */
const UNKNOWN_ADDRESS = /^[A-Za-z0-9_.-]+$/;
/**
 * Why `address` is not a safe resource address, or null when it is. Known kinds (docs/contract/digests.md#addresses) must carry
 * identifiers; an address of another kind is classified `deferred` and never executed, but may
 * still not hold path characters.
 */
function addressProblem(address) {
    // A ledger holds one address per resource, and nearly all are well formed: one match answers
    // those without splitting them (the pieces are needed only to word a problem).
    if (WELL_FORMED_ADDRESS.test(address))
        return null;
    const ids = addressIds(address);
    if (ids === null) {
        return UNKNOWN_ADDRESS.test(address) ? null : `address \`${printable(address)}\` holds characters no resource address can hold`;
    }
    const bad = ids.find((id) => !IDENTIFIER.test(id));
    if (bad === undefined)
        return null;
    return `address \`${printable(address)}\` names \`${printable(bad)}\`, which is not an identifier (ASCII letters, digits, \`_\`, \`-\`; not starting with a digit or \`-\`)`;
}
/** A known address kind whose identifiers all match IDENTIFIER: exactly the addresses `addressIds` accepts. */
const WELL_FORMED_ADDRESS = /^(?:(?:graph|schema|policy|provider\.embedding)\.[A-Za-z_][A-Za-z0-9_-]*|query\.[A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*)$/;
/** The identifiers inside a known address kind, or null for an address of unknown kind. */
function addressIds(address) {
    for (const prefix of ['graph.', 'schema.', 'policy.', 'provider.embedding.']) {
        if (address.startsWith(prefix))
            return [address.slice(prefix.length)];
    }
    if (address.startsWith('query.')) {
        const rest = address.slice('query.'.length);
        const dot = rest.indexOf('.');
        return dot < 0 ? null : [rest.slice(0, dot), rest.slice(dot + 1)];
    }
    return null;
}
/** Why `value` is not a ULID, or null. `what` names the field for the message. */
function ulidProblem(what, value) {
    return ULID.test(value) ? null : `${what} \`${printable(value)}\` is not a ULID (26 uppercase base32 characters)`;
}
/** Why `value` is not an identifier, or null. */
function identifierProblem(what, value) {
    return IDENTIFIER.test(value) ? null : `${what} \`${printable(value)}\` is not an identifier (ASCII letters, digits, \`_\`, \`-\`; not starting with a digit or \`-\`)`;
}
/** A hostile name shown in a message: control characters escaped, length bounded. */
function printable(value) {
    const escaped = JSON.stringify(value).slice(1, -1);
    return escaped.length > 80 ? `${escaped.slice(0, 77)}...` : escaped;
}
/** The diagnostic for a file holding an unsafe name: it names the file, which stays untouched. */
function unsafeName(file, problem) {
    return (0,_diagnostics_index_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)('unsafe_state_name', file, `${problem}; refusing to use it, leaving the file in place (see docs/security.md)`);
}


/***/ }),

/***/ 2504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ assertStorageKey),
/* harmony export */   Qr: () => (/* binding */ ProbeFailed),
/* harmony export */   SX: () => (/* binding */ existsThenRead),
/* harmony export */   aq: () => (/* binding */ StorageError),
/* harmony export */   k0: () => (/* binding */ UnsafePathError),
/* harmony export */   oT: () => (/* binding */ storageKeyProblem)
/* harmony export */ });
/** Storage itself failed (I/O, permissions, network, non-UTF-8 content). `message` is the `<err>` text. */
class StorageError extends Error {
    name = 'StorageError';
}
/**
 * The adapter refused a key or a path because using it could reach outside the root: a hostile
 * key, a symlink inside the root, a FIFO or device where an object belongs. Never a transient
 * failure; the engine reports it as `unsafe_state_name` / an error and writes nothing.
 */
class UnsafePathError extends StorageError {
    name = 'UnsafePathError';
}
/**
 * Why `key` may not be used as a storage key, or null when it may. Every adapter calls this before
 * touching anything, as the last line of defence against names read from hostile state files:
 * an empty, `.` or `..` segment, a leading `/`, a backslash or a NUL could reach outside the root
 * (or, on S3, address an object another cluster owns). The empty key `''` is the root itself and
 * is allowed only where an operation takes a prefix.
 */
function storageKeyProblem(key, options = {}) {
    if (key === '')
        return options.allowRoot ? null : 'the key is empty';
    if (key.includes('\0'))
        return 'the key contains a NUL character';
    if (key.includes('\\'))
        return 'the key contains a backslash';
    if (key.startsWith('/'))
        return 'the key starts with `/`';
    for (const segment of key.split('/')) {
        if (segment === '')
            return 'the key has an empty segment';
        if (segment === '.' || segment === '..')
            return `the key has a \`${segment}\` segment`;
    }
    return null;
}
/** Throws the `StorageError` an adapter reports for a key `storageKeyProblem` refuses. */
function assertStorageKey(key, shown, options = {}) {
    const problem = storageKeyProblem(key, options);
    if (problem !== null)
        throw new UnsafePathError(`refusing storage key '${JSON.stringify(key).slice(1, -1)}' under '${shown}': ${problem}`);
}
/** The existence probe of `readIfExists` failed (where `exists` would have thrown `probeError`). */
class ProbeFailed extends Error {
    probeError;
    name = 'ProbeFailed';
    constructor(probeError) {
        super(probeError instanceof Error ? probeError.message : String(probeError));
        this.probeError = probeError;
    }
}
/**
 * What `readIfExists` means, as two calls: `exists`, then `read` when it said true, with a
 * failing probe as `ProbeFailed`. Adapters fall back to it; callers use it when an adapter has
 * no one-step form.
 */
async function existsThenRead(storage, key) {
    let present;
    try {
        present = await storage.exists(key);
    }
    catch (e) {
        throw new ProbeFailed(e);
    }
    return present ? storage.read(key) : null;
}


/***/ }),

/***/ 7961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ noValidationCache)
/* harmony export */ });
/** No cache: every check runs (`--no-cache`, and the default for in-process callers). */
const noValidationCache = { toolVersion: '', get: () => null, put: () => { } };


/***/ }),

/***/ 5941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ GATED_UPDATE_SENTENCE),
/* harmony export */   J1: () => (/* binding */ diagnosticHint),
/* harmony export */   Oh: () => (/* binding */ DISPOSITION_WORDS),
/* harmony export */   Ux: () => (/* binding */ reasonSentence),
/* harmony export */   V4: () => (/* binding */ GATED_UPDATE_NEXT_STEP),
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
    approval_required: 'Approve the graph delete (see the approval request), then re-run.',
    schema_apply_failed: 'Fix the schema error shown below and re-run apply.',
    graph_delete_failed: 'Fix the delete error shown below and re-run apply.',
    migration_unsupported: 'Change the schema so every step is supported (or migrate the graph by hand), then re-plan.',
};
/** `approval_required` on a change that is not a delete: held by the optional destructive gate. */
const GATED_UPDATE_SENTENCE = 'This change has a destructive step (gate-destructive), so it needs an approval before apply will run it.';
const GATED_UPDATE_NEXT_STEP = 'Approve it (see the approval gates), then re-run.';
const OPERATION_WORDS = { create: 'Create', update: 'Update', delete: 'Delete' };
const DISPOSITION_WORDS = {
    applied: 'Applied',
    derived: 'Derived',
    deferred: 'Deferred',
    blocked: 'Blocked',
};
/** Plan-time wording: a planned `applied` change has not happened yet. */
const PLAN_DISPOSITION_LABELS = {
    applied: '\u2705 will apply',
    derived: '\ud83d\udd01 derived',
    deferred: '\u23f8\ufe0f deferred',
    blocked: '\u26d4 blocked',
};
const APPLY_DISPOSITION_LABELS = {
    applied: '\u2705 applied',
    derived: '\ud83d\udd01 derived',
    deferred: '\u23f8\ufe0f deferred',
    blocked: '\u26d4 blocked',
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

/***/ 6738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ diagnosticLines)
/* harmony export */ });
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8468);

const HINT_INDENT = '      ';
/**
 * `ERROR <code> <path>: <message>` / `WARN  <code> <path>: <message>`, one per diagnostic; with
 * `hintsFor` (the config dir the user passed), each followed by its catalogue hint.
 */
function diagnosticLines(diagnostics, hintsFor) {
    return diagnostics.flatMap((d) => {
        const line = `${d.severity === 'error' ? 'ERROR' : 'WARN '} ${d.code} ${d.path}: ${d.message}`;
        const hint = hintsFor === undefined ? undefined : (0,_hints_js__WEBPACK_IMPORTED_MODULE_0__/* .textHint */ .J)(d, hintsFor);
        return hint === undefined ? [line] : [line, `${HINT_INDENT}hint: ${hint}`];
    });
}


/***/ }),

/***/ 8468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ textHint),
/* harmony export */   r: () => (/* binding */ shellWord)
/* harmony export */ });
/* harmony import */ var _markdown_reasons_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5941);

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
    return (0,_markdown_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnosticHint */ .J1)(diagnostic.code)?.replaceAll('<dir>', dir);
}
/** A config dir as one shell word: quoted only when it would otherwise split or expand. */
function shellWord(value) {
    return /^[A-Za-z0-9_./@:+-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}


/***/ })

};

//# sourceMappingURL=550.index.js.map
})
