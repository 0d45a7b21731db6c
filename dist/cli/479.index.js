(function (__ogChunk, __ogChunkUrl) { "use strict"; __ogChunk.id = 479;
__ogChunk.ids = [479];
__ogChunk.modules = {

/***/ 7778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ isU64),
/* harmony export */   KK: () => (/* binding */ parseJsonLossless),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3659);

class JsonSyntaxError extends Error {
    reason;
    line;
    column;
    name = 'JsonSyntaxError';
    constructor(reason, line, column) {
        super(`${reason} at line ${line} column ${column}`);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }
}
function parseJsonLossless(text, options = {}) {
    return new Reader(text, options).document();
}
/** A run of string characters that need no decoding (always matches, possibly empty). */
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings; they end the plain run.
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
class Reader {
    text;
    options;
    i = 0;
    maxDepth;
    constructor(text, options) {
        this.text = text;
        this.options = options;
        this.maxDepth = options.maxDepth ?? 128;
    }
    document() {
        this.skipWs();
        const value = this.value(0);
        this.skipWs();
        if (this.i < this.text.length)
            this.fail('trailing characters');
        return value;
    }
    value(depth) {
        if (depth > this.maxDepth)
            this.fail('recursion limit exceeded');
        const c = this.text.charCodeAt(this.i);
        switch (c) {
            case 0x7b /* { */:
                return this.object(depth);
            case 0x5b /* [ */:
                return this.array(depth);
            case 0x22 /* " */:
                return this.string();
            case 0x74 /* t */:
                return this.literal('true', true);
            case 0x66 /* f */:
                return this.literal('false', false);
            case 0x6e /* n */:
                return this.literal('null', null);
            default:
                if (c === 0x2d || (c >= 0x30 && c <= 0x39))
                    return this.number();
                if (Number.isNaN(c))
                    this.fail('EOF while parsing a value');
                return this.fail('expected value');
        }
    }
    object(depth) {
        this.i++;
        const out = Object.create(null);
        this.skipWs();
        if (this.text.charCodeAt(this.i) === 0x7d) {
            this.i++;
            return out;
        }
        for (;;) {
            this.skipWs();
            if (this.text.charCodeAt(this.i) !== 0x22)
                this.fail(this.i >= this.text.length ? 'EOF while parsing an object' : 'key must be a string');
            const keyAt = this.i;
            const key = this.string();
            if (!this.options.allowDuplicateKeys && Object.prototype.hasOwnProperty.call(out, key)) {
                this.i = keyAt;
                this.fail(`duplicate field \`${key}\``);
            }
            this.skipWs();
            if (this.text.charCodeAt(this.i) !== 0x3a)
                this.fail(this.i >= this.text.length ? 'EOF while parsing an object' : 'expected `:`');
            this.i++;
            this.skipWs();
            out[key] = this.value(depth + 1);
            this.skipWs();
            const c = this.text.charCodeAt(this.i++);
            if (c === 0x7d)
                return out;
            if (c !== 0x2c)
                this.fail(Number.isNaN(c) ? 'EOF while parsing an object' : 'expected `,` or `}`', -1);
        }
    }
    array(depth) {
        this.i++;
        const out = [];
        this.skipWs();
        if (this.text.charCodeAt(this.i) === 0x5d) {
            this.i++;
            return out;
        }
        for (;;) {
            this.skipWs();
            out.push(this.value(depth + 1));
            this.skipWs();
            const c = this.text.charCodeAt(this.i++);
            if (c === 0x5d)
                return out;
            if (c !== 0x2c)
                this.fail(Number.isNaN(c) ? 'EOF while parsing a list' : 'expected `,` or `]`', -1);
        }
    }
    string() {
        const start = this.i + 1;
        // Most strings have no escape and no control character: one native scan to the closing quote.
        PLAIN_RUN.lastIndex = start;
        PLAIN_RUN.test(this.text);
        let j = PLAIN_RUN.lastIndex;
        if (this.text.charCodeAt(j) === 0x22) {
            this.i = j + 1;
            return this.text.slice(start, j);
        }
        let escaped = false;
        for (;;) {
            const c = this.text.charCodeAt(j);
            if (Number.isNaN(c)) {
                this.i = j;
                this.fail('EOF while parsing a string');
            }
            if (c === 0x22)
                break;
            if (c === 0x5c) {
                escaped = true;
                j += 2;
                continue;
            }
            if (c < 0x20) {
                this.i = j;
                this.fail('control character (\\u0000-\\u001F) found while parsing a string');
            }
            j++;
        }
        const raw = this.text.slice(start, j);
        this.i = j + 1;
        if (!escaped)
            return raw;
        try {
            return JSON.parse(`"${raw}"`);
        }
        catch {
            this.i = start;
            return this.fail('invalid escape');
        }
    }
    number() {
        const start = this.i;
        const m = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
        m.lastIndex = start;
        const found = m.exec(this.text);
        if (found === null)
            return this.fail('invalid number');
        this.i = start + found[0].length;
        const token = found[0];
        if (found[1] !== undefined || found[2] !== undefined) {
            const value = Number(token);
            if (!Number.isFinite(value))
                this.fail('number out of range', -token.length);
            return new _json_js__WEBPACK_IMPORTED_MODULE_0__/* .F64 */ .je(value);
        }
        const asNumber = Number(token);
        // Number() rounds past 2^53, and a rounded value is never a safe integer, so this test is exact.
        return Number.isSafeInteger(asNumber) ? asNumber : BigInt(token);
    }
    literal(word, value) {
        if (this.text.startsWith(word, this.i)) {
            this.i += word.length;
            return value;
        }
        return this.fail('expected ident');
    }
    skipWs() {
        // Bounded so the read at the end of the text does not deoptimize the optimized loop.
        while (this.i < this.text.length) {
            const c = this.text.charCodeAt(this.i);
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                this.i++;
            else
                return;
        }
    }
    /** Throws with the 1-based line and column of the current position (plus `shift`). */
    fail(reason, shift = 0) {
        const at = Math.max(0, Math.min(this.text.length, this.i + shift));
        let line = 1;
        let lineStart = 0;
        for (let k = 0; k < at; k++) {
            if (this.text.charCodeAt(k) === 0x0a) {
                line++;
                lineStart = k + 1;
            }
        }
        throw new JsonSyntaxError(reason, line, at - lineStart + 1);
    }
}
/** Whether `value` is an integer the reference's u64 can hold (ledger counters, manifest versions). */
function isU64(value) {
    if (typeof value === 'number')
        return Number.isSafeInteger(value) && value >= 0;
    return typeof value === 'bigint' && value >= 0n && value <= 0xffffffffffffffffn;
}


/***/ }),

/***/ 9150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IZ: () => (/* reexport */ acquireLock),
  If: () => (/* reexport */ forceUnlock),
  mH: () => (/* reexport */ lockDisabledWarning),
  qp: () => (/* reexport */ lockSummary),
  i4: () => (/* reexport */ observeLock),
  x_: () => (/* reexport */ releaseLock)
});

// UNUSED EXPORTS: LOCK_KEY, LOCK_VERSION, lockAgeSeconds, lockFileSchema, lockHeldMessage, lockMetadata, lockText, parseLock

// EXTERNAL MODULE: ./src/base/error-text.ts
var error_text = __webpack_require__(9323);
// EXTERNAL MODULE: ./src/base/lossless-json.ts
var lossless_json = __webpack_require__(7778);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/engine/config/zod-issues.ts
var zod_issues = __webpack_require__(585);
// EXTERNAL MODULE: ./src/base/json.ts
var json = __webpack_require__(3659);
;// CONCATENATED MODULE: ./src/engine/lock/file.ts





const LOCK_KEY = '__cluster/lock.json';
/** `__cluster/lock.json` (docs/contract/lock.md#shape): closed, five fields. `operation` is free text on read. */
const lockFileSchema = schemas/* strictObject */.rej({
    version: schemas/* number */.aig().int().nonnegative(),
    lock_id: schemas/* string */.YjP(),
    operation: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP(),
    pid: schemas/* number */.aig().int().min(0).max(0xffffffff),
});
const LOCK_VERSION = 1;
/** Pretty JSON in field order and, unlike state.json, no trailing newline. */
function lockText(lock) {
    return (0,json/* toPrettyJson */.gM)({ version: lock.version, lock_id: lock.lock_id, operation: lock.operation, created_at: lock.created_at, pid: lock.pid });
}
/** JSON, then the closed shape, then the version (a well-formed foreign version is `unsupported`). */
function parseLock(text) {
    let json;
    try {
        json = (0,lossless_json/* parseJsonLossless */.KK)(text);
    }
    catch (e) {
        return { kind: 'invalid', message: (0,error_text/* errorText */.k)(e) };
    }
    const parsed = lockFileSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { kind: 'invalid', message: issue ? (0,zod_issues/* describeZodIssue */.K)(issue, null).message : 'invalid lock' };
    }
    if (parsed.data.version !== LOCK_VERSION)
        return { kind: 'unsupported', version: parsed.data.version };
    return { kind: 'ok', lock: parsed.data };
}

;// CONCATENATED MODULE: ./src/engine/lock/metadata.ts
function lockMetadata(lock, now) {
    return {
        lock_id: lock.lock_id,
        lock_operation: lock.operation,
        lock_created_at: lock.created_at,
        lock_pid: lock.pid,
        lock_age_seconds: lockAgeSeconds(lock.created_at, now),
    };
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
/**
 * Whole seconds since `created_at`, clamped at 0; undefined unless it is an RFC 3339 date-time
 * (seconds and an offset required, calendar fields in range). `Date.parse` alone is too lenient:
 * it reads offset-less times as local time and rolls Feb 30 over into March.
 */
function lockAgeSeconds(createdAt, now) {
    const m = RFC3339.exec(createdAt);
    if (!m)
        return undefined;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    const offsetHours = m[9] ? Number(m[10]) : 0;
    const offsetMinutes = m[9] ? Number(m[11]) : 0;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59)
        return undefined;
    if (offsetHours > 23 || offsetMinutes > 59)
        return undefined;
    const sign = m[9] === '-' ? -1 : 1;
    const fractionMs = m[7] ? Number(`0${m[7]}`) * 1000 : 0;
    const created = Date.UTC(year, month - 1, day, hour, minute, second) + fractionMs - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
    return Math.max(0, Math.floor((now.getTime() - created) / 1000));
}
/**
 * The human lock summary body (docs/contract/text-output.md#lock-summary): `id=.., operation=.., pid=.., created_at=.., age_seconds=..`
 * with only the known parts; empty when no lock id is known. Callers add the parentheses.
 */
function lockSummary(meta) {
    if (meta.lock_id === undefined)
        return '';
    const parts = [`id=${meta.lock_id}`];
    if (meta.lock_operation !== undefined)
        parts.push(`operation=${meta.lock_operation}`);
    if (meta.lock_pid !== undefined)
        parts.push(`pid=${meta.lock_pid}`);
    if (meta.lock_created_at !== undefined)
        parts.push(`created_at=${meta.lock_created_at}`);
    if (meta.lock_age_seconds !== undefined)
        parts.push(`age_seconds=${meta.lock_age_seconds}`);
    return parts.join(', ');
}

// EXTERNAL MODULE: ./src/engine/diagnostics/index.ts + 2 modules
var diagnostics = __webpack_require__(2165);
// EXTERNAL MODULE: ./src/engine/ports/clock.ts
var clock = __webpack_require__(9871);
// EXTERNAL MODULE: ./src/engine/model/names.ts
var names = __webpack_require__(4148);
;// CONCATENATED MODULE: ./src/engine/lock/acquire.ts






/**
 * docs/contract/lock.md#acquire: create-if-absent of lock.json, so exactly one of any number of racing processes
 * (or machines, on S3) wins and nobody ever sees a half-written lock.
 */
async function acquireLock(storage, request) {
    const lock = {
        version: LOCK_VERSION,
        lock_id: request.ids.ulid(),
        operation: request.operation,
        created_at: (0,clock/* rfc3339 */.a)(request.clock.now()),
        pid: request.pid,
    };
    try {
        const created = await storage.writeIfAbsent(LOCK_KEY, lockText(lock));
        if (created.ok)
            return { kind: 'acquired', lock };
    }
    catch (e) {
        return { kind: 'error', diagnostic: (0,diagnostics/* error */.z3)('state_lock_error', LOCK_KEY, `could not write state lock: ${(0,error_text/* errorText */.k)(e)}`) };
    }
    const holder = await readHolder(storage, request.clock);
    return { kind: 'held', holder, diagnostic: (0,diagnostics/* error */.z3)('state_lock_held', LOCK_KEY, lockHeldMessage(holder.lock_id)) };
}
/** Best effort: the holder's metadata only enriches the refusal. */
async function readHolder(storage, clock) {
    try {
        const stored = await storage.read(LOCK_KEY);
        const parsed = stored ? parseLock(stored.text) : null;
        return parsed?.kind === 'ok' ? lockMetadata(parsed.lock, clock.now()) : {};
    }
    catch {
        return {};
    }
}
/**
 * The suggested command is copied into shells: it is offered only for an id with the lock-id
 * grammar, never for whatever a forged lock.json holds.
 */
function lockHeldMessage(lockId) {
    return lockId === undefined || !(0,names/* isUlid */.ho)(lockId)
        ? 'cluster state lock already exists; remove it only after confirming no cluster operation is active'
        : `cluster state lock already exists (lock id ${lockId}); run \`omnigraph cluster force-unlock ${lockId}\` only after confirming no cluster operation is active`;
}
const DISABLED_VERB = {
    plan: 'plan read state',
    apply: 'apply wrote state',
    refresh: 'refresh wrote state',
    import: 'import wrote state',
    approve: 'approve ran',
};
/** docs/contract/lock.md#acquire: `state.lock: false` skips the lock and says so. */
function lockDisabledWarning(operation) {
    return (0,diagnostics/* warning */.$e)('state_lock_disabled', 'state.lock', `state.lock is false; ${DISABLED_VERB[operation]} without acquiring the cluster state lock`);
}

