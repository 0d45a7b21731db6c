#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readRegularFile)
/* harmony export */ });
/* unused harmony export fileKind */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Reads a file only if it is a regular file, without ever blocking: a FIFO, device or socket left
 * where a file belongs would make a plain read wait forever (a FIFO with no writer) or read
 * without end. Opening with O_NONBLOCK returns at once for all of them; fstat of the open file
 * then decides, so nothing can be swapped in between the check and the read. Other I/O errors are
 * thrown as Node raised them.
 */
function readRegularFile(file, options) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | (options.followLinks ? 0 : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW));
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { kind: 'absent' };
        if (code === 'ELOOP' && !options.followLinks)
            return { kind: 'link' };
        throw e;
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (stats.isDirectory())
            return { kind: 'absent' };
        if (!stats.isFile())
            return { kind: 'not-regular', what: fileKind(stats) };
        return { kind: 'ok', bytes: readOpen(fd, stats.size), stats };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The file behind `fd`, sized by the fstat just made: `readFileSync(fd)` would fstat it again, one
 * syscall more per file on paths that read thousands (source files, payload checks). Reads as
 * `readFileSync` does: at most `size` bytes, fewer if the file shrank meanwhile.
 */
function readOpen(fd, size) {
    // A size of 0 may still hide content (procfs-style files): let readFileSync read until EOF.
    if (size === 0)
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, filled, size - filled, null);
        if (n === 0)
            break;
        filled += n;
    }
    return filled === size ? bytes : bytes.subarray(0, filled);
}
function fileKind(stats) {
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}


/***/ }),

/***/ 4507:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ CHUNK_LOADER_GLOBAL),
  J: () => (/* binding */ createChunkLoader)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
// EXTERNAL MODULE: ./src/cli/code-cache.ts
var code_cache = __nccwpck_require__(882);
;// CONCATENATED MODULE: ./src/cli/chunk-loader.ts
/*
 * Loads the CLI bundle's chunks through V8's code cache (see code-cache.ts). The build rewrites
 * each chunk from an ES module into one function expression, `(function (chunk, chunkUrl) {…})`,
 * that fills in the `id`, `ids` and `modules` the bundle's runtime installs, and points the
 * runtime's `import()` of a chunk here (scripts/build.mjs). A chunk keeps its line numbers, so
 * its source map still applies.
 */





/** The global the rewritten bundle runtime calls; scripts/build.mjs writes the same name. */
const CHUNK_LOADER_GLOBAL = '__omnigraphClusterLoadChunk';
/** Caches kept per chunk: the running build's and those of a few others used in turn. */
const VERSIONS_KEPT = 4;
/** `command`: what this run does (commandTag), which decides whether its cache is worth growing. */
function createChunkLoader(bundleDir, cacheDir, command) {
    const unsaved = [];
    const loadNow = (request) => {
        const name = request.startsWith('./') ? request.slice(2) : request;
        if (!/^[0-9]+\.index\.js$/.test(name))
            throw new Error(`not a chunk of this bundle: ${request}`);
        const file = external_node_path_default().join(bundleDir, name);
        const bytes = (0,external_node_fs_.readFileSync)(file);
        if (cacheDir === null)
            return chunk_loader_define(name, file, new external_node_vm_namespaceObject.Script(bytes.toString('utf8'), { filename: file }));
        const digest = (0,code_cache/* sourceDigest */.c9)(bytes);
        const cacheFile = (0,code_cache/* cacheFileOf */.qR)(cacheDir, name, digest);
        const stored = (0,code_cache/* readCodeCache */._5)(cacheFile, digest);
        const script = new external_node_vm_namespaceObject.Script(bytes.toString('utf8'), { filename: file, ...(stored ? { cachedData: stored.data } : {}) });
        // Saved again when V8 had nothing usable, or when no run of this command made the cache.
        const covered = stored === null || script.cachedDataRejected ? [] : stored.commands;
        if (!covered.includes(command))
            unsaved.push({ script, chunkName: name, file: cacheFile, digest, commands: [...covered, command] });
        return chunk_loader_define(name, file, script);
    };
    return {
        load: (request) => {
            try {
                return Promise.resolve(loadNow(request));
            }
            catch (e) {
                return Promise.reject(e);
            }
        },
        saveCaches: () => {
            // Made now, after the run, the cache also holds every function the run compiled.
            for (const { script, chunkName, file, digest, commands } of unsaved.splice(0)) {
                if ((0,code_cache/* writeCodeCache */.h_)(file, digest, script.createCachedData(), commands))
                    (0,code_cache/* pruneCodeCaches */.dc)(external_node_path_default().dirname(file), chunkName, VERSIONS_KEPT);
            }
        },
    };
}
/** Runs a rewritten chunk's script: its one value is the function that fills in the chunk. */
function chunk_loader_define(name, file, script) {
    const fill = script.runInThisContext();
    if (typeof fill !== 'function')
        throw new Error(`${name} is not a chunk rewritten by the build`);
    const chunk = {};
    fill(chunk, (0,external_node_url_.pathToFileURL)(file).href);
    return chunk;
}


