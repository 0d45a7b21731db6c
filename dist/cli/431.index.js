export const id = 431;
export const ids = [431];
export const modules = {

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FsValidationCache: () => (/* binding */ FsValidationCache),
/* harmony export */   buildIdentity: () => (/* binding */ buildIdentity),
/* harmony export */   defaultCacheDir: () => (/* binding */ defaultCacheDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);





/**
 * The validation cache as files: `<dir>/<first two hex digits>/<key>`, each holding the sha256 of
 * the value on its first line and the value after it. A file whose checksum does not match (torn,
 * truncated, edited) reads as absent. Writes go to a temp file renamed into place, so concurrent
 * runs never see half an entry; any I/O failure is swallowed (the cache only ever costs speed).
 */
class FsValidationCache {
    dir;
    toolVersion;
    /** Entries this process stored (a carried cache is saved only when it grew). */
    written = 0;
    constructor(dir, toolVersion) {
        this.dir = dir;
        this.toolVersion = toolVersion;
    }
    get(key) {
        if (!/^[0-9a-f]{64}$/.test(key))
            return null;
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(this.fileOf(key), 'utf8');
        }
        catch {
            return null;
        }
        const newline = text.indexOf('\n');
        if (newline !== 64)
            return null;
        const value = text.slice(65);
        return sha256(value) === text.slice(0, 64) ? value : null;
    }
    put(key, value) {
        if (!/^[0-9a-f]{64}$/.test(key))
            return;
        const file = this.fileOf(key);
        const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, `${sha256(value)}\n${value}`, { flag: 'wx' });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, file);
            this.written++;
        }
        catch {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
            }
            catch {
                // Nothing was written, or the directory is gone: either way nothing is left to clean.
            }
        }
    }
    fileOf(key) {
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, key.slice(0, 2), key);
    }
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/**
 * Where the cache lives unless `--cache-dir` says: `$OMNIGRAPH_CLUSTER_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/omnigraph-cluster`, else `~/.cache/omnigraph-cluster`.
 */
function defaultCacheDir(env) {
    if (env.OMNIGRAPH_CLUSTER_CACHE_DIR)
        return env.OMNIGRAPH_CLUSTER_CACHE_DIR;
    if (env.XDG_CACHE_HOME)
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.XDG_CACHE_HOME, 'omnigraph-cluster');
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.cache', 'omnigraph-cluster');
}
/**
 * This build's identity for cache keys: the package version plus the size and modification time
 * of the running bundle, so a rebuilt tool never trusts verdicts an older build stored.
 */
function buildIdentity(version) {
    try {
        const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
        return `${version}+${s.size}.${Math.trunc(s.mtimeMs)}`;
    }
    catch {
        return version;
    }
}


/***/ })

};

//# sourceMappingURL=431.index.js.map