;// CONCATENATED MODULE: ./src/engine/lock/release.ts


/**
 * docs/contract/lock.md#release: delete the lock only if it still parses and carries our id, so a command whose
 * lock was force-unlocked and re-taken by someone else never removes theirs.
 */
async function releaseLock(storage, lockId) {
    try {
        const stored = await storage.read(LOCK_KEY);
        if (stored === null)
            return { kind: 'absent' };
        const parsed = parseLock(stored.text);
        if (parsed.kind !== 'ok' || parsed.lock.lock_id !== lockId)
            return { kind: 'not_ours' };
        await storage.delete(LOCK_KEY);
        return { kind: 'released' };
    }
    catch (e) {
        return { kind: 'error', message: (0,error_text/* errorText */.k)(e) };
    }
}

;// CONCATENATED MODULE: ./src/engine/lock/observe.ts





/**
 * docs/contract/lock.md#observing: status observes without taking the lock. A present file means `locked`, whatever its
 * content; problems with it are warnings so status stays ok.
 */
async function observeLock(storage, clock) {
    let stored;
    try {
        stored = await storage.read(LOCK_KEY);
    }
    catch (e) {
        // Something is at the lock's key (a read of an absent lock returns null): it counts as locked.
        return { observation: { locked: true }, diagnostics: [(0,diagnostics/* warning */.$e)('state_lock_read_error', LOCK_KEY, `could not read state lock: ${(0,error_text/* errorText */.k)(e)}`)] };
    }
    if (stored === null)
        return { observation: { locked: false }, diagnostics: [] };
    const parsed = parseLock(stored.text);
    if (parsed.kind === 'ok')
        return { observation: { locked: true, ...lockMetadata(parsed.lock, clock.now()) }, diagnostics: [] };
    return { observation: { locked: true }, diagnostics: [parseProblem(parsed, 'warning')] };
}
/**
 * docs/contract/lock.md#force-unlock: remove the lock only when its id is exactly the one given. `locked` is set once
 * the file parsed and cleared after the removal; the holder's metadata is reported either way.
 * No liveness or age check: a human decided.
 */
async function forceUnlock(storage, lockId, clock) {
    let stored;
    try {
        stored = await storage.read(LOCK_KEY);
    }
    catch (e) {
        return refused({ locked: false }, (0,diagnostics/* error */.z3)('state_lock_read_error', LOCK_KEY, `could not read state lock: ${(0,error_text/* errorText */.k)(e)}`));
    }
    if (stored === null)
        return refused({ locked: false }, (0,diagnostics/* error */.z3)('state_lock_missing', LOCK_KEY, 'no cluster state lock is present'));
    const parsed = parseLock(stored.text);
    if (parsed.kind !== 'ok')
        return refused({ locked: false }, parseProblem(parsed, 'error'));
    const held = { locked: true, ...lockMetadata(parsed.lock, clock.now()) };
    const badArgument = (0,names/* ulidProblem */.ae)('requested lock id', lockId);
    if (badArgument !== null)
        return refused(held, (0,diagnostics/* error */.z3)('unsafe_state_name', LOCK_KEY, `${badArgument}; nothing was unlocked`));
    if (parsed.lock.lock_id !== lockId) {
        return refused(held, (0,diagnostics/* error */.z3)('state_lock_id_mismatch', LOCK_KEY, `lock id mismatch: held lock is ${(0,names/* printable */.g$)(parsed.lock.lock_id)}, refusing to remove (pass the exact id from \`cluster status\`)`));
    }
    try {
        await storage.delete(LOCK_KEY);
    }
    catch (e) {
        return refused(held, (0,diagnostics/* error */.z3)('state_lock_error', LOCK_KEY, `could not remove state lock: ${(0,error_text/* errorText */.k)(e)}`));
    }
    return { removed: true, observation: { ...held, locked: false }, diagnostics: [] };
}
function refused(observation, diagnostic) {
    return { removed: false, observation, diagnostics: [diagnostic] };
}
function parseProblem(parsed, severity) {
    const make = severity === 'error' ? diagnostics/* error */.z3 : diagnostics/* warning */.$e;
    return parsed.kind === 'invalid'
        ? make('invalid_state_lock', LOCK_KEY, `could not parse state lock: ${parsed.message}`)
        : make('unsupported_state_lock_version', LOCK_KEY, `unsupported cluster state lock version ${parsed.version}`);
}

;// CONCATENATED MODULE: ./src/engine/lock/index.ts







/***/ }),

/***/ 9266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ APPROVAL_REASON),
/* harmony export */   XJ: () => (/* binding */ DESTRUCTIVE_QUERY_REASON),
/* harmony export */   xg: () => (/* binding */ DESTRUCTIVE_MIGRATION_PREFIX)
/* harmony export */ });
/** The `reason` of every approval gate and of the artifact `approve` writes (docs/contract/approvals.md#artifact). */
const APPROVAL_REASON = 'delete may remove deployed graph or schema definition';
/** Gate reasons of the optional destructive gates (plan/destructive.ts). */
const DESTRUCTIVE_QUERY_REASON = 'query delete removes a deployed query';
const DESTRUCTIVE_MIGRATION_PREFIX = 'destructive migration: ';


/***/ }),

/***/ 9871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ rfc3339)
/* harmony export */ });
/** RFC 3339 UTC with `Z` and millisecond precision (docs/contract/conventions.md#timestamps). */
function rfc3339(date) {
    return Number.isNaN(date.getTime()) ? '1970-01-01T00:00:00Z' : date.toISOString();
}


/***/ }),

/***/ 6040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fc: () => (/* binding */ compileSchema),
  Ey: () => (/* reexport */ describeStep),
  D0: () => (/* reexport */ parseSchema),
  qu: () => (/* reexport */ parseSchemaIr),
  XK: () => (/* reexport */ planSchemaMigration),
  Xx: () => (/* reexport */ schemaIrHash),
  Y0: () => (/* reexport */ schemaIrToJson),
  fE: () => (/* reexport */ schemaShapeHash),
  cI: () => (/* reexport */ unsupportedPlanMessage)
});

// UNUSED EXPORTS: buildCatalog, buildSchemaShape, checkSchemaShape, resolveSchemaIr, schemaShapeJson, syntheticSchemaSource

;// CONCATENATED MODULE: ./src/lang/schema/build-catalog.ts
/**
 * `build_catalog` (docs/contract/engine-schema.md#validation catalog-stage rules): what `cluster validate` and
 * `omnigraph lint --schema` run after parsing. Node checks run before edge checks; per edge the
 * order is duplicate, source, target, case-folding collision. Duplicate property names and
 * duplicate interfaces are deliberately not checked here (the shape stage does that).
 */
function buildCatalog(ast) {
    const interfaces = new Map();
    const nodes = new Map();
    const edges = new Map();
    const fail = (message, at) => ({
        ok: false,
        error: { stage: 'catalog', message: `catalog error: ${message}`, line: at.line, column: at.column },
    });
    for (const d of ast.declarations) {
        if (d.kind === 'interface' && !interfaces.has(d.name)) {
            interfaces.set(d.name, { kind: 'interface', name: d.name, properties: propertyMap(d.properties) });
        }
    }
    for (const d of ast.declarations) {
        if (d.kind !== 'node')
            continue;
        if (nodes.has(d.name))
            return fail(`duplicate node type: ${d.name}`, d);
        nodes.set(d.name, {
            kind: 'node',
            name: d.name,
            annotations: d.annotations,
            implements: d.implements,
            properties: propertyMap(d.properties),
            constraints: d.constraints.map(plainConstraint),
        });
    }
    const folded = new Map();
    for (const d of ast.declarations) {
        if (d.kind !== 'edge')
            continue;
        if (edges.has(d.name))
            return fail(`duplicate edge type: ${d.name}`, d);
        if (!nodes.has(d.fromType))
            return fail(`edge ${d.name} references unknown source type: ${d.fromType}`, d);
        if (!nodes.has(d.toType))
            return fail(`edge ${d.name} references unknown target type: ${d.toType}`, d);
        const lower = d.name.toLowerCase();
        const earlier = folded.get(lower);
        if (earlier !== undefined)
            return fail(`edge name collision after case folding: '${d.name}' conflicts with '${earlier}'`, d);
        folded.set(lower, d.name);
        edges.set(d.name, {
            kind: 'edge',
            name: d.name,
            fromType: d.fromType,
            toType: d.toType,
            cardinality: d.cardinality,
            annotations: d.annotations,
            properties: propertyMap(d.properties),
            constraints: d.constraints.map(plainConstraint),
        });
    }
    const findEdge = (name) => {
        const exact = edges.get(name);
        if (exact !== undefined)
            return exact;
        const canonical = folded.get(name.toLowerCase());
        return canonical === undefined ? undefined : edges.get(canonical);
    };
    return { ok: true, value: { interfaces, nodes, edges, findEdge } };
}
/** The first declaration of a name wins; duplicates are a shape-stage error, not a catalog one. */
function propertyMap(props) {
    const map = new Map();
    for (const p of props) {
        if (map.has(p.name))
            continue;
        map.set(p.name, { name: p.name, type: p.type, annotations: p.annotations, embedSource: embedSource(p), declaredDirectly: p.declaredDirectly });
    }
    return map;
}
function embedSource(p) {
    const embed = p.annotations.find((a) => a.name === 'embed');
    if (embed === undefined || embed.value === null)
        return null;
    const model = embed.kwargs.get('model');
    return {
        propertyName: String(embed.value.value),
        model: model === undefined ? null : String(model.value),
    };
}
function plainConstraint(c) {
    switch (c.kind) {
        case 'key':
        case 'unique':
        case 'index':
            return { kind: c.kind, columns: [...c.columns] };
        case 'range':
            return { kind: 'range', property: c.property, min: c.min, max: c.max };
        case 'check':
            return { kind: 'check', property: c.property, pattern: c.pattern };
    }
}

// EXTERNAL MODULE: ./src/lang/schema/parse/cursor.ts
var parse_cursor = __webpack_require__(8870);
;// CONCATENATED MODULE: ./src/lang/schema/catalog.ts
/**
 * The compiled view of a `.pg` schema that the query type checker and the migration planner read
 * (docs/contract/engine-schema.md, docs/contract/engine-query.md#type-checks). Built by `buildCatalog`; never mutated afterwards.
 */
/** Display form used in messages: `String?`, `[I64]`, `enum(a, b)?`, `Vector(4)`. */
function displayPropType(type) {
    const scalar = typeof type.scalar === 'string' ? type.scalar : `Vector(${type.scalar.Vector})`;
    const core = type.enumValues ? `enum(${type.enumValues.join(', ')})` : type.list ? `[${scalar}]` : scalar;
    return type.nullable ? `${core}?` : core;
}

;// CONCATENATED MODULE: ./src/lang/schema/parse/failure.ts
/**
 * A semantic schema error raised deep inside one of the ordered passes. The passes run strictly
 * one after another and the first error wins (docs/contract/engine-schema.md#validation), so unwinding to the single
 * `parseSchema`/`buildCatalog` boundary \u2014 which turns it into a `LangResult` \u2014 is the simplest
 * faithful model. It never escapes this folder.
 */
class SchemaFailure {
    stage;
    message;
    line;
    column;
    constructor(stage, message, line, column) {
        this.stage = stage;
        this.message = message;
        this.line = line;
        this.column = column;
    }
}
function parseFailure(message, at) {
    return new SchemaFailure('parse', message, at?.line, at?.column);
}

// EXTERNAL MODULE: ./src/base/json.ts
var json = __webpack_require__(3659);
;// CONCATENATED MODULE: ./src/lang/schema/parse/lower.ts


