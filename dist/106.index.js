export const id = 106;
export const ids = [106];
export const modules = {

/***/ 17106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S3Storage: () => (/* binding */ S3Storage),
  createS3Storage: () => (/* binding */ createS3Storage),
  parseS3Uri: () => (/* reexport */ s3_config/* parseS3Uri */.yc)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./src/base/json.ts
var json = __webpack_require__(23659);
// EXTERNAL MODULE: ./src/engine/ports/storage.ts
var storage = __webpack_require__(12504);
// EXTERNAL MODULE: ./src/adapters/storage/s3-config.ts
var s3_config = __webpack_require__(60517);
;// CONCATENATED MODULE: ./src/adapters/storage/s3-errors.ts


function s3ErrorFacts(e) {
    const meta = e?.$metadata;
    let code = e instanceof dist_cjs/* S3ServiceException */.Hcp ? e.name : (e?.code ?? e?.name ?? 'Error');
    // The SDK wraps errors it does not recognise as Errors (another realm, e.g. a VM context) into a
    // plain Error whose message is all that is left of the socket error: find its code there.
    if (code === 'Error')
        code = [...NETWORK].find((c) => messageOf(e).includes(c)) ?? code;
    return { code, status: meta?.httpStatusCode ?? null, attempts: meta?.attempts ?? 1 };
}
function messageOf(e) {
    const raw = e instanceof Error ? e.message : String(e);
    return raw.replace(/^AWS SDK error wrapper for (Error: )?/, '');
}
function classifyS3Error(e) {
    const { code, status } = s3ErrorFacts(e);
    // A missing bucket is also a 404, but it is a broken storage root, never an absent object.
    if (code === 'NoSuchBucket')
        return 'failure';
    if (code === 'NoSuchKey' || (status === 404 && code === 'NotFound'))
        return 'no-such-key';
    if (status === 412 || code === 'PreconditionFailed')
        return 'precondition-failed';
    // A conditional write racing another write to the same key (AWS: retry it).
    if (status === 409 && code === 'ConditionalRequestConflict')
        return 'conflict';
    return 'failure';
}
const HINTS = {
    AccessDenied: 'check the credentials and that they allow s3:GetObject, s3:PutObject, s3:DeleteObject and s3:ListBucket on the bucket',
    InvalidAccessKeyId: 'the access key id is not known to this endpoint',
    SignatureDoesNotMatch: 'the secret key does not match the access key id',
    ExpiredToken: 'the session credentials have expired',
    NoSuchBucket: 'the bucket named in `storage:` does not exist (or not in this region/endpoint)',
    PermanentRedirect: 'the bucket is in another region: set AWS_REGION to its region',
    NotImplemented: 'the server does not support an operation the control plane needs (conditional writes need If-None-Match/If-Match on PUT)',
    CredentialsProviderError: 'no AWS credentials found: set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or use OIDC',
    SlowDown: 'S3 kept throttling after the SDK retries',
};
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'TimeoutError']);
/**
 * A `StorageError` whose message names the operation, the object URI, the S3 error code and the
 * HTTP status, so the diagnostic that quotes it (`<err>`) says what to fix.
 */
function s3StorageError(operation, uri, e) {
    const { code, status } = s3ErrorFacts(e);
    const raw = messageOf(e);
    const detail = raw && raw !== code && raw !== 'UnknownError' ? `: ${raw}` : '';
    const kind = NETWORK.has(code) ? `network error ${code}` : code;
    const hint = HINTS[code];
    return new storage/* StorageError */.aq(`S3 ${operation} on '${uri}' failed: ${kind}${status === null ? '' : ` (HTTP ${status})`}${detail}${hint ? ` (${hint})` : ''}`);
}

;// CONCATENATED MODULE: ./src/adapters/storage/s3.ts






const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** DeleteObjects takes at most 1000 keys per request. */
const DELETE_BATCH = 1000;
/** Re-sends of a conditional PUT that S3 answered 409 ConditionalRequestConflict. */
const CONFLICT_RETRIES = 4;
/**
 * `Storage` over an S3 bucket prefix. Atomic visibility comes from S3 itself (a PUT is visible
 * whole or not at all); create-if-absent is a PUT with `If-None-Match: *`, replace-if-version a
 * PUT with `If-Match: <ETag>`, so the compare and the write are one step inside S3 and hold across
 * machines. Version tokens are ETags, exactly as S3 returns them.
 */
