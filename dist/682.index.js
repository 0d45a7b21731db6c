export const id = 682;
export const ids = [682];
export const modules = {

/***/ 40645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   sJ: () => (/* binding */ numberField)
/* harmony export */ });
function readRunContext(env, payload, fallbackTemp) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        serverUrl,
        apiUrl,
        graphqlUrl: (env.GITHUB_GRAPHQL_URL || defaultGraphqlUrl(apiUrl)).replace(/\/+$/, ''),
        runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        tempDir: env.RUNNER_TEMP || fallbackTemp,
    };
}
/** github.com serves GraphQL at /graphql; GHES serves REST at /api/v3 and GraphQL at /api/graphql. */
function defaultGraphqlUrl(apiUrl) {
    return apiUrl.endsWith('/api/v3') ? `${apiUrl.slice(0, -'/v3'.length)}/graphql` : `${apiUrl}/graphql`;
}
/** Typed reads of the untyped payload (a missing field is undefined, never a throw). */
function field(value, ...keys) {
    let current = value;
    for (const key of keys) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
function stringField(value, ...keys) {
    const v = field(value, ...keys);
    return typeof v === 'string' ? v : null;
}
function numberField(value, ...keys) {
    const v = field(value, ...keys);
    return typeof v === 'number' && Number.isInteger(v) ? v : null;
}


/***/ }),

/***/ 71020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ realDeps)
});

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 83 modules
var artifact = __webpack_require__(56518);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/base/error-text.ts
var error_text = __webpack_require__(19323);
;// CONCATENATED MODULE: ./src/adapters/source/regular-file.ts

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
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | (options.followLinks ? 0 : external_node_fs_.constants.O_NOFOLLOW));
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
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (stats.isDirectory())
            return { kind: 'absent' };
        if (!stats.isFile())
            return { kind: 'not-regular', what: fileKind(stats) };
        return { kind: 'ok', bytes: readOpen(fd, stats.size), stats };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
        return (0,external_node_fs_.readFileSync)(fd);
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
        const n = (0,external_node_fs_.readSync)(fd, bytes, filled, size - filled, null);
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

;// CONCATENATED MODULE: ./src/adapters/source/local-source-files.ts




/** `SourceFiles` over the local working tree (the config directory lives in git). */
class LocalSourceFiles {
    cwd;
    constructor(cwd = process.cwd()) {
        this.cwd = cwd;
    }
    isDirectory(p) {
        try {
            return (0,external_node_fs_.statSync)(this.absolute(p)).isDirectory();
        }
        catch {
            return false;
        }
    }
    /** A FIFO or device in place of cluster.yaml or a source file is refused at once, never read. */
    readBytes(p) {
        let read;
        try {
            read = readRegularFile(this.absolute(p), { followLinks: true });
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
            return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).map((entry) => {
                // Only a symlink needs a stat to learn what it points at.
                let isFile = entry.isFile();
                if (entry.isSymbolicLink()) {
                    try {
                        isFile = (0,external_node_fs_.statSync)(external_node_path_default().join(dir, entry.name)).isFile();
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
            return external_node_fs_.realpathSync.native(this.absolute(p));
        }
        catch (e) {
            throw new Error(ioMessage(e));
        }
    }
    linkKind(p) {
        try {
            const stat = (0,external_node_fs_.lstatSync)(this.absolute(p), { throwIfNoEntry: false });
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
            const read = readRegularFile(this.absolute(p), { followLinks: false });
            return read.kind === 'ok' ? read.bytes : read.kind === 'link' ? 'symlink' : null;
        }
        catch {
            return null;
        }
    }
    absolute(p) {
        return external_node_path_default().isAbsolute(p) ? p : external_node_path_default().join(this.cwd, p);
    }
}
/** Node's `ENOENT: no such file or directory, open '…'` → the part a person needs. */
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
    return (0,error_text/* errorText */.k)(e);
}

// EXTERNAL MODULE: ./src/engine/diagnostics/index.ts + 2 modules
var engine_diagnostics = __webpack_require__(52165);
// EXTERNAL MODULE: ./src/base/hash.ts + 1 modules
var hash = __webpack_require__(51914);
// EXTERNAL MODULE: ./src/base/json.ts
var json = __webpack_require__(23659);
// EXTERNAL MODULE: ./src/engine/ports/clock.ts
var clock = __webpack_require__(59871);
;// CONCATENATED MODULE: ./src/engine/observe/graph-root.ts
/** `graphs/<id>.omni` under the storage root (docs/contract/config.md#layout). */
function graphRoot(storage, graphId) {
    const key = `graphs/${graphId}.omni`;
    return { key, uri: storage.displayPath(key) };
}

// EXTERNAL MODULE: ./src/base/lossless-json.ts
var lossless_json = __webpack_require__(97778);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/engine/model/names.ts
var model_names = __webpack_require__(74148);
// EXTERNAL MODULE: ./src/engine/ports/storage.ts
var ports_storage = __webpack_require__(12504);
;// CONCATENATED MODULE: ./src/engine/recovery/sidecar-store.ts







const RECOVERIES_DIR = '__cluster/recoveries';
/** `__cluster/recoveries/<operation_id>.json` (docs/contract/recovery.md#sidecar): closed; optionals default to null. */
const sidecarSchema = schemas/* strictObject */.rej({
    schema_version: schemas/* number */.aig().int(),
    operation_id: schemas/* string */.YjP(),
    started_at: schemas/* string */.YjP(),
    actor: schemas/* string */.YjP().nullable().default(null),
    kind: schemas/* enum */.k5n(['graph_create', 'schema_apply', 'graph_delete']),
    graph_id: schemas/* string */.YjP(),
    graph_uri: schemas/* string */.YjP(),
    observed_manifest_version: schemas/* number */.aig().int().nonnegative().nullable().default(null),
    expected_manifest_version: schemas/* number */.aig().int().nonnegative().nullable().default(null),
    desired_schema_digest: schemas/* string */.YjP(),
    state_cas_base: schemas/* string */.YjP().nullable().default(null),
    approval_id: schemas/* string */.YjP().nullable().default(null),
});
function sidecarKey(operationId) {
    return `${RECOVERIES_DIR}/${operationId}.json`;
}
/** Field order and explicit nulls exactly as the reference writes them. */
function sidecarText(s) {
    return `${(0,json/* toPrettyJson */.gM)({
        schema_version: s.schema_version,
        operation_id: s.operation_id,
        started_at: s.started_at,
        actor: s.actor,
        kind: s.kind,
        graph_id: s.graph_id,
        graph_uri: s.graph_uri,
        observed_manifest_version: s.observed_manifest_version,
        expected_manifest_version: s.expected_manifest_version,
        desired_schema_digest: s.desired_schema_digest,
        state_cas_base: s.state_cas_base,
        approval_id: s.approval_id,
    })}\n`;
}
async function writeSidecar(storage, sidecar) {
    await storage.write(sidecarKey(sidecar.operation_id), sidecarText(sidecar));
}
/** Names of pending sidecar files (no parsing) — what plan and status warn about (docs/contract/recovery.md#read-only-warning). */
async function listSidecarNames(storage) {
    try {
        const names = (await storage.list(RECOVERIES_DIR)).filter((n) => n.endsWith('.json'));
        return { names, diagnostics: [] };
    }
    catch (e) {
        if (e instanceof ports_storage/* UnsafePathError */.k0)
            return { names: [], diagnostics: [(0,model_names/* unsafeName */.gj)(storage.displayPath(RECOVERIES_DIR), (0,error_text/* errorText */.k)(e))] };
        return {
            names: [],
            diagnostics: [(0,engine_diagnostics/* warning */.$e)('recovery_sidecar_read_error', RECOVERIES_DIR, `could not list '${RECOVERIES_DIR}': ${(0,error_text/* errorText */.k)(e)}`)],
        };
    }
}
/** One warning per pending sidecar file, for the read-only commands. */
async function pendingSidecarWarnings(storage) {
    const { names, diagnostics } = await listSidecarNames(storage);
    return [
        // A link in place of the directory is reported once, by the state read.
        ...diagnostics.filter((d) => d.code !== 'unsafe_state_name'),
        ...names.map((name) => (0,engine_diagnostics/* warning */.$e)('cluster_recovery_pending', storage.displayPath(`${RECOVERIES_DIR}/${name}`), 'a recovery sidecar from an interrupted apply is pending; the next state-mutating command will classify it')),
    ];
}
/** Parsed sidecars in ULID order; problem files are warnings and stay in place (docs/contract/recovery.md#sweep). */
async function loadSidecars(storage) {
    const listed = await listSidecarNames(storage);
    const diagnostics = [...listed.diagnostics];
    const sidecars = [];
    for (const name of listed.names) {
        const key = `${RECOVERIES_DIR}/${name}`;
        const uri = storage.objectUri(key);
        let text;
        try {
            text = (await storage.read(key))?.text ?? null;
        }
        catch (e) {
            diagnostics.push((0,engine_diagnostics/* warning */.$e)('invalid_recovery_sidecar', uri, `could not read (${(0,error_text/* errorText */.k)(e)}); leaving it in place`));
            continue;
        }
        if (text === null)
            continue;
        let json;
        try {
            json = (0,lossless_json/* parseJsonLossless */.KK)(text);
        }
        catch (e) {
            diagnostics.push((0,engine_diagnostics/* warning */.$e)('invalid_recovery_sidecar', uri, `could not parse (${(0,error_text/* errorText */.k)(e)}); leaving it in place`));
            continue;
        }
        const parsed = sidecarSchema.safeParse(json);
        if (!parsed.success) {
            diagnostics.push((0,engine_diagnostics/* warning */.$e)('invalid_recovery_sidecar', uri, `could not parse (${parsed.error.issues[0]?.message ?? 'invalid'}); leaving it in place`));
        }
        else if (parsed.data.schema_version !== 1) {
            diagnostics.push((0,engine_diagnostics/* warning */.$e)('unsupported_recovery_sidecar_version', uri, 'unsupported schema version; leaving it in place'));
        }
        else {
            const problem = sidecarNameProblem(name, parsed.data);
            if (problem === null)
                sidecars.push(parsed.data);
            else
                diagnostics.push((0,model_names/* unsafeName */.gj)(uri, problem));
        }
    }
    return { sidecars, diagnostics };
}
/**
 * The names in a sidecar that become keys (its own file, the graph root it fences, the approval it
 * consumes) must have their spec grammar, and the file must be named after its operation. A
 * mismatch is not corruption (docs/contract/recovery.md#sweep's warnings) but a forged file: an error, so the command writes
 * nothing, and the file stays for a person to inspect.
 */
function sidecarNameProblem(fileName, sidecar) {
    const problem = (0,model_names/* ulidProblem */.ae)('operation_id', sidecar.operation_id) ??
        (0,model_names/* identifierProblem */.rD)('graph_id', sidecar.graph_id) ??
        (sidecar.approval_id === null ? null : (0,model_names/* ulidProblem */.ae)('approval_id', sidecar.approval_id));
    if (problem !== null)
        return problem;
    if (fileName !== `${sidecar.operation_id}.json`)
        return `operation_id \`${sidecar.operation_id}\` does not match the file name \`${(0,model_names/* printable */.g$)(fileName)}\``;
    if (!sidecar.graph_uri.endsWith(`/graphs/${sidecar.graph_id}.omni`)) {
        return `graph_uri \`${(0,model_names/* printable */.g$)(sidecar.graph_uri)}\` is not the root of graph \`${sidecar.graph_id}\``;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/engine/apply/run.ts

/** An `after_*` failpoint fired: the run stops at once with nothing acknowledged. */
class RunAborted extends Error {
    name = 'RunAborted';
}
function anyGraphFailed(run) {
    return run.failures.size > 0;
}
/** Asks the failpoint `cluster_apply.<point>`; when it fires, the injected error is recorded. */
async function failpointFired(failpoints, diagnostics, point) {
    const name = `cluster_apply.${point}`;
    if (!(await failpoints.hit(name)))
        return false;
    diagnostics.push((0,engine_diagnostics/* error */.z3)('injected_failpoint', name, `injected failpoint triggered: ${name}`));
    return true;
}

;// CONCATENATED MODULE: ./src/engine/apply/fenced-op.ts





const FAILURE = { graph_create: 'create', schema_apply: 'schema_apply', graph_delete: 'delete' };
const PROGRESS = { graph_create: 'creating graph', schema_apply: 'applying schema to graph', graph_delete: 'deleting graph' };
/**
 * One graph-moving operation fenced as docs/contract/recovery.md#graph-create requires: the sidecar is written before anything
 * moves, the `before_*` failpoint can stop it with nothing moved, an `after_*` failpoint aborts
 * the whole run with the sidecar left for the sweep, and success queues the sidecar for
 * retirement after the state write. Returns whether the graph moved as planned.
 */
async function fencedGraphOp(run, step) {
    const fail = () => {
        run.failures.set(step.graphId, FAILURE[step.kind]);
        return false;
    };
    const sidecar = {
        schema_version: 1,
        operation_id: run.deps.ids.ulid(),
        started_at: (0,clock/* rfc3339 */.a)(run.deps.clock.now()),
        actor: run.actor,
        kind: step.kind,
        graph_id: step.graphId,
        graph_uri: step.root.uri,
        observed_manifest_version: step.facts.observed_manifest_version,
        expected_manifest_version: null,
        desired_schema_digest: step.facts.desired_schema_digest,
        state_cas_base: run.expectedCas,
        approval_id: step.facts.approval_id,
    };
    const key = sidecarKey(sidecar.operation_id);
    try {
        await writeSidecar(run.storage, sidecar);
    }
    catch (e) {
        run.diagnostics.push((0,engine_diagnostics/* error */.z3)('recovery_sidecar_write_error', run.storage.displayPath(key), `could not write recovery sidecar: ${(0,error_text/* errorText */.k)(e)}`));
        return fail();
    }
    if (await failpointFired(run.deps.failpoints, run.diagnostics, `before_${step.kind}`))
        return fail();
    run.deps.logger.info(`${PROGRESS[step.kind]} ${step.graphId}`);
    const fence = {
        sidecar,
        pin: (version) => writeSidecar(run.storage, { ...sidecar, expected_manifest_version: version }).catch(() => { }),
        retire: () => run.storage.delete(key).catch(() => { }),
    };
    if (!(await step.move(fence)))
        return fail();
    if (await failpointFired(run.deps.failpoints, run.diagnostics, `after_${step.kind}`))
        throw new RunAborted(`cluster_apply.after_${step.kind}`);
    run.completedSidecars.push(sidecar.operation_id);
    return true;
}

;// CONCATENATED MODULE: ./src/engine/apply/source-check.ts


const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Re-reads a source under the lock and proves it is still the content that was planned
 * (docs/contract/classifier.md#recompute-under-lock: the TOCTOU fence for payload publish, graph init and schema apply).
 */
function recheckSource(sources, path, expectedDigest) {
    if (!path)
        return { ok: false, problem: 'no_source' };
    let bytes;
    try {
        bytes = sources.readBytes(path);
    }
    catch (e) {
        return { ok: false, problem: 'unreadable', message: (0,error_text/* errorText */.k)(e) };
    }
    if ((0,hash/* sha256hex */.Lg)(bytes) !== expectedDigest)
        return { ok: false, problem: 'changed' };
    try {
        return { ok: true, bytes, text: utf8.decode(bytes) };
    }
    catch (e) {
        return { ok: false, problem: 'not_utf8', message: (0,error_text/* errorText */.k)(e) };
    }
}

;// CONCATENATED MODULE: ./src/engine/apply/graph-create.ts






/**
 * Graph create (docs/contract/recovery.md#graph-create), fenced by a recovery sidecar written before `init`.
 * A failure marks the graph failed; later graph-moving work is skipped (loud partials).
 */
async function createGraph(run, graphId) {
    const address = `graph.${graphId}`;
    if (anyGraphFailed(run)) {
        run.diagnostics.push((0,engine_diagnostics/* warning */.$e)('graph_create_skipped', address, 'skipped after an earlier graph create failed in this run'));
        run.failures.set(graphId, 'create');
        return;
    }
    const root = graphRoot(run.storage, graphId);
    const graph = run.desired.graphs.get(graphId);
    await fencedGraphOp(run, {
        kind: 'graph_create',
        graphId,
        root,
        facts: { observed_manifest_version: null, desired_schema_digest: graph?.schemaDigest ?? '', approval_id: null },
        move: async (fence) => {
            const check = recheckSource(run.deps.sources, graph?.schemaPath, graph?.schemaDigest ?? '');
            if (!check.ok) {
                if (check.problem === 'changed') {
                    run.diagnostics.push((0,engine_diagnostics/* error */.z3)('resource_content_changed', `schema.${graphId}`, 'schema source changed while apply was running; re-run `cluster apply`'));
                }
                else if (check.problem === 'no_source') {
                    run.diagnostics.push((0,engine_diagnostics/* error */.z3)('graph_create_failed', address, 'no schema source recorded for graph'));
                }
                else {
                    run.diagnostics.push((0,engine_diagnostics/* error */.z3)('graph_create_failed', address, `could not read schema source '${graph?.schemaPath}': ${check.message}`));
                }
                // Nothing moved: the intent can go at once.
                await fence.retire();
                return false;
            }
            try {
                await run.engine.init(root, check.text);
            }
            catch (e) {
                run.diagnostics.push((0,engine_diagnostics/* error */.z3)('graph_create_failed', address, `could not initialize graph at '${root.uri}': ${(0,error_text/* errorText */.k)(e)}`));
                return false; // sidecar kept: the sweep decides between rows 1 and 5
            }
            try {
                await fence.pin((await run.engine.openReadOnly(root)).manifestVersion);
            }
            catch {
                // Best effort: the pin is forensic; the sweep decides from the live schema.
            }
            return true;
        },
    });
}

;// CONCATENATED MODULE: ./src/engine/apply/graph-delete.ts





/**
 * Approved graph delete (docs/contract/approvals.md#delete): runs last, fenced by a sidecar that carries the
 * approval, and removes the whole root prefix through the Storage port.
 */
async function deleteGraph(run, graphId, artifacts) {
    const address = `graph.${graphId}`;
    const fail = () => run.failures.set(graphId, 'delete');
    if (anyGraphFailed(run)) {
        run.diagnostics.push((0,engine_diagnostics/* warning */.$e)('graph_delete_skipped', address, 'skipped after an earlier graph-moving operation failed in this run'));
        return void fail();
    }
    const approval = artifacts.find((a) => a.resource === address && a.bound_config_digest === run.desired.configDigest) ?? null;
    const root = graphRoot(run.storage, graphId);
    let exclusion;
    try {
        exclusion = await run.engine.reserveExportRootExclusion(root);
    }
    catch (e) {
        run.diagnostics.push((0,engine_diagnostics/* error */.z3)('graph_delete_export_in_progress', address, `cannot remove graph root '${root.uri}' while an immutable export owns it: ${(0,error_text/* errorText */.k)(e)}`));
        return void fail();
    }
    try {
        let observed = null;
        try {
            observed = (await run.engine.openReadOnly(root)).manifestVersion;
        }
        catch {
            observed = null; // partial roots are still deleted
        }
        const deleted = await fencedGraphOp(run, {
            kind: 'graph_delete',
            graphId,
            root,
            facts: { observed_manifest_version: observed, desired_schema_digest: '', approval_id: approval?.approval_id ?? null },
            move: async () => {
                try {
                    await run.storage.deletePrefix(root.key);
                    return true;
                }
                catch (e) {
                    run.diagnostics.push((0,engine_diagnostics/* error */.z3)('graph_delete_failed', address, `could not remove graph root '${root.uri}': ${(0,error_text/* errorText */.k)(e)}`));
                    return false;
                }
            },
        });
        if (deleted)
            run.executedDeletes.set(graphId, approval?.approval_id ?? null);
    }
    finally {
        await exclusion.release().catch(() => { });
    }
}

;// CONCATENATED MODULE: ./src/engine/digest/resource-digests.ts


const NUL = '\0';
/** The `graph.<id>` composite digest (docs/contract/digests.md#graph-composite). Policies never contribute. */
function graphCompositeDigest(input) {
    const parts = ['graph', NUL, input.graphId, NUL, 'schema', NUL, input.schemaDigest, NUL];
    const queries = input.queries;
    // Names, not [name, digest] pairs: sorting and walking pairs cost a destructuring per compare.
    if (queries instanceof Map) {
        for (const name of (0,json/* sortBytewise */.lP)([...queries.keys()]))
            parts.push('query', NUL, name, NUL, queries.get(name), NUL);
    }
    else {
        const record = queries;
        for (const name of (0,json/* sortBytewise */.lP)(Object.keys(record)))
            parts.push('query', NUL, name, NUL, record[name], NUL);
    }
    if (input.embeddingProvider) {
        parts.push('embedding_provider', NUL, input.embeddingProvider.address, NUL, input.embeddingProvider.digest, NUL);
    }
    if (input.externalBlobPolicy && input.externalBlobPolicy.mode === 'allow') {
        parts.push('external_blob_policy', NUL, (0,json/* toCompactJson */.ZJ)(input.externalBlobPolicy), NUL);
    }
    return (0,hash/* sha256hex */.Lg)(parts.join(''));
}
/** Profile JSON in the reference's key order, absent keys omitted (the `provider` alias becomes `kind`). */
function embeddingProfileJson(profile) {
    return { kind: profile.kind, base_url: profile.base_url, model: profile.model, api_key: profile.api_key };
}
/** `provider.embedding.<name>` digest (docs/contract/digests.md#provider-digest). */
function embeddingProviderDigest(profile) {
    return (0,hash/* sha256hex */.Lg)(`embedding-provider${NUL}${(0,json/* toCompactJson */.ZJ)(embeddingProfileJson(profile))}`);
}
/** Desired config digest (docs/contract/digests.md#config-digest): compact config JSON, then every desired resource digest by address. */
function configDigest(configJson, resourceDigests) {
    return (0,hash/* sha256hexOfPieces */.hs)(configDigestPieces((0,json/* toCompactJson */.ZJ)(configJson), resourceDigests));
}
/** Units per piece of the config digest's input; each piece ends right after a NUL. */
const CONFIG_PIECE_UNITS = 16_384;
/**
 * The config digest's input in pieces of about CONFIG_PIECE_UNITS, never as one string: at 100k
 * resources, joining its 400,000 parts into 8 MB took 110-140 ms, and hashing it 6 ms. A piece
 * ends after a NUL, so it never ends inside a surrogate pair.
 */
function* configDigestPieces(configText, resourceDigests) {
    let piece = `cluster-config${NUL}${configText}${NUL}`;
    for (const address of (0,json/* sortBytewise */.lP)([...resourceDigests.keys()])) {
        piece += `${address}${NUL}${resourceDigests.get(address)}${NUL}`;
        if (piece.length >= CONFIG_PIECE_UNITS) {
            yield piece;
            piece = '';
        }
    }
    yield piece;
}

;// CONCATENATED MODULE: ./src/engine/observe/composite.ts


function ledgerQueryIndex(ledger) {
    const index = new Map();
    for (const [address, entry] of Object.entries(ledger.applied_revision.resources)) {
        if (!address.startsWith('query.'))
            continue;
        const rest = address.slice('query.'.length);
        const dot = rest.indexOf('.');
        if (dot <= 0)
            continue;
        const graphId = rest.slice(0, dot);
        let queries = index.get(graphId);
        if (!queries)
            index.set(graphId, (queries = new Map()));
        queries.set(rest.slice(dot + 1), entry.digest);
    }
    return index;
}
/**
 * `graph.<g>` recomputed from what the ledger records (docs/contract/digests.md#graph-composite "in state"): its schema digest, its
 * query digests, and the provider binding / external-blob policy recorded on the graph entry.
 */
function compositeFromLedger(ledger, graphId, schemaDigest, index) {
    const resources = ledger.applied_revision.resources;
    const queries = (index ?? ledgerQueryIndex(ledger)).get(graphId) ?? new Map();
    const entry = resources[`graph.${graphId}`];
    const providerAddress = entry?.embedding_provider;
    const policy = entry?.external_blob_policy ?? { mode: 'deny' };
    return graphCompositeDigest({
        graphId,
        schemaDigest: schemaDigest === undefined ? (resources[`schema.${graphId}`]?.digest ?? '') : (schemaDigest ?? ''),
        queries,
        embeddingProvider: providerAddress ? { address: providerAddress, digest: resources[providerAddress]?.digest ?? '' } : null,
        externalBlobPolicy: policy,
    });
}
/**
 * HEAD state authority check (docs/contract/commands.md#apply step 4): every recorded graph digest must match its
 * recomputation; each one that does not is an error naming the graph.
 */
function unboundGraphErrors(ledger) {
    const index = ledgerQueryIndex(ledger);
    const out = [];
    for (const [address, entry] of Object.entries(ledger.applied_revision.resources)) {
        if (!address.startsWith('graph.'))
            continue;
        if (compositeFromLedger(ledger, address.slice('graph.'.length), undefined, index) === entry.digest)
            continue;
        out.push((0,engine_diagnostics/* error */.z3)('external_blob_policy_digest_mismatch', address, 'the applied graph resource metadata is not bound by its composite digest; restore the cluster state ledger from a trusted copy before retrying'));
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/model/data-map.ts
var data_map = __webpack_require__(73545);
;// CONCATENATED MODULE: ./src/engine/state/schema.ts



/**
 * `__cluster/state.json` as docs/contract/state.md#schema) describes it: every object closed (an
 * unknown key is `invalid_state_json`), optional-on-read fields defaulted, records and
 * observations free JSON. `version` is checked after the parse, so a well-formed foreign version
 * reports `unsupported_state_version` rather than a parse error.
 */
const u64 = schemas/* number */.aig().int().nonnegative();
const RESOURCE_STATUSES = ['pending', 'planned', 'applying', 'applied', 'drifted', 'blocked', 'error'];
const externalBlobBase = schemas/* strictObject */.rej({ uri: schemas/* string */.YjP(), scope: schemas/* enum */.k5n(['server_safe', 'embedded_only']) });
const embeddingProfile = schemas/* strictObject */.rej({
    kind: schemas/* string */.YjP().optional(),
    base_url: schemas/* string */.YjP().optional(),
    model: schemas/* string */.YjP().optional(),
    api_key: schemas/* string */.YjP().optional(),
});
const resourceEntry = schemas/* strictObject */.rej({
    digest: schemas/* string */.YjP(),
    applies_to: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    embedding_provider: schemas/* string */.YjP().optional(),
    embedding_profile: embeddingProfile.optional(),
    external_blob_policy: schemas/* strictObject */.rej({ mode: schemas/* literal */.euz('allow'), bases: schemas/* array */.YOg(externalBlobBase) }).optional(),
});
const statusRecord = schemas/* strictObject */.rej({
    status: schemas/* enum */.k5n(RESOURCE_STATUSES),
    conditions: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    message: schemas/* string */.YjP().optional(),
});
/** The only key of `raw` (a parsed JSON value) is `key`, whatever its prototype. */
const hasOnlyKey = (raw, key) => (0,data_map/* ownKeysAmong */.p)(raw, key) && Object.hasOwn(raw, key);
/** `{ "digest": "<text>" }`, as `resourceEntry` would output it. */
const digestOnly = (raw) => (hasOnlyKey(raw, 'digest') && typeof raw.digest === 'string' ? { digest: raw.digest } : undefined);
const STATUS_SET = new Set(RESOURCE_STATUSES);
/** `{ "status": "<status>" }`, as `statusRecord` would output it. */
const statusOnly = (raw) => hasOnlyKey(raw, 'status') && STATUS_SET.has(raw.status) ? { status: raw.status } : undefined;
const emptyMap = () => Object.create(null);
// parseState hands the schema the lossless reader's fresh objects, so the maps reuse them.
const REUSE = { reuseInput: true };
// z.unknown() outputs its input unchanged: taking each value as it is skips a safeParse apiece.
const asItIs = (raw) => raw;
const freeJsonMap = (0,data_map/* dataMap */.d)(schemas/* unknown */.L5J(), asItIs, REUSE);
const clusterStateSchema = schemas/* strictObject */.rej({
    version: u64,
    state_revision: u64.default(0),
    applied_revision: schemas/* strictObject */.rej({
        config_digest: schemas/* string */.YjP().nullable().default(null),
        resources: (0,data_map/* dataMap */.d)(resourceEntry, digestOnly, REUSE).default(emptyMap),
    }),
    resource_statuses: (0,data_map/* dataMap */.d)(statusRecord, statusOnly, REUSE).default(emptyMap),
    approval_records: freeJsonMap.default(emptyMap),
    recovery_records: freeJsonMap.default(emptyMap),
    observations: freeJsonMap.default(emptyMap),
});
/** The only ledger version this build reads and writes. */
const STATE_VERSION = 1;
/** A fresh ledger (import starts here). */
function emptyState(configDigest) {
    return {
        version: STATE_VERSION,
        state_revision: 0,
        applied_revision: { config_digest: configDigest, resources: {} },
        resource_statuses: {},
        approval_records: {},
        recovery_records: {},
        observations: {},
    };
}
/**
 * Commands work on a clone so the as-read ledger stays comparable with the one they build. Not
 * structuredClone: it would turn the reader's `F64` values into plain objects and give maps back
 * their prototype, so a `__proto__` key would vanish on the next assignment.
 */
function cloneState(state) {
    return cloneJson(state);
}
function cloneJson(value) {
    if (Array.isArray(value))
        return value.map(cloneJson);
    if (value instanceof json/* F64 */.je)
        return new json/* F64 */.je(value.value);
    if (typeof value !== 'object' || value === null)
        return value;
    const proto = Object.getPrototypeOf(value);
    const out = Object.create(proto);
    for (const key of Object.keys(value)) {
        const item = cloneJson(value[key]);
        // Plain assignment is several times faster; only `__proto__` under Object.prototype would
        // hit the prototype setter instead of making an own key (null-prototype maps have no setter).
        if (key === '__proto__' && proto !== null)
            Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
        else
            out[key] = item;
    }
    return out;
}
/** address → digest of every resource the ledger records as applied (none without a ledger). */
function appliedDigests(state) {
    const digests = new Map();
    if (!state)
        return digests;
    const resources = state.applied_revision.resources;
    for (const address of Object.keys(resources))
        digests.set(address, resources[address].digest);
    return digests;
}

// EXTERNAL MODULE: ./src/engine/config/zod-issues.ts
var zod_issues = __webpack_require__(60585);
;// CONCATENATED MODULE: ./src/base/bounded.ts
/**
 * `fn` over `items` with at most `limit` calls in flight; results in input order. Storage round
 * trips dominate payload checks and publishes (one S3 request each), so overlapping them is what
 * makes status and apply scale, while the bound keeps sockets and file handles in check. After a
 * rejection no further item is started and the first rejection is returned.
 */
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (e) {
                failed = true;
                throw e;
            }
        }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
    await Promise.all(workers);
    return results;
}
/** In-flight bound for storage round trips (payload checks and publishes). */
const STORAGE_CONCURRENCY = 32;

;// CONCATENATED MODULE: ./src/engine/approvals/artifact.ts

/** `__cluster/approvals/<approval_id>.json` (docs/contract/approvals.md#artifact): closed, fields in this order. */
const approvalArtifactSchema = schemas/* strictObject */.rej({
    schema_version: schemas/* number */.aig().int(),
    approval_id: schemas/* string */.YjP(),
    resource: schemas/* string */.YjP(),
    // `update`: an approval of the optional destructive gate (docs/contract/approvals.md#destructive-gates).
    operation: schemas/* enum */.k5n(['delete', 'update']),
    reason: schemas/* string */.YjP(),
    bound_config_digest: schemas/* string */.YjP(),
    bound_before_digest: schemas/* string */.YjP().nullable(),
    bound_after_digest: schemas/* string */.YjP().nullable(),
    approved_by: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP(),
    consumed_at: schemas/* string */.YjP().nullable(),
    consumed_by_operation: schemas/* string */.YjP().nullable(),
});
const APPROVALS_DIR = '__cluster/approvals';
/** Re-emits an artifact in the reference's field order. */
function approvalArtifactJson(a) {
    return {
        schema_version: a.schema_version,
        approval_id: a.approval_id,
        resource: a.resource,
        operation: a.operation,
        reason: a.reason,
        bound_config_digest: a.bound_config_digest,
        bound_before_digest: a.bound_before_digest,
        bound_after_digest: a.bound_after_digest,
        approved_by: a.approved_by,
        created_at: a.created_at,
        consumed_at: a.consumed_at,
        consumed_by_operation: a.consumed_by_operation,
    };
}

;// CONCATENATED MODULE: ./src/engine/approvals/store.ts







/**
 * Lists approval artifacts in id order (docs/contract/approvals.md#artifact). Unreadable or foreign files are warnings and stay
 * in place; a missing directory lists as empty.
 */
async function listApprovals(storage) {
    const diagnostics = [];
    let names;
    try {
        names = await storage.list(APPROVALS_DIR);
    }
    catch (e) {
        if (e instanceof ports_storage/* UnsafePathError */.k0)
            return { artifacts: [], diagnostics: [(0,model_names/* unsafeName */.gj)(storage.displayPath(APPROVALS_DIR), (0,error_text/* errorText */.k)(e))] };
        return { artifacts: [], diagnostics: [(0,engine_diagnostics/* warning */.$e)('approval_read_error', APPROVALS_DIR, `could not list '${APPROVALS_DIR}': ${(0,error_text/* errorText */.k)(e)}`)] };
    }
    const artifacts = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
        const key = `${APPROVALS_DIR}/${name}`;
        const uri = storage.objectUri(key);
        let text;
        try {
            text = (await storage.read(key))?.text ?? null;
        }
        catch (e) {
            diagnostics.push((0,engine_diagnostics/* warning */.$e)('invalid_approval_artifact', uri, `could not read (${(0,error_text/* errorText */.k)(e)}); leaving it in place`));
            continue;
        }
        if (text === null)
            continue;
        const parsed = parseArtifact(text);
        const problem = parsed.kind === 'ok' ? approvalNameProblem(name, parsed.artifact) : null;
        if (problem !== null) {
            diagnostics.push((0,model_names/* unsafeName */.gj)(uri, problem));
        }
        else if (parsed.kind === 'invalid') {
            diagnostics.push((0,engine_diagnostics/* warning */.$e)('invalid_approval_artifact', uri, `could not parse (${parsed.error}); leaving it in place`));
        }
        else if (parsed.kind === 'unsupported') {
            diagnostics.push((0,engine_diagnostics/* warning */.$e)('unsupported_approval_version', uri, 'unsupported schema version; leaving it in place'));
        }
        else {
            artifacts.push(parsed.artifact);
        }
    }
    return { artifacts, diagnostics };
}
function parseArtifact(text) {
    let json;
    try {
        json = (0,lossless_json/* parseJsonLossless */.KK)(text);
    }
    catch (e) {
        return { kind: 'invalid', error: (0,error_text/* errorText */.k)(e) };
    }
    const parsed = approvalArtifactSchema.safeParse(json);
    if (!parsed.success)
        return { kind: 'invalid', error: parsed.error.issues[0]?.message ?? 'invalid artifact' };
    if (parsed.data.schema_version !== 1)
        return { kind: 'unsupported' };
    return { kind: 'ok', artifact: parsed.data };
}
/**
 * An artifact's id names the file we rewrite when it is consumed, and its resource is matched
 * against ledger addresses: both must have their grammar, and the file must carry the id's name.
 */
function approvalNameProblem(fileName, artifact) {
    const problem = (0,model_names/* ulidProblem */.ae)('approval_id', artifact.approval_id) ?? (0,model_names/* addressProblem */.cg)(artifact.resource);
    if (problem !== null)
        return problem;
    if (fileName !== `${artifact.approval_id}.json`)
        return `approval_id \`${artifact.approval_id}\` does not match the file name \`${(0,model_names/* printable */.g$)(fileName)}\``;
    return null;
}
function approvalKey(approvalId) {
    return `${APPROVALS_DIR}/${approvalId}.json`;
}
async function writeApproval(storage, artifact) {
    await storage.write(approvalKey(artifact.approval_id), `${(0,json/* toPrettyJson */.gM)(approvalArtifactJson(artifact))}\n`);
}
/**
 * After the state write landed: rewrite each consumed artifact with `consumed_at` (its
 * `consumed_by_operation` stays null; quirk C12). Best effort — the ledger record is authoritative.
 */
async function markApprovalsConsumed(storage, consumed) {
    if (consumed.size === 0)
        return;
    const { artifacts } = await listApprovals(storage);
    for (const artifact of artifacts) {
        const at = consumed.get(artifact.approval_id);
        if (at === undefined || artifact.consumed_at !== null)
            continue;
        try {
            await writeApproval(storage, { ...artifact, consumed_at: at });
        }
        catch {
            // The ledger's approval_records already prevent reuse; a stale file authorizes nothing more.
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/state/canonicalize.ts


const LEGACY = 'manifest_version';
const CANONICAL = 'graph_manifest_version';
/**
 * HEAD renames the SEED observation key `manifest_version` to `graph_manifest_version` on read
 * (docs/contract/state.md#schema). Observations are insertion-ordered JSON objects in the reference, whose key removal
 * moves the last key into the removed slot; the canonical key is then appended. Reproducing that
 * order keeps an apply that rewrites the ledger byte-identical to the reference's. The first
 * conflicting observation (in address order) fails the read.
 */
function canonicalizeObservations(state) {
    for (const address of (0,json/* sortBytewise */.lP)(Object.keys(state.observations))) {
        const value = state.observations[address];
        if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, LEGACY))
            continue;
        const observation = value;
        const legacy = observation[LEGACY];
        if (Object.hasOwn(observation, CANONICAL) && !jsonEqual(observation[CANONICAL], legacy)) {
            return (0,engine_diagnostics/* error */.z3)('conflicting_graph_manifest_observation', `state.observations.${address}`, `cluster observation '${address}' contains conflicting legacy and canonical graph-manifest versions`);
        }
        const entries = Object.entries(observation);
        const at = entries.findIndex(([k]) => k === LEGACY);
        const last = entries.pop();
        if (at < entries.length)
            entries[at] = last;
        if (!Object.hasOwn(observation, CANONICAL))
            entries.push([CANONICAL, legacy]);
        state.observations[address] = Object.fromEntries(entries);
    }
    return null;
}
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length)
        return false;
    return ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}

;// CONCATENATED MODULE: ./src/engine/state/read.ts












const STATE_KEY = '__cluster/state.json';
/** docs/contract/state.md#reading: missing ⇒ no state; unreadable or non-UTF-8 ⇒ `state_read_error` with nothing found. */
async function readState(storage) {
    let stored;
    try {
        stored = await storage.read(STATE_KEY);
    }
    catch (e) {
        return { found: false, cas: null, state: null, diagnostics: [(0,engine_diagnostics/* error */.z3)('state_read_error', STATE_KEY, `could not read state file: ${(0,error_text/* errorText */.k)(e)}`)] };
    }
    if (stored === null) {
        const untrusted = await untrustedLayoutDiagnostics(storage, null);
        return { found: false, cas: null, state: null, diagnostics: untrusted };
    }
    const cas = (0,hash/* casToken */.pJ)(stored.text);
    const parsed = parseState(stored.text);
    if (!parsed.ok)
        return { found: true, cas, state: null, diagnostics: [parsed.diagnostic] };
    const untrusted = await untrustedLayoutDiagnostics(storage, parsed.state);
    return { found: true, cas, state: untrusted.length > 0 ? null : parsed.state, diagnostics: untrusted };
}
/**
 * Text ⇒ ledger: JSON, the closed schema, the version, then HEAD observation canonicalisation.
 * The JSON reader is lossless, so a rewrite keeps every key (even `__proto__`), every digit of an
 * integer past 2^53 and the `.0` of a float inside free-JSON records.
 */
function parseState(text) {
    let json;
    try {
        json = (0,lossless_json/* parseJsonLossless */.KK)(text);
    }
    catch (e) {
        return { ok: false, diagnostic: invalid((0,error_text/* errorText */.k)(e)) };
    }
    const revision = json?.state_revision;
    if (typeof revision === 'bigint' && (0,lossless_json/* isU64 */.Cx)(revision)) {
        return { ok: false, diagnostic: revisionOverflow(`state_revision ${revision} is beyond the largest revision this build counts exactly (${Number.MAX_SAFE_INTEGER})`) };
    }
    const parsed = clusterStateSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { ok: false, diagnostic: invalid(issue ? (0,zod_issues/* describeZodIssue */.K)(issue, null).message : 'invalid state') };
    }
    const state = parsed.data;
    if (state.version !== STATE_VERSION) {
        return {
            ok: false,
            diagnostic: (0,engine_diagnostics/* error */.z3)('unsupported_state_version', 'state.version', `unsupported cluster state version ${state.version}; this build supports version 1`),
        };
    }
    const unsafe = ledgerNameProblem(state);
    if (unsafe !== null)
        return { ok: false, diagnostic: (0,model_names/* unsafeName */.gj)(STATE_KEY, `state.json: ${unsafe}`) };
    const conflict = canonicalizeObservations(state);
    return conflict ? { ok: false, diagnostic: conflict } : { ok: true, state };
}
/**
 * Ledger addresses become graph roots, payload keys and recursive deletes (`graph.<id>` planned as
 * a delete removes `graphs/<id>.omni`), so every address key must have the docs/contract/digests.md#addresses grammar and every
 * record id the id grammar of docs/contract/conventions.md#ids before the ledger is used at all.
 */
function ledgerNameProblem(state) {
    const addressMaps = [state.applied_revision.resources, state.resource_statuses, state.observations];
    for (const map of addressMaps) {
        for (const address of Object.keys(map)) {
            const problem = (0,model_names/* addressProblem */.cg)(address);
            if (problem !== null)
                return problem;
        }
    }
    for (const [what, map] of [['approval_records id', state.approval_records], ['recovery_records id', state.recovery_records]]) {
        for (const id of Object.keys(map)) {
            const problem = (0,model_names/* ulidProblem */.ae)(what, id);
            if (problem !== null)
                return problem;
        }
    }
    return null;
}
/**
 * The rest of what a state-reading command will turn into keys: the names in sidecars and approval
 * artifacts, and the directories it writes into (a symlink there is refused by the adapter). A
 * forged name or a planted link stops every command here, at its state read, before anything is
 * written, instead of surfacing halfway through an apply.
 */
async function untrustedLayoutDiagnostics(storage, state) {
    const [sidecars, approvals] = await Promise.all([loadSidecars(storage), listApprovals(storage)]);
    const found = [...sidecars.diagnostics, ...approvals.diagnostics].filter((d) => d.code === 'unsafe_state_name');
    const graphRoots = Object.keys(state?.applied_revision.resources ?? {})
        .filter((address) => address.startsWith('graph.'))
        .map((address) => `graphs/${address.slice('graph.'.length)}.omni`);
    // One probe per graph root (a LIST each on S3): overlapped, bounded, reported in prefix order.
    // Only a refusal matters, not the answer: `exists` resolves the same components as
    // `existsPrefix` (a link at the prefix or above it is refused) without listing what is below.
    const refused = await mapBounded(['__cluster/resources', 'graphs', ...graphRoots], STORAGE_CONCURRENCY, async (prefix) => {
        try {
            await storage.exists(prefix);
            return null;
        }
        catch (e) {
            return e instanceof ports_storage/* UnsafePathError */.k0 ? (0,model_names/* unsafeName */.gj)(storage.displayPath(prefix), (0,error_text/* errorText */.k)(e)) : null;
        }
    });
    return [...found, ...refused.filter((d) => d !== null)];
}
/** The `state_observations` fields a successful read or write fills (docs/contract/state.md#reading, docs/contract/state.md#writing step 5). */
function stateSummary(state) {
    return {
        applied_config_digest: state.applied_revision.config_digest ?? undefined,
        state_revision: state.state_revision,
        resource_count: Object.keys(state.applied_revision.resources).length,
    };
}
function revisionOverflow(message) {
    return (0,engine_diagnostics/* error */.z3)('state_revision_overflow', STATE_KEY, `${message}; restore state.json from a trusted copy`);
}
function invalid(detail) {
    return (0,engine_diagnostics/* error */.z3)('invalid_state_json', STATE_KEY, `could not parse state JSON: ${detail}`);
}

;// CONCATENATED MODULE: ./src/engine/state/serialize.ts

/**
 * The exact bytes of state.json (docs/contract/state.md#writing): fields in docs/contract/state.md#schema order, maps byte-wise sorted, optional
 * entry fields omitted when absent, `config_digest` null when absent, empty `conditions`
 * omitted, 2-space pretty JSON and a trailing newline. Free JSON keeps its own key order.
 */
function stateText(state) {
    return `${(0,json/* toPrettyJson */.gM)({
        version: state.version,
        state_revision: state.state_revision,
        applied_revision: {
            config_digest: state.applied_revision.config_digest ?? null,
            resources: (0,json/* sortedRecordOf */.IT)(state.applied_revision.resources, entryJson),
        },
        resource_statuses: (0,json/* sortedRecordOf */.IT)(state.resource_statuses, statusJson),
        approval_records: (0,json/* sortedRecord */.vZ)(state.approval_records),
        recovery_records: (0,json/* sortedRecord */.vZ)(state.recovery_records),
        observations: (0,json/* sortedRecord */.vZ)(state.observations),
    })}\n`;
}
/**
 * True only when `stateText(a) === stateText(b)`, decided without building either text: a no-op
 * apply at 100k resources spent over a second and tens of MB of short-lived strings serializing
 * both ledgers just to find them equal. Each part is compared in the form `stateText` writes it
 * (entries and statuses through the same projections, maps regardless of key order because they
 * are written sorted, free JSON in its own order). Where the outputs could coincide through
 * different values (say `null` and `undefined`), it answers false and the caller compares text.
 */
function sameStateText(a, b) {
    return (a.version === b.version &&
        a.state_revision === b.state_revision &&
        (a.applied_revision.config_digest ?? null) === (b.applied_revision.config_digest ?? null) &&
        sameMap(a.applied_revision.resources, b.applied_revision.resources, (x, y) => sameJson(entryJson(x), entryJson(y))) &&
        sameMap(a.resource_statuses, b.resource_statuses, (x, y) => sameJson(statusJson(x), statusJson(y))) &&
        sameMap(a.approval_records, b.approval_records, sameJson) &&
        sameMap(a.recovery_records, b.recovery_records, sameJson) &&
        sameMap(a.observations, b.observations, sameJson));
}
/**
 * True only when `stateText(a) !== stateText(b)` is certain from the cheap signals alone: the
 * version or config digest, which addresses the ledger and the statuses hold, and each entry's
 * digest and status. An apply that created or deleted anything differs in these, and deciding it
 * here spares building both 20 MB texts at 100k resources just to see them differ. False means
 * only "not certain": the caller then compares text. Every value read here is written verbatim
 * (a finite number, a string, or null in place of an absent config digest), so a difference in
 * it is a difference in the bytes.
 */
function stateTextsDiffer(a, b) {
    if (Number.isFinite(a.version) && Number.isFinite(b.version) && a.version !== b.version)
        return true;
    if ((a.applied_revision.config_digest ?? null) !== (b.applied_revision.config_digest ?? null))
        return true;
    const entries = (x, y) => typeof x.digest === 'string' && typeof y.digest === 'string' && x.digest !== y.digest;
    const statuses = (x, y) => typeof x.status === 'string' && typeof y.status === 'string' && x.status !== y.status;
    return mapsDiffer(a.applied_revision.resources, b.applied_revision.resources, entries) || mapsDiffer(a.resource_statuses, b.resource_statuses, statuses);
}
/**
 * A key only one map holds (with an object value, which `stateText` always writes), or a shared
 * key whose values `differ` says are certainly written differently.
 */
function mapsDiffer(a, b, differ) {
    const onlyIn = (x, y) => {
        for (const key of Object.keys(x))
            if (!Object.hasOwn(y, key) && isObjectValue(x[key]))
                return true;
        return false;
    };
    if (onlyIn(a, b) || onlyIn(b, a))
        return true;
    for (const key of Object.keys(a)) {
        const x = a[key];
        const y = b[key];
        if (x !== undefined && y !== undefined && isObjectValue(x) && isObjectValue(y) && differ(x, y))
            return true;
    }
    return false;
}
const isObjectValue = (v) => typeof v === 'object' && v !== null;
function sameMap(a, b, same) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length)
        return false;
    for (const key of keys)
        if (!Object.hasOwn(b, key) || !same(a[key], b[key]))
            return false;
    return true;
}
/** Same JSON text as `toPrettyJson` writes (keys in their own order), or false when unsure. */
function sameJson(a, b) {
    if (a === b)
        return true;
    if (a instanceof json/* F64 */.je || b instanceof json/* F64 */.je)
        return a instanceof json/* F64 */.je && b instanceof json/* F64 */.je && a.value === b.value;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const other = b;
        return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
    }
    const keys = Object.keys(a);
    const otherKeys = Object.keys(b);
    if (keys.length !== otherKeys.length)
        return false;
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key !== otherKeys[i] || !sameJson(a[key], b[key]))
            return false;
    }
    return true;
}
function entryJson(e) {
    const profile = e.embedding_profile;
    const policy = e.external_blob_policy;
    return {
        digest: e.digest,
        applies_to: e.applies_to,
        embedding_provider: e.embedding_provider,
        embedding_profile: profile && { kind: profile.kind, base_url: profile.base_url, model: profile.model, api_key: profile.api_key },
        external_blob_policy: policy && { mode: policy.mode, bases: policy.bases.map((b) => ({ uri: b.uri, scope: b.scope })) },
    };
}
function statusJson(s) {
    return {
        status: s.status,
        conditions: s.conditions && s.conditions.length > 0 ? s.conditions : undefined,
        message: s.message,
    };
}

;// CONCATENATED MODULE: ./src/engine/state/write.ts





const CAS_MISMATCH = 'state.json changed while the command was running; re-run the command against the latest state';
/**
 * docs/contract/state.md#writing: re-read, compare the content CAS with the one the command captured when it first
 * read state (`null` = there was no file), then publish with the storage's conditional write —
 * create-if-absent for a first ledger, replace-if-version with the token of the re-read otherwise
 * — so a writer that slips in between the re-read and the write loses instead of overwriting.
 * Returns the CAS of the bytes written.
 */
async function writeState(storage, state, expectedCas) {
    // A revision past 2^53 - 1 would be written rounded, and every later command would refuse it.
    if (!Number.isSafeInteger(state.state_revision) || state.state_revision < 0) {
        return { ok: false, diagnostic: revisionOverflow(`state_revision would become ${state.state_revision}, past the largest revision this build counts exactly (${Number.MAX_SAFE_INTEGER}); nothing was written`) };
    }
    let current;
    try {
        current = await storage.read(STATE_KEY);
    }
    catch (e) {
        return fail('state_write_error', `could not read state file before write: ${(0,error_text/* errorText */.k)(e)}`);
    }
    const currentCas = current === null ? null : (0,hash/* casToken */.pJ)(current.text);
    if (currentCas !== expectedCas)
        return fail('state_cas_mismatch', CAS_MISMATCH);
    const body = stateText(state);
    let outcome;
    try {
        outcome = current === null ? await storage.writeIfAbsent(STATE_KEY, body) : await storage.writeIfMatch(STATE_KEY, body, current.token);
    }
    catch (e) {
        return fail('state_write_error', `could not ${current === null ? 'create' : 'replace'} state.json: ${(0,error_text/* errorText */.k)(e)}`);
    }
    if (!outcome.ok)
        return fail('state_cas_mismatch', CAS_MISMATCH);
    return { ok: true, cas: (0,hash/* casToken */.pJ)(body) };
}
function fail(code, message) {
    return { ok: false, diagnostic: (0,engine_diagnostics/* error */.z3)(code, STATE_KEY, message) };
}

;// CONCATENATED MODULE: ./src/engine/state/tombstone.ts
/**
 * Graph delete's ledger effect (docs/contract/approvals.md#tombstone), idempotent: the graph subtree leaves
 * resources and statuses, and the observation becomes a tombstone naming approval and actor.
 */
function tombstoneGraph(ledger, graphId, at, approvalId, actor) {
    const subtree = (address) => address === `graph.${graphId}` || address === `schema.${graphId}` || address.startsWith(`query.${graphId}.`);
    for (const address of Object.keys(ledger.applied_revision.resources))
        if (subtree(address))
            delete ledger.applied_revision.resources[address];
    for (const address of Object.keys(ledger.resource_statuses))
        if (subtree(address))
            delete ledger.resource_statuses[address];
    ledger.observations[`graph.${graphId}`] = { kind: 'tombstone', deleted_at: at, approval_id: approvalId, actor };
}
/** `approval_records[id]` (docs/contract/state.md#records): which operation consumed an approval, and when. */
function recordApprovalConsumed(ledger, approvalId, at, operation) {
    ledger.approval_records[approvalId] = { consumed_at: at, consumed_by_operation: operation };
}

;// CONCATENATED MODULE: ./src/engine/state/index.ts







;// CONCATENATED MODULE: ./src/engine/apply/new-state.ts


const BLOCKED_MESSAGE = 'waiting on an unapplied or missing dependency';
/**
 * Apply steps 16–17 (docs/contract/commands.md#apply): the ledger after this run, built from the post-sweep
 * ledger and the final dispositions, with every declared graph's composite recomputed.
 */
// Slightly over 60 lines: one pass per disposition kind, then the composites; splitting would pass the half-built ledger around.
function buildNewLedger(postSweep, changes, desired, executedDeletes, context) {
    const next = copyMaps(postSweep);
    const resources = next.applied_revision.resources;
    const consumedApprovals = new Map();
    for (const change of changes) {
        const address = change.resource;
        if (change.disposition === 'applied') {
            if (change.operation === 'delete') {
                delete resources[address];
                delete next.resource_statuses[address];
                continue;
            }
            const entry = { ...resources[address], digest: change.after_digest };
            if (address.startsWith('policy.'))
                entry.applies_to = [...(desired.policyBindings.get(address.slice('policy.'.length)) ?? [])];
            if (address.startsWith('provider.embedding.')) {
                const profile = desired.providerProfiles.get(address.slice('provider.embedding.'.length));
                if (profile)
                    entry.embedding_profile = { kind: profile.kind, base_url: profile.base_url, model: profile.model, api_key: profile.api_key };
            }
            resources[address] = entry;
            next.resource_statuses[address] = { status: 'applied' };
        }
        else if (change.disposition === 'blocked' && change.reason && change.reason !== 'cluster_recovery_pending') {
            next.resource_statuses[address] = { status: 'blocked', conditions: [change.reason], message: BLOCKED_MESSAGE };
        }
    }
    for (const [graphId, approvalId] of executedDeletes) {
        tombstoneGraph(next, graphId, context.at, approvalId, context.actor);
        if (approvalId) {
            recordApprovalConsumed(next, approvalId, context.at, 'apply');
            consumedApprovals.set(approvalId, context.at);
        }
    }
    const blockedGraphs = new Set(changes
        .filter((c) => c.disposition === 'blocked' && (c.resource.startsWith('graph.') || c.resource.startsWith('schema.')))
        .map((c) => c.resource.slice(c.resource.indexOf('.') + 1)));
    const queries = ledgerQueryIndex(next);
    for (const graph of desired.graphs.values()) {
        const address = `graph.${graph.id}`;
        const entry = resources[address];
        if (!entry)
            continue;
        const rewritten = { ...entry };
        delete rewritten.embedding_provider;
        if (graph.embeddingProvider)
            rewritten.embedding_provider = graph.embeddingProvider;
        if (!blockedGraphs.has(graph.id)) {
            // A failed migration must not change serving authority: keep the recorded policy then.
            delete rewritten.external_blob_policy;
            if (graph.externalBlobPolicy.mode === 'allow') {
                rewritten.external_blob_policy = { mode: 'allow', bases: graph.externalBlobPolicy.bases.map((b) => ({ uri: b.uri, scope: b.scope })) };
            }
        }
        resources[address] = rewritten;
        resources[address] = { ...rewritten, digest: compositeFromLedger(next, graph.id, undefined, queries) };
    }
    return { ledger: next, consumedApprovals };
}
/**
 * A copy of the ledger whose maps are fresh but whose entries are shared: every write below (and
 * in apply after it) replaces or deletes a map slot or sets a top-level field, never edits a
 * shared entry in place. A deep clone of a 10k-resource ledger cost ~20 ms per apply.
 */
function copyMaps(ledger) {
    return {
        ...ledger,
        applied_revision: { ...ledger.applied_revision, resources: { ...ledger.applied_revision.resources } },
        resource_statuses: { ...ledger.resource_statuses },
        approval_records: { ...ledger.approval_records },
        recovery_records: { ...ledger.recovery_records },
        observations: { ...ledger.observations },
    };
}

;// CONCATENATED MODULE: ./src/engine/catalog/paths.ts
function payloadKind(address) {
    if (address.startsWith('query.'))
        return 'query';
    if (address.startsWith('policy.'))
        return 'policy';
    return null;
}
/** `__cluster/resources/query/<graph>/<name>/<digest>.gq` or `…/policy/<name>/<digest>.yaml`; null for other kinds. */
function payloadKey(address, digest) {
    switch (payloadKind(address)) {
        case 'query': {
            // Graph ids and query names are identifiers (no dots), so the first dot splits them.
            const rest = address.slice('query.'.length);
            const dot = rest.indexOf('.');
            if (dot <= 0 || dot === rest.length - 1)
                return null;
            return `__cluster/resources/query/${rest.slice(0, dot)}/${rest.slice(dot + 1)}/${digest}.gq`;
        }
        case 'policy': {
            const name = address.slice('policy.'.length);
            return name === '' ? null : `__cluster/resources/policy/${name}/${digest}.yaml`;
        }
        default:
            return null;
    }
}

;// CONCATENATED MODULE: ./src/engine/catalog/verify.ts







const PAYLOAD_MISSING_MESSAGE = 'catalog payload blob is missing; re-run `cluster apply` to republish';
const PAYLOAD_MISMATCH_STATUS_MESSAGE = 'catalog payload blob does not match the recorded digest; re-run `cluster apply` to republish';
/**
 * docs/contract/payloads.md#verification: every query/policy digest recorded in state, in address order, against its blob:
 * probe, then read and re-hash. A folder at the blob key is "missing" (object-store semantics);
 * content that is not UTF-8 cannot be read and is a read error. A failing probe reports the bare
 * storage error; a failing read names the blob.
 */
async function verifyPayloads(storage, state) {
    const addresses = (0,json/* sortBytewise */.lP)(Object.keys(state.applied_revision.resources));
    // Each check is independent and read-only: overlap them (bounded), report in address order.
    const found = await mapBounded(addresses, STORAGE_CONCURRENCY, (address) => verifyOne(storage, state, address));
    return found.filter((f) => f !== null);
}
async function verifyOne(storage, state, address) {
    const digest = state.applied_revision.resources[address].digest;
    const key = payloadKey(address, digest);
    if (key === null)
        return null;
    let stored;
    try {
        stored = await probeAndRead(storage, key);
    }
    catch (e) {
        // The probe's own failure is the bare storage error; a failing read names the blob.
        const message = e instanceof ports_storage/* ProbeFailed */.Qr ? (0,error_text/* errorText */.k)(e.probeError) : `could not read catalog payload '${storage.displayPath(key)}': ${(0,error_text/* errorText */.k)(e)}`;
        return { kind: 'read_error', address, key, message };
    }
    if (stored === null)
        return { kind: 'missing', address, key };
    const actual = (0,hash/* sha256hex */.Lg)(stored.text);
    return actual === digest ? null : { kind: 'mismatch', address, key, actual };
}
/** The adapter's one-step `readIfExists`, or `exists` then `read`; a failing probe as `ProbeFailed`. */
function probeAndRead(storage, key) {
    return storage.readIfExists ? storage.readIfExists(key) : (0,ports_storage/* existsThenRead */.SX)(storage, key);
}
/** The diagnostic status/refresh/import report for a finding: warnings, except unreadable (error). */
function payloadDiagnostic(finding) {
    switch (finding.kind) {
        case 'missing':
            return (0,engine_diagnostics/* warning */.$e)('catalog_payload_missing', finding.address, PAYLOAD_MISSING_MESSAGE);
        case 'mismatch':
            return (0,engine_diagnostics/* warning */.$e)('catalog_payload_mismatch', finding.address, `catalog payload blob does not match the recorded digest (actual sha256:${finding.actual}); re-run \`cluster apply\` to republish`);
        case 'read_error':
            return (0,engine_diagnostics/* error */.z3)('catalog_payload_read_error', finding.address, finding.message);
    }
}
/**
 * docs/contract/payloads.md#self-heal self-heal (refresh/import): a missing or wrong blob drops its digest from the applied
 * revision — so the next plan proposes a create and the next apply republishes — and marks it
 * drifted; an unreadable blob keeps its digest (no spurious republish) and marks it error.
 * Returns a new ledger; the input is not modified.
 */
function healPayloadFindings(state, findings) {
    const resources = { ...state.applied_revision.resources };
    const statuses = { ...state.resource_statuses };
    for (const f of findings) {
        if (f.kind === 'read_error') {
            statuses[f.address] = { status: 'error', conditions: ['payload_read_error'], message: f.message };
            continue;
        }
        delete resources[f.address];
        statuses[f.address] =
            f.kind === 'missing'
                ? { status: 'drifted', conditions: ['payload_missing'], message: PAYLOAD_MISSING_MESSAGE }
                : { status: 'drifted', conditions: ['payload_mismatch'], message: PAYLOAD_MISMATCH_STATUS_MESSAGE };
    }
    return { ...state, applied_revision: { ...state.applied_revision, resources }, resource_statuses: statuses };
}

;// CONCATENATED MODULE: ./src/engine/catalog/index.ts



;// CONCATENATED MODULE: ./src/engine/apply/payload-publish.ts





/**
 * Payload phase (docs/contract/payloads.md#publish): content-addressed blobs for every applied query/policy
 * create or update, written before the state CAS (state is the publish point; orphans are inert).
 * Returns how many errors this phase added; any error stops the run before the state write.
 */
async function publishPayloads(run, changes) {
    const publishing = changes.filter((c) => c.disposition === 'applied' && c.operation !== 'delete' && c.after_digest !== undefined);
    const payloads = publishing.filter((c) => payloadKey(c.resource, c.after_digest) !== null).length;
    if (payloads > 0)
        run.deps.logger.info(`publishing ${payloads} payload(s)`);
    // Blobs are content-addressed and inert until the state CAS, so their writes may overlap; the
    // diagnostics are still reported in change order.
    const problems = await mapBounded(publishing, STORAGE_CONCURRENCY, (change) => publishOne(run, change));
    let errors = 0;
    for (const problem of problems) {
        if (problem === null)
            continue;
        run.diagnostics.push(problem);
        errors++;
    }
    return errors;
}
async function publishOne(run, change) {
    const key = payloadKey(change.resource, change.after_digest);
    if (key === null)
        return null;
    const fail = (code, message) => (0,engine_diagnostics/* error */.z3)(code, change.resource, message);
    const source = run.desired.resources.get(change.resource)?.path;
    if (!source)
        return fail('resource_payload_write_error', 'no source file recorded for resource');
    try {
        // Trusted by name: an existing blob is never rewritten (quirk C10).
        if (await run.storage.exists(key))
            return null;
    }
    catch (e) {
        return fail('resource_payload_write_error', `could not write payload: ${(0,error_text/* errorText */.k)(e)}`);
    }
    const check = recheckSource(run.deps.sources, source, change.after_digest);
    if (!check.ok) {
        if (check.problem === 'changed')
            return fail('resource_content_changed', `resource source '${source}' changed while apply was running; re-run \`cluster apply\``);
        if (check.problem === 'not_utf8')
            return fail('resource_payload_write_error', `resource source is not valid UTF-8: ${check.message}`);
        if (check.problem === 'unreadable')
            return fail('resource_payload_write_error', `could not read resource source '${source}': ${check.message}`);
        return fail('resource_payload_write_error', 'no source file recorded for resource');
    }
    try {
        if (!(await run.storage.exists(key)))
            await run.storage.write(key, check.text);
    }
    catch (e) {
        return fail('resource_payload_write_error', `could not write payload: ${(0,error_text/* errorText */.k)(e)}`);
    }
    return null;
}

// EXTERNAL MODULE: ./src/lang/schema/index.ts + 21 modules
var schema = __webpack_require__(3659);
;// CONCATENATED MODULE: ./src/engine/apply/schema-apply.ts









/**
 * Schema apply (docs/contract/migration.md#schema-apply): no sidecar for any pre-movement rejection; a sidecar
 * fences the engine apply; a failed apply whose graph provably did not move retires it at once.
 */
async function applySchema(run, graphId) {
    const address = `schema.${graphId}`;
    const fail = () => run.failures.set(graphId, 'schema_apply');
    if (anyGraphFailed(run)) {
        run.diagnostics.push((0,engine_diagnostics/* warning */.$e)('schema_apply_skipped', address, 'skipped after an earlier graph-moving operation failed in this run'));
        return void fail();
    }
    const root = graphRoot(run.storage, graphId);
    const graph = run.desired.graphs.get(graphId);
    const failed = (message) => {
        run.diagnostics.push((0,engine_diagnostics/* error */.z3)('schema_apply_failed', address, message));
        fail();
    };
    let opened;
    try {
        opened = await run.engine.open(root);
    }
    catch (e) {
        return failed(`could not open graph at '${root.uri}': ${(0,error_text/* errorText */.k)(e)}`);
    }
    const check = recheckSource(run.deps.sources, graph?.schemaPath, graph?.schemaDigest ?? '');
    if (!check.ok) {
        if (check.problem === 'changed') {
            run.diagnostics.push((0,engine_diagnostics/* error */.z3)('resource_content_changed', address, 'schema source changed while apply was running; re-run `cluster apply`'));
            return void fail();
        }
        if (check.problem === 'no_source')
            return failed('no schema source recorded for graph');
        return failed(`could not read schema source '${graph?.schemaPath}': ${check.message}`);
    }
    try {
        const preview = await run.engine.previewSchemaApply(root, check.text, { allowDataLoss: false });
        // Classification already blocked unsupported plans; this catches a graph that moved since.
        if (!preview.supported)
            return failed(`schema apply is not supported on '${root.uri}': ${(0,schema/* unsupportedPlanMessage */.cI)(preview) ?? ''}`);
    }
    catch (e) {
        return failed(`schema apply is not supported on '${root.uri}': ${(0,error_text/* errorText */.k)(e)}`);
    }
    const recorded = run.ledger.applied_revision.resources[address]?.digest ?? null;
    await fencedGraphOp(run, {
        kind: 'schema_apply',
        graphId,
        root,
        facts: { observed_manifest_version: opened.manifestVersion, desired_schema_digest: graph?.schemaDigest ?? '', approval_id: null },
        move: async (fence) => {
            try {
                const result = await run.engine.applySchemaAs(root, check.text, { allowDataLoss: false }, run.actor);
                await fence.pin(result.graphManifestVersion);
                return true;
            }
            catch (e) {
                run.diagnostics.push((0,engine_diagnostics/* error */.z3)('schema_apply_failed', address, `schema apply failed on '${root.uri}': ${(0,error_text/* errorText */.k)(e)}`));
                await retireIfNothingMoved(run, graphId, fence.sidecar, recorded);
                return false;
            }
        },
    });
}
/** docs/contract/migration.md#schema-apply step 8: same manifest version and the recorded schema ⇒ nothing moved; retire the sidecar now. */
async function retireIfNothingMoved(run, graphId, sidecar, recorded) {
    const root = graphRoot(run.storage, graphId);
    let unmoved = false;
    try {
        const fresh = await run.engine.openReadOnly(root);
        unmoved = fresh.manifestVersion === sidecar.observed_manifest_version && (0,hash/* sha256hex */.Lg)(fresh.schemaSource) === recorded;
    }
    catch {
        unmoved = false;
    }
    if (!unmoved)
        return;
    try {
        await run.storage.delete(sidecarKey(sidecar.operation_id));
    }
    catch (e) {
        run.diagnostics.push((0,engine_diagnostics/* warning */.$e)('recovery_sidecar_cleanup_failed', run.storage.objectUri(sidecarKey(sidecar.operation_id)), `could not delete the stale recovery sidecar after a pre-movement schema-apply rejection; graph \`${graphId}\` stays quarantined until a state-mutating cluster command sweeps it: ${(0,error_text/* errorText */.k)(e)}`));
    }
}

;// CONCATENATED MODULE: ./src/engine/recovery/decide.ts

const APPLIED = { status: 'applied' };
const STATE_PENDING = {
    status: 'drifted',
    condition: 'actual_applied_state_pending',
    message: 'graph state does not match the interrupted operation; run `cluster refresh` and re-plan',
};
const CREATE_INCOMPLETE = {
    status: 'error',
    condition: 'graph_create_incomplete',
    message: 'graph root exists but cannot be opened; remove the graph root and re-run `cluster apply`',
};
/**
 * The sweep's decision matrix (docs/contract/recovery.md#decision-matrix), one sidecar at a time. Roll-forward only:
 * it records what demonstrably happened on the graph, keeps the sidecar (blocking graph-moving
 * work) when the observation matches neither side of the interrupted operation, and never
 * proposes deleting a root.
 */
function decideRecovery(sidecar, observation, ledger) {
    switch (sidecar.kind) {
        case 'graph_create':
            return decideCreate(sidecar, observation, ledger);
        case 'schema_apply':
            return decideSchemaApply(sidecar, observation, ledger);
        case 'graph_delete':
            return decideDelete(sidecar, observation, ledger);
    }
}
function decideCreate(sidecar, observation, ledger) {
    const path = `graph.${sidecar.graph_id}`;
    if (!observation.rootExists) {
        return { rowId: '1', outcome: 'nothing_moved', statuses: null, diagnostic: null, sidecar: 'completed' };
    }
    if (!observation.open.ok) {
        return {
            rowId: '5',
            outcome: 'pending',
            statuses: CREATE_INCOMPLETE,
            diagnostic: (0,engine_diagnostics/* error */.z3)('graph_create_incomplete', path, `graph root '${observation.graphUri}' exists but cannot be opened (${observation.open.error}); remove the graph root and re-run \`cluster apply\``),
            sidecar: 'kept',
        };
    }
    const live = observation.open.liveSchemaDigest;
    if (ledger.recordedSchemaDigest === live) {
        return { rowId: '2', outcome: 'already_recorded', statuses: null, diagnostic: null, sidecar: 'completed' };
    }
    if (live === sidecar.desired_schema_digest) {
        return {
            rowId: '4',
            outcome: 'roll_forward',
            statuses: APPLIED,
            diagnostic: (0,engine_diagnostics/* warning */.$e)('cluster_recovery_rolled_forward', path, 'an interrupted graph create had completed on the graph; cluster state was rolled forward to match'),
            sidecar: 'completed',
        };
    }
    return {
        rowId: '6',
        outcome: 'pending',
        statuses: STATE_PENDING,
        diagnostic: (0,engine_diagnostics/* warning */.$e)('cluster_recovery_pending', path, 'an interrupted graph create left unexpected graph state; graph-moving work is blocked until repaired'),
        sidecar: 'kept',
    };
}
function decideSchemaApply(sidecar, observation, ledger) {
    const path = `graph.${sidecar.graph_id}`;
    if (!observation.open.ok) {
        // A missing root is an open failure too: without the live schema nothing can be verified.
        return {
            rowId: 'S-open',
            outcome: 'pending',
            statuses: null,
            diagnostic: (0,engine_diagnostics/* warning */.$e)('cluster_recovery_pending', path, `an interrupted schema apply cannot be verified (graph '${observation.graphUri}' did not open: ${observation.open.error}); graph-moving work is blocked until repaired`),
            sidecar: 'kept',
        };
    }
    const live = observation.open.liveSchemaDigest;
    if (ledger.recordedSchemaDigest === live) {
        return { rowId: 'S-1/2', outcome: 'already_recorded', statuses: null, diagnostic: null, sidecar: 'completed' };
    }
    if (live === sidecar.desired_schema_digest) {
        return {
            rowId: '3',
            outcome: 'roll_forward',
            statuses: APPLIED,
            diagnostic: (0,engine_diagnostics/* warning */.$e)('cluster_recovery_rolled_forward', path, 'an interrupted schema apply had completed on the graph; cluster state was rolled forward to match'),
            sidecar: 'completed',
        };
    }
    return {
        rowId: 'S-6',
        outcome: 'pending',
        statuses: STATE_PENDING,
        diagnostic: (0,engine_diagnostics/* warning */.$e)('cluster_recovery_pending', path, 'an interrupted schema apply left unexpected graph state; graph-moving work is blocked until repaired'),
        sidecar: 'kept',
    };
}
function decideDelete(sidecar, observation, ledger) {
    const path = `graph.${sidecar.graph_id}`;
    if (observation.rootExists) {
        // The sidecar is retired: the delete is re-planned and retried under its (still valid) approval.
        return {
            rowId: '8',
            outcome: 'retry_delete',
            statuses: null,
            diagnostic: (0,engine_diagnostics/* warning */.$e)('graph_delete_incomplete', path, 'a previous graph delete did not complete; it will be re-proposed by plan and can be retried under its approval'),
            sidecar: 'completed',
        };
    }
    if (!ledger.graphInState) {
        return { rowId: '7', outcome: 'tombstoned', statuses: null, diagnostic: null, sidecar: 'completed' };
    }
    return {
        rowId: '7b',
        outcome: 'tombstone',
        statuses: null,
        diagnostic: (0,engine_diagnostics/* warning */.$e)('cluster_recovery_rolled_forward', path, 'an interrupted graph delete had completed on disk; cluster state was rolled forward to match'),
        sidecar: 'completed',
    };
}

;// CONCATENATED MODULE: ./src/engine/recovery/sweep.ts









/**
 * The roll-forward-only recovery sweep (docs/contract/recovery.md): classifies every surviving
 * sidecar by observation and mutates the in-memory ledger; the command's single CAS write persists
 * it. Never deletes a graph root, never guesses.
 */
async function sweepRecoveries(ledger, ports) {
    const loaded = await loadSidecars(ports.storage);
    if (loaded.sidecars.length > 0)
        ports.logger.info(`sweeping ${loaded.sidecars.length} recovery sidecar(s)`);
    const result = {
        pendingGraphs: new Set(),
        completedSidecars: [],
        consumedApprovals: new Map(),
        diagnostics: [...loaded.diagnostics],
    };
    for (const sidecar of loaded.sidecars) {
        const observation = await observe(sidecar, ports);
        const decision = decideRecovery(sidecar, observation, {
            recordedSchemaDigest: ledger.applied_revision.resources[`schema.${sidecar.graph_id}`]?.digest ?? null,
            graphInState: `graph.${sidecar.graph_id}` in ledger.applied_revision.resources,
        });
        const at = (0,clock/* rfc3339 */.a)(ports.clock.now());
        const graphId = sidecar.graph_id;
        if (decision.outcome === 'roll_forward' && observation.open.ok) {
            const live = observation.open.liveSchemaDigest;
            const resources = ledger.applied_revision.resources;
            resources[`schema.${graphId}`] = { ...resources[`schema.${graphId}`], digest: live };
            resources[`graph.${graphId}`] = { ...resources[`graph.${graphId}`], digest: compositeFromLedger(ledger, graphId, live) };
            recordRollForward(ledger, sidecar, at);
        }
        else if (decision.outcome === 'tombstone') {
            tombstoneGraph(ledger, graphId, at, sidecar.approval_id, sidecar.actor);
            recordRollForward(ledger, sidecar, at);
            if (sidecar.approval_id) {
                recordApprovalConsumed(ledger, sidecar.approval_id, at, sidecar.operation_id);
                result.consumedApprovals.set(sidecar.approval_id, at);
            }
        }
        if (decision.statuses) {
            const record = decision.statuses.condition
                ? { status: decision.statuses.status, conditions: [decision.statuses.condition], message: decision.statuses.message }
                : { status: decision.statuses.status };
            ledger.resource_statuses[`graph.${graphId}`] = { ...record };
            ledger.resource_statuses[`schema.${graphId}`] = { ...record };
        }
        if (decision.diagnostic) {
            const d = decision.diagnostic;
            result.diagnostics.push(d.severity === 'error' ? (0,engine_diagnostics/* error */.z3)(d.code, d.path, d.message) : (0,engine_diagnostics/* warning */.$e)(d.code, d.path, d.message));
        }
        if (decision.sidecar === 'kept')
            result.pendingGraphs.add(graphId);
        else
            result.completedSidecars.push(sidecar.operation_id);
    }
    return result;
}
function recordRollForward(ledger, sidecar, at) {
    ledger.recovery_records[sidecar.operation_id] = {
        kind: sidecar.kind,
        graph_id: sidecar.graph_id,
        outcome: 'rolled_forward',
        recovered_at: at,
        actor: sidecar.actor,
    };
}
async function observe(sidecar, ports) {
    const root = graphRoot(ports.storage, sidecar.graph_id);
    let rootExists;
    try {
        rootExists = await ports.storage.existsPrefix(root.key);
    }
    catch (e) {
        return { rootExists: true, graphUri: root.uri, open: { ok: false, error: (0,error_text/* errorText */.k)(e) } };
    }
    if (!rootExists)
        return { rootExists, graphUri: root.uri, open: { ok: false, error: `graph root '${root.uri}' does not exist` } };
    try {
        return { rootExists, graphUri: root.uri, open: { ok: true, liveSchemaDigest: await liveDigest(sidecar, root, ports.engine) } };
    }
    catch (e) {
        // A create killed inside the engine's init: let the engine finish what the init would have
        // done, then classify what is left (row 1 when nothing was committed).
        const finished = sidecar.kind === 'graph_create' ? await finishInterruptedInit(ports.engine, root) : 'none';
        if (finished === 'discarded')
            return { rootExists: false, graphUri: root.uri, open: { ok: false, error: `graph root '${root.uri}' does not exist` } };
        if (finished === 'completed') {
            try {
                return { rootExists, graphUri: root.uri, open: { ok: true, liveSchemaDigest: await liveDigest(sidecar, root, ports.engine) } };
            }
            catch (again) {
                return { rootExists, graphUri: root.uri, open: { ok: false, error: (0,error_text/* errorText */.k)(again) } };
            }
        }
        return { rootExists, graphUri: root.uri, open: { ok: false, error: (0,error_text/* errorText */.k)(e) } };
    }
}
async function liveDigest(sidecar, root, engine) {
    // A state-mutating command may complete the engine's own recovery of an interrupted schema
    // apply (its read-only open refuses such a root), so the sweep can then classify it (docs/contract/failpoints.md#names).
    const opened = sidecar.kind === 'schema_apply' ? await engine.open(root) : await engine.openReadOnly(root);
    return (0,hash/* sha256hex */.Lg)(opened.schemaSource);
}
async function finishInterruptedInit(engine, root) {
    try {
        return (await engine.finishInterruptedInit?.(root)) ?? 'none';
    }
    catch {
        return 'none'; // Row 5 then reports the root as it is.
    }
}

;// CONCATENATED MODULE: ./src/engine/plan/address.ts
const UNKNOWN = { kind: 'unknown' };
function parseAddress(address) {
    if (address.startsWith('graph.'))
        return { kind: 'graph', graph: address.slice('graph.'.length) };
    if (address.startsWith('schema.'))
        return { kind: 'schema', graph: address.slice('schema.'.length) };
    if (address.startsWith('policy.'))
        return { kind: 'policy', name: address.slice('policy.'.length) };
    if (address.startsWith('provider.embedding.'))
        return { kind: 'embedding_provider', name: address.slice('provider.embedding.'.length) };
    if (address.startsWith('query.')) {
        const rest = address.slice('query.'.length);
        // Graph ids cannot contain a dot, so the first one separates graph and query name.
        const dot = rest.indexOf('.');
        if (dot < 0)
            return UNKNOWN;
        return { kind: 'query', graph: rest.slice(0, dot), name: rest.slice(dot + 1) };
    }
    return UNKNOWN;
}
/** The graph a graph/schema/query address belongs to, or null for the others. */
function graphOf(parsed) {
    return parsed.kind === 'graph' || parsed.kind === 'schema' || parsed.kind === 'query' ? parsed.graph : null;
}

;// CONCATENATED MODULE: ./src/engine/plan/diff.ts

/**
 * Content diff of the ledger's digests against the desired digests (docs/contract/classifier.md#diff): create, update or
 * delete per address, sorted byte-wise by address. Equal digests produce nothing; there is no
 * replace.
 */
function diffResources(prior, desired) {
    const changes = [];
    // forEach, not for...of: no [key, value] pair per entry, which is most of a walk over 100,000.
    desired.forEach((after, resource) => {
        const before = prior.get(resource);
        if (before === undefined)
            changes.push({ resource, operation: 'create', after_digest: after });
        else if (before !== after)
            changes.push({ resource, operation: 'update', before_digest: before, after_digest: after });
    });
    prior.forEach((before, resource) => {
        if (!desired.has(resource))
            changes.push({ resource, operation: 'delete', before_digest: before });
    });
    return sortChanges(changes);
}
/** Sorts in place by address, byte-wise (a Rust BTreeMap's order), and returns the same array. */
function sortChanges(changes) {
    return changes.sort((a, b) => (0,json/* compareBytes */.Xo)(a.resource, b.resource));
}

;// CONCATENATED MODULE: ./src/engine/plan/metadata.ts

/**
 * The HEAD metadata-only passes (docs/contract/classifier.md#metadata-passes): a policy whose recorded bindings differ from the desired
 * ones, or a provider whose recorded profile differs, gets an `update` with equal before/after
 * digests, so the ledger learns the metadata even though no content changed. Addresses that
 * already have a content change are left alone. Returns a new, re-sorted list.
 */
function metadataChanges(content, inputs) {
    const changed = new Set(content.map((c) => c.resource));
    const out = [...content];
    // forEach (each `return` skips one entry): no [key, value] pair per desired resource.
    inputs.desiredDigests.forEach((digest, resource) => {
        if (changed.has(resource))
            return;
        const entry = Object.hasOwn(inputs.ledger, resource) ? inputs.ledger[resource] : undefined;
        if (!entry)
            return;
        if (resource.startsWith('policy.')) {
            const desired = inputs.policyBindings.get(resource.slice('policy.'.length)) ?? [];
            if (!entry.applies_to || !sameList(entry.applies_to, desired)) {
                out.push({
                    resource,
                    operation: 'update',
                    before_digest: digest,
                    after_digest: digest,
                    binding_change: true,
                    metadata_change: 'policy_bindings',
                });
            }
        }
        else if (resource.startsWith('provider.embedding.')) {
            const desired = inputs.providerProfiles.get(resource.slice('provider.embedding.'.length));
            if (desired && (!entry.embedding_profile || !sameProfile(entry.embedding_profile, desired))) {
                out.push({ resource, operation: 'update', before_digest: digest, after_digest: digest, metadata_change: 'embedding_profile' });
            }
        }
    });
    return sortChanges(out);
}
function sameList(a, b) {
    return a.length === b.length && a.every((item, i) => item === b[i]);
}
function sameProfile(a, b) {
    return a.kind === b.kind && a.base_url === b.base_url && a.model === b.model && a.api_key === b.api_key;
}

;// CONCATENATED MODULE: ./src/engine/plan/change.ts
/**
 * A copy of `change` with the given disposition and reason, rebuilt in docs/contract/classifier.md#change-record field order so JSON
 * output never depends on how the change was assembled. A previous reason is dropped.
 */
function withDisposition(change, disposition, reason) {
    const out = { resource: change.resource, operation: change.operation };
    if (change.before_digest !== undefined)
        out.before_digest = change.before_digest;
    if (change.after_digest !== undefined)
        out.after_digest = change.after_digest;
    out.disposition = disposition;
    if (reason !== undefined)
        out.reason = reason;
    if (change.binding_change)
        out.binding_change = true;
    if (change.metadata_change !== undefined)
        out.metadata_change = change.metadata_change;
    if (change.migration !== undefined)
        out.migration = change.migration;
    return out;
}

;// CONCATENATED MODULE: ./src/engine/plan/classify.ts


const classify_APPLIED = ['applied'];
const DERIVED = ['derived'];
const UNSUPPORTED = ['deferred', 'apply_unsupported_kind'];
const RECOVERY_PENDING = ['blocked', 'cluster_recovery_pending'];
const APPROVAL_REQUIRED = ['blocked', 'approval_required'];
const DEPENDENCY = ['blocked', 'dependency_not_applied'];
/**
 * The HEAD classifier (docs/contract/classifier.md#classification): gives every change its disposition and reason. Pure and
 * order-preserving; returns new change objects.
 */
function classify(changes, context) {
    const facts = prePass(changes, context);
    return changes.map((change) => {
        const [disposition, reason] = verdict(change, facts);
        return withDisposition(change, disposition, reason);
    });
}
function prePass(changes, context) {
    const graphCreates = new Set();
    const graphDeletes = new Set();
    const schemaCreates = [];
    const schemaPending = new Set();
    for (const change of changes) {
        const parsed = parseAddress(change.resource);
        if (parsed.kind === 'graph' && change.operation === 'create')
            graphCreates.add(parsed.graph);
        if (parsed.kind === 'graph' && change.operation === 'delete')
            graphDeletes.add(parsed.graph);
        if (parsed.kind === 'schema' && change.operation === 'create')
            schemaCreates.push(parsed.graph);
        // HEAD: schema updates execute, so only deletes (and standalone creates, below) leave a graph's schema pending.
        if (parsed.kind === 'schema' && change.operation === 'delete')
            schemaPending.add(parsed.graph);
    }
    for (const graph of schemaCreates)
        if (!graphCreates.has(graph))
            schemaPending.add(graph);
    const policiesOnPendingGraphs = new Set();
    // Without a pending graph no edge qualifies: the common case skips parsing every edge's ends.
    if (context.pendingGraphs.size > 0) {
        for (const edge of context.dependencies) {
            const from = parseAddress(edge.from);
            const to = parseAddress(edge.to);
            if (from.kind === 'policy' && to.kind === 'graph' && context.pendingGraphs.has(to.graph))
                policiesOnPendingGraphs.add(edge.from);
        }
    }
    return { graphCreates, graphDeletes, schemaPending, pending: context.pendingGraphs, approved: context.approved, policiesOnPendingGraphs };
}
/** A graph delete carries its subtree only when approved and not quarantined by a kept sidecar. */
function ridesApprovedDelete(graph, facts) {
    return facts.graphDeletes.has(graph) && facts.approved.has(`graph.${graph}`) && !facts.pending.has(graph);
}
function verdict(change, facts) {
    const parsed = parseAddress(change.resource);
    const op = change.operation;
    switch (parsed.kind) {
        case 'schema': {
            const g = parsed.graph;
            if (op === 'delete') {
                if (!facts.graphDeletes.has(g))
                    return UNSUPPORTED;
                if (ridesApprovedDelete(g, facts))
                    return classify_APPLIED;
                return facts.pending.has(g) ? RECOVERY_PENDING : APPROVAL_REQUIRED;
            }
            if (facts.pending.has(g))
                return RECOVERY_PENDING;
            if (op === 'update')
                return classify_APPLIED;
            // Quirk C6: a standalone schema create reports recovery-pending even without a sidecar.
            return facts.graphCreates.has(g) ? classify_APPLIED : RECOVERY_PENDING;
        }
        case 'graph': {
            const g = parsed.graph;
            if (op === 'update')
                return facts.schemaPending.has(g) ? UNSUPPORTED : DERIVED;
            if (facts.pending.has(g))
                return RECOVERY_PENDING;
            if (op === 'create')
                return classify_APPLIED;
            return ridesApprovedDelete(g, facts) ? classify_APPLIED : APPROVAL_REQUIRED;
        }
        case 'query': {
            const g = parsed.graph;
            if (op === 'delete') {
                if (ridesApprovedDelete(g, facts))
                    return classify_APPLIED;
                return facts.graphDeletes.has(g) ? APPROVAL_REQUIRED : classify_APPLIED;
            }
            if (facts.pending.has(g))
                return RECOVERY_PENDING;
            if (facts.schemaPending.has(g))
                return DEPENDENCY;
            return classify_APPLIED;
        }
        case 'policy':
            if (op === 'delete')
                return classify_APPLIED;
            return facts.policiesOnPendingGraphs.has(change.resource) ? RECOVERY_PENDING : classify_APPLIED;
        case 'embedding_provider':
            return classify_APPLIED;
        case 'unknown':
            return UNSUPPORTED;
    }
}

;// CONCATENATED MODULE: ./src/engine/plan/demote.ts


/**
 * "Loud partials" (docs/contract/classifier.md#demotion: after a graph-moving operation failed, every change that is still
 * `applied` and belongs to (or is bound to) a failed graph becomes `blocked`, with a reason that
 * names the failed operation. Everything else, `derived` included, is returned unchanged.
 * Idempotent, so apply can run it after creates/schema applies and again after deletes.
 */
function demote(changes, failures, dependencies) {
    if (failures.size === 0)
        return [...changes];
    const policiesOnFailedGraphs = new Set();
    for (const edge of dependencies) {
        const from = parseAddress(edge.from);
        const to = parseAddress(edge.to);
        if (from.kind === 'policy' && to.kind === 'graph' && failures.has(to.graph))
            policiesOnFailedGraphs.add(edge.from);
    }
    return changes.map((change) => {
        if (change.disposition !== 'applied')
            return change;
        const reason = demotionReason(change, failures, policiesOnFailedGraphs);
        return reason ? withDisposition(change, 'blocked', reason) : change;
    });
}
function demotionReason(change, failures, policiesOnFailedGraphs) {
    const parsed = parseAddress(change.resource);
    switch (parsed.kind) {
        case 'graph': {
            const origin = failures.get(parsed.graph);
            if (origin === 'create')
                return 'graph_create_failed';
            if (origin === 'delete')
                return 'graph_delete_failed';
            return origin === 'schema_apply' || origin === 'migration_unsupported' || origin === 'destructive_gate' ? 'dependency_not_applied' : null;
        }
        case 'schema': {
            const origin = failures.get(parsed.graph);
            if (origin === undefined)
                return null;
            if (origin === 'migration_unsupported')
                return 'migration_unsupported';
            if (origin === 'destructive_gate')
                return 'approval_required';
            return origin === 'schema_apply' ? 'schema_apply_failed' : 'dependency_not_applied';
        }
        case 'query':
            return failures.has(parsed.graph) ? 'dependency_not_applied' : null;
        case 'policy':
            return policiesOnFailedGraphs.has(change.resource) ? 'dependency_not_applied' : null;
        case 'embedding_provider':
        case 'unknown':
            return null;
    }
}

// EXTERNAL MODULE: ./src/engine/model/change.ts
var model_change = __webpack_require__(29266);
;// CONCATENATED MODULE: ./src/engine/plan/gates.ts


/**
 * `blast_radius` (docs/contract/classifier.md#blast-radius): per change, in change order, the resources that depend on it (the
 * `from` of every edge pointing at it, in dependency order). Changes nothing depends on are left
 * out. One pass over the edges, so it stays linear at 10k resources.
 */
function blastRadius(changes, dependencies) {
    const dependents = new Map();
    for (const edge of dependencies) {
        const list = dependents.get(edge.to);
        if (list)
            list.push(edge.from);
        else
            dependents.set(edge.to, [edge.from]);
    }
    const out = [];
    for (const change of changes) {
        const affected = dependents.get(change.resource);
        if (affected)
            out.push({ resource: change.resource, affected: [...affected] });
    }
    return out;
}
/**
 * `approvals_required` (docs/contract/classifier.md#approval-gates: one gate per deleted subtree — every `graph.*` delete, and a
 * `schema.<g>` delete only when `graph.<g>` is not deleted too (the graph's gate covers it then).
 * Gates are in change order; `satisfied` says whether a valid approval covers the gated address.
 */
function approvalGates(changes, approved) {
    const deletedGraphs = new Set();
    for (const change of changes) {
        const parsed = parseAddress(change.resource);
        if (parsed.kind === 'graph' && change.operation === 'delete')
            deletedGraphs.add(parsed.graph);
    }
    const gates = [];
    for (const change of changes) {
        if (change.operation !== 'delete')
            continue;
        const parsed = parseAddress(change.resource);
        const gated = parsed.kind === 'graph' || (parsed.kind === 'schema' && !deletedGraphs.has(parsed.graph));
        if (gated)
            gates.push({ resource: change.resource, reason: model_change/* APPROVAL_REASON */.HQ, satisfied: approved.has(change.resource) });
    }
    return gates;
}
/**
 * Apply's defensive check (docs/contract/classifier.md#approval-gates): an `applied` change with an unsatisfied gate of its own means
 * the classifier let an unapproved delete through, so apply must stop before any graph work.
 */
function approvalInvariantViolated(changes, gates) {
    const unsatisfied = new Set(gates.filter((g) => !g.satisfied).map((g) => g.resource));
    return changes.some((c) => c.disposition === 'applied' && unsatisfied.has(c.resource));
}

;// CONCATENATED MODULE: ./src/engine/plan/destructive.ts




/**
 * Optional gates on destructive steps (`--gate-destructive`, action input `gate-destructive`;
 * docs/contract/approvals.md#destructive-gates), a deliberate extension of the reference, which
 * gates graph deletes only. With the gate on, a schema update whose migration drops a type or a
 * property, and a query delete whose graph stays, need an approval bound to the plan exactly as a
 * graph delete does. Pure: the migration previews come in, reasons and classifications come out.
 */
/** Address → why the gate holds it, in change order. Only changes that would run are gated. */
function destructiveChanges(changes, previews) {
    const deletedGraphs = new Set();
    for (const change of changes) {
        const parsed = parseAddress(change.resource);
        if (parsed.kind === 'graph' && change.operation === 'delete')
            deletedGraphs.add(parsed.graph);
    }
    const gated = new Map();
    for (const change of changes) {
        if (change.disposition !== 'applied')
            continue;
        const parsed = parseAddress(change.resource);
        if (parsed.kind === 'query' && change.operation === 'delete' && !deletedGraphs.has(parsed.graph)) {
            gated.set(change.resource, model_change/* DESTRUCTIVE_QUERY_REASON */.XJ);
        }
        if (parsed.kind === 'schema' && change.operation === 'update') {
            const drops = (previews.get(change.resource)?.steps ?? []).flatMap((s) => {
                if (s.kind === 'drop_type')
                    return [`drop ${s.type_kind} type ${s.name}`];
                if (s.kind === 'drop_property')
                    return [`drop property ${s.type_name}.${s.property_name}`];
                return [];
            });
            if (drops.length > 0)
                gated.set(change.resource, `${model_change/* DESTRUCTIVE_MIGRATION_PREFIX */.xg}${drops.join(', ')}`);
        }
    }
    return gated;
}
/**
 * Holds every gated change that no approval covers: `blocked` / `approval_required`. What waits
 * on a held schema update (the graph's query creates and updates, policies bound to it) is
 * `blocked` / `dependency_not_applied`, as after any schema that did not move.
 */
function holdDestructive(changes, gated, approved, dependencies) {
    const held = new Map();
    for (const [resource] of gated) {
        const parsed = parseAddress(resource);
        if (parsed.kind === 'schema' && !approved.has(resource))
            held.set(parsed.graph, 'destructive_gate');
    }
    // Gated changes first, so a query delete under a held schema still says it needs an approval.
    const gatedHeld = changes.map((c) => (c.disposition === 'applied' && gated.has(c.resource) && !approved.has(c.resource) ? withDisposition(c, 'blocked', 'approval_required') : c));
    return demote(gatedHeld, held, dependencies);
}
/** The destructive gates, after the delete gates (their order within each kind is change order). */
function destructiveGates(gated, approved) {
    return [...gated].map(([resource, reason]) => ({ resource, reason, satisfied: approved.has(resource) }));
}

;// CONCATENATED MODULE: ./src/engine/plan/index.ts









;// CONCATENATED MODULE: ./src/engine/config/desired.ts
const digestsOf = new WeakMap();
/**
 * address → digest of every desired resource, in the resources' byte-wise order. Computed once per
 * desired state (plan and apply ask for it several times; at 100k resources each copy cost ~0.1 s).
 */
function resourceDigests(desired) {
    let digests = digestsOf.get(desired);
    if (digests === undefined) {
        digests = digestMap(desired.resources);
        digestsOf.set(desired, digests);
    }
    return digests;
}
/** Records the digests loading already built from `desired.resources`, so no one builds them again. */
function rememberResourceDigests(desired, digests) {
    digestsOf.set(desired, digests);
}
/** address → digest, in the order of `resources`. */
function digestMap(resources) {
    const digests = new Map();
    // forEach: no [key, value] pair allocated per entry, as for-of over entries does.
    resources.forEach((resource, address) => digests.set(address, resource.digest));
    return digests;
}

;// CONCATENATED MODULE: ./src/engine/approvals/binding.ts
/**
 * Binds approval artifacts to the change list (docs/contract/approvals.md#binding). An artifact approves a change only when
 * its config digest, before digest and after digest all equal the current ones (absent digests
 * compare as null), so any config edit invalidates every approval. There is no wall-clock expiry.
 */
function bindApprovals(changes, artifacts, desiredConfigDigest) {
    const candidates = new Map();
    for (const artifact of artifacts) {
        if (artifact.consumed_at !== null)
            continue;
        const list = candidates.get(artifact.resource);
        if (list)
            list.push(artifact);
        else
            candidates.set(artifact.resource, [artifact]);
    }
    const approved = new Set();
    const stale = [];
    for (const change of changes) {
        const forChange = candidates.get(change.resource);
        if (!forChange)
            continue;
        // A destructive-gate `update` approval never authorizes a delete, nor the other way round.
        const operation = change.operation === 'delete' ? 'delete' : 'update';
        const bound = forChange.some((a) => a.operation === operation &&
            a.bound_config_digest === desiredConfigDigest &&
            a.bound_before_digest === (change.before_digest ?? null) &&
            a.bound_after_digest === (change.after_digest ?? null));
        if (bound)
            approved.add(change.resource);
        else
            stale.push(change.resource);
    }
    return { approved, stale };
}

;// CONCATENATED MODULE: ./src/engine/commands/changes.ts






/** Diff of the ledger against the desired state, with the HEAD metadata-only passes (docs/contract/classifier.md#metadata-passes). */
function desiredChanges(ledger, desired) {
    const prior = appliedDigests(ledger);
    const digests = resourceDigests(desired);
    const content = diffResources(prior, digests);
    if (!ledger)
        return content;
    return metadataChanges(content, {
        ledger: ledger.applied_revision.resources,
        desiredDigests: digests,
        policyBindings: desired.policyBindings,
        providerProfiles: desired.providerProfiles,
    });
}
/**
 * Which changes a valid approval covers (docs/contract/approvals.md#binding). Artifacts already consumed — on file or in the
 * ledger's `approval_records` — authorize nothing.
 */
async function resolveApprovals(storage, ledger, changes, configDigest) {
    const listed = await listApprovals(storage);
    const consumed = ledger?.approval_records ?? {};
    const artifacts = listed.artifacts.filter((a) => a.consumed_at === null && !(a.approval_id in consumed));
    const bound = bindApprovals(changes, artifacts, configDigest);
    const diagnostics = [
        ...listed.diagnostics,
        ...bound.stale.map((address) => (0,engine_diagnostics/* warning */.$e)('approval_stale', address, 'an approval artifact exists but its bound digests no longer match the plan; re-run `cluster approve`')),
    ];
    return { approved: bound.approved, artifacts, diagnostics };
}
/** A change record in the reference's field order (docs/contract/classifier.md#change-record), whatever order it was built in. */
function changeJson(c) {
    return {
        resource: c.resource,
        operation: c.operation,
        before_digest: c.before_digest,
        after_digest: c.after_digest,
        disposition: c.disposition,
        reason: c.reason,
        binding_change: c.binding_change,
        metadata_change: c.metadata_change,
        ...(c.migration !== undefined ? { migration: c.migration } : {}),
    };
}

;// CONCATENATED MODULE: ./src/engine/commands/migration-check.ts





/**
 * Previews every schema update that is about to run and blocks the ones the engine cannot
 * migrate. Plan and apply both run it, so an unsupported migration is a `blocked` change with
 * an error in both, never a green plan followed by a failed apply (a deliberate difference from
 * the reference, whose plan only warns `schema_preview_unavailable`).
 */
async function checkMigrations(engine, storage, desired, changes, dependencies) {
    const previews = new Map();
    const unavailable = new Map();
    const refused = new Map();
    const diagnostics = [];
    for (const change of changes) {
        if (change.operation !== 'update' || change.disposition !== 'applied' || !change.resource.startsWith('schema.'))
            continue;
        const graph = desired.graphs.get(change.resource.slice('schema.'.length));
        if (!graph?.schemaSource)
            continue;
        let plan;
        try {
            plan = await engine.previewSchemaApply(graphRoot(storage, graph.id), graph.schemaSource, { allowDataLoss: false });
        }
        catch (e) {
            unavailable.set(change.resource, (0,error_text/* errorText */.k)(e));
            continue;
        }
        previews.set(change.resource, plan);
        if (plan.supported)
            continue;
        refused.set(graph.id, 'migration_unsupported');
        diagnostics.push((0,engine_diagnostics/* error */.z3)('schema_migration_unsupported', change.resource, unsupportedMigrationText(plan)));
    }
    return { previews, unavailable, changes: demote(changes, refused, dependencies), diagnostics };
}
/** Names every unsupported step with its entity and lint code, and what to do about it. */
function unsupportedMigrationText(plan) {
    const steps = plan.steps.filter((s) => s.kind === 'unsupported_change');
    const listed = steps.map((s) => `${typeof s.entity === 'string' ? `${s.entity}: ` : ''}${(0,schema/* unsupportedPlanMessage */.cI)({ supported: false, steps: [s] }) ?? ''}`);
    const count = steps.length === 1 ? 'an unsupported step' : `${steps.length} unsupported steps`;
    return `the schema migration has ${count}, so apply would refuse it: ${listed.join('; ')}; change the schema so every step is supported, or migrate the graph outside the cluster`;
}

// EXTERNAL MODULE: ./src/engine/lock/index.ts + 5 modules
var engine_lock = __webpack_require__(19150);
;// CONCATENATED MODULE: ./src/engine/commands/lock-io.ts

async function takeLock(deps, storage, session, operation, obs) {
    if (session.loaded.config?.state?.lock === false)
        return { ok: true, lockId: null, diagnostics: [(0,engine_lock/* lockDisabledWarning */.mH)(operation)] };
    const taken = await (0,engine_lock/* acquireLock */.IZ)(storage, { operation, ids: deps.ids, clock: deps.clock, pid: deps.pid });
    switch (taken.kind) {
        case 'acquired':
            obs.lockAcquired = true;
            obs.acquiredLockId = taken.lock.lock_id;
            return { ok: true, lockId: taken.lock.lock_id, diagnostics: [] };
        case 'held':
            obs.recordForeignLock(taken.holder);
            return { ok: false, lockId: null, diagnostics: [taken.diagnostic] };
        case 'error':
            return { ok: false, lockId: null, diagnostics: [taken.diagnostic] };
    }
}
/** Best effort: a lock we cannot remove stays visible to `status` and `force-unlock`. */
async function releaseLock(storage, lock) {
    if (lock.lockId)
        await (0,engine_lock/* releaseLock */.x_)(storage, lock.lockId);
}
function record(obs, observation) {
    // The holder's metadata is reported whenever the lock parsed, even after force-unlock removed it.
    const { locked, ...metadata } = observation;
    if (metadata.lock_id !== undefined)
        obs.recordForeignLock(metadata);
    obs.locked = locked;
}
async function observeLock(storage, obs, clock) {
    const seen = await (0,engine_lock/* observeLock */.i4)(storage, clock);
    record(obs, seen.observation);
    return seen.diagnostics;
}
async function forceUnlockLock(storage, lockId, obs, clock) {
    const result = await (0,engine_lock/* forceUnlock */.If)(storage, lockId, clock);
    record(obs, result.observation);
    return { removed: result.removed, diagnostics: result.diagnostics };
}

;// CONCATENATED MODULE: ./src/engine/commands/locked-state.ts





/**
 * Takes the state lock (or honours `state.lock: false`), reads the ledger, runs `body`, and always
 * releases. Every state-reading command goes through here so the lock, the single read whose CAS
 * fences the write, and the post-write retirement happen in one order everywhere.
 */
async function withLockedState(op, body) {
    const { deps, storage, obs, diagnostics } = op;
    deps.logger.info(`waiting for the state lock (${op.operation})`);
    const lock = await takeLock(deps, storage, op.session, op.operation, obs);
    diagnostics.push(...lock.diagnostics);
    if (!lock.ok)
        return op.refused();
    if (lock.lockId)
        deps.logger.info(`acquired lock ${lock.lockId}`);
    try {
        const read = await readState(storage);
        obs.recordState(read.state, read.cas);
        diagnostics.push(...read.diagnostics);
        if ((0,engine_diagnostics/* hasErrors */.Cs)(diagnostics))
            return op.refused();
        return await body({
            state: read.state,
            cas: read.cas,
            write: async (next) => {
                deps.logger.info(`writing state revision ${next.state_revision}`);
                const written = await writeState(storage, next, read.cas);
                if (!written.ok) {
                    diagnostics.push(written.diagnostic);
                    return false;
                }
                obs.recordState(next, written.cas);
                return true;
            },
            retire: async ({ completedSidecars, consumedApprovals }) => {
                for (const operationId of completedSidecars)
                    await storage.delete(sidecarKey(operationId)).catch(() => { });
                await markApprovalsConsumed(storage, consumedApprovals);
            },
        });
    }
    finally {
        await releaseLock(storage, lock);
        if (lock.lockId)
            deps.logger.debug(`released lock ${lock.lockId}`);
    }
}

// EXTERNAL MODULE: ./src/engine/config/load-config.ts + 4 modules
var load_config = __webpack_require__(27243);
;// CONCATENATED MODULE: ./src/engine/config/builder.ts


/** Edges per source past which duplicates are found through a set instead of a scan. */
const MANY_EDGES = 16;
/** Mutable accumulator for one `load_desired` run. */
class DesiredBuilder {
    resources = new Map();
    /**
     * from → its edges, each pair once however often it is declared. A short list per source, not
     * a map: almost every resource has one to three edges, and at 100k resources a Map per source
     * (and joined `from\0to` keys before that) was a large share of loading's garbage. A source
     * with many edges (a policy bound to every graph) also gets a set of its targets.
     */
    edges = new Map();
    manyTargets = new Map();
    diagnostics = [];
    add(resource) {
        this.resources.set(resource.address, resource);
    }
    depend(from, to) {
        const list = this.edges.get(from);
        if (list === undefined) {
            this.edges.set(from, [{ from, to }]);
            return;
        }
        const many = this.manyTargets.get(from);
        if (many) {
            if (many.has(to))
                return;
            many.add(to);
        }
        else {
            for (const edge of list)
                if (edge.to === to)
                    return;
            if (list.length + 1 >= MANY_EDGES)
                this.manyTargets.set(from, new Set([...list.map((e) => e.to), to]));
        }
        list.push({ from, to });
    }
    /** Every edge, ordered byte-wise by `from`, then by `to`. */
    sortedDependencies() {
        const sorted = [];
        for (const from of (0,json/* sortBytewise */.lP)([...this.edges.keys()])) {
            const list = this.edges.get(from);
            sortByTarget(list);
            for (const edge of list)
                sorted.push(edge);
        }
        return sorted;
    }
    report(d) {
        if (d)
            this.diagnostics.push(d);
    }
}
/**
 * Orders one source's edges by target in place. Its targets are distinct, so order is total. A
 * short list takes an insertion sort, which allocates nothing: Array.prototype.sort's work array
 * for each of the 100,000 two- and three-edge lists of a 100k plan was 70 MB of garbage.
 */
function sortByTarget(list) {
    if (list.length > MANY_EDGES) {
        list.sort((a, b) => (0,json/* compareBytes */.Xo)(a.to, b.to));
        return;
    }
    for (let i = 1; i < list.length; i++) {
        const edge = list[i];
        let j = i - 1;
        for (; j >= 0 && (0,json/* compareBytes */.Xo)(list[j].to, edge.to) > 0; j--)
            list[j + 1] = list[j];
        list[j + 1] = edge;
    }
}
/** Compiler text as the reference prints it, plus where in which file (ours, for people and annotations). */
function langDiagnostic(code, path, e, file, messagePrefix = '') {
    const location = e.line ? { file, line: e.line, column: e.column ?? 1 } : undefined;
    const where = location ? ` (at ${file}:${location.line}:${location.column})` : '';
    return (0,engine_diagnostics/* error */.z3)(code, path, `${messagePrefix}${e.message}${where}`, location);
}

;// CONCATENATED MODULE: ./src/engine/config/config-json.ts


/**
 * The typed config re-serialized as the reference hashes it (docs/contract/digests.md#config-digest: every
 * default materialized, maps sorted, strings exactly as written. Comments and YAML style do not
 * matter; any semantic edit changes the digest.
 */
function configDigestJson(config) {
    const graphs = config.graphs ?? {};
    const policies = config.policies ?? {};
    const providers = config.providers?.embedding ?? {};
    return {
        version: config.version,
        metadata: { name: config.metadata?.name ?? null },
        storage: config.storage ?? null,
        state: { backend: config.state?.backend ?? null, lock: config.state?.lock ?? null },
        providers: {
            embedding: (0,json/* sortedRecord */.vZ)(Object.fromEntries(Object.entries(providers).map(([name, p]) => [name, embeddingProfileJson({ ...p, kind: p?.kind ?? p?.provider ?? undefined })]))),
        },
        graphs: (0,json/* sortedRecord */.vZ)(Object.fromEntries(Object.entries(graphs).map(([id, g]) => {
            const queries = g.queries ?? {};
            const allow = g.external_blobs?.allow ?? [];
            return [
                id,
                {
                    schema: g.schema,
                    queries: typeof queries === 'string' || Array.isArray(queries) ? queries : (0,json/* sortedRecord */.vZ)(Object.fromEntries(Object.entries(queries).map(([name, q]) => [name, { file: q.file }]))),
                    embedding_provider: g.embedding_provider ?? null,
                    external_blobs: allow.length > 0 ? { allow: allow.map((b) => ({ base: b.base, scope: b.scope })) } : undefined,
                },
            ];
        }))),
        policies: (0,json/* sortedRecord */.vZ)(Object.fromEntries(Object.entries(policies).map(([name, p]) => [name, { file: p.file, applies_to: p.applies_to }]))),
    };
}

;// CONCATENATED MODULE: ./src/engine/config/external-blob-uri.ts
/**
 * Lexical normalization of external-blob URIs, rule for rule as the reference engine has it
 * (ModernRelay/omnigraph crates/omnigraph/src/blob.rs, `NormalizedExternalUri::parse`, `render`,
 * `overlaps_base`, `decode_path_component`, `encode_path_component`). The normalized spelling
 * feeds the graph digest and the ledger, so any difference is a permanent phantom update against
 * the reference. URL parsing is WHATWG in both (Rust `url` crate, the global `URL` here).
 */
/** Inclusive raw-byte ceiling checked before anything else is parsed. */
const EXTERNAL_BLOB_URI_MAX_BYTES = 64 * 1024;
/** The reference's `OmniError::ExternalBlobPolicy` text; the URI itself is never echoed. */
function policyMessage(reason) {
    return `external blob URI '<redacted>' is not allowed: ${reason}`;
}
const refuse = (reason) => ({ ok: false, message: policyMessage(reason) });
const external_blob_uri_utf8 = new TextEncoder();
const SPECIAL_SCHEMES = new Set(['http', 'https', 'ws', 'wss', 'ftp', 'file']);
// Rust's `str::trim` strips White_Space characters only (U+FEFF is not one, unlike JS trim).
const SURROUNDING_WHITESPACE = /^\p{White_Space}|\p{White_Space}$/u;
function parseExternalUri(raw, role) {
    const rawBytes = external_blob_uri_utf8.encode(raw).length;
    if (rawBytes > EXTERNAL_BLOB_URI_MAX_BYTES) {
        return { ok: false, message: `resource limit exceeded for external Blob URI bytes: actual ${rawBytes}, limit ${EXTERNAL_BLOB_URI_MAX_BYTES}` };
    }
    if (raw === '' || SURROUNDING_WHITESPACE.test(raw))
        return refuse('external Blob URI must be non-empty and contain no surrounding whitespace');
    if (raw.includes('\\'))
        return refuse('external Blob URI paths may not contain backslashes');
    const rawPathError = rejectRawDotComponents(raw);
    if (rawPathError)
        return refuse(rawPathError);
    let parsed;
    try {
        parsed = new URL(raw);
    }
    catch {
        return refuse(`external Blob URI is not a valid absolute URI: ${urlParseError(raw)}`);
    }
    const scheme = parsed.protocol.slice(0, -1).toLowerCase();
    if (!SPECIAL_SCHEMES.has(scheme) && !parsed.href.slice(scheme.length + 1).startsWith('/')) {
        return refuse('external Blob URI must use a hierarchical storage scheme');
    }
    if (parsed.username !== '' || parsed.password !== '')
        return refuse('external Blob URI may not contain user-info credentials');
    // WHATWG keeps an empty `?` or `#` in href; the reference refuses those too (`query().is_some()`).
    if (parsed.href.includes('?') || parsed.href.includes('#'))
        return refuse('external Blob URI may not contain a query or fragment');
    if (parsed.port !== '')
        return refuse('external Blob URI may not contain an explicit port');
    let authority;
    if (scheme === 's3') {
        if (parsed.hostname === '')
            return refuse('an s3 external Blob URI must contain a bucket');
        authority = parsed.hostname.toLowerCase();
    }
    else if (scheme === 'file') {
        if (parsed.hostname !== '')
            return refuse('file external Blob URIs must be local and may not contain a host');
        authority = '';
    }
    else {
        return refuse(`external Blob URI scheme '${scheme}' is not supported by this build`);
    }
    return parsePath(scheme, authority, parsed.pathname, role);
}
function parsePath(scheme, authority, encodedPath, role) {
    if (!encodedPath.startsWith('/'))
        return refuse('external Blob URI must contain an absolute path');
    const trailingSlash = encodedPath.endsWith('/');
    const body = encodedPath.slice(1);
    const rawSegments = body === '' ? [] : body.split('/');
    const ambiguous = rawSegments.some((s, i) => s === '' && !(role === 'base' && i + 1 === rawSegments.length));
    if (ambiguous)
        return refuse('external Blob URI contains an ambiguous empty path component');
    const path = [];
    for (const segment of rawSegments) {
        const decoded = decodePathComponent(segment);
        if (!decoded.ok)
            return refuse(decoded.reason);
        path.push(decoded.bytes);
    }
    if (role === 'base' && path.length > 0 && path[path.length - 1] === '')
        path.pop();
    if (role === 'base' && path.includes(''))
        return refuse('external Blob base contains an ambiguous empty path component');
    return { ok: true, uri: { scheme, authority, path, trailingSlash } };
}
/** Dot components are refused before URL parsing would silently resolve them away. */
function rejectRawDotComponents(raw) {
    const schemeEnd = raw.indexOf('://');
    if (schemeEnd < 0)
        return null;
    const afterAuthority = raw.slice(schemeEnd + 3);
    const pathStart = afterAuthority.indexOf('/');
    if (pathStart < 0)
        return null;
    const rawPath = afterAuthority.slice(pathStart);
    const end = rawPath.search(/[?#]/);
    for (const component of (end < 0 ? rawPath : rawPath.slice(0, end)).split('/')) {
        const decoded = decodePathComponent(component);
        if (!decoded.ok)
            return decoded.reason;
    }
    return null;
}
function decodePathComponent(component) {
    const source = external_blob_uri_utf8.encode(component);
    const out = [];
    for (let i = 0; i < source.length;) {
        const byte = source[i];
        if (byte !== 0x25) {
            out.push(byte);
            i += 1;
            continue;
        }
        if (i + 2 >= source.length)
            return { ok: false, reason: 'external Blob URI contains an incomplete percent escape' };
        const high = hexValue(source[i + 1]);
        const low = hexValue(source[i + 2]);
        if (high === null || low === null)
            return { ok: false, reason: 'external Blob URI contains an invalid percent escape' };
        out.push((high << 4) | low);
        i += 3;
    }
    const bytes = String.fromCharCode(...out);
    if (bytes === '.' || bytes === '..')
        return { ok: false, reason: 'external Blob URI contains a dot path component' };
    if (/[\0%/\\]/.test(bytes))
        return { ok: false, reason: 'external Blob URI contains an encoded separator, percent sign, or NUL' };
    return { ok: true, bytes };
}
function hexValue(byte) {
    if (byte >= 0x30 && byte <= 0x39)
        return byte - 0x30;
    if (byte >= 0x61 && byte <= 0x66)
        return byte - 0x61 + 10;
    if (byte >= 0x41 && byte <= 0x46)
        return byte - 0x41 + 10;
    return null;
}
/** Unreserved bytes stay literal; every other byte becomes `%XX`, upper-case. */
function encodePathComponent(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i++) {
        const ch = bytes[i];
        out += /^[A-Za-z0-9\-._~]$/.test(ch) ? ch : `%${bytes.charCodeAt(i).toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/** `render(as_base)`: a base always ends in `/`; an input keeps its own trailing slash. */
function renderUri(uri, asBase) {
    let out = uri.scheme === 'file' ? 'file://' : `${uri.scheme}://${uri.authority}`;
    out += `/${uri.path.map(encodePathComponent).join('/')}`;
    if ((asBase || uri.trailingSlash) && !out.endsWith('/'))
        out += '/';
    return out;
}
/** Overlap is by whole path components: `s3://b/a` and `s3://b/ab` do not overlap. */
function overlapsBase(a, b) {
    return a.scheme === b.scheme && a.authority === b.authority && (startsWith(a.path, b.path) || startsWith(b.path, a.path));
}
function startsWith(path, prefix) {
    return prefix.length <= path.length && prefix.every((component, i) => path[i] === component);
}
/** The decoded local path of a normalized `file` URI (Rust `Url::to_file_path`), as UTF-8 text. */
function filePathOf(uri) {
    const bytes = `/${uri.path.join('/')}`;
    return new TextDecoder().decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
}
/** A canonical directory path back as a `file` base (Rust `Url::from_directory_path`, then parse). */
function fileBaseFromPath(absolutePath) {
    const encoded = absolutePath
        .split('/')
        .map((component) => encodePathComponent(String.fromCharCode(...external_blob_uri_utf8.encode(component))))
        .join('/');
    return parseExternalUri(`file://${encoded.endsWith('/') ? encoded : `${encoded}/`}`, 'base');
}
/**
 * The Rust `url::ParseError` text for the spellings WHATWG refuses. Node's `URL` only says
 * "Invalid URL", so the reason is recovered from the input's shape.
 */
function urlParseError(raw) {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(raw))
        return 'relative URL without a base';
    const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(raw)?.[1] ?? '';
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    if (host.startsWith('['))
        return 'invalid IPv6 address';
    if (/:[^\]]*$/.test(host))
        return 'invalid port number';
    if (host === '')
        return 'empty host';
    return 'invalid domain character';
}

;// CONCATENATED MODULE: ./src/engine/config/external-blobs.ts



const SCOPE_ORDER = { server_safe: 0, embedded_only: 1 };
/**
 * `graphs.<id>.external_blobs.allow` → the normalized policy (docs/contract/config.md#loading-order step 2.2), as
 * the reference's `ExternalBlobBase::new` and `ExternalBlobPolicy::validated` build it
 * (crates/omnigraph/src/blob.rs; the loader in crates/omnigraph-cluster/src/config.rs). Any
 * error makes the effective policy Deny.
 */
function normalizeExternalBlobs(graphId, allow, probe) {
    if (!allow || allow.length === 0)
        return { policy: { mode: 'deny' }, diagnostics: [] };
    const diagnostics = [];
    const bases = [];
    allow.forEach((entry, i) => {
        const accepted = acceptBase(entry, probe);
        if ('message' in accepted) {
            diagnostics.push((0,engine_diagnostics/* error */.z3)('invalid_external_blob_base', `graphs.${graphId}.external_blobs.allow[${i}].base`, accepted.message));
        }
        else {
            bases.push(accepted);
        }
    });
    if (diagnostics.length > 0)
        return { policy: { mode: 'deny' }, diagnostics };
    bases.sort((a, b) => (0,json/* compareBytes */.Xo)(a.uri, b.uri) || SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope]);
    const overlap = findOverlap(bases);
    if (overlap) {
        const message = policyMessage(`external Blob bases '${overlap[0]}' and '${overlap[1]}' overlap; configure one unambiguous base`);
        return { policy: { mode: 'deny' }, diagnostics: [(0,engine_diagnostics/* error */.z3)('invalid_external_blob_policy', `graphs.${graphId}.external_blobs.allow`, message)] };
    }
    return { policy: { mode: 'allow', bases: bases.map(({ uri, scope }) => ({ uri, scope })) }, diagnostics };
}
function acceptBase(entry, probe) {
    const lexical = parseExternalUri(entry.base, 'base');
    if (!lexical.ok)
        return { message: lexical.message };
    const uri = renderUri(lexical.uri, true);
    if (lexical.uri.scheme !== 'file')
        return { uri, scope: entry.scope, forOverlap: lexical.uri };
    if (entry.scope === 'server_safe')
        return { message: policyMessage('a server-safe external Blob base may not use file://') };
    const real = probe.realPath(filePathOf(lexical.uri));
    if (!real.ok)
        return { message: policyMessage(`embedded file external Blob base must be an existing directory: ${real.message}`) };
    if (!probe.isDirectory(real.path))
        return { message: policyMessage('embedded file external Blob base must name a directory') };
    const canonical = fileBaseFromPath(real.path);
    if (!canonical.ok)
        return { message: canonical.message };
    return { uri, scope: entry.scope, forOverlap: canonical.uri };
}
/** The first overlapping pair in sorted order, named by their lexical URIs. */
function findOverlap(bases) {
    for (let i = 0; i < bases.length; i++) {
        for (let j = i + 1; j < bases.length; j++) {
            const left = bases[i];
            const right = bases[j];
            if (overlapsBase(left.forOverlap, right.forOverlap))
                return [left.uri, right.uri];
        }
    }
    return null;
}

// EXTERNAL MODULE: ./src/engine/config/paths.ts
var paths = __webpack_require__(25541);
// EXTERNAL MODULE: ./src/lang/schema/parse/cursor.ts
var cursor = __webpack_require__(78870);
;// CONCATENATED MODULE: ./src/lang/query/parse/reader.ts

/**
 * The `.gq` token reader: the schema language's cursor (same whitespace/comment rules, same
 * pest-style failures) plus what the query grammar needs on top — word-bounded keywords, a
 * position table that stays O(log n) after the parser backtracks, and a nesting budget so a
 * hostile file cannot exhaust the stack.
 */
const MAX_NESTING = 64;
const IDENT_RE = /[a-z_][A-Za-z0-9_]*/y;
const TYPE_NAME_RE = /[A-Z][A-Za-z0-9_]*/y;
const VARIABLE_RE = /\$[a-z_][A-Za-z0-9_]*/y;
const INT_RE = /[0-9]+/y;
const FLOAT_RE = /[0-9]+\.[0-9]+/y;
const STRING_RE = /"(?:[^"\\]|\\[\s\S])*"/y;
/**
 * Word-bounded keyword patterns, shared by every reader: a reader per file compiling its own
 * was a tenth of a 10k-resource plan. Keys are the grammar's fixed keywords (never file text), so
 * the map stays small; sticky patterns are safe to share since `Cursor.match` sets `lastIndex`.
 */
const KEYWORD_RES = new Map();
/** Keywords the cursor can match without a regex (every keyword of the language is one). */
const PLAIN_WORD = /^[A-Za-z0-9_]+$/;
/** Raised when nesting exceeds MAX_NESTING; rendered separately from "expected …" failures. */
class NestingFailure {
    offset;
    constructor(offset) {
        this.offset = offset;
    }
}
/** A grammatical but semantically refused construct (repeated annotation, unknown escape). */
class DeclFailure {
    offset;
    message;
    constructor(offset, message) {
        this.offset = offset;
        this.message = message;
    }
}
class Reader {
    src;
    cursor;
    depth = 0;
    lineStarts = [0];
    /**
     * Code points before each UTF-16 offset, so columns count characters as pest does; null when the
     * text has no low surrogate (a pair's trailing half), where that count is the offset itself.
     * Almost no query has one, and a table per file was 100,000 typed arrays in a 100k plan.
     */
    codePoints;
    /**
     * The first refusal the reference only finds while building its AST (an unknown escape, a
     * repeated annotation, an out-of-range integer). Parsing goes on, so a syntax error anywhere in
     * the file wins, as it does when pest runs over the whole file first.
     */
    deferred = null;
    constructor(src) {
        this.src = src;
        this.cursor = new cursor/* Cursor */.bs(src);
        let trailing = false;
        for (let i = 0; i < src.length; i++) {
            const c = src.charCodeAt(i);
            if (c === 10)
                this.lineStarts.push(i + 1);
            else if (c >= 0xdc00 && c <= 0xdfff)
                trailing = true;
        }
        this.codePoints = trailing ? codePointCounts(src) : null;
    }
    get pos() {
        return this.cursor.pos;
    }
    set pos(offset) {
        this.cursor.pos = offset;
    }
    positionOf(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.lineStarts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const start = this.lineStarts[lo] ?? 0;
        const points = this.codePoints;
        const column = points === null ? offset - start : (points[offset] ?? 0) - (points[start] ?? 0);
        return { line: lo + 1, column: column + 1 };
    }
    /** Position of the next token. */
    here() {
        this.cursor.skipTrivia();
        return this.positionOf(this.cursor.pos);
    }
    eat(literal) {
        return this.cursor.eat(literal);
    }
    peek(literal) {
        return this.cursor.peek(literal);
    }
    expect(literal, rules) {
        this.cursor.expect(literal, rules);
    }
    fail(rules) {
        return this.cursor.fail(rules);
    }
    /** Records an AST-stage refusal; the first one is reported if the whole file parses. */
    refuse(failure) {
        this.deferred ??= failure;
    }
    /**
     * A pest string literal: a plain prefix, so `queryq` reads as `query q` and `insertPerson` as
     * `insert Person` exactly as the reference grammar reads them (query.pest has no word bounds).
     */
    word(word) {
        return this.cursor.eat(word);
    }
    /** `integer` text checked as the reference's `str::parse` into a `bits`-bit integer. */
    boundedInteger(what, max) {
        this.cursor.skipTrivia();
        const at = this.pos;
        const text = this.integerText();
        if (text === null)
            return null;
        if (BigInt(text) > max)
            this.refuse(new DeclFailure(at, `invalid ${what}: number too large to fit in target type`));
        return Number(text);
    }
    /** Consumes `word` only when no identifier character follows it (`note` is not `not`). */
    keyword(word) {
        const re = this.keywordRe(word);
        return re === null ? this.cursor.word(word) : this.cursor.match(re) !== null;
    }
    peekKeyword(word) {
        const at = this.pos;
        const hit = this.keyword(word);
        this.pos = at;
        return hit;
    }
    /** A keyword directly followed (after trivia) by `(`: the call forms `now()`, `count(…)`, … */
    peekCall(word) {
        const at = this.pos;
        const hit = this.keyword(word) && this.peek('(');
        this.pos = at;
        return hit;
    }
    ident() {
        return this.cursor.match(IDENT_RE);
    }
    typeName() {
        return this.cursor.match(TYPE_NAME_RE);
    }
    variable() {
        const v = this.cursor.match(VARIABLE_RE);
        return v === null ? null : v.slice(1);
    }
    peekVariable() {
        const at = this.pos;
        const hit = this.variable() !== null;
        this.pos = at;
        return hit;
    }
    integer() {
        const m = this.cursor.match(INT_RE);
        return m === null ? null : Number(m);
    }
    integerText() {
        return this.cursor.match(INT_RE);
    }
    floatText() {
        return this.cursor.match(FLOAT_RE);
    }
    /** A string literal's decoded value; escapes other than `\" \\ \n \r \t` are refused. */
    string() {
        const start = this.pos;
        const raw = this.cursor.match(STRING_RE);
        if (raw === null)
            return null;
        const body = raw.slice(1, -1);
        if (!body.includes('\\'))
            return body;
        let out = '';
        for (let i = 0; i < body.length; i++) {
            const ch = body[i] ?? '';
            if (ch !== '\\') {
                out += ch;
                continue;
            }
            const next = body.codePointAt(i + 1) ?? 0;
            const escaped = String.fromCodePoint(next);
            const decoded = ESCAPES[escaped];
            // skipTrivia already ran inside match(), so the literal starts at the first `"` after `start`.
            if (decoded === undefined)
                this.refuse(new DeclFailure(this.src.indexOf('"', start) + 1 + i, `unsupported escape sequence: \\${escaped}`));
            out += decoded ?? escaped;
            i += escaped.length;
        }
        return out;
    }
    /** Runs `body` one nesting level deeper, failing cleanly past MAX_NESTING. */
    nested(body) {
        if (this.depth >= MAX_NESTING) {
            this.cursor.skipTrivia();
            throw new NestingFailure(this.pos);
        }
        this.depth++;
        try {
            return body();
        }
        finally {
            this.depth--;
        }
    }
    /** Null for a plain word, which the cursor matches without a regex. */
    keywordRe(word) {
        let re = KEYWORD_RES.get(word);
        if (re === undefined) {
            re = PLAIN_WORD.test(word) ? null : new RegExp(`${word}(?![A-Za-z0-9_])`, 'y');
            KEYWORD_RES.set(word, re);
        }
        return re;
    }
}
const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** Code points before each UTF-16 offset of `src`: a low surrogate (trailing half, or lone) adds none. */
function codePointCounts(src) {
    const counts = new Uint32Array(src.length + 1);
    let count = 0;
    for (let i = 0; i < src.length; i++) {
        counts[i] = count;
        const c = src.charCodeAt(i);
        if (c < 0xdc00 || c > 0xdfff)
            count++;
    }
    counts[src.length] = count;
    return counts;
}

;// CONCATENATED MODULE: ./src/lang/query/parse/exprs.ts

/**
 * Expressions, literals and match values of the `.gq` grammar (docs/contract/engine-query.md#grammar). Call forms are
 * recognised only when `(` follows the name, so `count` alone stays a plain identifier, as in
 * the reference's ordered choice.
 */
const AGGREGATES = ['count', 'sum', 'avg', 'min', 'max'];
const SEARCHES = ['search', 'fuzzy', 'match_text', 'bm25'];
const I64_MAX = 9223372036854775807n;
function parseExpr(r) {
    return r.nested(() => exprAt(r));
}
function exprAt(r) {
    const pos = r.here();
    if (r.peekCall('now')) {
        nowCall(r);
        return { kind: 'now', ...pos };
    }
    if (r.peekCall('nearest')) {
        const { target, query } = nearestCall(r);
        return { kind: 'nearest', target, query, ...pos };
    }
    for (const fn of SEARCHES)
        if (r.peekCall(fn))
            return searchCall(r, fn, pos);
    if (r.peekCall('rrf'))
        return rrfCall(r, pos);
    for (const fn of AGGREGATES) {
        if (r.peekCall(fn)) {
            r.keyword(fn);
            r.expect('(', ['agg_call']);
            const arg = parseExpr(r);
            r.expect(')', ['agg_call']);
            return { kind: 'aggregate', fn, arg, ...pos };
        }
    }
    const variable = r.variable();
    if (variable !== null) {
        if (!r.eat('.'))
            return { kind: 'var', name: variable, ...pos };
        const property = r.ident();
        if (property === null)
            throw r.fail(['ident']);
        return { kind: 'prop', variable, property, ...pos };
    }
    const literal = tryLiteral(r);
    if (literal)
        return { kind: 'literal', value: literal, ...pos };
    const ident = r.ident();
    if (ident !== null)
        return { kind: 'ident', name: ident, ...pos };
    throw r.fail(['expr']);
}
function nowCall(r) {
    r.keyword('now');
    r.expect('(', ['now_call']);
    r.expect(')', ['now_call']);
}
/** `nearest($v.p, expr)`; the caller has checked that `nearest (` is next. */
function nearestCall(r) {
    r.keyword('nearest');
    r.expect('(', ['nearest_ordering']);
    const target = propRef(r);
    r.expect(',', ['nearest_ordering']);
    const query = parseExpr(r);
    r.expect(')', ['nearest_ordering']);
    return { target, query };
}
function propRef(r) {
    const pos = r.here();
    const variable = r.variable();
    if (variable === null)
        throw r.fail(['prop_access']);
    r.expect('.', ['prop_access']);
    const property = r.ident();
    if (property === null)
        throw r.fail(['ident']);
    return { variable, property, ...pos };
}
function searchCall(r, fn, pos) {
    const rule = `${fn}_call`;
    r.keyword(fn);
    r.expect('(', [rule]);
    const args = [parseExpr(r)];
    r.expect(',', [rule]);
    args.push(parseExpr(r));
    if (fn === 'fuzzy' && r.eat(','))
        args.push(parseExpr(r));
    r.expect(')', [rule]);
    return { kind: 'search', fn, args, ...pos };
}
function rrfCall(r, pos) {
    r.keyword('rrf');
    r.expect('(', ['rrf_call']);
    const first = rankExpr(r);
    r.expect(',', ['rrf_call']);
    const second = rankExpr(r);
    const k = r.eat(',') ? parseExpr(r) : null;
    r.expect(')', ['rrf_call']);
    return { kind: 'rrf', ranks: [first, second], k, ...pos };
}
/** `rank_expr = { nearest_ordering | bm25_call }`: anything else is a syntax error, as in query.pest. */
function rankExpr(r) {
    if (!r.peekCall('nearest') && !r.peekCall('bm25'))
        throw r.fail(['rank_expr']);
    return parseExpr(r);
}
/** A literal if one starts here; null (cursor untouched) otherwise. */
function tryLiteral(r) {
    return r.nested(() => literalAt(r));
}
function literalAt(r) {
    const pos = r.here();
    if (r.eat('[')) {
        const items = [];
        if (!r.eat(']')) {
            do {
                const item = tryLiteral(r);
                if (!item)
                    throw r.fail(['literal']);
                items.push(item);
            } while (r.eat(','));
            r.expect(']', ['list_lit']);
        }
        return { kind: 'list', items, ...pos };
    }
    for (const kind of ['datetime', 'date']) {
        if (r.peekCall(kind)) {
            r.keyword(kind);
            r.expect('(', [`${kind}_lit`]);
            const value = r.string();
            if (value === null)
                throw r.fail(['string_lit']);
            r.expect(')', [`${kind}_lit`]);
            return { kind, value, ...pos };
        }
    }
    const text = r.string();
    if (text !== null)
        return { kind: 'string', value: text, ...pos };
    const float = r.floatText();
    if (float !== null)
        return { kind: 'float', value: float, ...pos };
    const at = r.pos;
    const integer = r.integerText();
    if (integer !== null) {
        if (BigInt(integer) > I64_MAX)
            r.refuse(new DeclFailure(at, 'invalid integer: number too large to fit in target type'));
        return { kind: 'integer', value: integer, ...pos };
    }
    // bool_lit is a plain prefix in query.pest: `true_name` reads as `true` then `_name`.
    if (r.word('true'))
        return { kind: 'bool', value: true, ...pos };
    if (r.word('false'))
        return { kind: 'bool', value: false, ...pos };
    return null;
}
/** `literal | $var | now()`: binding match values, mutation values and `where` operands. */
function parseMValue(r) {
    const pos = r.here();
    if (r.peekCall('now')) {
        nowCall(r);
        return { kind: 'now', ...pos };
    }
    const variable = r.variable();
    if (variable !== null)
        return { kind: 'var', name: variable, ...pos };
    const literal = tryLiteral(r);
    if (literal)
        return { kind: 'literal', value: literal, ...pos };
    throw r.fail(['literal', 'variable', 'now_call']);
}

;// CONCATENATED MODULE: ./src/lang/query/parse/clauses.ts


const U32_MAX = 4294967295n;
/**
 * `match { … }` clauses in the reference's ordered choice: negation, binding, traversal, filter,
 * text-search clause. Traversal and filter can both start with `$v` (`$a < $b` vs `$a <knows> $b`,
 * `$a contains $b` is a traversal over `contains`), so a failed traversal attempt rewinds and the
 * clause is re-read as a filter; the rewind is bounded by one traversal's length, so the parse
 * stays linear.
 */
const FILTER_OPS = ['>=', '<=', '!=', '>', '<', '='];
function parseClauses(r, rule) {
    r.expect('{', [rule]);
    const clauses = [parseClause(r)];
    while (!r.eat('}'))
        clauses.push(parseClause(r));
    return clauses;
}
function parseClause(r) {
    const pos = r.here();
    if (r.peekKeyword('not')) {
        const at = r.pos;
        r.keyword('not');
        if (r.peek('{'))
            return { kind: 'negation', clauses: r.nested(() => parseClauses(r, 'negation')), ...pos };
        r.pos = at;
    }
    if (r.peekVariable()) {
        const start = r.pos;
        const variable = r.variable() ?? '';
        if (r.eat(':'))
            return binding(r, variable, pos);
        let traversalFailure;
        try {
            return traversal(r, variable, pos);
        }
        catch (e) {
            if (!(e instanceof cursor/* SyntaxFailure */.CM))
                throw e;
            traversalFailure = e;
        }
        r.pos = start;
        try {
            return filterOrSearch(r, pos);
        }
        catch (e) {
            if (!(e instanceof cursor/* SyntaxFailure */.CM))
                throw e;
            throw furthest(traversalFailure, e);
        }
    }
    return filterOrSearch(r, pos);
}
function furthest(a, b) {
    if (a.offset !== b.offset)
        return a.offset > b.offset ? a : b;
    return new cursor/* SyntaxFailure */.CM(a.offset, [...new Set([...a.expected, ...b.expected])]);
}
function binding(r, variable, pos) {
    const typeName = r.typeName();
    if (typeName === null)
        throw r.fail(['type_name']);
    const matches = [];
    if (r.eat('{')) {
        matches.push(propAssign(r, 'prop_match'));
        while (r.eat(',') && !r.peek('}'))
            matches.push(propAssign(r, 'prop_match'));
        r.expect('}', ['binding']);
    }
    return { kind: 'binding', variable, typeName, matches, ...pos };
}
function propAssign(r, rule) {
    const pos = r.here();
    const property = r.ident();
    if (property === null)
        throw r.fail([rule]);
    r.expect(':', [rule]);
    return { property, value: parseMValue(r), ...pos };
}
function traversal(r, from, pos) {
    let edgeVariable = null;
    if (r.peekVariable()) {
        const at = r.here();
        const name = r.variable() ?? '';
        r.expect(':', ['edge_binding']);
        edgeVariable = { name, ...at };
    }
    const undirected = r.eat('<');
    const edge = edgeIdent(r);
    if (undirected)
        r.expect('>', ['undirected_edge']);
    const bounds = r.peek('{') ? traversalBounds(r) : null;
    const toPos = r.here();
    const to = r.variable();
    if (to === null)
        throw r.fail(['variable']);
    return { kind: 'traversal', from, edgeVariable, edge, undirected, bounds, to, toPos, ...pos };
}
function edgeIdent(r) {
    const at = r.pos;
    const name = r.ident();
    // edge_ident = !("not" ~ !ASCII_ALPHANUMERIC) ~ …: `not` and every `not_…` are refused.
    if (name === null || /^not(_|$)/.test(name)) {
        r.pos = at;
        throw r.fail(['edge_ident']);
    }
    return name;
}
function traversalBounds(r) {
    const pos = r.here();
    r.expect('{', ['traversal_bounds']);
    const min = r.boundedInteger('traversal min bound', U32_MAX);
    if (min === null)
        throw r.fail(['integer']);
    r.expect(',', ['traversal_bounds']);
    const max = r.boundedInteger('traversal max bound', U32_MAX);
    r.expect('}', ['traversal_bounds']);
    return { min, max, ...pos };
}
function filterOrSearch(r, pos) {
    const left = parseExpr(r);
    const op = filterOp(r);
    if (op !== null)
        return { kind: 'filter', left, op, right: parseExpr(r), ...pos };
    if (left.kind === 'search' && left.fn !== 'bm25')
        return { kind: 'text_search', call: left, ...pos };
    throw r.fail(['filter_op']);
}
function filterOp(r) {
    if (r.keyword('starts_with'))
        return 'starts_with';
    if (r.keyword('contains'))
        return 'contains';
    for (const op of FILTER_OPS)
        if (r.eat(op))
            return op;
    return null;
}

;// CONCATENATED MODULE: ./src/lang/query/parse/query-syntax.ts



/**
 * Declarations, parameters, read bodies and mutation statements of a `.gq` file
 * (docs/contract/engine-query.md#grammar). The body is a read body when it starts with `match`, else ≥1 mutation.
 */
const COMP_OPS = ['>=', '<=', '!=', '>', '<', '='];
const U64_MAX = 18446744073709551615n;
function parseDecls(r) {
    const decls = [];
    for (;;) {
        r.cursor.skipTrivia();
        if (r.cursor.atEnd())
            return decls;
        if (!r.peek('query'))
            throw r.fail(['EOI', 'query_decl']);
        decls.push(parseDecl(r));
    }
}
function parseDecl(r) {
    const pos = r.here();
    r.word('query');
    const name = r.ident();
    if (name === null)
        throw r.fail(['ident']);
    r.expect('(', ['query_decl']);
    const params = [];
    if (!r.peek(')')) {
        do
            params.push(parseParam(r));
        while (r.eat(','));
    }
    r.expect(')', ['query_decl']);
    const annotations = parseAnnotations(r, name);
    r.expect('{', ['query_decl']);
    const base = { name, params, ...annotations, ...pos };
    let decl;
    if (r.peekKeyword('match')) {
        decl = { kind: 'read', body: parseReadBody(r), ...base };
    }
    else {
        const mutations = [parseMutation(r)];
        while (!r.peek('}'))
            mutations.push(parseMutation(r));
        decl = { kind: 'mutation', mutations, ...base };
    }
    r.expect('}', ['query_decl']);
    return decl;
}
function parseParam(r) {
    const pos = r.here();
    const name = r.variable();
    if (name === null)
        throw r.fail(['param']);
    r.expect(':', ['param']);
    let type;
    if (r.eat('[')) {
        const inner = baseType(r);
        if (inner === null)
            throw r.fail(['base_type']);
        r.expect(']', ['list_type']);
        type = { kind: 'list', name: inner };
    }
    else if (r.peekCall('Vector')) {
        r.keyword('Vector');
        r.expect('(', ['vector_type']);
        const dim = r.integer();
        if (dim === null)
            throw r.fail(['integer']);
        r.expect(')', ['vector_type']);
        type = { kind: 'vector', dim };
    }
    else {
        const scalar = baseType(r);
        if (scalar === null)
            throw r.fail(['type_ref']);
        type = { kind: 'scalar', name: scalar };
    }
    return { name, type, nullable: r.eat('?'), ...pos };
}
/** The grammar's closed `base_type` set (no enums, no node types); `DateTime` is tried before `Date`. */
const BASE_TYPES = ['String', 'Blob', 'Bool', 'I32', 'I64', 'U32', 'U64', 'F32', 'F64', 'DateTime', 'Date'];
function baseType(r) {
    for (const name of BASE_TYPES)
        if (r.eat(name))
            return name;
    return null;
}
function parseAnnotations(r, name) {
    const found = { description: null, instruction: null };
    for (;;) {
        r.cursor.skipTrivia();
        const at = r.pos;
        const which = r.keyword('@description') ? 'description' : r.keyword('@instruction') ? 'instruction' : null;
        if (which === null)
            return found;
        r.expect('(', [`${which}_annotation`]);
        const text = r.string();
        if (text === null)
            throw r.fail(['string_lit']);
        r.expect(')', [`${which}_annotation`]);
        if (found[which] !== null)
            r.refuse(new DeclFailure(at, `query \`${name}\` cannot include duplicate @${which} annotations`));
        found[which] = text;
    }
}
function parseReadBody(r) {
    r.keyword('match');
    const clauses = parseClauses(r, 'match_clause');
    if (!r.keyword('return'))
        throw r.fail(['return_clause']);
    r.expect('{', ['return_clause']);
    const projections = [parseProjection(r)];
    while (!r.eat('}'))
        projections.push(parseProjection(r));
    const ordering = [];
    if (r.keyword('order')) {
        r.expect('{', ['order_clause']);
        do
            ordering.push(parseOrdering(r));
        while (r.eat(','));
        r.expect('}', ['order_clause']);
    }
    let limit = null;
    if (r.peek('limit')) {
        const pos = r.here();
        r.word('limit');
        const value = r.boundedInteger('limit', U64_MAX);
        if (value === null)
            throw r.fail(['integer']);
        limit = { value, ...pos };
    }
    return { clauses, projections, ordering, limit };
}
function parseProjection(r) {
    const pos = r.here();
    const expr = parseExpr(r);
    let alias = null;
    // pest's `("as" ~ ident)?`: `asName` is an alias, a bare `as` with no ident is given back.
    const beforeAs = r.pos;
    if (r.word('as')) {
        alias = r.ident();
        if (alias === null)
            r.pos = beforeAs;
    }
    r.eat(',');
    return { expr, alias, ...pos };
}
function parseOrdering(r) {
    const pos = r.here();
    if (r.peekCall('nearest')) {
        const { target, query } = nearestCall(r);
        return { kind: 'nearest', target, query, ...pos };
    }
    const expr = parseExpr(r);
    const direction = r.keyword('asc') ? 'asc' : r.keyword('desc') ? 'desc' : null;
    return { kind: 'expr', expr, direction, ...pos };
}
function parseMutation(r) {
    const pos = r.here();
    if (r.word('insert')) {
        const typeName = mutationType(r);
        return { kind: 'insert', typeName, assignments: parseAssignments(r, 'insert_stmt'), ...pos };
    }
    if (r.word('update')) {
        const typeName = mutationType(r);
        if (!r.word('set'))
            throw r.fail(['update_stmt']);
        const assignments = parseAssignments(r, 'update_stmt');
        return { kind: 'update', typeName, assignments, where: parseWhere(r), ...pos };
    }
    if (r.word('delete')) {
        const typeName = mutationType(r);
        return { kind: 'delete', typeName, where: parseWhere(r), ...pos };
    }
    throw r.fail(['match_clause', 'mutation_stmt']);
}
function mutationType(r) {
    const name = r.typeName();
    if (name === null)
        throw r.fail(['type_name']);
    return name;
}
function parseAssignments(r, rule) {
    r.expect('{', [rule]);
    const assignments = [];
    do {
        assignments.push(propAssign(r, 'mutation_assignment'));
        r.eat(',');
    } while (!r.eat('}'));
    return assignments;
}
function parseWhere(r) {
    if (!r.word('where'))
        throw r.fail(['mutation_predicate']);
    const pos = r.here();
    const property = r.ident();
    if (property === null)
        throw r.fail(['ident']);
    const op = COMP_OPS.find((o) => r.eat(o));
    if (op === undefined)
        throw r.fail(['comp_op']);
    return { property, op, value: parseMValue(r), ...pos };
}

;// CONCATENATED MODULE: ./src/lang/query/parse-query.ts



/**
 * `parse_query` (docs/contract/engine-query.md#grammar): the whole file or nothing. Syntax errors use the pest layout
 * (`parse error:  --> L:C`, source line, caret, `= expected …`); the few semantic refusals the
 * parser makes after the grammar matched (a repeated annotation, an unknown string escape) carry the reference's doubled
 * `parse error: parse error:` prefix; our nesting budget uses the pest layout with its own text.
 */
function parseQueryFile(source) {
    const reader = new Reader(source);
    try {
        const decls = parseDecls(reader);
        if (reader.deferred)
            return { ok: false, error: declError(reader, reader.deferred) };
        return { ok: true, value: decls };
    }
    catch (e) {
        if (e instanceof cursor/* SyntaxFailure */.CM) {
            const { message, line, column } = (0,cursor/* renderSyntaxError */.WM)(reader.cursor, e);
            return { ok: false, error: { stage: 'parse', message, line, column } };
        }
        if (e instanceof NestingFailure)
            return { ok: false, error: located(reader, e.offset, `nesting deeper than ${MAX_NESTING} levels`) };
        throw e;
    }
}
/** The reference builds its AST after pest accepted the file and wraps these errors twice. */
function declError(reader, e) {
    const { line, column } = reader.positionOf(e.offset);
    return { stage: 'parse', message: `parse error: parse error: ${e.message}`, line, column };
}
function located(reader, offset, text) {
    const { line, column } = reader.positionOf(offset);
    const source = reader.cursor.lineText(offset);
    const spacing = ' '.repeat(String(line).length);
    const body = [
        `${spacing}--> ${line}:${column}`,
        `${spacing} |`,
        `${line} | ${source}`,
        `${spacing} | ${' '.repeat(column - 1)}^---`,
        `${spacing} |`,
        `${spacing} = ${text}`,
    ].join('\n');
    return { stage: 'parse', message: `parse error: ${body}`, line, column };
}

;// CONCATENATED MODULE: ./src/lang/query/typecheck/prop-types.ts
/**
 * The value types the checker reasons with: the catalog's `PropType`, plus the reference's
 * display form (enum wins over the scalar, then `[…]`, then `?`) and its compatibility rule
 * (same list-ness, and same scalar or both numeric).
 */
/** A type error raised deep in the walk; `typecheckQuery` turns it into a `LangError`. */
class TypeFailure {
    message;
    at;
    constructor(message, at) {
        this.message = message;
        this.at = at;
    }
}
function prop_types_fail(message, at) {
    return new TypeFailure(message, at);
}
const NOW_PARAM = '__nanograph_now';
const NUMERIC = new Set(['I32', 'I64', 'U32', 'U64', 'F32', 'F64']);
const INTEGER = new Set(['I32', 'I64', 'U32', 'U64']);
const PARAM_SCALARS = new Set(['String', 'Bool', 'I32', 'I64', 'U32', 'U64', 'F32', 'F64', 'Date', 'DateTime', 'Blob']);
function scalarType(scalar, nullable = false, list = false) {
    return { scalar, nullable, list, enumValues: null };
}
function isNumeric(scalar) {
    return typeof scalar === 'string' && NUMERIC.has(scalar);
}
function isInteger(type) {
    return !type.list && typeof type.scalar === 'string' && INTEGER.has(type.scalar);
}
function isVector(scalar) {
    return typeof scalar !== 'string';
}
function isScalar(type, scalar) {
    return !type.list && type.scalar === scalar;
}
function sameScalar(a, b) {
    if (typeof a === 'string' || typeof b === 'string')
        return a === b;
    return a.Vector === b.Vector;
}
function compatible(a, b) {
    if (a.list !== b.list)
        return false;
    return sameScalar(a.scalar, b.scalar) || (isNumeric(a.scalar) && isNumeric(b.scalar));
}
function displayType(type) {
    const scalar = typeof type.scalar === 'string' ? type.scalar : `Vector(${type.scalar.Vector})`;
    const base = type.enumValues ? `enum(${type.enumValues.join(', ')})` : scalar;
    const wrapped = type.list ? `[${base}]` : base;
    return type.nullable ? `${wrapped}?` : wrapped;
}
/** Declared parameter types, with the reserved-name and unknown-type refusals (untagged). */
function paramTypes(params) {
    const out = new Map();
    for (const p of params) {
        if (p.name === NOW_PARAM)
            throw prop_types_fail(`parameter name \`$${NOW_PARAM}\` is reserved for runtime timestamp injection`, p);
        const t = p.type;
        if (t.kind === 'vector') {
            out.set(p.name, scalarType({ Vector: t.dim }, p.nullable));
            continue;
        }
        if (!PARAM_SCALARS.has(t.name)) {
            const written = t.kind === 'list' ? `[${t.name}]` : t.name;
            throw prop_types_fail(`unknown parameter type \`${written}\` for \`$${p.name}\``, p);
        }
        out.set(p.name, scalarType(t.name, p.nullable, t.kind === 'list'));
    }
    return out;
}
/** A literal's type: integers are I64, floats F64, `[]` is `[String]`; lists must be flat and uniform. */
function literalType(lit) {
    switch (lit.kind) {
        case 'string':
            return scalarType('String');
        case 'integer':
            return scalarType('I64');
        case 'float':
            return scalarType('F64');
        case 'bool':
            return scalarType('Bool');
        case 'date':
            return scalarType('Date');
        case 'datetime':
            return scalarType('DateTime');
        case 'list': {
            const [head, ...rest] = lit.items;
            if (!head)
                return scalarType('String', false, true);
            const first = literalType(head);
            if (first.list)
                throw prop_types_fail('nested list literals are not supported', head);
            for (const item of rest) {
                const t = literalType(item);
                if (t.list || !compatible(first, t))
                    throw prop_types_fail('list literal elements must share a compatible scalar type', item);
            }
            return scalarType(first.scalar, false, true);
        }
    }
}
/** Element count of a non-empty all-numeric list literal (a vector literal), else null. */
function vectorLiteralDim(lit) {
    if (lit.kind !== 'list' || lit.items.length === 0)
        return null;
    return lit.items.every((i) => i.kind === 'integer' || i.kind === 'float') ? lit.items.length : null;
}

;// CONCATENATED MODULE: ./src/lang/query/typecheck/values.ts

/**
 * Value-against-property checks shared by binding matches (`$p: T { p: v }`), mutation
 * assignments and `where` predicates: T3 for literals, T7 for parameters and `now()`, T14 for
 * undeclared mutation variables.
 */
/** T3: a literal against a property type (vector dimension, compatibility, enum membership). */
function checkLiteral(lit, expected, property) {
    if (!expected.list && isVector(expected.scalar)) {
        const dim = vectorLiteralDim(lit);
        if (dim !== null) {
            if (dim === expected.scalar.Vector)
                return;
            throw prop_types_fail(`T3: property \`${property}\` has type Vector(${expected.scalar.Vector}) but got vector literal with ${dim} elements`, lit);
        }
    }
    const actual = literalType(lit);
    if (!compatible(actual, expected)) {
        throw prop_types_fail(`T3: property \`${property}\` has type ${displayType(expected)} but got ${displayType(actual)}`, lit);
    }
    const allowed = expected.enumValues;
    if (!allowed)
        return;
    const strings = lit.kind === 'string' ? [lit] : lit.kind === 'list' && expected.list ? lit.items : [];
    for (const item of strings) {
        if (item.kind === 'string' && !allowed.includes(item.value)) {
            throw prop_types_fail(`T3: property \`${property}\` expects one of [${allowed.join(', ')}], got '${item.value}'`, item);
        }
    }
}
/** `now()` is a DateTime and fits only a scalar DateTime property. */
function checkNow(expected, property, at) {
    if (expected.list || expected.scalar !== 'DateTime') {
        throw prop_types_fail(`T7: cannot assign/compare DateTime with ${displayType(expected)} for property \`${property}\``, at);
    }
}
/** A binding's match value: on a list property a scalar is a membership match, a list is refused. */
function checkBindingValue(value, expected, property, params) {
    if (value.kind === 'now')
        return checkNow(expected, property, value);
    if (value.kind === 'literal') {
        if (!expected.list)
            return checkLiteral(value.value, expected, property);
        const actual = literalType(value.value);
        if (actual.list) {
            throw prop_types_fail(`T3: list equality is not supported for property \`${property}\`; use a scalar value to match list membership`, value);
        }
        if (!compatible(actual, member(expected))) {
            throw prop_types_fail(`T3: property \`${property}\` has type ${displayType(expected)} but membership match got ${displayType(actual)}`, value);
        }
        return;
    }
    // Undeclared variables in a binding are not type-checked (docs/contract/engine-query.md#type-checks note).
    const actual = params.get(value.name);
    if (!actual)
        return;
    if (!expected.list) {
        if (!compatible(actual, expected))
            throw cannotAssign(actual, expected, property, value);
        return;
    }
    if (actual.list) {
        throw prop_types_fail(`T7: list equality is not supported for property \`${property}\`; use a scalar parameter for membership matching`, value);
    }
    if (!compatible(actual, member(expected))) {
        throw prop_types_fail(`T7: cannot compare ${displayType(actual)} membership against ${displayType(expected)} for property \`${property}\``, value);
    }
}
/** A mutation value or `where` operand: literal (T3), declared parameter (T14, T7) or `now()`. */
function checkMutationValue(value, expected, property, params) {
    if (value.kind === 'now')
        return checkNow(expected, property, value);
    if (value.kind === 'literal')
        return checkLiteral(value.value, expected, property);
    const actual = params.get(value.name);
    if (!actual)
        throw prop_types_fail(`T14: mutation variable \`$${value.name}\` must be a declared query parameter`, value);
    // A String parameter may carry a Blob URI.
    const blobUri = expected.scalar === 'Blob' && actual.scalar === 'String' && !actual.list;
    if (!compatible(actual, expected) && !blobUri)
        throw cannotAssign(actual, expected, property, value);
}
function member(list) {
    return scalarType(list.scalar, list.nullable);
}
function cannotAssign(actual, expected, property, at) {
    return prop_types_fail(`T7: cannot assign/compare ${displayType(actual)} with ${displayType(expected)} for property \`${property}\``, at);
}

;// CONCATENATED MODULE: ./src/lang/query/typecheck/mutation.ts


const ENDPOINT = scalarType('String');
function checkMutation(m, nodes, findEdge, params) {
    switch (m.kind) {
        case 'insert': {
            if (m.assignments.length === 0)
                throw prop_types_fail('T10: insert mutation requires at least one assignment', m);
            noDuplicates(m.assignments);
            const node = nodes.get(m.typeName);
            if (node)
                return insertNode(m.typeName, node, m.assignments, params, m);
            const edge = edgeNamed(m.typeName, findEdge);
            if (edge)
                return insertEdge(m.typeName, edge, m.assignments, params, m);
            throw prop_types_fail(`T10: unknown node/edge type \`${m.typeName}\``, m);
        }
        case 'update': {
            const node = nodes.get(m.typeName);
            if (!node) {
                if (edgeNamed(m.typeName, findEdge))
                    throw prop_types_fail(`T16: update mutation for edge type \`${m.typeName}\` is not supported`, m);
                throw prop_types_fail(`T10: unknown node/edge type \`${m.typeName}\``, m);
            }
            if (m.assignments.length === 0)
                throw prop_types_fail('T10: update mutation requires at least one assignment', m);
            noDuplicates(m.assignments);
            for (const a of m.assignments)
                checkMutationValue(a.value, property(m.typeName, node.properties, a).type, a.property, params);
            return checkWhere(m.typeName, node.properties, m.where, params);
        }
        case 'delete': {
            const node = nodes.get(m.typeName);
            if (node)
                return checkWhere(m.typeName, node.properties, m.where, params);
            const edge = edgeNamed(m.typeName, findEdge);
            if (!edge)
                throw prop_types_fail(`T10: unknown node/edge type \`${m.typeName}\``, m);
            if (m.where.property === 'from' || m.where.property === 'to')
                return checkMutationValue(m.where.value, ENDPOINT, m.where.property, params);
            return checkWhere(m.typeName, edge.properties, m.where, params);
        }
    }
}
/** Mutations name types exactly; the case-insensitive fallback is for traversal edge idents only. */
function edgeNamed(name, findEdge) {
    const edge = findEdge(name);
    return edge?.name === name ? edge : undefined;
}
function noDuplicates(assignments) {
    const seen = new Set();
    for (const a of assignments) {
        if (seen.has(a.property))
            throw prop_types_fail(`T13: duplicate assignment for property \`${a.property}\``, a);
        seen.add(a.property);
    }
}
function property(typeName, props, a) {
    const prop = props.get(a.property);
    if (!prop)
        throw prop_types_fail(`T11: type \`${typeName}\` has no property \`${a.property}\``, a);
    return prop;
}
function insertNode(typeName, node, assignments, params, at) {
    for (const a of assignments)
        checkMutationValue(a.value, property(typeName, node.properties, a).type, a.property, params);
    const assigned = new Set(assignments.map((a) => a.property));
    for (const [name, prop] of node.properties) {
        if (prop.type.nullable || assigned.has(name))
            continue;
        const source = prop.embedSource?.propertyName;
        if (source !== undefined) {
            if (assigned.has(source))
                continue;
            throw prop_types_fail(`T12: insert for \`${typeName}\` must provide non-nullable property \`${name}\` or @embed source \`${source}\``, at);
        }
        throw prop_types_fail(`T12: insert for \`${typeName}\` must provide non-nullable property \`${name}\``, at);
    }
}
function insertEdge(typeName, edge, assignments, params, at) {
    for (const a of assignments) {
        const expected = a.property === 'from' || a.property === 'to' ? ENDPOINT : property(typeName, edge.properties, a).type;
        checkMutationValue(a.value, expected, a.property, params);
    }
    const assigned = new Set(assignments.map((a) => a.property));
    for (const endpoint of ['from', 'to']) {
        if (!assigned.has(endpoint))
            throw prop_types_fail(`T12: insert for \`${typeName}\` must provide required endpoint \`${endpoint}\``, at);
    }
    for (const [name, prop] of edge.properties) {
        if (!prop.type.nullable && !assigned.has(name))
            throw prop_types_fail(`T12: insert for \`${typeName}\` must provide non-nullable property \`${name}\``, at);
    }
}
function checkWhere(typeName, props, where, params) {
    const prop = property(typeName, props, where);
    if (prop.type.scalar === 'Blob')
        throw prop_types_fail(`T11: blob property \`${where.property}\` cannot be used in WHERE predicates`, where);
    checkMutationValue(where.value, prop.type, where.property, params);
}

;// CONCATENATED MODULE: ./src/lang/query/typecheck/expressions.ts

/**
 * Expression typing (docs/contract/engine-query.md#type-checks): property access (T6, T24), `nearest` (T15, T23), the text
 * and rank functions (T19–T21, T23), aggregates (T8), bare variables (params, nodes, T23) and
 * return aliases.
 */
const F64 = scalarType('F64');
const BOOL = scalarType('Bool');
function resolveExpr(scope, expr) {
    switch (expr.kind) {
        case 'now':
            return scalar(scalarType('DateTime'));
        case 'prop':
            return scalar(propertyType(scope, expr.variable, expr.property, expr));
        case 'nearest':
            return nearest(scope, expr.target, expr.query);
        case 'search':
            return search(scope, expr);
        case 'rrf':
            return rrf(scope, expr);
        case 'var':
            return variable(scope, expr.name, expr);
        case 'literal':
            return scalar(literalType(expr.value));
        case 'aggregate':
            return aggregate(scope, expr);
        case 'ident':
            // An alias not registered yet (a forward reference from `order`) reads as an aggregate.
            return scope.aliases.get(expr.name) ?? { kind: 'aggregate' };
    }
}
function displayResolved(r) {
    if (r.kind === 'scalar')
        return displayType(r.type);
    return r.kind === 'node' ? `node \`${r.typeName}\`` : 'aggregate';
}
/** T24 for values read out of a query: projections, ordering keys, aggregate arguments. */
function rejectBlobReadValue(resolved, expr) {
    if (resolved.kind !== 'scalar' || resolved.type.scalar !== 'Blob')
        return;
    const subject = expr.kind === 'var' ? `Blob parameter \`$${expr.name}\`` : expr.kind === 'ident' ? `Blob alias \`${expr.name}\`` : 'Blob expression';
    throw prop_types_fail(`T24: ${subject} is not available as a .gq read value; Blob values require a dedicated API`, expr);
}
function scalar(type) {
    return { kind: 'scalar', type };
}
function propertyType(scope, variable, property, at) {
    const bound = scope.bindings.get(variable);
    if (!bound)
        throw prop_types_fail(`T6: variable \`$${variable}\` is not bound`, at);
    let prop;
    if (bound.kind === 'node') {
        prop = scope.catalog.nodes.get(bound.typeName)?.properties.get(property);
        if (!prop)
            throw prop_types_fail(`T6: type \`${bound.typeName}\` has no property \`${property}\``, at);
    }
    else {
        prop = scope.catalog.findEdge(bound.typeName)?.properties.get(property);
        if (!prop)
            throw prop_types_fail(`T6: edge \`${bound.typeName}\` has no property \`${property}\``, at);
    }
    if (prop.type.scalar === 'Blob') {
        throw prop_types_fail(`T24: Blob property \`$${variable}.${property}\` is not available as a .gq read value; Blob values require a dedicated API`, at);
    }
    return prop.type;
}
function nearest(scope, target, query) {
    const bound = scope.bindings.get(target.variable);
    if (!bound)
        throw prop_types_fail(`T15: variable \`$${target.variable}\` is not bound`, target);
    if (bound.kind === 'edge') {
        throw prop_types_fail(`T23: nearest cannot target edge binding \`$${target.variable}\`; vector search runs on node properties`, target);
    }
    const prop = scope.catalog.nodes.get(bound.typeName)?.properties.get(target.property);
    if (!prop)
        throw prop_types_fail(`T15: type \`${bound.typeName}\` has no property \`${target.property}\``, target);
    const type = prop.type;
    if (!isVector(type.scalar)) {
        throw prop_types_fail(`T15: nearest requires a Vector property, got ${bound.typeName}.${target.property}: ${displayType(type)}`, target);
    }
    if (type.list)
        throw prop_types_fail('T15: nearest does not support list-wrapped vectors', target);
    const dim = type.scalar.Vector;
    const literalDim = query.kind === 'literal' ? vectorLiteralDim(query.value) : null;
    if (literalDim !== null) {
        if (literalDim !== dim) {
            throw prop_types_fail(`T15: nearest vector dimension mismatch: property is Vector(${dim}), query literal has ${literalDim} elements`, query);
        }
        return scalar(F64);
    }
    const q = resolveExpr(scope, query);
    if (q.kind !== 'scalar')
        throw prop_types_fail('T15: nearest query must be a scalar expression', query);
    if (!q.type.list && isVector(q.type.scalar)) {
        if (q.type.scalar.Vector !== dim) {
            throw prop_types_fail(`T15: nearest vector dimension mismatch: property is Vector(${dim}), query is Vector(${q.type.scalar.Vector})`, query);
        }
    }
    else if (!isScalar(q.type, 'String')) {
        throw prop_types_fail(`T15: nearest query must be Vector(${dim}) or String, got ${displayType(q.type)}`, query);
    }
    return scalar(F64);
}
function search(scope, expr) {
    const code = expr.fn === 'search' || expr.fn === 'fuzzy' ? 'T19' : 'T20';
    const [field, query, maxEdits] = expr.args;
    if (field?.kind === 'prop' && scope.bindings.get(field.variable)?.kind === 'edge') {
        throw prop_types_fail(`T23: ${expr.fn} cannot target edge property \`$${field.variable}.${field.property}\`; text/rank search runs on node properties — edge properties support comparison filters and projection`, field);
    }
    for (const [role, arg] of [['field', field], ['query', query]]) {
        if (!arg)
            continue;
        const t = resolveExpr(scope, arg);
        if (t.kind !== 'scalar')
            throw prop_types_fail(`${code}: ${expr.fn} ${role} must be a scalar String expression`, arg);
        if (!isScalar(t.type, 'String'))
            throw prop_types_fail(`${code}: ${expr.fn} ${role} must be String, got ${displayType(t.type)}`, arg);
    }
    if (maxEdits) {
        const t = resolveExpr(scope, maxEdits);
        if (t.kind !== 'scalar')
            throw prop_types_fail('T19: fuzzy max_edits must be an integer scalar expression', maxEdits);
        if (!isInteger(t.type))
            throw prop_types_fail(`T19: fuzzy max_edits must be an integer scalar, got ${displayType(t.type)}`, maxEdits);
    }
    return scalar(expr.fn === 'bm25' ? F64 : BOOL);
}
function rrf(scope, expr) {
    const [primary, secondary] = expr.ranks;
    const ranks = (e) => e.kind === 'nearest' || (e.kind === 'search' && e.fn === 'bm25');
    if (!ranks(primary))
        throw prop_types_fail('T21: rrf primary expression must be nearest(...) or bm25(...)', primary);
    if (!ranks(secondary))
        throw prop_types_fail('T21: rrf secondary expression must be nearest(...) or bm25(...)', secondary);
    for (const rank of [primary, secondary]) {
        const t = resolveExpr(scope, rank);
        if (t.kind !== 'scalar')
            throw prop_types_fail('T21: rrf rank expressions must be scalar numeric expressions', rank);
        if (!isScalar(t.type, 'F64'))
            throw prop_types_fail(`T21: rrf rank expressions must evaluate to F64, got ${displayType(t.type)}`, rank);
    }
    const k = expr.k;
    if (k) {
        const t = resolveExpr(scope, k);
        if (t.kind !== 'scalar')
            throw prop_types_fail('T21: rrf k must be an integer scalar expression', k);
        if (!isInteger(t.type))
            throw prop_types_fail(`T21: rrf k must be an integer scalar, got ${displayType(t.type)}`, k);
        if (k.kind === 'literal' && k.value.kind === 'integer' && BigInt(k.value.value) <= 0n)
            throw prop_types_fail('T21: rrf k must be greater than 0', k);
    }
    return scalar(F64);
}
function variable(scope, name, at) {
    const param = scope.params.get(name);
    if (param)
        return scalar(param);
    const bound = scope.bindings.get(name);
    if (!bound)
        throw prop_types_fail(`variable \`$${name}\` is not bound`, at);
    if (bound.kind === 'edge') {
        throw prop_types_fail(`T23: edge binding \`$${name}\` cannot be used bare; access one of its properties (\`$${name}.{prop}\`)`, at);
    }
    return { kind: 'node', typeName: bound.typeName };
}
function aggregate(scope, expr) {
    const arg = resolveExpr(scope, expr.arg);
    rejectBlobReadValue(arg, expr.arg);
    if (arg.kind === 'scalar') {
        const t = arg.type;
        if ((expr.fn === 'sum' || expr.fn === 'avg') && (t.list || !isNumeric(t.scalar))) {
            throw prop_types_fail(`T8: ${expr.fn} requires numeric type, got ${displayType(t)}`, expr);
        }
        if ((expr.fn === 'min' || expr.fn === 'max') && (t.list || (!isNumeric(t.scalar) && t.scalar !== 'String'))) {
            throw prop_types_fail(`T8: ${expr.fn} requires numeric or string type, got ${displayType(t)}`, expr);
        }
    }
    return { kind: 'aggregate' };
}

;// CONCATENATED MODULE: ./src/lang/query/typecheck/scope.ts
function childScope(scope) {
    return { ...scope, bindings: new Map(scope.bindings), aliases: new Map(scope.aliases), aliasExprs: new Map(scope.aliasExprs) };
}

;// CONCATENATED MODULE: ./src/lang/query/typecheck/clauses.ts




/**
 * `match` clauses in order: bindings (T1–T3, rebinding), traversals (T4, T5, T15, T22, T23),
 * filters (T7, T24 via property access), negation blocks (T9, checked in a child scope so their
 * bindings stay local).
 */
function checkClauses(scope, clauses) {
    for (const clause of clauses) {
        switch (clause.kind) {
            case 'binding':
                checkBinding(scope, clause);
                break;
            case 'traversal':
                checkTraversal(scope, clause);
                break;
            case 'filter':
                checkFilter(scope, clause);
                break;
            case 'text_search':
                // A bare search call is the filter `call = true`; the call's own checks are all there is.
                resolveExpr(scope, clause.call);
                break;
            case 'negation':
                checkNegation(scope, clause);
                break;
        }
    }
}
function checkBinding(scope, b) {
    const node = scope.catalog.nodes.get(b.typeName);
    if (!node)
        throw prop_types_fail(`T1: unknown node type \`${b.typeName}\``, b);
    for (const m of b.matches) {
        const prop = node.properties.get(m.property);
        if (!prop)
            throw prop_types_fail(`T2: type \`${b.typeName}\` has no property \`${m.property}\``, m);
        if (prop.type.scalar === 'Blob')
            throw prop_types_fail(`T3: blob property \`${b.typeName}.${m.property}\` cannot be used in match patterns`, m);
        checkBindingValue(m.value, prop.type, m.property, scope.params);
    }
    const existing = scope.bindings.get(b.variable);
    if (existing?.kind === 'edge') {
        throw prop_types_fail(`T23: variable \`$${b.variable}\` is bound to edge type \`${existing.typeName}\` and cannot be rebound as node type \`${b.typeName}\``, b);
    }
    if (existing && existing.typeName !== b.typeName) {
        throw prop_types_fail(`variable \`$${b.variable}\` already bound to type \`${existing.typeName}\`, cannot rebind to \`${b.typeName}\``, b);
    }
    scope.bindings.set(b.variable, { kind: 'node', typeName: b.typeName });
}
function checkTraversal(scope, t) {
    const edge = scope.catalog.findEdge(t.edge);
    if (!edge)
        throw prop_types_fail(`T4: unknown edge type \`${t.edge}\``, t);
    const min = t.bounds?.min ?? 1;
    const max = t.bounds ? t.bounds.max : 1;
    const boundsAt = t.bounds ?? t;
    if (min === 0)
        throw prop_types_fail('T15: traversal min hop bound must be >= 1', boundsAt);
    if (max === null)
        throw prop_types_fail('T15: unbounded traversal is disabled; use bounded traversal {min,max}', boundsAt);
    if (max < min)
        throw prop_types_fail(`T15: invalid traversal bounds {${min},${max}}; max must be >= min`, boundsAt);
    if (t.undirected && edge.fromType !== edge.toType) {
        throw prop_types_fail(`T22: undirected traversal \`<${edge.name}>\` requires a same-endpoint-type edge, but \`${edge.name}: ${edge.fromType} -> ${edge.toType}\` is asymmetric; use the directional form`, t);
    }
    bindEdgeVariable(scope, t, edge, min, max);
    const src = scope.bindings.get(t.from);
    const dst = scope.bindings.get(t.to);
    if (src) {
        const type = endpointType(src, t.from, t);
        if (type === edge.fromType)
            bindEndpoint(scope, t.to, edge.toType, edge, t.toPos);
        else if (type === edge.toType)
            bindEndpoint(scope, t.to, edge.fromType, edge, t.toPos);
        else
            throw notAnEndpoint(t.from, type, edge, t);
    }
    else if (dst) {
        const type = endpointType(dst, t.to, t.toPos);
        if (type === edge.toType)
            bindEndpoint(scope, t.from, edge.fromType, edge, t);
        else if (type === edge.fromType)
            bindEndpoint(scope, t.from, edge.toType, edge, t);
        else
            throw notAnEndpoint(t.to, type, edge, t.toPos);
    }
    else {
        bindEndpoint(scope, t.from, edge.fromType, edge, t);
        bindEndpoint(scope, t.to, edge.toType, edge, t.toPos);
    }
}
/** T23: `$p $w:knows $f` names one edge row, so it needs {1,1} and a fresh, distinct name. */
function bindEdgeVariable(scope, t, edge, min, max) {
    const ev = t.edgeVariable;
    if (!ev)
        return;
    if (min !== 1 || max !== 1) {
        throw prop_types_fail(`T23: edge binding \`$${ev.name}\` cannot be combined with traversal bounds; a multi-hop traversal matches a path of edges, not one edge`, ev);
    }
    if (ev.name === '_')
        return;
    if (ev.name === t.from || ev.name === t.to) {
        throw prop_types_fail(`T23: edge binding \`$${ev.name}\` cannot reuse a traversal endpoint name; edge bindings and node endpoints need distinct names`, ev);
    }
    if (scope.bindings.has(ev.name))
        throw prop_types_fail(`T23: variable \`$${ev.name}\` is already bound; an edge binding needs a fresh name`, ev);
    scope.bindings.set(ev.name, { kind: 'edge', typeName: edge.name });
}
function endpointType(bound, name, at) {
    if (bound.kind === 'edge') {
        throw prop_types_fail(`T23: edge binding \`$${name}\` cannot be used as a traversal endpoint; traversal endpoints must be node bindings`, at);
    }
    return bound.typeName;
}
function bindEndpoint(scope, name, expected, edge, at) {
    if (name === '_')
        return;
    const existing = scope.bindings.get(name);
    if (!existing) {
        scope.bindings.set(name, { kind: 'node', typeName: expected });
        return;
    }
    const type = endpointType(existing, name, at);
    if (type !== expected)
        throw prop_types_fail(`T5: variable \`$${name}\` has type \`${type}\` but edge \`${edge.name}\` expects \`${expected}\``, at);
}
function notAnEndpoint(name, type, edge, at) {
    return prop_types_fail(`T5: variable \`$${name}\` has type \`${type}\`, which is not an endpoint of edge \`${edge.name}: ${edge.fromType} -> ${edge.toType}\``, at);
}
function checkFilter(scope, f) {
    const left = resolveExpr(scope, f.left);
    const right = resolveExpr(scope, f.right);
    if (left.kind !== 'scalar' || right.kind !== 'scalar') {
        throw prop_types_fail(`T7: filter comparisons require scalar operands, got ${displayResolved(left)} and ${displayResolved(right)}`, f);
    }
    const l = left.type;
    const r = right.type;
    if (l.scalar === 'Blob' || r.scalar === 'Blob')
        throw prop_types_fail('T7: blob comparisons in filters are not supported', f);
    if (f.op === 'contains') {
        if (isScalar(l, 'String')) {
            if (!isScalar(r, 'String'))
                throw prop_types_fail(`T7: string contains requires a String right operand, got ${displayType(r)}`, f.right);
            return;
        }
        if (!l.list) {
            throw prop_types_fail(`T7: contains requires a list property (membership) or a String property (substring) on the left, got ${displayType(l)}`, f.left);
        }
        if (r.list)
            throw prop_types_fail('T7: contains requires a scalar right operand', f.right);
        if (isVector(l.scalar) || isVector(r.scalar))
            throw prop_types_fail('T7: vector membership filters are not supported', f);
        if (!compatible(scalarType(l.scalar, l.nullable), r))
            throw prop_types_fail(`T7: cannot test membership of ${displayType(r)} in ${displayType(l)}`, f);
        return;
    }
    if (f.op === 'starts_with') {
        if (!isScalar(l, 'String'))
            throw prop_types_fail(`T7: starts_with requires a String property on the left, got ${displayType(l)}`, f.left);
        if (!isScalar(r, 'String'))
            throw prop_types_fail(`T7: starts_with requires a String right operand, got ${displayType(r)}`, f.right);
        return;
    }
    if (l.list || r.list)
        throw prop_types_fail('T7: list comparisons in filters are not supported; use `contains` for list membership', f);
    if (isVector(l.scalar) || isVector(r.scalar))
        throw prop_types_fail('T7: vector comparisons in filters are not supported', f);
    if (!compatible(l, r))
        throw prop_types_fail(`T7: cannot compare ${displayType(l)} with ${displayType(r)}`, f);
}
function checkNegation(scope, n) {
    const outer = new Set(scope.bindings.keys());
    checkClauses(childScope(scope), n.clauses);
    const touchesOuter = n.clauses.some((c) => {
        switch (c.kind) {
            case 'traversal':
                return outer.has(c.from) || outer.has(c.to);
            case 'filter':
                return references(c.left, outer) || references(c.right, outer);
            case 'binding':
                return outer.has(c.variable);
            case 'text_search':
                return references(c.call, outer);
            case 'negation':
                return false;
        }
    });
    if (!touchesOuter)
        throw prop_types_fail('T9: negation block must reference at least one outer-bound variable', n);
}
function references(expr, vars) {
    switch (expr.kind) {
        case 'prop':
            return vars.has(expr.variable);
        case 'var':
            return vars.has(expr.name);
        case 'nearest':
            return vars.has(expr.target.variable) || references(expr.query, vars);
        case 'search':
            return expr.args.some((a) => references(a, vars));
        case 'rrf':
            return expr.ranks.some((a) => references(a, vars)) || (expr.k !== null && references(expr.k, vars));
        case 'aggregate':
            return references(expr.arg, vars);
        case 'now':
        case 'literal':
        case 'ident':
            return false;
    }
}

;// CONCATENATED MODULE: ./src/lang/query/typecheck/read-query.ts



/**
 * A read query: clauses, then projections (registering aliases), then ordering keys, then the
 * whole-query rules — rrf and nearest ordering need `limit` (T21, T17), no alias ordering next
 * to nearest (T18), and group-by keys must be `$v` / `$v.p` when anything aggregates (T9).
 */
function checkReadBody(scope, body) {
    checkClauses(scope, body.clauses);
    for (const p of body.projections) {
        const resolved = resolveExpr(scope, p.expr);
        rejectBlobReadValue(resolved, p.expr);
        if (p.alias !== null) {
            scope.aliases.set(p.alias, resolved);
            scope.aliasExprs.set(p.alias, p.expr);
        }
    }
    const keys = body.ordering.map(orderingExpr);
    for (const key of keys)
        rejectBlobReadValue(resolveExpr(scope, key), key);
    const nearestOrdered = keys.some((k) => contains(k, 'nearest', scope.aliasExprs, new Set()));
    const rrfOrdered = keys.some((k) => contains(k, 'rrf', scope.aliasExprs, new Set()));
    const firstKey = keys[0];
    if (rrfOrdered && body.limit === null)
        throw prop_types_fail('T21: rrf ordering requires a limit clause', firstKey);
    if (nearestOrdered && body.limit === null)
        throw prop_types_fail('T17: nearest ordering requires a limit clause', firstKey);
    const aliasKey = keys.find((k) => k.kind === 'ident');
    if (nearestOrdered && aliasKey)
        throw prop_types_fail('T18: alias-based ordering is not supported together with nearest in phase 1', aliasKey);
    if (body.projections.some((p) => p.expr.kind === 'aggregate')) {
        const bad = body.projections.find((p) => p.expr.kind !== 'aggregate' && p.expr.kind !== 'prop' && p.expr.kind !== 'var');
        if (bad)
            throw prop_types_fail('T9: non-aggregate expressions in an aggregate query must be property accesses or variables', bad);
    }
}
function orderingExpr(o) {
    return o.kind === 'nearest' ? { kind: 'nearest', target: o.target, query: o.query, line: o.line, column: o.column } : o.expr;
}
/**
 * Whether an ordering key is (or reaches through aliases, aggregates and search arguments) a
 * standalone `nearest` or an `rrf`. A `nearest` inside `rrf` belongs to T21, not T17/T18.
 */
function contains(expr, kind, aliases, seen) {
    switch (expr.kind) {
        case 'nearest':
        case 'rrf':
            return expr.kind === kind;
        case 'aggregate':
            return contains(expr.arg, kind, aliases, seen);
        case 'search':
            return expr.args.some((a) => contains(a, kind, aliases, seen));
        case 'ident': {
            const target = aliases.get(expr.name);
            if (!target || seen.has(expr.name))
                return false;
            seen.add(expr.name);
            const found = contains(target, kind, aliases, seen);
            seen.delete(expr.name);
            return found;
        }
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./src/lang/query/typecheck/typecheck.ts



/**
 * `typecheck_query_decl` (docs/contract/engine-query.md#type-checks): a read query or each mutation statement in turn,
 * against the schema catalog; the first failing rule wins. Messages are the reference's
 * (`type error: T<n>: …`, a few untagged), positioned at the offending node.
 */
function typecheckQuery(decl, catalog) {
    try {
        const params = paramTypes(decl.params);
        if (decl.kind === 'mutation') {
            for (const m of decl.mutations)
                checkMutation(m, catalog.nodes, (n) => catalog.findEdge(n), params);
        }
        else {
            checkReadBody({ catalog, params, bindings: new Map(), aliases: new Map(), aliasExprs: new Map() }, decl.body);
        }
        return null;
    }
    catch (e) {
        if (!(e instanceof TypeFailure))
            throw e;
        const at = e.at ?? decl;
        return { stage: 'type', message: `type error: ${e.message}`, line: at.line, column: at.column };
    }
}

;// CONCATENATED MODULE: ./src/lang/query/index.ts


/** docs/contract/engine-query.md#lookup: the first declaration with exactly that name (duplicates are not an error). */
function findQuery(decls, name) {
    return decls.find((d) => d.name === name);
}

// EXTERNAL MODULE: ./src/engine/config/check-cache.ts
var check_cache = __webpack_require__(90482);
;// CONCATENATED MODULE: ./src/engine/config/query-checks.ts


const isSummary = (v) => (0,check_cache/* isObject */.Gv)(v) && typeof v.name === 'string' && Number.isInteger(v.line) && Number.isInteger(v.column);
const isParseVerdict = (v) => (0,check_cache/* isObject */.Gv)(v) && (v.ok === true ? Array.isArray(v.decls) && v.decls.every(isSummary) : v.ok === false && (0,check_cache/* isLangError */.Pp)(v.error));
/** Parses a `.gq` file (or recalls the verdict for the same bytes). */
function parseQueryChecked(checks, text, digest) {
    const key = ['gq-parse', digest];
    let trees = null;
    const parse = () => {
        if (trees)
            return trees;
        const parsed = parseQueryFile(text);
        // The cached verdict said this parses; bytes are the same, so it does.
        trees = parsed.ok ? parsed.value : [];
        return trees;
    };
    let verdict = checks.lookup(key, isParseVerdict);
    if (verdict === undefined) {
        const parsed = parseQueryFile(text);
        if (parsed.ok)
            trees = parsed.value;
        verdict = parsed.ok
            ? { ok: true, decls: parsed.value.map((d) => ({ name: d.name, line: d.line, column: d.column })) }
            : { ok: false, error: (0,check_cache/* langErrorJson */.hX)(parsed.error) };
        checks.store(key, verdict);
    }
    if (!verdict.ok)
        return { ok: false, error: verdict.error };
    return { ok: true, file: { digest, decls: verdict.decls, full: parse } };
}
/** Type-checks query `name` of `file` against the schema with digest `schemaDigest` (or recalls it). */
function typecheckChecked(checks, file, name, schemaDigest, catalog) {
    const key = ['gq-typecheck', file.digest, name, schemaDigest];
    const cached = checks.lookup(key, check_cache/* isCheckVerdict */.Mx);
    if (cached)
        return cached.error;
    const decl = findQuery(file.full(), name);
    const error = decl ? typecheckQuery(decl, catalog()) : null;
    checks.store(key, { error: error && (0,check_cache/* langErrorJson */.hX)(error) });
    return error;
}

;// CONCATENATED MODULE: ./src/engine/config/graph-queries.ts





/**
 * Resolves `graphs.<id>.queries` (docs/contract/config.md#paths-and-queries): the explicit map, or file/folder discovery for the string
 * and list forms, where every `query <name>` declaration in every file registers that name.
 */
// Long on purpose: the three `queries` forms (map, file, folder list) share one registration and duplicate check.
function resolveQueryDeclarations(graphId, queries, sources) {
    const base = `graphs.${graphId}.queries`;
    if (queries === null || queries === undefined)
        return { queries: [], diagnostics: [] };
    if (typeof queries !== 'string' && !Array.isArray(queries)) {
        const out = (0,json/* sortBytewise */.lP)(Object.keys(queries)).map((name) => ({ name, path: sources.display(queries[name].file), configPath: `${base}.${name}` }));
        return { queries: out, diagnostics: [] };
    }
    const diagnostics = [];
    const files = [];
    for (const declared of typeof queries === 'string' ? [queries] : queries) {
        const shown = sources.display(declared);
        const escape = sources.escape(shown, base);
        if (escape) {
            diagnostics.push(escape);
            continue;
        }
        if (!sources.isDirectory(shown)) {
            files.push(shown);
            continue;
        }
        const listing = sources.listDir(shown);
        if (!listing.ok) {
            diagnostics.push((0,engine_diagnostics/* error */.z3)('query_dir_unreadable', base, `could not list query directory '${shown}': ${listing.message}`));
            continue;
        }
        const found = listing.names.filter((n) => n.endsWith('.gq') && n.length > 3).map((n) => (0,paths/* joinDisplay */.x)(shown, n));
        (0,json/* sortBytewise */.lP)(found);
        if (found.length === 0)
            diagnostics.push((0,engine_diagnostics/* warning */.$e)('query_dir_empty', base, `query directory '${shown}' contains no .gq files`));
        files.push(...found);
    }
    const byName = new Map();
    const seen = new Set();
    for (const file of files) {
        if (seen.has(file))
            continue;
        seen.add(file);
        const read = sources.readText(file, base, 'query_file_missing', 'query file');
        if (!read.ok) {
            diagnostics.push(read.diagnostic);
            continue;
        }
        const parsed = parseQueryChecked(sources.checks, read.text, (0,hash/* sha256hex */.Lg)(read.bytes));
        if (!parsed.ok) {
            const e = parsed.error;
            const location = e.line ? { file, line: e.line, column: e.column ?? 1 } : undefined;
            diagnostics.push((0,engine_diagnostics/* error */.z3)('query_parse_error', base, `'${file}' does not parse: ${e.message}`, location));
            continue;
        }
        const preloaded = parsed.file;
        for (const decl of preloaded.decls) {
            const existing = byName.get(decl.name);
            if (existing) {
                if (existing.path !== file) {
                    diagnostics.push((0,engine_diagnostics/* error */.z3)('duplicate_query_name', `${base}.${decl.name}`, `query '${decl.name}' is declared in both '${existing.path}' and '${file}'`, {
                        file,
                        line: decl.line,
                        column: decl.column,
                    }));
                }
                continue;
            }
            byName.set(decl.name, { name: decl.name, path: file, configPath: `${base}.${decl.name}`, preloaded });
        }
    }
    const out = [...byName.values()].sort((a, b) => (0,json/* compareBytes */.Xo)(a.name, b.name));
    return { queries: out, diagnostics };
}

;// CONCATENATED MODULE: ./src/engine/config/identifiers.ts


/** docs/contract/config.md#identifiers: the error does not stop loading; the resource is still digested. */
function checkIdentifier(kind, value, path) {
    if (model_names/* IDENTIFIER */.cS.test(value))
        return null;
    return (0,engine_diagnostics/* error */.z3)('invalid_resource_id', path, `${kind} \`${value}\` must start with a letter or \`_\` and contain only ASCII letters, digits, \`_\`, or \`-\``);
}

;// CONCATENATED MODULE: ./src/lang/policy/issues.ts
/**
 * The first zod issue as a serde_yaml-style sentence: `<path>: unknown field \`x\`, expected one
 * of …`, `missing field \`x\``, `unknown variant \`x\`, expected one of …`, `invalid type: …`,
 * with ` at line L column C` when the YAML node is known.
 */
const FIELDS = {
    bundle: ['version', 'groups', 'protected_branches', 'rules'],
    rule: ['id', 'allow'],
    allow: ['actors', 'actions', 'branch_scope', 'target_branch_scope'],
    actors: ['group'],
};
function describeIssue(issue, yaml) {
    const path = issue.path.filter((p) => typeof p !== 'symbol');
    let text;
    let target = path;
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0] ?? '';
        text = `unknown field \`${key}\`, expected ${oneOf(FIELDS[structAt(path)] ?? [])}`;
        target = [...path, key];
    }
    else if (issue.code === 'invalid_type' && issue.input === undefined) {
        text = `missing field \`${String(path[path.length - 1] ?? '')}\``;
        target = path.slice(0, -1);
    }
    else if (issue.code === 'invalid_type') {
        text = `invalid type: ${describeInput(issue.input)}, expected ${expectedName(issue.expected)}`;
    }
    else if (issue.code === 'invalid_value') {
        text = `unknown variant ${describeVariant(issue.input)}, expected ${oneOf(issue.values.map(String))}`;
    }
    else if (issue.code === 'too_big' || issue.code === 'too_small') {
        text = `invalid value: ${describeInput(issue.input)}, expected u32`;
    }
    else {
        text = issue.message;
    }
    const at = yaml.locate(target, issue.code === 'unrecognized_keys' ? 'key' : 'value') ?? yaml.locate(path);
    // serde names the struct that lacks a field, and the value that is wrong otherwise.
    const owner = issue.code === 'invalid_type' && issue.input === undefined ? target : path;
    const prefix = owner.length === 0 ? '' : `${renderPath(owner)}: `;
    const where = at ? ` at line ${at.line} column ${at.column}` : '';
    return { message: `${prefix}${text}${where}`, ...(at ? { at } : {}) };
}
/** Which struct a path names: `[]` the bundle, `rules[i]`, `rules[i].allow`, `….actors`. */
function structAt(path) {
    const last = path[path.length - 1];
    if (path.length === 0)
        return 'bundle';
    if (last === 'allow')
        return 'allow';
    if (last === 'actors')
        return 'actors';
    return 'rule';
}
function oneOf(names) {
    if (names.length === 1)
        return `\`${names[0]}\``;
    return `one of ${names.map((n) => `\`${n}\``).join(', ')}`;
}
/** serde_yaml's path display: `rules[0].allow.actions[1]`. */
function renderPath(path) {
    let out = '';
    for (const segment of path)
        out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
    return out;
}
function expectedName(expected) {
    if (expected === 'number')
        return 'u32';
    if (expected === 'array')
        return 'a sequence';
    if (expected === 'object' || expected === 'record')
        return 'a map';
    if (expected === 'string')
        return 'a string';
    return expected;
}
function describeVariant(input) {
    return typeof input === 'string' ? `\`${input}\`` : describeInput(input);
}
function describeInput(input) {
    if (input === null)
        return 'unit value';
    if (Array.isArray(input))
        return 'sequence';
    if (typeof input === 'object')
        return 'map';
    if (typeof input === 'string')
        return `string ${JSON.stringify(input)}`;
    if (typeof input === 'number')
        return Number.isInteger(input) ? `integer \`${input}\`` : `floating point \`${input}\``;
    if (typeof input === 'boolean')
        return `boolean \`${input}\``;
    return String(input);
}

;// CONCATENATED MODULE: ./src/lang/policy/types.ts
/** Closed vocabularies of a policy bundle (docs/contract/policy.md). */
/** In the reference's declaration order, which serde's "expected one of" lists follow. */
const POLICY_ACTIONS = [
    'read',
    'export',
    'change',
    'schema_apply',
    'branch_create',
    'branch_delete',
    'branch_merge',
    'admin',
    'graph_list',
    'invoke_query',
];
const BRANCH_SCOPES = ['any', 'protected', 'unprotected'];
function usesBranchScope(action) {
    return action === 'read' || action === 'export' || action === 'change';
}
function usesTargetBranchScope(action) {
    return action === 'schema_apply' || action === 'branch_create' || action === 'branch_delete' || action === 'branch_merge';
}
function isServerScoped(action) {
    return action === 'graph_list';
}

;// CONCATENATED MODULE: ./src/lang/policy/rules.ts

function checkBundle(bundle) {
    if (bundle.version !== 1)
        return { message: 'policy version must be 1', path: ['version'] };
    const groups = bundle.groups ?? {};
    // Groups are a BTreeMap in the reference: checked in byte order of their names.
    const names = Object.keys(groups).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const group of names) {
        const members = groups[group] ?? [];
        const path = ['groups', group];
        if (group.trim() === '')
            return { message: 'policy group names must not be blank', path };
        if (members.length === 0)
            return { message: `policy group '${group}' must not be empty`, path };
        const blank = members.findIndex((m) => m.trim() === '');
        if (blank >= 0)
            return { message: `policy group '${group}' contains a blank actor id`, path: [...path, blank] };
    }
    const branch = (bundle.protected_branches ?? []).findIndex((b) => b.trim() === '');
    if (branch >= 0)
        return { message: 'protected branch names must not be blank', path: ['protected_branches', branch] };
    const seen = new Set();
    for (const [index, rule] of (bundle.rules ?? []).entries()) {
        const failure = checkRule(rule, index, groups, seen);
        if (failure)
            return failure;
    }
    return null;
}
function checkRule(rule, index, groups, seen) {
    const at = (...rest) => ['rules', index, ...rest];
    const id = rule.id;
    const { allow } = rule;
    if (id.trim() === '')
        return { message: 'policy rule ids must not be blank', path: at('id') };
    if (seen.has(id))
        return { message: `duplicate policy rule id '${id}'`, path: at('id') };
    seen.add(id);
    const group = allow.actors.group;
    if (group.trim() === '')
        return { message: `policy rule '${id}' must reference a non-blank group`, path: at('allow', 'actors', 'group') };
    if (!Object.hasOwn(groups, group))
        return { message: `policy rule '${id}' references unknown group '${group}'`, path: at('allow', 'actors', 'group') };
    if (allow.actions.length === 0)
        return { message: `policy rule '${id}' must include at least one action`, path: at('allow', 'actions') };
    const hasBranch = allow.branch_scope != null;
    const hasTarget = allow.target_branch_scope != null;
    if (hasBranch && hasTarget)
        return { message: `policy rule '${id}' may specify branch_scope or target_branch_scope, not both`, path: at('allow') };
    const scoped = (flag, key, ok) => {
        const bad = flag ? allow.actions.find((a) => !ok(a)) : undefined;
        return bad === undefined ? null : { message: `policy rule '${id}' uses ${key} with unsupported action '${bad}'`, path: at('allow', key) };
    };
    const scopeFailure = scoped(hasBranch, 'branch_scope', usesBranchScope) ?? scoped(hasTarget, 'target_branch_scope', usesTargetBranchScope);
    if (scopeFailure)
        return scopeFailure;
    if (allow.actions.some(isServerScoped) && allow.actions.some((a) => !isServerScoped(a))) {
        return {
            message: `policy rule '${id}' mixes the server-scoped action \`graph_list\` with per-graph actions; split into separate rules`,
            path: at('allow', 'actions'),
        };
    }
    return null;
}
/** The loading-kind check: a Graph file holds only per-graph actions, a Server file only `graph_list`. */
function checkLoadingKind(bundle, kind) {
    for (const [index, rule] of (bundle.rules ?? []).entries()) {
        const actionIndex = rule.allow.actions.findIndex((a) => isServerScoped(a) !== (kind === 'server'));
        const action = rule.allow.actions[actionIndex];
        if (action === undefined)
            continue;
        const path = ['rules', index, 'allow', 'actions', actionIndex];
        if (kind === 'graph') {
            return { message: `policy rule '${rule.id}' uses server-scoped action '${action}' in a Graph policy file; move it to a server policy file`, path };
        }
        return { message: `policy rule '${rule.id}' uses per-graph action '${action}' in a Server policy file; move it to a per-graph policy file`, path };
    }
    return null;
}
/**
 * What Cedar refuses when the reference compiles a loaded bundle (omnigraph-policy
 * `compile_policies`): each rule/action pair becomes policy id `<rule id>:<action>`, so a rule
 * that lists an action twice defines the same id twice.
 */
function checkCompiles(bundle) {
    const ids = new Set();
    for (const [index, rule] of (bundle.rules ?? []).entries()) {
        for (const [actionIndex, action] of rule.allow.actions.entries()) {
            const id = `${rule.id}:${action}`;
            if (ids.has(id))
                return { message: `duplicate template or policy id \`${id}\``, path: ['rules', index, 'allow', 'actions', actionIndex] };
            ids.add(id);
        }
    }
    return null;
}

// EXTERNAL MODULE: ./src/base/yaml-float.ts
var yaml_float = __webpack_require__(7821);
;// CONCATENATED MODULE: ./src/lang/policy/schema.ts


/**
 * The bundle's closed shape ([HEAD]: every struct rejects unknown keys, so `branch_scpoe` fails).
 * `groups`, `protected_branches` and `rules` default to empty; `version` is required.
 */
const allowRule = schemas/* strictObject */.rej({
    actors: schemas/* strictObject */.rej({ group: schemas/* string */.YjP() }),
    actions: schemas/* array */.YOg(schemas/* enum */.k5n(POLICY_ACTIONS)),
    branch_scope: schemas/* enum */.k5n(BRANCH_SCOPES).nullish(),
    target_branch_scope: schemas/* enum */.k5n(BRANCH_SCOPES).nullish(),
});
const rule = schemas/* strictObject */.rej({ id: schemas/* string */.YjP(), allow: allowRule });
const policyBundleSchema = schemas/* strictObject */.rej({
    version: schemas/* number */.aig().int().min(0).max(0xffff_ffff),
    groups: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())).optional(),
    protected_branches: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    rules: schemas/* array */.YOg(rule).optional(),
});

// EXTERNAL MODULE: ./src/base/strict-yaml.ts + 1 modules
var strict_yaml = __webpack_require__(21895);
;// CONCATENATED MODULE: ./src/lang/policy/index.ts





function validatePolicyBundle(text, kind) {
    const parsed = (0,strict_yaml/* parseStrictYaml */.A)(text);
    if (!parsed.ok)
        return policyError(parsed.message, parsed.at);
    const { yaml } = parsed;
    if (yaml.value === null || yaml.value === undefined)
        return policyError('invalid type: unit value, expected struct PolicyConfig');
    const version = yaml.mayHoldFloats ? yaml.locate(['version']) : undefined;
    const float = version && (0,yaml_float/* floatWrittenAt */.P)(text, version.line, version.column);
    if (version && float)
        return policyError(`version: invalid type: floating point \`${float}\`, expected u32 at line ${version.line} column ${version.column}`, version);
    const shaped = policyBundleSchema.safeParse(yaml.value, { reportInput: true });
    if (!shaped.success) {
        const first = shaped.error.issues[0];
        if (!first)
            return policyError('invalid policy bundle');
        const { message, at } = describeIssue(first, yaml);
        return policyError(message, at);
    }
    // An unbound or mixed bundle is only parsed and validated by the reference, never compiled.
    const failure = checkBundle(shaped.data) ?? (kind === 'structural' ? null : (checkLoadingKind(shaped.data, kind) ?? checkCompiles(shaped.data)));
    return failure ? ruleError(failure, yaml) : null;
}
function ruleError(failure, yaml) {
    return policyError(failure.message, yaml.locate(failure.path));
}
function policyError(message, at) {
    return { stage: 'policy', message, ...(at ? { line: at.line, column: at.column } : {}) };
}

;// CONCATENATED MODULE: ./src/engine/config/policies.ts







/**
 * docs/contract/config.md#loading-order step 4: bindings, ownership of each binding, the file and its semantic validation.
 * Returns policy name → normalized bindings (dangling graph targets included, as HEAD records them).
 */
function loadPolicies(b, policies, declaredGraphs, sources) {
    const bindingsByPolicy = new Map();
    const owners = new Map();
    for (const name of (0,json/* sortBytewise */.lP)(Object.keys(policies))) {
        const policy = policies[name];
        b.report(checkIdentifier('policy name', name, `policies.${name}`));
        if (policy.applies_to.length === 0) {
            b.report((0,engine_diagnostics/* error */.z3)('policy_missing_applies_to', `policies.${name}.applies_to`, 'policy.applies_to must name `cluster` or at least one graph'));
        }
        const bindings = new Set();
        policy.applies_to.forEach((target, i) => {
            const path = `policies.${name}.applies_to[${i}]`;
            if (target === 'cluster') {
                bindings.add('cluster');
                return;
            }
            const graph = target.startsWith('graph.') ? target.slice('graph.'.length) : target.includes('.') ? null : target;
            if (graph === null) {
                b.report((0,engine_diagnostics/* error */.z3)('wrong_kind_reference', path, `policy applies_to expects graph refs or \`cluster\`, got \`${target}\``));
                return;
            }
            bindings.add(`graph.${graph}`);
            if (!declaredGraphs.has(graph)) {
                b.report((0,engine_diagnostics/* error */.z3)('dangling_graph_reference', path, `policy references graph \`${graph}\`, but no graph with that id is declared`));
            }
            else {
                b.depend(`policy.${name}`, `graph.${graph}`);
            }
        });
        const normalized = (0,json/* sortBytewise */.lP)([...bindings]);
        bindingsByPolicy.set(name, normalized);
        const hasCluster = bindings.has('cluster');
        if (hasCluster && bindings.size > 1) {
            b.report((0,engine_diagnostics/* error */.z3)('policy_mixed_binding_kinds', `policies.${name}.applies_to`, 'one policy bundle cannot bind both `cluster` and graph scopes; split server and graph rules into separate bundles'));
        }
        for (const binding of normalized) {
            const first = owners.get(binding);
            if (first === undefined) {
                owners.set(binding, name);
            }
            else {
                b.report((0,engine_diagnostics/* error */.z3)('duplicate_policy_binding', `policies.${name}.applies_to`, `policy bundles \`${first}\` and \`${name}\` both bind \`${binding}\`; merge them or leave exactly one bundle for that scope`));
            }
        }
        loadPolicyFile(b, name, policy.file, policyKind(normalized), sources);
    }
    return bindingsByPolicy;
}
function policyKind(bindings) {
    if (bindings.length === 1 && bindings[0] === 'cluster')
        return 'server';
    if (bindings.length > 0 && bindings.every((x) => x.startsWith('graph.')))
        return 'graph';
    return 'structural';
}
function loadPolicyFile(b, name, file, kind, sources) {
    const path = sources.display(file);
    const configPath = `policies.${name}.file`;
    const read = sources.readText(path, configPath, 'policy_file_missing', 'policy file');
    if (!read.ok) {
        b.report(read.diagnostic);
        return;
    }
    const text = read.text;
    const digest = (0,hash/* sha256hex */.Lg)(read.bytes);
    b.add({ address: `policy.${name}`, kind: 'policy', digest, path });
    const key = ['policy', digest, kind];
    let invalid = sources.checks.lookup(key, check_cache/* isCheckVerdict */.Mx)?.error;
    if (invalid === undefined) {
        invalid = validatePolicyBundle(text, kind);
        sources.checks.store(key, { error: invalid && (0,check_cache/* langErrorJson */.hX)(invalid) });
    }
    if (invalid)
        b.report(langDiagnostic('policy_invalid', configPath, invalid, path, `policy file '${path}' is invalid: `));
}

;// CONCATENATED MODULE: ./src/engine/config/providers.ts

/**
 * `providers.embedding.<name>` profile checks (docs/contract/config.md#loading-order step 1), as the reference has them
 * (ModernRelay/omnigraph crates/omnigraph-cluster/src/types.rs `EmbeddingProviderConfig::validate`,
 * `secret_ref_name`; crates/omnigraph/src/embedding.rs `from_parts`, `provider_profile`).
 * No `kind` means openai-compatible; secrets must be `${NAME}` env references.
 */
const PROFILE_KINDS = ['openai-compatible', 'openai', 'gemini'];
function checkEmbeddingProvider(name, raw) {
    const path = `providers.embedding.${name}`;
    const kind = raw?.kind ?? raw?.provider ?? undefined;
    const profile = { kind, base_url: raw?.base_url, model: raw?.model, api_key: raw?.api_key };
    const diagnostics = [];
    if (kind !== undefined && kind !== 'mock' && !PROFILE_KINDS.includes(kind)) {
        diagnostics.push((0,engine_diagnostics/* error */.z3)('invalid_embedding_provider', path, `unknown embedding provider '${kind}' (expected openai-compatible|openai|gemini|mock)`));
    }
    const inline = (0,engine_diagnostics/* error */.z3)('embedding_api_key_inline', `${path}.api_key`, 'embedding api_key must be a ${NAME} env reference, not an inline secret');
    if (kind === 'mock') {
        if (profile.api_key !== undefined && secretRefName(profile.api_key) === null)
            diagnostics.push(inline);
    }
    else if (profile.api_key === undefined) {
        diagnostics.push((0,engine_diagnostics/* error */.z3)('embedding_api_key_required', `${path}.api_key`, 'non-mock embedding providers must set api_key to a ${NAME} env reference'));
    }
    else if (secretRefName(profile.api_key) === null) {
        diagnostics.push(inline);
    }
    return { profile, diagnostics };
}
/**
 * The env variable an api_key names, or null for an inline value. Deliberately as loose as the
 * reference: surrounding whitespace is ignored and any non-blank name counts (`${ KEY }`, `${MY-KEY}`),
 * since the server resolves exactly what lies between the braces.
 */
function secretRefName(value) {
    const trimmed = value.trim();
    if (!trimmed.startsWith('${') || !trimmed.endsWith('}') || trimmed.length < 3)
        return null;
    const name = trimmed.slice(2, -1);
    return name.trim() === '' ? null : name;
}

;// CONCATENATED MODULE: ./src/engine/config/load-desired.ts















/** docs/contract/config.md#loading-order: every provider, graph and policy in sorted order, with digests. */
function loadDesired(config, sources, options) {
    const b = new DesiredBuilder();
    const profiles = new Map();
    // Sorted names, not [name, value] pairs: a destructuring per comparison is slow before the JIT warms.
    const providerMap = config.providers?.embedding ?? {};
    for (const name of (0,json/* sortBytewise */.lP)(Object.keys(providerMap))) {
        const raw = providerMap[name];
        const path = `providers.embedding.${name}`;
        b.report(checkIdentifier('embedding provider name', name, path));
        const { profile, diagnostics } = checkEmbeddingProvider(name, raw);
        b.diagnostics.push(...diagnostics);
        profiles.set(name, profile);
        b.add({ address: `provider.embedding.${name}`, kind: 'embedding_provider', digest: embeddingProviderDigest(profile) });
    }
    const graphs = new Map();
    const graphMap = config.graphs ?? {};
    for (const id of (0,json/* sortBytewise */.lP)(Object.keys(graphMap)))
        graphs.set(id, loadGraph(b, id, graphMap[id], sources, profiles));
    for (const graph of graphs.values()) {
        const provider = graph.embeddingProvider ? b.resources.get(graph.embeddingProvider) : undefined;
        b.add({
            address: `graph.${graph.id}`,
            kind: 'graph',
            digest: graphCompositeDigest({
                graphId: graph.id,
                schemaDigest: graph.schemaDigest ?? '',
                queries: graph.queries,
                embeddingProvider: graph.embeddingProvider ? { address: graph.embeddingProvider, digest: provider?.digest ?? '' } : null,
                externalBlobPolicy: graph.externalBlobPolicy,
            }),
        });
    }
    const policyBindings = loadPolicies(b, config.policies ?? {}, new Set(graphs.keys()), sources);
    const resources = new Map((0,json/* sortBytewise */.lP)([...b.resources.keys()]).map((address) => [address, b.resources.get(address)]));
    const dependencies = b.sortedDependencies();
    const digests = digestMap(resources);
    const digest = configDigest(configDigestJson(config), digests);
    if (options.validateOnly && !(0,engine_diagnostics/* hasErrors */.Cs)(b.diagnostics)) {
        for (const graph of graphs.values()) {
            if (graph.externalBlobPolicy.mode === 'deny') {
                b.report((0,engine_diagnostics/* warning */.$e)('external_blob_ingress_default_deny', `graphs.${graph.id}.external_blobs`, 'effective policy is deny: new external Blob URI references will be rejected; existing stored references remain readable'));
            }
        }
    }
    const desired = {
        resources,
        dependencies,
        graphs,
        policyBindings,
        providerProfiles: profiles,
        configDigest: digest,
        diagnostics: b.diagnostics,
    };
    rememberResourceDigests(desired, digests);
    return desired;
}
function loadGraph(b, id, raw, sources, profiles) {
    b.report(checkIdentifier('graph id', id, `graphs.${id}`));
    // Built once and shared by every query's edges (two per query, 200,000 strings at 100k).
    const owners = { graph: `graph.${id}`, schema: `schema.${id}` };
    b.depend(owners.schema, owners.graph);
    const blobs = normalizeExternalBlobs(id, raw.external_blobs?.allow, sources);
    b.diagnostics.push(...blobs.diagnostics);
    const embeddingProvider = resolveProviderRef(b, id, raw.embedding_provider ?? null, profiles);
    const schemaPath = sources.display(raw.schema);
    let schemaSource = null;
    let schemaDigest = null;
    let schema = null;
    const read = sources.readText(schemaPath, `graphs.${id}.schema`, 'schema_file_missing', 'schema file');
    if (!read.ok) {
        b.report(read.diagnostic);
    }
    else {
        schemaSource = read.text;
        schemaDigest = (0,hash/* sha256hex */.Lg)(read.bytes);
        b.add({ address: owners.schema, kind: 'schema', digest: schemaDigest, path: schemaPath });
        const checked = checkSchema(sources, read.text, schemaDigest);
        if (checked.ok) {
            schema = checked;
        }
        else {
            const code = checked.error.stage === 'catalog' ? 'schema_catalog_error' : 'schema_parse_error';
            b.report(langDiagnostic(code, `graphs.${id}.schema`, checked.error, schemaPath));
        }
    }
    const resolved = resolveQueryDeclarations(id, raw.queries, sources);
    b.diagnostics.push(...resolved.diagnostics);
    const queries = new Map();
    for (const query of resolved.queries) {
        const digest = loadQuery(b, id, owners, query, schema, sources);
        if (digest !== null)
            queries.set(query.name, digest);
    }
    return {
        id,
        schemaPath: schemaSource === null ? null : schemaPath,
        schemaSource,
        schemaDigest,
        // The catalog is not kept: once this graph's queries are checked nothing reads it, and at
        // 100k resources holding every graph's catalog until the command ends was a large live heap.
        queries,
        embeddingProvider,
        externalBlobPolicy: blobs.policy,
    };
}
function resolveProviderRef(b, graphId, ref, profiles) {
    if (ref === null)
        return null;
    const path = `graphs.${graphId}.embedding_provider`;
    const name = ref.startsWith('provider.embedding.') ? ref.slice('provider.embedding.'.length) : ref.includes('.') ? null : ref;
    if (name === null) {
        b.report((0,engine_diagnostics/* error */.z3)('wrong_kind_reference', path, `embedding_provider expects a providers.embedding ref or bare provider name, got \`${ref}\``));
        return null;
    }
    if (!profiles.has(name)) {
        b.report((0,engine_diagnostics/* error */.z3)('dangling_embedding_provider_reference', path, `graph references embedding provider \`${name}\`, but no providers.embedding.${name} profile is declared`));
        return null;
    }
    b.depend(`graph.${graphId}`, `provider.embedding.${name}`);
    return `provider.embedding.${name}`;
}
const isSchemaVerdict = (v) => (0,check_cache/* isObject */.Gv)(v) && (v.ok === true || (v.ok === false && (0,check_cache/* isLangError */.Pp)(v.error)));
function checkSchema(sources, text, digest) {
    const key = ['pg-compile', digest];
    let catalog = null;
    const compileNow = () => {
        const compiled = (0,schema/* compileSchema */.Fc)(text);
        if (compiled.ok)
            catalog = compiled.value.catalog;
        return compiled;
    };
    let verdict = sources.checks.lookup(key, isSchemaVerdict);
    if (verdict === undefined) {
        const compiled = compileNow();
        verdict = compiled.ok ? { ok: true } : { ok: false, error: (0,check_cache/* langErrorJson */.hX)(compiled.error) };
        sources.checks.store(key, verdict);
    }
    if (!verdict.ok)
        return verdict;
    return {
        ok: true,
        digest,
        catalog: () => {
            if (catalog)
                return catalog;
            const compiled = compileNow();
            if (!compiled.ok)
                throw new Error('a schema recorded as compiling did not compile');
            return compiled.value.catalog;
        },
    };
}
/** Registers one query and validates its source; returns its digest when it could be read. */
function loadQuery(b, graphId, owners, query, schema, sources) {
    const address = `query.${graphId}.${query.name}`;
    b.report(checkIdentifier('query name', query.name, query.configPath));
    b.depend(address, owners.graph);
    b.depend(address, owners.schema);
    let file;
    if (query.preloaded) {
        file = query.preloaded;
    }
    else {
        const read = sources.readText(query.path, `${query.configPath}.file`, 'query_file_missing', 'query file');
        if (!read.ok) {
            b.report(read.diagnostic);
            return null;
        }
        const digest = (0,hash/* sha256hex */.Lg)(read.bytes);
        const parsed = parseQueryChecked(sources.checks, read.text, digest);
        b.add({ address, kind: 'query', digest, path: query.path });
        if (!parsed.ok) {
            b.report(langDiagnostic('query_parse_error', query.configPath, parsed.error, query.path));
            return digest;
        }
        file = parsed.file;
    }
    const digest = file.digest;
    b.add({ address, kind: 'query', digest, path: query.path });
    if (!file.decls.some((d) => d.name === query.name)) {
        b.report((0,engine_diagnostics/* error */.z3)('query_key_mismatch', query.configPath, `no \`query ${query.name}\` declaration found in the referenced .gq file`));
        return digest;
    }
    if (!schema) {
        b.report((0,engine_diagnostics/* warning */.$e)('query_typecheck_skipped', query.configPath, 'query parsed, but type-check was skipped because the graph schema is invalid'));
        return digest;
    }
    const typeError = typecheckChecked(sources.checks, file, query.name, schema.digest, schema.catalog);
    if (typeError)
        b.report(langDiagnostic('query_typecheck_error', query.configPath, typeError, query.path));
    return digest;
}

// EXTERNAL MODULE: ./src/engine/config/source-access.ts
var source_access = __webpack_require__(80491);
;// CONCATENATED MODULE: ./src/engine/commands/observations.ts
/**
 * Accumulates the `state_observations` fragment (docs/contract/commands.md) while a command runs and
 * emits it in the reference's field order.
 */
class ObservationsBuilder {
    statePath;
    lockPath;
    stateFound = false;
    appliedConfigDigest;
    stateRevision = 0;
    stateCas;
    resourceCount = 0;
    locked = false;
    lockAcquired = false;
    acquiredLockId;
    lock = {};
    constructor(statePath, lockPath) {
        this.statePath = statePath;
        this.lockPath = lockPath;
    }
    recordState(ledger, cas) {
        this.stateFound = cas !== null || ledger !== null;
        this.stateCas = cas ?? undefined;
        if (ledger) {
            this.appliedConfigDigest = ledger.applied_revision.config_digest ?? undefined;
            this.stateRevision = ledger.state_revision;
            this.resourceCount = Object.keys(ledger.applied_revision.resources).length;
        }
    }
    recordForeignLock(metadata) {
        this.locked = true;
        this.lock = metadata;
    }
    toJson() {
        return {
            state_path: this.statePath,
            lock_path: this.lockPath,
            state_found: this.stateFound,
            applied_config_digest: this.appliedConfigDigest,
            state_revision: this.stateRevision,
            state_cas: this.stateCas,
            resource_count: this.resourceCount,
            locked: this.locked,
            lock_id: this.lock.lock_id,
            lock_acquired: this.lockAcquired,
            acquired_lock_id: this.acquiredLockId,
            lock_operation: this.lock.lock_operation,
            lock_created_at: this.lock.lock_created_at,
            lock_pid: this.lock.lock_pid,
            lock_age_seconds: this.lock.lock_age_seconds,
        };
    }
}

;// CONCATENATED MODULE: ./src/engine/commands/session.ts







function openSession(deps, configDir, options) {
    const loaded = (0,load_config/* loadConfig */.Z)(deps.sources, configDir, { root: options.root });
    const diagnostics = [...loaded.diagnostics];
    const desired = loaded.config && options.loadResources
        ? loadDesired(loaded.config, new source_access/* ConfigSources */.DQ(deps.sources, configDir, loaded.root, new check_cache/* CheckCache */.pd(deps.validationCache)), { validateOnly: false })
        : null;
    if (desired)
        diagnostics.push(...desired.diagnostics);
    let storage = null;
    if (loaded.storageRoot) {
        try {
            storage = deps.openStorage(loaded.storageRoot);
        }
        catch (e) {
            diagnostics.push((0,engine_diagnostics/* error */.z3)('storage_root_invalid', 'storage', `could not initialize storage for '${loaded.config?.storage ?? configDir}': ${(0,error_text/* errorText */.k)(e)}`));
        }
    }
    const displayRoot = loaded.storageRoot ?? { kind: 'local', path: deps.sources.absolute(configDir) };
    return { loaded, desired, storage, displayRoot, diagnostics };
}
/** `<root>/__cluster/<file>` as displayed, even when no storage could be opened. */
function displayClusterPath(session, file) {
    if (session.storage)
        return session.storage.displayPath(`__cluster/${file}`);
    const root = session.displayRoot;
    return root.kind === 'local' ? `${root.path.replace(/\/$/, '')}/__cluster/${file}` : `${root.uri}/__cluster/${file}`;
}
/** The `state_observations` accumulator for this session's state and lock paths. */
function observationsFor(session) {
    return new ObservationsBuilder(displayClusterPath(session, 'state.json'), displayClusterPath(session, 'lock.json'));
}

;// CONCATENATED MODULE: ./src/engine/commands/apply.ts


















/**
 * `apply` (docs/contract/commands.md#apply): recompute under the lock, sweep, then creates → schema applies
 * → payloads → approved deletes → one CAS write of the new ledger. Each graph-moving step is
 * fenced by a recovery sidecar, retired only after the write lands.
 */
async function apply(deps, options) {
    const session = openSession(deps, options.configDir, { loadResources: true, root: options.root });
    const diagnostics = session.diagnostics;
    const obs = observationsFor(session);
    const { desired, storage } = session;
    const progress = { changes: [], statuses: {} };
    const result = (extra = {}) => ({
        ok: !(0,engine_diagnostics/* hasErrors */.Cs)(diagnostics),
        config_dir: options.configDir,
        actor: options.actor ?? undefined,
        desired_revision: desired ? { config_digest: desired.configDigest } : {},
        state_observations: obs.toJson(),
        changes: progress.changes.map(changeJson),
        applied_count: 0,
        deferred_count: 0,
        converged: false,
        state_written: false,
        resource_statuses: (0,json/* sortedRecord */.vZ)(progress.statuses),
        diagnostics,
        ...extra,
    });
    if (!desired || !storage || (0,engine_diagnostics/* hasErrors */.Cs)(diagnostics))
        return result();
    return withLockedState({ deps, session, storage, operation: 'apply', obs, diagnostics, refused: result }, async (locked) => {
        if (locked.state)
            progress.statuses = locked.state.resource_statuses;
        const asRead = authoritativeLedger(locked, diagnostics);
        if (!asRead)
            return result();
        const ledger = cloneState(asRead);
        const engine = deps.graphEngine(storage);
        const prepared = await prepare(deps, { storage, engine, ledger, desired, diagnostics });
        progress.statuses = ledger.resource_statuses;
        progress.changes = prepared.changes;
        if (unapprovedExecutable(prepared, diagnostics))
            return result();
        // Same refusal as plan, before anything moves; an unavailable preview is left to the schema
        // apply itself, which reports it as `schema_apply_failed` with the engine's own error.
        const migrations = await checkMigrations(engine, storage, desired, progress.changes, desired.dependencies);
        const gated = options.gateDestructive ? destructiveChanges(migrations.changes, migrations.previews) : new Map();
        progress.changes = holdDestructive(migrations.changes, gated, prepared.approved, desired.dependencies);
        diagnostics.push(...migrations.diagnostics);
        const run = {
            deps,
            storage,
            engine,
            desired,
            ledger,
            expectedCas: locked.cas,
            actor: options.actor,
            diagnostics,
            failures: new Map(),
            completedSidecars: [],
            executedDeletes: new Map(),
        };
        if (!(await executePhases(run, prepared, progress)))
            return result();
        return result(await commit(run, locked, asRead, prepared.sweep, progress));
    });
}
/** The ledger apply may act on: present, and with every graph digest bound to its metadata. */
function authoritativeLedger(locked, diagnostics) {
    if (!locked.state) {
        diagnostics.push((0,engine_diagnostics/* error */.z3)('state_missing', '__cluster/state.json', 'apply requires an existing state.json; run `cluster import` to bootstrap state'));
        return null;
    }
    diagnostics.push(...unboundGraphErrors(locked.state));
    return (0,engine_diagnostics/* hasErrors */.Cs)(diagnostics) ? null : locked.state;
}
/** Sweep, then one diff of the swept ledger for approvals and classification (neither mutates it). */
async function prepare(deps, context) {
    const { storage, engine, ledger, desired, diagnostics } = context;
    const sweep = await sweepRecoveries(ledger, { storage, engine, clock: deps.clock, logger: deps.logger });
    diagnostics.push(...sweep.diagnostics);
    const pending = desiredChanges(ledger, desired);
    const approvals = await resolveApprovals(storage, ledger, pending, desired.configDigest);
    diagnostics.push(...approvals.diagnostics);
    const changes = classify(pending, { dependencies: desired.dependencies, pendingGraphs: sweep.pendingGraphs, approved: approvals.approved });
    return { sweep, changes, approved: approvals.approved, artifacts: approvals.artifacts };
}
/** The classifier let an unapproved delete through: apply must not touch any graph then. */
function unapprovedExecutable(prepared, diagnostics) {
    if (!approvalInvariantViolated(prepared.changes, approvalGates(prepared.changes, prepared.approved)))
        return false;
    diagnostics.push((0,engine_diagnostics/* error */.z3)('apply_approval_invariant_violation', 'changes', 'an executable change requires approval; refusing to apply'));
    return true;
}
/**
 * Creates → schema applies → payloads → approved deletes, demoting in `progress.changes` what a
 * failed graph blocks. False when the run must stop before the state write.
 */
async function executePhases(run, prepared, progress) {
    const dependencies = run.desired.dependencies;
    const applied = (prefix, operation) => progress.changes.filter((c) => isApplied(c, prefix, operation));
    try {
        for (const c of applied('graph.', 'create'))
            await createGraph(run, c.resource.slice('graph.'.length));
        for (const c of applied('schema.', 'update'))
            await applySchema(run, c.resource.slice('schema.'.length));
        if (run.failures.size > 0)
            progress.changes = demote(progress.changes, run.failures, dependencies);
        warnUnapplied(progress.changes, run.diagnostics);
        if ((await publishPayloads(run, progress.changes)) > 0)
            return false;
        if (await failpointFired(run.deps.failpoints, run.diagnostics, 'after_payload_phase'))
            return false;
        for (const c of applied('graph.', 'delete'))
            await deleteGraph(run, c.resource.slice('graph.'.length), prepared.artifacts);
        if ([...run.failures.values()].includes('delete'))
            progress.changes = demote(progress.changes, run.failures, dependencies);
        return true;
    }
    catch (e) {
        if (e instanceof RunAborted)
            return false;
        throw e;
    }
}
function warnUnapplied(changes, diagnostics) {
    for (const c of changes) {
        if (c.disposition === 'deferred') {
            diagnostics.push((0,engine_diagnostics/* warning */.$e)('apply_unsupported_change', c.resource, 'graph/schema changes are not applied in this stage; they are deferred to the graph-lifecycle phase'));
        }
        else if (c.disposition === 'blocked') {
            diagnostics.push((0,engine_diagnostics/* warning */.$e)('apply_dependency_blocked', c.resource, `blocked by an unapplied or missing dependency (${c.reason ?? 'unknown'})`));
        }
    }
}
/** Builds the new ledger and writes it when it differs from what was read; then retires. */
async function commit(run, locked, asRead, sweep, progress) {
    const { desired, diagnostics } = run;
    const changes = progress.changes;
    const built = buildNewLedger(run.ledger, changes, desired, run.executedDeletes, { at: (0,clock/* rfc3339 */.a)(run.deps.clock.now()), actor: run.actor });
    const next = built.ledger;
    const converged = desiredChanges(next, desired).length === 0;
    if (converged)
        next.applied_revision.config_digest = desired.configDigest;
    const counts = {
        applied_count: changes.filter((c) => c.disposition === 'applied').length,
        deferred_count: changes.filter((c) => c.disposition === 'deferred' || c.disposition === 'blocked').length,
        converged,
    };
    let written = false;
    if (changedSinceRead(next, asRead, locked.cas)) {
        next.state_revision = asRead.state_revision + 1;
        if (await failpointFired(run.deps.failpoints, diagnostics, 'before_state_write'))
            return { ...counts, state_written: false };
        if (!(await locked.write(next)))
            return { ...counts, state_written: false };
        written = true;
    }
    await locked.retire({
        completedSidecars: [...sweep.completedSidecars, ...run.completedSidecars],
        consumedApprovals: new Map([...sweep.consumedApprovals, ...built.consumedApprovals]),
    });
    progress.statuses = next.resource_statuses;
    return { ...counts, state_written: written };
}
function isApplied(change, prefix, operation) {
    return change.disposition === 'applied' && change.operation === operation && change.resource.startsWith(prefix);
}
/**
 * docs/contract/state.md#revisions: compare as-read and new state in their canonical serialization, ignoring the revision bump.
 * Serializing a 100k-resource ledger costs over a second, so the common cases are settled without
 * text: a no-op by comparing the two ledgers part by part in the form they would be written
 * (`sameStateText`), a run that created or deleted something by the entries it changed
 * (`stateTextsDiffer`). Only when neither can tell are the texts built and compared.
 */
function changedSinceRead(next, asRead, readCas) {
    const atReadRevision = { ...next, state_revision: asRead.state_revision };
    if (sameStateText(atReadRevision, asRead))
        return false;
    // Certainly different texts also differ from the bytes read: those parse to `asRead`, which
    // holds the same addresses, digests and statuses as they do.
    if (stateTextsDiffer(atReadRevision, asRead))
        return true;
    // Both at the read revision, so this is the comparison "ignoring the revision bump".
    const text = stateText(atReadRevision);
    if (readCas !== null && (0,hash/* casToken */.pJ)(text) === readCas)
        return false;
    return text !== stateText(asRead);
}

;// CONCATENATED MODULE: ./src/engine/commands/approve.ts











/**
 * `approve <RESOURCE>` (docs/contract/commands.md#approve): writes an approval artifact bound to the current
 * config digest and the change's digests. Never sweeps and never modifies state (quirk C12).
 */
async function approve(deps, options) {
    const session = openSession(deps, options.configDir, { loadResources: true, root: options.root });
    const diagnostics = session.diagnostics;
    const failed = () => ({ ok: false, config_dir: options.configDir, diagnostics });
    const desired = session.desired;
    const storage = session.storage;
    if (!desired || !storage || (0,engine_diagnostics/* hasErrors */.Cs)(diagnostics))
        return failed();
    // The CLI argument and the `/omnigraph approve` comment both arrive here: one check covers both.
    const badResource = (0,model_names/* addressProblem */.cg)(options.resource);
    if (badResource !== null) {
        diagnostics.push((0,engine_diagnostics/* error */.z3)('unsafe_state_name', (0,model_names/* printable */.g$)(options.resource), `${badResource}; nothing was approved`));
        return failed();
    }
    if (options.actor === null) {
        // The CLI refuses before calling; the in-process API must still never write an anonymous approval.
        diagnostics.push((0,engine_diagnostics/* error */.z3)('approval_write_error', options.resource, 'approve requires an approver (--as or operator.actor)'));
        return failed();
    }
    const obs = observationsFor(session);
    const actor = options.actor;
    return withLockedState({ deps, session, storage, operation: 'approve', obs, diagnostics, refused: failed }, async (locked) => {
        if (!locked.state) {
            diagnostics.push((0,engine_diagnostics/* error */.z3)('state_missing', '__cluster/state.json', 'approve requires an existing state.json; run `cluster import` first'));
            return failed();
        }
        const prior = appliedDigests(locked.state);
        const changes = diffResources(prior, resourceDigests(desired));
        const gates = new Map(approvalGates(changes, new Set()).map((g) => [g.resource, g.reason]));
        if (options.gateDestructive) {
            for (const [resource, reason] of await destructiveOf(deps, storage, desired, changes))
                gates.set(resource, reason);
        }
        const change = changes.find((c) => c.resource === options.resource);
        const reason = gates.get(options.resource);
        if (!change || reason === undefined) {
            diagnostics.push((0,engine_diagnostics/* error */.z3)('approval_not_required', options.resource, 'no pending change for this resource requires approval (check `cluster plan`)'));
            return failed();
        }
        const artifact = newArtifact(deps, change, desired.configDigest, actor, reason);
        try {
            await writeApproval(storage, artifact);
        }
        catch (e) {
            diagnostics.push((0,engine_diagnostics/* error */.z3)('approval_write_error', storage.displayPath(approvalKey(artifact.approval_id)), `could not write approval artifact: ${(0,error_text/* errorText */.k)(e)}`));
            return failed();
        }
        return {
            ok: !(0,engine_diagnostics/* hasErrors */.Cs)(diagnostics),
            config_dir: options.configDir,
            approval_id: artifact.approval_id,
            resource: artifact.resource,
            operation: artifact.operation,
            approved_by: artifact.approved_by,
            diagnostics,
        };
    });
}
/** An unconsumed approval bound to the current config digest and the change's digests (docs/contract/approvals.md#artifact). */
function newArtifact(deps, change, configDigest, actor, reason) {
    return {
        schema_version: 1,
        approval_id: deps.ids.ulid(),
        resource: change.resource,
        // A graph delete's artifact is byte-identical to the reference's; a destructive-gate artifact says what it approves.
        operation: change.operation === 'delete' ? 'delete' : 'update',
        reason,
        bound_config_digest: configDigest,
        bound_before_digest: change.before_digest ?? null,
        bound_after_digest: change.after_digest ?? null,
        approved_by: actor,
        created_at: (0,clock/* rfc3339 */.a)(deps.clock.now()),
        consumed_at: null,
        consumed_by_operation: null,
    };
}
/**
 * The changes the optional destructive gate holds (docs/contract/approvals.md#destructive-gates):
 * classified as plan classifies them, with the engine's migration preview for schema updates.
 */
async function destructiveOf(deps, storage, desired, changes) {
    const classified = classify(changes, { dependencies: desired.dependencies, pendingGraphs: new Set(), approved: new Set() });
    const check = await checkMigrations(deps.graphEngine(storage), storage, desired, classified, desired.dependencies);
    return destructiveChanges(check.changes, check.previews);
}

;// CONCATENATED MODULE: ./src/engine/commands/force-unlock.ts



/** `force-unlock <LOCK_ID>` (docs/contract/lock.md#force-unlock: removes the lock only with its exact id. */
async function forceUnlock(deps, options) {
    const session = openSession(deps, options.configDir, { loadResources: false, root: options.root });
    const diagnostics = session.diagnostics;
    const obs = observationsFor(session);
    let removed = false;
    if (session.storage && !(0,engine_diagnostics/* hasErrors */.Cs)(diagnostics)) {
        const result = await forceUnlockLock(session.storage, options.lockId, obs, deps.clock);
        diagnostics.push(...result.diagnostics);
        removed = result.removed;
    }
    return { ok: !(0,engine_diagnostics/* hasErrors */.Cs)(diagnostics), config_dir: options.configDir, state_observations: obs.toJson(), lock_removed: removed, diagnostics };
}

;// CONCATENATED MODULE: ./src/engine/observe/moved-roots.ts


/**
 * Ours (issue 18): graph roots the ledger recorded somewhere else than this storage root puts
 * them. A config directory with local storage that was copied, moved or re-cloned carries a ledger
 * whose observations name the old absolute paths; plan then diffs that ledger as if the graphs
 * were here, and says "no changes" even when nothing exists at the new location. One warning per
 * graph, naming the recorded and the expected root and whether a graph exists there. Reads only
 * the ledger, plus one existence check per moved graph.
 */
async function movedGraphRoots(storage, ledger) {
    const diagnostics = [];
    for (const [address, observation] of Object.entries(ledger.observations)) {
        if (!address.startsWith('graph.'))
            continue;
        const recorded = recordedUri(observation);
        if (recorded === null)
            continue;
        const root = graphRoot(storage, address.slice('graph.'.length));
        if (recorded === root.uri)
            continue;
        const present = await storage.existsPrefix(root.key).catch(() => null);
        const here = present === null ? 'could not be checked' : present ? 'holds a graph' : 'holds no graph';
        diagnostics.push((0,engine_diagnostics/* warning */.$e)('graph_root_moved', address, `the ledger recorded graph root ${recorded}, but this storage root puts it at ${root.uri}, which ${here}; the state was written for another location (a copied or moved config directory)`));
    }
    return diagnostics;
}
function recordedUri(observation) {
    if (observation === null || typeof observation !== 'object')
        return null;
    const uri = observation.graph_uri;
    return typeof uri === 'string' && uri !== '' ? uri : null;
}

;// CONCATENATED MODULE: ./src/engine/commands/plan.ts











/**
 * `plan` (docs/contract/commands.md#plan): a preview. Takes the lock only for a consistent read, never
 * writes state, never sweeps; embeds the engine's migration preview for every schema update.
 */
async function plan(deps, options) {
    const session = openSession(deps, options.configDir, { loadResources: true, root: options.root });
    const diagnostics = session.diagnostics;
    const obs = observationsFor(session);
    const desired = session.desired;
    const output = (extra = {}) => ({
        ok: !(0,engine_diagnostics/* hasErrors */.Cs)(diagnostics),
        config_dir: options.configDir,
        desired_revision: desired ? { config_digest: desired.configDigest } : {},
        resource_digests: desired ? (0,json/* sortedRecord */.vZ)(resourceDigests(desired)) : {},
        dependencies: desired ? desired.dependencies.map((d) => ({ from: d.from, to: d.to })) : [],
        state_observations: obs.toJson(),
        changes: (extra.changes ?? []).map(changeJson),
        blast_radius: extra.blast_radius ?? [],
        approvals_required: extra.approvals_required ?? [],
        diagnostics,
    });
    const storage = session.storage;
    if (!desired || !storage || (0,engine_diagnostics/* hasErrors */.Cs)(diagnostics))
        return output();
    const lock = await takeLock(deps, storage, session, 'plan', obs);
    diagnostics.push(...lock.diagnostics);
    try {
        if (!lock.ok)
            return output();
        diagnostics.push(...(await pendingSidecarWarnings(storage)));
        const read = await readState(storage);
        obs.recordState(read.state, read.cas);
        diagnostics.push(...read.diagnostics);
        if ((0,engine_diagnostics/* hasErrors */.Cs)(diagnostics))
            return output();
        if (read.state)
            diagnostics.push(...(await movedGraphRoots(storage, read.state)));
        const changes = desiredChanges(read.state, desired);
        const approvals = await resolveApprovals(storage, read.state, changes, desired.configDigest);
        diagnostics.push(...approvals.diagnostics);
        const planned = classify(changes, { dependencies: desired.dependencies, pendingGraphs: new Set(), approved: approvals.approved });
        const check = await checkMigrations(deps.graphEngine(storage), storage, desired, planned, desired.dependencies);
        const gated = options.gateDestructive ? destructiveChanges(check.changes, check.previews) : new Map();
        const classified = holdDestructive(check.changes, gated, approvals.approved, desired.dependencies);
        for (const change of classified) {
            const preview = check.previews.get(change.resource);
            if (preview)
                change.migration = preview;
            const why = check.unavailable.get(change.resource);
            if (why !== undefined)
                diagnostics.push((0,engine_diagnostics/* warning */.$e)('schema_preview_unavailable', change.resource, `could not preview the schema migration: ${why}`));
        }
        diagnostics.push(...check.diagnostics);
        return output({
            changes: classified,
            blast_radius: blastRadius(classified, desired.dependencies),
            approvals_required: [...approvalGates(classified, approvals.approved), ...destructiveGates(gated, approvals.approved)],
        });
    }
    finally {
        await releaseLock(storage, lock);
    }
}

;// CONCATENATED MODULE: ./src/engine/commands/payload-heal.ts

/** status (docs/contract/payloads.md#verification): report only; an unverifiable catalog must not look healthy. */
async function verifyPayloadsReadOnly(storage, ledger) {
    return (await verifyPayloads(storage, ledger)).map(payloadDiagnostic);
}
/** refresh/import (docs/contract/payloads.md#self-heal): verify, then self-heal the command's in-memory ledger. */
async function verifyPayloadsAndHeal(storage, ledger) {
    const findings = await verifyPayloads(storage, ledger);
    Object.assign(ledger, healPayloadFindings(ledger, findings));
    return findings.map(payloadDiagnostic);
}

;// CONCATENATED MODULE: ./src/engine/observe/observe-graphs.ts






/**
 * refresh/import step 7 (docs/contract/state.md#observations, docs/contract/commands.md#refresh-and-import): observe every declared graph and record what
 * was seen — the observation, the live schema digest, the recomputed composite and the statuses.
 * Graphs that exist only in the ledger are not observed.
 */
// Long on purpose: per graph, the observe-record-status sequence shares the graph's locals; its error path is already a nested helper.
async function observeGraphs(ledger, desired, ports) {
    let failures = 0;
    const resources = ledger.applied_revision.resources;
    // Observation changes only graph and schema entries, so one query index serves every graph.
    const queries = ledgerQueryIndex(ledger);
    for (const graph of desired.graphs.values()) {
        const root = graphRoot(ports.storage, graph.id);
        const address = `graph.${graph.id}`;
        const schemaAddress = `schema.${graph.id}`;
        const desiredSchemaDigest = graph.schemaDigest ?? '';
        const base = { kind: 'graph', address, graph_uri: root.uri, observed_at: (0,clock/* rfc3339 */.a)(ports.clock.now()) };
        const setStatus = (status, condition, message) => {
            const record = condition ? { status, conditions: [condition], message } : { status };
            ledger.resource_statuses[address] = { ...record };
            ledger.resource_statuses[schemaAddress] = { ...record };
        };
        let exists;
        try {
            exists = await ports.storage.existsPrefix(root.key);
        }
        catch (e) {
            exists = true;
            failures++;
            recordError(e);
            continue;
        }
        if (!exists) {
            ledger.observations[address] = {
                ...base,
                exists: false,
                graph_manifest_version: null,
                schema_digest: null,
                desired_schema_digest: desiredSchemaDigest,
                schema_matches_desired: false,
                error: 'derived graph root is missing',
            };
            delete resources[schemaAddress];
            delete resources[address];
            setStatus('drifted', 'graph_missing', 'derived graph root is missing');
            continue;
        }
        try {
            const open = await ports.engine.openReadOnly(root);
            const live = (0,hash/* sha256hex */.Lg)(open.schemaSource);
            const matches = live === desiredSchemaDigest;
            ledger.observations[address] = {
                ...base,
                exists: true,
                graph_manifest_version: open.manifestVersion,
                schema_digest: live,
                desired_schema_digest: desiredSchemaDigest,
                schema_matches_desired: matches,
                error: null,
            };
            resources[schemaAddress] = { ...resources[schemaAddress], digest: live };
            resources[address] = { ...resources[address], digest: compositeFromLedger(ledger, graph.id, live, queries) };
            if (matches)
                setStatus('applied');
            else
                setStatus('drifted', 'schema_mismatch', 'live schema digest differs from desired schema digest');
        }
        catch (e) {
            failures++;
            recordError(e);
        }
        function recordError(e) {
            const text = (0,error_text/* errorText */.k)(e);
            ledger.observations[address] = {
                ...base,
                exists: true,
                graph_manifest_version: null,
                schema_digest: null,
                desired_schema_digest: desiredSchemaDigest,
                schema_matches_desired: null,
                error: text,
            };
            setStatus('error', 'graph_observation_error', text);
        }
    }
    return failures > 0 ? [(0,engine_diagnostics/* error */.z3)('graph_observation_error', 'graphs', `${failures} graph observation(s) failed`)] : [];
}

;// CONCATENATED MODULE: ./src/engine/commands/refresh.ts










/**
 * `refresh` and `import` (docs/contract/commands.md#refresh-and-import, one algorithm): sweep, verify payloads with
 * self-heal, observe every declared graph, then one CAS write (import: revision 1, only when
 * error-free; refresh: previous + 1, always).
 */
async function refreshOrImport(deps, options, operation) {
    const session = openSession(deps, options.configDir, { loadResources: true, root: options.root });
    const diagnostics = session.diagnostics;
    const obs = observationsFor(session);
    const desired = session.desired;
    const desiredDigests = desired ? (0,json/* sortedRecord */.vZ)(resourceDigests(desired)) : {};
    const result = (ledger, digests) => ({
        ok: !(0,engine_diagnostics/* hasErrors */.Cs)(diagnostics),
        operation,
        config_dir: options.configDir,
        state_observations: obs.toJson(),
        resource_digests: digests ?? (ledger ? (0,json/* sortedRecord */.vZ)(appliedDigests(ledger)) : desiredDigests),
        resource_statuses: ledger ? (0,json/* sortedRecord */.vZ)(ledger.resource_statuses) : {},
        observations: ledger ? (0,json/* sortedRecord */.vZ)(ledger.observations) : {},
        diagnostics,
    });
    const storage = session.storage;
    if (!desired || !storage || (0,engine_diagnostics/* hasErrors */.Cs)(diagnostics))
        return result(null);
    return withLockedState({ deps, session, storage, operation, obs, diagnostics, refused: () => result(null) }, async (locked) => {
        if (operation === 'refresh' && !locked.state) {
            diagnostics.push((0,engine_diagnostics/* error */.z3)('state_missing', '__cluster/state.json', 'refresh requires an existing state.json; run `cluster import` to bootstrap state'));
            return result(null, {});
        }
        if (operation === 'import' && locked.state) {
            diagnostics.push((0,engine_diagnostics/* error */.z3)('state_already_exists', '__cluster/state.json', 'import creates initial state only when state.json is missing; use `cluster refresh` for an existing state ledger'));
            return result(locked.state);
        }
        const ledger = locked.state ? cloneState(locked.state) : emptyState(desired.configDigest);
        diagnostics.push(...unboundGraphErrors(ledger));
        if ((0,engine_diagnostics/* hasErrors */.Cs)(diagnostics))
            return result(ledger);
        const engine = deps.graphEngine(storage);
        const sweep = await sweepRecoveries(ledger, { storage, engine, clock: deps.clock, logger: deps.logger });
        diagnostics.push(...sweep.diagnostics);
        diagnostics.push(...(await verifyPayloadsAndHeal(storage, ledger)));
        diagnostics.push(...(await observeGraphs(ledger, desired, { storage, engine, clock: deps.clock })));
        if (operation === 'import' && (0,engine_diagnostics/* hasErrors */.Cs)(diagnostics))
            return result(ledger);
        ledger.state_revision = operation === 'import' ? 1 : (locked.state?.state_revision ?? 0) + 1;
        if (await locked.write(ledger))
            await locked.retire(sweep);
        return result(ledger);
    });
}

;// CONCATENATED MODULE: ./src/engine/commands/status.ts








const HEADER_CODES = new Set(['unsupported_cluster_config_version', 'empty_metadata_name', 'unsupported_state_backend', 'invalid_storage_root']);
/**
 * `status` (docs/contract/commands.md#status): read-only, never locks, reads no source files and opens no
 * graph. Reports the ledger, the lock and payload health. A missing ledger is a warning.
 */
async function status_status(deps, options) {
    const session = openSession(deps, options.configDir, { loadResources: false, root: options.root });
    const obs = observationsFor(session);
    // Header checks are reported after the lock and sidecar observations here (docs/contract/commands.md#status).
    const header = session.diagnostics.filter((d) => HEADER_CODES.has(d.code));
    const diagnostics = session.diagnostics.filter((d) => !HEADER_CODES.has(d.code));
    let ledger = null;
    // The lock is observed even when cluster.yaml is broken (docs/contract/commands.md#status): at the config dir by default.
    const dirMissing = session.diagnostics.some((d) => d.code === 'config_dir_not_found');
    const storage = session.storage ?? (!dirMissing && session.displayRoot.kind === 'local' ? deps.openStorage(session.displayRoot) : null);
    if (storage) {
        diagnostics.push(...(await observeLock(storage, obs, deps.clock)));
        diagnostics.push(...(await pendingSidecarWarnings(storage)));
    }
    diagnostics.push(...header);
    if (session.storage && !(0,engine_diagnostics/* hasErrors */.Cs)(diagnostics)) {
        const read = await readState(session.storage);
        obs.recordState(read.state, read.cas);
        diagnostics.push(...read.diagnostics);
        ledger = read.state;
        if (!read.found && !(0,engine_diagnostics/* hasErrors */.Cs)(read.diagnostics)) {
            diagnostics.push((0,engine_diagnostics/* warning */.$e)('state_missing', '__cluster/state.json', 'state.json is missing; no applied cluster revision has been recorded'));
        }
        else if (ledger) {
            diagnostics.push(...(await movedGraphRoots(session.storage, ledger)));
            diagnostics.push(...(await verifyPayloadsReadOnly(session.storage, ledger)));
        }
    }
    return {
        ok: !(0,engine_diagnostics/* hasErrors */.Cs)(diagnostics),
        config_dir: options.configDir,
        state_observations: obs.toJson(),
        resource_digests: ledger ? (0,json/* sortedRecord */.vZ)(appliedDigests(ledger)) : {},
        resource_statuses: ledger ? (0,json/* sortedRecord */.vZ)(ledger.resource_statuses) : {},
        observations: ledger ? (0,json/* sortedRecord */.vZ)(ledger.observations) : {},
        diagnostics,
    };
}

;// CONCATENATED MODULE: ./src/engine/serving/verdict.ts





/**
 * Would the reference server boot this cluster from its ledger, and which graphs would it drop?
 * The rules, codes, severities and messages are those of the reference's serving loader
 * (ModernRelay/omnigraph crates/omnigraph-cluster/src/serve.rs `read_snapshot_with_store`, and
 * store.rs `read_verified_payload`). Any error means the server refuses to boot at all; a graph
 * with a pending recovery sidecar is only quarantined (dropped, with a warning).
 */
const STATE_PATH = '__cluster/state.json';
const RECOVERIES_PATH = '__cluster/recoveries';
function servingVerdict(facts) {
    const fatal = facts.sidecarProblems.map((d) => ({ ...d, severity: 'error' }));
    const startup = [];
    const quarantined = new Set();
    for (const sidecar of facts.sidecars) {
        if (sidecar.graphId.trim() === '') {
            fatal.push((0,engine_diagnostics/* error */.z3)('cluster_recovery_unattributed', sidecar.path, 'recovery sidecar has no graph id; run a state-mutating cluster command to sweep it before serving'));
            continue;
        }
        quarantined.add(sidecar.graphId);
        startup.push((0,engine_diagnostics/* warning */.$e)('cluster_recovery_pending', `graph.${sidecar.graphId}`, `graph \`${sidecar.graphId}\` is quarantined because interrupted operation \`${sidecar.operationId}\` awaits recovery; run any state-mutating cluster command (e.g. \`cluster apply\`) to sweep`));
    }
    const dropped = (0,json/* sortBytewise */.lP)([...quarantined]);
    if ((0,engine_diagnostics/* hasErrors */.Cs)(fatal))
        return refused(fatal, dropped);
    if (!facts.state) {
        const missing = facts.stateProblems.length > 0
            ? facts.stateProblems
            : [(0,engine_diagnostics/* error */.z3)('cluster_state_missing', STATE_PATH, 'no cluster state ledger; run `cluster import` and `cluster apply` first')];
        return refused([...fatal, ...missing, ...startup], dropped);
    }
    const diagnostics = [...fatal];
    const profiles = verifiedProfiles(facts.state, quarantined, diagnostics);
    const graphs = checkResources(facts, facts.state, quarantined, profiles, diagnostics);
    if (graphs.length === 0) {
        diagnostics.push(quarantined.size > 0 && Object.keys(facts.state.applied_revision.resources).some((a) => a.startsWith('graph.'))
            ? (0,engine_diagnostics/* error */.z3)('cluster_no_healthy_graphs', RECOVERIES_PATH, 'all applied graphs are quarantined by startup safety checks; resolve the graph-specific diagnostics, then retry')
            : (0,engine_diagnostics/* error */.z3)('cluster_empty', STATE_PATH, 'the applied revision records no graphs; apply a cluster with at least one graph before serving from it'));
    }
    if ((0,engine_diagnostics/* hasErrors */.Cs)(diagnostics))
        return refused([...diagnostics, ...startup], dropped);
    return { boots: true, graphs, quarantined: dropped, diagnostics: startup };
}
function refused(diagnostics, quarantined) {
    return { boots: false, graphs: [], quarantined, diagnostics };
}
function sortedEntries(state) {
    return Object.entries(state.applied_revision.resources).sort(([a], [b]) => (0,json/* compareBytes */.Xo)(a, b));
}
const verdict_graphOf = (address) => (address.startsWith('graph.') ? address.slice('graph.'.length) : null);
const isProvider = (address) => /^provider\.embedding\.[^.]+$/.test(address);
/** Provider profiles the served graphs need, each re-hashed against the digest the ledger binds. */
function verifiedProfiles(state, quarantined, diagnostics) {
    const required = new Set();
    for (const [address, entry] of sortedEntries(state)) {
        const graph = verdict_graphOf(address);
        if (graph !== null && !quarantined.has(graph) && entry.embedding_provider)
            required.add(entry.embedding_provider);
    }
    const verified = new Set();
    for (const [address, entry] of sortedEntries(state)) {
        if (!isProvider(address) || !required.has(address))
            continue;
        if (!entry.embedding_profile) {
            diagnostics.push((0,engine_diagnostics/* error */.z3)('embedding_provider_profile_missing', address, 'no applied embedding provider profile recorded; re-run `cluster apply` to backfill'));
            continue;
        }
        const actual = embeddingProviderDigest(entry.embedding_profile);
        if (actual !== entry.digest) {
            diagnostics.push((0,engine_diagnostics/* error */.z3)('embedding_provider_digest_mismatch', address, `applied embedding provider profile does not match its recorded digest (actual sha256:${actual}); run \`cluster refresh\` then \`cluster apply\`, and restart`));
            continue;
        }
        verified.add(address);
    }
    return verified;
}
/** Walks the ledger in address order as the loader does; returns the graphs that would serve. */
function checkResources(facts, state, quarantined, profiles, diagnostics) {
    const graphs = [];
    const index = ledgerQueryIndex(state);
    for (const [address, entry] of sortedEntries(state)) {
        const graph = verdict_graphOf(address);
        if (graph !== null) {
            if (quarantined.has(graph))
                continue;
            checkProviderReference(address, entry, profiles, diagnostics);
            if (compositeFromLedger(state, graph, undefined, index) !== entry.digest) {
                diagnostics.push((0,engine_diagnostics/* error */.z3)('external_blob_policy_digest_mismatch', address, 'the applied graph resource metadata is not bound by its composite digest; restore the cluster state ledger from a trusted copy before retrying'));
                continue;
            }
            graphs.push(graph);
        }
        else if (address.startsWith('query.')) {
            if (!quarantined.has(address.slice('query.'.length).split('.')[0] ?? ''))
                checkPayload(facts, address, entry, diagnostics);
        }
        else if (address.startsWith('policy.')) {
            if (!entry.applies_to) {
                diagnostics.push((0,engine_diagnostics/* error */.z3)('policy_bindings_missing', address, 'no applied applies_to bindings recorded (ledger predates binding metadata); re-run `cluster apply` to backfill'));
                continue;
            }
            const live = entry.applies_to.filter((b) => !b.startsWith('graph.') || !quarantined.has(b.slice('graph.'.length)));
            if (live.length > 0)
                checkPayload(facts, address, entry, diagnostics);
        }
    }
    return graphs;
}
function checkProviderReference(address, entry, profiles, diagnostics) {
    const provider = entry.embedding_provider;
    if (!provider)
        return;
    if (!isProvider(provider)) {
        diagnostics.push((0,engine_diagnostics/* error */.z3)('wrong_kind_reference', address, `graph embedding_provider expects \`provider.embedding.<name>\`, got \`${provider}\``));
    }
    else if (!profiles.has(provider)) {
        diagnostics.push((0,engine_diagnostics/* error */.z3)('embedding_provider_missing', address, `graph references \`${provider}\`, but no applied embedding provider profile is available; re-run \`cluster apply\``));
    }
}
function checkPayload(facts, address, entry, diagnostics) {
    const read = facts.payload(address, entry.digest);
    if (!read) {
        diagnostics.push((0,engine_diagnostics/* error */.z3)('catalog_payload_missing', address, 'resource kind has no payload'));
    }
    else if (read.text === null) {
        diagnostics.push((0,engine_diagnostics/* error */.z3)('catalog_payload_missing', address, `catalog blob '${read.display}' unreadable (${read.problem ?? 'not found'}); run \`cluster refresh\` then \`cluster apply\`, and restart`));
    }
    else if ((0,hash/* sha256hex */.Lg)(read.text) !== entry.digest) {
        diagnostics.push((0,engine_diagnostics/* error */.z3)('catalog_payload_digest_mismatch', address, `catalog blob '${read.display}' does not match its recorded digest; run \`cluster refresh\` then \`cluster apply\`, and restart`));
    }
}

;// CONCATENATED MODULE: ./src/engine/serving/gather.ts





/**
 * Reads what the reference server reads at boot — recovery sidecars, the ledger, the recorded
 * query and policy payloads — without a lock and without writing, then asks `servingVerdict`.
 */
async function checkServing(storage) {
    const loaded = await loadSidecars(storage);
    const sidecars = loaded.sidecars.map((s) => ({ path: storage.displayPath(sidecarKey(s.operation_id)), graphId: s.graph_id, operationId: s.operation_id }));
    const problems = [];
    for (const d of loaded.diagnostics) {
        const blank = d.code === 'unsafe_state_name' ? await blankGraphSidecar(storage, d.path) : null;
        if (blank)
            sidecars.push(blank);
        else
            problems.push(d);
    }
    const read = await readState(storage);
    const payloads = new Map();
    if (read.state) {
        for (const [address, entry] of Object.entries(read.state.applied_revision.resources)) {
            const key = payloadKey(address, entry.digest);
            if (key !== null)
                payloads.set(address, await readPayload(storage, key));
        }
    }
    return servingVerdict({
        sidecars,
        sidecarProblems: problems,
        state: read.state,
        stateProblems: read.diagnostics,
        payload: (address) => payloads.get(address) ?? null,
    });
}
/**
 * Our sidecar loader refuses a blank graph id as an unsafe name; the reference server names that
 * case `cluster_recovery_unattributed`, so the serving check looks at such a file once more.
 */
async function blankGraphSidecar(storage, uri) {
    const { names } = await listSidecarNames(storage);
    const name = names.find((n) => storage.objectUri(`${RECOVERIES_DIR}/${n}`) === uri);
    if (name === undefined)
        return null;
    try {
        const text = (await storage.read(`${RECOVERIES_DIR}/${name}`))?.text;
        const json = text === undefined ? null : JSON.parse(text);
        const graphId = json !== null && typeof json === 'object' ? json.graph_id : undefined;
        if (typeof graphId !== 'string' || graphId.trim() !== '')
            return null;
        return { path: storage.displayPath(`${RECOVERIES_DIR}/${name}`), graphId, operationId: '' };
    }
    catch {
        return null;
    }
}
async function readPayload(storage, key) {
    const display = storage.displayPath(key);
    try {
        const stored = await storage.read(key);
        return stored ? { display, text: stored.text, problem: null } : { display, text: null, problem: 'not found' };
    }
    catch (e) {
        return { display, text: null, problem: (0,error_text/* errorText */.k)(e) };
    }
}

;// CONCATENATED MODULE: ./src/engine/serving/status.ts



async function servingStatus(deps, options) {
    const session = openSession(deps, options.configDir, { loadResources: false, root: options.root });
    // The server locates its storage root through cluster.yaml; without one it cannot boot.
    const configErrors = session.diagnostics.filter((d) => d.severity === 'error');
    if (!session.storage || configErrors.length > 0) {
        const why = configErrors.length > 0 ? configErrors : [(0,engine_diagnostics/* error */.z3)('storage_root_invalid', 'storage', 'no storage root to serve from')];
        return { ok: false, config_dir: options.configDir, serving: [], quarantined: [], diagnostics: why };
    }
    const verdict = await checkServing(session.storage);
    return { ok: verdict.boots, config_dir: options.configDir, serving: verdict.graphs, quarantined: verdict.quarantined, diagnostics: verdict.diagnostics };
}

;// CONCATENATED MODULE: ./src/engine/commands/validate.ts







/** `validate` (docs/contract/commands.md#validate): config, files, languages and digests; never touches state. */
async function validate(deps, options) {
    const loaded = (0,load_config/* loadConfig */.Z)(deps.sources, options.configDir, { root: options.root });
    const base = { config_dir: options.configDir, config_file: loaded.configFile };
    if (!loaded.config) {
        return { ok: false, ...base, resource_digests: {}, resources: [], dependencies: [], diagnostics: [...loaded.diagnostics] };
    }
    const desired = loadDesired(loaded.config, new source_access/* ConfigSources */.DQ(deps.sources, options.configDir, loaded.root, new check_cache/* CheckCache */.pd(deps.validationCache)), { validateOnly: true });
    const diagnostics = [...loaded.diagnostics, ...desired.diagnostics];
    return {
        ok: !(0,engine_diagnostics/* hasErrors */.Cs)(diagnostics),
        ...base,
        resource_digests: (0,json/* sortedRecord */.vZ)(resourceDigests(desired)),
        resources: [...desired.resources.values()].map((r) => r.path === undefined ? { address: r.address, kind: r.kind, digest: r.digest } : { address: r.address, kind: r.kind, digest: r.digest, path: r.path }),
        dependencies: desired.dependencies.map((d) => ({ from: d.from, to: d.to })),
        diagnostics,
    };
}

;// CONCATENATED MODULE: ./src/engine/commands/index.ts








/** Binds every command to one set of ports. */
function createCommands(deps) {
    return {
        validate: (o) => validate(deps, o),
        plan: (o) => plan(deps, o),
        apply: (o) => apply(deps, o),
        status: (o) => status_status(deps, o),
        serving: (o) => servingStatus(deps, o),
        refresh: (o) => refreshOrImport(deps, o, 'refresh'),
        importState: (o) => refreshOrImport(deps, o, 'import'),
        forceUnlock: (o) => forceUnlock(deps, o),
        approve: (o) => approve(deps, o),
    };
}

;// CONCATENATED MODULE: ./src/engine/ports/logger.ts
const silentLogger = { debug: () => { }, info: () => { }, warn: () => { } };

// EXTERNAL MODULE: ./src/engine/ports/validation-cache.ts
var validation_cache = __webpack_require__(47961);
;// CONCATENATED MODULE: ./src/engine/ports/index.ts










;// CONCATENATED MODULE: ./src/adapters/failpoints/env-failpoints.ts
/** Exit code of a `crash` failpoint: the process dies at once, leaving lock and sidecars behind. */
const CRASH_EXIT_CODE = 86;
/**
 * Failpoints from `OMNIGRAPH_FAILPOINTS` (docs/contract/failpoints.md#actions): `name` or `name=action`, comma
 * separated; actions `error` (default), `crash`, `sleep:<ms>`. Unset ⇒ inert.
 * Malformed entries are reported once through `onInvalid` and ignored.
 */
function parseFailpoints(spec, onInvalid = () => { }) {
    const out = new Map();
    if (!spec)
        return out;
    for (const raw of spec.split(',')) {
        const entry = raw.trim();
        if (entry === '')
            continue;
        const eq = entry.indexOf('=');
        const name = (eq < 0 ? entry : entry.slice(0, eq)).trim();
        const action = eq < 0 ? 'error' : entry.slice(eq + 1).trim();
        const sleep = /^sleep:(\d+)$/.exec(action);
        if (name === '')
            onInvalid(entry);
        else if (action === 'error' || action === 'return')
            out.set(name, { kind: 'error' });
        else if (action === 'crash')
            out.set(name, { kind: 'crash' });
        else if (sleep)
            out.set(name, { kind: 'sleep', ms: Number(sleep[1]) });
        else
            onInvalid(entry);
    }
    return out;
}
function envFailpoints(env, exit = (code) => process.exit(code)) {
    const actions = parseFailpoints(env.OMNIGRAPH_FAILPOINTS, (entry) => process.stderr.write(`warning: ignoring malformed OMNIGRAPH_FAILPOINTS entry '${entry}'\n`));
    return {
        async hit(name) {
            const action = actions.get(name);
            if (!action)
                return false;
            switch (action.kind) {
                case 'error':
                    return true;
                case 'crash':
                    return exit(CRASH_EXIT_CODE);
                case 'sleep':
                    await new Promise((resolve) => setTimeout(resolve, action.ms));
                    return false;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/ports/graph-engine.ts
class GraphEngineError extends Error {
    name = 'GraphEngineError';
}

;// CONCATENATED MODULE: ./src/adapters/graph-engine/embedded/guard.ts


/**
 * Runs a storage call and turns whatever it throws into a `GraphEngineError` carrying the
 * storage's own text: the port promises that nothing but engine errors escape an engine.
 */
async function guard(fn) {
    try {
        return await fn();
    }
    catch (e) {
        throw asEngineError(e);
    }
}
function asEngineError(e) {
    if (e instanceof GraphEngineError)
        return e;
    return new GraphEngineError((0,error_text/* errorText */.k)(e));
}
/** Best-effort deletes after a failure; returns the keys that could not be removed. */
async function deleteAll(del, keys) {
    const left = [];
    for (const key of keys) {
        try {
            await del(key);
        }
        catch {
            left.push(key);
        }
    }
    return left;
}

;// CONCATENATED MODULE: ./src/adapters/graph-engine/embedded/layout.ts
/**
 * Files of an embedded graph root (our own format; see README.md beside this file). Keys are
 * relative to the root's key prefix.
 */
const SCHEMA_PG = '_schema.pg';
const SCHEMA_IR = '_schema.ir.json';
const SCHEMA_STATE = '__schema_state.json';
const INIT_CLAIM = '__init_claim.json';
const EXPORT_CLAIM = '__export_claim.json';
const MANIFEST_VERSIONS = '__manifest/versions';
const RECOVERY_DIR = '__recovery';
const STAGING = '.staging';
const SCHEMA_FILES = [SCHEMA_PG, SCHEMA_IR, SCHEMA_STATE];
/** Zero-padded so byte order is numeric order. */
function manifestName(version) {
    return `${String(version).padStart(20, '0')}.json`;
}
function join(prefix, key) {
    return `${prefix}/${key}`;
}

;// CONCATENATED MODULE: ./src/adapters/graph-engine/embedded/contract-files.ts






/** `__schema_state.json`: which accepted contract `_schema.pg` and `_schema.ir.json` must match. */
const schemaStateSchema = schemas/* strictObject */.rej({
    format_version: schemas/* literal */.euz(2),
    schema_shape_hash: schemas/* string */.YjP(),
    schema_ir_hash: schemas/* string */.YjP(),
    schema_identity_version: schemas/* literal */.euz(2),
    schema_identity_domain: schemas/* string */.YjP(),
});
function schemaStateFor(ir, shapeHash) {
    return {
        format_version: 2,
        schema_shape_hash: shapeHash,
        schema_ir_hash: (0,schema/* schemaIrHash */.Xx)(ir),
        schema_identity_version: 2,
        schema_identity_domain: ir.schema_identity_domain,
    };
}
function renderSchemaState(state) {
    return JSON.stringify(state, null, 2);
}
const LOCKED = (detail) => new GraphEngineError(`schema evolution is locked down in phase 1: ${detail}; manual coordination is required`);
/**
 * Reads the live contract and checks it (docs/contract/graph-root.md#reference-layout, docs/contract/graph-root.md#opening), in the order an open meets the
 * files: `_schema.pg` first, then both JSON files, then their agreement with each other and with
 * the committed manifest entry.
 */
async function readLiveContract(storage, root, entry) {
    const [pg, ir, state] = await Promise.all([SCHEMA_PG, SCHEMA_IR, SCHEMA_STATE].map((f) => guard(() => storage.read(join(root.key, f)))));
    if (!pg) {
        throw new GraphEngineError(`graph at '${root.uri}' is missing its schema files: '${SCHEMA_PG}' was not found although '__manifest' is readable; restore it from a backup`);
    }
    if (!ir && !state) {
        throw LOCKED(`graph is missing the mandatory identity-bearing schema contract ('${SCHEMA_IR}', '${SCHEMA_STATE}'); automatic bootstrap is not supported`);
    }
    if (!ir || !state)
        throw LOCKED(`the identity-bearing schema contract is incomplete: '${!ir ? SCHEMA_IR : SCHEMA_STATE}' is missing`);
    const texts = { pg: pg.text, ir: ir.text, state: state.text };
    const checked = verifyContract(texts);
    if (checked.state.schema_ir_hash !== entry.schema_ir_hash || checked.state.schema_identity_domain !== entry.schema_identity_domain) {
        throw new GraphEngineError(`accepted schema/manifest identity mismatch: '${SCHEMA_STATE}' records ${checked.state.schema_ir_hash} but manifest version ${entry.version} committed ${entry.schema_ir_hash}`);
    }
    return { texts, ir: checked.ir };
}
/**
 * The checks every open runs: state version fields supported, IR valid, its hash recorded, domain
 * equal, and the shape of `_schema.pg` still the accepted one (a cosmetic hand edit keeps a graph
 * openable, a semantic one does not). We keep no shape-from-IR builder, so "shape(IR) hash ==
 * state hash" is covered indirectly: the IR hash is pinned by the state and by the manifest entry.
 */
function verifyContract(texts) {
    const last = lastVerified;
    if (last !== null && last.texts.pg === texts.pg && last.texts.ir === texts.ir && last.texts.state === texts.state)
        return last.result;
    const result = verifyContractNow(texts);
    lastVerified = { texts: { pg: texts.pg, ir: texts.ir, state: texts.state }, result };
    return result;
}
/**
 * The last contract that verified, by its exact texts. A graph create verifies the same three
 * files twice in a row (init's read-back, then the read-only open that pins the manifest version),
 * about half a millisecond each; the check is a pure function of the texts and its result is
 * read-only, so the second is a comparison. One entry only: the IR and state texts carry the
 * graph's own identity domain, so two graphs never share one, and a failed check is never kept.
 */
let lastVerified = null;
function verifyContractNow(texts) {
    let stateJson;
    try {
        stateJson = JSON.parse(texts.state);
    }
    catch {
        throw LOCKED(`'${SCHEMA_STATE}' is not valid JSON`);
    }
    const state = schemaStateSchema.safeParse(stateJson);
    if (!state.success) {
        const issue = state.error.issues[0];
        throw LOCKED(`'${SCHEMA_STATE}' is not a supported schema state (${issue ? `${issue.path.join('.') || '<root>'}: ${issue.message}` : 'invalid'})`);
    }
    const ir = (0,schema/* parseSchemaIr */.qu)(texts.ir);
    if (!ir.ok)
        throw LOCKED(`'${SCHEMA_IR}' is invalid (${ir.error.message})`);
    if ((0,schema/* schemaIrHash */.Xx)(ir.value) !== state.data.schema_ir_hash)
        throw LOCKED(`'${SCHEMA_IR}' does not match the recorded schema_ir_hash`);
    if (ir.value.schema_identity_domain !== state.data.schema_identity_domain)
        throw LOCKED('the schema identity domain changed');
    const parsed = (0,schema/* parseSchema */.D0)(texts.pg);
    if (!parsed.ok || (0,schema/* schemaShapeHash */.fE)(parsed.value) !== state.data.schema_shape_hash) {
        throw LOCKED('current _schema.pg no longer matches the accepted compiled schema');
    }
    return { ir: ir.value, state: state.data };
}
/** Whether `texts` are exactly the contract a manifest entry committed (recovery's proof). */
function contractMatchesEntry(texts, entry) {
    if ((0,hash/* sha256hex */.Lg)(texts.pg) !== entry.schema_source_sha256)
        return false;
    try {
        return verifyContract(texts).state.schema_ir_hash === entry.schema_ir_hash;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/adapters/graph-engine/embedded/manifest.ts




/**
 * One manifest version: the commit record. It names the operation that committed it and the
 * contract it accepted, so recovery can tell its own commit from a rival's and can prove that the
 * staged files it is about to promote are the committed ones.
 */
const manifestEntrySchema = schemas/* strictObject */.rej({
    version: schemas/* number */.aig().int().positive(),
    kind: schemas/* enum */.k5n(['init', 'schema_apply']),
    operation_id: schemas/* string */.YjP(),
    committed_at: schemas/* string */.YjP(),
    schema_identity_domain: schemas/* string */.YjP(),
    schema_ir_hash: schemas/* string */.YjP(),
    schema_source_sha256: schemas/* string */.YjP(),
});
function renderManifestEntry(entry) {
    return JSON.stringify(entry, null, 2);
}
function manifestKey(rootKey, version) {
    return join(rootKey, `${MANIFEST_VERSIONS}/${manifestName(version)}`);
}
/** Committed versions in ascending order (the names are zero-padded, so byte order is numeric). */
async function committedVersions(storage, rootKey) {
    const names = await guard(() => storage.list(join(rootKey, MANIFEST_VERSIONS)));
    return names.filter((n) => /^\d{20}\.json$/.test(n)).map((n) => Number(n.slice(0, 20)));
}
/** The entry of one version; null when that version was never committed. */
async function readManifestEntry(storage, rootKey, version) {
    const stored = await guard(() => storage.read(manifestKey(rootKey, version)));
    if (!stored)
        return null;
    let parsed;
    try {
        parsed = manifestEntrySchema.safeParse(JSON.parse(stored.text));
    }
    catch {
        parsed = null;
    }
    if (!parsed?.success)
        throw new GraphEngineError(`manifest version ${version} is unreadable ('${manifestName(version)}'); inspect the root`);
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/adapters/graph-engine/embedded/init.ts








/**
 * Strict init (docs/contract/graph-root.md#init): preflight, compile, claim, preflight again, create the contract
 * files, commit manifest version 1, read back, release the claim. Before the commit point a
 * failure removes what this attempt wrote; from the commit point on, an outcome that cannot be
 * proven leaves everything (claim included) so later inits and opens refuse the root.
 */
async function initRoot(o, root, schemaSource) {
    const s = o.storage;
    await preflight(s, root);
    const compiled = compile(schemaSource, o.ids.ulid());
    const attemptId = o.ids.ulid();
    const claimKey = join(root.key, INIT_CLAIM);
    // Only the claim's existence is ever consulted, so it needs no fsync (see docs/architecture.md#crash-safety-and-fsyncs).
    const claim = await guard(() => s.writeIfAbsent(claimKey, JSON.stringify({ version: 1, attempt_id: attemptId }), { durable: false }));
    if (!claim.ok) {
        throw new GraphEngineError(`graph initialization at '${root.uri}' is claimed by '${INIT_CLAIM}'; another initialization is running or was interrupted; inspect the root before retrying`);
    }
    const files = [
        [SCHEMA_PG, schemaSource],
        [SCHEMA_IR, compiled.irText],
        [SCHEMA_STATE, compiled.stateText],
    ];
    const created = [];
    try {
        await preflight(s, root);
        // Create-if-absent for all three: a lost race must never clobber (or later delete) another
        // writer's file. They are independent until the manifest commits, so their fsyncs overlap.
        const outcomes = await Promise.allSettled(files.map(async ([file, text]) => {
            const key = join(root.key, file);
            const written = await guard(() => s.writeIfAbsent(key, text));
            if (written.ok)
                created.push(key);
            return written.ok;
        }));
        for (const outcome of outcomes) {
            if (outcome.status === 'rejected')
                throw outcome.reason;
            if (!outcome.value)
                throw alreadyInitialized(root);
        }
    }
    catch (e) {
        const left = await deleteAll((k) => s.delete(k), [...created, claimKey]);
        const error = asEngineError(e);
        if (left.length === 0)
            throw error;
        throw new GraphEngineError(`${error.message}; cleanup could not remove ${left.map((k) => `'${k}'`).join(', ')}`);
    }
    const entry = {
        version: 1,
        kind: 'init',
        operation_id: attemptId,
        committed_at: (0,clock/* rfc3339 */.a)(o.clock.now()),
        schema_identity_domain: compiled.domain,
        schema_ir_hash: compiled.irHash,
        schema_source_sha256: (0,hash/* sha256hex */.Lg)(schemaSource),
    };
    await commitGenesis(s, root, entry);
    try {
        const back = await readLiveContract(s, root, entry);
        if (back.texts.pg !== schemaSource)
            throw new GraphEngineError(`'${SCHEMA_PG}' does not hold the source passed to init`);
    }
    catch (e) {
        throw new GraphEngineError(`initialization of '${root.uri}' committed manifest version 1 but its read-back failed (${asEngineError(e).message}); schema artifacts and '${INIT_CLAIM}' were preserved; inspect the root before using it`);
    }
    try {
        await s.delete(claimKey);
    }
    catch (e) {
        throw new GraphEngineError(`initialization of '${root.uri}' committed manifest version 1 but '${INIT_CLAIM}' could not be released (${asEngineError(e).message}); inspect the root before using it`);
    }
}
/** The commit point. When the write's outcome is unknown, only our exact genesis entry proves it landed. */
async function commitGenesis(s, root, entry) {
    const key = manifestKey(root.key, 1);
    const text = renderManifestEntry(entry);
    let failure = null;
    try {
        const written = await s.writeIfAbsent(key, text);
        if (!written.ok)
            failure = 'a manifest this attempt did not write already exists';
    }
    catch (e) {
        failure = asEngineError(e).message;
    }
    if (failure === null)
        return;
    const landed = await s.read(key).then((stored) => stored?.text === text, () => false);
    if (landed)
        return;
    throw new GraphEngineError(`initialization of '${root.uri}' is indeterminate (${failure}); schema artifacts and '${INIT_CLAIM}' were preserved; do not retry initialization or delete the root until it is inspected`);
}
/** Step 1: any manifest or contract file means the root is taken. The claim is not looked at here. */
async function preflight(s, root) {
    if (await guard(() => s.existsPrefix(join(root.key, '__manifest'))))
        throw alreadyInitialized(root);
    for (const file of SCHEMA_FILES) {
        if (await guard(() => s.exists(join(root.key, file))))
            throw alreadyInitialized(root);
    }
}
/** Step 2: parse, catalog and identity IR with a fresh domain — all before anything is written. */
function compile(source, domain) {
    const compiled = (0,schema/* compileSchema */.Fc)(source, { domain });
    if (!compiled.ok)
        throw new GraphEngineError(compiled.error.message);
    const { ast, ir } = compiled.value;
    const state = schemaStateFor(ir, (0,schema/* schemaShapeHash */.fE)(ast));
    return { domain, irHash: (0,schema/* schemaIrHash */.Xx)(ir), irText: (0,schema/* schemaIrToJson */.Y0)(ir), stateText: renderSchemaState(state) };
}
function alreadyInitialized(root) {
    return new GraphEngineError(`graph already initialized or initialization metadata exists at '${root.uri}'; --force may replace only orphan schema files after proving that no __manifest exists`);
}
/**
 * Finishes an init that was killed (see the port): with no committed manifest the attempt never
 * reached its commit point, so its claim and schema files are removed as a failed init removes
 * them (`discarded`); with exactly the genesis manifest committed and the contract reading back as
 * that manifest says, only the claim release was missing (`completed`). Anything else (a foreign
 * file, later versions, a mismatch) is left for a person (`none`).
 */
async function init_finishInterruptedInit(s, root) {
    const claimKey = join(root.key, INIT_CLAIM);
    if (!(await guard(() => s.exists(claimKey))))
        return 'none';
    const versions = await committedVersions(s, root.key);
    if (versions.length === 0) {
        if (await guard(() => s.existsPrefix(join(root.key, '__manifest'))))
            return 'none';
        for (const file of SCHEMA_FILES)
            await guard(() => s.delete(join(root.key, file)));
        await guard(() => s.delete(claimKey));
        return 'discarded';
    }
    if (versions.length !== 1 || versions[0] !== 1)
        return 'none';
    const entry = await readManifestEntry(s, root.key, 1);
    if (entry?.kind !== 'init')
        return 'none';
    try {
        const back = await readLiveContract(s, root, entry);
        if ((0,hash/* sha256hex */.Lg)(back.texts.pg) !== entry.schema_source_sha256)
            return 'none';
    }
    catch {
        return 'none';
    }
    await guard(() => s.delete(claimKey));
    return 'completed';
}

;// CONCATENATED MODULE: ./src/adapters/graph-engine/embedded/recovery.ts






/** `__recovery/<operation_id>.json`: a schema apply that has started moving files. */
const recoverySidecarSchema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz('schema_apply'),
    operation_id: schemas/* string */.YjP(),
    target_version: schemas/* number */.aig().int().positive(),
    started_at: schemas/* string */.YjP(),
    actor: schemas/* string */.YjP().nullable(),
});
function recovery_sidecarKey(rootKey, operationId) {
    return join(rootKey, `${RECOVERY_DIR}/${operationId}.json`);
}
/** Operation ids with a pending sidecar, oldest first (ULIDs sort by creation time). */
async function pendingOperations(s, rootKey) {
    const names = await guard(() => s.list(join(rootKey, RECOVERY_DIR)));
    return names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
}
/**
 * Engine-side recovery, run by read-write opens only. An operation whose own manifest entry
 * landed is rolled forward from its staging files — but only once they are proven to be exactly
 * the committed contract; anything else (no commit, or a rival's commit at that version) is
 * discarded.
 */
async function recoverRoot(s, root) {
    for (const id of await pendingOperations(s, root.key)) {
        const key = recovery_sidecarKey(root.key, id);
        const stored = await guard(() => s.read(key));
        if (!stored)
            continue;
        let parsed;
        try {
            parsed = recoverySidecarSchema.safeParse(JSON.parse(stored.text));
        }
        catch {
            parsed = null;
        }
        if (!parsed?.success || parsed.data.operation_id !== id) {
            throw new GraphEngineError(`recovery required for operation ${id}: its sidecar is unreadable; inspect the root`);
        }
        const entry = await readManifestEntry(s, root.key, parsed.data.target_version);
        if (!entry || entry.operation_id !== id) {
            await discardStaging(s, root, key);
            continue;
        }
        const staged = await readContract(s, root, STAGING);
        if (staged && contractMatchesEntry(staged, entry)) {
            await promote(s, root, staged, key);
            continue;
        }
        // The promotion may already have finished before the sidecar could be deleted.
        const live = await readContract(s, root, '');
        if (live && contractMatchesEntry(live, entry)) {
            await discardStaging(s, root, key);
            continue;
        }
        throw new GraphEngineError(`recovery required for operation ${id}: manifest version ${entry.version} committed a schema whose staged files are missing or differ; inspect the root`);
    }
}
/** Writes the committed contract over the live files, then clears staging and the sidecar (last). */
async function promote(s, root, texts, sidecar) {
    await guard(() => s.write(join(root.key, SCHEMA_PG), texts.pg));
    await guard(() => s.write(join(root.key, SCHEMA_IR), texts.ir));
    await guard(() => s.write(join(root.key, SCHEMA_STATE), texts.state));
    await discardStaging(s, root, sidecar);
}
async function writeStaging(s, root, texts) {
    await guard(() => s.write(join(root.key, SCHEMA_PG + STAGING), texts.pg));
    await guard(() => s.write(join(root.key, SCHEMA_IR + STAGING), texts.ir));
    await guard(() => s.write(join(root.key, SCHEMA_STATE + STAGING), texts.state));
}
async function discardStaging(s, root, sidecar) {
    for (const file of [SCHEMA_PG, SCHEMA_IR, SCHEMA_STATE])
        await guard(() => s.delete(join(root.key, file + STAGING)));
    await guard(() => s.delete(sidecar));
}
async function readContract(s, root, suffix) {
    const [pg, ir, state] = await Promise.all([SCHEMA_PG, SCHEMA_IR, SCHEMA_STATE].map((f) => guard(() => s.read(join(root.key, f + suffix)))));
    return pg && ir && state ? { pg: pg.text, ir: ir.text, state: state.text } : null;
}

;// CONCATENATED MODULE: ./src/adapters/graph-engine/embedded/index.ts










/**
 * Our own graph engine: schema, identity IR, contract state and a manifest whose version grows by
 * one per commit — no row data. Every byte goes through the `Storage` port, so roots work on S3.
 * The commit point of every change is a create-if-absent of the next manifest version.
 */
class EmbeddedGraphEngine {
    o;
    name = 'embedded';
    constructor(o) {
        this.o = o;
    }
    get s() {
        return this.o.storage;
    }
    async init(root, schemaSource) {
        await initRoot(this.o, root, schemaSource);
    }
    async finishInterruptedInit(root) {
        return init_finishInterruptedInit(this.s, root);
    }
    async openReadOnly(root) {
        return (await this.accepted(root, { readOnly: true })).open;
    }
    async open(root) {
        await recoverRoot(this.s, root);
        return (await this.accepted(root, { readOnly: false })).open;
    }
    async previewSchemaApply(root, schemaSource, options) {
        const accepted = await this.accepted(root, { readOnly: true });
        return this.plan(accepted.ir, schemaSource, options).plan;
    }
    /** `omnigraph schema plan`: like preview, but completes recovery first (a read-write open). */
    async planSchema(root, schemaSource, options) {
        await recoverRoot(this.s, root);
        const accepted = await this.accepted(root, { readOnly: false });
        return this.plan(accepted.ir, schemaSource, options).plan;
    }
    async applySchemaAs(root, schemaSource, options, actor) {
        await recoverRoot(this.s, root);
        const accepted = await this.accepted(root, { readOnly: false });
        const planned = this.plan(accepted.ir, schemaSource, options);
        const refusal = (0,schema/* unsupportedPlanMessage */.cI)(planned.plan);
        if (refusal)
            throw new GraphEngineError(refusal);
        const current = accepted.open.manifestVersion;
        if (planned.plan.steps.length === 0) {
            // Cosmetic-only change: nothing is written, the old _schema.pg bytes stay (docs/contract/migration.md#entry-points).
            return { supported: true, applied: false, graphManifestVersion: current, steps: [] };
        }
        if (await this.o.failpoints.hit('schema_apply.before_staging_write')) {
            throw new GraphEngineError('injected failpoint triggered: schema_apply.before_staging_write');
        }
        const target = current + 1;
        const operationId = this.o.ids.ulid();
        const texts = {
            pg: schemaSource,
            ir: (0,schema/* schemaIrToJson */.Y0)(planned.desiredIr),
            state: renderSchemaState(schemaStateFor(planned.desiredIr, (0,schema/* schemaShapeHash */.fE)(planned.ast))),
        };
        const now = (0,clock/* rfc3339 */.a)(this.o.clock.now());
        const sidecar = recovery_sidecarKey(root.key, operationId);
        const record = { kind: 'schema_apply', operation_id: operationId, target_version: target, started_at: now, actor };
        try {
            await guard(() => this.s.write(sidecar, JSON.stringify(record, null, 2)));
            await writeStaging(this.s, root, texts);
        }
        catch (e) {
            // Before the commit point: leave nothing behind.
            await discardStaging(this.s, root, sidecar).catch(() => { });
            throw asEngineError(e);
        }
        const entry = {
            version: target,
            kind: 'schema_apply',
            operation_id: operationId,
            committed_at: now,
            schema_identity_domain: planned.desiredIr.schema_identity_domain,
            schema_ir_hash: (0,schema/* schemaIrHash */.Xx)(planned.desiredIr),
            schema_source_sha256: (0,hash/* sha256hex */.Lg)(schemaSource),
        };
        await this.commit(root, entry, sidecar);
        if (await this.o.failpoints.hit('schema_apply.after_manifest_commit')) {
            throw new GraphEngineError('injected failpoint triggered: schema_apply.after_manifest_commit');
        }
        try {
            // From memory, not from staging: a rival that lost the commit race may have overwritten staging.
            await promote(this.s, root, texts, sidecar);
        }
        catch (e) {
            throw new GraphEngineError(`schema apply committed manifest version ${target} but could not replace the schema files (${asEngineError(e).message}); a read-write open completes operation ${operationId}`);
        }
        return { supported: true, applied: true, graphManifestVersion: target, steps: planned.plan.steps };
    }
    /** We have no exports: the exclusion is refused only while a (test-planted) export claim exists. */
    async reserveExportRootExclusion(root) {
        if (await guard(() => this.s.exists(join(root.key, EXPORT_CLAIM)))) {
            throw new GraphEngineError(`an immutable export owns the root '${root.uri}' ('${EXPORT_CLAIM}' is present)`);
        }
        return { release: async () => { } };
    }
    /** The commit point of an apply. A lost race or a write that provably did not land leaves nothing behind. */
    async commit(root, entry, sidecar) {
        const key = manifestKey(root.key, entry.version);
        const text = renderManifestEntry(entry);
        let failure;
        try {
            const written = await this.s.writeIfAbsent(key, text);
            if (written.ok)
                return;
            await discardStaging(this.s, root, sidecar);
            throw new GraphEngineError('schema apply is already in progress');
        }
        catch (e) {
            if (e instanceof GraphEngineError)
                throw e;
            failure = asEngineError(e).message;
        }
        const stored = await this.s.read(key).then((found) => ({ known: true, text: found?.text ?? null }), () => ({ known: false, text: null }));
        if (stored.text === text)
            return;
        if (stored.known)
            await discardStaging(this.s, root, sidecar).catch(() => { });
        throw new GraphEngineError(stored.known
            ? failure
            : `schema apply of operation ${entry.operation_id} has an unknown outcome (${failure}); a read-write open completes or discards it`);
    }
    plan(accepted, source, options) {
        const planned = (0,schema/* planSchemaMigration */.XK)(accepted, source, options);
        if (!planned.ok)
            throw new GraphEngineError(planned.error.message);
        const ast = (0,schema/* parseSchema */.D0)(source);
        if (!ast.ok)
            throw new GraphEngineError(ast.error.message);
        return { plan: planned.value.plan, desiredIr: planned.value.desiredIr, ast: ast.value };
    }
    /** The accepted contract and the main manifest version; read-only never writes and refuses pending recovery. */
    async accepted(root, mode) {
        const versions = await committedVersions(this.s, root.key);
        const claim = await guard(() => this.s.exists(join(root.key, INIT_CLAIM)));
        if (versions.length === 0) {
            if (!(await guard(() => this.s.existsPrefix(root.key))))
                throw new GraphEngineError(`graph not found at '${root.uri}'`);
            throw new GraphEngineError(`graph at '${root.uri}' is not initialized: no '__manifest' was committed${claim ? ` and '${INIT_CLAIM}' is present (an interrupted initialization)` : ''}`);
        }
        if (claim)
            throw new GraphEngineError(`graph initialization at '${root.uri}' did not complete ('${INIT_CLAIM}' is present); inspect the root before using it`);
        if (mode.readOnly) {
            const [pending] = await pendingOperations(this.s, root.key);
            if (pending !== undefined) {
                throw new GraphEngineError(`recovery required for operation ${pending}: a schema apply was interrupted; open the graph read-write to complete recovery`);
            }
        }
        const version = versions[versions.length - 1];
        const entry = await readManifestEntry(this.s, root.key, version);
        if (!entry)
            throw new GraphEngineError(`manifest version ${version} disappeared while opening '${root.uri}'; retry`);
        const contract = await readLiveContract(this.s, root, entry);
        return { open: { schemaSource: contract.texts.pg, manifestVersion: version }, ir: contract.ir };
    }
}

;// CONCATENATED MODULE: ./src/adapters/omnigraph-cluster/failed-output.ts
// Nothing was observed: the binary never got as far as reading the ledger.
const NOTHING_OBSERVED = {
    state_path: '',
    lock_path: '',
    state_found: false,
    state_revision: 0,
    resource_count: 0,
    locked: false,
    lock_acquired: false,
};
/**
 * The output of a command the binary could not run (missing, too old, crashed, printed no JSON):
 * the same shape as a real one with `ok:false`, so renderers, the sticky comment and the failure
 * reasons treat it like any other failed command.
 */
function failedOutput(command, configDir, diagnostic) {
    const diagnostics = [diagnostic];
    const base = { ok: false, config_dir: configDir };
    const synced = { state_observations: NOTHING_OBSERVED, resource_digests: {}, resource_statuses: {}, observations: {}, diagnostics };
    const outputs = {
        validate: () => ({ ...base, config_file: '', resource_digests: {}, resources: [], dependencies: [], diagnostics }),
        plan: () => ({
            ...base,
            desired_revision: {},
            resource_digests: {},
            dependencies: [],
            state_observations: NOTHING_OBSERVED,
            changes: [],
            blast_radius: [],
            approvals_required: [],
            diagnostics,
        }),
        apply: () => ({
            ...base,
            desired_revision: {},
            state_observations: NOTHING_OBSERVED,
            changes: [],
            applied_count: 0,
            deferred_count: 0,
            converged: false,
            state_written: false,
            resource_statuses: {},
            diagnostics,
        }),
        // Spread after the leading keys: JSON key order is the reference's field order.
        status: () => ({ ...base, ...synced }),
        refresh: () => ({ ok: false, operation: 'refresh', config_dir: configDir, ...synced }),
        import: () => ({ ok: false, operation: 'import', config_dir: configDir, ...synced }),
        'force-unlock': () => ({ ...base, state_observations: NOTHING_OBSERVED, lock_removed: false, diagnostics }),
        approve: () => ({ ...base, diagnostics }),
    };
    return outputs[command]();
}

;// CONCATENATED MODULE: ./src/engine/model/output-schemas.ts
/**
 * Runtime schemas for the command outputs of outputs.ts, for JSON we did not produce ourselves:
 * `omnigraph cluster <cmd> --json` printed by a real binary (docs/contract/commands.md). The input comes from
 * the lossless reader (src/base/lossless-json.ts), so integers past 2^53 arrive as bigint and
 * fractional numbers as F64; the free-form parts (migration steps, observations) keep them as they
 * are so that re-printing is byte-faithful. Unknown keys are kept as well: a newer binary may add
 * fields our renderers ignore, and dropping them would make the JSON we re-print lie.
 */

const count = schemas/* number */.aig().int().nonnegative();
const output_schemas_digestMap = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP());
// A newer binary may emit codes our catalogue does not know yet; renderers fall back to the code.
const diagnostic = schemas/* object */.Ikc({ code: schemas/* string */.YjP().min(1), severity: schemas/* enum */.k5n(['error', 'warning']), path: schemas/* string */.YjP(), message: schemas/* string */.YjP() })
    .transform((d) => ({ ...d, code: d.code }));
const diagnostics = schemas/* array */.YOg(diagnostic);
const stateObservations = schemas/* looseObject */._H3({
    state_path: schemas/* string */.YjP(),
    lock_path: schemas/* string */.YjP(),
    state_found: schemas/* boolean */.zMY(),
    applied_config_digest: schemas/* string */.YjP().optional(),
    state_revision: count,
    state_cas: schemas/* string */.YjP().optional(),
    resource_count: count,
    locked: schemas/* boolean */.zMY(),
    lock_id: schemas/* string */.YjP().optional(),
    lock_acquired: schemas/* boolean */.zMY(),
    acquired_lock_id: schemas/* string */.YjP().optional(),
    lock_operation: schemas/* string */.YjP().optional(),
    lock_created_at: schemas/* string */.YjP().optional(),
    lock_pid: count.optional(),
    lock_age_seconds: count.optional(),
});
const dependency = schemas/* object */.Ikc({ from: schemas/* string */.YjP(), to: schemas/* string */.YjP() });
// Step fields are free-form engine JSON (docs/contract/migration.md#steps); only `kind` is structural.
const migrationStep = schemas/* looseObject */._H3({ kind: schemas/* string */.YjP() }).transform((s) => s);
const migration = schemas/* looseObject */._H3({ supported: schemas/* boolean */.zMY(), steps: schemas/* array */.YOg(migrationStep) });
const change = schemas/* looseObject */._H3({
    resource: schemas/* string */.YjP(),
    operation: schemas/* enum */.k5n(['create', 'update', 'delete']),
    before_digest: schemas/* string */.YjP().optional(),
    after_digest: schemas/* string */.YjP().optional(),
    disposition: schemas/* enum */.k5n(['applied', 'derived', 'deferred', 'blocked']).optional(),
    reason: schemas/* enum */.k5n([
        'apply_unsupported_kind',
        'dependency_not_applied',
        'cluster_recovery_pending',
        'graph_create_failed',
        'approval_required',
        'schema_apply_failed',
        'graph_delete_failed',
    ])
        .optional(),
    binding_change: schemas/* literal */.euz(true).optional(),
    metadata_change: schemas/* enum */.k5n(['policy_bindings', 'embedding_profile']).optional(),
    migration: migration.optional(),
});
const resourceStatus = schemas/* looseObject */._H3({
    status: schemas/* enum */.k5n(['pending', 'planned', 'applying', 'applied', 'drifted', 'blocked', 'error']),
    conditions: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    message: schemas/* string */.YjP().optional(),
});
const resourceStatuses = schemas/* record */.g1P(schemas/* string */.YjP(), resourceStatus);
const observations = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J());
const desiredRevision = schemas/* looseObject */._H3({ config_digest: schemas/* string */.YjP().optional() });
const validateOutputSchema = schemas/* looseObject */._H3({
    ok: schemas/* boolean */.zMY(),
    config_dir: schemas/* string */.YjP(),
    config_file: schemas/* string */.YjP(),
    resource_digests: output_schemas_digestMap,
    resources: schemas/* array */.YOg(schemas/* looseObject */._H3({ address: schemas/* string */.YjP(), kind: schemas/* string */.YjP(), digest: schemas/* string */.YjP(), path: schemas/* string */.YjP().optional() })),
    dependencies: schemas/* array */.YOg(dependency),
    diagnostics,
});
const planOutputSchema = schemas/* looseObject */._H3({
    ok: schemas/* boolean */.zMY(),
    config_dir: schemas/* string */.YjP(),
    desired_revision: desiredRevision,
    resource_digests: output_schemas_digestMap,
    dependencies: schemas/* array */.YOg(dependency),
    state_observations: stateObservations,
    changes: schemas/* array */.YOg(change),
    blast_radius: schemas/* array */.YOg(schemas/* looseObject */._H3({ resource: schemas/* string */.YjP(), affected: schemas/* array */.YOg(schemas/* string */.YjP()) })),
    approvals_required: schemas/* array */.YOg(schemas/* looseObject */._H3({ resource: schemas/* string */.YjP(), reason: schemas/* string */.YjP(), satisfied: schemas/* boolean */.zMY() })),
    diagnostics,
});
const applyOutputSchema = schemas/* looseObject */._H3({
    ok: schemas/* boolean */.zMY(),
    config_dir: schemas/* string */.YjP(),
    actor: schemas/* string */.YjP().optional(),
    desired_revision: desiredRevision,
    state_observations: stateObservations,
    changes: schemas/* array */.YOg(change),
    applied_count: count,
    deferred_count: count,
    converged: schemas/* boolean */.zMY(),
    state_written: schemas/* boolean */.zMY(),
    resource_statuses: resourceStatuses,
    diagnostics,
});
const statusOutputSchema = schemas/* looseObject */._H3({
    ok: schemas/* boolean */.zMY(),
    config_dir: schemas/* string */.YjP(),
    state_observations: stateObservations,
    resource_digests: output_schemas_digestMap,
    resource_statuses: resourceStatuses,
    observations,
    diagnostics,
});
const refreshOutputSchema = schemas/* looseObject */._H3({
    ok: schemas/* boolean */.zMY(),
    operation: schemas/* enum */.k5n(['refresh', 'import']),
    config_dir: schemas/* string */.YjP(),
    state_observations: stateObservations,
    resource_digests: output_schemas_digestMap,
    resource_statuses: resourceStatuses,
    observations,
    diagnostics,
});
const forceUnlockOutputSchema = schemas/* looseObject */._H3({
    ok: schemas/* boolean */.zMY(),
    config_dir: schemas/* string */.YjP(),
    state_observations: stateObservations,
    lock_removed: schemas/* boolean */.zMY(),
    diagnostics,
});
const approveOutputSchema = schemas/* looseObject */._H3({
    ok: schemas/* boolean */.zMY(),
    config_dir: schemas/* string */.YjP(),
    approval_id: schemas/* string */.YjP().optional(),
    resource: schemas/* string */.YjP().optional(),
    operation: schemas/* enum */.k5n(['delete', 'update']).optional(),
    approved_by: schemas/* string */.YjP().optional(),
    diagnostics,
});

;// CONCATENATED MODULE: ./src/adapters/omnigraph-cluster/run-binary.ts
/** Runs the binary with an argv array (never a shell) and collects both streams in full. */
async function runBinary(binary, args, options) {
    // Loaded here, not at the top: child_process pulls in net and dgram, a few ms of every CLI
    // start that never runs the binary (the embedded engine, the default).
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
    return new Promise((resolve) => {
        const child = spawn(binary, [...args], { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = options.readOnlyTimeoutMs === undefined
            ? null
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
            }, options.readOnlyTimeoutMs);
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            resolve({ kind: 'unusable', message: unusableMessage(binary, e) });
        });
        child.on('close', (exitCode, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({
                kind: 'exited',
                exitCode,
                signal,
                timedOut,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            });
        });
    });
}
function unusableMessage(binary, e) {
    if (e.code === 'ENOENT')
        return `omnigraph binary not found at '${binary}' (set --omnigraph-bin, the omnigraph-bin input or $OMNIGRAPH_BIN)`;
    if (e.code === 'EACCES')
        return `omnigraph binary at '${binary}' is not executable`;
    return `omnigraph binary at '${binary}' could not be started: ${e.message}`;
}
const ANSI = new RegExp(String.raw `\u001b\[[0-9;]*[A-Za-z]`, 'g');
/** The first lines of a stream, ANSI colour codes removed (color-eyre colours its reports). */
function firstLines(text, count = 6) {
    return text.replace(ANSI, '').trim().split('\n').slice(0, count).join('\n');
}
/** "exited with code 1" / "was killed by SIGKILL" / "timed out after 600 s". */
function describeExit(run, timeoutMs) {
    if (run.timedOut && timeoutMs !== undefined)
        return `timed out after ${Math.round(timeoutMs / 1000)} s`;
    if (run.signal)
        return `was killed by ${run.signal}`;
    return `exited with code ${run.exitCode ?? 'unknown'}`;
}

;// CONCATENATED MODULE: ./src/adapters/omnigraph-cluster/interpret.ts





const SCHEMAS = {
    validate: validateOutputSchema,
    plan: planOutputSchema,
    apply: applyOutputSchema,
    status: statusOutputSchema,
    refresh: refreshOutputSchema,
    import: refreshOutputSchema,
    'force-unlock': forceUnlockOutputSchema,
    approve: approveOutputSchema,
};
/**
 * Turns one finished `omnigraph cluster <cmd> --json` into our output object. The reference
 * prints the JSON and then exits 1 when `ok` is false (crates/omnigraph-cli/src/output.rs,
 * `finish_cluster_*`), so a non-zero exit with valid JSON is an ordinary failed command; no JSON
 * at all (clap usage error, color-eyre report, crash, kill) becomes one diagnostic carrying the
 * exit and the first lines of stderr.
 */
function interpretRun(inv, run) {
    const exit = describeExit(run, inv.timeoutMs);
    let json;
    try {
        json = (0,lossless_json/* parseJsonLossless */.KK)(run.stdout);
    }
    catch (e) {
        if (run.exitCode !== 0 || run.signal)
            return interpret_fail(inv, noJsonDiagnostic(inv, run, exit));
        const why = e instanceof lossless_json/* JsonSyntaxError */.q3 ? e.message : String(e);
        return interpret_fail(inv, interpret_invalid(`\`${inv.display}\` printed output that is not JSON (${why}): ${firstLines(run.stdout, 3)}`));
    }
    const parsed = SCHEMAS[inv.command].safeParse(canonicalObservationKeys(json));
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
        return interpret_fail(inv, interpret_invalid(`\`${inv.display}\` printed JSON this action does not understand${where}: ${issue?.message ?? 'invalid'}`));
    }
    const output = parsed.data;
    if (run.exitCode === 0 && !run.signal)
        return output;
    if (!output.ok)
        return output;
    // `ok:true` with a failing exit: the process died after printing, so nothing proves it finished.
    const late = (0,engine_diagnostics/* error */.z3)('omnigraph_command_failed', 'omnigraph', `\`${inv.display}\` printed ok:true but ${exit}: ${firstLines(run.stderr)}`);
    return { ...output, ok: false, diagnostics: [...output.diagnostics, late] };
}
function noJsonDiagnostic(inv, run, exit) {
    const stderr = firstLines(run.stderr || run.stdout);
    if (/unrecognized subcommand/.test(stderr)) {
        return (0,engine_diagnostics/* error */.z3)('omnigraph_version_unsupported', 'omnigraph', `this omnigraph binary has no \`cluster ${inv.command}\` (${exit}): ${stderr}`);
    }
    return (0,engine_diagnostics/* error */.z3)('omnigraph_command_failed', 'omnigraph', `\`${inv.display}\` ${exit}${stderr ? `: ${stderr}` : ' and printed nothing'}`);
}
function interpret_invalid(message) {
    return (0,engine_diagnostics/* error */.z3)('omnigraph_output_invalid', 'omnigraph', message);
}
function interpret_fail(inv, diagnostic) {
    return failedOutput(inv.command, inv.configDir, diagnostic);
}
/**
 * Released binaries (≤ 0.9) name a graph observation's version `manifest_version`; HEAD and our
 * renderers say `graph_manifest_version` (docs/contract/graph-engine.md#json-dialects). Renamed in place, so the key keeps the
 * position the reference's struct gives it.
 */
function canonicalObservationKeys(json) {
    if (!isObject(json) || !isObject(json.observations))
        return json;
    const observations = json.observations;
    for (const address of Object.keys(observations)) {
        const observation = observations[address];
        if (!isObject(observation) || !Object.hasOwn(observation, 'manifest_version') || Object.hasOwn(observation, 'graph_manifest_version'))
            continue;
        const renamed = Object.create(null);
        for (const [key, value] of Object.entries(observation))
            renamed[key === 'manifest_version' ? 'graph_manifest_version' : key] = value;
        observations[address] = renamed;
    }
    return json;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/adapters/omnigraph-cluster/version.ts
/**
 * The oldest release with each `cluster` subcommand. The control plane first shipped in v0.7.0
 * with all eight; pre-0.7.0 development builds (which still call themselves 0.6.2) had `cluster`
 * without `approve` and without the init/schema-apply refusal, so 0.7.0 is the floor for all.
 */
const MIN_VERSION_FOR = {
    validate: '0.7.0',
    plan: '0.7.0',
    apply: '0.7.0',
    status: '0.7.0',
    refresh: '0.7.0',
    import: '0.7.0',
    'force-unlock': '0.7.0',
    approve: '0.7.0',
};
function parseVersionOutput(text) {
    const version = /^omnigraph\s+v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)\s*$/m.exec(text)?.[1];
    if (!version)
        return null;
    const internal = /^internal-schema\s+(\d+)\s*$/m.exec(text)?.[1];
    return { version, internalSchema: internal === undefined ? null : Number(internal) };
}
/** Compares the numeric major.minor.patch; a pre-release sorts before its release. */
function compareVersions(a, b) {
    const [coreA = '', preA] = a.split(/-(.*)/s);
    const [coreB = '', preB] = b.split(/-(.*)/s);
    const pa = coreA.split('+')[0].split('.').map(Number);
    const pb = coreB.split('+')[0].split('.').map(Number);
    for (let i = 0; i < 3; i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    if (preA === undefined || preB === undefined)
        return preA === preB ? 0 : preA === undefined ? 1 : -1;
    return preA < preB ? -1 : preA > preB ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/adapters/omnigraph-cluster/cluster-commands.ts






/**
 * Generous, and only for commands that never write (`validate`, `status`): a hung binary should
 * not hold a CI job for hours, but nothing may cut `plan` (holds the lock), `apply`, `approve`,
 * `refresh`, `import` or `force-unlock` in the middle of a write.
 */
const READ_ONLY_TIMEOUT_MS = 10 * 60 * 1000;
const READ_ONLY = new Set(['validate', 'status']);
/**
 * The binary's environment: everything it may need (AWS_*, OMNIGRAPH_*, HOME, PATH), but not the
 * action's inputs (`INPUT_GITHUB-TOKEN`), runner tokens or a GitHub token it has no use for.
 */
function binaryEnv(env) {
    const secretLike = (key) => key.startsWith('INPUT_') || key.startsWith('ACTIONS_') || key === 'GITHUB_TOKEN' || key === 'GH_TOKEN';
    return Object.fromEntries(Object.entries(env).filter(([key]) => !secretLike(key.toUpperCase())));
}
/**
 * `engine: omnigraph`: every command is `omnigraph [--as A] cluster <cmd> --config DIR --json`
 * (docs/contract/commands.md). Real releases refuse `init` and `schema apply` inside a cluster root, so the
 * binary's own control plane does the graph-moving work, and its JSON (the same contract as ours)
 * goes to the same renderers, fingerprint, comment and failure reasons as the embedded engine's.
 */
class OmnigraphClusterCommands {
    options;
    version = null;
    env;
    constructor(options) {
        this.options = options;
        this.env = binaryEnv(options.env);
    }
    validate(o) {
        return this.run('validate', o.configDir, null, []);
    }
    plan(o) {
        return this.run('plan', o.configDir, null, []);
    }
    apply(o) {
        return this.run('apply', o.configDir, o.actor, []);
    }
    status(o) {
        return this.run('status', o.configDir, null, []);
    }
    refresh(o) {
        return this.run('refresh', o.configDir, null, []);
    }
    importState(o) {
        return this.run('import', o.configDir, null, []);
    }
    forceUnlock(o) {
        return this.run('force-unlock', o.configDir, null, [o.lockId]);
    }
    approve(o) {
        return this.run('approve', o.configDir, o.actor, [o.resource]);
    }
    async serving(o) {
        if (this.options.serving)
            return this.options.serving(o);
        const why = (0,engine_diagnostics/* error */.z3)('graph_engine_unavailable', 'omnigraph', 'the serving check is not wired for this engine');
        return { ok: false, config_dir: o.configDir, serving: [], quarantined: [], diagnostics: [why] };
    }
    /** `omnigraph version`, asked once per instance. */
    binaryVersion() {
        this.version ??= this.readVersion();
        return this.version;
    }
    async readVersion() {
        const run = await runBinary(this.options.binary, ['version'], { env: this.env, cwd: this.options.cwd, readOnlyTimeoutMs: 60_000 });
        if (run.kind === 'unusable')
            return (0,engine_diagnostics/* error */.z3)('graph_engine_unavailable', 'omnigraph', run.message);
        const parsed = run.exitCode === 0 ? parseVersionOutput(run.stdout) : null;
        if (parsed)
            return parsed;
        const why = run.exitCode === 0 ? firstLines(run.stdout, 3) : `${describeExit(run, 60_000)}: ${firstLines(run.stderr)}`;
        return (0,engine_diagnostics/* error */.z3)('graph_engine_unavailable', 'omnigraph', `could not read the version from \`omnigraph version\` at '${this.options.binary}': ${why}`);
    }
    async run(command, configDir, actor, positionals) {
        const version = await this.binaryVersion();
        if ('code' in version)
            return failedOutput(command, configDir, version);
        const minimum = MIN_VERSION_FOR[command];
        if (compareVersions(version.version, minimum) < 0) {
            const message = `\`omnigraph cluster ${command}\` needs omnigraph ${minimum} or newer; '${this.options.binary}' is ${version.version}`;
            return failedOutput(command, configDir, (0,engine_diagnostics/* error */.z3)('omnigraph_version_unsupported', 'omnigraph', message));
        }
        // `--` ends clap's options: a lock id or address starting with `-` stays a positional.
        const args = [
            ...(actor ? ['--as', actor] : []),
            'cluster',
            command,
            '--config',
            configDir,
            '--json',
            ...(positionals.length > 0 ? ['--', ...positionals] : []),
        ];
        const display = `omnigraph ${args.join(' ')}`;
        const timeoutMs = READ_ONLY.has(command) ? READ_ONLY_TIMEOUT_MS : undefined;
        (this.options.logger ?? silentLogger).debug(`running ${display}`);
        const run = await runBinary(this.options.binary, args, { env: this.env, cwd: this.options.cwd, readOnlyTimeoutMs: timeoutMs });
        if (run.kind === 'unusable')
            return failedOutput(command, configDir, (0,engine_diagnostics/* error */.z3)('graph_engine_unavailable', 'omnigraph', run.message));
        return interpretRun({ command, configDir, display, timeoutMs }, run);
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/adapters/system/ulid.ts

/**
 * ULIDs (github.com/ulid/spec): 48-bit millisecond time then 80 random bits, as 26 Crockford
 * base32 characters. The `ulid` package draws randomness one character at a time (a
 * `crypto.randomBytes(1)` each, 16 per id); here each id takes one 10-byte draw, which is exactly
 * its 80 random bits, so no bit is wasted and no character is biased.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MAX_TIME = 2 ** 48 - 1;
function ulidFrom(timeMs, random) {
    if (!Number.isInteger(timeMs) || timeMs < 0 || timeMs > MAX_TIME)
        throw new RangeError(`ULID time ${timeMs} is out of range`);
    if (random.length !== 10)
        throw new RangeError('a ULID needs exactly 10 random bytes');
    let out = '';
    let time = timeMs;
    for (let i = 0; i < 10; i++) {
        out = ALPHABET[time % 32] + out;
        time = Math.floor(time / 32);
    }
    // 80 bits = 16 groups of 5: take each 5-byte block (40 bits) as 8 characters.
    for (let block = 0; block < 10; block += 5) {
        let hi = (random[block] << 12) | (random[block + 1] << 4) | (random[block + 2] >> 4);
        let lo = ((random[block + 2] & 0x0f) << 16) | (random[block + 3] << 8) | random[block + 4];
        let chars = '';
        for (let i = 0; i < 4; i++) {
            chars = ALPHABET[lo & 31] + chars;
            lo >>= 5;
        }
        for (let i = 0; i < 4; i++) {
            chars = ALPHABET[hi & 31] + chars;
            hi >>= 5;
        }
        out += chars;
    }
    return out;
}
/**
 * Random bytes are drawn 4 KiB at a time and handed out 10 per id: each draw is a call into
 * OpenSSL (which also checks its process id), and an apply creating 500 graphs takes ~12,000 ids
 * (temp-file names, sidecars), about 0.2 s of draws one id at a time. Each byte is used once.
 */
const pool = new Uint8Array(4096);
let poolOffset = pool.length;
function randomTen() {
    if (poolOffset + 10 > pool.length) {
        (0,external_node_crypto_.randomFillSync)(pool);
        poolOffset = 0;
    }
    const bytes = pool.slice(poolOffset, poolOffset + 10);
    poolOffset += 10;
    return bytes;
}
function ulid(now = Date.now()) {
    return ulidFrom(now, randomTen());
}

// EXTERNAL MODULE: ./node_modules/ulid/dist/node/index.js
var node = __webpack_require__(14125);
;// CONCATENATED MODULE: ./src/adapters/storage/local-claim.ts






/**
 * A claim older than this was left by a process that died on another host (or whose pid was
 * reused): a live holder keeps its claim for milliseconds. Documented in the README.
 */
const CLAIM_STALE_MS = 30_000;
/**
 * The exclusive claim that makes the local adapter's compare-and-replace one step across
 * processes. The claim records its owner (pid, host and a nonce): a claim whose owner is a
 * process on this host that no longer exists is broken at once, so a writer killed inside a
 * write stalls nobody; a claim from another host falls back to the age threshold. The claim
 * appears complete (written to a temp file, then hard-linked into place), so a waiter never
 * reads a half-written owner.
 */
async function acquireClaim(claim) {
    const deadline = Date.now() + CLAIM_STALE_MS + 5_000;
    const mine = { pid: process.pid, host: (0,external_node_os_.hostname)(), nonce: (0,node/* ulid */.Z0)() };
    for (;;) {
        if (await tryCreate(claim, mine))
            return;
        await breakIfAbandoned(claim);
        if (Date.now() > deadline)
            throw new ports_storage/* StorageError */.aq(`timed out waiting for '${claim}'`);
        await new Promise((r) => setTimeout(r, 5 + Math.floor(Math.random() * 10)));
    }
}
async function releaseClaim(claim) {
    await (0,promises_.rm)(claim, { force: true });
}
async function tryCreate(claim, owner) {
    const tmp = `${claim}.${owner.nonce}`;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(tmp, external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NOFOLLOW, 0o644);
        (0,external_node_fs_.writeSync)(fd, JSON.stringify(owner));
        (0,external_node_fs_.fsyncSync)(fd);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true });
        throw new ports_storage/* StorageError */.aq(ioMessage(e));
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
    try {
        await (0,promises_.link)(tmp, claim);
        return true;
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return false;
        throw new ports_storage/* StorageError */.aq(ioMessage(e));
    }
    finally {
        await (0,promises_.rm)(tmp, { force: true });
    }
}
/**
 * Removes the claim when its owner is provably gone. Two waiters may judge the same dead claim;
 * the second one re-reads before removing and leaves a claim whose nonce changed (a live owner's).
 */
async function breakIfAbandoned(claim) {
    let text;
    let ageMs;
    try {
        ageMs = Date.now() - (await (0,promises_.lstat)(claim)).mtimeMs;
        text = await (0,promises_.readFile)(claim, 'utf8');
    }
    catch {
        return; // The holder just released it; try again.
    }
    const owner = parseOwner(text);
    const dead = owner !== null && owner.host === (0,external_node_os_.hostname)() && owner.pid !== process.pid && !processExists(owner.pid);
    if (!dead && ageMs <= CLAIM_STALE_MS)
        return;
    try {
        if ((await (0,promises_.readFile)(claim, 'utf8')) === text)
            await (0,promises_.rm)(claim, { force: true });
    }
    catch {
        // Released meanwhile.
    }
}
function parseOwner(text) {
    try {
        const value = JSON.parse(text);
        if (value && Number.isSafeInteger(value.pid) && typeof value.host === 'string' && typeof value.nonce === 'string') {
            return { pid: value.pid, host: value.host, nonce: value.nonce };
        }
    }
    catch {
        // A claim from an older build is empty: only its age can tell.
    }
    return null;
}
function processExists(pid) {
    if (pid <= 0)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: it exists but belongs to someone else.
        return e.code !== 'ESRCH';
    }
}

;// CONCATENATED MODULE: ./src/adapters/storage/local-guard.ts





/**
 * Containment for the local storage adapter. The root is trusted (the operator chose it); what is
 * under it is not: anyone who can write the root (a bucket writer's local mirror, a pull request
 * adding files under `__cluster/` when `storage:` is local) can plant a symlink at
 * `__cluster/recoveries` or `graphs/<g>.omni` so that our writes, renames and deletes land outside
 * the root. Every operation therefore resolves its key here first: the key is refused when
 * `storageKeyProblem` refuses it, and every existing component between the root and the key is
 * lstat'ed and refused when it is a symlink (the error names it). Directories proved real are
 * remembered for the life of the adapter; a planted link appears before a command starts, and the
 * adapter itself never creates one.
 *
 * The lstats are synchronous: a local metadata lookup costs far less than a trip through libuv's
 * thread pool and the promise around it (about a third of the CPU, measured on the 10k-payload
 * check `status` runs), and the reads that follow are synchronous already (`readObjectFile`).
 */
class LocalPathGuard {
    root;
    realDirs = new Set();
    constructor(root) {
        this.root = root;
    }
    /**
     * Absolute path of `key`, after checking its parents (and the key itself when `includeLast`:
     * operations that read or descend into it; a rename or unlink of the last component replaces or
     * removes a link without following it).
     */
    resolve(key, options) {
        return this.locate(key, options).file;
    }
    /**
     * `resolve`, also telling whether every checked component exists as a directory. When one does
     * not (missing, or a file where a directory belongs), nothing at `key` can exist: a probe or a
     * read answers "absent" from that alone, without an lstat or open of its own that can only
     * fail (one per new payload an apply publishes, probed twice).
     */
    locate(key, options) {
        (0,ports_storage/* assertStorageKey */.$4)(key, this.root, { allowRoot: options.allowRoot });
        if (key === '')
            return { file: this.root, parentsExist: true };
        const segments = key.split('/');
        const upTo = options.includeLast ? segments.length : segments.length - 1;
        let current = this.root;
        let parentsExist = true;
        for (let i = 0; i < upTo; i++) {
            current = under(current, segments[i]);
            if (this.realDirs.has(current))
                continue;
            let stats;
            try {
                // A missing component is the common case while an apply creates a new resource's
                // directory: answered without an exception, whose stack capture cost twice the lstat.
                stats = (0,external_node_fs_.lstatSync)(current, { throwIfNoEntry: false });
            }
            catch (e) {
                if (e.code !== 'ENOTDIR')
                    throw new ports_storage/* StorageError */.aq(ioMessage(e));
            }
            if (stats?.isSymbolicLink())
                throw symlinkRefused(current);
            // Missing, or a file where a directory belongs: nothing further down exists yet (whatever
            // we create there is a real directory), unless this was the key itself.
            if (stats === undefined || !stats.isDirectory()) {
                parentsExist = i === segments.length - 1;
                break;
            }
            if (i < segments.length - 1)
                this.realDirs.add(current);
        }
        return { file: under(this.root, key), parentsExist };
    }
    /**
     * `dir` (an absolute path under the root that `resolve` produced) was just made by the adapter's
     * own `mkdir -p`, after `resolve` proved every component that existed then to be a real
     * directory: so it and its parents are real directories, as if lstat'ed. Without this, the next
     * key under each directory the run made paid an lstat to prove what the run itself had just
     * created (an apply publishes each new payload into a directory of its own).
     */
    learnDirectory(dir) {
        const prefix = this.root.endsWith((external_node_path_default()).sep) ? this.root : `${this.root}${(external_node_path_default()).sep}`;
        for (let current = dir; current.startsWith(prefix) && current.length > prefix.length; current = external_node_path_default().dirname(current)) {
            if (this.realDirs.has(current))
                return;
            this.realDirs.add(current);
        }
    }
    /** After a recursive delete, the directories it removed may be re-created by someone else. */
    forget(prefixPath) {
        for (const dir of this.realDirs)
            if (dir === prefixPath || dir.startsWith(`${prefixPath}${(external_node_path_default()).sep}`))
                this.realDirs.delete(dir);
    }
}
/**
 * `path.join(dir, rest)` for a key `assertStorageKey` accepted (no empty, `.` or `..` segment, no
 * backslash) under an absolute, resolved `dir`: nothing to normalise, so a concatenation gives the
 * same string at a fraction of the cost (the guard runs it per segment of every key it checks).
 */
function under(dir, rest) {
    const native = (external_node_path_default()).sep === '/' ? rest : rest.replaceAll('/', (external_node_path_default()).sep);
    return dir.endsWith((external_node_path_default()).sep) ? `${dir}${native}` : `${dir}${(external_node_path_default()).sep}${native}`;
}
/**
 * Reads a regular object file without following a final symlink and without blocking on a FIFO,
 * device or socket someone left at the path. `null` when nothing (or a directory) is there.
 */
function readObjectFile(file) {
    let read;
    try {
        read = readRegularFile(file, { followLinks: false });
    }
    catch (e) {
        throw new ports_storage/* StorageError */.aq(ioMessage(e));
    }
    switch (read.kind) {
        case 'ok':
            return read.bytes;
        case 'absent':
            return null;
        case 'link':
            throw symlinkRefused(file);
        case 'not-regular':
            throw new ports_storage/* UnsafePathError */.k0(`'${file}' is not a regular file (${read.what}); refusing to read it`);
    }
}
/** The one wording for a link found where the adapter resolves, reads or probes a key. */
function symlinkRefused(file) {
    return new ports_storage/* UnsafePathError */.k0(`'${file}' is a symbolic link; refusing to follow it inside the storage root`);
}

;// CONCATENATED MODULE: ./src/adapters/storage/local.ts













const local_utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Our own transient files; never listed, never mistaken for objects. */
/** Attempts to create a temp file whose directory concurrent deletes keep pruning; a real race loses at most once or twice. */
const PRUNE_RACE_ATTEMPTS = 5;
const TRANSIENT = /\.(tmp|claim)\.[0-9A-Z]{26}$|\.claim$/;
/**
 * `Storage` over a local directory. Atomic visibility by temp file + fsync + rename; create-if-
 * absent by hard-linking a complete temp file into place (link fails if the name exists, so
 * exactly one writer wins and nobody sees a partial file); replace-if-version under an exclusive
 * claim file so the compare and the rename happen as one step across processes. Every key goes
 * through `LocalPathGuard` first, so nothing is read, written or deleted through a symlink.
 */
class LocalStorage {
    root;
    guard;
    /** Directories this instance created or found, so each write does not mkdir its whole path again. */
    knownDirs = new Set();
    constructor(root) {
        this.root = external_node_path_default().resolve(root);
        this.guard = new LocalPathGuard(this.root);
    }
    displayPath(key) {
        return key === '' ? this.root : external_node_path_default().join(this.root, key);
    }
    objectUri(key) {
        return `file://${this.displayPath(key)}`;
    }
    async read(key) {
        // The parents only: readObjectFile opens the last component with O_NOFOLLOW and fstats it, so
        // it refuses a link, a FIFO or a device there itself, with the same errors, one lstat fewer.
        const { file, parentsExist } = this.guard.locate(key, { includeLast: false });
        // The checks and the read below are synchronous; one turn of the event loop keeps a caller
        // that polls in a loop from starving this process's pending writes (cheaper than async I/O).
        await (0,external_node_timers_promises_.setImmediate)();
        if (!parentsExist)
            return null;
        const bytes = readObjectFile(file);
        return bytes === null ? null : storedText(file, bytes);
    }
    /**
     * `exists` then `read` in one open: the open (refusing a link) and its fstat tell everything the
     * probe's lstat did, which made payload verification pay two syscalls per payload (10,000
     * lstats in a 10k-resource `status`). Each outcome is reported as the two calls would:
     * nothing there, a directory or a special file is absent (the probe said false); a link is the
     * probe's refusal; content that is not UTF-8 is the read's error. Any other failure of the open
     * (a permission problem, say) takes the two calls themselves, so it is attributed exactly.
     */
    async readIfExists(key) {
        let located;
        try {
            located = this.guard.locate(key, { includeLast: false });
        }
        catch (e) {
            throw new ports_storage/* ProbeFailed */.Qr(e);
        }
        await (0,external_node_timers_promises_.setImmediate)(); // as in read
        if (!located.parentsExist)
            return null;
        const file = located.file;
        let read;
        try {
            read = readRegularFile(file, { followLinks: false });
        }
        catch {
            return (0,ports_storage/* existsThenRead */.SX)(this, key);
        }
        switch (read.kind) {
            case 'absent':
            case 'not-regular':
                return null;
            case 'link':
                throw new ports_storage/* ProbeFailed */.Qr(symlinkRefused(file));
            case 'ok':
                return storedText(file, read.bytes);
        }
    }
    /**
     * The token of what is stored at `key` (null when nothing is), from the same checked read as
     * `read` but without decoding: a conditional write of a 20 MB ledger compared tokens through two
     * full reads, each leaving a 20 MB string behind at the command's memory peak.
     */
    async currentToken(key) {
        const { file, parentsExist } = this.guard.locate(key, { includeLast: false });
        await (0,external_node_timers_promises_.setImmediate)(); // as in read
        if (!parentsExist)
            return null;
        const bytes = readObjectFile(file);
        return bytes === null ? null : token(bytes);
    }
    async exists(key) {
        // The parents, then one lstat of the key itself (the guard would lstat it a second time).
        const { file, parentsExist } = this.guard.locate(key, { includeLast: false });
        await (0,external_node_timers_promises_.setImmediate)(); // as in read
        if (!parentsExist)
            return false;
        const kind = this.kindOf(file);
        if (kind === 'link')
            throw symlinkRefused(file);
        return kind === 'file';
    }
    /**
     * As on S3, a prefix exists when an object does under it: an empty directory (left by a writer
     * killed between its mkdir and its first file) or one holding only our temp files does not.
     */
    async existsPrefix(prefix) {
        const dir = this.guard.resolve(prefix, { includeLast: true, allowRoot: true });
        const kind = this.kindOf(dir);
        if (kind === 'file')
            return true;
        return kind === 'dir' && (await this.holdsObject(dir));
    }
    async holdsObject(dir) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (e) {
            if (isMissing(e))
                return false;
            throw new ports_storage/* StorageError */.aq(ioMessage(e));
        }
        if (entries.some((e) => e.isFile() && !TRANSIENT.test(e.name)))
            return true;
        for (const entry of entries)
            if (entry.isDirectory() && (await this.holdsObject(external_node_path_default().join(dir, entry.name))))
                return true;
        return false;
    }
    async write(key, text) {
        const file = this.guard.resolve(key, { includeLast: false });
        return this.replace(file, text);
    }
    async writeIfAbsent(key, text, options = {}) {
        const file = this.guard.resolve(key, { includeLast: false });
        const bytes = Buffer.from(text, 'utf8');
        const tmp = await this.writeTemp(file, bytes, options.durable ?? true);
        try {
            (0,external_node_fs_.linkSync)(tmp, file);
            return { ok: true, token: token(bytes) };
        }
        catch (e) {
            if (e.code === 'EEXIST')
                return { ok: false, reason: 'exists' };
            throw new ports_storage/* StorageError */.aq(ioMessage(e));
        }
        finally {
            removeTemp(tmp);
        }
    }
    async writeIfMatch(key, text, expected) {
        const file = this.guard.resolve(key, { includeLast: true });
        // Nothing to replace: a lost race, decided without creating the directory for the claim.
        if ((await this.currentToken(key)) === null)
            return { ok: false, reason: 'mismatch' };
        await this.ensureDir(file);
        const claim = `${file}.claim`;
        await acquireClaim(claim);
        try {
            if ((await this.currentToken(key)) !== expected)
                return { ok: false, reason: 'mismatch' };
            return { ok: true, token: await this.replace(file, text) };
        }
        finally {
            await releaseClaim(claim);
        }
    }
    async list(prefix) {
        const dir = this.guard.resolve(prefix, { includeLast: true, allowRoot: true });
        await (0,external_node_timers_promises_.setImmediate)(); // as in read
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (e) {
            if (isMissing(e))
                return [];
            throw new ports_storage/* StorageError */.aq(ioMessage(e));
        }
        // A symlink entry is not an object: it is neither listed nor followed.
        return (0,json/* sortBytewise */.lP)(entries.filter((e) => e.isFile() && !TRANSIENT.test(e.name)).map((e) => e.name));
    }
    async delete(key) {
        // unlink removes a link itself, never its target, so the last component needs no check.
        const file = this.guard.resolve(key, { includeLast: false });
        await (0,external_node_timers_promises_.setImmediate)(); // as in read
        try {
            (0,external_node_fs_.unlinkSync)(file);
        }
        catch (e) {
            const code = e.code;
            // Absent, or a directory (which is not an object): nothing to delete.
            if (isMissing(e) || code === 'EISDIR' || code === 'EPERM')
                return;
            throw new ports_storage/* StorageError */.aq(ioMessage(e));
        }
        this.pruneEmptyParents(key);
    }
    /**
     * An object store has no empty folders, and neither do we: the directories a delete left empty
     * go too, so `apply` before `import` (lock taken and released, no ledger) leaves no `__cluster/`
     * behind. rmdir refuses a directory that is not empty, so nothing anyone wrote is lost; a writer
     * that created the directory just before we removed it retries (writeTemp).
     */
    pruneEmptyParents(key) {
        const segments = key.split('/');
        for (let depth = segments.length - 1; depth > 0; depth--) {
            const dir = external_node_path_default().join(this.root, ...segments.slice(0, depth));
            try {
                (0,external_node_fs_.rmdirSync)(dir);
            }
            catch {
                return;
            }
            this.guard.forget(dir);
        }
    }
    async deletePrefix(prefix) {
        const dir = this.guard.resolve(prefix, { includeLast: true });
        try {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
        catch (e) {
            throw new ports_storage/* StorageError */.aq(ioMessage(e));
        }
        finally {
            this.guard.forget(dir);
            this.knownDirs.clear();
        }
    }
    /** Synchronous for the reason the guard's lstats are (local-guard.ts). */
    kindOf(file) {
        try {
            // Missing is a normal answer here (a probe before a publish): no exception for it.
            const s = (0,external_node_fs_.lstatSync)(file, { throwIfNoEntry: false });
            if (s === undefined)
                return 'missing';
            return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : s.isSymbolicLink() ? 'link' : 'other';
        }
        catch (e) {
            if (isMissing(e))
                return 'missing';
            throw new ports_storage/* StorageError */.aq(ioMessage(e));
        }
    }
    /** Temp file + rename: rename replaces whatever is at `file` (even a link) without following it. */
    async replace(file, text) {
        // Encoded once, for the file and for its token.
        const bytes = Buffer.from(text, 'utf8');
        const tmp = await this.writeTemp(file, bytes);
        try {
            (0,external_node_fs_.renameSync)(tmp, file);
        }
        catch (e) {
            removeTemp(tmp);
            throw new ports_storage/* StorageError */.aq(ioMessage(e));
        }
        return token(bytes);
    }
    async ensureDir(file) {
        const dir = external_node_path_default().dirname(file);
        if (this.knownDirs.has(dir))
            return;
        try {
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        }
        catch (e) {
            throw new ports_storage/* StorageError */.aq(ioMessage(e));
        }
        this.knownDirs.add(dir);
        this.guard.learnDirectory(dir);
    }
    /**
     * A complete temp file beside the target (same filesystem, so rename/link are atomic), fsynced
     * unless `durable` is false. The fsync runs on libuv's pool, so concurrent writes overlap.
     */
    async writeTemp(file, bytes, durable = true) {
        const tmp = `${file}.tmp.${ulid()}`;
        for (let attempt = 1;; attempt++) {
            await this.ensureDir(file);
            try {
                await writeNew(tmp, bytes, durable);
                return tmp;
            }
            catch (e) {
                // A delete (ours or another process's) prunes directories it leaves empty, this one maybe.
                if (e.code !== 'ENOENT' || attempt >= PRUNE_RACE_ATTEMPTS)
                    throw new ports_storage/* StorageError */.aq(ioMessage(e));
                this.knownDirs.delete(external_node_path_default().dirname(file));
            }
        }
    }
}
/**
 * Creating, writing, linking, renaming and unlinking a small file, and listing a directory, are
 * page-cache operations that finish at once; a trip through libuv's thread pool for each cost more
 * than the work (an apply creating 500 graphs made ~60,000 of them, with four futex calls each).
 * So they run synchronously, like the guard's lstats and the reads; only the fsync, which waits
 * for the disk, goes to the pool, where the 32 writes in flight overlap theirs.
 */
async function writeNew(tmp, bytes, durable) {
    const fd = (0,external_node_fs_.openSync)(tmp, external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    try {
        (0,external_node_fs_.writeFileSync)(fd, bytes);
        if (durable)
            await fsyncOnPool(fd);
    }
    catch (e) {
        (0,external_node_fs_.closeSync)(fd);
        removeTemp(tmp);
        throw e;
    }
    (0,external_node_fs_.closeSync)(fd);
}
const fsyncOnPool = (0,external_node_util_.promisify)(external_node_fs_.fsync);
/**
 * Removes one of our own temp files. `rmSync(…, { force: true })` lstats the path (twice on Node
 * 20) before unlinking it: two to four syscalls more per published payload for a path we created
 * as a plain file a moment ago. Already gone is fine.
 */
function removeTemp(tmp) {
    try {
        (0,external_node_fs_.unlinkSync)(tmp);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
}
/** The object read from `file`; its bytes must be UTF-8. */
function storedText(file, bytes) {
    let text;
    try {
        text = local_utf8.decode(bytes);
    }
    catch {
        throw new ports_storage/* StorageError */.aq(`'${file}' is not valid UTF-8`);
    }
    // The token is hashed only when asked for: most reads (state, payload checks) never use it.
    let version;
    return {
        text,
        get token() {
            version ??= token(bytes);
            return version;
        },
    };
}
function token(bytes) {
    return (0,hash/* sha256hex */.Lg)(bytes);
}
function isMissing(e) {
    const code = e.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}

// EXTERNAL MODULE: ./src/adapters/storage/s3-config.ts
var s3_config = __webpack_require__(60517);
;// CONCATENATED MODULE: ./src/adapters/storage/lazy-s3.ts


/**
 * An S3 `Storage` whose AWS SDK is loaded on the first request, not at start-up: the SDK's module
 * graph is the largest part of the bundle and a run on local storage never needs it. The URI and
 * the client settings are checked now, so a bad `storage:` or endpoint fails exactly where
 * `createS3Storage` would.
 */
function openS3Storage(uri, env) {
    const location = (0,s3_config/* parseS3Uri */.yc)(uri);
    if (!location)
        throw new ports_storage/* StorageError */.aq(`'${uri}' is not an s3://bucket/prefix URI`);
    (0,s3_config/* s3ClientConfig */.gW)(env);
    return new LazyS3Storage((0,s3_config/* s3RootUri */.jk)(location), () => Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(106)]).then(__webpack_require__.bind(__webpack_require__, 17106)).then((m) => m.createS3Storage(uri, env)));
}
class LazyS3Storage {
    root;
    load;
    loading = null;
    constructor(root, load) {
        this.root = root;
        this.load = load;
    }
    get real() {
        this.loading ??= this.load();
        return this.loading;
    }
    displayPath(key) {
        return key === '' ? this.root : `${this.root}/${key}`;
    }
    objectUri(key) {
        return this.displayPath(key);
    }
    async read(key) {
        return (await this.real).read(key);
    }
    async readIfExists(key) {
        return (await this.real).readIfExists(key);
    }
    async exists(key) {
        return (await this.real).exists(key);
    }
    async existsPrefix(prefix) {
        return (await this.real).existsPrefix(prefix);
    }
    async write(key, text) {
        return (await this.real).write(key, text);
    }
    async writeIfAbsent(key, text) {
        return (await this.real).writeIfAbsent(key, text);
    }
    async writeIfMatch(key, text, token) {
        return (await this.real).writeIfMatch(key, text, token);
    }
    async list(prefix) {
        return (await this.real).list(prefix);
    }
    async delete(key) {
        return (await this.real).delete(key);
    }
    async deletePrefix(prefix) {
        return (await this.real).deletePrefix(prefix);
    }
}

;// CONCATENATED MODULE: ./src/adapters/system/system.ts

const systemClock = { now: () => new Date() };
const ulidIds = { ulid: () => ulid() };

;// CONCATENATED MODULE: ./src/adapters/wiring.ts









/** The real world behind the embedded commands: local files, local or S3 storage, our engine. */
function createDeps(options) {
    const failpoints = envFailpoints(options.env);
    const openStorage = (root) => root.kind === 'local' ? new LocalStorage(root.path) : openS3Storage(root.uri, options.env);
    const graphEngine = (storage) => new EmbeddedGraphEngine({ storage, ids: ulidIds, clock: systemClock, failpoints });
    return {
        sources: new LocalSourceFiles(options.cwd),
        openStorage,
        graphEngine,
        clock: systemClock,
        ids: ulidIds,
        logger: options.logger ?? silentLogger,
        failpoints,
        pid: process.pid,
        ...(options.validationCache ? { validationCache: options.validationCache } : {}),
    };
}
/** The binary for `engine: omnigraph`: the explicit path, else $OMNIGRAPH_BIN, else `omnigraph` on PATH. */
function omnigraphBinary(options) {
    return options.omnigraphPath || options.env.OMNIGRAPH_BIN || 'omnigraph';
}
/**
 * The commands the CLI and the action call. `omnigraph` hands every command to the binary's own
 * control plane (no per-graph calls over the binary remain: released binaries refuse `init` and
 * `schema apply` inside a cluster root); everything above this function is one code path.
 */
function createClusterCommands(options) {
    if (options.engine === 'omnigraph') {
        const embedded = createCommands(createDeps(options));
        return new OmnigraphClusterCommands({
            binary: omnigraphBinary(options),
            env: options.env,
            cwd: options.cwd,
            logger: options.logger,
            serving: (o) => embedded.serving(o),
        });
    }
    return createCommands(createDeps(options));
}

// EXTERNAL MODULE: ./src/engine/targets/index.ts + 5 modules
var targets = __webpack_require__(13544);
// EXTERNAL MODULE: ./src/action/context.ts
var action_context = __webpack_require__(40645);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/action/redact.ts
var redact = __webpack_require__(30065);
// EXTERNAL MODULE: ./src/action/github/client.ts
var client = __webpack_require__(57441);
;// CONCATENATED MODULE: ./src/action/github/octokit-client.ts
/**
 * GitHubClient over @actions/github's Octokit with the retry and throttling plugins:
 * - 5xx (and network failures) are retried with growing waits (plugin-retry: 1 s, then 4 s);
 *   400/401/403/404/410/422/451 are never retried.
 * - Primary and secondary rate limits (403/429 with `x-ratelimit-remaining: 0` or a "secondary
 *   rate limit" message, `retry-after` honoured) are waited out when the wait is short, else the
 *   request fails; writes are paced as GitHub asks of content-creating requests.
 * - Lists are read with octokit.paginate (every page, `per_page=100`, Link `rel="next"`).
 * GHES works through GITHUB_API_URL / GITHUB_GRAPHQL_URL. A request to any other origin (e.g. a
 * Link header pointing elsewhere) is refused before it leaves, so the token goes nowhere else.
 * Every failure leaves as a GitHubApiError whose text never contains the token.
 */






const BUILT_IN_ROLES = new Set(['admin', 'maintain', 'write', 'triage', 'read']);
/** Longest rate-limit wait (seconds) worth holding a CI job for; beyond it the request fails. */
const MAX_RATE_LIMIT_WAIT_S = 90;
const MAX_RATE_LIMIT_RETRIES = 2;
class OctokitGitHubClient {
    options;
    octokit;
    repoParams;
    constructor(options) {
        this.options = options;
        this.repoParams = { owner: options.owner, repo: options.repo };
        const log = options.log ?? (() => undefined);
        const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
            const wait = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
            log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ${wait ? `retrying in ${retryAfter}s` : 'giving up'}`);
            return wait;
        };
        this.octokit = (0,github/* getOctokit */.Q)(options.token, {
            baseUrl: options.apiUrl,
            retry: { retries: 2 },
            throttle: {
                onRateLimit: onLimit('primary'),
                onSecondaryRateLimit: onLimit('secondary'),
                // The plugin spaces every write 1 s apart and every comment/issue creation 3 s apart,
                // which GitHub asks of clients that make many content-creating requests. A run makes a
                // handful (one comment, one status, a reaction or two), so writes go one at a time but
                // unpaced, and the rate-limit handlers above still wait out any secondary limit.
                write: new (light_default()).Group({ maxConcurrent: 1, minTime: 0 }),
                notifications: new (light_default()).Group({ maxConcurrent: 1, minTime: 0 }),
            },
            log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
        }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
        const allowed = new Set([new URL(options.apiUrl).origin, new URL(options.graphqlUrl).origin]);
        this.octokit.hook.before('request', (request) => {
            const url = new URL(request.url, options.apiUrl);
            if (!allowed.has(url.origin))
                throw new client/* GitHubApiError */.OS(0, request.method, url.pathname, `refused to send the token to ${url.origin}`);
        });
    }
    async viewerLogin() {
        let answer;
        try {
            // A plain request to GITHUB_GRAPHQL_URL: octokit.graphql derives its URL from the REST base.
            answer = await this.octokit.request({ method: 'POST', url: this.options.graphqlUrl, query: 'query { viewer { login } }' });
        }
        catch (error) {
            // The workflow token may be refused `viewer` (401/403): the caller falls back to the bot
            // login. Anything else (5xx after retries, network) is a real failure.
            const status = statusOf(error);
            if (status === 401 || status === 403)
                return null;
            throw this.failure(error, 'POST', '/graphql');
        }
        // GraphQL refusals come back as 200 with `errors` and no `data.viewer`.
        const login = answer.data?.data?.viewer?.login;
        return typeof login === 'string' ? login : null;
    }
    async listIssueComments(issueNumber) {
        const items = await this.call('GET', `/issues/${issueNumber}/comments`, () => this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.repoParams, issue_number: issueNumber, per_page: 100 }));
        return items.map(toComment);
    }
    async createIssueComment(issueNumber, body) {
        const answer = await this.call('POST', `/issues/${issueNumber}/comments`, () => this.octokit.rest.issues.createComment({ ...this.repoParams, issue_number: issueNumber, body }));
        return toComment(answer.data);
    }
    async updateIssueComment(commentId, body) {
        const answer = await this.call('PATCH', `/issues/comments/${commentId}`, () => this.octokit.rest.issues.updateComment({ ...this.repoParams, comment_id: commentId, body }));
        return toComment(answer.data);
    }
    async listPullsForCommit(sha) {
        const items = await this.call('GET', `/commits/${sha}/pulls`, () => this.octokit.paginate(this.octokit.rest.repos.listPullRequestsAssociatedWithCommit, { ...this.repoParams, commit_sha: sha, per_page: 100 }));
        return items.map((p) => ({ number: p.number, state: p.state, mergeCommitSha: p.merge_commit_sha ?? null, baseRef: p.base.ref }));
    }
    async listIssuesWithLabel(label) {
        const items = await this.call('GET', '/issues', () => this.octokit.paginate(this.octokit.rest.issues.listForRepo, { ...this.repoParams, state: 'all', labels: label, per_page: 100 }));
        // The issues list includes pull requests; they carry `pull_request`.
        return items.filter((i) => i.pull_request === undefined).map(toIssue);
    }
    async createIssue(issue) {
        const answer = await this.call('POST', '/issues', () => this.octokit.rest.issues.create({ ...this.repoParams, title: issue.title, body: issue.body, labels: [...issue.labels] }));
        return toIssue(answer.data);
    }
    async updateIssue(issueNumber, patch) {
        const answer = await this.call('PATCH', `/issues/${issueNumber}`, () => this.octokit.rest.issues.update({ ...this.repoParams, issue_number: issueNumber, ...patch }));
        return toIssue(answer.data);
    }
    async collaboratorRole(login) {
        const answer = await this.call('GET', `/collaborators/${login}/permission`, () => this.octokit.rest.repos.getCollaboratorPermissionLevel({ ...this.repoParams, username: login }));
        const body = answer.data;
        // `role_name` carries a custom role's own name (e.g. "deployer"), which says nothing about
        // access; `permission` is then its base role (admin/write/read/none), which does.
        if (typeof body.role_name === 'string' && BUILT_IN_ROLES.has(body.role_name))
            return body.role_name;
        return typeof body.permission === 'string' ? body.permission : 'none';
    }
    async createCommitStatus(sha, status) {
        await this.call('POST', `/statuses/${sha}`, () => this.octokit.rest.repos.createCommitStatus({
            ...this.repoParams,
            sha,
            state: status.state,
            context: status.context,
            description: status.description,
            ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
        }));
    }
    async pullHeadSha(prNumber) {
        const answer = await this.call('GET', `/pulls/${prNumber}`, () => this.octokit.rest.pulls.get({ ...this.repoParams, pull_number: prNumber }));
        const sha = answer.data.head?.sha;
        if (typeof sha !== 'string')
            throw new client/* GitHubApiError */.OS(200, 'GET', `/pulls/${prNumber}`, 'the pull request has no head sha');
        return sha;
    }
    async listPullFiles(prNumber) {
        const items = await this.call('GET', `/pulls/${prNumber}/files`, () => this.octokit.paginate(this.octokit.rest.pulls.listFiles, { ...this.repoParams, pull_number: prNumber, per_page: 100 }));
        const files = new Set();
        for (const item of items) {
            files.add(item.filename);
            // A file moved out of a cluster's reach changes that cluster too.
            if (typeof item.previous_filename === 'string')
                files.add(item.previous_filename);
        }
        return { files: [...files], complete: items.length < client/* PULL_FILES_CAP */.xi };
    }
    async pull(prNumber) {
        const answer = await this.call('GET', `/pulls/${prNumber}`, () => this.octokit.rest.pulls.get({ ...this.repoParams, pull_number: prNumber }));
        const data = answer.data;
        return {
            number: typeof data.number === 'number' ? data.number : prNumber,
            state: typeof data.state === 'string' ? data.state : '',
            merged: data.merged === true,
            mergeCommitSha: typeof data.merge_commit_sha === 'string' ? data.merge_commit_sha : null,
            baseRef: typeof data.base?.ref === 'string' ? data.base.ref : '',
        };
    }
    async addCommentReaction(commentId, content) {
        await this.call('POST', `/issues/comments/${commentId}/reactions`, () => this.octokit.rest.reactions.createForIssueComment({ ...this.repoParams, comment_id: commentId, content }));
    }
    async isTeamMember(org, teamSlug, login) {
        try {
            const answer = await this.call('GET', `/orgs/${org}/teams/${teamSlug}/memberships/${login}`, () => this.octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: teamSlug, username: login }));
            return answer.data.state === 'active';
        }
        catch (error) {
            // 404: not a member (or the team is invisible to this token); either way not an approver.
            if (error instanceof client/* GitHubApiError */.OS && error.status === 404)
                return false;
            throw error;
        }
    }
    /** Runs one API call; any failure becomes a GitHubApiError naming the route, token-free. */
    async call(method, route, request) {
        try {
            return await request();
        }
        catch (error) {
            throw this.failure(error, method, route);
        }
    }
    failure(error, method, route) {
        if (error instanceof client/* GitHubApiError */.OS)
            return error;
        const status = statusOf(error) ?? 0;
        const data = error.response?.data;
        const message = typeof data?.message === 'string' ? data.message : errorMessage(error);
        return new client/* GitHubApiError */.OS(status, method, route, (0,redact/* redact */.E$)(message, this.options.token));
    }
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : null;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
function toComment(c) {
    return { id: c.id, body: c.body ?? '', authorLogin: c.user?.login ?? '', htmlUrl: c.html_url ?? '' };
}
function toIssue(i) {
    return { number: i.number, state: i.state === 'closed' ? 'closed' : 'open', title: i.title ?? '', body: i.body ?? '', authorLogin: i.user?.login ?? '' };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/adapters/cache/fs-validation-cache.ts






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
        if (!(0,external_node_fs_.existsSync)(file))
            return null;
        let text;
        try {
            // Not through a link, and never blocking on a FIFO left in a restored cache directory.
            const read = readRegularFile(file, { followLinks: false });
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
        if ((0,hash/* sha256hex */.Lg)(value) !== text.slice(0, 64))
            return null;
        this.remember(key, value);
        return value;
    }
    put(key, value) {
        if (!KEY.test(key))
            return;
        this.remember(key, value);
        if (this.writeEntry(this.fileOf(key), `${(0,hash/* sha256hex */.Lg)(value)}\n${value}`))
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
        const dir = external_node_path_default().dirname(file);
        let fd = null;
        try {
            if (!this.madeDirs.has(dir)) {
                (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                this.madeDirs.add(dir);
            }
            fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW, 0o644);
            (0,external_node_fs_.writeFileSync)(fd, text);
            return true;
        }
        catch {
            return false;
        }
        finally {
            if (fd !== null)
                (0,external_node_fs_.closeSync)(fd);
        }
    }
    /** Writes the pack when this run used entries it did not hold; a no-op without a scope. */
    flush() {
        if (this.scope === null || !this.packStale)
            return;
        const body = JSON.stringify(Object.fromEntries(this.used));
        if (writeAtomically(this.packFile(), `${PACK_FORMAT} ${(0,hash/* sha256hex */.Lg)(body)}\n${body}`)) {
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
        return external_node_path_default().join(this.dir, 'packs', `${(0,hash/* sha256hex */.Lg)(`${this.toolVersion}\0${this.scope ?? ''}`)}.json`);
    }
    fileOf(key) {
        return external_node_path_default().join(this.dir, key.slice(0, 2), key);
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
        if ((0,external_node_fs_.statSync)(file).size > PACK_MAX_BYTES)
            return entries;
        const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        const newline = text.indexOf('\n');
        const header = text.slice(0, newline);
        const body = text.slice(newline + 1);
        if (newline < 0 || header !== `${PACK_FORMAT} ${(0,hash/* sha256hex */.Lg)(body)}`)
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
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(tmp, text, { flag: 'wx' });
        (0,external_node_fs_.renameSync)(tmp, file);
        return true;
    }
    catch {
        try {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
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
        return path.join(env.XDG_CACHE_HOME, 'omnigraph-cluster');
    return path.join(homedir(), '.cache', 'omnigraph-cluster');
}
/**
 * This build's identity for cache keys: the package version plus the size and modification time
 * of the running bundle, so a rebuilt tool never trusts verdicts an older build stored.
 */
function buildIdentity(version) {
    try {
        const s = (0,external_node_fs_.statSync)((0,external_node_url_.fileURLToPath)(import.meta.url));
        return `${version}+${s.size}.${Math.trunc(s.mtimeMs)}`;
    }
    catch {
        return version;
    }
}

;// CONCATENATED MODULE: ./src/action/check-cache.ts
/**
 * The validation cache across workflow runs: the CLI's file cache under RUNNER_TEMP, restored
 * from and saved to the GitHub Actions cache service with @actions/cache (loaded only when the
 * service is there). Entries are content-addressed and self-verifying, so restoring an older
 * run's directory is always safe; a save happens only when this run added entries, under a key
 * unique to the run (cache keys are immutable), and restores take the newest by prefix.
 */


const VERSION = '0.1.0';
function carriedCheckCache(env, tempDir, warn) {
    const dir = external_node_path_default().join(env.RUNNER_TEMP || tempDir, 'omnigraph-cluster-validation-cache');
    // One pack for the step (every cluster it checks), so the next run reads one file.
    const cache = new FsValidationCache(dir, buildIdentity(VERSION), `action:${env.GITHUB_WORKFLOW ?? ''}:${env.GITHUB_JOB ?? ''}`);
    const prefix = `omnigraph-cluster-validation-${cache.toolVersion}-`;
    // Unique per step too (several clusters in one job each save their own).
    const key = `${prefix}${env.GITHUB_RUN_ID ?? '0'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${env.GITHUB_JOB ?? ''}-${Date.now()}`;
    const service = async () => {
        const actionsCache = await __webpack_require__.e(/* import() */ 612).then(__webpack_require__.bind(__webpack_require__, 50612));
        return actionsCache.isFeatureAvailable() ? actionsCache : null;
    };
    return {
        cache,
        async restore() {
            try {
                await (await service())?.restoreCache([dir], key, [prefix]);
            }
            catch (e) {
                warn(`omnigraph-cluster: validation cache not restored (${e instanceof Error ? e.message : String(e)}); every source is checked`);
            }
        },
        async save() {
            cache.flush();
            if (cache.written === 0)
                return;
            try {
                await (await service())?.saveCache([dir], key);
            }
            catch (e) {
                warn(`omnigraph-cluster: validation cache not saved (${e instanceof Error ? e.message : String(e)})`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/action/deps.ts
/**
 * The real world behind run(deps): @actions/core for the runner, Octokit for GitHub,
 * the engine wiring for the commands. The only module of the action that imports @actions/* or
 * the adapters.
 */












async function realDeps() {
    const env = process.env;
    const context = (0,action_context/* readRunContext */.$p)(env, deps_readPayload(env.GITHUB_EVENT_PATH), external_node_os_default().tmpdir());
    const logger = { debug: (m) => core/* debug */.Yz(m), info: (m) => core/* info */.pq(m), warn: (m) => core/* warning */.$e(m) };
    const checkCache = carriedCheckCache(env, external_node_os_default().tmpdir(), (m) => core/* warning */.$e(m));
    return {
        io: coreIO(env),
        context,
        github: (s) => new OctokitGitHubClient({
            token: s.githubToken,
            apiUrl: context.apiUrl,
            graphqlUrl: context.graphqlUrl,
            owner: context.owner,
            repo: context.repo,
            log: (m) => core/* warning */.$e(m),
        }),
        commands: (s) => rootedAt(createClusterCommands({ engine: s.engine, omnigraphPath: s.omnigraphPath, env, cwd: context.workspace, logger, validationCache: checkCache.cache }), context.workspace),
        checkCache,
        // The root as the workspace-based reader sees it (`.`): diagnostics name workspace-relative files.
        discoverTargets: (patterns) => (0,targets/* discoverTargets */.KK)(patterns, { files: new LocalSourceFiles(context.workspace), root: '.' }),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        random: Math.random,
        now: () => new Date(),
        writeFile: async (file, text) => {
            await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
            await (0,promises_.writeFile)(file, text, 'utf8');
        },
        artifacts: artifactStore(context),
    };
}
/** The plan JSON as a run artifact, through @actions/artifact (needs the runner's ACTIONS_RUNTIME_TOKEN). */
function artifactStore(context) {
    return {
        upload: async (name, file) => {
            const uploaded = await new artifact/* DefaultArtifactClient */.t9().uploadArtifact(name, [file], external_node_path_default().dirname(file), { retentionDays: 0 });
            if (uploaded.id === undefined)
                throw new Error('the artifact service returned no artifact id');
            // The run's artifact page; GitHub serves the download from there (docs: "Downloading workflow artifacts").
            return { id: uploaded.id, url: `${context.runUrl}/artifacts/${uploaded.id}` };
        },
    };
}
/**
 * In the action the workspace is the containment root: cluster.yaml may name files anywhere in the
 * checked-out repository (`shared/people.pg` read by several clusters), never outside it.
 */
function rootedAt(commands, root) {
    return {
        validate: (o) => commands.validate({ ...o, root }),
        plan: (o) => commands.plan({ ...o, root }),
        apply: (o) => commands.apply({ ...o, root }),
        status: (o) => commands.status({ ...o, root }),
        serving: (o) => commands.serving({ ...o, root }),
        refresh: (o) => commands.refresh({ ...o, root }),
        importState: (o) => commands.importState({ ...o, root }),
        forceUnlock: (o) => commands.forceUnlock({ ...o, root }),
        approve: (o) => commands.approve({ ...o, root }),
    };
}
/** The event payload, or {} when there is none (e.g. a local run). */
function deps_readPayload(file) {
    if (!file)
        return {};
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    }
    catch {
        return {};
    }
}
function coreIO(env) {
    return {
        getInput: (name) => core/* getInput */.V4(name),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        appendSummary: async (markdown) => {
            if (!env.GITHUB_STEP_SUMMARY) {
                core/* info */.pq(markdown);
                return;
            }
            await core/* summary */.z.addRaw(markdown, true).write();
        },
        annotate: (a) => {
            const properties = { title: a.title, file: a.file, startLine: a.line, startColumn: a.col };
            if (a.level === 'error')
                core/* error */.z3(a.message, properties);
            else if (a.level === 'warning')
                core/* warning */.$e(a.message, properties);
            else
                core/* notice */.lm(a.message, properties);
        },
        info: (m) => core/* info */.pq(m),
        warning: (m) => core/* warning */.$e(m),
        notice: (m) => core/* notice */.lm(m),
        logGroup: (title, text) => {
            core/* startGroup */.Oh(title);
            core/* info */.pq(text.replace(/\n$/, ''));
            core/* endGroup */.N4();
        },
        setFailed: (m, options) => {
            if (options?.annotate !== false) {
                core/* setFailed */.C1(m);
                return;
            }
            // core.setFailed would also print `::error::`: one more annotation repeating the first.
            process.exitCode = core/* ExitCode */.yU.Failure;
            core/* info */.pq(m);
        },
        setSecret: (s) => core/* setSecret */.Pq(s),
    };
}


/***/ }),

/***/ 59682:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59537);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71020);
/* The action proper, loaded by src/index.ts once source maps are on: everything else is `run(deps)` in main.ts. */


await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)(await (0,_deps_js__WEBPACK_IMPORTED_MODULE_1__/* .realDeps */ .b)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 57441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ isGitHubFailure),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   kp: () => (/* binding */ WORKFLOW_TOKEN_LOGIN),
/* harmony export */   xi: () => (/* binding */ PULL_FILES_CAP)
/* harmony export */ });
/** GitHub's cap on `GET /repos/{o}/{r}/pulls/{n}/files`. */
const PULL_FILES_CAP = 3000;
/**
 * A GitHub request that failed after the client's own retries (5xx and rate limits are retried
 * there); `status` is the HTTP status, 0 when no answer came. Its message never holds the token.
 */
class GitHubApiError extends Error {
    status;
    method;
    route;
    constructor(status, method, route, detail) {
        super(`GitHub ${method} ${route} answered ${status}: ${detail}`);
        this.status = status;
        this.method = method;
        this.route = route;
        this.name = 'GitHubApiError';
    }
}
/**
 * True for any GitHub failure. Comments, replies and the drift issue are never worth a failed
 * job: the caller reports such a failure as a warning and the job summary carries the result.
 */
function isGitHubFailure(error) {
    return error instanceof GitHubApiError;
}
/** The login the workflow token's comments carry (see docs/action.md "Which comments are ours"). */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';


/***/ }),

/***/ 59537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/base/hash.ts + 1 modules
var hash = __webpack_require__(51914);
// EXTERNAL MODULE: ./src/base/json.ts
var base_json = __webpack_require__(23659);
;// CONCATENATED MODULE: ./src/render/markup/escape.ts
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

;// CONCATENATED MODULE: ./src/render/pr/hidden.ts
/**
 * Hidden JSON in an HTML comment (`<!-- prefix {json} -->`), the carrier of the marker and the
 * review record. Inside the JSON, `<`, `>`, `-` and `&` are `\u` escapes so no value can end the
 * comment early or smuggle markup; JSON.parse restores them.
 */
const SUFFIX = ' -->';
function formatHidden(prefix, value) {
    const json = JSON.stringify(value).replace(/[<>&-]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${prefix}${json}${SUFFIX}`;
}
/** The first JSON object behind `prefix` in `body` (null-prototype), or null when absent or malformed. */
function parseHidden(body, prefix) {
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
    return (0,hash/* sha256hex */.Lg)((0,base_json/* toCompactJson */.ZJ)(fields)).slice(0, 16);
}
function reviewRecord(plan) {
    const record = Object.create(null);
    for (const change of plan.changes)
        record[change.resource] = changeKey(change);
    return record;
}
/** The record as a hidden HTML comment, or '' when it is too big to carry. */
function formatReviewRecord(record) {
    const text = formatHidden(RECORD_PREFIX, record);
    return Buffer.byteLength(text, 'utf8') <= MAX_RECORD_BYTES ? text : '';
}
/** The record line of a body we wrote, verbatim ('' when absent), to carry it across rewrites. */
function reviewRecordLine(body) {
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
    const now = reviewRecord(current);
    const operations = new Map(current.changes.map((c) => [c.resource, c.operation]));
    const lines = [];
    for (const address of (0,base_json/* sortBytewise */.lP)([...new Set([...Object.keys(reviewed), ...Object.keys(now)])])) {
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
function formatMarker(marker) {
    return formatHidden(PREFIX, { config_dir: marker.config_dir, label: marker.label, fingerprint: marker.fingerprint, kind: marker.kind });
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
const line = (md) => ({ kind: 'line', md });
const table = (head, rows, noun) => ({ kind: 'table', head, rows, noun });
const details = (summary, body, open = false) => ({ kind: 'details', summary, body, open });
const codeBlock = (text, lang = '') => ({ kind: 'code', lang, text });
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
            bytes += byteLength(this.doc.marker);
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
            bytes += byteLength(this.doc.rest);
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
                return fence(block.text, block.lang);
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
            bytes = block.kind === 'line' ? byteLength(block.md) : block.kind === 'code' ? byteLength(fence(block.text, block.lang)) : byteLength(detailsOpen(block)) + DETAILS_CLOSE.length;
            this.blockBytes.set(block, bytes);
        }
        return bytes;
    }
    rowLine(cells) {
        let row = this.rowLines.get(cells);
        if (row === undefined) {
            const text = rowText(cells);
            row = { text, bytes: byteLength(text) };
            this.rowLines.set(cells, row);
        }
        return row;
    }
    sizesOf(block) {
        let sizes = this.tableSizes.get(block);
        if (sizes === undefined) {
            sizes = { head: byteLength(rowText(block.head)) + 1 + byteLength(separator(block.head)), prefix: [0] };
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
        const noteBytes = note === '' ? 0 : byteLength(note);
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
    return omitted > 0 ? `_…and ${omitted} more ${block.noun} not shown._` : '';
}
function rowText(cells) {
    return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./src/render/markup/fit.ts

/** GitHub refuses comment bodies above 65,536 characters; a byte budget is always safe. */
const COMMENT_HARD_MAX_BYTES = 65_536;
const COMMENT_DEFAULT_BYTES = 60_000;
/** The job summary upload aborts above 1 MiB per step. */
const SUMMARY_MAX_BYTES = 1_048_576;
const SUMMARY_DEFAULT_BYTES = 1_000_000;
/**
 * Renders `doc` at the most detailed level that fits `budgetBytes` (UTF-8), walking the ladder
 * full → collapsed → no-steps → list → headline. At the `list` level long tables lose their
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
        if (byteLength(text) === fitted.bytes)
            return { text, level: fitted.level };
        // A measurement that disagrees with the text is a bug in `measure`; sizing by the text
        // itself is slower but still gives the same choice the sizes should have.
        const slow = fitWith({ measure: (level, limits, withRest) => byteLength(renderer.render(level, limits, withRest)), maxTableRows: (level) => renderer.maxTableRows(level) }, budget);
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
        if (byteLength(candidate) <= budget)
            return { text: candidate, level: 'minimal' };
    }
    return { text: '', level: 'minimal' };
}
/** A comment body: default 60,000 bytes, never above 65,536. */
function fit_fitComment(doc, budgetBytes = COMMENT_DEFAULT_BYTES) {
    return fitDoc(doc, budgetBytes, COMMENT_HARD_MAX_BYTES);
}
/** `fitComment`, also saying which level it fitted at. */
function fitCommentLevel(doc, budgetBytes = COMMENT_DEFAULT_BYTES) {
    return fitDocLevel(doc, budgetBytes, COMMENT_HARD_MAX_BYTES);
}
/** A job summary: default 1,000,000 bytes, never above 1 MiB. */
function fit_fitSummary(doc, budgetBytes = SUMMARY_DEFAULT_BYTES) {
    return fitDoc(doc, budgetBytes, SUMMARY_MAX_BYTES);
}

// EXTERNAL MODULE: ./src/engine/model/change.ts
var change = __webpack_require__(29266);
// EXTERNAL MODULE: ./src/engine/diagnostics/index.ts + 2 modules
var engine_diagnostics = __webpack_require__(52165);
;// CONCATENATED MODULE: ./src/render/markdown/reasons.ts

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
    return (0,engine_diagnostics/* diagnosticInfo */.G$)(code).title;
}
function diagnosticHint(code) {
    return (0,engine_diagnostics/* diagnosticInfo */.G$)(code).hint;
}
function reasonSentence(reason) {
    return Object.hasOwn(REASON_SENTENCES, reason) ? REASON_SENTENCES[reason] : reason;
}

;// CONCATENATED MODULE: ./src/render/markdown/common.ts



/** Banners name at most this many resources, then count the rest. */
const BANNER_NAMES = 10;
const essential = (render) => ({ essential: true, render });
const optional = (render) => ({ essential: false, render });
/** A digest shortened for tables (full digests are in the JSON). */
function shortDigest(digest) {
    return digest === undefined ? '' : code(digest.slice(0, 12));
}
/** `a`, `b` and 3 more — resource names as code spans, bounded. */
function nameList(names) {
    const shown = names.slice(0, BANNER_NAMES).map((n) => code(n, 120));
    const more = names.length - shown.length;
    return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** `### <emoji> <title>` with the cluster identity underneath. */
function heading(emoji, title, ctx) {
    const label = ctx.label === '' ? '' : ` · label ${code(ctx.label, 80)}`;
    return [line(`### ${emoji} ${title}`), line(`Cluster ${code(ctx.configDir, 200)}${label}`)];
}
function cliCommand(ctx, ...words) {
    const dir = ctx.configDir.length > COMMAND_NAME_MAX ? '<config-dir>' : shellWord(ctx.configDir);
    return ['omnigraph-cluster', ...words, '--config', dir].join(' ');
}
/** Names longer than this are not put into commands: a clipped command would be wrong. */
const COMMAND_NAME_MAX = 200;
function approveCommand(ctx, resource) {
    if (resource.length > COMMAND_NAME_MAX)
        return '# (a resource name too long to show here; take it from the plan JSON)';
    return cliCommand(ctx, '--as', '<you>', 'approve', shellWord(resource));
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
        parts.push(`by ${code(obs.lock_operation, 40)}`);
    if (obs.lock_id !== undefined)
        parts.push(`id ${code(obs.lock_id, 80)}`);
    if (obs.lock_pid !== undefined)
        parts.push(`pid ${obs.lock_pid}`);
    if (obs.lock_created_at !== undefined)
        parts.push(`since ${escapeText(obs.lock_created_at, 40)}`);
    if (obs.lock_age_seconds !== undefined)
        parts.push(`(${obs.lock_age_seconds}s ago)`);
    return parts.join(' ');
}
/** Banner for a held state lock, with the exact (manual, never automatic) unlock command. */
function lockHeldBlocks(obs, ctx) {
    const holder = lockHolder(obs) ?? '';
    const blocks = [line(`> 🔒 **State locked** ${holder}. Wait for that command to finish and re-run.`)];
    if (obs.lock_id !== undefined && obs.lock_id.length <= COMMAND_NAME_MAX) {
        blocks.push(line('Only if you are sure no cluster command is running, remove the lock:'));
        blocks.push(codeBlock(cliCommand(ctx, 'force-unlock', shellWord(obs.lock_id)), 'sh'));
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
        out.push(line('> ⚠️ **State changed concurrently** (CAS mismatch): another command wrote state.json while this one ran. Nothing was recorded; re-run.'));
    }
    const pending = diagnostics.filter((d) => d.code === 'cluster_recovery_pending').map((d) => d.path);
    if (pending.length > 0)
        out.push(line(`> 🩹 **Recovery pending**: ${nameList(pending)}. The next apply sweeps interrupted graph operations.`));
    const rolled = diagnostics.filter((d) => d.code === 'cluster_recovery_rolled_forward').map((d) => d.path);
    if (rolled.length > 0)
        out.push(line(`> 🩹 **Recovered**: an interrupted operation was completed for ${nameList(rolled)}.`));
    if (hasCode(diagnostics, 'state_lock_disabled'))
        out.push(line('> ⚠️ State locking is disabled (`state.lock: false`): concurrent commands are not fenced.'));
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
    const hint = diagnosticHint(d.code);
    const mark = d.severity === 'error' ? '❌' : '⚠️';
    const where = d.location === undefined ? '' : `${relativePaths(d.location.file, root)}:${d.location.line}:${d.location.column}\n`;
    const message = relativePaths(d.message.length > DIAGNOSTIC_MESSAGE_MAX ? `${d.message.slice(0, DIAGNOSTIC_MESSAGE_MAX - 1)}…` : d.message, root);
    const blocks = [line(`${mark} **${escapeText(diagnosticTitle(d.code))}** ${code(d.code, 80)} at ${wrapCode(relativePaths(d.path, root), 200)}`), codeBlock(`${where}${wrapMessage(message)}`, 'text')];
    if (hint !== undefined)
        blocks.push(line(`<sub>${escapeText(hint)}</sub>`));
    return blocks;
}
/**
 * The diagnostics panel: each diagnostic as a titled code block (a parse error's caret diagram
 * stays a diagram; paths are shown relative to ctx.sourceRoot), folded when the document shrinks,
 * errors only at `list`, gone at `headline` (the headline counts them).
 */
function diagnosticsSection(diagnostics, ctx) {
    return optional((level) => {
        if (diagnostics.length === 0 || level === 'headline')
            return [];
        const shown = level === 'list' ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
        if (shown.length === 0)
            return [];
        const body = shown.flatMap((d) => diagnosticBlocks(d, ctx?.sourceRoot));
        const { errors, warnings } = countsBySeverity(shown);
        const summary = `Diagnostics: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
        return level === 'full' ? [line(`#### ${summary}`), ...body] : [details(summary, body, errors > 0)];
    });
}
/** Footer: state revision, lock, config dir, label, run link. Small and always kept. */
function footerSection(obs, ctx) {
    return essential(() => {
        const parts = [];
        if (obs !== undefined) {
            parts.push(obs.state_found ? `state revision ${obs.state_revision}` : 'no state yet');
            parts.push(lockWords(obs));
        }
        parts.push(`config ${code(ctx.configDir, 200)}`);
        if (ctx.label !== '')
            parts.push(`label ${code(ctx.label, 80)}`);
        const url = safeUrl(ctx.runUrl);
        if (url !== null)
            parts.push(`[workflow run](${url})`);
        return [line(`<sub>${parts.join(' · ')}</sub>`)];
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
function restNote(ctx, command) {
    const url = safeUrl(ctx.runUrl);
    const local = code(`${cliCommand(ctx, command)} --format markdown`, 400);
    return url === null
        ? `<sub>Some detail was left out to fit the size limit. Run ${local} to see everything.</sub>`
        : `<sub>Some detail was left out to fit the size limit: see the [job summary](${url}) or run ${local}.</sub>`;
}

// EXTERNAL MODULE: ./src/lang/schema/index.ts + 21 modules
var schema = __webpack_require__(3659);
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
        notes.push(code(change.reason, 60));
    if (change.metadata_change === 'policy_bindings' || change.binding_change === true)
        notes.push('policy bindings');
    if (change.metadata_change === 'embedding_profile')
        notes.push('embedding profile');
    if (change.migration !== undefined)
        notes.push(plural(change.migration.steps.length, 'migration step'));
    return notes.join(' · ');
}
/** Each reason (and the meaning of `derived`) said once under the table, not on every row; `explained` ones are said above already. */
function legend(changes, labels, explained) {
    const reasons = [...new Set(changes.map((c) => c.reason).filter((r) => r !== undefined && !explained.has(r)))];
    const items = reasons.map((r) => {
        const next = Object.hasOwn(REASON_SENTENCES, r) ? REASON_NEXT_STEPS[r] : undefined;
        return `- ${code(r, 60)}: ${escapeText(reasonSentence(r))}${next === undefined ? '' : ` ${escapeText(next)}`}`;
    });
    // The optional destructive gate holds updates and query deletes under the same reason as graph deletes.
    if (!explained.has('approval_required') && changes.some((c) => c.reason === 'approval_required' && c.operation !== 'delete')) {
        items.push(`- ${code('approval_required', 60)} on a change that is not a graph delete: ${escapeText(GATED_UPDATE_SENTENCE)} ${escapeText(GATED_UPDATE_NEXT_STEP)}`);
    }
    if (changes.some((c) => c.disposition === 'derived'))
        items.push(`- ${labels.derived}: the graph's digest follows its schema and queries; it changes with them.`);
    return items.length === 0 ? [] : [line(items.join('\n'))];
}
function groupTitle(graph, count) {
    return graph === null ? `**Cluster-wide** (policies, providers) · ${plural(count, 'change')}` : `**Graph ${wrapCode(graph, 200)}** · ${plural(count, 'change')}`;
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
            row = [wrapCode(c.resource, 200), OPERATION_LABELS[c.operation], c.disposition === undefined ? '' : labels[c.disposition], changeNote(c)];
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
                body.push(line(groupTitle(group.graph, group.changes.length)));
            body.push(table(['Resource', 'Change', 'Disposition', 'Notes'], lazyRows(group.changes, rowOf), 'changes'));
        }
        const ops = operationCounts(changes);
        const graphs = grouped.filter((g) => g.graph !== null).length;
        const summary = `${plural(changes.length, 'change')}${graphs > 1 ? ` in ${graphs} graphs` : ''}: ${ops.create} to create · ${ops.update} to update · ${ops.delete} to delete`;
        const head = line(`#### Changes (${changes.length})`);
        const folded = changes.length > FOLD_ROWS ? [details(summary, body)] : body;
        if (list)
            return [head, ...folded];
        return [head, ...folded, ...legend(changes, labels, explained)];
    };
    return optional((level) => {
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
    return optional((level) => {
        if (updates.length === 0 || level === 'list' || level === 'headline')
            return [];
        const blocks = [line('#### Schema migrations')];
        for (const change of updates) {
            const name = code(change.resource, 200);
            const migration = change.migration;
            if (migration === undefined) {
                const why = unavailable.get(change.resource);
                blocks.push(line(`${name}: ⚠️ preview unavailable${why === undefined ? '' : `: ${escapeText(why, 1000)}`}`));
                continue;
            }
            const destructive = migration.steps.filter(isDestructiveStep).length;
            const flags = [migration.supported ? '' : ' · ⛔ **unsupported**', destructive > 0 ? ` · ⚠️ ${destructive} destructive` : ''].join('');
            const head = `${name}: ${plural(migration.steps.length, 'step')}${flags}`;
            if (level === 'no-steps' || migration.steps.length === 0) {
                blocks.push(line(migration.steps.length === 0 ? `${name}: no schema steps (digest-only change)` : head));
                continue;
            }
            blocks.push(line(head));
            const rows = migration.steps.map((step, i) => {
                const mark = step.kind === 'unsupported_change' ? '⛔ ' : isDestructiveStep(step) ? '⚠️ ' : '';
                return [String(i + 1), `${mark}${escapeText((0,schema/* describeStep */.Ey)(step), 1000)}`];
            });
            blocks.push(table(['#', 'Step'], rows, 'steps'));
            if (level === 'full')
                blocks.push(details('Step JSON', [codeBlock(migration.steps.map((s) => (0,base_json/* toCompactJson */.ZJ)(s)).join('\n'), 'json')]));
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
    return optional((level) => {
        if (radius.length === 0 || level === 'list' || level === 'headline')
            return [];
        const inside = new Map();
        const outside = new Map();
        const shared = [];
        for (const r of radius) {
            const g = graphOf(r.resource);
            if (g === null) {
                if (r.affected.length > 0)
                    shared.push(`- ${wrapCode(r.resource, 200)} affects ${nameList(r.affected)}`);
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
            const ownWords = own.size === 0 ? 'nothing inside the graph' : `${plural(own.size, 'resource')} of its own`;
            lines.push(`- ${wrapCode(g, 200)}: ${ownWords}${far.length === 0 ? '' : `, and beyond it ${nameList(far)}`}`);
        }
        lines.push(...shared);
        if (lines.length === 0)
            return [];
        const onlyOwn = shared.length === 0 && [...outside.values()].every((s) => s.size === 0);
        const body = [line(lines.join('\n'))];
        const title = onlyOwn ? `Blast radius: each change stays inside its graph (${plural(inside.size, 'graph')})` : `Blast radius (${plural(lines.length, 'line')})`;
        return level === 'full' && !onlyOwn ? [line('#### Blast radius'), ...body] : [details(title, body)];
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
        const reason = why.length === 1 ? ` (${escapeText(why[0] ?? '', 200)})` : '';
        const staleNote = pending.some((g) => stale.has(g.resource)) ? ' An earlier approval no longer matches this config.' : '';
        const shown = pending.slice(0, BANNER_NAMES);
        const headline = `> ⏳ **${plural(pending.length, 'approval')} needed** before apply ${verb} ${nameList(pending.map((g) => g.resource))}${reason}.${staleNote} A reviewer with write access approves by commenting on this pull request, one comment per resource:`;
        // Gates held for different reasons (a delete beside a schema drop) each say their own.
        const reasons = why.length > 1 ? shown.map((g) => `> - ${code(g.resource, 200)}: ${escapeText(g.reason, 200)}`) : [];
        blocks.push(line([headline, ...(reasons.length > 0 ? ['>', ...reasons] : [])].join('\n')));
        const commands = shown.map((g) => approveComment(g.resource, ctx.label) ?? approveCommand(ctx, g.resource));
        if (pending.length > shown.length)
            commands.push(`# ... and ${pending.length - shown.length} more (see the plan JSON)`);
        blocks.push(codeBlock(commands.join('\n'), 'text'));
        // The CLI form for those who approve outside the pull request, unless the block already is it.
        const first = shown[0]?.resource ?? '';
        const cli = approveComment(first, ctx.label) === null ? '' : ` Without the action: ${code(approveCommand(ctx, first), 400)}.`;
        blocks.push(line(`<sub>An approval binds to this config: a later edit makes it stale.${cli}</sub>`));
    }
    const approved = gates.filter((g) => g.satisfied === true).map((g) => g.resource);
    if (approved.length > 0)
        blocks.push(line(`> ✅ **Approved**: ${nameList(approved)}.`));
    return blocks;
}

;// CONCATENATED MODULE: ./src/render/markdown/plan-comment.ts







/** True when every error is a config error: the command stopped before touching state. */
function isInvalidConfig(diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    return errors.length > 0 && errors.every((d) => (0,engine_diagnostics/* isConfigCode */.AK)(d.code));
}
/** First few errors, for banners that must explain a failure on their own. */
function firstErrors(diagnostics, lead, max = 3) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const items = errors.slice(0, max).map((d) => `> - ${code(d.code, 60)} ${code(d.path, 120)}: ${escapeText(d.message, 300)}`);
    if (errors.length > max)
        items.push(`> - …and ${errors.length - max} more`);
    // One block: the lead and its items stay one blockquote.
    return [line([`> ${lead}`, ...(items.length > 0 ? ['>', ...items] : [])].join('\n'))];
}
/** True when the plan ran against no ledger: nothing it lists can be applied before a bootstrap. */
function noLedger(out) {
    return out.ok && !out.state_observations.state_found;
}
function planTitle(out) {
    const ops = operationCounts(out.changes);
    if (hasCode(out.diagnostics, 'state_lock_held'))
        return ['🔒', 'Plan not run: state locked'];
    if (!out.ok)
        return isInvalidConfig(out.diagnostics) ? ['❌', 'Invalid config'] : ['❌', 'Plan failed'];
    if (noLedger(out))
        return ['📭', out.changes.length === 0 ? 'No state yet' : `No state yet: ${plural(out.changes.length, 'change')} pending bootstrap`];
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
    if (out.changes.length > 0 && noLedger(out)) {
        const ops = operationCounts(out.changes);
        parts.unshift(`**${out.changes.length}** pending bootstrap (${ops.create} to create · ${ops.update} to update · ${ops.delete} to delete against an empty ledger)`);
    }
    else if (out.changes.length > 0) {
        parts.unshift(`**${d.applied}** will apply · **${d.derived}** derived · **${d.deferred}** deferred · **${d.blocked}** blocked`);
    }
    return parts.join(' — ');
}
/** Destructive changes first: deletes, then each data-losing migration step (bounded). */
function destructiveBanner(out) {
    const { deletes, drops } = destructiveSummary(out.changes);
    if (deletes.length === 0 && drops.length === 0)
        return [];
    const items = [];
    if (deletes.length > 0)
        items.push(`> - deletes ${nameList(deletes)}`);
    const steps = out.changes.flatMap((c) => (c.migration?.steps ?? []).filter(isDestructiveStep).map((s) => `> - ${wrapCode(c.resource, 200)}: ${escapeText((0,schema/* describeStep */.Ey)(s), 300)}`));
    items.push(...steps.slice(0, BANNER_NAMES));
    if (steps.length > BANNER_NAMES)
        items.push(`> - …and ${steps.length - BANNER_NAMES} more destructive steps (see the migrations)`);
    return [line(['> ⚠️ **Destructive**: data or definitions may be lost.', '>', ...items].join('\n'))];
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
        const next = Object.hasOwn(REASON_NEXT_STEPS, reason) ? REASON_NEXT_STEPS[reason] : undefined;
        // The approval banner right below says what to do; here the reason is enough.
        const pendingGate = reason === 'approval_required' && out.approvals_required.some((g) => g.satisfied !== true);
        const why = reason === '' ? '' : pendingGate ? ': waiting for the approval below.' : `: ${escapeText(reasonSentence(reason))}${next === undefined ? '' : ` ${escapeText(next)}`}`;
        return `> - ${nameList(names)}${reason === '' ? '' : ` ${code(reason, 60)}`}${why}`;
    });
    return [line([`> ⛔ **${blocked.length} blocked**: apply will not run ${blocked.length === 1 ? 'it' : 'them'}.`, '>', ...items].join('\n'))];
}
function noLedgerBanner(out, ctx) {
    if (!noLedger(out))
        return [];
    return [
        line(`> 📭 **No state yet**: this cluster has no state ledger, so apply stops with ${code('state_missing')} and nothing below is applied as shown. ` +
            `Bootstrap it once with ${code(cliCommand(ctx, 'import'), 400)} against the cluster's storage (or set ${code('bootstrap-state: true')} on the apply workflow); ` +
            'import records the graphs that already exist, so the plan after it may list fewer creates.'),
    ];
}
function planBanners(out, ctx, level) {
    const blocks = [];
    // The diagnostics panel lists every error; only the headline level (no panel) repeats them here.
    const detail = level === 'headline';
    if (!out.ok && isInvalidConfig(out.diagnostics)) {
        const n = plural(countsBySeverity(out.diagnostics).errors, 'error');
        blocks.push(...(detail ? firstErrors(out.diagnostics, '❌ **Invalid config**: nothing was planned. Fix these and push again:') : [line(`> ❌ **Invalid config**: nothing was planned. Fix the ${n} below and push again.`)]));
    }
    else if (!out.ok && !hasCode(out.diagnostics, 'state_lock_held')) {
        blocks.push(...(detail ? firstErrors(out.diagnostics, '❌ **Plan failed**:') : [line('> ❌ **Plan failed**: see the diagnostics below.')]));
    }
    blocks.push(...sharedBanners(out.diagnostics, out.state_observations, ctx));
    blocks.push(...noLedgerBanner(out, ctx));
    blocks.push(...destructiveBanner(out));
    blocks.push(...blockedBanner(out));
    const stale = new Set(out.diagnostics.filter((d) => d.code === 'approval_stale').map((d) => d.path));
    blocks.push(...approvalBanner(out.approvals_required, stale, ctx));
    const unavailable = out.diagnostics.filter((d) => d.code === 'schema_preview_unavailable').map((d) => d.path);
    if (unavailable.length > 0)
        blocks.push(line(`> ⚠️ **Migration preview unavailable** for ${nameList(unavailable)}; the migration is checked again at apply.`));
    return blocks;
}
function nextStepsSection(out) {
    return optional((level) => {
        if (!out.ok || out.changes.length === 0 || noLedger(out) || (level !== 'full' && level !== 'collapsed'))
            return [];
        return [
            line('<sub>On merge the action re-plans under the state lock and applies only if the result still matches this plan (same fingerprint); otherwise it stops and shows what changed.</sub>'),
        ];
    });
}
/**
 * The plan document, in the order a reviewer decides: headline and counts, then what is
 * destructive, blocked or waiting for approval, then the migration preview, the change list
 * (grouped by graph), the blast radius and the diagnostics.
 */
function planDoc(out, ctx, marker) {
    const [emoji, title] = planTitle(out);
    const labels = noLedger(out) ? { ...PLAN_DISPOSITION_LABELS, applied: '⏳ pending bootstrap' } : PLAN_DISPOSITION_LABELS;
    return {
        marker,
        minimal: minimalLine(emoji, title, countsLine(out)),
        rest: restNote(ctx, 'plan'),
        sections: [
            essential((level) => [...heading(emoji, title, ctx), line(countsLine(out)), ...planBanners(out, ctx, level)]),
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
        const since = obs.lock_created_at === undefined ? '' : ` since ${escapeText(obs.lock_created_at, 40)}`;
        const op = obs.lock_operation === undefined ? '' : ` by ${code(obs.lock_operation, 40)}`;
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
    const actor = out.actor === undefined ? '' : ` — by ${code(out.actor, 80)}`;
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
        blocks.push(line(`> ⛔ **${blocked.length} blocked**: ${nameList(blocked)}.`));
    const waiting = out.changes.filter((c) => c.reason === 'approval_required').map((c) => c.resource);
    if (waiting.length > 0)
        blocks.push(line(`> ⏳ **Waiting for approval**: ${nameList(waiting)}.`));
    if (out.ok && !out.converged)
        blocks.push(line('> ⚠️ **Not converged**: state still differs from the config; the next apply picks up the rest.'));
    const holder = lockHolder(out.state_observations);
    if (holder !== null && !hasCode(out.diagnostics, 'state_lock_held'))
        blocks.push(line(`> 🔒 A lock was observed ${holder}.`));
    return blocks;
}
/** Resource statuses that need attention (not `applied`), as recorded. */
function statusesSection(statuses, title) {
    return optional((level) => {
        if (level === 'headline')
            return [];
        const rows = Object.entries(statuses)
            .filter(([, s]) => s.status !== 'applied')
            .map(([address, s]) => [code(address, 200), statusWord(s.status), (s.conditions ?? []).map((c) => code(c, 60)).join(' '), escapeText(s.message ?? '', 500)]);
        if (rows.length === 0)
            return [];
        return [line(`#### ${title} (${rows.length})`), table(['Resource', 'Status', 'Condition', 'Message'], rows, 'statuses')];
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
function applyDoc(out, ctx, marker) {
    const [emoji, title] = applyTitle(out);
    return {
        marker,
        minimal: minimalLine(emoji, title, apply_comment_countsLine(out)),
        rest: restNote(ctx, 'status'),
        sections: [
            essential(() => [...heading(emoji, title, ctx), line(apply_comment_countsLine(out)), ...applyBanners(out, ctx)]),
            changesSection(out.changes, APPLY_DISPOSITION_LABELS),
            statusesSection(out.resource_statuses, 'Resources needing attention'),
            diagnosticsSection(out.diagnostics, ctx),
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
function driftedResources(statuses) {
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
function isDrifted(statuses, plan) {
    return (statuses !== undefined && driftedResources(statuses).length > 0) || (plan !== undefined && plan.changes.length > 0);
}
const SINCE_PREFIX = '<!-- omnigraph-cluster:drift-since ';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;
/**
 * The drift issue's second hidden line: when this drift was first detected. Each run carries it
 * over from the open issue, so "since" survives rewrites of the body; a reopened issue starts anew.
 */
function formatDriftSince(iso) {
    return formatHidden(SINCE_PREFIX, { since: iso });
}
/** The first-detected time in an issue body, or null when absent or not an ISO 8601 UTC instant. */
function parseDriftSince(body) {
    const since = parseHidden(body, SINCE_PREFIX)?.since;
    return typeof since === 'string' && ISO_INSTANT.test(since) ? since : null;
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
function driftDoc(parts, ctx, marker, extra = {}) {
    const ledger = parts.refresh ?? parts.status;
    const statuses = ledger?.resource_statuses ?? {};
    const drifted = driftedResources(statuses);
    const unobserved = unobservedResources(statuses);
    const pending = parts.plan?.changes ?? [];
    const detected = driftDetected(parts);
    const conditions = [...new Set(drifted.flatMap((address) => conditionsOf(statuses[address])))];
    const verdict = essential(() => {
        if (!detected)
            return [...heading('✅', 'No drift', ctx), ...checkedLine(ctx, extra, false)];
        const counts = [drifted.length > 0 ? `${plural(drifted.length, 'resource')} drifted` : '', pending.length > 0 ? `${plural(pending.length, 'change')} not applied` : '']
            .filter((s) => s !== '')
            .join(' · ');
        return [...heading('🌊', 'Drift detected', ctx), line(counts), ...checkedLine(ctx, extra, true)];
    });
    const sections = [verdict];
    if (extra.readOnly === true) {
        sections.push(essential(() => [
            line(`> ℹ️ Read-only check (\`drift-refresh: false\`): the recorded ledger and the config were compared, the live graphs were not observed. Run ${code(cliCommand(ctx, 'refresh'), 400)} to record their state.`),
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
    const minimal = detected ? '### 🌊 Drift detected' : '### ✅ No drift';
    return { marker, minimal, rest: restNote(ctx, 'status'), sections };
}
function checkedLine(ctx, extra, detected) {
    const url = safeUrl(ctx.runUrl);
    const by = url === null ? '' : `checked by [this run](${url})`;
    const since = detected && extra.since !== undefined ? `drifting since ${escapeText(readableInstant(extra.since), 40)}` : '';
    const text = [since, by].filter((s) => s !== '').join(' · ');
    return text === '' ? [] : [line(`<sub>${text.charAt(0).toUpperCase()}${text.slice(1)}</sub>`)];
}
/** `2026-11-28T06:00:00.000Z` → `2026-11-28 06:00:00 UTC`. */
function readableInstant(iso) {
    return iso.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
}
function pendingRow(change) {
    const disposition = change.disposition === undefined ? '' : PLAN_DISPOSITION_LABELS[change.disposition];
    const why = change.reason === undefined || change.disposition === 'applied' ? '' : ` — ${escapeText(reasonSentence(change.reason), 300)}`;
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

;// CONCATENATED MODULE: ./src/render/markdown/state-summary.ts







function ledgerSection(digests, statuses) {
    return optional((level) => {
        if (level === 'list' || level === 'headline')
            return [];
        const addresses = (0,base_json/* sortBytewise */.lP)(Object.keys({ ...digests, ...statuses }));
        if (addresses.length === 0)
            return [];
        const rows = addresses.map((a) => {
            const s = statuses[a];
            return [code(a, 200), shortDigest(digests[a]), s === undefined ? '' : statusWord(s.status), (s?.conditions ?? []).map((c) => code(c, 60)).join(' ')];
        });
        return [line(`#### Ledger (${addresses.length})`), table(['Resource', 'Digest', 'Status', 'Condition'], rows, 'resources')];
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
        if (rows.length === 0)
            return [];
        return [line('#### Graph observations'), table(['Graph', 'Exists', 'Schema matches', 'Manifest version', 'Error'], rows, 'graphs')];
    });
}
function countsText(diagnostics) {
    const { errors, warnings } = countsBySeverity(diagnostics);
    return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
function statusDoc(out, ctx, marker) {
    const obs = out.state_observations;
    const command = 'operation' in out ? out.operation : 'status';
    const drifted = driftedResources(out.resource_statuses);
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
        rest: restNote(ctx, command),
        sections: [
            essential(() => {
                const blocks = [...heading(emoji, title, ctx), line(`${obs.applied_config_digest === undefined ? 'no applied config' : `applied config ${shortDigest(obs.applied_config_digest)}`} — ${countsText(out.diagnostics)}`)];
                if (!out.ok)
                    blocks.push(...firstErrors(out.diagnostics, '❌ **Errors**:'));
                blocks.push(...sharedBanners(out.diagnostics, obs, ctx));
                if (drifted.length > 0)
                    blocks.push(line(`> 🌊 **Drift**: ${nameList(drifted)} differ from the ledger. Run refresh, then plan and apply.`));
                if (unobserved.length > 0)
                    blocks.push(line(`> ⚠️ **Could not observe** ${nameList(unobserved)}; see the diagnostics.`));
                if (!obs.state_found && command === 'status')
                    blocks.push(line('> No state ledger yet: run `omnigraph-cluster import --config <dir>` once.'));
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
    const title = out.ok ? `Config valid: ${plural(out.resources.length, 'resource')}, ${plural(out.dependencies.length, 'dependency edge')}` : 'Invalid config';
    return {
        marker,
        rest: restNote(ctx, 'validate'),
        sections: [
            essential(() => [...heading(out.ok ? '✅' : '❌', title, ctx), line(countsText(out.diagnostics)), ...(out.ok ? [] : firstErrors(out.diagnostics, '❌ **Errors**:'))]),
            optional((level) => {
                if (level === 'list' || level === 'headline' || out.resources.length === 0)
                    return [];
                const rows = out.resources.map((r) => [code(r.address, 200), escapeText(r.kind, 40), shortDigest(r.digest), r.path === undefined ? '' : code(r.path, 300)]);
                return [line(`#### Resources (${rows.length})`), table(['Resource', 'Kind', 'Digest', 'Source'], rows, 'resources')];
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
        rest: restNote(ctx, 'status'),
        sections: [
            essential(() => [...heading(out.ok ? '🔓' : '❌', title, ctx), line(countsText(out.diagnostics)), ...(out.ok ? [] : firstErrors(out.diagnostics, '❌ **Errors**:'))]),
            diagnosticsSection(out.diagnostics, ctx),
            footerSection(out.state_observations, ctx),
        ],
    };
}
function approveDoc(out, ctx, marker) {
    const title = out.ok ? `Approved ${out.operation ?? 'delete'} of ${code(out.resource ?? '', 200)} by ${code(out.approved_by ?? '', 80)}` : 'Approval failed';
    return {
        marker,
        rest: restNote(ctx, 'plan'),
        sections: [
            essential(() => {
                const blocks = [...heading(out.ok ? '✅' : '❌', title, ctx)];
                if (out.approval_id !== undefined)
                    blocks.push(line(`approval ${code(out.approval_id, 80)} — binds to the current config; any later config edit makes it stale.`));
                if (!out.ok)
                    blocks.push(...firstErrors(out.diagnostics, '❌ **Errors**:'));
                return blocks;
            }),
            diagnosticsSection(out.diagnostics, ctx),
            footerSection(undefined, ctx),
        ],
    };
}

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
    const dir = hints_shellWord(configDir);
    const own = Object.hasOwn(TEXT_HINTS, diagnostic.code) ? TEXT_HINTS[diagnostic.code] : undefined;
    if (own !== undefined)
        return own(dir);
    return diagnosticHint(diagnostic.code)?.replaceAll('<dir>', dir);
}
/** A config dir as one shell word: quoted only when it would otherwise split or expand. */
function hints_shellWord(value) {
    return /^[A-Za-z0-9_./@:+-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

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
            lines.push(`${DETAIL_INDENT}why: ${reasonSentence(change.reason)}`);
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
                lines.push(`${DETAIL_INDENT}approve: omnigraph-cluster --as <you> approve ${hints_shellWord(gate.resource)} --config ${hints_shellWord(hintsFor)}`);
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
        lines.push(`  ${changeHead(change)}${dispositionSuffix(change, DISPOSITION_WORDS)}`);
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
    return `${OPERATION_WORDS[change.operation]} ${change.resource}${change.binding_change === true ? ' [bindings]' : ''}`;
}
function dispositionSuffix(change, words) {
    if (change.disposition === undefined)
        return '';
    const word = words[change.disposition];
    return change.reason === undefined ? ` [${word}]` : ` [${word}: ${change.reason}]`;
}

;// CONCATENATED MODULE: ./src/render/text/diagnostics.ts

const HINT_INDENT = '      ';
/**
 * `ERROR <code> <path>: <message>` / `WARN  <code> <path>: <message>`, one per diagnostic; with
 * `hintsFor` (the config dir the user passed), each followed by its catalogue hint.
 */
function diagnostics_diagnosticLines(diagnostics, hintsFor) {
    return diagnostics.flatMap((d) => {
        const line = `${d.severity === 'error' ? 'ERROR' : 'WARN '} ${d.code} ${d.path}: ${d.message}`;
        const hint = hintsFor === undefined ? undefined : textHint(d, hintsFor);
        return hint === undefined ? [line] : [line, `${HINT_INDENT}hint: ${hint}`];
    });
}

// EXTERNAL MODULE: ./src/engine/lock/index.ts + 5 modules
var lock = __webpack_require__(19150);
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
    return [...headLines(kind, out, options), ...diagnostics_diagnosticLines(out.diagnostics, options.hintsFor)].map((l) => `${l}\n`).join('');
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
 * Diagnostics → annotations, errors first, at most `maxPerSeverity` of each severity, plus one
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

;// CONCATENATED MODULE: ./src/render/serving.ts


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
    lines.push(...diagnosticLines(output.diagnostics));
    return `${lines.join('\n')}\n`;
}
/** A Markdown section; every name and message is escaped. */
function renderServingMarkdown(output) {
    const mark = output.ok ? (output.quarantined.length > 0 ? '⚠️' : '✅') : '❌';
    const lines = [`### Serving check`, '', `${mark} ${escapeText(servingHeadline(output))}`];
    if (output.serving.length > 0)
        lines.push('', `Serving: ${output.serving.map((g) => code(g)).join(', ')}`);
    if (output.quarantined.length > 0)
        lines.push('', `Quarantined: ${output.quarantined.map((g) => code(g)).join(', ')}`);
    if (output.diagnostics.length > 0) {
        lines.push('');
        for (const d of output.diagnostics)
            lines.push(`- ${d.severity === 'error' ? '**error**' : 'warning'} ${code(d.code)} ${code(d.path)}: ${escapeText(d.message)}`);
    }
    return `${lines.join('\n')}\n`;
}

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
const FORK_NOTE = '> [!NOTE]\n> This pull request comes from a fork. Its workflow token is read-only and has no secrets, ' +
    'so the action validated the configuration only. A maintainer can plan it from a branch in this repository.\n';
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
/** The job summary's link to the plan JSON kept as a workflow artifact. */
function planArtifactLine(name, url) {
    return `📎 Full plan JSON: ${linkTo(name, url)} (workflow artifact)\n`;
}
function tooLargeForComment(runUrl) {
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
    return [`❌ Merge queue: ${escapeText(refusal.headline, 1000)}`, ...(refusal.details.length > 0 ? ['', ...refusal.details] : [])].join('\n');
}
function queueRefusalSection(refusal) {
    return `### ❌ Merge queue check failed\n\n${[escapeText(refusal.headline, 1000), ...(refusal.details.length > 0 ? ['', ...refusal.details] : [])].join('\n')}\n`;
}
/**
 * The status line of a merged pull request's plan comment after a `pr-number` re-plan: the plan
 * below is what is left to apply; `blocker` (plain text) is what stops it now, if anything.
 */
function replannedStatus(prNumber, runUrl, hasChanges, blocker) {
    const where = linkTo('this run', runUrl);
    if (!hasChanges)
        return `✅ Re-planned after merge in ${where}: nothing is left to apply.`;
    const finish = `run the workflow again with \`command: apply\` and \`pr-number: ${prNumber}\` to apply it`;
    if (blocker !== null)
        return `⏸️ Re-planned after merge in ${where}: the apply would not finish yet: ${escapeText(blocker, 1000)}. Then ${finish}.`;
    return `🔁 Re-planned after merge in ${where}: this is what is left to apply. Review it, then ${finish}.`;
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
    const content = `${fit_fitComment(applyDoc(apply, ctx, undefined), budget)}${verdict}`;
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
        failing === 0 ? '✅ Every affected cluster would apply cleanly on merge.' : `❌ ${failing} of ${n} would not apply cleanly on merge; the linked comments say why.`,
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
        lines.push('', `…and ${more} more cluster${more === 1 ? '' : 's'}: see the job summary.`);
    return [...lines, ...tail].join('\n');
}
function row(c) {
    const name = c.label !== '' && c.label !== c.configDir ? `${code(c.configDir, 200)} (${escapeText(c.label, 100)})` : code(c.configDir, 200);
    const plan = c.planned ? planCell(c) : 'not planned';
    const merge = c.failure === null ? '✅' : `❌ ${escapeText(c.failure, 200)}`;
    const link = safeUrl(c.commentUrl ?? undefined);
    return `| ${name} | ${plan} | ${c.blocked} | ${c.approvalsPending} | ${merge} | ${link === null ? '—' : `[plan](${link})`} |`;
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
    return fitComment(buildDoc(kind, output, ctx, true), ctx.budgetBytes);
}
/** The job-summary body for any command, within the summary budget (1 MiB hard cap). */
function renderSummary(kind, output, ctx) {
    return fitSummary(buildDoc(kind, output, ctx, false), ctx.budgetBytes);
}
/** A command's Markdown for the job summary, without a marker (the action writes one summary per run). */
function renderSection(kind, output, ctx) {
    return fit_fitSummary(buildDoc(kind, output, ctx, false), ctx.budgetBytes);
}
/**
 * The drift report; `forIssue` adds the marker (and the hidden first-detected line when
 * `extra.since` is known) and the comment-sized budget (issue bodies share it).
 */
function renderDriftReport(parts, ctx, forIssue = false, extra = {}) {
    const identity = formatMarker({ config_dir: ctx.configDir, label: ctx.label, fingerprint: ctx.fingerprint ?? null, kind: 'drift' });
    const marker = forIssue ? (extra.since === undefined ? identity : `${identity}\n${formatDriftSince(extra.since)}`) : undefined;
    const doc = driftDoc(parts, ctx, marker, extra);
    return forIssue ? fit_fitComment(doc, ctx.budgetBytes) : fit_fitSummary(doc, ctx.budgetBytes);
}
function buildDoc(kind, output, ctx, withMarker) {
    const fingerprint = ctx.fingerprint ?? (kind === 'plan' ? planFingerprint(output) : null);
    const marker = withMarker ? formatMarker({ config_dir: ctx.configDir, label: ctx.label, fingerprint, kind: kind }) : undefined;
    switch (kind) {
        case 'plan':
            return planDoc(output, ctx, marker);
        case 'apply':
            return applyDoc(output, ctx, marker);
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

// EXTERNAL MODULE: ./src/action/context.ts
var action_context = __webpack_require__(40645);
;// CONCATENATED MODULE: ./src/action/failure.ts
/**
 * Outcomes → `failure-reason` (docs/action.md#failure-reasons). Reasons come from diagnostic codes and change
 * dispositions, never from message text. `fail-on` decides which outcomes fail the step; the
 * output names the first one that did, and stays empty on success.
 */

const FAILURE_REASONS = (/* unused pure expression or super */ null && ([
    'state-locked',
    'state-cas-mismatch',
    'plan-changed',
    'plan-changed-in-queue',
    'approval-required',
    'approval-stale',
    'recovery-pending',
    'state-tampered',
    'state-missing',
    'pr-not-merged',
    'validation-failed',
    'apply-failed',
    'partial-apply',
    'not-converged',
    'drift-detected',
]));
const has = (diagnostics, code, severity) => diagnostics.some((d) => d.code === code && (severity === undefined || d.severity === severity));
/** The reason an `ok:false` output failed, for the command that produced it. */
function errorReason(diagnostics, command) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0)
        return null;
    if (has(errors, 'state_lock_held'))
        return 'state-locked';
    if (has(errors, 'state_cas_mismatch'))
        return 'state-cas-mismatch';
    if (has(errors, 'cluster_recovery_pending'))
        return 'recovery-pending';
    if (errors.every((d) => (0,engine_diagnostics/* isConfigCode */.AK)(d.code)) || command === 'other')
        return 'validation-failed';
    return 'apply-failed';
}
/** Why an apply that ran (`ok:true`) still counts as failed under `fail-on`. */
function applyPolicyReason(apply, failOn) {
    const blocked = apply.changes.filter((c) => c.disposition === 'blocked');
    if (failOn.has('blocked') && blocked.length > 0) {
        if (blocked.some((c) => c.reason === 'cluster_recovery_pending'))
            return 'recovery-pending';
        if (blocked.some((c) => c.reason === 'approval_required')) {
            return has(apply.diagnostics, 'approval_stale') ? 'approval-stale' : 'approval-required';
        }
        return 'partial-apply';
    }
    if (failOn.has('deferred') && apply.changes.some((c) => c.disposition === 'deferred'))
        return 'partial-apply';
    if (failOn.has('not-converged') && !apply.converged)
        return 'not-converged';
    return null;
}
/**
 * Plan mode: the reason the apply after merge would fail under the same `fail-on`, judged from
 * the plan (issue 17: a green PR check means a green apply). Approval-gated deletes count under
 * `approvals-pending`, not `blocked`, so a team can let them through review separately.
 */
function planPolicyReason(plan, failOn) {
    const pendingGate = plan.approvals_required.some((g) => g.satisfied !== true);
    // What waits on a change held for approval unblocks with that approval: count it as pending, not blocked.
    const blocked = plan.changes.filter((c) => c.disposition === 'blocked' && c.reason !== 'approval_required' && !(pendingGate && c.reason === 'dependency_not_applied'));
    if (failOn.has('blocked') && blocked.length > 0) {
        return blocked.some((c) => c.reason === 'cluster_recovery_pending') ? 'recovery-pending' : 'partial-apply';
    }
    if (failOn.has('approvals-pending') && plan.approvals_required.some((g) => g.satisfied !== true)) {
        return has(plan.diagnostics, 'approval_stale') ? 'approval-stale' : 'approval-required';
    }
    const unfinished = plan.changes.some((c) => c.disposition === 'deferred' || c.disposition === 'blocked');
    if (failOn.has('deferred') && plan.changes.some((c) => c.disposition === 'deferred'))
        return 'partial-apply';
    if (failOn.has('not-converged') && unfinished)
        return 'not-converged';
    return null;
}
/** The foreign lock that stopped us, as the `lock-info` output shows it. */
function lockInfo(observations, diagnostics) {
    if (!observations?.lock_id || !has(diagnostics, 'state_lock_held'))
        return null;
    return {
        lock_id: observations.lock_id,
        operation: observations.lock_operation ?? null,
        created_at: observations.lock_created_at ?? null,
        pid: observations.lock_pid ?? null,
        age_seconds: observations.lock_age_seconds ?? null,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/action/state-tamper.ts

/**
 * Files under the state root that the pushed commits changed, when that root is a local directory
 * inside the workspace (docs/security.md): a merged pull request could otherwise forge the ledger,
 * approvals or sidecars the apply then trusts. Read from the push event's own commit lists, so no
 * API call is needed (a `closed` pull request event has none: the caller passes the PR's files);
 * S3 roots and roots outside the workspace are out of a PR's reach.
 */
function tamperedStateFiles(payload, workspace, statePath, 
/** Files known changed by other means (a merged pull request's file list, when the event has no commits). */
moreFiles = []) {
    if (!external_node_path_default().isAbsolute(statePath))
        return [];
    const root = external_node_path_default().dirname(external_node_path_default().dirname(statePath));
    const relative = external_node_path_default().relative(workspace, root);
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return [];
    const prefix = relative === '' ? '' : `${relative.split((external_node_path_default()).sep).join('/')}/`;
    const underState = (file) => file.startsWith(`${prefix}__cluster/`) || file.startsWith(`${prefix}graphs/`);
    const commits = Array.isArray(payload.commits) ? payload.commits : [];
    const touched = new Set(moreFiles.filter(underState));
    for (const commit of commits) {
        if (typeof commit !== 'object' || commit === null)
            continue;
        for (const list of ['added', 'modified', 'removed']) {
            const files = commit[list];
            if (Array.isArray(files))
                for (const file of files)
                    if (typeof file === 'string' && underState(file))
                        touched.add(file);
        }
    }
    return [...touched].sort();
}

// EXTERNAL MODULE: ./src/action/github/client.ts
var client = __webpack_require__(57441);
;// CONCATENATED MODULE: ./src/action/result.ts
const EMPTY_RESULT = {
    ok: true,
    changes: [],
    approvalsPending: 0,
    planFingerprint: null,
    planJsonPath: null,
    stateRevision: null,
    converged: false,
    failureReason: null,
    failureMessage: null,
    lockInfo: null,
    commentId: null,
    prNumber: null,
    driftDetected: false,
    driftIssueNumber: null,
    targets: null,
};
const OUTPUT_NAMES = [
    'ok',
    'has-changes',
    'to-create',
    'to-update',
    'to-delete',
    'blocked',
    'deferred',
    'approvals-pending',
    'plan-fingerprint',
    'plan-json-path',
    'state-revision',
    'converged',
    'failure-reason',
    'lock-info',
    'comment-id',
    'pr-number',
    'drift-detected',
    'drift-issue-number',
    'matrix',
    'targets-count',
    'clusters',
];
function planResult(plan) {
    return {
        ok: plan.ok,
        changes: plan.changes,
        approvalsPending: plan.approvals_required.filter((g) => g.satisfied !== true).length,
        stateRevision: plan.state_observations.state_revision,
        converged: plan.ok && plan.changes.length === 0,
    };
}
function applyResult(apply) {
    return {
        ok: apply.ok,
        changes: apply.changes,
        stateRevision: apply.state_observations.state_revision,
        converged: apply.converged,
    };
}
function outputValues(result) {
    const count = (pred) => String(result.changes.filter(pred).length);
    const opt = (n) => (n === null ? '' : String(n));
    return {
        ok: String(result.ok && result.failureReason === null),
        'has-changes': String(result.changes.length > 0),
        'to-create': count((c) => c.operation === 'create'),
        'to-update': count((c) => c.operation === 'update'),
        'to-delete': count((c) => c.operation === 'delete'),
        blocked: count((c) => c.disposition === 'blocked'),
        deferred: count((c) => c.disposition === 'deferred'),
        'approvals-pending': String(result.approvalsPending),
        'plan-fingerprint': result.planFingerprint ?? '',
        'plan-json-path': result.planJsonPath ?? '',
        'state-revision': opt(result.stateRevision),
        converged: String(result.converged),
        'failure-reason': result.failureReason ?? '',
        'lock-info': JSON.stringify(result.lockInfo ?? {}),
        'comment-id': opt(result.commentId),
        'pr-number': opt(result.prNumber),
        'drift-detected': String(result.driftDetected),
        'drift-issue-number': opt(result.driftIssueNumber),
        ...targetOutputs(result.targets),
    };
}
/** `matrix` is `strategy.matrix` JSON (`include` of config-dir, label, job-name); `clusters` a JSON array of config dirs. */
function targetOutputs(targets) {
    if (targets === null)
        return { matrix: '', 'targets-count': '', clusters: '' };
    const include = targets.map((t) => ({ 'config-dir': t.configDir, label: t.label, 'job-name': t.jobName }));
    return { matrix: JSON.stringify({ include }), 'targets-count': String(targets.length), clusters: JSON.stringify(targets.map((t) => t.configDir)) };
}

;// CONCATENATED MODULE: ./src/action/sticky.ts
/**
 * The sticky PR comment: one per (config dir, label), found by its hidden marker among the
 * comments our own identity wrote (every page), updated in place, and left alone when the new
 * body is identical. GitHub failures become warnings: a comment is never worth a failed job.
 */


/**
 * Who "we" are. A personal or app token can ask GraphQL for `viewer`; the workflow token cannot
 * call GET /user and may be refused `viewer`, and then its comments carry github-actions[bot].
 */
async function resolveIdentity(github) {
    return { login: (await github.viewerLogin()) ?? client/* WORKFLOW_TOKEN_LOGIN */.kp };
}
function writtenBy(me, authorLogin) {
    return authorLogin.toLowerCase() === me.login.toLowerCase();
}
/** Our comment for this identity, if any (the oldest wins, as it was found first last time too). */
function findSticky(comments, me, configDir, label) {
    for (const comment of comments) {
        if (!writtenBy(me, comment.authorLogin))
            continue;
        const marker = parseMarker(comment.body);
        if (marker !== null && sameIdentity(marker, configDir, label, 'sticky'))
            return { comment, marker };
    }
    return null;
}
/**
 * Whether to post: `never` never; `on-change` only with changes unless a comment already exists.
 * "Unchanged" ignores the body's volatile tail (head commit, run link): a push that plans the same
 * must not edit the comment.
 */
function decideSticky(mode, existing, body, hasChanges) {
    if (mode === 'never')
        return 'skipped';
    if (existing !== null)
        return stableBody(existing.body) === stableBody(body) ? 'unchanged' : 'update';
    if (mode === 'on-change' && !hasChanges)
        return 'skipped';
    return 'create';
}
/** Create or update the comment per `decideSticky`; a GitHub failure comes back as a warning. */
async function upsertSticky(github, prNumber, existing, body, action) {
    try {
        if (action === 'create')
            return { action, commentId: (await github.createIssueComment(prNumber, body)).id };
        if (action === 'update' && existing !== null)
            return { action, commentId: (await github.updateIssueComment(existing.id, body)).id };
        return { action, commentId: existing?.id ?? null };
    }
    catch (error) {
        if (!(0,client/* isGitHubFailure */.Ab)(error))
            throw error;
        return { action: 'failed', commentId: existing?.id ?? null, warning: `could not write the pull request comment (${error.message}); the job summary has the full result` };
    }
}

;// CONCATENATED MODULE: ./src/action/merge-verdict.ts

/** Only for a plan that ran (`ok:true`); an `ok:false` plan already failed as `errors`. */
function mergeVerdict(plan, settings) {
    if (!plan.state_observations.state_found && !settings.bootstrapState && settings.failOn.has('errors')) {
        return { failureReason: 'state-missing', failureMessage: missingLedgerMessage(plan, settings.configDir) };
    }
    const reason = planPolicyReason(plan, settings.failOn);
    if (reason === null)
        return null;
    return { failureReason: reason, failureMessage: policyMessage(plan, reason) };
}
function missingLedgerMessage(plan, configDir) {
    const creates = plan.changes.filter((c) => c.operation === 'create').length;
    return (`this cluster has no state ledger yet, so the apply after merge would stop with state_missing instead of creating ${creates} resource${creates === 1 ? '' : 's'}. ` +
        `Run \`omnigraph-cluster import --config ${configDir}\` once against the cluster's storage, ` +
        'or set `bootstrap-state: true` on the apply workflow (and on this plan workflow, so the plan shows what the import records)');
}
function policyMessage(plan, reason) {
    const list = (pred, withReason) => plan.changes
        .filter(pred)
        .map((c) => (withReason ? `${c.resource} (${c.reason ?? c.disposition})` : c.resource))
        .join(', ');
    switch (reason) {
        case 'approval-required':
        case 'approval-stale': {
            const pending = plan.approvals_required.filter((g) => g.satisfied !== true).map((g) => g.resource);
            const how = pending.map((r) => `/omnigraph approve ${r}`).join(' and ');
            const stale = reason === 'approval-stale' ? ' (an earlier approval no longer matches this plan)' : '';
            return `the apply after merge would stop at ${pending.length} unapproved change${pending.length === 1 ? '' : 's'}${stale}: ${pending.join(', ')}. A reviewer with write access approves by commenting \`${how}\` on this pull request; then re-run this check`;
        }
        case 'recovery-pending':
        case 'partial-apply':
            if (plan.changes.some((c) => c.disposition === 'blocked' && c.reason !== 'approval_required')) {
                return `the apply after merge would refuse these changes: ${list((c) => c.disposition === 'blocked' && c.reason !== 'approval_required', true)}. Fix what the plan shows for each (or remove it from this pull request) before merging`;
            }
            return `the apply after merge would defer these changes: ${list((c) => c.disposition === 'deferred', true)}. They are not executed by the cluster; remove them from this pull request or drop \`deferred\` from fail-on`;
        default:
            return `the apply after merge would not reach the desired config: ${list((c) => c.disposition === 'blocked' || c.disposition === 'deferred', true)}`;
    }
}
/** `3 to apply, 1 approval pending, 1 blocked`: at most 140 characters (GitHub's status limit). */
function statusSummary(plan, failure) {
    if (!plan.ok)
        return 'plan failed: see the job summary';
    if (failure?.failureReason === 'state-missing')
        return 'no state ledger yet: run import once or set bootstrap-state';
    const count = (d) => plan.changes.filter((c) => c.disposition === d).length;
    const pending = plan.approvals_required.filter((g) => g.satisfied !== true).length;
    const blocked = plan.changes.filter((c) => c.disposition === 'blocked' && c.reason !== 'approval_required').length;
    const parts = [
        count('applied') > 0 ? `${count('applied')} to apply` : '',
        pending > 0 ? `${pending} approval${pending === 1 ? '' : 's'} pending` : '',
        blocked > 0 ? `${blocked} blocked` : '',
        count('deferred') > 0 ? `${count('deferred')} deferred` : '',
    ].filter((p) => p !== '');
    const line = parts.length === 0 ? 'no changes' : parts.join(', ');
    return (failure === null ? line : `${line}; merge would fail`).slice(0, 140);
}

// EXTERNAL MODULE: ./src/engine/config/paths.ts
var paths = __webpack_require__(25541);
;// CONCATENATED MODULE: ./src/action/lock-retry.ts
function isLockHeld(output) {
    return output.diagnostics.some((d) => d.code === 'state_lock_held');
}
/** Jitter in [0.5, 1.5) × interval, so runners queued behind one lock do not retry in step. */
function retryDelay(intervalMs, random) {
    return Math.round(intervalMs * (0.5 + Math.min(Math.max(random, 0), 0.999999)));
}
async function withLockRetry(attempt, options) {
    let output = await attempt();
    for (let i = 1; i <= options.retries && isLockHeld(output); i++) {
        const delay = retryDelay(options.intervalMs, options.random());
        options.log(`cluster state lock is held; retry ${i} of ${options.retries} in ${(delay / 1000).toFixed(1)}s`);
        await options.sleep(delay);
        output = await attempt();
    }
    return output;
}

;// CONCATENATED MODULE: ./src/action/modes/shared.ts
/**
 * What every mode shares: the parsed settings, the clients, memoised identity, the summary being
 * assembled, and the plan-with-bootstrap + lock-retry sequence plan, apply and drift all run.
 */







function modeEnv(deps, settings, commands, github) {
    let identity = null;
    return {
        deps,
        settings,
        commands,
        github,
        identity: () => (identity ??= resolveIdentity(github)),
        renderContext: (extra = {}) => ({ configDir: settings.configDir, label: settings.label, runUrl: deps.context.runUrl, sourceRoot: external_node_path_default().resolve(deps.context.workspace), ...extra }),
        summary: [],
        annotated: new Set(),
    };
}
function retrying(env, attempt) {
    return withLockRetry(attempt, {
        retries: env.settings.lockRetries,
        intervalMs: env.settings.lockRetryIntervalMs,
        sleep: (ms) => env.deps.sleep(ms),
        random: () => env.deps.random(),
        log: (m) => env.deps.io.info(m),
    });
}
/** `gate-destructive` for plan, apply and approve; left out when off, as the CLI leaves it out. */
function gateOption(env) {
    return env.settings.gateDestructive ? { gateDestructive: true } : {};
}
/** plan; with `bootstrap-state` and no ledger yet, import first and plan again. */
async function planWithBootstrap(env) {
    const configDir = env.settings.configPath;
    const plan = await retrying(env, () => env.commands.plan({ configDir, ...gateOption(env) }));
    if (!env.settings.bootstrapState || !plan.ok || plan.state_observations.state_found)
        return plan;
    env.deps.io.info('no state ledger yet: bootstrap-state is on, running import first');
    const imported = await retrying(env, () => env.commands.importState({ configDir }));
    if (!imported.ok) {
        env.deps.io.warning(`bootstrap import failed: ${imported.diagnostics.map((d) => d.message).join('; ')}`);
        return plan;
    }
    return retrying(env, () => env.commands.plan({ configDir, ...gateOption(env) }));
}
/**
 * The plan JSON beside the run (for later steps), as `plan-json-path`; with `upload-plan`, also a
 * workflow artifact linked at the top of the job summary, so a reviewer can download it.
 */
async function writePlanJson(env, plan) {
    const name = `omnigraph-plan-${`${env.settings.configDir}${env.settings.label ? `-${env.settings.label}` : ''}`.replace(/[^A-Za-z0-9._-]+/g, '_')}`;
    const file = external_node_path_default().join(env.deps.context.tempDir, `${name}.json`);
    await env.deps.writeFile(file, `${(0,base_json/* toPrettyJson */.gM)(plan)}\n`);
    if (env.settings.uploadPlan)
        await uploadPlanJson(env, name, file);
    return file;
}
async function uploadPlanJson(env, name, file) {
    try {
        const uploaded = await env.deps.artifacts.upload(name, file);
        env.summary.push(planArtifactLine(name, uploaded.url));
        env.deps.io.info(`plan JSON uploaded as artifact ${name} (${uploaded.url})`);
    }
    catch (error) {
        // The plan itself is done; a missing artifact must not fail it (e.g. a local or act run).
        const message = error instanceof Error ? error.message : String(error);
        env.deps.io.warning(`could not upload the plan JSON as an artifact (${message}); it is still at ${file}. Set \`upload-plan: false\` to skip the upload`);
    }
}
/** A command's terminal text, folded in the job log under `title`. */
function logText(env, title, kind, output) {
    env.deps.io.logGroup(title, renderText(kind, output, { hintsFor: env.settings.configDir }));
}
/** Diagnostics as annotations, each diagnostic once per run even when several commands report it. */
function annotate(env, diagnostics) {
    const configFile = external_node_path_default().posix.join(env.settings.configDir, 'cluster.yaml');
    const workspace = external_node_path_default().resolve(env.deps.context.workspace);
    // Before toAnnotations, so repeats do not count against its per-severity cap.
    const fresh = diagnostics.filter((d) => {
        const key = JSON.stringify([d.severity, d.code, d.path, d.message, d.location?.file ?? null, d.location?.line ?? null, d.location?.column ?? null]);
        if (env.annotated.has(key))
            return false;
        env.annotated.add(key);
        return true;
    });
    for (const a of toAnnotations(fresh, { configFile, configDir: env.settings.configDir })) {
        env.deps.io.annotate(a.file === undefined ? a : { ...a, file: workspaceRelative(workspace, a.file) });
    }
}
/**
 * GitHub attaches an annotation to the pull request's diff only when `file` is relative to the
 * repository root; source locations come back from the engine under the absolute config path.
 */
function workspaceRelative(workspace, file) {
    if (!external_node_path_default().isAbsolute(file) || !(0,paths/* isInside */.F)(workspace, external_node_path_default().normalize(file)))
        return file;
    return external_node_path_default().relative(workspace, file).split((external_node_path_default()).sep).join('/');
}
/** The failure of an `ok:false` output, if `fail-on: errors` is on. */
function outputFailure(env, output, command) {
    if (output.ok || !env.settings.failOn.has('errors'))
        return null;
    const reason = errorReason(output.diagnostics, command) ?? (command === 'apply' ? 'apply-failed' : 'validation-failed');
    const lock = lockInfo(output.state_observations, output.diagnostics);
    const first = output.diagnostics.find((d) => d.severity === 'error');
    const message = lock ? lockHeldMessage(lock, env.renderContext()) : `${first?.code ?? 'error'}: ${first?.message ?? 'the command failed'}`;
    return { failureReason: reason, failureMessage: message, lockInfo: lock };
}

;// CONCATENATED MODULE: ./src/action/modes/plan.ts







async function planMode(env, prNumber) {
    const plan = await planWithBootstrap(env);
    const fingerprint = plan.ok ? planFingerprint(plan) : null;
    logText(env, `omnigraph-cluster plan (${env.settings.configDir})`, 'plan', plan);
    const planJsonPath = await writePlanJson(env, plan);
    env.summary.push(renderSection('plan', plan, env.renderContext(fingerprint ? { fingerprint } : {})));
    annotate(env, plan.diagnostics);
    // The PR check answers "would the apply after merge work?", not only "did plan run?".
    const failure = outputFailure(env, plan, 'other');
    const verdict = failure === null && plan.ok ? mergeVerdict(plan, env.settings) : null;
    const result = { ...planResult(plan), planFingerprint: fingerprint, planJsonPath, prNumber, ...failure, ...verdict };
    if (prNumber === null)
        return result;
    await postCommitStatus(env, prNumber, plan, failure ?? verdict);
    const status = verdict ? mergeWouldFailStatus(verdict.failureMessage) : undefined;
    const commentId = await postPlanComment(env, prNumber, plan, fingerprint, status);
    return { ...result, commentId };
}
/** One status per cluster (`omnigraph/<label or dir>`) on the PR head, for branch protection to require. */
async function postCommitStatus(env, prNumber, plan, failure) {
    await postClusterStatus(env, plan, failure, async () => {
        // An approve comment's event has no head: ask, so the status turns green once approved.
        return (0,action_context/* stringField */.OM)(env.deps.context.payload, 'pull_request', 'head', 'sha') ?? (await env.github.pullHeadSha(prNumber));
    });
}
/**
 * The per-cluster status on the commit `headSha()` names (a PR head, or a merge group's commit,
 * which the merge queue waits on); `description` overrides the one-line plan summary.
 */
async function postClusterStatus(env, plan, failure, headSha, description = statusSummary(plan, failure)) {
    const context = `omnigraph/${env.settings.label || env.settings.configDir}`;
    try {
        const sha = await headSha();
        await env.github.createCommitStatus(sha, { state: failure ? 'failure' : 'success', context, description: description.slice(0, 140), targetUrl: env.deps.context.runUrl });
    }
    catch (error) {
        if (!(0,client/* isGitHubFailure */.Ab)(error))
            throw error;
        env.deps.io.warning(`could not set the commit status ${context} (${error.message}); give the workflow \`permissions: statuses: write\` so branch protection can require it`);
    }
}
async function postPlanComment(env, prNumber, plan, fingerprint, status) {
    if (env.settings.comment === 'never')
        return null;
    const listed = await listComments(env, prNumber);
    if (listed === null)
        return null;
    const me = await env.identity();
    const existing = findSticky(listed, me, env.settings.configDir, env.settings.label)?.comment ?? null;
    const headSha = (0,action_context/* stringField */.OM)(env.deps.context.payload, 'pull_request', 'head', 'sha');
    const body = planCommentBody({ plan, fingerprint, ctx: env.renderContext(), maxBytes: env.settings.maxCommentBytes, ...(status ? { status } : {}), ...(headSha ? { headSha } : {}) });
    const action = decideSticky(env.settings.comment, existing, body, plan.changes.length > 0);
    const outcome = await upsertSticky(env.github, prNumber, existing, body, action);
    if (outcome.warning)
        env.deps.io.warning(outcome.warning);
    else
        env.deps.io.info(`pull request comment: ${outcome.action}${outcome.commentId !== null ? ` (#${outcome.commentId})` : ''}`);
    return outcome.commentId;
}
/** Every comment on the PR, or null (with a warning) when the token may not read them. */
async function listComments(env, prNumber) {
    try {
        return await env.github.listIssueComments(prNumber);
    }
    catch (error) {
        if (!(0,client/* isGitHubFailure */.Ab)(error))
            throw error;
        env.deps.io.warning(`could not read the pull request comments (${error.message}); the job summary has the full result`);
        return null;
    }
}

;// CONCATENATED MODULE: ./src/action/modes/serving.ts

/**
 * "Converged" is not "a server boots": after every apply (and on every drift run) the serving
 * check applies the reference server's boot rules to the ledger, and its verdict goes to the job
 * summary, the apply comment and the drift issue. Advisory: it never changes the run's outcome,
 * and a check that cannot run is a warning, not a failure.
 */
async function servingCheck(env) {
    try {
        const serving = await env.commands.serving({ configDir: env.settings.configPath });
        env.summary.push(renderServingMarkdown(serving));
        if (!serving.ok)
            env.deps.io.warning(`serving check: ${servingHeadline(serving)}`);
        return serving;
    }
    catch (error) {
        env.deps.io.warning(`serving check could not run: ${error instanceof Error ? error.message : String(error)}`);
        return null;
    }
}

;// CONCATENATED MODULE: ./src/action/modes/apply.ts










/** `mergedPr`: the pull request that was merged, when known; else it is looked up from the commit. */
async function applyMode(env, mergedPr) {
    let reviewed = await findReviewed(env, mergedPr);
    const prNumber = reviewed?.prNumber ?? null;
    const base = { prNumber, commentId: reviewed?.comment?.id ?? null };
    if (env.settings.requireApprovedPlan && !reviewed?.marker?.fingerprint) {
        return refuse(env, reviewed, base, noReviewedPlanRefusal(reviewed !== null));
    }
    reviewed = await setStatus(env, reviewed, applyingStatus(env.deps.context.runUrl));
    const plan = await planWithBootstrap(env);
    logText(env, `omnigraph-cluster plan (${env.settings.configDir})`, 'plan', plan);
    const planJsonPath = await writePlanJson(env, plan);
    const planned = { ...base, ...planResult(plan), planJsonPath, planFingerprint: plan.ok ? planFingerprint(plan) : null };
    const planFailure = outputFailure(env, plan, 'other');
    if (!plan.ok) {
        env.summary.push(renderSection('plan', plan, env.renderContext()));
        annotate(env, plan.diagnostics);
        await setStatus(env, reviewed, notAppliedStatus(planFailure?.failureMessage ?? 'the plan failed'));
        return { ...planned, ...planFailure };
    }
    const tampered = reviewed ? tamperedStateFiles(env.deps.context.payload, env.deps.context.workspace, plan.state_observations.state_path, await filesWithoutCommits(env, reviewed.prNumber)) : [];
    if (tampered.length > 0) {
        env.summary.push(renderSection('plan', plan, env.renderContext()));
        const headline = `The merged pull request changed files under the state root (${tampered.slice(0, 5).join(', ')}${tampered.length > 5 ? ', …' : ''}); state kept in the repository cannot be trusted from a pull request. Restore those files, or move state to S3 (docs/security.md).`;
        return refuse(env, reviewed, planned, { headline, details: [] }, 'state-tampered');
    }
    if (env.settings.requireApprovedPlan && reviewed?.marker) {
        const refusal = bindingRefusal(reviewed, plan, planned.planFingerprint ?? '');
        if (refusal === 'already-applied') {
            env.deps.io.notice('the reviewed plan was already applied and nothing is left to do');
            env.summary.push(renderSection('plan', plan, env.renderContext()));
            return planned;
        }
        if (refusal !== null) {
            env.summary.push(renderSection('plan', plan, env.renderContext()));
            return refuse(env, reviewed, planned, refusal);
        }
    }
    const actor = env.settings.actor ?? (env.deps.context.actor || null);
    const apply = await retrying(env, () => env.commands.apply({ configDir: env.settings.configPath, actor, ...gateOption(env) }));
    logText(env, `omnigraph-cluster apply (${env.settings.configDir})`, 'apply', apply);
    env.summary.push(renderSection('apply', apply, env.renderContext()));
    annotate(env, apply.diagnostics);
    const failure = outputFailure(env, apply, 'apply');
    const policy = failure === null ? applyPolicyReason(apply, env.settings.failOn) : null;
    const result = {
        ...planned,
        ...applyResult(apply),
        ...failure,
        ...(policy ? { failureReason: policy, failureMessage: apply_policyMessage(apply) } : {}),
    };
    const serving = await servingCheck(env);
    await finishComment(env, reviewed, apply, applyStatus(apply, failure?.failureMessage ?? null), serving);
    return result;
}
/**
 * The merged PR behind this push: the one whose merge commit is this SHA, else any PR into the
 * default branch; null (with a warning when GitHub failed) when there is none.
 */
async function mergedPullNumber(env) {
    const { context } = env.deps;
    let pulls;
    try {
        pulls = await env.github.listPullsForCommit(context.sha);
    }
    catch (error) {
        if (!(0,client/* isGitHubFailure */.Ab)(error))
            throw error;
        env.deps.io.warning(`could not look up the pull request of ${context.sha} (${error.message})`);
        return null;
    }
    const defaultBranch = (0,action_context/* stringField */.OM)(context.payload, 'repository', 'default_branch');
    const pr = pulls.find((p) => p.mergeCommitSha === context.sha) ?? pulls.find((p) => p.baseRef === defaultBranch) ?? null;
    return pr?.number ?? null;
}
/** `known`: the merged PR when the caller already knows it (a closed-merged event, or many clusters looked once). */
async function findReviewed(env, known) {
    const prNumber = known === undefined ? await mergedPullNumber(env) : known;
    if (prNumber === null)
        return null;
    const comments = await listComments(env, prNumber);
    const found = comments === null ? null : findSticky(comments, await env.identity(), env.settings.configDir, env.settings.label);
    return { prNumber, comment: found?.comment ?? null, marker: found?.marker ?? null };
}
/**
 * A push event lists its commits' files; a `closed` pull request event does not, so then the
 * merged pull request's own file list stands in. A list GitHub refuses leaves only the commits.
 */
async function filesWithoutCommits(env, prNumber) {
    if (Array.isArray(env.deps.context.payload.commits))
        return [];
    try {
        return (await env.github.listPullFiles(prNumber)).files;
    }
    catch (error) {
        if (!(0,client/* isGitHubFailure */.Ab)(error))
            throw error;
        env.deps.io.warning(`could not list the files of pull request #${prNumber} to check the state root (${error.message})`);
        return [];
    }
}
/** null = apply may proceed. */
function bindingRefusal(reviewed, plan, fingerprint) {
    const marker = reviewed.marker;
    if (marker === null)
        return null;
    if (marker.kind === 'apply')
        return plan.changes.length === 0 ? 'already-applied' : alreadyAppliedRefusal();
    if (marker.fingerprint === fingerprint)
        return null;
    const differences = describeDifferences(parseReviewRecord(reviewed.comment?.body ?? ''), plan);
    return planChangedRefusal(marker.fingerprint ?? '', fingerprint, differences);
}
async function refuse(env, reviewed, result, refusal, reason = 'plan-changed') {
    env.summary.push(refusalSection(refusal));
    await setStatus(env, reviewed, refusalStatus(refusal));
    return { ...result, failureReason: reason, failureMessage: refusal.headline };
}
function apply_policyMessage(apply) {
    const blocked = apply.changes.filter((c) => c.disposition === 'blocked').map((c) => `${c.resource} (${c.reason ?? 'blocked'})`);
    const deferred = apply.changes.filter((c) => c.disposition === 'deferred').map((c) => c.resource);
    const parts = [blocked.length ? `blocked: ${blocked.join(', ')}` : '', deferred.length ? `deferred: ${deferred.join(', ')}` : '', apply.converged ? '' : 'not converged'];
    return `apply finished without reaching the desired config (${parts.filter((p) => p !== '').join('; ')})`;
}
/** Swap the status line of the reviewed comment, keeping the reviewed plan below it. */
async function setStatus(env, reviewed, status) {
    const comment = reviewed?.comment;
    if (!comment || !reviewed.marker || env.settings.comment === 'never')
        return reviewed;
    const body = restatusBody(comment.body, reviewed.marker, status, env.settings.maxCommentBytes, env.deps.context.runUrl);
    await writeComment(env, reviewed.prNumber, comment, body);
    // Later status swaps must start from what is now on GitHub.
    return { ...reviewed, comment: { ...comment, body } };
}
/**
 * After the apply the content shows the apply. Once converged the marker turns `apply`, so the
 * reviewed plan cannot authorise a second, different apply; a partial apply keeps `plan` so a
 * re-run of this job can retry exactly the reviewed plan.
 */
async function finishComment(env, reviewed, apply, status, serving) {
    const comment = reviewed?.comment;
    if (!comment || !reviewed.marker || env.settings.comment === 'never')
        return;
    const marker = { ...reviewed.marker, kind: apply.ok && apply.converged ? 'apply' : reviewed.marker.kind };
    const body = applyCommentBody(comment.body, marker, apply, status, env.renderContext(), env.settings.maxCommentBytes, serving ?? undefined);
    await writeComment(env, reviewed.prNumber, comment, body);
}
async function writeComment(env, prNumber, comment, body) {
    const outcome = await upsertSticky(env.github, prNumber, comment, body, comment.body === body ? 'unchanged' : 'update');
    if (outcome.warning)
        env.deps.io.warning(outcome.warning);
}

;// CONCATENATED MODULE: ./src/action/modes/merged-pr.ts
/**
 * `workflow_dispatch` with `pr-number` → finish a merged pull request whose apply stopped
 * part-way (an approval missing, a graph create that failed), without an empty commit: the plan
 * run re-plans the default branch and puts what is left on that pull request's comment for
 * review (and `/omnigraph approve`); the apply run applies it, bound to that re-planned comment
 * exactly as a push is bound to the plan reviewed before merge.
 */








async function mergedPullMode(env, prNumber, apply) {
    const why = await notFinishable(env, prNumber);
    if (why !== null) {
        const message = notMergedMessage(prNumber, why);
        return { ok: false, prNumber, failureReason: 'pr-not-merged', failureMessage: message };
    }
    return apply ? applyMode(env, prNumber) : replanMergedPull(env, prNumber);
}
/** Why `prNumber` cannot be finished from this run, or null. */
async function notFinishable(env, prNumber) {
    try {
        const pull = await env.github.pull(prNumber);
        if (!pull.merged)
            return `is ${pull.state === 'open' ? 'still open' : 'closed without merging'}`;
        if (env.deps.context.ref !== `refs/heads/${pull.baseRef}`)
            return `merged into ${pull.baseRef}, but this run is on ${env.deps.context.ref || 'no ref'}`;
        return null;
    }
    catch (error) {
        if (!(0,client/* isGitHubFailure */.Ab)(error))
            throw error;
        return `could not be read (${error.message})`;
    }
}
/**
 * Re-plan a merged pull request and replace its plan comment: the new fingerprint is what the
 * next `pr-number` apply is held to. Also what an approval on a merged pull request refreshes.
 */
async function replanMergedPull(env, prNumber) {
    const plan = await planWithBootstrap(env);
    const fingerprint = plan.ok ? planFingerprint(plan) : null;
    const planJsonPath = await writePlanJson(env, plan);
    env.summary.push(renderSection('plan', plan, env.renderContext(fingerprint ? { fingerprint } : {})));
    annotate(env, plan.diagnostics);
    const failure = outputFailure(env, plan, 'other');
    const verdict = failure === null && plan.ok ? mergeVerdict(plan, env.settings) : null;
    const result = { ...planResult(plan), planFingerprint: fingerprint, planJsonPath, prNumber, ...failure, ...verdict };
    if (env.settings.comment === 'never')
        return result;
    const listed = await listComments(env, prNumber);
    if (listed === null)
        return result;
    const existing = findSticky(listed, await env.identity(), env.settings.configDir, env.settings.label)?.comment ?? null;
    const blocker = failure?.failureMessage ?? verdict?.failureMessage ?? null;
    const status = replannedStatus(prNumber, env.deps.context.runUrl, plan.changes.length > 0, blocker);
    const body = planCommentBody({ plan, fingerprint, ctx: env.renderContext(), maxBytes: env.settings.maxCommentBytes, status });
    const outcome = await upsertSticky(env.github, prNumber, existing, body, existing === null ? 'create' : existing.body === body ? 'unchanged' : 'update');
    if (outcome.warning)
        env.deps.io.warning(outcome.warning);
    return { ...result, commentId: outcome.commentId };
}

;// CONCATENATED MODULE: ./src/action/modes/approve.ts
/**
 * `/omnigraph approve <resource>` on a pull request → `approve` as the commenter, only when the
 * commenter has write, maintain or admin access; the answer is a reply on the PR. A refusal is
 * the expected outcome of someone else's comment, so it is reported (ok=false) but does not fail
 * the job. After an approval the plan comment is refreshed so the gate shows as satisfied.
 */






const WRITERS = new Set(['admin', 'maintain', 'write']);
async function approveMode(env, request) {
    await react(env, request, 'eyes');
    const refusal = await refusalOf(env, request);
    if (refusal !== null) {
        await reply(env, request.prNumber, refusal);
        await react(env, request, '-1');
        env.summary.push(approveSection(refusal, true));
        env.deps.io.notice(`approval of ${request.resource} by ${request.commenter} refused`);
        return { ok: false, prNumber: request.prNumber };
    }
    const out = await retrying(env, () => env.commands.approve({ configDir: env.settings.configPath, actor: request.commenter, resource: request.resource, ...gateOption(env) }));
    const failure = outputFailure(env, out, 'other');
    const text = out.ok
        ? approvedReply(request.resource, out.approved_by ?? request.commenter, out.approval_id ?? '')
        : approveFailedReply(request.resource, out.diagnostics);
    await reply(env, request.prNumber, text);
    await react(env, request, out.ok ? '+1' : 'confused');
    env.summary.push(approveSection(text, false));
    if (!out.ok)
        return { ok: false, prNumber: request.prNumber, ...failure };
    // On a merged pull request (finishing a partial apply) there is no merge left to predict.
    const merged = typeof (0,action_context/* field */.ZZ)(env.deps.context.payload, 'issue', 'pull_request', 'merged_at') === 'string';
    return merged ? replanMergedPull(env, request.prNumber) : planMode(env, request.prNumber);
}
/** Governance, in order: write access, the `approvers` list, then no self-approval by the PR author. */
async function refusalOf(env, request) {
    const role = await roleOf(env, request.commenter);
    if (!WRITERS.has(role))
        return approveRoleRefusal(request.commenter, role);
    if (env.settings.approvers.length > 0 && !(await isListed(env, env.settings.approvers, request.commenter))) {
        return approverListRefusal(request.commenter);
    }
    const author = (0,action_context/* stringField */.OM)(env.deps.context.payload, 'issue', 'user', 'login');
    if (!env.settings.allowSelfApproval && author !== null && author.toLowerCase() === request.commenter.toLowerCase()) {
        return selfApprovalRefusal(request.commenter);
    }
    return null;
}
async function isListed(env, approvers, login) {
    for (const a of approvers) {
        if (a.kind === 'user' && a.login.toLowerCase() === login.toLowerCase())
            return true;
        if (a.kind !== 'team')
            continue;
        try {
            if (await env.github.isTeamMember(a.org, a.slug, login))
                return true;
        }
        catch (error) {
            if (!(0,client/* isGitHubFailure */.Ab)(error))
                throw error;
            env.deps.io.warning(`could not read the members of ${a.org}/${a.slug} (${error.message}); give the token read access to the organization's teams`);
        }
    }
    return false;
}
async function react(env, request, content) {
    if (!request.commentId)
        return;
    try {
        await env.github.addCommentReaction(request.commentId, content);
    }
    catch (error) {
        if (!(0,client/* isGitHubFailure */.Ab)(error))
            throw error;
        env.deps.io.warning(`could not react to the approve comment (${error.message})`);
    }
}
async function roleOf(env, login) {
    if (login === '')
        return 'none';
    try {
        return await env.github.collaboratorRole(login);
    }
    catch (error) {
        if (!(0,client/* isGitHubFailure */.Ab)(error))
            throw error;
        return 'none';
    }
}
async function reply(env, prNumber, text) {
    try {
        await env.github.createIssueComment(prNumber, text);
    }
    catch (error) {
        if (!(0,client/* isGitHubFailure */.Ab)(error))
            throw error;
        env.deps.io.warning(`could not reply on the pull request (${error.message})`);
    }
}

;// CONCATENATED MODULE: ./src/action/drift-issue.ts
/**
 * One drift issue per (config dir, label): opened (or reopened) and rewritten while drift
 * persists, closed once a run finds none. Found like the sticky comment: our author + marker,
 * among issues carrying the drift label, every page.
 */



const DRIFT_LABEL = 'omnigraph-drift';
function findDriftIssue(issues, me, configDir, label) {
    return issues.find((i) => writtenBy(me, i.authorLogin) && sameIdentity(parseMarker(i.body), configDir, label, 'drift')) ?? null;
}
/** What to do with the existing issue (pure; the lifecycle table of docs/action.md). */
function decideDriftIssue(existing, drifted) {
    if (drifted)
        return existing === null ? 'created' : existing.state === 'closed' ? 'reopened' : 'updated';
    return existing !== null && existing.state === 'open' ? 'closed' : 'none';
}
async function syncDriftIssue(github, me, input) {
    const { ctx } = input;
    try {
        const existing = findDriftIssue(await github.listIssuesWithLabel(DRIFT_LABEL), me, ctx.configDir, ctx.label);
        const action = decideDriftIssue(existing, input.drifted);
        const title = driftIssueTitle(ctx.configDir, ctx.label);
        if (action === 'created') {
            const issue = await github.createIssue({ title, body: input.render(input.now), labels: [DRIFT_LABEL] });
            return { action, issueNumber: issue.number };
        }
        if (existing === null || action === 'none')
            return { action: 'none', issueNumber: null };
        if (action === 'closed') {
            await github.updateIssue(existing.number, { body: input.render(undefined), state: 'closed' });
            return { action, issueNumber: existing.number };
        }
        // An open issue keeps the time its drift was first seen; a reopened one is a new drift.
        const since = action === 'updated' ? (parseDriftSince(existing.body) ?? input.now) : input.now;
        await github.updateIssue(existing.number, { title, body: input.render(since), ...(action === 'reopened' ? { state: 'open' } : {}) });
        return { action, issueNumber: existing.number };
    }
    catch (error) {
        if (!(0,client/* isGitHubFailure */.Ab)(error))
            throw error;
        return { action: 'failed', issueNumber: null, warning: `could not update the drift issue (${error.message}); grant \`issues: write\`` };
    }
}

;// CONCATENATED MODULE: ./src/action/modes/drift.ts
/**
 * schedule / workflow_dispatch → drift: status (read-only), then refresh (observes the live
 * graphs, self-heals payloads, bumps the revision) and plan. With `drift-refresh: false` the check
 * is read-only: no refresh and no bootstrap import, so nothing writes the ledger. What counts as
 * drift is defined once, in src/render/pr/drift.ts. The drift issue follows the result.
 */






async function driftMode(env) {
    const configDir = env.settings.configPath;
    const dir = env.settings.configDir;
    const readOnly = !env.settings.driftRefresh;
    const status = await env.commands.status({ configDir });
    logText(env, `omnigraph-cluster status (${dir})`, 'status', status);
    const refresh = !readOnly && status.state_observations.state_found ? await retrying(env, () => env.commands.refresh({ configDir })) : null;
    if (refresh !== null)
        logText(env, `omnigraph-cluster refresh (${dir})`, refresh.operation, refresh);
    // A read-only check does not bootstrap either: import writes the ledger.
    const plan = readOnly ? await retrying(env, () => env.commands.plan({ configDir })) : await planWithBootstrap(env);
    logText(env, `omnigraph-cluster plan (${dir})`, 'plan', plan);
    const fingerprint = plan.ok ? planFingerprint(plan) : null;
    const parts = { status, ...(refresh === null ? {} : { refresh }), plan };
    const planJsonPath = await writePlanJson(env, plan);
    env.summary.push(renderDriftReport(parts, env.renderContext(), false, { readOnly }));
    env.summary.push(renderSection('status', status, env.renderContext()));
    if (refresh !== null)
        env.summary.push(renderSection(refresh.operation, refresh, env.renderContext()));
    env.summary.push(renderSection('plan', plan, env.renderContext(fingerprint ? { fingerprint } : {})));
    annotate(env, [...status.diagnostics, ...(refresh?.diagnostics ?? []), ...plan.diagnostics]);
    const failure = (refresh && outputFailure(env, refresh, 'other')) ?? outputFailure(env, plan, 'other');
    const drifted = isDrifted((refresh ?? status).resource_statuses, plan);
    const result = {
        ...planResult(plan),
        stateRevision: (refresh ?? plan).state_observations.state_revision,
        planFingerprint: fingerprint,
        planJsonPath,
        driftDetected: drifted,
        ...failure,
    };
    const serving = await servingCheck(env);
    const issueNumber = env.settings.driftIssue && failure === null ? await driftIssue(env, drifted, parts, readOnly, serving) : null;
    const driftFailure = failure === null && drifted && env.settings.failOn.has('drift');
    return {
        ...result,
        driftIssueNumber: issueNumber,
        ...(driftFailure ? { failureReason: 'drift-detected', failureMessage: 'the cluster drifted from its configuration' } : {}),
    };
}
async function driftIssue(env, drifted, parts, readOnly, serving) {
    const ctx = env.renderContext();
    // The serving verdict is short and must survive the report's trimming.
    const verdict = serving ? `\n${renderServingMarkdown(serving)}` : '';
    const budget = { ...ctx, budgetBytes: COMMENT_DEFAULT_BYTES - Buffer.byteLength(verdict) };
    const render = (since) => `${renderDriftReport(parts, budget, true, { readOnly, ...(since === undefined ? {} : { since }) })}${verdict}`;
    const outcome = await syncDriftIssue(env.github, await env.identity(), { ctx, drifted, render, now: env.deps.now().toISOString() });
    if (outcome.warning)
        env.deps.io.warning(outcome.warning);
    else
        env.deps.io.info(`drift issue: ${outcome.action}${outcome.issueNumber !== null ? ` (#${outcome.issueNumber})` : ''}`);
    return outcome.issueNumber;
}

// EXTERNAL MODULE: ./src/engine/targets/index.ts + 5 modules
var targets = __webpack_require__(13544);
;// CONCATENATED MODULE: ./src/action/modes/queue.ts






async function queueMode(env, request) {
    const plan = await planWithBootstrap(env);
    const fingerprint = plan.ok ? planFingerprint(plan) : null;
    const planJsonPath = await writePlanJson(env, plan);
    env.summary.push(renderSection('plan', plan, env.renderContext(fingerprint ? { fingerprint } : {})));
    annotate(env, plan.diagnostics);
    const result = { ...planResult(plan), planFingerprint: fingerprint, planJsonPath, prNumber: request.prNumber };
    const failure = outputFailure(env, plan, 'other');
    if (failure !== null) {
        await postClusterStatus(env, plan, failure, () => Promise.resolve(request.headSha));
        return { ...result, ...failure };
    }
    const reviewed = request.prNumber === null ? null : await queue_reviewedPlan(env, request.prNumber);
    const refusal = env.settings.requireApprovedPlan ? queueRefusal(request.prNumber, reviewed, plan, fingerprint ?? '') : null;
    if (refusal !== null) {
        env.summary.push(queueRefusalSection(refusal));
        const failed = { failureReason: 'plan-changed-in-queue', failureMessage: refusal.headline };
        await postClusterStatus(env, plan, failed, () => Promise.resolve(request.headSha), 'plan changed in the merge queue: update the branch and re-plan');
        if (reviewed?.comment && reviewed.marker && request.prNumber !== null)
            await restatus(env, request.prNumber, reviewed.comment, reviewed.marker, refusal);
        return { ...result, ...failed, commentId: reviewed?.comment?.id ?? null };
    }
    // The same verdict the PR check gave: approvals still pending or blocked changes keep it out.
    const verdict = mergeVerdict(plan, env.settings);
    await postClusterStatus(env, plan, verdict, () => Promise.resolve(request.headSha));
    return { ...result, ...verdict, commentId: reviewed?.comment?.id ?? null };
}
async function queue_reviewedPlan(env, prNumber) {
    const comments = await listComments(env, prNumber);
    const found = comments === null ? null : findSticky(comments, await env.identity(), env.settings.configDir, env.settings.label);
    return { comment: found?.comment ?? null, marker: found?.marker ?? null };
}
/** null = the queued commit plans exactly what was reviewed. */
function queueRefusal(prNumber, reviewed, plan, fingerprint) {
    const marker = reviewed?.marker;
    // A pull request that does not touch the cluster (a paths filter skipped its plan) queues freely.
    if (prNumber === null || !marker?.fingerprint)
        return plan.changes.length === 0 ? null : queueNoReviewedPlanRefusal(prNumber);
    if (marker.kind === 'plan' && marker.fingerprint === fingerprint)
        return null;
    const differences = describeDifferences(parseReviewRecord(reviewed?.comment?.body ?? ''), plan);
    return queueChangedRefusal(prNumber, marker.fingerprint, fingerprint, differences);
}
async function restatus(env, prNumber, comment, marker, refusal) {
    if (env.settings.comment === 'never')
        return;
    const body = restatusBody(comment.body, marker, queueRefusalStatus(refusal), env.settings.maxCommentBytes, env.deps.context.runUrl);
    const outcome = await upsertSticky(env.github, prNumber, comment, body, comment.body === body ? 'unchanged' : 'update');
    if (outcome.warning)
        env.deps.io.warning(outcome.warning);
}

;// CONCATENATED MODULE: ./src/action/modes/single.ts
/**
 * The one-command modes: `validate` (also what a fork pull request gets), `status` and
 * `refresh`, each with a job summary and annotations, no comment.
 */


async function validateMode(env, prNumber) {
    const out = await env.commands.validate({ configDir: env.settings.configPath });
    logText(env, `omnigraph-cluster validate (${env.settings.configDir})`, 'validate', out);
    env.summary.push(renderSection('validate', out, env.renderContext()));
    annotate(env, out.diagnostics);
    return { ok: out.ok, prNumber, ...outputFailure(env, out, 'other') };
}
/** Fork PRs get a read-only token and no secrets: validate only, and say so instead of a 403. */
async function forkMode(env, prNumber) {
    forkNotice(env);
    return validateMode(env, prNumber);
}
/** Said once per step, however many clusters it validates. */
function forkNotice(env) {
    env.deps.io.notice('pull request from a fork: validated the configuration only (no state access, no comment, never apply)');
    env.summary.push(FORK_NOTE);
}
async function statusMode(env) {
    const out = await env.commands.status({ configDir: env.settings.configPath });
    logText(env, `omnigraph-cluster status (${env.settings.configDir})`, 'status', out);
    env.summary.push(renderSection('status', out, env.renderContext()));
    annotate(env, out.diagnostics);
    return { ok: out.ok, stateRevision: out.state_observations.state_revision, ...outputFailure(env, out, 'other') };
}
async function refreshMode(env) {
    const out = await retrying(env, () => env.commands.refresh({ configDir: env.settings.configPath }));
    logText(env, `omnigraph-cluster ${out.operation} (${env.settings.configDir})`, out.operation, out);
    env.summary.push(renderSection(out.operation, out, env.renderContext()));
    annotate(env, out.diagnostics);
    return { ok: out.ok, stateRevision: out.state_observations.state_revision, ...outputFailure(env, out, 'other') };
}

;// CONCATENATED MODULE: ./src/action/modes/many.ts
/**
 * Many clusters in one step (docs/action.md#many-clusters): `config-dir` names several
 * directories or globs. Discover the clusters, find the ones the pull request affects from the
 * files each one reads (src/engine/targets), then run the one-cluster mode for each of them
 * exactly as a step of its own would: its own sticky comment, fingerprint, commit status and
 * drift issue. A plan that affects more than one cluster also gets one index comment.
 */













async function manyMode(env, trigger, patterns) {
    const discovery = env.deps.discoverTargets(patterns);
    annotate(env, discovery.diagnostics);
    warnSharedLabels(env, discovery.targets);
    const changes = await changeSet(env, trigger);
    const affected = (0,targets/* affectedTargets */.jT)(discovery.targets, changes.files);
    const refs = affected.map((t) => ({ configDir: t.configDir, label: t.label, jobName: t.jobName }));
    env.summary.push(targetsSection(refs, discovery.targets.length, changes.allBecause));
    const discoveryFailure = discoveryFailureOf(env, discovery.diagnostics);
    const base = { prNumber: changes.prNumber, targets: refs, ...discoveryFailure };
    if (trigger.kind === 'targets')
        return base;
    if (trigger.kind === 'fork-validate')
        forkNotice(env);
    const results = [];
    for (const target of affected) {
        const one = forTarget(env, target);
        env.summary.push(clusterHeading(target.configDir, target.label));
        results.push({ target, result: await runOne(one, trigger, changes.prNumber) });
    }
    let indexId = null;
    if (trigger.kind === 'plan' && changes.prNumber !== null) {
        indexId = await postIndex(env, changes.prNumber, patterns, results, discovery.targets.length - affected.length, changes.files === null);
    }
    return { ...combine(results.map((r) => r.result), indexId), ...base, ...(discoveryFailure ?? {}) };
}
/**
 * `/omnigraph approve <resource> --label <label>` when one step covers many clusters: the label
 * names the cluster (a cluster's label is its `metadata.name`, else its directory); a label no
 * discovered cluster carries is not this step's command.
 */
async function approveMany(env, trigger, patterns) {
    const targets = env.deps.discoverTargets(patterns).targets;
    const labelled = targets.filter((t) => t.label === trigger.label);
    const target = labelled.length === 1 ? labelled[0] : targets.length === 1 && trigger.label === '' ? targets[0] : undefined;
    if (target === undefined) {
        const why = labelled.length > 1
            ? `${labelled.length} clusters of this step have the label ${trigger.label}; give each its own metadata.name`
            : `no cluster of this step has the label ${trigger.label === '' ? '(none)' : trigger.label}; add \`--label <cluster label>\` to the command`;
        env.deps.io.notice(`omnigraph-cluster: nothing to do (${why})`);
        env.summary.push(nothingToDoSection(why));
        return { prNumber: trigger.prNumber };
    }
    return approveMode(forTarget(env, target), trigger);
}
/** Two clusters with one label share a commit status context and an approve command: say so. */
function warnSharedLabels(env, targets) {
    const byLabel = new Map();
    for (const t of targets)
        byLabel.set(t.label, [...(byLabel.get(t.label) ?? []), t.configDir]);
    for (const [label, dirs] of byLabel) {
        if (dirs.length < 2)
            continue;
        env.deps.io.warning(`clusters ${dirs.join(', ')} share the label ${label}: their commit statuses (omnigraph/${label}) and \`/omnigraph approve … --label ${label}\` cannot tell them apart; give each its own metadata.name`);
    }
}
function runOne(env, trigger, prNumber) {
    switch (trigger.kind) {
        case 'plan':
            return planMode(env, trigger.prNumber);
        case 'apply':
            return applyMode(env, prNumber);
        case 'drift':
            return driftMode(env);
        case 'fork-validate':
            return validateMode(env, trigger.prNumber);
        case 'queue':
            return queueMode(env, trigger);
        case 'merged-pr':
            return mergedPullMode(env, trigger.prNumber, trigger.apply);
        case 'targets':
            return Promise.resolve({});
        case 'command':
            if (trigger.command === 'validate')
                return validateMode(env, trigger.prNumber);
            if (trigger.command === 'status')
                return statusMode(env);
            return refreshMode(env);
    }
}
/**
 * A pull request's own files; on merge, the merged pull request's. Drift, status and refresh
 * look at every cluster, and so does a pull request whose file list GitHub cut at 3000.
 */
async function changeSet(env, trigger) {
    let prNumber = null;
    if (trigger.kind === 'plan' || trigger.kind === 'targets' || trigger.kind === 'fork-validate' || trigger.kind === 'queue' || trigger.kind === 'merged-pr')
        prNumber = trigger.prNumber;
    const pushToDefault = env.deps.context.eventName === 'push' && (trigger.kind === 'apply' || trigger.kind === 'targets');
    if (trigger.kind === 'apply')
        prNumber = trigger.prNumber ?? (await mergedPullNumber(env));
    else if (trigger.kind === 'targets' && prNumber === null && pushToDefault)
        prNumber = await mergedPullNumber(env);
    const scoped = trigger.kind !== 'drift' && trigger.kind !== 'command';
    if (!scoped)
        return { prNumber, files: null, allBecause: `${trigger.kind === 'drift' ? 'drift' : trigger.command} looks at every cluster` };
    if (prNumber === null)
        return { prNumber, files: null, allBecause: 'no pull request names the changed files' };
    try {
        const listed = await env.github.listPullFiles(prNumber);
        if (!listed.complete)
            return { prNumber, files: null, allBecause: 'the pull request changes more files than GitHub lists (3000)' };
        return { prNumber, files: listed.files, allBecause: null };
    }
    catch (error) {
        if (!(0,client/* isGitHubFailure */.Ab)(error))
            throw error;
        env.deps.io.warning(`could not list the files of pull request #${prNumber} (${error.message}); every cluster counts as affected`);
        return { prNumber, files: null, allBecause: 'the pull request files could not be listed' };
    }
}
/** The step as a one-cluster step for `target`: same clients, identity and summary; its own settings. */
function forTarget(env, target) {
    const settings = Object.freeze({
        ...env.settings,
        configDir: target.configDir,
        configPath: external_node_path_default().resolve(env.deps.context.workspace, target.configDir),
        label: target.label,
        targetPatterns: null,
    });
    return {
        ...env,
        settings,
        renderContext: (extra = {}) => ({ configDir: settings.configDir, label: settings.label, runUrl: env.deps.context.runUrl, ...extra }),
    };
}
function discoveryFailureOf(env, diagnostics) {
    const first = diagnostics.find((d) => d.severity === 'error');
    if (!first || !env.settings.failOn.has('errors'))
        return null;
    return { failureReason: 'validation-failed', failureMessage: `${first.code}: ${first.message}` };
}
/** One result for the step: counts add up; a value only one cluster can have is kept when there is one cluster. */
function combine(results, indexId) {
    if (results.length === 0)
        return { ok: true, converged: true };
    if (results.length === 1)
        return results[0];
    const failed = results.find((r) => r.failureReason);
    return {
        ok: results.every((r) => r.ok !== false),
        changes: results.flatMap((r) => r.changes ?? []),
        approvalsPending: results.reduce((n, r) => n + (r.approvalsPending ?? 0), 0),
        converged: results.every((r) => r.converged === true),
        driftDetected: results.some((r) => r.driftDetected === true),
        ...(failed ? { failureReason: failed.failureReason, failureMessage: failed.failureMessage, lockInfo: failed.lockInfo ?? null } : {}),
        commentId: indexId,
    };
}
/** Create the index when more than one cluster is affected; keep an existing one current either way. */
async function postIndex(env, prNumber, patterns, results, untouched, allPlanned) {
    if (env.settings.comment === 'never')
        return null;
    const comments = await listComments(env, prNumber);
    if (comments === null)
        return null;
    const me = await env.identity();
    const key = patterns.join('\n');
    const existing = comments.find((c) => writtenBy(me, c.authorLogin) && parseIndexMarker(c.body)?.key === key) ?? null;
    if (existing === null && results.length < 2)
        return null;
    const body = indexCommentBody({
        marker: { key },
        clusters: results.map(({ target, result }) => headline(env, prNumber, target, result)),
        untouched,
        allPlanned,
        maxBytes: env.settings.maxCommentBytes,
    });
    return writeIndex(env, prNumber, existing, body);
}
function headline(env, prNumber, target, result) {
    const changes = result.changes ?? [];
    const count = (op) => changes.filter((c) => c.operation === op).length;
    const { serverUrl, owner, repo } = env.deps.context;
    return {
        configDir: target.configDir,
        label: target.label,
        planned: result.planFingerprint !== null && result.planFingerprint !== undefined,
        toCreate: count('create'),
        toUpdate: count('update'),
        toDelete: count('delete'),
        blocked: changes.filter((c) => c.disposition === 'blocked').length,
        approvalsPending: result.approvalsPending ?? 0,
        failure: result.failureReason ? (result.failureMessage ?? result.failureReason) : null,
        commentUrl: result.commentId ? `${serverUrl}/${owner}/${repo}/pull/${prNumber}#issuecomment-${result.commentId}` : null,
    };
}
async function writeIndex(env, prNumber, existing, body) {
    try {
        if (existing === null)
            return (await env.github.createIssueComment(prNumber, body)).id;
        if (existing.body !== body)
            await env.github.updateIssueComment(existing.id, body);
        return existing.id;
    }
    catch (error) {
        if (!(0,client/* isGitHubFailure */.Ab)(error))
            throw error;
        env.deps.io.warning(`could not write the index comment (${error.message}); each cluster's own comment has its plan`);
        return existing?.id ?? null;
    }
}

// EXTERNAL MODULE: ./src/action/redact.ts
var redact = __webpack_require__(30065);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/action/settings.ts
/**
 * Action inputs, parsed once into a frozen ActionSettings (docs/architecture.md#action-entry). Nothing else reads
 * inputs: modes receive these settings. Invalid inputs are reported as one readable message
 * per input instead of a stack trace.
 */




const COMMANDS = ['validate', 'plan', 'apply', 'status', 'refresh', 'drift', 'targets'];
const COMMENT_MODES = ['always', 'on-change', 'never'];
/**
 * What turns a finished run into a failed step (input `fail-on`). In plan mode each outcome is
 * judged for the apply the merge would run, so a PR is red when that apply would be.
 */
const FAIL_ON = ['errors', 'blocked', 'approvals-pending', 'deferred', 'not-converged', 'drift'];
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
// core.getBooleanInput's YAML 1.2 core-schema booleans, with our own error text.
const bool = (fallback) => schemas/* string */.YjP()
    .refine((v) => v === '' || TRUE.includes(v) || FALSE.includes(v), { message: 'expected true or false' })
    .transform((v) => (v === '' ? fallback : TRUE.includes(v)));
const settings_int = (fallback, min, max) => schemas/* string */.YjP()
    .refine((v) => v === '' || /^\d+$/.test(v), { message: 'expected a whole number' })
    .transform((v) => (v === '' ? fallback : Number(v)))
    .refine((n) => n >= min && n <= max, { message: `expected a number from ${min} to ${max}` });
/** `15`, `15s`, `2m`, `500ms` → milliseconds. */
const duration = (fallbackMs) => schemas/* string */.YjP()
    .refine((v) => v === '' || /^\d+(ms|s|m)?$/.test(v), { message: 'expected a duration such as 15, 15s, 2m or 500ms' })
    .transform((v) => {
    if (v === '')
        return fallbackMs;
    const n = Number(/^\d+/.exec(v)?.[0] ?? '0');
    return v.endsWith('ms') ? n : v.endsWith('m') ? n * 60_000 : n * 1000;
});
const oneOf = (values, fallback) => schemas/* string */.YjP()
    .refine((v) => v === '' || values.includes(v), { message: `expected one of ${values.join(', ')}` })
    .transform((v) => (v === '' ? fallback : v));
const DEFAULT_FAIL_ON = 'errors,blocked,approvals-pending,not-converged';
const failOn = schemas/* string */.YjP()
    .transform((v) => (v.trim() === '' ? DEFAULT_FAIL_ON : v))
    .transform((v) => v.split(',').map((s) => s.trim()).filter((s) => s !== ''))
    .refine((list) => list.every((s) => s === 'none' || FAIL_ON.includes(s)), {
    message: `expected a comma-separated list of ${FAIL_ON.join(', ')} (or none)`,
})
    .transform((list) => new Set(list.filter((s) => s !== 'none')));
const shape = schemas/* object */.Ikc({
    command: oneOf(COMMANDS, null),
    'config-dir': schemas/* string */.YjP(),
    label: schemas/* string */.YjP().refine((v) => !/[\r\n]/.test(v) && v.length <= 100, { message: 'expected one line of at most 100 characters' }),
    'github-token': schemas/* string */.YjP(),
    comment: oneOf(COMMENT_MODES, 'always'),
    'require-approved-plan': bool(true),
    'fail-on': failOn,
    'lock-retries': settings_int(3, 0, 100),
    'lock-retry-interval': duration(15_000),
    'max-comment-bytes': settings_int(COMMENT_DEFAULT_BYTES, 1_000, COMMENT_HARD_MAX_BYTES),
    'drift-issue': bool(true),
    'drift-refresh': bool(true),
    'upload-plan': bool(true),
    actor: schemas/* string */.YjP(),
    engine: oneOf(['embedded', 'omnigraph'], 'embedded'),
    'omnigraph-path': schemas/* string */.YjP(),
    'bootstrap-state': bool(false),
    approvers: schemas/* string */.YjP()
        .transform((v) => v.split(/[\s,]+/).filter((s) => s !== ''))
        .refine((list) => list.every((s) => /^@?[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9_.-]+)?$/.test(s)), {
        message: 'expected GitHub logins or org/team slugs, separated by commas',
    })
        .transform((list) => list.map(approver)),
    'allow-self-approval': bool(false),
    'pr-number': settings_int(0, 0, 2_147_483_647),
    'gate-destructive': bool(false),
});
function approver(entry) {
    const [owner = '', slug] = entry.replace(/^@/, '').split('/');
    return slug === undefined ? { kind: 'user', login: owner } : { kind: 'team', org: owner, slug };
}
const INPUT_NAMES = Object.keys(shape.shape);
/** Parse every input once; `workspace` anchors `config-dir`. */
function parseSettings(read, workspace) {
    const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, read(name).trim()]));
    const parsed = shape.safeParse(raw);
    if (!parsed.success) {
        return { ok: false, errors: parsed.error.issues.map((i) => `input ${String(i.path[0] ?? '?')}: ${i.message}`) };
    }
    const v = parsed.data;
    const entries = v['config-dir'].split(/[\n,]/).map((e) => e.trim()).filter((e) => e !== '');
    const many = entries.length > 1 || entries.some(isGlob);
    const resolved = (many ? entries : [entries[0] ?? '.']).map((e) => resolveConfigDir(e, workspace));
    const bad = resolved.filter((r) => typeof r === 'string');
    if (bad.length > 0)
        return { ok: false, errors: [...new Set(bad)].map((e) => `input config-dir: ${e}`) };
    const dirs = resolved;
    const dir = many ? { relative: '.', absolute: external_node_path_default().resolve(workspace) } : dirs[0];
    const settings = {
        command: v.command,
        configDir: dir.relative,
        configPath: dir.absolute,
        targetPatterns: many ? [...new Set(dirs.map((d) => d.relative))] : null,
        label: v.label,
        githubToken: v['github-token'],
        comment: v.comment ?? 'always',
        requireApprovedPlan: v['require-approved-plan'],
        failOn: v['fail-on'],
        lockRetries: v['lock-retries'],
        lockRetryIntervalMs: v['lock-retry-interval'],
        maxCommentBytes: v['max-comment-bytes'],
        driftIssue: v['drift-issue'],
        driftRefresh: v['drift-refresh'],
        uploadPlan: v['upload-plan'],
        actor: v.actor === '' ? null : v.actor,
        engine: v.engine ?? 'embedded',
        omnigraphPath: v['omnigraph-path'] === '' ? null : v['omnigraph-path'],
        bootstrapState: v['bootstrap-state'],
        approvers: v.approvers,
        allowSelfApproval: v['allow-self-approval'],
        prNumber: v['pr-number'] === 0 ? null : v['pr-number'],
        gateDestructive: v['gate-destructive'],
    };
    const conflicts = conflictingInputs(settings);
    if (conflicts.length > 0)
        return { ok: false, errors: conflicts };
    return { ok: true, settings: Object.freeze(settings) };
}
/** Combinations that parse one by one but cannot work together; each message says what to change. */
function conflictingInputs(s) {
    const errors = [];
    if (s.comment === 'never' && s.requireApprovedPlan) {
        errors.push('inputs comment and require-approved-plan: `comment: never` posts no plan comment, so `require-approved-plan: true` finds no reviewed plan and refuses every merge; set `comment: always` (or `on-change`), or set `require-approved-plan: false`');
    }
    if (s.targetPatterns !== null && s.label !== '') {
        errors.push("inputs config-dir and label: with several clusters each cluster's label is its own (metadata.name in its cluster.yaml, else its directory), so one `label` cannot apply; remove `label`, or give each cluster a metadata.name");
    }
    if (s.prNumber !== null && s.command !== null && s.command !== 'plan' && s.command !== 'apply') {
        errors.push(`inputs pr-number and command: pr-number re-plans or applies a merged pull request, which \`command: ${s.command}\` does not do; set command to plan or apply, or leave pr-number empty`);
    }
    if (s.gateDestructive && s.engine === 'omnigraph') {
        errors.push('inputs gate-destructive and engine: the omnigraph binary gates graph deletes only, so `gate-destructive: true` needs `engine: embedded`; set one of them differently');
    }
    return errors;
}
const isGlob = (entry) => /[*?[\]{}]/.test(entry);
/**
 * `config-dir` (each entry of it) is relative to the workspace and may not leave it: the sticky identity and the
 * force-unlock hint both quote it, so it must mean the same directory on every runner.
 */
function resolveConfigDir(input, workspace) {
    const given = input === '' ? '.' : input;
    if (external_node_path_default().isAbsolute(given))
        return 'must be relative to the workspace';
    const absolute = external_node_path_default().resolve(workspace, given);
    // A directory named `..foo` is inside; only a `..` segment leaves.
    if (!(0,paths/* isInside */.F)(external_node_path_default().resolve(workspace), absolute))
        return 'must stay inside the workspace';
    const relative = external_node_path_default().relative(workspace, absolute);
    return { relative: relative === '' ? '.' : relative.split((external_node_path_default()).sep).join('/'), absolute };
}

;// CONCATENATED MODULE: ./src/action/trigger.ts
/**
 * Event → what to do (docs/action.md#modes). Pure: the payload in, a Trigger out. An explicit
 * `command` input wins over the event, except that a fork pull request can never be made to
 * apply or write state (it has a read-only token and no secrets).
 */

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * A merge group's head ref: `refs/heads/gh-readonly-queue/<base branch>/pr-<number>-<base sha>`,
 * naming the newest pull request of the group (GitHub docs, "Managing a merge queue").
 */
const QUEUE_REF = /\/gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/;
/** `/omnigraph approve <resource> [--label <label>]` on the comment's first line. */
const APPROVE = /^\/omnigraph\s+approve\s+(\S+)(?:\s+--label\s+(\S+))?\s*$/;
function decideTrigger(ctx, settings) {
    const prNumber = PR_EVENTS.has(ctx.eventName) ? (0,action_context/* numberField */.sJ)(ctx.payload, 'pull_request', 'number') : null;
    // Listing clusters reads no state and writes nothing, so a fork's pull request may ask too.
    if (settings.command === 'targets')
        return { kind: 'targets', prNumber };
    if (prNumber !== null && isForkPullRequest(ctx))
        return { kind: 'fork-validate', prNumber };
    if (ctx.eventName === 'merge_group' && (settings.command === null || settings.command === 'plan'))
        return queueTrigger(ctx);
    if (ctx.eventName === 'workflow_dispatch' && settings.prNumber !== null) {
        if (settings.command === null || settings.command === 'plan')
            return { kind: 'merged-pr', prNumber: settings.prNumber, apply: false };
        if (settings.command === 'apply')
            return { kind: 'merged-pr', prNumber: settings.prNumber, apply: true };
    }
    if (settings.command !== null)
        return explicit(settings.command, prNumber);
    if (PR_EVENTS.has(ctx.eventName)) {
        if (prNumber === null)
            return { kind: 'ignore', why: 'the pull_request event carries no pull request number' };
        if ((0,action_context/* stringField */.OM)(ctx.payload, 'action') !== 'closed')
            return { kind: 'plan', prNumber };
        // Closed: merged means apply what it changed (like the push of its merge commit); unmerged, nothing.
        return (0,action_context/* field */.ZZ)(ctx.payload, 'pull_request', 'merged') === true ? { kind: 'apply', prNumber } : { kind: 'ignore', why: 'the pull request was closed without merging' };
    }
    if (ctx.eventName === 'push')
        return pushTrigger(ctx);
    if (ctx.eventName === 'schedule' || ctx.eventName === 'workflow_dispatch')
        return { kind: 'drift' };
    if (ctx.eventName === 'issue_comment')
        return commentTrigger(ctx, settings);
    return { kind: 'ignore', why: `the ${ctx.eventName || 'unknown'} event has no default command; set the \`command\` input` };
}
function explicit(command, prNumber) {
    if (command === 'plan')
        return { kind: 'plan', prNumber };
    if (command === 'apply')
        return { kind: 'apply' };
    if (command === 'drift')
        return { kind: 'drift' };
    if (command === 'targets')
        return { kind: 'targets', prNumber };
    return { kind: 'command', command, prNumber };
}
function pushTrigger(ctx) {
    const defaultBranch = (0,action_context/* stringField */.OM)(ctx.payload, 'repository', 'default_branch');
    if (defaultBranch !== null && ctx.ref === `refs/heads/${defaultBranch}`)
        return { kind: 'apply' };
    // Only the default branch is "merged"; a push elsewhere gets a plan in the job summary.
    return { kind: 'plan', prNumber: null };
}
/**
 * The `merge_group` event (action `checks_requested`) carries `merge_group.head_sha`, the commit
 * to check and report the status on, and `merge_group.head_ref`, which names the pull request.
 */
function queueTrigger(ctx) {
    const headSha = (0,action_context/* stringField */.OM)(ctx.payload, 'merge_group', 'head_sha') ?? ctx.sha;
    const headRef = (0,action_context/* stringField */.OM)(ctx.payload, 'merge_group', 'head_ref') ?? ctx.ref;
    const match = QUEUE_REF.exec(headRef);
    return { kind: 'queue', prNumber: match?.[1] ? Number(match[1]) : null, headSha };
}
function commentTrigger(ctx, settings) {
    if ((0,action_context/* stringField */.OM)(ctx.payload, 'action') !== 'created')
        return { kind: 'ignore', why: 'only new comments are commands' };
    const prNumber = (0,action_context/* numberField */.sJ)(ctx.payload, 'issue', 'number');
    if (prNumber === null || (0,action_context/* field */.ZZ)(ctx.payload, 'issue', 'pull_request') === undefined) {
        return { kind: 'ignore', why: 'the comment is not on a pull request' };
    }
    const body = (0,action_context/* stringField */.OM)(ctx.payload, 'comment', 'body') ?? '';
    const match = APPROVE.exec(body.split(/\r?\n/, 1)[0]?.trim() ?? '');
    if (!match?.[1])
        return { kind: 'ignore', why: 'the comment is not an /omnigraph command' };
    // With many clusters in one step the label picks the cluster (modes/many.ts); else it must be ours.
    if (settings.targetPatterns === null && (match[2] ?? '') !== settings.label)
        return { kind: 'ignore', why: `the command names another label (${match[2] ?? 'none'})` };
    const commenter = (0,action_context/* stringField */.OM)(ctx.payload, 'comment', 'user', 'login') ?? '';
    const commentId = (0,action_context/* numberField */.sJ)(ctx.payload, 'comment', 'id') ?? 0;
    return { kind: 'approve', prNumber, commentId, commenter, resource: match[1], label: match[2] ?? '' };
}
/** A PR whose head lives in another repository (or in a deleted one) is a fork PR. */
function isForkPullRequest(ctx) {
    const head = (0,action_context/* stringField */.OM)(ctx.payload, 'pull_request', 'head', 'repo', 'full_name');
    const base = (0,action_context/* stringField */.OM)(ctx.payload, 'pull_request', 'base', 'repo', 'full_name') ?? `${ctx.owner}/${ctx.repo}`;
    return head === null || head.toLowerCase() !== base.toLowerCase();
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * run(deps): settings → trigger → mode → outputs, summary, failure (docs/architecture.md#action-entry). Every path
 * sets every output and writes a job summary; expected failures arrive here as data
 * (`failureReason`), and only they (or a bug) fail the step.
 */














const EMPTY_TOKEN = 'input github-token: empty, so the action cannot comment, set commit statuses or keep the drift issue; leave it out (the default is the job token, `${{ github.token }}`) or pass a token with the permissions docs/action.md lists';
async function run(rawDeps) {
    const parsed = parseSettings(rawDeps.io.getInput, rawDeps.context.workspace);
    // Every mode talks to the API (comments, statuses, issues); an empty token is a setup error.
    const errors = !parsed.ok ? parsed.errors : parsed.settings.githubToken === '' ? [EMPTY_TOKEN] : [];
    if (!parsed.ok || errors.length > 0) {
        const result = { ...EMPTY_RESULT, ok: false };
        publishOutputs(rawDeps, result);
        await rawDeps.io.appendSummary(invalidInputsSection(errors));
        rawDeps.io.setFailed(errors.join('\n'));
        return result;
    }
    const settings = parsed.settings;
    const token = settings.githubToken;
    if (token !== '')
        rawDeps.io.setSecret(token);
    // From here on nothing we write can carry the token, whatever a server or an error echoed.
    const annotated = countingErrors((0,redact/* redactingIO */.Eb)(rawDeps.io, token));
    const deps = { ...rawDeps, io: annotated.io };
    const trigger = decideTrigger(deps.context, settings);
    const env = modeEnv(deps, settings, deps.commands(settings), (0,redact/* redactingGitHub */.pL)(deps.github(settings), token));
    let result;
    try {
        await deps.checkCache?.restore();
        result = { ...EMPTY_RESULT, ...(await dispatch(env, trigger)) };
        await deps.checkCache?.save();
    }
    catch (error) {
        // A bug or an unusable machine: report it plainly, never a stack trace in the summary.
        const message = error instanceof Error ? error.message : String(error);
        result = { ...EMPTY_RESULT, ok: false };
        publishOutputs(deps, result);
        await deps.io.appendSummary(unexpectedFailureSection(message));
        deps.io.setFailed(`omnigraph-cluster: ${message}`);
        return result;
    }
    publishOutputs(deps, result);
    await deps.io.appendSummary(jobSummary(env.summary, result.failureReason === null ? null : { reason: result.failureReason, message: result.failureMessage }));
    // The failure message repeats the first error; when that error is already an annotation, the
    // step fails without a second one (issue 18: each annotation once).
    if (result.failureReason !== null)
        deps.io.setFailed(`${result.failureReason}: ${result.failureMessage ?? ''}`.trim(), { annotate: annotated.errors() === 0 });
    return result;
}
/** An ActionIO that counts the error annotations written through it. */
function countingErrors(io) {
    let errors = 0;
    // Method by method: `io` may be a class instance, whose methods a spread would not copy.
    const counted = {
        getInput: io.getInput,
        setOutput: (name, value) => io.setOutput(name, value),
        appendSummary: (markdown) => io.appendSummary(markdown),
        annotate: (a) => {
            if (a.level === 'error')
                errors++;
            io.annotate(a);
        },
        info: (m) => io.info(m),
        logGroup: (title, text) => io.logGroup(title, text),
        warning: (m) => io.warning(m),
        notice: (m) => io.notice(m),
        setFailed: (m, options) => io.setFailed(m, options),
        setSecret: (secret) => io.setSecret(secret),
    };
    return { io: counted, errors: () => errors };
}
function dispatch(env, trigger) {
    const patterns = env.settings.targetPatterns ?? (trigger.kind === 'targets' ? [env.settings.configDir] : null);
    if (patterns !== null) {
        if (trigger.kind === 'approve')
            return approveMany(env, trigger, patterns);
        if (trigger.kind !== 'ignore')
            return manyMode(env, trigger, patterns);
    }
    switch (trigger.kind) {
        case 'plan':
            return planMode(env, trigger.prNumber);
        case 'fork-validate':
            return forkMode(env, trigger.prNumber);
        case 'apply':
            return applyMode(env, trigger.prNumber);
        case 'queue':
            return queueMode(env, trigger);
        case 'merged-pr':
            return mergedPullMode(env, trigger.prNumber, trigger.apply);
        case 'drift':
            return driftMode(env);
        case 'approve':
            return approveMode(env, trigger);
        case 'targets':
            return manyMode(env, trigger, [env.settings.configDir]);
        case 'command':
            if (trigger.command === 'validate')
                return validateMode(env, trigger.prNumber);
            if (trigger.command === 'status')
                return statusMode(env);
            return refreshMode(env);
        case 'ignore':
            env.deps.io.notice(`omnigraph-cluster: nothing to do (${trigger.why})`);
            env.summary.push(nothingToDoSection(trigger.why));
            return Promise.resolve({});
    }
}
function publishOutputs(deps, result) {
    const values = outputValues(result);
    for (const name of OUTPUT_NAMES)
        deps.io.setOutput(name, values[name]);
}


/***/ }),

/***/ 30065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Eb: () => (/* binding */ redactingIO),
/* harmony export */   pL: () => (/* binding */ redactingGitHub)
/* harmony export */ });
const MASK = '***';
/** `text` with `secret` (raw, and Base64 as Basic auth would carry it) replaced. */
function redact(text, secret) {
    if (secret === '')
        return text;
    // Longest first: the Base64 of the token alone can be the tail of the Basic-auth form.
    const forms = [Buffer.from(`x-access-token:${secret}`).toString('base64'), Buffer.from(secret).toString('base64'), secret];
    return forms.reduce((out, form) => out.split(form).join(MASK), text);
}
/** An ActionIO that redacts `secret` from everything written through it. */
function redactingIO(io, secret) {
    if (secret === '')
        return io;
    const clean = (text) => redact(text, secret);
    const cleanAnnotation = (a) => ({ ...a, message: clean(a.message), title: clean(a.title) });
    return {
        getInput: io.getInput,
        setOutput: (name, value) => io.setOutput(name, clean(value)),
        appendSummary: (markdown) => io.appendSummary(clean(markdown)),
        annotate: (a) => io.annotate(cleanAnnotation(a)),
        info: (m) => io.info(clean(m)),
        logGroup: (title, text) => io.logGroup(clean(title), clean(text)),
        warning: (m) => io.warning(clean(m)),
        notice: (m) => io.notice(clean(m)),
        setFailed: (m, options) => io.setFailed(clean(m), options),
        setSecret: (s) => io.setSecret(s),
    };
}
/** A GitHubClient that redacts `secret` from every comment and issue it writes. */
function redactingGitHub(github, secret) {
    if (secret === '')
        return github;
    const clean = (text) => redact(text, secret);
    return {
        viewerLogin: () => github.viewerLogin(),
        listIssueComments: (n) => github.listIssueComments(n),
        createIssueComment: (n, body) => github.createIssueComment(n, clean(body)),
        updateIssueComment: (id, body) => github.updateIssueComment(id, clean(body)),
        listPullsForCommit: (sha) => github.listPullsForCommit(sha),
        listIssuesWithLabel: (label) => github.listIssuesWithLabel(label),
        createIssue: (issue) => github.createIssue({ ...issue, title: clean(issue.title), body: clean(issue.body) }),
        updateIssue: (n, patch) => github.updateIssue(n, { ...patch, ...(patch.title === undefined ? {} : { title: clean(patch.title) }), ...(patch.body === undefined ? {} : { body: clean(patch.body) }) }),
        collaboratorRole: (login) => github.collaboratorRole(login),
        createCommitStatus: (sha, status) => github.createCommitStatus(sha, { ...status, description: clean(status.description) }),
        pullHeadSha: (n) => github.pullHeadSha(n),
        listPullFiles: (n) => github.listPullFiles(n),
        pull: (n) => github.pull(n),
        addCommentReaction: (id, content) => github.addCommentReaction(id, content),
        isTeamMember: (org, slug, login) => github.isTeamMember(org, slug, login),
    };
}


/***/ }),

/***/ 60517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gW: () => (/* binding */ s3ClientConfig),
/* harmony export */   jk: () => (/* binding */ s3RootUri),
/* harmony export */   yc: () => (/* binding */ parseS3Uri)
/* harmony export */ });
/**
 * `s3://bucket/prefix` → `{bucket, prefix}`; `null` when it is not an s3:// URI naming a bucket.
 * Trailing slashes are trimmed as cluster.yaml `storage:` does (docs/contract/config.md#keys).
 */
function parseS3Uri(uri) {
    if (!uri.startsWith('s3://'))
        return null;
    const rest = uri.slice('s3://'.length).replace(/\/+$/, '');
    const slash = rest.indexOf('/');
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    const prefix = slash < 0 ? '' : rest.slice(slash + 1).replace(/^\/+/, '');
    if (bucket === '')
        return null;
    return { bucket, prefix };
}
/** The display root of a location: `s3://bucket` or `s3://bucket/prefix` (no trailing slash). */
function s3RootUri(location) {
    const prefix = location.prefix.replace(/^\/+|\/+$/g, '');
    return prefix === '' ? `s3://${location.bucket}` : `s3://${location.bucket}/${prefix}`;
}
/**
 * Client settings from the standard AWS environment. `env` is passed in (not read from
 * `process.env` here) so the CLI, the action and tests can each hand over their own.
 * - region: `AWS_REGION`, then `AWS_DEFAULT_REGION`, then `us-east-1`;
 * - endpoint: `AWS_ENDPOINT_URL_S3`, then `AWS_ENDPOINT_URL`; a custom endpoint is an
 *   S3-compatible server (MinIO, R2, a test server), which wants path-style addressing;
 * - credentials: keys in `env` when both are there, else the SDK default chain (profile, web
 *   identity, container and instance metadata);
 * - retries: the SDK's own (throttling, 5xx, network), `AWS_MAX_ATTEMPTS`/`AWS_RETRY_MODE` honoured.
 */
function s3ClientConfig(env) {
    const config = {
        region: nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION) ?? 'us-east-1',
        // Bounded waits: a stalled connection becomes a retried transient error, not a hung job.
        requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
    };
    const endpoint = nonEmpty(env.AWS_ENDPOINT_URL_S3) ?? nonEmpty(env.AWS_ENDPOINT_URL);
    if (endpoint !== null) {
        let url;
        try {
            url = new URL(endpoint);
        }
        catch {
            throw new Error(`AWS endpoint '${endpoint}' is not a valid URL`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new Error(`AWS endpoint '${endpoint}' must be http:// or https://`);
        config.endpoint = endpoint;
        config.forcePathStyle = true;
    }
    const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
    const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
    if (accessKeyId !== null && secretAccessKey !== null) {
        const sessionToken = nonEmpty(env.AWS_SESSION_TOKEN);
        config.credentials = sessionToken === null ? { accessKeyId, secretAccessKey } : { accessKeyId, secretAccessKey, sessionToken };
    }
    else if (nonEmpty(env.AWS_PROFILE) !== null) {
        config.profile = nonEmpty(env.AWS_PROFILE) ?? undefined;
    }
    const attempts = Number(nonEmpty(env.AWS_MAX_ATTEMPTS));
    if (Number.isInteger(attempts) && attempts > 0)
        config.maxAttempts = attempts;
    const retryMode = nonEmpty(env.AWS_RETRY_MODE);
    if (retryMode === 'standard' || retryMode === 'adaptive')
        config.retryMode = retryMode;
    // Some S3-compatible servers reject the SDK's default CRC checksums; the standard variables
    // (`when_required`) switch them off, and we honour them from `env` as the SDK does from process.env.
    const requestChecksum = checksumSetting(env.AWS_REQUEST_CHECKSUM_CALCULATION);
    if (requestChecksum)
        config.requestChecksumCalculation = requestChecksum;
    const responseChecksum = checksumSetting(env.AWS_RESPONSE_CHECKSUM_VALIDATION);
    if (responseChecksum)
        config.responseChecksumValidation = responseChecksum;
    return config;
}
function checksumSetting(value) {
    const v = nonEmpty(value)?.toUpperCase();
    return v === 'WHEN_SUPPORTED' || v === 'WHEN_REQUIRED' ? v : null;
}
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? null : value.trim();
}


/***/ }),

/***/ 19323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
/** The readable text of anything thrown (the `<err>` of the spec's message templates). */
function errorText(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 51914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pJ: () => (/* binding */ casToken),
  Lg: () => (/* binding */ sha256hex),
  hs: () => (/* binding */ sha256hexOfPieces)
});

// UNUSED EXPORTS: HASH_PIECE_UNITS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/base/text-pieces.ts
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

;// CONCATENATED MODULE: ./src/base/hash.ts



/**
 * `crypto.hash` (Node 20.12 and 21.7 on): one call, with no Hash object made, updated and
 * finalized. A plan hashes tens of thousands of short inputs (every source file, every verdict
 * key, every composite). Node advises it for small inputs only, and long text is hashed in pieces
 * anyway, so it takes inputs up to HASH_PIECE_UNITS units or bytes. Absent on Node 20 before 20.12,
 * which takes `createHash` as before; both hash the UTF-8 encoding of a string.
 */
const oneShot = external_node_crypto_.hash;
/**
 * Text above this many UTF-16 units is hashed in pieces, each encoded into one reused buffer.
 * Handing Node the whole string makes it encode into a fresh buffer of the full UTF-8 size; for
 * the 2.5 MB fingerprint input of a 10,000-change plan (or a 20 MB ledger) that cost 2–10 ms
 * depending on whether the pages were fresh, against a steady 1.7–2.4 ms through the reused one.
 */
const HASH_PIECE_UNITS = 65_536;
// UTF-8 needs at most 3 bytes per UTF-16 unit (a surrogate pair is 2 units for 4 bytes).
let pieceBuffer;
const encoder = new TextEncoder();
/** Lowercase hex SHA-256 of UTF-8 text or raw bytes: every digest in the control plane. */
function sha256hex(input) {
    if (oneShot !== undefined && input.length <= HASH_PIECE_UNITS)
        return oneShot('sha256', input, 'hex');
    const hash = (0,external_node_crypto_.createHash)('sha256');
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
    const hash = (0,external_node_crypto_.createHash)('sha256');
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
    for (const piece of textPieces(text, HASH_PIECE_UNITS)) {
        const { written } = encoder.encodeInto(piece, buffer);
        hash.update(buffer.subarray(0, written));
    }
}
/** The state CAS token: a hash of the raw bytes as read, never of re-serialized JSON. */
function casToken(bytes) {
    return `sha256:${sha256hex(bytes)}`;
}


/***/ }),

/***/ 23659:
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

/***/ 97778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ isU64),
/* harmony export */   KK: () => (/* binding */ parseJsonLossless),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23659);

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

/***/ 21895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ parseStrictYaml)
});

// UNUSED EXPORTS: locatedParse

// EXTERNAL MODULE: ./src/base/error-text.ts
var error_text = __webpack_require__(19323);
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
var dist = __webpack_require__(38815);
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

/***/ 90482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Mx: () => (/* binding */ isCheckVerdict),
/* harmony export */   Pp: () => (/* binding */ isLangError),
/* harmony export */   hX: () => (/* binding */ langErrorJson),
/* harmony export */   pd: () => (/* binding */ CheckCache)
/* harmony export */ });
/* harmony import */ var _base_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51914);
/* harmony import */ var _ports_validation_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47961);


/** Bumped whenever the shape or meaning of a stored verdict changes. */
const FORMAT = 'omnigraph-cluster-check/1';
/**
 * Typed access to the validation cache: a verdict is stored as `{"key": …, "value": …}` under
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

/***/ 27243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: isRecord

// EXTERNAL MODULE: ./src/base/error-text.ts
var error_text = __webpack_require__(19323);
// EXTERNAL MODULE: ./src/engine/diagnostics/index.ts + 2 modules
var engine_diagnostics = __webpack_require__(52165);
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
var paths = __webpack_require__(25541);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/engine/model/data-map.ts
var data_map = __webpack_require__(73545);
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
/** `{ file: <path>, applies_to: [<target>, …] }`, as `policySchema` would output it (see plainGraphEntry). */
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
var strict_yaml = __webpack_require__(21895);
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
var zod_issues = __webpack_require__(60585);
// EXTERNAL MODULE: ./src/engine/model/names.ts
var names = __webpack_require__(74148);
// EXTERNAL MODULE: ./src/engine/ports/storage.ts
var storage = __webpack_require__(12504);
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
/** Steps 1–5 of docs/contract/config.md#parse-pipeline for the cluster in `configDir`. */
function loadConfig(files, configDir, options = {}) {
    const loaded = loadConfigAt(files, configDir);
    return { ...loaded, root: options.root ?? configDir };
}
function failed(configDir, configFile, diagnostics, yaml = null) {
    return { configDir, configFile, config: null, yaml, storageRoot: null, diagnostics };
}
// Long on purpose: docs/contract/config.md#parse-pipeline steps 1–5 in order, each returning early on its own failure.
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

/***/ 25541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   x: () => (/* binding */ joinDisplay)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
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

/***/ 80491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ ConfigSources)
/* harmony export */ });
/* unused harmony exports decodeUtf8, INVALID_UTF8, childPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _diagnostics_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52165);
/* harmony import */ var _base_error_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19323);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25541);
/* harmony import */ var _check_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90482);





/** A `..` path segment, under either separator. */
const DOT_DOT_SEGMENT = /(?:^|[\\/])\.\.(?:[\\/]|$)/;
/**
 * Reads the sources cluster.yaml names, refusing any path that leaves the containment root —
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
     * directory's cached real path plus its name — the same answer. Paths with `..` keep the full
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

/***/ 60585:
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

/***/ 52165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G$: () => (/* reexport */ diagnosticInfo),
  z3: () => (/* reexport */ error),
  Cs: () => (/* reexport */ hasErrors),
  AK: () => (/* reexport */ isConfigCode),
  $e: () => (/* reexport */ warning)
});

// UNUSED EXPORTS: DIAGNOSTIC_CODES, diagnosticJson

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
    // ours: `engine: omnigraph` delegates to `omnigraph cluster …` (docs/contract/commands.md)
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

/***/ 19150:
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
var error_text = __webpack_require__(19323);
// EXTERNAL MODULE: ./src/base/lossless-json.ts
var lossless_json = __webpack_require__(97778);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/engine/config/zod-issues.ts
var zod_issues = __webpack_require__(60585);
// EXTERNAL MODULE: ./src/base/json.ts
var json = __webpack_require__(23659);
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
var diagnostics = __webpack_require__(52165);
// EXTERNAL MODULE: ./src/engine/ports/clock.ts
var clock = __webpack_require__(59871);
// EXTERNAL MODULE: ./src/engine/model/names.ts
var names = __webpack_require__(74148);
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

/***/ 29266:
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

/***/ 73545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ dataMap),
/* harmony export */   p: () => (/* binding */ ownKeysAmong)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88532);

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
 * A JSON/YAML object used as a map (graph or policy name, address or id → value), parsed into a
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

/***/ 74148:
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
/* harmony import */ var _diagnostics_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52165);
/**
 * The one gate for names that become storage keys or paths (docs/contract/conventions.md#ids, docs/contract/config.md#identifiers, docs/contract/digests.md#addresses).
 * Everything read from a file we did not just write — sidecar and approval ids, ledger addresses,
 * lock ids, command arguments — is checked here before it is joined into a key. A name that fails
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

/***/ 59871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ rfc3339)
/* harmony export */ });
/** RFC 3339 UTC with `Z` and millisecond precision (docs/contract/conventions.md#timestamps). */
function rfc3339(date) {
    return Number.isNaN(date.getTime()) ? '1970-01-01T00:00:00Z' : date.toISOString();
}


/***/ }),

/***/ 12504:
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

/***/ 47961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ noValidationCache)
/* harmony export */ });
/** No cache: every check runs (`--no-cache`, and the default for in-process callers). */
const noValidationCache = { toolVersion: '', get: () => null, put: () => { } };


/***/ }),

/***/ 13544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jT: () => (/* reexport */ affectedTargets),
  KK: () => (/* reexport */ discoverTargets)
});

// UNUSED EXPORTS: changedInputs, compilePattern, matchPath, normalizeChangedPath, targetsJson, targetsOutput

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/base/json.ts
var json = __webpack_require__(23659);
// EXTERNAL MODULE: ./src/base/hash.ts + 1 modules
var hash = __webpack_require__(51914);
// EXTERNAL MODULE: ./src/engine/diagnostics/index.ts + 2 modules
var engine_diagnostics = __webpack_require__(52165);
// EXTERNAL MODULE: ./src/engine/config/load-config.ts + 4 modules
var load_config = __webpack_require__(27243);
// EXTERNAL MODULE: ./src/engine/config/paths.ts
var paths = __webpack_require__(25541);
// EXTERNAL MODULE: ./src/engine/config/source-access.ts
var source_access = __webpack_require__(80491);
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
function affected_changedInputs(target, changedFiles) {
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
    return targets.filter((t) => affected_changedInputs(t, changedFiles).length > 0);
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
        ok: !hasErrors(diagnostics),
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
        targets: output.targets.map((t) => ({ ...t, diagnostics: t.diagnostics.map(diagnosticJson) })),
        diagnostics: output.diagnostics.map(diagnosticJson),
    };
}

;// CONCATENATED MODULE: ./src/engine/targets/index.ts
/**
 * Many clusters in one repository (docs/contract/targets.md): discover them from path patterns,
 * list every file each one reads, and pick the ones a change set affects.
 */






/***/ }),

/***/ 3659:
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
var parse_cursor = __webpack_require__(78870);
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
 * `parseSchema`/`buildCatalog` boundary — which turns it into a `LangResult` — is the simplest
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
var json = __webpack_require__(23659);
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
/** `"` … `"` with any backslash pair; which escapes are legal is a semantic check. */
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
/** `annotation*`, stopping before a body constraint (`@key(`…); a late `@card(0..1)` fails as an annotation. */
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
 * Annotation validation (docs/contract/engine-schema.md#validation rules 4–6), one declaration at a time in file order.
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
 * `parse error: ` prefix), then the semantic passes in the reference's order — lowering per
 * declaration, interface expansion, annotation validation, constraint validation — whose errors
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

// EXTERNAL MODULE: ./src/base/hash.ts + 1 modules
var hash = __webpack_require__(51914);
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
var error_text = __webpack_require__(19323);
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

/***/ 78870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ SyntaxFailure),
/* harmony export */   WM: () => (/* binding */ renderSyntaxError),
/* harmony export */   bs: () => (/* binding */ Cursor)
/* harmony export */ });
/**
 * Character cursor for the `.pg` PEG grammar: implicit whitespace/comment skipping like pest's
 * WHITESPACE/COMMENT rules, 1-based line:column (counted in code points, as pest does), and the
 * furthest-failure bookkeeping that pest's "expected …" messages are made of.
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
    /** Skips spaces, tabs, newlines, `// …` and terminated `/* … *\/`; an unterminated block comment stays put. */
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
/** The multi-line pest error layout: ` --> L:C`, the source line, a caret, `= expected …`. */
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

//# sourceMappingURL=682.index.js.map