const RESERVED = new Set(['_rowid', '_rowaddr', '_rowoffset', '_row_created_at_version', '_row_last_updated_at_version']);
const U32_MAX = 4294967295n;
const VECTOR_MAX = 2147483647n;
function lowerDecl(decl) {
    if (decl.kind === 'interface') {
        return { kind: 'interface', name: decl.name, line: decl.line, column: decl.column, properties: decl.properties.map(lowerProperty) };
    }
    const cardinality = decl.kind === 'edge' ? lowerCardinality(decl.cardinality) : null;
    const properties = [];
    const constraints = [];
    const annotations = decl.annotations.map(lowerAnnotation);
    for (const item of decl.body) {
        if (item.kind === 'property') {
            const prop = lowerProperty(item.property);
            properties.push(prop);
            constraints.push(...desugar(prop));
        }
        else {
            constraints.push(lowerConstraint(item.constraint));
        }
    }
    if (decl.kind === 'node') {
        return { kind: 'node', name: decl.name, line: decl.line, column: decl.column, annotations, implements: decl.implements, properties, constraints };
    }
    return {
        kind: 'edge',
        name: decl.name,
        line: decl.line,
        column: decl.column,
        fromType: decl.fromType,
        toType: decl.toType,
        cardinality: cardinality ?? { min: 0, max: null },
        annotations,
        properties,
        constraints,
    };
}
/** Property-level `@key/@unique/@index` (argument-less by grammar) as constraints on the owner. */
function desugar(prop, origin = 'property') {
    const out = [];
    for (const a of prop.annotations) {
        if (a.name === 'key' || a.name === 'unique' || a.name === 'index') {
            out.push({ kind: a.name, columns: [prop.name], line: a.line, column: a.column, origin });
        }
    }
    return out;
}
function lowerCardinality(card) {
    if (card === null)
        return null;
    if (BigInt(card.min) > U32_MAX)
        throw parseFailure(`invalid cardinality min: ${card.min}`, card);
    if (card.max !== null && BigInt(card.max) > U32_MAX)
        throw parseFailure(`invalid cardinality max: ${card.max}`, card);
    const min = Number(card.min);
    const max = card.max === null ? null : Number(card.max);
    if (max !== null && min > max)
        throw parseFailure(`cardinality min (${min}) exceeds max (${max})`, card);
    return { min, max };
}
function lowerProperty(raw) {
    const type = lowerType(raw.type, raw.nullable, raw);
    if (RESERVED.has(raw.name)) {
        throw parseFailure(`property name '${raw.name}' is reserved for a virtual storage system column; choose a different name`, raw);
    }
    return { name: raw.name, type, annotations: raw.annotations.map(lowerAnnotation), line: raw.line, column: raw.column };
}
function lowerType(t, nullable, at) {
    switch (t.kind) {
        case 'base':
            return { scalar: t.scalar, nullable, list: false, enumValues: null };
        case 'list':
            if (t.scalar === 'Blob')
                throw parseFailure('list of Blob is not supported', at);
            return { scalar: t.scalar, nullable, list: true, enumValues: null };
        case 'enum': {
            const sorted = [...t.values].sort(json/* compareBytes */.Xo);
            for (let i = 1; i < sorted.length; i++) {
                if (sorted[i] === sorted[i - 1])
                    throw parseFailure('enum type cannot include duplicate values', at);
            }
            return { scalar: 'String', nullable, list: false, enumValues: sorted };
        }
        case 'vector': {
            const dim = BigInt(t.dimension);
            if (dim === 0n)
                throw parseFailure('Vector dimension must be greater than zero', at);
            // parser.rs formats the ParseIntError here (not the text, unlike the cardinality bounds).
            if (dim > U32_MAX)
                throw parseFailure('invalid Vector dimension: number too large to fit in target type', at);
            if (dim > VECTOR_MAX)
                throw parseFailure(`Vector dimension ${dim} exceeds maximum supported 2147483647`, at);
            return { scalar: { Vector: Number(dim) }, nullable, list: false, enumValues: null };
        }
    }
}
function lowerAnnotation(raw) {
    const kwargs = new Map();
    for (const [k, v] of raw.kwargs)
        kwargs.set(k, lowerLiteral(v));
    return { name: raw.name, value: raw.value === null ? null : lowerLiteral(raw.value), kwargs, line: raw.line, column: raw.column };
}
function lowerLiteral(lit) {
    if (lit.kind === 'rawString')
        return { kind: 'string', value: lower_unescape(lit.raw, lit) };
    if (lit.kind === 'bool')
        return { kind: 'bool', value: lit.value };
    return { kind: lit.kind, value: lit.value };
}
const ESCAPES = { '"': '"', '\\': '\\', n: '\n', r: '\r', t: '\t' };
function lower_unescape(raw, at) {
    if (!raw.includes('\\'))
        return raw;
    let out = '';
    for (let i = 0; i < raw.length; i++) {
        const ch = raw[i];
        if (ch !== '\\') {
            out += ch;
            continue;
        }
        const next = raw[i + 1] ?? '';
        const mapped = ESCAPES[next];
        if (mapped === undefined)
            throw parseFailure(`unsupported escape sequence: \\${next}`, at);
        out += mapped;
        i++;
    }
    return out;
}
function lowerConstraint(raw) {
    const at = { line: raw.line, column: raw.column, origin: 'body' };
    const propertyName = (arg) => {
        if (arg?.kind !== 'ident')
            throw parseFailure('expected property name in constraint', arg ?? raw);
        return arg.name;
    };
    switch (raw.name) {
        case 'key':
        case 'unique':
        case 'index':
            return { kind: raw.name, columns: raw.args.map(propertyName), ...at };
        case 'range': {
            if (raw.args.length < 2)
                throw parseFailure('@range requires property name and bounds: @range(prop, min..max)', raw);
            const property = propertyName(raw.args[0]);
            const bounds = raw.args[1];
            if (bounds?.kind !== 'bounds')
                throw parseFailure('expected range bounds (min..max) in @range constraint', bounds ?? raw);
            // The reference assigns the first number it sees to `min`, so `..5` means "min 5".
            const first = bounds.min ?? bounds.max;
            const second = bounds.min === null ? null : bounds.max;
            return { kind: 'range', property, min: first === null ? null : rangeBound(first), max: second === null ? null : rangeBound(second), ...at };
        }
        case 'check': {
            if (raw.args.length < 2)
                throw parseFailure('@check requires property name and pattern: @check(prop, "regex")', raw);
            const property = propertyName(raw.args[0]);
            const pattern = raw.args[1];
            if (pattern?.kind !== 'literal' || pattern.literal.kind !== 'rawString')
                throw parseFailure('expected string argument in constraint', pattern ?? raw);
            return { kind: 'check', property, pattern: lower_unescape(pattern.literal.raw, pattern), ...at };
        }
    }
}
/**
 * parser.rs `parse_constraint_bound` tries i64 first, then f64: `0` is Integer, `0.0` Float, and an
 * integer past the i64 range becomes a Float rather than a rounded Integer.
 */
function rangeBound(text) {
    if (text.includes('.'))
        return { Float: Number(text) };
    const n = BigInt(text);
    return n > I64_MAX || n < -I64_MAX - 1n ? { Float: Number(text) } : { Integer: Number(text) };
}
const I64_MAX = 9223372036854775807n;

;// CONCATENATED MODULE: ./src/lang/schema/parse/expand.ts



function samePropType(a, b) {
    const scalarEq = typeof a.scalar === 'string' || typeof b.scalar === 'string' ? a.scalar === b.scalar : a.scalar.Vector === b.scalar.Vector;
    const enumEq = a.enumValues === null || b.enumValues === null
        ? a.enumValues === b.enumValues
        : a.enumValues.length === b.enumValues.length && a.enumValues.every((v, i) => v === b.enumValues?.[i]);
    return scalarEq && a.nullable === b.nullable && a.list === b.list && enumEq;
}
/** First declaration of each interface name, so expansion stays linear in the schema size. */
function interfaceIndex(decls) {
    const map = new Map();
    for (const d of decls)
        if (d.kind === 'interface' && !map.has(d.name))
            map.set(d.name, d);
    return map;
}
function expandNode(node, interfaces) {
    const properties = node.properties.map((p) => ({ ...p, declaredDirectly: true, satisfies: [] }));
    const constraints = [...node.constraints];
    const byName = new Map();
    properties.forEach((p, i) => {
        if (!byName.has(p.name))
            byName.set(p.name, i);
    });
    for (const impl of node.implements) {
        const iface = interfaces.get(impl.name);
        if (iface === undefined) {
            throw parseFailure(`node ${node.name} implements unknown interface '${impl.name}'`, impl);
        }
        for (const ip of iface.properties) {
            const link = { interfaceName: iface.name, propertyName: ip.name };
            const index = byName.get(ip.name);
            const existing = index === undefined ? undefined : properties[index];
            if (index !== undefined && existing !== undefined) {
                if (!samePropType(existing.type, ip.type)) {
                    throw parseFailure(`node ${node.name} property '${ip.name}' has type ${displayPropType(existing.type)} but interface ${iface.name} declares it as ${displayPropType(ip.type)}`, existing);
                }
                properties[index] = { ...existing, satisfies: [...existing.satisfies, link] };
                continue;
            }
            byName.set(ip.name, properties.length);
            properties.push(injected(ip, link));
            constraints.push(...desugar(ip, 'interface'));
        }
    }
    return { properties, constraints };
}
function injected(ip, link) {
    return { ...ip, declaredDirectly: false, satisfies: [link] };
}

;// CONCATENATED MODULE: ./src/lang/schema/parse/syntax.ts

/**
 * Recognises the `.pg` grammar (docs/contract/engine-schema.md#grammar) into raw declarations. The grammar has no
 * recursion, so this is a flat loop: no input can exhaust the stack, and every character is
 * looked at a bounded number of times. Failures are thrown as `SyntaxFailure` internally and
 * caught by `parseRaw`, which returns them as values.
 */
