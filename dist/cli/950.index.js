(function (__ogChunk, __ogChunkUrl) { "use strict"; __ogChunk.id = 950;
__ogChunk.ids = [950];
__ogChunk.modules = {

/***/ 517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gW: () => (/* binding */ s3ClientConfig),
/* harmony export */   jk: () => (/* binding */ s3RootUri),
/* harmony export */   yc: () => (/* binding */ parseS3Uri)
/* harmony export */ });
/**
 * `s3://bucket/prefix` \u2192 `{bucket, prefix}`; `null` when it is not an s3:// URI naming a bucket.
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

/***/ 1950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClusterCommands: () => (/* binding */ createClusterCommands),
  createDeps: () => (/* binding */ createDeps),
  omnigraphBinary: () => (/* binding */ omnigraphBinary)
});

// EXTERNAL MODULE: ./src/engine/diagnostics/index.ts + 2 modules
var engine_diagnostics = __webpack_require__(2165);
// EXTERNAL MODULE: ./src/base/hash.ts
var hash = __webpack_require__(2497);
// EXTERNAL MODULE: ./src/base/json.ts
var json = __webpack_require__(3659);
// EXTERNAL MODULE: ./src/engine/ports/clock.ts
var clock = __webpack_require__(9871);
// EXTERNAL MODULE: ./src/base/error-text.ts
var error_text = __webpack_require__(9323);
;// CONCATENATED MODULE: ./src/engine/observe/graph-root.ts
/** `graphs/<id>.omni` under the storage root (docs/contract/config.md#layout). */
function graphRoot(storage, graphId) {
    const key = `graphs/${graphId}.omni`;
    return { key, uri: storage.displayPath(key) };
}