class S3Storage {
    root;
    client;
    bucket;
    prefix;
    constructor(options) {
        this.client = options.client;
        this.bucket = options.bucket;
        this.prefix = options.prefix.replace(/^\/+|\/+$/g, '');
        this.root = (0,s3_config/* s3RootUri */.jk)(options);
    }
    displayPath(key) {
        return key === '' ? this.root : `${this.root}/${key}`;
    }
    objectUri(key) {
        return this.displayPath(key);
    }
    async read(key) {
        const got = await this.get(key);
        if (got === null)
            return null;
        if ('failure' in got)
            throw s3StorageError('GetObject', this.displayPath(key), got.failure);
        return this.decoded(key, got.bytes, got.etag);
    }
    /**
     * `exists` then `read` as one GET: a status run verifies every payload, and the LIST that
     * `exists` makes doubled its requests. NoSuchKey is exactly what makes `exists` say false (no
     * object at the key; a "folder" has none either). Any other failure of the GET takes the two
     * calls themselves, so an error is attributed to the probe or to the read exactly as before.
     */
    async readIfExists(key) {
        const got = await this.get(key);
        if (got === null)
            return null;
        if ('failure' in got)
            return (0,storage/* existsThenRead */.SX)(this, key);
        return this.decoded(key, got.bytes, got.etag);
    }
    /** The object's bytes and ETag; null for NoSuchKey; any other failure as a value. */
    async get(key) {
        const objectKey = this.objectKey(key);
        try {
            const out = await this.client.send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: this.bucket, Key: objectKey }));
            return { bytes: out.Body ? await out.Body.transformToByteArray() : new Uint8Array(), etag: out.ETag };
        }
        catch (e) {
            // A "folder" (objects under `key/`, none at `key`) is NoSuchKey too: absent, as the port says.
            if (classifyS3Error(e) === 'no-such-key')
                return null;
            return { failure: e };
        }
    }
    decoded(key, bytes, etag) {
        let text;
        try {
            text = utf8.decode(bytes);
        }
        catch {
            throw new storage/* StorageError */.aq(`'${this.displayPath(key)}' is not valid UTF-8`);
        }
        return { text, token: this.requireEtag(etag, 'GetObject', key) };
    }
    /** Listing rather than HEAD: a HEAD 404 cannot tell a missing key from a missing bucket. */
    async exists(key) {
        const full = this.objectKey(key);
        // The key itself sorts first among the keys it prefixes, so one result is enough.
        const page = await this.listPage('ListObjectsV2', key, { Prefix: full, MaxKeys: 1 });
        return page.Contents?.[0]?.Key === full;
    }
    async existsPrefix(prefix) {
        const page = await this.listPage('ListObjectsV2', prefix, { Prefix: this.dirPrefix(prefix, { allowRoot: true }), MaxKeys: 1 });
        return (page.Contents?.length ?? 0) > 0;
    }
    async write(key, text) {
        try {
            const out = await this.client.send(new dist_cjs/* PutObjectCommand */.wKZ(this.putInput(key, text)));
            return this.requireEtag(out.ETag, 'PutObject', key);
        }
        catch (e) {
            if (e instanceof storage/* StorageError */.aq)
                throw e;
            throw s3StorageError('PutObject', this.displayPath(key), e);
        }
    }
    async writeIfAbsent(key, text) {
        return this.conditionalPut(key, text, { IfNoneMatch: '*' }, 'exists');
    }
    async writeIfMatch(key, text, token) {
        return this.conditionalPut(key, text, { IfMatch: token }, 'mismatch');
    }
    async list(prefix) {
        const dir = this.dirPrefix(prefix, { allowRoot: true });
        const names = [];
        let token;
        do {
            const page = await this.listPage('ListObjectsV2', prefix, { Prefix: dir, Delimiter: '/', ContinuationToken: token });
            for (const object of page.Contents ?? []) {
                const name = object.Key?.slice(dir.length) ?? '';
                // `dir` itself can exist as an empty "folder marker" object: it is not a name under dir.
                if (name !== '')
                    names.push(name);
            }
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
        return (0,json/* sortBytewise */.lP)(names);
    }
    async delete(key) {
        const objectKey = this.objectKey(key);
        try {
            await this.client.send(new dist_cjs/* DeleteObjectCommand */.k4j({ Bucket: this.bucket, Key: objectKey }));
        }
        catch (e) {
            if (classifyS3Error(e) === 'no-such-key')
                return;
            throw s3StorageError('DeleteObject', this.displayPath(key), e);
        }
    }
    async deletePrefix(prefix) {
        const dir = this.dirPrefix(prefix);
        let token;
        do {
            // Continuation tokens stay valid while we delete the keys already returned.
            const page = await this.listPage('ListObjectsV2', prefix, { Prefix: dir, ContinuationToken: token });
            const keys = (page.Contents ?? []).flatMap((o) => (o.Key === undefined ? [] : [o.Key]));
            for (let i = 0; i < keys.length; i += DELETE_BATCH)
                await this.deleteBatch(prefix, keys.slice(i, i + DELETE_BATCH));
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
    }
    /** Releases the client's sockets (tests; the CLI simply exits). */
    destroy() {
        this.client.destroy();
    }
    async conditionalPut(key, text, condition, lost) {
        for (let attempt = 0;; attempt++) {
            try {
                const out = await this.client.send(new dist_cjs/* PutObjectCommand */.wKZ({ ...this.putInput(key, text), ...condition }));
                return { ok: true, token: this.requireEtag(out.ETag, 'PutObject', key) };
            }
            catch (e) {
                if (e instanceof storage/* StorageError */.aq)
                    throw e;
                const outcome = classifyS3Error(e);
                if (outcome === 'conflict' && attempt < CONFLICT_RETRIES) {
                    await sleep(25 * 2 ** attempt + Math.floor(Math.random() * 25));
                    continue;
                }
                // If-Match on a key that is gone: another writer deleted it, which is a lost race too.
                const racedAway = outcome === 'precondition-failed' || outcome === 'conflict' || (outcome === 'no-such-key' && lost === 'mismatch');
                if (!racedAway)
                    throw s3StorageError('PutObject', this.displayPath(key), e);
                // After an SDK retry the precondition may have failed against our own earlier attempt,
                // which took effect before its answer was lost. Our exact text in place means we won.
                if (s3ErrorFacts(e).attempts > 1) {
                    const now = await this.read(key);
                    if (now !== null && now.text === text)
                        return { ok: true, token: now.token };
                }
                return { ok: false, reason: lost };
            }
        }
    }
    async deleteBatch(prefix, keys) {
        let errors;
        try {
            const out = await this.client.send(new dist_cjs/* DeleteObjectsCommand */.xvx({ Bucket: this.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }));
            errors = out.Errors ?? [];
        }
        catch (e) {
            throw s3StorageError('DeleteObjects', this.displayPath(prefix), e);
        }
        const first = errors.find((err) => err.Code !== 'NoSuchKey');
        if (first) {
            const uri = `s3://${this.bucket}/${first.Key ?? ''}`;
            throw new storage/* StorageError */.aq(`S3 DeleteObjects on '${uri}' failed: ${first.Code ?? 'Error'}: ${first.Message ?? 'not deleted'} (${errors.length} of ${keys.length} keys not deleted)`);
        }
    }
    async listPage(operation, prefix, input) {
        try {
            return await this.client.send(new dist_cjs/* ListObjectsV2Command */.u6x({ Bucket: this.bucket, ...input }));
        }
        catch (e) {
            throw s3StorageError(operation, this.displayPath(prefix), e);
        }
    }
    putInput(key, text) {
        const body = Buffer.from(text, 'utf8');
        return {
            Bucket: this.bucket,
            Key: this.objectKey(key),
            Body: body,
            // Stated even when 0: without it the SDK cannot size an empty body and warns about streams.
            ContentLength: body.length,
            ContentType: key.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8',
        };
    }
    requireEtag(etag, operation, key) {
        if (etag === undefined || etag === '') {
            throw new storage/* StorageError */.aq(`S3 ${operation} on '${this.displayPath(key)}' returned no ETag (the server cannot version objects)`);
        }
        return etag;
    }
    /** Every request's key passes here, so a hostile name is refused before any request is sent. */
    objectKey(key, options = {}) {
        (0,storage/* assertStorageKey */.$4)(key, this.root, options);
        if (this.prefix === '')
            return key;
        return key === '' ? this.prefix : `${this.prefix}/${key}`;
    }
    /** The list prefix for "everything under `prefix/`". */
    dirPrefix(prefix, options = {}) {
        const full = this.objectKey(prefix, options);
        return full === '' ? '' : `${full}/`;
    }
}
/** The adapter for a cluster.yaml `storage: s3://bucket/prefix`, configured from the AWS environment. */
function createS3Storage(uri, env = process.env) {
    const location = (0,s3_config/* parseS3Uri */.yc)(uri);
    if (!location)
        throw new storage/* StorageError */.aq(`'${uri}' is not an s3://bucket/prefix URI`);
    return new S3Storage({ client: new dist_cjs/* S3Client */.YxF((0,s3_config/* s3ClientConfig */.gW)(env)), ...location });
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ })

};

//# sourceMappingURL=106.index.js.map