const TYPE_NAME = /[A-Z][A-Za-z0-9_]*/y;
const IDENT = /[a-z_][A-Za-z0-9_]*/y;
const ENUM_VALUE = /[A-Za-z0-9_-]+/y;
const INT = /[0-9]+/y;
const FLOAT = /[0-9]+\.[0-9]+/y;
const NUM = /-?[0-9]+(?:\.[0-9]+)?/y;
// `bool_lit = { "true" | "false" }` is a plain prefix in schema.pest: `true_id` reads as `true` then `_id`.
const BOOL = /true|false/y;
/** `"` \u2026 `"` with any backslash pair; which escapes are legal is a semantic check. */
const STRING = /"(?:[^"\\]|\\[\s\S])*"/y;
const CONSTRAINT_AHEAD = /@\s*(key|unique|index|range|check)(?:\s|\/\/[^\n]*\n?|\/\*[\s\S]*?\*\/)*\(/y;
/** Ordered choice, `DateTime` before `Date` as in the reference grammar. */
const BASE_TYPES = ['String', 'Blob', 'Bool', 'I32', 'I64', 'U32', 'U64', 'F32', 'F64', 'DateTime', 'Date'];
function parseRaw(cursor) {
    const decls = [];
    try {
        for (;;) {
            cursor.skipTrivia();
            if (cursor.atEnd())
                return { ok: true, decls };
            decls.push(parseDecl(cursor));
        }
    }
    catch (e) {
        if (e instanceof parse_cursor/* SyntaxFailure */.CM)
            return { ok: false, failure: e };
        throw e;
    }
}
function here(c) {
    c.skipTrivia();
    return c.position(c.pos);
}
function parseDecl(c) {
    const pos = here(c);
    if (c.eat('interface')) {
        const name = typeName(c);
        c.expect('{', ['interface_body']);
        const properties = [];
        while (!c.eat('}')) {
            const p = here(c);
            const prop = c.match(IDENT);
            if (prop === null)
                throw c.fail(['prop_decl']);
            properties.push(propertyRest(c, prop, p));
        }
        return { kind: 'interface', name, properties, ...pos };
    }
    if (c.eat('node')) {
        const name = typeName(c);
        const annotations = annotationsList(c);
        const impls = [];
        if (c.eat('implements')) {
            do {
                const p = here(c);
                impls.push({ name: typeName(c), ...p });
            } while (c.eat(','));
        }
        if (!c.eat('{'))
            throw c.fail(impls.length === 0 ? ['annotation', 'implements', 'node_body'] : ['node_body']);
        return { kind: 'node', name, annotations, implements: impls, body: body(c), ...pos };
    }
    if (c.eat('edge')) {
        const name = typeName(c);
        c.expect(':', ['edge_endpoints']);
        const fromType = typeName(c);
        c.expect('->', ['edge_endpoints']);
        const toType = typeName(c);
        const cardinality = cardinalityClause(c);
        const annotations = annotationsList(c);
        const items = c.eat('{') ? body(c) : [];
        return { kind: 'edge', name, fromType, toType, cardinality, annotations, body: items, ...pos };
    }
    throw c.fail(['EOI', 'interface_decl', 'node_decl', 'edge_decl']);
}
function typeName(c) {
    const name = c.match(TYPE_NAME);
    if (name === null)
        throw c.fail(['type_name']);
    return name;
}
function ident(c, rules = ['ident']) {
    const name = c.match(IDENT);
    if (name === null)
        throw c.fail(rules);
    return name;
}
function cardinalityClause(c) {
    const start = c.pos;
    const pos = here(c);
    if (!c.eat('@card'))
        return null;
    if (!c.eat('(')) {
        c.pos = start;
        return null;
    }
    const min = c.match(INT);
    if (min === null)
        throw c.fail(['card_min']);
    c.expect('..', ['card_range']);
    const max = c.match(INT);
    c.expect(')', ['card_max']);
    return { min, max, ...pos };
}
/** `{ (prop_decl | body_constraint)* }` after the opening brace. */
function body(c) {
    const items = [];
    for (;;) {
        if (c.eat('}'))
            return items;
        if (c.peek('@')) {
            if (!isConstraintAhead(c))
                throw c.fail(['prop_decl', 'body_constraint']);
            items.push({ kind: 'constraint', constraint: bodyConstraint(c) });
            continue;
        }
        const p = here(c);
        const name = c.match(IDENT);
        if (name === null)
            throw c.fail(['prop_decl', 'body_constraint']);
        items.push({ kind: 'property', property: propertyRest(c, name, p) });
    }
}
function isConstraintAhead(c) {
    c.skipTrivia();
    CONSTRAINT_AHEAD.lastIndex = c.pos;
    return CONSTRAINT_AHEAD.test(c.src);
}
function propertyRest(c, name, pos) {
    c.expect(':', ['type_annotation']);
    const type = coreType(c);
    const nullable = c.eat('?');
    const annotations = annotationsList(c);
    return { name, type, nullable, annotations, ...pos };
}
function coreType(c) {
    if (c.eat('[')) {
        const scalar = baseType(c);
        if (scalar === null)
            throw c.fail(['base_type']);
        c.expect(']', ['list_type']);
        return { kind: 'list', scalar };
    }
    const start = c.pos;
    if (c.eat('enum')) {
        if (c.eat('(')) {
            const values = [];
            do {
                const v = c.match(ENUM_VALUE);
                if (v === null)
                    throw c.fail(['enum_value']);
                values.push(v);
            } while (c.eat(','));
            c.expect(')', ['enum_type']);
            return { kind: 'enum', values };
        }
        c.pos = start;
    }
    if (c.eat('Vector')) {
        if (c.eat('(')) {
            const dimension = c.match(INT);
            if (dimension === null)
                throw c.fail(['vector_dim']);
            c.expect(')', ['vector_type']);
            return { kind: 'vector', dimension };
        }
        c.pos = start;
    }
    const scalar = baseType(c);
    if (scalar === null)
        throw c.fail(['type_ref']);
    return { kind: 'base', scalar };
}
function baseType(c) {
    for (const t of BASE_TYPES)
        if (c.eat(t))
            return t;
    return null;
}
/** `annotation*`, stopping before a body constraint (`@key(`\u2026); a late `@card(0..1)` fails as an annotation. */
function annotationsList(c) {
    const out = [];
    while (c.peek('@') && !isConstraintAhead(c))
        out.push(annotation(c));
    return out;
}
function annotation(c) {
    const pos = here(c);
    c.expect('@', ['annotation']);
    const name = ident(c, ['annotation']);
    if (!c.eat('('))
        return { name, value: null, kwargs: [], ...pos };
    const value = literal(c) ?? identLiteral(c);
    if (value === null)
        throw c.fail(['ann_arg']);
    const kwargs = [];
    while (c.eat(',')) {
        const key = ident(c, ['ann_kwarg']);
        c.expect('=', ['ann_kwarg']);
        const v = literal(c);
        if (v === null)
            throw c.fail(['literal']);
        kwargs.push([key, v]);
    }
    c.expect(')', ['ann_kwarg']);
    return { name, value, kwargs, ...pos };
}
function identLiteral(c) {
    const pos = here(c);
    const name = c.match(IDENT);
    return name === null ? null : { kind: 'ident', value: name, ...pos };
}
function literal(c) {
    const pos = here(c);
    const s = c.match(STRING);
    if (s !== null)
        return { kind: 'rawString', raw: s.slice(1, -1), ...pos };
    const f = c.match(FLOAT);
    if (f !== null)
        return { kind: 'float', value: f, ...pos };
    const i = c.match(INT);
    if (i !== null)
        return { kind: 'integer', value: i, ...pos };
    const b = c.match(BOOL);
    if (b !== null)
        return { kind: 'bool', value: b === 'true', ...pos };
    return null;
}
function bodyConstraint(c) {
    const pos = here(c);
    c.expect('@', ['body_constraint']);
    const name = c.match(/key|unique|index|range|check/y);
    c.expect('(', ['body_constraint']);
    const args = [];
    do {
        const arg = constraintArg(c);
        if (arg === null)
            throw c.fail(['constraint_arg']);
        args.push(arg);
    } while (c.eat(','));
    c.expect(')', ['constraint_arg']);
    return { name, args, ...pos };
}
function constraintArg(c) {
    const pos = here(c);
    const start = c.pos;
    const lo = c.match(NUM);
    if (lo !== null) {
        if (c.eat('..'))
            return { kind: 'bounds', min: lo, max: c.match(NUM), ...pos };
        c.pos = start;
    }
    else if (c.eat('..')) {
        const hi = c.match(NUM);
        if (hi !== null)
            return { kind: 'bounds', min: null, max: hi, ...pos };
        c.pos = start;
    }
    const lit = literal(c);
    if (lit !== null)
        return { kind: 'literal', literal: lit, ...pos };
    const name = c.match(IDENT);
    return name === null ? null : { kind: 'ident', name, ...pos };
}

;// CONCATENATED MODULE: ./src/lang/schema/parse/validate-annotations.ts

/**
 * Annotation validation (docs/contract/engine-schema.md#validation rules 4\u20136), one declaration at a time in file order.
 * Unknown annotation names are opaque metadata and pass.
 */
const PROPERTY_ONLY = new Set(['key', 'unique', 'index', 'embed']);
function nonEmptyString(value) {
    return value !== null && (value.kind === 'string' || value.kind === 'ident') && value.value.trim() !== '';
}
function checkDescription(a, seen, target) {
    if (seen.has(a.name))
        throw parseFailure(`${target} declares @${a.name} multiple times`, a);
    seen.add(a.name);
    if (!nonEmptyString(a.value))
        throw parseFailure(`@${a.name} on ${target} requires a non-empty value`, a);
}
function checkRenameFrom(a, seen, target) {
    if (seen.has(a.name))
        throw parseFailure(`${target} declares @rename_from multiple times`, a);
    seen.add(a.name);
    if (!nonEmptyString(a.value))
        throw parseFailure(`@rename_from on ${target} requires exactly one non-empty positional value`, a);
    if (a.kwargs.size > 0)
        throw parseFailure(`@rename_from on ${target} does not accept keyword arguments`, a);
}
function validateTypeAnnotations(kind, name, annotations) {
    const target = `${kind} ${name}`;
    const seen = new Set();
    for (const a of annotations) {
        if (PROPERTY_ONLY.has(a.name)) {
            throw parseFailure(kind === 'node'
                ? `@${a.name} is only supported on node properties or as body constraint (node ${name})`
                : `@${a.name} is not supported on edges (edge ${name})`, a);
        }
        if (a.name === 'description' || a.name === 'instruction')
            checkDescription(a, seen, target);
        else if (a.name === 'rename_from')
            checkRenameFrom(a, seen, target);
    }
}
/** `siblings` = the owner's effective properties, where `@embed` looks for its source. */
function validatePropertyAnnotations(ownerKind, owner, prop, siblings) {
    const qualified = `${owner}.${prop.name}`;
    const target = `property ${qualified}`;
    const early = new Set();
    for (const a of prop.annotations) {
        if (a.name === 'description')
            checkDescription(a, early, target);
        else if (a.name === 'rename_from')
            checkRenameFrom(a, early, target);
    }
    const type = prop.type;
    const isVector = typeof type.scalar !== 'string';
    const seen = new Set();
    for (const a of prop.annotations) {
        if (PROPERTY_ONLY.has(a.name)) {
            if (type.list)
                throw parseFailure(`@${a.name} is not supported on list property ${qualified}`, a);
            if (isVector && (a.name === 'key' || a.name === 'unique'))
                throw parseFailure(`@${a.name} is not supported on vector property ${qualified}`, a);
            if (type.scalar === 'Blob')
                throw parseFailure(`@${a.name} is not supported on blob property ${qualified}`, a);
        }
        if (a.name === 'instruction')
            throw parseFailure(`@instruction is only supported on node and edge types (property ${qualified})`, a);
        if (ownerKind === 'edge' && (a.name === 'key' || a.name === 'embed')) {
            throw parseFailure(`@${a.name} is not supported on edge properties (edge ${qualified})`, a);
        }
        if (a.name === 'key' || a.name === 'unique' || a.name === 'index') {
            if (seen.has(a.name))
                throw parseFailure(`property ${qualified} declares @${a.name} multiple times`, a);
            seen.add(a.name);
        }
        else if (a.name === 'embed') {
            if (seen.has(a.name))
                throw parseFailure(`property ${qualified} declares @embed multiple times`, a);
            seen.add(a.name);
            validateEmbed(a, owner, qualified, isVector, siblings);
        }
    }
}
function validateEmbed(a, owner, qualified, isVector, siblings) {
    if (!isVector)
        throw parseFailure(`@embed is only supported on vector properties (${qualified})`, a);
    const value = a.value;
    if (value === null)
        throw parseFailure(`@embed on ${qualified} requires a source property name`, a);
    const source = value.kind === 'string' || value.kind === 'ident' ? value.value : '';
    if (source.trim() === '')
        throw parseFailure(`@embed on ${qualified} requires a non-empty source property name`, a);
    for (const key of a.kwargs.keys()) {
        if (key !== 'model')
            throw parseFailure(`@embed on ${qualified} has unknown argument '${key}=' (only 'model' is supported)`, a);
    }
    const sourceProp = siblings.find((p) => p.name === source);
    if (sourceProp === undefined)
        throw parseFailure(`@embed on ${qualified} references unknown source property ${source}`, a);
    if (sourceProp.type.scalar !== 'String' || sourceProp.type.list) {
        throw parseFailure(`@embed source property ${owner}.${source} must be String`, a);
    }
}

;// CONCATENATED MODULE: ./src/lang/schema/parse/validate-constraints.ts


/** Constraint target validation (docs/contract/engine-schema.md#validation rule 8) over a type's effective constraints. */
const NUMERIC = new Set(['I32', 'I64', 'U32', 'U64', 'F32', 'F64']);
function validateConstraints(kind, owner, properties, constraints) {
    let keys = 0;
    const find = (label, name, at) => {
        const prop = properties.find((p) => p.name === name);
        if (prop === undefined)
            throw parseFailure(`@${label} on ${owner} references unknown property '${name}'`, at);
        return prop;
    };
    for (const c of constraints) {
        switch (c.kind) {
            case 'key': {
                if (kind === 'edge')
                    throw parseFailure(`@key constraint is not supported on edges (edge ${owner})`, c);
                keys++;
                if (keys > 1)
                    throw parseFailure(`node type ${owner} has multiple @key constraints; only one is supported`, c);
                for (const col of c.columns) {
                    const p = find('key', col, c);
                    const q = `${owner}.${p.name}`;
                    if (p.type.nullable)
                        throw parseFailure(`@key property ${q} cannot be nullable`, c);
                    if (p.type.list)
                        throw parseFailure(`@key is not supported on list property ${q}`, c);
                    if (typeof p.type.scalar !== 'string')
                        throw parseFailure(`@key is not supported on vector property ${q}`, c);
                    if (p.type.scalar === 'Blob')
                        throw parseFailure(`@key is not supported on blob property ${q}`, c);
                }
                break;
            }
            case 'unique':
            case 'index':
                for (const col of c.columns) {
                    if (kind === 'edge' && (col === 'src' || col === 'dst') && !properties.some((p) => p.name === col))
                        continue;
                    const p = find(c.kind, col, c);
                    if (p.type.scalar === 'Blob')
                        throw parseFailure(`@${c.kind} is not supported on blob property ${owner}.${p.name}`, c);
                }
                break;
            case 'range': {
                if (kind === 'edge')
                    throw parseFailure(`@range constraint is not supported on edges (edge ${owner})`, c);
                const p = find('range', c.property, c);
                const scalar = p.type.scalar;
                if (typeof scalar !== 'string' || !NUMERIC.has(scalar) || p.type.list) {
                    throw parseFailure(`@range on ${owner}.${p.name} requires a numeric type, got ${displayPropType(p.type)}`, c);
                }
                break;
            }
            case 'check': {
                if (kind === 'edge')
                    throw parseFailure(`@check constraint is not supported on edges (edge ${owner})`, c);
                const p = find('check', c.property, c);
                if (p.type.scalar !== 'String' || p.type.list) {
                    throw parseFailure(`@check on ${owner}.${p.name} requires String type, got ${displayPropType(p.type)}`, c);
                }
                break;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/lang/schema/parse-schema.ts







/**
 * `parse_schema` (docs/contract/engine-schema.md#grammar, docs/contract/engine-schema.md#validation): grammar first (a pest-style syntax error, single
 * `parse error: ` prefix), then the semantic passes in the reference's order \u2014 lowering per
 * declaration, interface expansion, annotation validation, constraint validation \u2014 whose errors
 * carry the doubled `parse error: parse error: ` prefix the reference's entry point produces.
 */
function parseSchema(source) {
    const cursor = new parse_cursor/* Cursor */.bs(source);
    const raw = parseRaw(cursor);
    if (!raw.ok) {
        const { message, line, column } = (0,parse_cursor/* renderSyntaxError */.WM)(cursor, raw.failure);
        return { ok: false, error: { stage: 'parse', message, line, column } };
    }
    try {
        const lowered = raw.decls.map(lowerDecl);
        const interfaces = interfaceIndex(lowered);
        const decls = lowered.map((d) => expandDecl(d, interfaces));
        for (const d of decls)
            validateDeclAnnotations(d);
        for (const d of decls)
            if (d.kind !== 'interface')
                validateConstraints(d.kind, d.name, d.properties, d.constraints);
        return { ok: true, value: { declarations: decls } };
    }
    catch (e) {
        if (e instanceof SchemaFailure)
            return { ok: false, error: schemaError(e) };
        throw e;
    }
}
/** Renders an internal failure with the reference's display prefix for its stage. */
function schemaError(e) {
    const message = e.stage === 'parse' ? `parse error: parse error: ${e.message}` : `catalog error: ${e.message}`;
    return { stage: e.stage, message, ...(e.line === undefined ? {} : { line: e.line, column: e.column }) };
}
function expandDecl(d, interfaces) {
    const direct = (props) => props.map((p) => ({ ...p, declaredDirectly: true, satisfies: [] }));
    switch (d.kind) {
        case 'interface':
            return { kind: 'interface', name: d.name, line: d.line, column: d.column, properties: direct(d.properties) };
        case 'node': {
            const { properties, constraints } = expandNode(d, interfaces);
            return {
                kind: 'node',
                name: d.name,
                line: d.line,
                column: d.column,
                annotations: d.annotations,
                implements: d.implements.map((i) => i.name),
                properties,
                constraints,
            };
        }
        case 'edge':
            return { ...d, properties: direct(d.properties) };
    }
}
function validateDeclAnnotations(d) {
    if (d.kind !== 'interface')
        validateTypeAnnotations(d.kind, d.name, d.annotations);
    for (const p of d.properties) {
        // Injected copies were already validated on their interface.
        if (!p.declaredDirectly)
            continue;
        validatePropertyAnnotations(d.kind, d.name, p, d.properties);
    }
}

// EXTERNAL MODULE: ./src/base/hash.ts
var hash = __webpack_require__(2497);
;// CONCATENATED MODULE: ./src/lang/schema/shape/shape.ts



const NOT_METADATA = new Set(['rename_from', 'embed', 'key', 'unique', 'index']);
const PROPERTY_CONSTRAINT_ORDER = ['key', 'unique', 'index'];
const byName = (a, b) => (0,json/* compareBytes */.Xo)(a.name, b.name);
function propTypeJson(t) {
    return { scalar: t.scalar, nullable: t.nullable, list: t.list, enum_values: t.enumValues };
}
function literalText(v) {
    return typeof v.value === 'boolean' ? String(v.value) : v.value;
}
/** Drops hints and constraint/embed markers; sorts by compact JSON and de-duplicates. */
function shapeAnnotations(annotations) {
    if (annotations.length === 0)
        return [];
    const out = new Map();
    for (const a of annotations) {
        if (NOT_METADATA.has(a.name))
            continue;
        const kwargs = [...a.kwargs.entries()].sort((x, y) => (0,json/* compareBytes */.Xo)(x[0], y[0]));
        const entry = {
            name: a.name,
            value: a.value === null ? null : literalText(a.value),
            ...(kwargs.length > 0 ? { kwargs: Object.fromEntries(kwargs.map(([k, v]) => [k, literalText(v)])) } : {}),
        };
        out.set((0,json/* toCompactJson */.ZJ)(entry), entry);
    }
    return sortedValues(out);
}
function shapeProperty(p, owner) {
    const present = new Set(p.annotations.map((a) => a.name));
    const source = embedSource(p);
    return {
        name: p.name,
        prop_type: propTypeJson(p.type),
        annotations: shapeAnnotations(p.annotations),
        property_constraints: PROPERTY_CONSTRAINT_ORDER.filter((k) => present.has(k)),
        embed_source: source === null ? null : { property_name: source.propertyName, model: source.model },
        declared_directly: owner !== 'node' || p.declaredDirectly,
        // Most properties satisfy nothing: no list to map, key and sort for them.
        satisfies_interface_properties: owner === 'node' && p.satisfies.length > 0
            ? dedupeSorted(p.satisfies.map((s) => ({ owner_name: s.interfaceName, property_name: s.propertyName })), (s) => `${s.owner_name}\u0000${s.property_name}`)
            : [],
    };
}
function dedupeSorted(items, key) {
    const map = new Map();
    for (const item of items)
        map.set(key(item), item);
    return sortedValues(map);
}
/**
 * The values in byte-wise order of their keys. Sorting the keys, not [key, value] pairs: a
 * destructuring comparison per pair was slow before the JIT had warmed (one schema per graph).
 */
function sortedValues(map) {
    return (0,json/* sortBytewise */.lP)([...map.keys()]).map((key) => map.get(key));
}
/** Rust `{:?}` of `Option<RangeBound>`, part of the sort key. */
function debugBound(b) {
    if (b === null)
        return 'None';
    if ('Integer' in b)
        return `Some(Integer(${b.Integer}))`;
    const text = String(b.Float);
    return `Some(Float(${/[.eE]/.test(text) || !Number.isFinite(b.Float) ? text : `${text}.0`}))`;
}
function shapeConstraintKey(c) {
    if ('Key' in c)
        return `key:${c.Key.join(',')}`;
    if ('Unique' in c)
        return `unique:${c.Unique.join(',')}`;
    if ('Index' in c)
        return `index:${c.Index.join(',')}`;
    if ('Range' in c)
        return `range:${c.Range.property}:${debugBound(c.Range.min)}:${debugBound(c.Range.max)}`;
    return `check:${c.Check.property}:${c.Check.pattern}`;
}
function shapeConstraint(c) {
    const cols = () => [...new Set(c.kind === 'key' || c.kind === 'unique' || c.kind === 'index' ? c.columns : [])].sort(json/* compareBytes */.Xo);
    switch (c.kind) {
        case 'key':
            return { Key: cols() };
        case 'unique':
            return { Unique: cols() };
        case 'index':
            return { Index: cols() };
        case 'range':
            return { Range: { property: c.property, min: c.min, max: c.max } };
        case 'check':
            return { Check: { property: c.property, pattern: c.pattern } };
    }
}
function shapeConstraints(list) {
    return dedupeSorted(list.map(shapeConstraint), shapeConstraintKey);
}
function buildSchemaShape(ast) {
    const interfaces = [];
    const nodes = [];
    const edges = [];
    for (const d of ast.declarations) {
        const properties = d.properties.map((p) => shapeProperty(p, d.kind)).sort(byName);
        if (d.kind === 'interface') {
            interfaces.push({ name: d.name, properties });
        }
        else if (d.kind === 'node') {
            const impls = [...new Set(d.implements)].sort(json/* compareBytes */.Xo);
            nodes.push({ name: d.name, annotations: shapeAnnotations(d.annotations), implements: impls, properties, constraints: shapeConstraints(d.constraints) });
        }
        else {
            edges.push({
                name: d.name,
                from_type: d.fromType,
                to_type: d.toType,
                cardinality: d.cardinality,
                annotations: shapeAnnotations(d.annotations),
                properties,
                constraints: shapeConstraints(d.constraints),
            });
        }
    }
    return { interfaces: interfaces.sort(byName), nodes: nodes.sort(byName), edges: edges.sort(byName) };
}
/** Float range bounds print with a mandatory fraction, as serde does for f64. */
function constraintJson(c) {
    if (!('Range' in c))
        return c;
    const bound = (b) => (b === null ? null : 'Integer' in b ? b : { Float: new json/* F64 */.je(b.Float) });
    return { Range: { property: c.Range.property, min: bound(c.Range.min), max: bound(c.Range.max) } };
}
function schemaShapeJson(shape) {
    const withConstraints = (t) => ({ ...t, constraints: t.constraints.map(constraintJson) });
    return (0,json/* toCompactJson */.ZJ)({ interfaces: shape.interfaces, nodes: shape.nodes.map(withConstraints), edges: shape.edges.map(withConstraints) });
}
function schemaShapeHash(ast) {
    return `sha256:${(0,hash/* sha256hex */.Lg)(schemaShapeJson(buildSchemaShape(ast)))}`;
}

;// CONCATENATED MODULE: ./src/lang/schema/ir/locate.ts
function declLocator(ast) {
    return (kind, name, which = 'first') => {
        const matches = ast.declarations.filter((d) => d.kind === kind && d.name === name);
        const d = which === 'first' ? matches[0] : matches[matches.length - 1];
        return d === undefined ? undefined : { line: d.line, column: d.column };
    };
}
function locatedError(message, at) {
    return { stage: 'catalog', message: `catalog error: ${message}`, ...(at === undefined ? {} : { line: at.line, column: at.column }) };
}
/**
 * docs/contract/engine-schema.md#types: a node constraint column spelled `id` binds to the implicit system id column,
 * even when a property called `id` is declared, so init refuses `@key` on it. The reference's
 * words come first (apply prints the same text); the rest says why and what to do instead.
 */
function keyOnSystemId(ast, nodeOrder) {
    for (const name of nodeOrder) {
        const node = ast.declarations.find((d) => d.kind === 'node' && d.name === name);
        if (node?.kind !== 'node')
            continue;
        const key = node.constraints.find((c) => c.kind === 'key' && c.columns.includes('id'));
        if (key === undefined)
            continue;
        const declared = node.properties.some((p) => p.name === 'id');
        const why = declared
            ? '`id` names the implicit system id column every node has, not the declared property `id`'
            : '`id` is the implicit system id column every node has, which cannot be a @key';
        return locatedError(`node '${name}' @key must reference declared properties: ${why}; rename the property (e.g. \`${lowerFirst(name)}_id\`) and key on that`, { line: key.line, column: key.column });
    }
    return null;
}
/** The IR validation catches a node property declared twice; point at the second declaration. */
function duplicateNodeProperty(ast) {
    for (const d of ast.declarations) {
        if (d.kind !== 'node')
            continue;
        const seen = new Set();
        for (const p of d.properties) {
            if (seen.has(p.name))
                return { line: p.line, column: p.column };
            seen.add(p.name);
        }
    }
    return undefined;
}
function lowerFirst(name) {
    return name.charAt(0).toLowerCase() + name.slice(1).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

;// CONCATENATED MODULE: ./src/lang/schema/shape/shape-checks.ts


/**
 * Shape-stage checks (docs/contract/engine-schema.md#validation): what `init` and schema planning reject beyond parse and
 * catalog build. Duplicated node properties are left to the IR validation, as in the reference.
 * With a locator (load time), each failure points at the declaration it names.
 */
function checkSchemaShape(shape, locate = () => undefined) {
    const fail = (message, kind, name, which) => locatedError(message, kind === undefined || name === undefined ? undefined : locate(kind, name, which));
    const dupProperty = (props) => props.some((p, i) => i > 0 && props[i - 1]?.name === p.name);
    for (let i = 0; i < shape.interfaces.length; i++) {
        const iface = shape.interfaces[i];
        if (iface === undefined)
            continue;
        if (shape.interfaces[i - 1]?.name === iface.name)
            return fail('duplicate interface name in schema shape', 'interface', iface.name, 'last');
        if (dupProperty(iface.properties))
            return fail(`duplicate property in schema shape for '${iface.name}'`, 'interface', iface.name);
    }
    const interfaceProps = new Map();
    for (const iface of shape.interfaces)
        for (const p of iface.properties)
            interfaceProps.set(`${iface.name}.${p.name}`, p);
    const nodeNames = new Set();
    for (const node of shape.nodes) {
        if (nodeNames.has(node.name))
            return fail('duplicate node name in schema shape', 'node', node.name, 'last');
        nodeNames.add(node.name);
        for (const p of node.properties) {
            if (p.satisfies_interface_properties.length < 2 || p.declared_directly)
                continue;
            const semantics = new Set(p.satisfies_interface_properties.map((link) => {
                const ip = interfaceProps.get(`${link.owner_name}.${link.property_name}`);
                return (0,json/* toCompactJson */.ZJ)(ip === undefined ? null : [ip.prop_type, ip.annotations, ip.property_constraints, ip.embed_source]);
            }));
            if (semantics.size > 1)
                return fail(`interfaces contributing '${node.name}.${p.name}' have incompatible property semantics`, 'node', node.name);
        }
    }
    const edgeNames = new Set();
    for (const edge of shape.edges) {
        if (edgeNames.has(edge.name))
            return fail(`duplicate edge name '${edge.name}' in schema shape`, 'edge', edge.name, 'last');
        edgeNames.add(edge.name);
        if (dupProperty(edge.properties))
            return fail(`duplicate property in schema shape for '${edge.name}'`, 'edge', edge.name);
        if (!nodeNames.has(edge.from_type) || !nodeNames.has(edge.to_type))
            return fail(`edge '${edge.name}' has an unresolved endpoint`, 'edge', edge.name);
    }
    return null;
}

;// CONCATENATED MODULE: ./src/lang/schema/ir/build-ir.ts
/**
 * Assembles the IR from the canonical shape and resolved identities. Constraint columns named
 * `id` (and `src`/`dst` on edges) bind to the system columns, exactly as the reference does even
 * when a property of that name is declared (docs/contract/engine-schema.md#types); `keyOnSystemId` refuses a @key on
 * it before this runs.
 */
// Long on purpose: the small builders inside close over the resolved identities they all read.
function buildIr(shape, ids, domain) {
    const resolved = (kind, name) => ids.types.get(`${kind}:${name}`);
    const typeRef = (kind, name) => ({ type_id: resolved(kind, name)?.typeId ?? 0, type_name: name });
    const propRef = (kind, owner, prop) => {
        const t = resolved(kind, owner);
        return { owner_type_id: t?.typeId ?? 0, owner_type_name: owner, property_id: t?.propertyIds.get(prop) ?? 0, property_name: prop };
    };
    const property = (kind, owner, p) => ({
        property_id: resolved(kind, owner)?.propertyIds.get(p.name) ?? 0,
        name: p.name,
        prop_type: p.prop_type,
        annotations: p.annotations,
        property_constraints: p.property_constraints,
        embed_source: p.embed_source === null ? null : { source: propRef(kind, owner, p.embed_source.property_name), model: p.embed_source.model },
        declared_directly: p.declared_directly,
        satisfies_interface_properties: p.satisfies_interface_properties.map((s) => propRef('interface', s.owner_name, s.property_name)),
    });
    const field = (kind, owner, column) => {
        if (column === 'id' || (kind === 'edge' && (column === 'src' || column === 'dst'))) {
            const t = resolved(kind, owner);
            return { kind: 'system', stable_table_id: t?.typeId ?? 0, table_type_name: owner, table_incarnation_id: t?.incarnationId ?? 0, role: column };
        }
        return { kind: 'property', ...propRef(kind, owner, column) };
    };
    const constraint = (kind, owner, c) => {
        if ('Key' in c)
            return { kind: 'key', fields: c.Key.map((col) => field(kind, owner, col)) };
        if ('Unique' in c)
            return { kind: 'unique', fields: c.Unique.map((col) => field(kind, owner, col)) };
        if ('Index' in c)
            return { kind: 'index', fields: c.Index.map((col) => field(kind, owner, col)) };
        if ('Range' in c)
            return { kind: 'range', field: field(kind, owner, c.Range.property), min: c.Range.min, max: c.Range.max };
        return { kind: 'check', field: field(kind, owner, c.Check.property), pattern: c.Check.pattern };
    };
    return {
        ir_version: 2,
        schema_identity_domain: domain,
        next_identity_id: ids.nextIdentityId,
        interfaces: shape.interfaces.map((t) => ({
            type_id: resolved('interface', t.name)?.typeId ?? 0,
            name: t.name,
            properties: t.properties.map((p) => property('interface', t.name, p)),
        })),
        nodes: shape.nodes.map((t) => ({
            type_id: resolved('node', t.name)?.typeId ?? 0,
            table_incarnation_id: resolved('node', t.name)?.incarnationId ?? 0,
            name: t.name,
            annotations: t.annotations,
            implements: t.implements.map((i) => typeRef('interface', i)),
            properties: t.properties.map((p) => property('node', t.name, p)),
            constraints: t.constraints.map((c) => constraint('node', t.name, c)),
        })),
        edges: shape.edges.map((t) => ({
            type_id: resolved('edge', t.name)?.typeId ?? 0,
            table_incarnation_id: resolved('edge', t.name)?.incarnationId ?? 0,
            name: t.name,
            from_type: typeRef('node', t.from_type),
            to_type: typeRef('node', t.to_type),
            cardinality: t.cardinality,
            annotations: t.annotations,
            properties: t.properties.map((p) => property('edge', t.name, p)),
            constraints: t.constraints.map((c) => constraint('edge', t.name, c)),
        })),
    };
}

;// CONCATENATED MODULE: ./src/lang/schema/ir/identities.ts

const KIND_ORDER = ['interface', 'node', 'edge'];
function acceptedTypes(ir) {
    if (ir === null)
        return [];
    const props = (list) => new Map(list.map((p) => [p.name, p.property_id]));
    return [
        ...ir.interfaces.map((t) => ({ kind: 'interface', name: t.name, typeId: t.type_id, incarnationId: null, properties: props(t.properties) })),
        ...ir.nodes.map((t) => ({ kind: 'node', name: t.name, typeId: t.type_id, incarnationId: t.table_incarnation_id, properties: props(t.properties) })),
        ...ir.edges.map((t) => ({ kind: 'edge', name: t.name, typeId: t.type_id, incarnationId: t.table_incarnation_id, properties: props(t.properties) })),
    ];
}
/** Returns the identities or the resolution failure's message (without the outer prefix). */
// Long on purpose: the successive matching passes share the claimed/matched maps they build up.
function resolveIdentities(shape, accepted, hints) {
    const desired = KIND_ORDER.flatMap((kind) => {
        const list = kind === 'interface' ? shape.interfaces : kind === 'node' ? shape.nodes : shape.edges;
        return list.map((t) => ({ kind, name: t.name, properties: t.properties.map((p) => p.name) }));
    });
    const olds = acceptedTypes(accepted);
    const oldByKey = new Map(olds.map((o) => [`${o.kind}:${o.name}`, o]));
    const claimed = new Set();
    const match = new Map();
    for (const d of desired) {
        const exact = oldByKey.get(`${d.kind}:${d.name}`);
        if (exact !== undefined && !claimed.has(exact)) {
            claimed.add(exact);
            match.set(`${d.kind}:${d.name}`, exact);
        }
    }
    if (accepted !== null) {
        for (const d of desired) {
            const key = `${d.kind}:${d.name}`;
            const old = hints.types.get(key);
            if (match.has(key) || old === undefined || d.kind === 'interface')
                continue;
            const named = olds.filter((o) => o.name === old);
            if (named.length === 0)
                return `${d.kind} '${d.name}' declares @rename_from("${old}") but no accepted declaration has that name`;
            const same = named.find((o) => o.kind === d.kind);
            if (same === undefined)
                return `cannot rename accepted '${old}' across declaration kinds`;
            if (claimed.has(same))
                return `${d.kind} '${d.name}' declares @rename_from("${old}") but accepted ${d.kind} '${old}' is already matched by another declaration`;
            claimed.add(same);
            match.set(key, same);
        }
    }
    let next = accepted?.next_identity_id ?? 1;
    const typeIds = new Map();
    for (const d of desired) {
        const key = `${d.kind}:${d.name}`;
        typeIds.set(key, match.get(key)?.typeId ?? next++);
    }
    const propertyIds = new Map();
    const fresh = [];
    for (const d of desired) {
        const key = `${d.kind}:${d.name}`;
        const owner = match.get(key);
        const ids = new Map();
        propertyIds.set(key, ids);
        const taken = new Set();
        for (const p of d.properties) {
            const exact = owner?.properties.get(p);
            if (exact !== undefined && !taken.has(exact)) {
                ids.set(p, exact);
                taken.add(exact);
            }
        }
        for (const p of d.properties) {
            if (ids.has(p))
                continue;
            const old = owner === undefined ? undefined : hints.properties.get(`${d.kind}:${d.name}.${p}`);
            if (owner !== undefined && old !== undefined) {
                const id = owner.properties.get(old);
                const qualified = `property '${d.name}.${p}' declares @rename_from("${old}")`;
                if (id === undefined) {
                    const elsewhere = olds.some((o) => o !== owner && o.properties.has(old));
                    return elsewhere
                        ? `${qualified}: property moves across stable owners are not supported`
                        : `${qualified} but no accepted property with that name exists under the stable owner`;
                }
                if (taken.has(id))
                    return `${qualified} but accepted property '${owner.name}.${old}' is already matched`;
                ids.set(p, id);
                taken.add(id);
                continue;
            }
            fresh.push({ key, owner: typeIds.get(key) ?? 0, name: p });
        }
    }
    fresh.sort((a, b) => a.owner - b.owner || (0,json/* compareBytes */.Xo)(a.name, b.name));
    for (const f of fresh)
        propertyIds.get(f.key)?.set(f.name, next++);
    const incarnations = new Map();
    const needIncarnation = desired
        .filter((d) => d.kind !== 'interface')
        .map((d) => `${d.kind}:${d.name}`)
        .filter((key) => match.get(key)?.incarnationId == null)
        .sort((a, b) => (typeIds.get(a) ?? 0) - (typeIds.get(b) ?? 0));
    for (const key of needIncarnation)
        incarnations.set(key, next++);
    const types = new Map();
    for (const d of desired) {
        const key = `${d.kind}:${d.name}`;
        const m = match.get(key);
        types.set(key, {
            typeId: typeIds.get(key) ?? 0,
            incarnationId: d.kind === 'interface' ? null : (m?.incarnationId ?? incarnations.get(key) ?? 0),
            acceptedName: m?.name ?? null,
            propertyIds: propertyIds.get(key) ?? new Map(),
        });
    }
    return { types, nextIdentityId: next };
}

;// CONCATENATED MODULE: ./src/lang/schema/ir/validate-ir.ts
/**
 * Structural invariants of an identity IR (docs/contract/engine-schema.md#stable-identity): unique names per kind, unique
 * property names per owner, every id unique and below `next_identity_id`. Returns the first
 * violation, phrased to follow "invalid accepted SchemaIR: ".
 */
function validateIr(ir) {
    const ids = new Set();
    const claim = (value, what) => {
        if (value <= 0 || value >= ir.next_identity_id)
            return `identity ${value} of ${what} is outside the allocated range`;
        if (ids.has(value))
            return `identity ${value} is used more than once (${what})`;
        ids.add(value);
        return null;
    };
    const groups = [
        { kind: 'interface', list: ir.interfaces },
        { kind: 'node', list: ir.nodes },
        { kind: 'edge', list: ir.edges },
    ];
    for (const { kind, list } of groups) {
        const names = new Set();
        for (const t of list) {
            if (names.has(t.name))
                return `duplicate ${kind} '${t.name}'`;
            names.add(t.name);
            const typeProblem = claim(t.type_id, `${kind} '${t.name}'`);
            if (typeProblem !== null)
                return typeProblem;
            if ('table_incarnation_id' in t) {
                const p = claim(t.table_incarnation_id, `${kind} '${t.name}' incarnation`);
                if (p !== null)
                    return p;
            }
            const props = new Set();
            for (const p of t.properties) {
                if (props.has(p.name))
                    return `duplicate property '${t.name}.${p.name}'`;
                props.add(p.name);
                const problem = claim(p.property_id, `property '${t.name}.${p.name}'`);
                if (problem !== null)
                    return problem;
            }
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/lang/schema/ir/resolve.ts







/**
 * Init (accepted = null) and evolution: parse, shape checks, identity resolution, IR assembly
 * and IR validation, in the order `init` / `schema plan` run them.
 */
function resolveSchemaIr(source, accepted, newDomain) {
    const parsed = parseSchema(source);
    if (!parsed.ok)
        return parsed;
    return resolveAstIr(parsed.value, accepted, newDomain);
}
/** Failures carry the line:col of the declaration they name, so load time can show them. */
function resolveAstIr(ast, accepted, newDomain) {
    const shape = buildSchemaShape(ast);
    const shapeError = checkSchemaShape(shape, declLocator(ast));
    if (shapeError !== null)
        return { ok: false, error: shapeError };
    const ids = resolveIdentities(shape, accepted, renameHints(ast));
    if (typeof ids === 'string')
        return { ok: false, error: { stage: 'catalog', message: `schema identity resolution failed: ${ids}` } };
    const keyError = keyOnSystemId(ast, shape.nodes.map((n) => n.name));
    if (keyError !== null)
        return { ok: false, error: keyError };
    const ir = buildIr(shape, ids, accepted?.schema_identity_domain ?? newDomain);
    const invalid = validateIr(ir);
    if (invalid !== null)
        return { ok: false, error: locatedError(`invalid accepted SchemaIR: ${invalid}`, duplicateNodeProperty(ast)) };
    return { ok: true, value: ir };
}
function renameHints(ast) {
    const types = new Map();
    const properties = new Map();
    const hint = (annotations) => {
        const a = annotations.find((x) => x.name === 'rename_from');
        return a?.value === null || a?.value === undefined ? undefined : String(a.value.value);
    };
    for (const d of ast.declarations) {
        if (d.kind !== 'interface') {
            const old = hint(d.annotations);
            if (old !== undefined && !types.has(`${d.kind}:${d.name}`))
                types.set(`${d.kind}:${d.name}`, old);
        }
        for (const p of d.properties) {
            const old = hint(p.annotations);
            const key = `${d.kind}:${d.name}.${p.name}`;
            if (old !== undefined && !properties.has(key))
                properties.set(key, old);
        }
    }
    return { types, properties };
}

// EXTERNAL MODULE: ./src/base/error-text.ts
var error_text = __webpack_require__(9323);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/lang/schema/ir/ir-json.ts





/** Serialization, hashing and strict re-reading of `_schema.ir.json`. */
const id = schemas/* number */.aig().int().positive();
const ir_json_annotation = schemas/* strictObject */.rej({ name: schemas/* string */.YjP(), value: schemas/* string */.YjP().nullable(), kwargs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional() });
const propRef = schemas/* strictObject */.rej({ owner_type_id: id, owner_type_name: schemas/* string */.YjP(), property_id: id, property_name: schemas/* string */.YjP() });
const typeRef = schemas/* strictObject */.rej({ type_id: id, type_name: schemas/* string */.YjP() });
const field = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('property'), ...propRef.shape }),
    schemas/* strictObject */.rej({
        kind: schemas/* literal */.euz('system'),
        stable_table_id: id,
        table_type_name: schemas/* string */.YjP(),
        table_incarnation_id: id,
        role: schemas/* enum */.k5n(['id', 'src', 'dst']),
    }),
]);
const bound = schemas/* union */.KCZ([schemas/* strictObject */.rej({ Integer: schemas/* number */.aig() }), schemas/* strictObject */.rej({ Float: schemas/* number */.aig() })]).nullable();
const constraint = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('key'), fields: schemas/* array */.YOg(field) }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('unique'), fields: schemas/* array */.YOg(field) }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('index'), fields: schemas/* array */.YOg(field) }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('range'), field, min: bound, max: bound }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('check'), field, pattern: schemas/* string */.YjP() }),
]);
const propType = schemas/* strictObject */.rej({
    scalar: schemas/* union */.KCZ([schemas/* enum */.k5n(['String', 'Bool', 'I32', 'I64', 'U32', 'U64', 'F32', 'F64', 'Date', 'DateTime', 'Blob']), schemas/* strictObject */.rej({ Vector: id })]),
    nullable: schemas/* boolean */.zMY(),
    list: schemas/* boolean */.zMY(),
    enum_values: schemas/* array */.YOg(schemas/* string */.YjP()).nullable(),
});
const property = schemas/* strictObject */.rej({
    property_id: id,
    name: schemas/* string */.YjP(),
    prop_type: propType,
    annotations: schemas/* array */.YOg(ir_json_annotation),
    property_constraints: schemas/* array */.YOg(schemas/* enum */.k5n(['key', 'unique', 'index'])),
    embed_source: schemas/* strictObject */.rej({ source: propRef, model: schemas/* string */.YjP().nullable() }).nullable(),
    declared_directly: schemas/* boolean */.zMY(),
    satisfies_interface_properties: schemas/* array */.YOg(propRef),
});
const irSchema = schemas/* strictObject */.rej({
    ir_version: schemas/* literal */.euz(2),
    schema_identity_domain: schemas/* string */.YjP().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/),
    next_identity_id: id,
    interfaces: schemas/* array */.YOg(schemas/* strictObject */.rej({ type_id: id, name: schemas/* string */.YjP(), properties: schemas/* array */.YOg(property) })),
    nodes: schemas/* array */.YOg(schemas/* strictObject */.rej({
        type_id: id,
        table_incarnation_id: id,
        name: schemas/* string */.YjP(),
        annotations: schemas/* array */.YOg(ir_json_annotation),
        implements: schemas/* array */.YOg(typeRef),
        properties: schemas/* array */.YOg(property),
        constraints: schemas/* array */.YOg(constraint),
    })),
    edges: schemas/* array */.YOg(schemas/* strictObject */.rej({
        type_id: id,
        table_incarnation_id: id,
        name: schemas/* string */.YjP(),
        from_type: typeRef,
        to_type: typeRef,
        cardinality: schemas/* strictObject */.rej({ min: schemas/* number */.aig().int().nonnegative(), max: schemas/* number */.aig().int().nonnegative().nullable() }),
        annotations: schemas/* array */.YOg(ir_json_annotation),
        properties: schemas/* array */.YOg(property),
        constraints: schemas/* array */.YOg(constraint),
    })),
});
function boundJson(b) {
    return b === null || 'Integer' in b ? b : { Float: new json/* F64 */.je(b.Float) };
}
function ir_json_constraintJson(c) {
    return c.kind === 'range' ? { ...c, min: boundJson(c.min), max: boundJson(c.max) } : c;
}
function jsonValue(ir) {
    return {
        ...ir,
        nodes: ir.nodes.map((n) => ({ ...n, constraints: n.constraints.map(ir_json_constraintJson) })),
        edges: ir.edges.map((e) => ({ ...e, constraints: e.constraints.map(ir_json_constraintJson) })),
    };
}
/** Pretty JSON for `_schema.ir.json` (no trailing newline; the writer adds one if it wants). */
function schemaIrToJson(ir) {
    return (0,json/* toPrettyJson */.gM)(jsonValue(ir));
}
/** `sha256:` over the compact form, never over the pretty file bytes. */
function schemaIrHash(ir) {
    return `sha256:${(0,hash/* sha256hex */.Lg)((0,json/* toCompactJson */.ZJ)(jsonValue(ir)))}`;
}
function parseSchemaIr(json) {
    const fail = (why) => ({ ok: false, error: { stage: 'catalog', message: `catalog error: invalid accepted SchemaIR: ${why}` } });
    let raw;
    try {
        raw = JSON.parse(json);
    }
    catch (e) {
        return fail((0,error_text/* errorText */.k)(e));
    }
    const parsed = irSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fail(issue === undefined ? 'malformed' : `${issue.path.join('.') || '<root>'}: ${issue.message}`);
    }
    const ir = parsed.data;
    const invalid = validateIr(ir);
    return invalid === null ? { ok: true, value: ir } : fail(invalid);
}

