(function (__ogChunk, __ogChunkUrl) { "use strict"; __ogChunk.id = 431;
__ogChunk.ids = [431];
__ogChunk.modules = {

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FsValidationCache: () => (/* binding */ FsValidationCache),
/* harmony export */   buildIdentity: () => (/* binding */ buildIdentity),
/* harmony export */   defaultCacheDir: () => (/* binding */ defaultCacheDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _base_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2497);
/* harmony import */ var _source_regular_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7607);






/**
 * The validation cache as files: `<dir>/<first two hex digits>/<key>`, each holding the sha256 of
 * the value on its first line and the value after it. A file whose checksum does not match (torn,
 * truncated, edited) reads as absent, so an entry is written in place: a reader that meets one half
 * written takes it for a miss. Packs go to a temp file renamed into place. Any I/O failure is
 * swallowed (the cache only ever costs speed).
 *
 * With a `scope` (the CLI passes the config directory), the entries one run used are also kept
 * together in one pack file, `<dir>/packs/<sha256 of build and scope>.json`, written by `flush()` when the run
 * needed anything the pack did not hold. Reading one verdict file per check was most of a warm
 * 10k-resource plan's time (about 18,000 small files); the next run of the same cluster reads the
 * pack once and falls back to the single files only for what changed. The pack carries one
 * checksum over its body, verified before any of it is used.
 */
class FsValidationCache {
    dir;
    toolVersion;
    scope;
    /** Entries (and packs) this process stored (a carried cache is saved only when it grew). */
    written = 0;
    /** The pack read at the first lookup (empty when there is none or it does not verify). */
    packed = null;
    /** Every entry this run read or stored: the next pack. */
    used = new Map();
    /** Whether `used` holds anything the pack lacks (then `flush` rewrites it). */
    packStale = false;
    /** Entry directories this process made (or found), so each is made once. */
    madeDirs = new Set();
    constructor(dir, toolVersion, scope = null) {
        this.dir = dir;
        this.toolVersion = toolVersion;
        this.scope = scope;
    }
    get(key) {
        if (!KEY.test(key))
            return null;
        const fromPack = this.pack().get(key);
        if (fromPack !== undefined) {
            this.used.set(key, fromPack);
            return fromPack;
        }
        const file = this.fileOf(key);
        // Most lookups of a first run miss. Asking costs a quarter of a failed read, whose exception
        // Node builds with a stack (about 2.4 against 11 us).
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            return null;
        let text;
        try {
            // Not through a link, and never blocking on a FIFO left in a restored cache directory.
            const read = (0,_source_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readRegularFile */ .X)(file, { followLinks: false });
            if (read.kind !== 'ok')
                return null;
            text = read.bytes.toString('utf8');
        }
        catch {
            return null;
        }
        const newline = text.indexOf('\n');
        if (newline !== 64)
            return null;
        const value = text.slice(65);
        if ((0,_base_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256hex */ .Lg)(value) !== text.slice(0, 64))
            return null;
        this.remember(key, value);
        return value;
    }
    put(key, value) {
        if (!KEY.test(key))
            return;
        this.remember(key, value);
        if (this.writeEntry(this.fileOf(key), `${(0,_base_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256hex */ .Lg)(value)}\n${value}`))
            this.written++;
    }
    /**
     * An entry is written in place: its checksum line already makes a torn or interleaved write
     * read as absent, which is all a temp file and rename would have added, at three more syscalls
     * per entry (a first run at 10k resources writes about 18,000). Concurrent writers of one key
     * write the same bytes. O_NOFOLLOW: a link planted at an entry's name is refused, not written
     * through. False (the entry is simply not cached) on any failure.
     */
    writeEntry(file, text) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file);
        let fd = null;
        try {
            if (!this.madeDirs.has(dir)) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
                this.madeDirs.add(dir);
            }
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, 0o644);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(fd, text);
            return true;
        }
        catch {
            return false;
        }
        finally {
            if (fd !== null)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    /** Writes the pack when this run used entries it did not hold; a no-op without a scope. */
    flush() {
        if (this.scope === null || !this.packStale)
            return;
        const body = JSON.stringify(Object.fromEntries(this.used));
        if (writeAtomically(this.packFile(), `${PACK_FORMAT} ${(0,_base_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256hex */ .Lg)(body)}\n${body}`)) {
            this.written++;
            this.packStale = false;
        }
    }
    remember(key, value) {
        this.used.set(key, value);
        if (this.scope !== null && this.pack().get(key) !== value)
            this.packStale = true;
    }
    pack() {
        this.packed ??= this.scope === null ? new Map() : readPack(this.packFile());
        return this.packed;
    }
    /**
     * One pack per build and scope: entries are keyed by the build, so a pack shared by two builds
     * (an upgrade, two checkouts) would hold only the last writer's entries, and two builds taking
     * turns on one cluster would each find the other's pack and never run warm.
     */
    packFile() {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'packs', `${(0,_base_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256hex */ .Lg)(`${this.toolVersion}\0${this.scope ?? ''}`)}.json`);
    }
    fileOf(key) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, key.slice(0, 2), key);
    }
}
const KEY = /^[0-9a-f]{64}$/;
const PACK_FORMAT = 'omnigraph-cluster-pack/1';
/** Larger packs are not read (a cache that big is not what this tool writes). */
const PACK_MAX_BYTES = 256 * 1024 * 1024;
/** The pack's entries, or none when it is absent, too large, torn or edited. */
function readPack(file) {
    const entries = new Map();
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size > PACK_MAX_BYTES)
            return entries;
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
        const newline = text.indexOf('\n');
        const header = text.slice(0, newline);
        const body = text.slice(newline + 1);
        if (newline < 0 || header !== `${PACK_FORMAT} ${(0,_base_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256hex */ .Lg)(body)}`)
            return entries;
        const parsed = JSON.parse(body);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            return entries;
        for (const [key, value] of Object.entries(parsed))
            if (KEY.test(key) && typeof value === 'string')
                entries.set(key, value);
    }
    catch {
        // Absent or unreadable: every lookup goes to the single entry files.
    }
    return entries;
}
/** Temp file renamed into place; false (and nothing left behind) on any failure. */
function writeAtomically(file, text) {
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, text, { flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
        return true;
    }
    catch {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        }
        catch {
            // Nothing was written, or the directory is gone: either way nothing is left to clean.
        }
        return false;
    }
}
/**
 * Where the cache lives unless `--cache-dir` says: `$OMNIGRAPH_CLUSTER_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/omnigraph-cluster`, else `~/.cache/omnigraph-cluster`.
 */
function defaultCacheDir(env) {
    if (env.OMNIGRAPH_CLUSTER_CACHE_DIR)
        return env.OMNIGRAPH_CLUSTER_CACHE_DIR;
    if (env.XDG_CACHE_HOME)
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.XDG_CACHE_HOME, 'omnigraph-cluster');
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.cache', 'omnigraph-cluster');
}
/**
 * This build's identity for cache keys: the package version plus the size and modification time
 * of the running bundle, so a rebuilt tool never trusts verdicts an older build stored.
 */
function buildIdentity(version) {
    try {
        const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(__ogChunkUrl));
        return `${version}+${s.size}.${Math.trunc(s.mtimeMs)}`;
    }
    catch {
        return version;
    }
}


/***/ })

};

//# sourceMappingURL=431.index.js.map
})