/***/ }),

/***/ 882:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _5: () => (/* binding */ readCodeCache),
/* harmony export */   c9: () => (/* binding */ sourceDigest),
/* harmony export */   cc: () => (/* binding */ commandTag),
/* harmony export */   dc: () => (/* binding */ pruneCodeCaches),
/* harmony export */   h_: () => (/* binding */ writeCodeCache),
/* harmony export */   jj: () => (/* binding */ codeCacheDir),
/* harmony export */   qR: () => (/* binding */ cacheFileOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _adapters_source_regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7607);
/*
 * V8 code caches for the CLI's chunks, so a start-up does not parse and compile the same 1 MB of
 * JavaScript again. A cache is made after the run, when it also holds the functions the run
 * compiled lazily; Node's own compile cache is made before, which saved almost nothing here.
 *
 * V8 checks a cache only against the source's length, and release builds do not verify its
 * checksum, so a wrong or crafted file could run code that is not the chunk. Hence every file is
 * read as hostile: it must be a regular file of ours that no one else may write, and it carries
 * the SHA-256 of the chunk it was made from and of its own bytes. Anything else is a miss.
 */





// File: magic, SHA-256 of the chunk, SHA-256 of the body; the body is a u16 length, the commands
// whose runs the data covers (comma-separated), then V8's data.
const MAGIC = Buffer.from('OGCC0002', 'latin1');
const HASH = 32;
const HEADER = MAGIC.length + 2 * HASH;
const MAX_BYTES = 64 << 20;
const TAG = /^[a-z][a-z-]{0,31}$/;
/** The commands whose runs are told apart: each compiles functions the others may not. */
const COMMANDS = new Set(['validate', 'plan', 'apply', 'status', 'refresh', 'import', 'force-unlock', 'approve', 'targets']);
/** The command a run's arguments name, as a cache tag: `other` for help, versions and mistakes. */
function commandTag(argv) {
    return argv.find((a) => COMMANDS.has(a)) ?? 'other';
}
/**
 * The cache directory, or null when caching is off: `$OMNIGRAPH_CLUSTER_CODE_CACHE` (`off` turns it
 * off), else `$XDG_CACHE_HOME/omnigraph-cluster-code`, else `~/.cache/omnigraph-cluster-code`. It
 * is kept apart from the validation cache, which CI restores from shared storage. One folder per
 * Node version, architecture and set of Node options: V8 refuses a cache made by another version
 * or under other flags, and runs that took turns would each replace the other's caches.
 */
function codeCacheDir(env, nodeVersion = process.version, arch = process.arch, nodeOptions = [...process.execArgv, env.NODE_OPTIONS ?? '']) {
    const chosen = env.OMNIGRAPH_CLUSTER_CODE_CACHE;
    if (chosen === 'off')
        return null;
    let root;
    if (chosen !== undefined && chosen !== '') {
        if (!node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(chosen))
            return null;
        root = chosen;
    }
    else if (env.XDG_CACHE_HOME && node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(env.XDG_CACHE_HOME)) {
        root = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.XDG_CACHE_HOME, 'omnigraph-cluster-code');
    }
    else {
        let home;
        try {
            home = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)();
        }
        catch {
            return null;
        }
        root = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(home, '.cache', 'omnigraph-cluster-code');
    }
    const options = nodeOptions.some((o) => o !== '') ? `-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(nodeOptions)).digest('hex').slice(0, 12)}` : '';
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, `${nodeVersion}-${arch}${options}`.replace(/[^0-9A-Za-z.+-]/g, '_'));
}
const sourceDigest = (source) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(source).digest();
const CHUNK_NAME = /^[0-9A-Za-z][0-9A-Za-z.]*$/;
/**
 * The cache file of one version of a chunk (a bundle file name such as `533.index.js`). The name
 * carries the source digest, so two builds used in turn (an upgrade, a second checkout) keep a
 * cache each instead of replacing each other's on every run.
 */