;// CONCATENATED MODULE: ./src/lang/schema/planner/steps.ts
function annotationsJson(list) {
    return list.map((a) => ({ name: a.name, value: a.value, ...(a.kwargs === undefined ? {} : { kwargs: { ...a.kwargs } }) }));
}
function propTypeJsonValue(t) {
    return {
        scalar: typeof t.scalar === 'string' ? t.scalar : { Vector: t.scalar.Vector },
        nullable: t.nullable,
        list: t.list,
        enum_values: t.enum_values === null ? null : [...t.enum_values],
    };
}
const step = {
    addType: (type_kind, name) => ({ kind: 'add_type', type_kind, name }),
    renameType: (type_kind, from, to) => ({ kind: 'rename_type', type_kind, from, to }),
    addProperty: (type_kind, type_name, property_name, t) => ({
        kind: 'add_property',
        type_kind,
        type_name,
        property_name,
        property_type: propTypeJsonValue(t),
    }),
    renameProperty: (type_kind, type_name, from, to) => ({
        kind: 'rename_property',
        type_kind,
        type_name,
        from,
        to,
    }),
    addConstraint: (type_kind, type_name, constraint) => ({ kind: 'add_constraint', type_kind, type_name, constraint }),
    extendEnum: (type_kind, type_name, property_name, added_values) => ({
        kind: 'extend_enum',
        type_kind,
        type_name,
        property_name,
        added_values: [...added_values],
    }),
    updateTypeMetadata: (type_kind, name, annotations) => ({
        kind: 'update_type_metadata',
        type_kind,
        name,
        annotations: annotationsJson(annotations),
    }),
    updatePropertyMetadata: (type_kind, type_name, property_name, annotations) => ({
        kind: 'update_property_metadata',
        type_kind,
        type_name,
        property_name,
        annotations: annotationsJson(annotations),
    }),
    dropType: (type_kind, name, mode = 'soft') => ({ kind: 'drop_type', type_kind, name, mode }),
    dropProperty: (type_kind, type_name, property_name, mode = 'soft') => ({
        kind: 'drop_property',
        type_kind,
        type_name,
        property_name,
        mode,
    }),
    unsupported: (entity, reason, code = null) => ({
        kind: 'unsupported_change',
        entity,
        reason,
        ...(code === null ? {} : { code }),
    }),
};
/** Every unsupported reason but the `@embed` one ends with this. */
const V1 = 'is not supported in schema migration v1';