// EXTERNAL MODULE: ./src/base/lossless-json.ts
var lossless_json = __webpack_require__(7778);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/engine/model/names.ts
var model_names = __webpack_require__(4148);
// EXTERNAL MODULE: ./src/engine/ports/storage.ts
var ports_storage = __webpack_require__(2504);
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
/** Names of pending sidecar files (no parsing) \u2014 what plan and status warn about (docs/contract/recovery.md#read-only-warning). */
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
var data_map = __webpack_require__(3545);
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
/** address \u2192 digest of every resource the ledger records as applied (none without a ledger). */
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
var zod_issues = __webpack_require__(585);
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
 * `consumed_by_operation` stays null; quirk C12). Best effort \u2014 the ledger record is authoritative.
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
/** docs/contract/state.md#reading: missing \u21d2 no state; unreadable or non-UTF-8 \u21d2 `state_read_error` with nothing found. */
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
 * Text \u21d2 ledger: JSON, the closed schema, the version, then HEAD observation canonicalisation.
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
 * read state (`null` = there was no file), then publish with the storage's conditional write \u2014
 * create-if-absent for a first ledger, replace-if-version with the token of the re-read otherwise
 * \u2014 so a writer that slips in between the re-read and the write loses instead of overwriting.
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
 * Apply steps 16\u201317 (docs/contract/commands.md#apply): the ledger after this run, built from the post-sweep
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
/** `__cluster/resources/query/<graph>/<name>/<digest>.gq` or `\u2026/policy/<name>/<digest>.yaml`; null for other kinds. */
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
 * revision \u2014 so the next plan proposes a create and the next apply republishes \u2014 and marks it
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
var schema = __webpack_require__(6040);
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
/** docs/contract/migration.md#schema-apply step 8: same manifest version and the recorded schema \u21d2 nothing moved; retire the sidecar now. */
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
var model_change = __webpack_require__(9266);
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
 * `approvals_required` (docs/contract/classifier.md#approval-gates: one gate per deleted subtree \u2014 every `graph.*` delete, and a
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
/** Address \u2192 why the gate holds it, in change order. Only changes that would run are gated. */
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
 * address \u2192 digest of every desired resource, in the resources' byte-wise order. Computed once per
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
/** address \u2192 digest, in the order of `resources`. */
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
 * Which changes a valid approval covers (docs/contract/approvals.md#binding). Artifacts already consumed \u2014 on file or in the
 * ledger's `approval_records` \u2014 authorize nothing.
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
var engine_lock = __webpack_require__(9150);
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
var load_config = __webpack_require__(7243);
;// CONCATENATED MODULE: ./src/engine/config/builder.ts


/** Edges per source past which duplicates are found through a set instead of a scan. */
const MANY_EDGES = 16;
/** Mutable accumulator for one `load_desired` run. */
class DesiredBuilder {
    resources = new Map();
    /**
     * from \u2192 its edges, each pair once however often it is declared. A short list per source, not
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
 * `graphs.<id>.external_blobs.allow` \u2192 the normalized policy (docs/contract/config.md#loading-order step 2.2), as
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
var paths = __webpack_require__(5541);
// EXTERNAL MODULE: ./src/lang/schema/parse/cursor.ts
var cursor = __webpack_require__(8870);
;// CONCATENATED MODULE: ./src/lang/query/parse/reader.ts

/**
 * The `.gq` token reader: the schema language's cursor (same whitespace/comment rules, same
 * pest-style failures) plus what the query grammar needs on top \u2014 word-bounded keywords, a
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
/** Raised when nesting exceeds MAX_NESTING; rendered separately from "expected \u2026" failures. */
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
    /** A keyword directly followed (after trivia) by `(`: the call forms `now()`, `count(\u2026)`, \u2026 */
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
 * `match { \u2026 }` clauses in the reference's ordered choice: negation, binding, traversal, filter,
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
    // edge_ident = !("not" ~ !ASCII_ALPHANUMERIC) ~ \u2026: `not` and every `not_\u2026` are refused.
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
 * (docs/contract/engine-query.md#grammar). The body is a read body when it starts with `match`, else \u22651 mutation.
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
 * (`parse error:  --> L:C`, source line, caret, `= expected \u2026`); the few semantic refusals the
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
 * display form (enum wins over the scalar, then `[\u2026]`, then `?`) and its compatibility rule
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
 * and rank functions (T19\u2013T21, T23), aggregates (T8), bare variables (params, nodes, T23) and
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
        throw prop_types_fail(`T23: ${expr.fn} cannot target edge property \`$${field.variable}.${field.property}\`; text/rank search runs on node properties \u2014 edge properties support comparison filters and projection`, field);
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
 * `match` clauses in order: bindings (T1\u2013T3, rebinding), traversals (T4, T5, T15, T22, T23),
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
 * whole-query rules \u2014 rrf and nearest ordering need `limit` (T21, T17), no alias ordering next
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
 * (`type error: T<n>: \u2026`, a few untagged), positioned at the offending node.
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
var check_cache = __webpack_require__(482);
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
 * of \u2026`, `missing field \`x\``, `unknown variant \`x\`, expected one of \u2026`, `invalid type: \u2026`,
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
/** Which struct a path names: `[]` the bundle, `rules[i]`, `rules[i].allow`, `\u2026.actors`. */
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
var strict_yaml = __webpack_require__(1895);
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
 * Returns policy name \u2192 normalized bindings (dangling graph targets included, as HEAD records them).
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
var source_access = __webpack_require__(491);
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
 * `apply` (docs/contract/commands.md#apply): recompute under the lock, sweep, then creates \u2192 schema applies
 * \u2192 payloads \u2192 approved deletes \u2192 one CAS write of the new ledger. Each graph-moving step is
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
 * Creates \u2192 schema applies \u2192 payloads \u2192 approved deletes, demoting in `progress.changes` what a
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
 * was seen \u2014 the observation, the live schema digest, the recomputed composite and the statuses.
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
 * Reads what the reference server reads at boot \u2014 recovery sidecars, the ledger, the recorded
 * query and policy payloads \u2014 without a lock and without writing, then asks `servingVerdict`.
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
var validation_cache = __webpack_require__(7961);
;// CONCATENATED MODULE: ./src/engine/ports/index.ts










;// CONCATENATED MODULE: ./src/adapters/failpoints/env-failpoints.ts
/** Exit code of a `crash` failpoint: the process dies at once, leaving lock and sidecars behind. */
const CRASH_EXIT_CODE = 86;
/**
 * Failpoints from `OMNIGRAPH_FAILPOINTS` (docs/contract/failpoints.md#actions): `name` or `name=action`, comma
 * separated; actions `error` (default), `crash`, `sleep:<ms>`. Unset \u21d2 inert.
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
/** Step 2: parse, catalog and identity IR with a fresh domain \u2014 all before anything is written. */
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
 * landed is rolled forward from its staging files \u2014 but only once they are proven to be exactly
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
 * one per commit \u2014 no row data. Every byte goes through the `Storage` port, so roots work on S3.
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
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
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
 * Released binaries (\u2264 0.9) name a graph observation's version `manifest_version`; HEAD and our
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

// EXTERNAL MODULE: ./src/adapters/source/local-source-files.ts
var local_source_files = __webpack_require__(215);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./node_modules/ulid/dist/node/index.js


// These values should NEVER change. The values are precisely for
// generating ULIDs.
const B32_CHARACTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const ENCODING = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford's Base32
const ENCODING_LEN = 32; // from ENCODING.length;
const MAX_ULID = "7ZZZZZZZZZZZZZZZZZZZZZZZZZ";
const MIN_ULID = "00000000000000000000000000";
const RANDOM_LEN = 16;
const TIME_LEN = 10;
const TIME_MAX = 281474976710655; // from Math.pow(2, 48) - 1;
const ULID_REGEX = /^[0-7][0-9a-hjkmnp-tv-zA-HJKMNP-TV-Z]{25}$/;
const UUID_REGEX = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

var ULIDErrorCode;
(function (ULIDErrorCode) {
    ULIDErrorCode["Base32IncorrectEncoding"] = "B32_ENC_INVALID";
    ULIDErrorCode["DecodeTimeInvalidCharacter"] = "DEC_TIME_CHAR";
    ULIDErrorCode["DecodeTimeValueMalformed"] = "DEC_TIME_MALFORMED";
    ULIDErrorCode["EncodeTimeNegative"] = "ENC_TIME_NEG";
    ULIDErrorCode["EncodeTimeSizeExceeded"] = "ENC_TIME_SIZE_EXCEED";
    ULIDErrorCode["EncodeTimeValueMalformed"] = "ENC_TIME_MALFORMED";
    ULIDErrorCode["PRNGDetectFailure"] = "PRNG_DETECT";
    ULIDErrorCode["ULIDInvalid"] = "ULID_INVALID";
    ULIDErrorCode["Unexpected"] = "UNEXPECTED";
    ULIDErrorCode["UUIDInvalid"] = "UUID_INVALID";
})(ULIDErrorCode || (ULIDErrorCode = {}));
class ULIDError extends Error {
    constructor(errorCode, message) {
        super(`${message} (${errorCode})`);
        this.name = "ULIDError";
        this.code = errorCode;
    }
}

function randomChar(prng) {
    // Currently PRNGs generate fractions from 0 to _less than_ 1, so no "%" is necessary.
    // However, just in case a future PRNG can generate 1,
    // we are applying "% ENCODING LEN" to wrap back to the first character
    const randomPosition = Math.floor(prng() * ENCODING_LEN) % ENCODING_LEN;
    return ENCODING.charAt(randomPosition);
}
function replaceCharAt(str, index, char) {
    if (index > str.length - 1) {
        return str;
    }
    return str.substr(0, index) + char + str.substr(index + 1);
}

// Code from https://github.com/devbanana/crockford-base32/blob/develop/src/index.ts
function crockfordEncode(input) {
    const output = [];
    let bitsRead = 0;
    let buffer = 0;
    const reversedInput = new Uint8Array(input.slice().reverse());
    for (const byte of reversedInput) {
        buffer |= byte << bitsRead;
        bitsRead += 8;
        while (bitsRead >= 5) {
            output.unshift(buffer & 0x1f);
            buffer >>>= 5;
            bitsRead -= 5;
        }
    }
    if (bitsRead > 0) {
        output.unshift(buffer & 0x1f);
    }
    return output.map(byte => B32_CHARACTERS.charAt(byte)).join("");
}
function crockfordDecode(input) {
    const sanitizedInput = input.toUpperCase().split("").reverse().join("");
    const output = [];
    let bitsRead = 0;
    let buffer = 0;
    for (const character of sanitizedInput) {
        const byte = B32_CHARACTERS.indexOf(character);
        if (byte === -1) {
            throw new Error(`Invalid base 32 character found in string: ${character}`);
        }
        buffer |= byte << bitsRead;
        bitsRead += 5;
        while (bitsRead >= 8) {
            output.unshift(buffer & 0xff);
            buffer >>>= 8;
            bitsRead -= 8;
        }
    }
    if (bitsRead >= 5 || buffer > 0) {
        output.unshift(buffer & 0xff);
    }
    return new Uint8Array(output);
}
/**
 * Fix a ULID's Base32 encoding -
 * i and l (case-insensitive) will be treated as 1 and o (case-insensitive) will be treated as 0.
 * hyphens are ignored during decoding.
 * @param id The ULID
 * @returns The cleaned up ULID
 */
function fixULIDBase32(id) {
    return id.replace(/i/gi, "1").replace(/l/gi, "1").replace(/o/gi, "0").replace(/-/g, "");
}
function incrementBase32(str) {
    let done = undefined, index = str.length, char, charIndex, output = str;
    const maxCharIndex = ENCODING_LEN - 1;
    while (!done && index-- >= 0) {
        char = output[index];
        charIndex = ENCODING.indexOf(char);
        if (charIndex === -1) {
            throw new ULIDError(ULIDErrorCode.Base32IncorrectEncoding, "Incorrectly encoded string");
        }
        if (charIndex === maxCharIndex) {
            output = replaceCharAt(output, index, ENCODING[0]);
            continue;
        }
        done = replaceCharAt(output, index, ENCODING[charIndex + 1]);
    }
    if (typeof done === "string") {
        return done;
    }
    throw new ULIDError(ULIDErrorCode.Base32IncorrectEncoding, "Failed incrementing string");
}

/**
 * Decode time from a ULID
 * @param id The ULID
 * @returns The decoded timestamp
 */
function decodeTime(id) {
    if (id.length !== TIME_LEN + RANDOM_LEN) {
        throw new ULIDError(ULIDErrorCode.DecodeTimeValueMalformed, "Malformed ULID");
    }
    const time = id
        .substr(0, TIME_LEN)
        .toUpperCase()
        .split("")
        .reverse()
        .reduce((carry, char, index) => {
        const encodingIndex = ENCODING.indexOf(char);
        if (encodingIndex === -1) {
            throw new ULIDError(ULIDErrorCode.DecodeTimeInvalidCharacter, `Time decode error: Invalid character: ${char}`);
        }
        return (carry += encodingIndex * Math.pow(ENCODING_LEN, index));
    }, 0);
    if (time > TIME_MAX) {
        throw new ULIDError(ULIDErrorCode.DecodeTimeValueMalformed, `Malformed ULID: timestamp too large: ${time}`);
    }
    return time;
}
/**
 * Detect the best PRNG (pseudo-random number generator)
 * @param root The root to check from (global/window)
 * @returns The PRNG function
 */
function detectPRNG(root) {
    const rootLookup = detectRoot();
    const globalCrypto = (rootLookup && (rootLookup.crypto || rootLookup.msCrypto)) ||
        (typeof external_node_crypto_ !== "undefined" ? external_node_crypto_ : null);
    if (typeof globalCrypto?.getRandomValues === "function") {
        return () => {
            const buffer = new Uint8Array(1);
            globalCrypto.getRandomValues(buffer);
            return buffer[0] / 256;
        };
    }
    else if (typeof globalCrypto?.randomBytes === "function") {
        return () => globalCrypto.randomBytes(1).readUInt8() / 256;
    }
    else if (external_node_crypto_?.randomBytes) {
        return () => external_node_crypto_.randomBytes(1).readUInt8() / 256;
    }
    throw new ULIDError(ULIDErrorCode.PRNGDetectFailure, "Failed to find a reliable PRNG");
}
function detectRoot() {
    if (inWebWorker())
        return self;
    if (typeof window !== "undefined") {
        return window;
    }
    if (typeof global !== "undefined") {
        return global;
    }
    if (typeof globalThis !== "undefined") {
        return globalThis;
    }
    return null;
}
function encodeRandom(len, prng) {
    let str = "";
    for (; len > 0; len--) {
        str = randomChar(prng) + str;
    }
    return str;
}
/**
 * Encode the time portion of a ULID
 * @param now The current timestamp
 * @param len Length to generate
 * @returns The encoded time
 */
function encodeTime(now, len = TIME_LEN) {
    if (isNaN(now)) {
        throw new ULIDError(ULIDErrorCode.EncodeTimeValueMalformed, `Time must be a number: ${now}`);
    }
    else if (now > TIME_MAX) {
        throw new ULIDError(ULIDErrorCode.EncodeTimeSizeExceeded, `Cannot encode a time larger than ${TIME_MAX}: ${now}`);
    }
    else if (now < 0) {
        throw new ULIDError(ULIDErrorCode.EncodeTimeNegative, `Time must be positive: ${now}`);
    }
    else if (Number.isInteger(now) === false) {
        throw new ULIDError(ULIDErrorCode.EncodeTimeValueMalformed, `Time must be an integer: ${now}`);
    }
    let mod, str = "";
    for (let currentLen = len; currentLen > 0; currentLen--) {
        mod = now % ENCODING_LEN;
        str = ENCODING.charAt(mod) + str;
        now = (now - mod) / ENCODING_LEN;
    }
    return str;
}
function inWebWorker() {
    // @ts-ignore
    return typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope;
}
/**
 * Check if a ULID is valid
 * @param id The ULID to test
 * @returns True if valid, false otherwise
 * @example
 *   isValid("01HNZX8JGFACFA36RBXDHEQN6E"); // true
 *   isValid(""); // false
 */
function isValid(id) {
    return (typeof id === "string" &&
        id.length === TIME_LEN + RANDOM_LEN &&
        id
            .toUpperCase()
            .split("")
            .every(char => ENCODING.indexOf(char) !== -1));
}
/**
 * Create a ULID factory to generate monotonically-increasing
 *  ULIDs
 * @param prng The PRNG to use
 * @returns A ulid factory
 * @example
 *  const ulid = monotonicFactory();
 *  ulid(); // "01HNZXD07M5CEN5XA66EMZSRZW"
 */
function monotonicFactory(prng) {
    const currentPRNG = prng || detectPRNG();
    let lastTime = 0, lastRandom;
    return function _ulid(seedTime) {
        const seed = !seedTime || isNaN(seedTime) ? Date.now() : seedTime;
        if (seed <= lastTime) {
            const incrementedRandom = (lastRandom = incrementBase32(lastRandom));
            return encodeTime(lastTime, TIME_LEN) + incrementedRandom;
        }
        lastTime = seed;
        const newRandom = (lastRandom = encodeRandom(RANDOM_LEN, currentPRNG));
        return encodeTime(seed, TIME_LEN) + newRandom;
    };
}
/**
 * Generate a ULID
 * @param seedTime Optional time seed
 * @param prng Optional PRNG function
 * @returns A ULID string
 * @example
 *  ulid(); // "01HNZXD07M5CEN5XA66EMZSRZW"
 */
function node_ulid(seedTime, prng) {
    const currentPRNG = prng || detectPRNG();
    const seed = !seedTime || isNaN(seedTime) ? Date.now() : seedTime;
    return encodeTime(seed, TIME_LEN) + encodeRandom(RANDOM_LEN, currentPRNG);
}

/**
 * Convert a ULID to a UUID
 * @param ulid The ULID to convert
 * @returns A UUID string
 */
function ulidToUUID(ulid) {
    const isValid = ULID_REGEX.test(ulid);
    if (!isValid) {
        throw new ULIDError(ULIDErrorCode.ULIDInvalid, `Invalid ULID: ${ulid}`);
    }
    const uint8Array = crockfordDecode(ulid);
    let uuid = Array.from(uint8Array)
        .map(byte => byte.toString(16).padStart(2, "0"))
        .join("");
    uuid =
        uuid.substring(0, 8) +
            "-" +
            uuid.substring(8, 12) +
            "-" +
            uuid.substring(12, 16) +
            "-" +
            uuid.substring(16, 20) +
            "-" +
            uuid.substring(20);
    return uuid.toUpperCase();
}
/**
 * Convert a UUID to a ULID
 * @param uuid The UUID to convert
 * @returns A ULID string
 */
function uuidToULID(uuid) {
    const isValid = UUID_REGEX.test(uuid);
    if (!isValid) {
        throw new ULIDError(ULIDErrorCode.UUIDInvalid, `Invalid UUID: ${uuid}`);
    }
    const bytes = uuid.replace(/-/g, "").match(/.{1,2}/g);
    if (!bytes) {
        throw new ULIDError(ULIDErrorCode.Unexpected, `Failed parsing UUID bytes: ${uuid}`);
    }
    const uint8Array = new Uint8Array(bytes.map(byte => parseInt(byte, 16)));
    return crockfordEncode(uint8Array);
}



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
    const mine = { pid: process.pid, host: (0,external_node_os_.hostname)(), nonce: node_ulid() };
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
        throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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
        throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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

// EXTERNAL MODULE: ./src/adapters/source/regular-file.ts
var regular_file = __webpack_require__(7607);
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
                    throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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
        read = (0,regular_file/* readRegularFile */.X)(file, { followLinks: false });
    }
    catch (e) {
        throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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
            read = (0,regular_file/* readRegularFile */.X)(file, { followLinks: false });
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
            throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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
            throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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
            throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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
            throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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
            throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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
            throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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
            throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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
            throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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
                    throw new ports_storage/* StorageError */.aq((0,local_source_files/* ioMessage */.u)(e));
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
 * Removes one of our own temp files. `rmSync(\u2026, { force: true })` lstats the path (twice on Node
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
var s3_config = __webpack_require__(517);
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
    return new LazyS3Storage((0,s3_config/* s3RootUri */.jk)(location), () => Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(106)]).then(__webpack_require__.bind(__webpack_require__, 7106)).then((m) => m.createS3Storage(uri, env)));
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
        sources: new local_source_files/* LocalSourceFiles */.m(options.cwd),
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


/***/ })

};

//# sourceMappingURL=950.index.js.map
})