function cacheFileOf(dir, chunkName, digest) {
    if (!CHUNK_NAME.test(chunkName))
        throw new Error(`not a chunk name: ${chunkName}`);
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `${chunkName}.${digest.subarray(0, 8).toString('hex')}.v8cache`);
}
/**
 * Keeps the `keep` newest caches of a chunk and removes older ones, and temp files a killed
 * writer left more than an hour ago. Called after a save, so only a run that wrote pays for it.
 */
function pruneCodeCaches(dir, chunkName, keep, now = Date.now()) {
    if (!CHUNK_NAME.test(chunkName))
        return;
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir);
    }
    catch {
        return;
    }
    const caches = [];
    for (const name of names) {
        if (!name.startsWith(`${chunkName}.`))
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name);
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file, { throwIfNoEntry: false });
        if (st === undefined || !st.isFile())
            continue;
        if (/^[0-9a-f]{16}\.v8cache$/.test(name.slice(chunkName.length + 1)))
            caches.push({ file, mtime: st.mtimeMs });
        else if (name.endsWith('.tmp') && now - st.mtimeMs > 3_600_000)
            removeQuietly(file);
    }
    caches.sort((a, b) => b.mtime - a.mtime);
    for (const { file } of caches.slice(keep))
        removeQuietly(file);
}
function removeQuietly(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(file);
    }
    catch {
        // gone already, or not ours to remove: the cache stays correct either way
    }
}
/**
 * The cached data stored for this exact source, or null. Read as readRegularFile reads (one open
 * without following links or blocking, owner and mode judged on that open file), so a link,
 * FIFO or device is never followed or read, and the file judged is the file read.
 */
function readCodeCache(file, digest) {
    let read;
    try {
        read = (0,_adapters_source_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .X)(file, { followLinks: false });
    }
    catch {
        return null;
    }
    if (read.kind !== 'ok')
        return null;
    const { bytes, stats } = read;
    const uid = typeof process.getuid === 'function' ? process.getuid() : stats.uid;
    if (stats.uid !== uid || (stats.mode & 0o022) !== 0)
        return null;
    if (bytes.length <= HEADER || bytes.length > MAX_BYTES)
        return null;
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC))
        return null;
    if (!bytes.subarray(MAGIC.length, MAGIC.length + HASH).equals(digest))
        return null;
    const body = bytes.subarray(HEADER);
    if (!(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest().equals(bytes.subarray(MAGIC.length + HASH, HEADER)))
        return null;
    if (body.length < 2)
        return null;
    const listEnd = 2 + body.readUInt16LE(0);
    if (listEnd >= body.length)
        return null;
    const list = body.toString('latin1', 2, listEnd);
    const commands = list === '' ? [] : list.split(',');
    if (!commands.every((c) => TAG.test(c)))
        return null;
    return { data: body.subarray(listEnd), commands };
}
/**
 * Stores the cache for a source: written whole to a private temp file, then renamed over the
 * entry, so a reader sees the old file or the new one. Best effort: a cache that cannot be
 * written costs the next run its speed, not its result.
 */