;// CONCATENATED MODULE: ./src/lang/schema/planner/plan-members.ts




/**
 * Per-owner diff rules of docs/contract/migration.md#step-order (rule 4 properties, rule 5 constraints) and docs/contract/migration.md#step-order
 * (annotations). Each appends to the shared step list, because rule 5 must see the index steps
 * rule 4 already emitted.
 */
const METADATA = new Set(['description', 'instruction']);
function sameJson(a, b) {
    return (0,json/* toCompactJson */.ZJ)(a) === (0,json/* toCompactJson */.ZJ)(b);
}
/** docs/contract/migration.md#step-order: custom annotations must be unchanged; description/instruction changes become metadata steps. */
function planMetadata(accepted, desired, entity, update, steps) {
    const custom = (list) => list.filter((a) => !METADATA.has(a.name));
    const meta = (list) => list.filter((a) => METADATA.has(a.name));
    if (!sameJson(custom(accepted), custom(desired))) {
        steps.push(step.unsupported(entity, `changing annotations beyond @description/@instruction ${V1}`));
    }
    else if (!sameJson(meta(accepted), meta(desired))) {
        steps.push(update(meta(desired)));
    }
}
function pushUnlessPresent(steps, s) {
    const text = (0,json/* toCompactJson */.ZJ)(s);
    if (!steps.some((x) => (0,json/* toCompactJson */.ZJ)(x) === text))
        steps.push(s);
}
function pureEnumWidening(a, d) {
    if (a.enum_values === null || d.enum_values === null)
        return null;
    if (a.nullable !== d.nullable || a.list !== d.list || a.scalar !== d.scalar)
        return null;
    const before = new Set(a.enum_values);
    if (!a.enum_values.every((v) => d.enum_values?.includes(v)))
        return null;
    const added = d.enum_values.filter((v) => !before.has(v)).sort(json/* compareBytes */.Xo);
    return added.length > 0 ? added : null;
}
const asPropType = (t) => ({ scalar: t.scalar, nullable: t.nullable, list: t.list, enumValues: t.enum_values });
function planProperties(kind, owner, accepted, desired, steps) {
    const byId = new Map(accepted.map((p) => [p.property_id, p]));
    const matched = new Set();
    for (const d of desired) {
        const q = `${owner}.${d.name}`;
        const entity = `${kind}:${q}`;
        const a = byId.get(d.property_id);
        if (a === undefined) {
            if (d.prop_type.nullable)
                steps.push(step.addProperty(kind, owner, d.name, d.prop_type));
            else
                steps.push(step.unsupported(entity, `adding required property '${q}' requires a backfill and ${V1}`, 'OG-MF-103'));
            continue;
        }
        matched.add(a.property_id);
        if (a.name !== d.name)
            steps.push(step.renameProperty(kind, owner, a.name, d.name));
        if (!samePropType(asPropType(a.prop_type), asPropType(d.prop_type))) {
            const added = pureEnumWidening(a.prop_type, d.prop_type);
            if (added !== null)
                steps.push(step.extendEnum(kind, owner, d.name, added));
            else
                steps.push(step.unsupported(entity, `changing property type for '${q}' ${V1}`, 'OG-MF-106'));
        }
        const embedKey = (p) => (p.embed_source === null ? null : [p.embed_source.source.property_id, p.embed_source.model]);
        if (!sameJson(embedKey(a), embedKey(d))) {
            steps.push(step.unsupported(entity, `changing @embed source or model for '${q}' ${V1}; rebuild the graph so stored vectors and their declared embedding space cannot diverge`));
        }
        if (a.property_constraints.some((c) => !d.property_constraints.includes(c))) {
            steps.push(step.unsupported(entity, `removing property constraints from '${q}' ${V1}`));
        }
        for (const c of ['key', 'unique', 'index']) {
            if (!d.property_constraints.includes(c) || a.property_constraints.includes(c))
                continue;
            if (c === 'index')
                pushUnlessPresent(steps, step.addConstraint(kind, owner, { Index: [d.name] }));
            else
                steps.push(step.unsupported(entity, `adding a property-level @${c} constraint to '${q}' ${V1}`));
        }
        if (a.declared_directly !== d.declared_directly)
            steps.push(step.unsupported(entity, `changing declaration provenance for '${q}' ${V1}`));
        const links = (p) => p.satisfies_interface_properties.map((s) => s.property_id).sort((x, y) => x - y);
        if (!sameJson(links(a), links(d)))
            steps.push(step.unsupported(entity, `changing interface-property satisfaction links for '${q}' ${V1}`));
        planMetadata(a.annotations, d.annotations, entity, (list) => step.updatePropertyMetadata(kind, owner, d.name, list), steps);
    }
    for (const a of accepted)
        if (!matched.has(a.property_id))
            steps.push(step.dropProperty(kind, owner, a.name));
}
function fieldKey(f) {
    return f.kind === 'property' ? `property:${f.owner_type_id}:${f.property_id}` : `system:${f.stable_table_id}:${f.table_incarnation_id}:${f.role}`;
}
/** The rename-proof identity of a constraint (docs/contract/migration.md#step-order rule 5). */
function constraintIdentity(c) {
    switch (c.kind) {
        case 'key':
        case 'unique':
        case 'index':
            return `${c.kind}:${c.fields.map(fieldKey).sort(json/* compareBytes */.Xo).join(',')}`;
        case 'range':
            return `range:${fieldKey(c.field)}:${debugBound(c.min)}:${debugBound(c.max)}`;
        case 'check':
            return `check:${fieldKey(c.field)}:${c.pattern}`;
    }
}
const fieldName = (f) => (f.kind === 'property' ? f.property_name : f.role);
function planConstraints(kind, owner, accepted, desired, steps) {
    const before = new Set(accepted.map(constraintIdentity));
    const after = new Map(desired.map((c) => [constraintIdentity(c), c]));
    if ([...before].some((k) => !after.has(k)))
        steps.push(step.unsupported(`${kind}:${owner}`, `removing constraints from '${owner}' ${V1}`));
    const added = [...after.entries()].filter(([k]) => !before.has(k)).sort(([x], [y]) => (0,json/* compareBytes */.Xo)(x, y));
    for (const [identity, c] of added) {
        if (c.kind === 'index')
            pushUnlessPresent(steps, step.addConstraint(kind, owner, { Index: c.fields.map(fieldName).sort(json/* compareBytes */.Xo) }));
        else
            steps.push(step.unsupported(`${kind}:${owner}`, `adding constraint '${identity}' to '${owner}' ${V1}`));
    }
}