function writeCodeCache(file, digest, data, commands) {
    const list = Buffer.from([...new Set(commands)].filter((c) => TAG.test(c)).join(','), 'latin1');
    if (list.length > 0xffff)
        return false;
    const length = Buffer.alloc(2);
    length.writeUInt16LE(list.length, 0);
    const body = [length, list, data];
    const temp = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true, mode: 0o700 });
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW, 0o600);
        try {
            const bodyDigest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            for (const piece of body)
                bodyDigest.update(piece);
            for (const piece of [MAGIC, digest, bodyDigest.digest(), ...body]) {
                let put = 0;
                while (put < piece.length)
                    put += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, piece, put, piece.length - put);
            }
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, file);
        return true;
    }
    catch {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temp);
        }
        catch {
            // nothing was created
        }
        return false;
    }
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _chunk_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4507);
/* harmony import */ var _code_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(882);
/* harmony import */ var _stack_map_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4904);
/*
 * The CLI entry (dist/cli/index.js). The rest of the bundle lives in chunks, which the build
 * rewrites to load through V8's code cache (chunk-loader.ts): set up here, before entry.ts's
 * chunk is asked for. Node maps no stack frame of such a chunk, so stack-map.ts does, and stack
 * traces still name src/… files.
 */





const bundleDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));
(0,_stack_map_js__WEBPACK_IMPORTED_MODULE_4__/* .installStackMapping */ .yp)(bundleDir);
const loader = (0,_chunk_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .createChunkLoader */ .J)(bundleDir, (0,_code_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .codeCacheDir */ .jj)(process.env), (0,_code_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .commandTag */ .cc)(process.argv.slice(2)));
globalThis[_chunk_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .CHUNK_LOADER_GLOBAL */ .C] = loader.load;
process.on('exit', () => loader.saveCaches());
await Promise.all(/* import() */[__nccwpck_require__.e(533), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9550));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yp: () => (/* binding */ installStackMapping)
});

// UNUSED EXPORTS: bundlePositionMapper, formatStack

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/cli/stack-map.ts
/*
 * Stack traces that name src/… files (issue 18) for code Node's own source-map support never
 * sees: the CLI's chunks run as vm scripts (chunk-loader.ts), which Node does not map. A frame in
 * a file of the bundle's directory with a `.map` beside it is mapped when a stack is formatted,
 * and each map is read only the first time a stack needs it.
 */




function errorHeader(error) {
    try {
        return Error.prototype.toString.call(error);
    }
    catch {
        return 'Error';
    }
}
/** `frames` formatted as V8 does, with positions in mapped files replaced by their sources'. */
function formatStack(error, frames, mapPosition) {
    let out = errorHeader(error);
    for (const frame of frames) {
        let text;
        try {
            text = String(frame);
        }
        catch {
            text = '<frame>';
        }
        const file = frame.getFileName();
        const line = frame.getLineNumber();
        const column = frame.getColumnNumber();
        if (file && line !== null && column !== null) {
            const at = `${file}:${line}:${column}`;
            const mapped = mapPosition(file, line, column);
            const where = text.lastIndexOf(at);
            if (mapped !== null && where >= 0)
                text = text.slice(0, where) + mapped + text.slice(where + at.length);
        }
        out += `\n    at ${text}`;
    }
    return out;
}
/** Maps positions in `bundleDir`'s files through their source maps; null where none applies. */
function bundlePositionMapper(bundleDir) {
    const maps = new Map();
    const mapOf = (file) => {
        let map = maps.get(file);
        if (map !== undefined)
            return map;
        map = null;
        try {
            map = new external_node_module_namespaceObject.SourceMap(JSON.parse((0,external_node_fs_.readFileSync)(`${file}.map`, 'utf8')));
        }
        catch {
            // no map or an unreadable one: the frame stays as V8 wrote it
        }
        maps.set(file, map);
        return map;
    };
    return (fileName, line, column) => {
        let file = fileName;
        if (file.startsWith('file:')) {
            try {
                file = (0,external_node_url_.fileURLToPath)(file);
            }
            catch {
                return null;
            }
        }
        if (external_node_path_default().dirname(file) !== bundleDir || !file.endsWith('.js'))
            return null;
        const map = mapOf(file);
        const entry = map?.findEntry(line - 1, column - 1);
        if (!entry || !('originalSource' in entry) || typeof entry.originalSource !== 'string')
            return null;
        return `${external_node_path_default().resolve(bundleDir, entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    };
}
function installStackMapping(bundleDir) {
    const mapPosition = bundlePositionMapper(bundleDir);
    Error.prepareStackTrace = (error, frames) => formatStack(error, frames, mapPosition);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = globalThis.__omnigraphClusterLoadChunk("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map