;// CONCATENATED MODULE: ./src/lang/schema/planner/plan.ts




/**
 * The identity-based migration planner (docs/contract/migration.md#step-order: interfaces, then nodes (drops
 * after all desired nodes), then edges, each matched by stable id so renames are cheap and
 * cosmetic edits plan nothing.
 */
function planSchemaMigration(accepted, desiredSource, options) {
    const resolved = resolveSchemaIr(desiredSource, accepted, accepted.schema_identity_domain);
    if (!resolved.ok)
        return resolved;
    const desiredIr = resolved.value;
    const broken = identityInvariantViolation(accepted, desiredIr);
    if (broken !== null)
        return { ok: false, error: { stage: 'catalog', message: `schema identity resolution failed: ${broken}` } };
    let steps = diffIr(accepted, desiredIr);
    if (options.allowDataLoss) {
        steps = steps.map((s) => (s.kind === 'drop_type' || s.kind === 'drop_property' ? { ...s, mode: 'hard' } : s));
    }
    return { ok: true, value: { plan: { supported: steps.every((s) => s.kind !== 'unsupported_change'), steps }, desiredIr } };
}
/** The first unsupported step's reason, `[CODE] `-prefixed when coded; null for a supported plan. */
function unsupportedPlanMessage(plan) {
    const first = plan.steps.find((s) => s.kind === 'unsupported_change');
    if (first === undefined)
        return null;
    return first.code === undefined ? first.reason : `[${first.code}] ${first.reason}`;
}
function identityInvariantViolation(accepted, desired) {
    if (accepted.schema_identity_domain !== desired.schema_identity_domain)
        return 'schema identity domains differ';
    if (desired.next_identity_id < accepted.next_identity_id)
        return 'next_identity_id regressed';
    const kinds = new Map();
    for (const [kind, list] of [
        ['interface', accepted.interfaces],
        ['node', accepted.nodes],
        ['edge', accepted.edges],
    ]) {
        for (const t of list)
            kinds.set(t.type_id, kind);
    }
    for (const [kind, list] of [
        ['interface', desired.interfaces],
        ['node', desired.nodes],
        ['edge', desired.edges],
    ]) {
        for (const t of list) {
            const was = kinds.get(t.type_id);
            if (was !== undefined && was !== kind)
                return `identity ${t.type_id} changed kind from ${was} to ${kind}`;
        }
    }
    return null;
}
function diffIr(accepted, desired) {
    const steps = [];
    const accInterfaces = new Map(accepted.interfaces.map((t) => [t.type_id, t]));
    for (const d of desired.interfaces) {
        const a = accInterfaces.get(d.type_id);
        if (a === undefined) {
            steps.push(step.addType('interface', d.name));
            continue;
        }
        accInterfaces.delete(d.type_id);
        if (a.name !== d.name)
            steps.push(step.renameType('interface', a.name, d.name));
        planProperties('interface', d.name, a.properties, d.properties, steps);
    }
    for (const a of accInterfaces.values())
        steps.push(step.unsupported(`interface:${a.name}`, `removing interface '${a.name}' ${V1}`));
    const accNodes = new Map(accepted.nodes.map((t) => [t.type_id, t]));
    for (const d of desired.nodes) {
        const a = accNodes.get(d.type_id);
        if (a === undefined) {
            steps.push(step.addType('node', d.name));
            continue;
        }
        accNodes.delete(d.type_id);
        if (a.name !== d.name)
            steps.push(step.renameType('node', a.name, d.name));
        const ids = (list) => list.map((r) => r.type_id).sort((x, y) => x - y);
        if ((0,json/* toCompactJson */.ZJ)(ids(a.implements)) !== (0,json/* toCompactJson */.ZJ)(ids(d.implements))) {
            steps.push(step.unsupported(`node:${d.name}`, `changing implemented interfaces on node '${d.name}' ${V1}`));
        }
        planMetadata(a.annotations, d.annotations, `node:${d.name}`, (list) => step.updateTypeMetadata('node', d.name, list), steps);
        planProperties('node', d.name, a.properties, d.properties, steps);
        planConstraints('node', d.name, a.constraints, d.constraints, steps);
    }
    for (const a of accNodes.values())
        steps.push(step.dropType('node', a.name));
    const accEdges = new Map(accepted.edges.map((t) => [t.type_id, t]));
    for (const d of desired.edges) {
        const a = accEdges.get(d.type_id);
        if (a === undefined) {
            steps.push(step.addType('edge', d.name));
            continue;
        }
        accEdges.delete(d.type_id);
        if (a.name !== d.name)
            steps.push(step.renameType('edge', a.name, d.name));
        if (a.from_type.type_id !== d.from_type.type_id || a.to_type.type_id !== d.to_type.type_id) {
            steps.push(step.unsupported(`edge:${d.name}`, `changing edge endpoints on '${d.name}' ${V1}`));
        }
        if (a.cardinality.min !== d.cardinality.min || a.cardinality.max !== d.cardinality.max) {
            steps.push(step.unsupported(`edge:${d.name}`, `changing cardinality on edge '${d.name}' ${V1}`));
        }
        planMetadata(a.annotations, d.annotations, `edge:${d.name}`, (list) => step.updateTypeMetadata('edge', d.name, list), steps);
        planProperties('edge', d.name, a.properties, d.properties, steps);
        planConstraints('edge', d.name, a.constraints, d.constraints, steps);
    }
    for (const a of accEdges.values())
        steps.push(step.dropType('edge', a.name));
    if (steps.length === 0 && (0,json/* toCompactJson */.ZJ)(accepted) !== (0,json/* toCompactJson */.ZJ)(desired)) {
        steps.push(step.unsupported('schema', 'schema migration contains an unclassified semantic IR change'));
    }
    return steps;
}

;// CONCATENATED MODULE: ./src/lang/schema/planner/describe-step.ts

/**
 * Human text for one migration step (docs/contract/migration.md#step-text wording), from the step's plain JSON. The
 * step comes from outside the renderer, so every field is read defensively and a malformed
 * step still yields a line. The result is plain text: callers escape it.
 */
function describeStep(step) {
    const s = step;
    const text = (key) => scalarText(s[key]);
    const kind = text('type_kind');
    const owner = text('type_name');
    switch (step.kind) {
        case 'add_type':
            return `add ${kind} type '${text('name')}'`;
        case 'rename_type':
            return `rename ${kind} type '${text('from')}' -> '${text('to')}'`;
        case 'add_property':
            return `add property '${owner}.${text('property_name')}' (${propertyType(s.property_type)}) on ${kind} '${owner}'`;
        case 'rename_property':
            return `rename property '${owner}.${text('from')}' -> '${owner}.${text('to')}' on ${kind} '${owner}'`;
        case 'add_constraint':
            return `add constraint ${describe_step_constraint(s.constraint)} on ${kind} '${owner}'`;
        case 'extend_enum':
            return `extend enum '${owner}.${text('property_name')}' (${list(s.added_values).map((v) => `+${v}`).join(', ')}) on ${kind} '${owner}'`;
        case 'update_type_metadata':
            return `update metadata on ${kind} '${text('name')}' (${annotations(s.annotations)})`;
        case 'update_property_metadata':
            return `update metadata on property '${owner}.${text('property_name')}' of ${kind} '${owner}' (${annotations(s.annotations)})`;
        case 'drop_type':
            return `drop ${kind} type '${text('name')}' (${text('mode')} mode)`;
        case 'drop_property':
            return `drop property '${owner}.${text('property_name')}' of ${kind} '${owner}' (${text('mode')} mode)`;
        case 'unsupported_change': {
            const lint = s.code;
            if (typeof lint !== 'string')
                return `unsupported change on ${text('entity')}: ${text('reason')}`;
            return `unsupported change on ${text('entity')} [${lint}, ${lintTier(lint)}]: ${text('reason')}`;
        }
        default:
            // A newer engine may print a kind this build does not know; name it rather than drop it.
            return `${text('kind')} step`;
    }
}
/** The planner's tier for an unsupported-change lint code (docs/contract/migration.md#step-text). */
function lintTier(lint) {
    if (lint === 'OG-MF-106')
        return 'destructive';
    if (lint === 'OG-MF-103')
        return 'validated';
    return 'safe';
}
function scalarText(v) {
    if (v === undefined || v === null)
        return '';
    if (v instanceof json/* F64 */.je)
        return String(v.value);
    if (typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}
function record(v) {
    return v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v) && !(v instanceof json/* F64 */.je) ? v : {};
}
function list(v) {
    return Array.isArray(v) ? v.map(scalarText) : [];
}
function propertyType(v) {
    const t = record(v);
    const scalar = t.scalar;
    const vector = record(scalar).Vector;
    const base = typeof scalar === 'string' ? scalar : vector !== undefined ? `Vector(${scalarText(vector)})` : scalarText(scalar);
    let core = base;
    if (Array.isArray(t.enum_values))
        core = `Enum(${list(t.enum_values).join('|')})`;
    else if (t.list === true)
        core = `[${base}]`;
    return t.nullable === true ? `${core}?` : core;
}
function describe_step_bound(v) {
    const b = record(v);
    return scalarText(b.Integer ?? b.Float);
}
function describe_step_constraint(v) {
    const entries = Object.entries(record(v));
    const first = entries[0];
    if (first === undefined)
        return '@constraint()';
    const [tag, body] = first;
    if (Array.isArray(body))
        return `@${tag.toLowerCase()}(${list(body).join(', ')})`;
    const inner = record(body);
    if (tag === 'Range')
        return `@range(${scalarText(inner.property)}, ${describe_step_bound(inner.min)}..${describe_step_bound(inner.max)})`;
    if (tag === 'Check')
        return `@check(${scalarText(inner.property)}, ${JSON.stringify(scalarText(inner.pattern))})`;
    return `@${tag.toLowerCase()}(${scalarText(body)})`;
}
function annotations(v) {
    if (!Array.isArray(v))
        return '';
    return v
        .map((a) => {
        const r = record(a);
        const name = scalarText(r.name);
        return r.value === null || r.value === undefined ? `@${name}` : `@${name}(${JSON.stringify(scalarText(r.value))})`;
    })
        .join(', ');
}

;// CONCATENATED MODULE: ./src/lang/schema/index.ts





/** Stands in for the per-graph ULID when the IR is built only to be checked. */
const CHECK_ONLY_DOMAIN = '00000000000000000000000000';
/**
 * Parse, catalog, then everything `init` adds (shape checks, identity IR, IR validation). The
 * reference's `cluster validate` stops after the catalog; we go on so that whatever init or a
 * schema apply would refuse for the source alone is reported by `validate` and `plan` too.
 */
function compileSchema(source, options = {}) {
    const parsed = parseSchema(source);
    if (!parsed.ok)
        return parsed;
    const catalog = buildCatalog(parsed.value);
    if (!catalog.ok)
        return catalog;
    const ir = resolveAstIr(parsed.value, null, options.domain ?? CHECK_ONLY_DOMAIN);
    if (!ir.ok)
        return ir;
    return { ok: true, value: { ast: parsed.value, catalog: catalog.value, ir: ir.value } };
}









/***/ }),

/***/ 8870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ SyntaxFailure),
/* harmony export */   WM: () => (/* binding */ renderSyntaxError),
/* harmony export */   bs: () => (/* binding */ Cursor)
/* harmony export */ });
/**
 * Character cursor for the `.pg` PEG grammar: implicit whitespace/comment skipping like pest's
 * WHITESPACE/COMMENT rules, 1-based line:column (counted in code points, as pest does), and the
 * furthest-failure bookkeeping that pest's "expected \u2026" messages are made of.
 */
class SyntaxFailure {
    offset;
    expected;
    constructor(offset, expected) {
        this.offset = offset;
        this.expected = expected;
    }
}
class Cursor {
    src;
    pos = 0;
    memoOffset = 0;
    memoLine = 1;
    memoColumn = 1;
    memoLineStart = 0;
    constructor(src) {
        this.src = src;
    }
    atEnd() {
        return this.pos >= this.src.length;
    }
    /** Skips spaces, tabs, newlines, `// \u2026` and terminated `/* \u2026 *\/`; an unterminated block comment stays put. */
    skipTrivia() {
        const s = this.src;
        // Bounded: every file ends in trivia, and a read past the end deoptimizes the optimized loop.
        while (this.pos < s.length) {
            const c = s.charCodeAt(this.pos);
            if (c === 32 || c === 9 || c === 10 || c === 13) {
                this.pos++;
            }
            else if (c === 47 && s.charCodeAt(this.pos + 1) === 47) {
                const nl = s.indexOf('\n', this.pos + 2);
                this.pos = nl < 0 ? s.length : nl;
            }
            else if (c === 47 && s.charCodeAt(this.pos + 1) === 42) {
                const end = s.indexOf('*/', this.pos + 2);
                if (end < 0)
                    return;
                this.pos = end + 2;
            }
            else {
                return;
            }
        }
    }
    /** Skips trivia, then consumes `literal` if it is next. */
    eat(literal) {
        this.skipTrivia();
        if (this.src.startsWith(literal, this.pos)) {
            this.pos += literal.length;
            return true;
        }
        return false;
    }
    /** Skips trivia, then consumes `literal` or fails naming the rule the caller was trying. */
    expect(literal, rules) {
        if (!this.eat(literal))
            throw this.fail(rules);
    }
    peek(literal) {
        this.skipTrivia();
        return this.src.startsWith(literal, this.pos);
    }
    /** Matches a regex anchored at the cursor (the regex must be sticky). */
    match(re) {
        this.skipTrivia();
        const start = this.pos;
        re.lastIndex = start;
        // test, not exec: a sticky regex leaves lastIndex at the end of its match, and no match array
        // is built (one per token, tens of MB over a 100k-resource cluster's sources).
        if (!re.test(this.src))
            return null;
        this.pos = re.lastIndex;
        return this.src.slice(start, this.pos);
    }
    /**
     * Consumes `word` when no identifier character (`[A-Za-z0-9_]`) follows it, as the sticky regex
     * `word(?![A-Za-z0-9_])` would; `word` must be letters, digits and `_` only.
     */
    word(word) {
        this.skipTrivia();
        if (!this.src.startsWith(word, this.pos) || isWordUnit(this.src.charCodeAt(this.pos + word.length)))
            return false;
        this.pos += word.length;
        return true;
    }
    fail(rules) {
        this.skipTrivia();
        return new SyntaxFailure(this.pos, rules);
    }
    /** Line and column of `offset`; memoised forward scanning keeps a whole-file walk linear. */
    position(offset) {
        if (offset < this.memoOffset) {
            this.memoOffset = 0;
            this.memoLine = 1;
            this.memoColumn = 1;
            this.memoLineStart = 0;
        }
        const s = this.src;
        let line = this.memoLine;
        let column = this.memoColumn;
        let lineStart = this.memoLineStart;
        for (let i = this.memoOffset; i < offset; i++) {
            const c = s.charCodeAt(i);
            if (c === 10) {
                line++;
                column = 1;
                lineStart = i + 1;
            }
            else if (c < 0xdc00 || c > 0xdfff) {
                column++;
            }
        }
        this.memoOffset = offset;
        this.memoLine = line;
        this.memoColumn = column;
        this.memoLineStart = lineStart;
        return { line, column };
    }
    /** Start offset of the line containing the memoised position (call right after `position`). */
    lineText(offset) {
        this.position(offset);
        const start = this.memoLineStart;
        const nl = this.src.indexOf('\n', start);
        const text = this.src.slice(start, nl < 0 ? this.src.length : nl);
        return text.endsWith('\r') ? text.slice(0, -1) : text;
    }
}
function enumerate(rules) {
    if (rules.length <= 1)
        return rules[0] ?? '';
    if (rules.length === 2)
        return `${rules[0]} or ${rules[1]}`;
    return `${rules.slice(0, -1).join(', ')}, or ${rules[rules.length - 1]}`;
}
/** The multi-line pest error layout: ` --> L:C`, the source line, a caret, `= expected \u2026`. */
function renderSyntaxError(cursor, failure) {
    const { line, column } = cursor.position(failure.offset);
    const text = cursor.lineText(failure.offset);
    const spacing = ' '.repeat(String(line).length);
    const caret = `${' '.repeat(column - 1)}^---`;
    const body = [
        `${spacing}--> ${line}:${column}`,
        `${spacing} |`,
        `${line} | ${text}`,
        `${spacing} | ${caret}`,
        `${spacing} |`,
        `${spacing} = expected ${enumerate(failure.expected)}`,
    ].join('\n');
    return { message: `parse error: ${body}`, line, column };
}
/** `[A-Za-z0-9_]` (false for NaN, past the end of the text). */
function isWordUnit(unit) {
    return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x5f;
}


/***/ })

};

//# sourceMappingURL=479.index.js.map
})
