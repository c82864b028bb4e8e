export const id = 259;
export const ids = [259];
export const modules = {

/***/ 9785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ HttpClient),
  w: () => (/* binding */ header)
});

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
;// CONCATENATED MODULE: ./src/io/http/backoff.ts
// Exponential back-off between retries.
/** Delay before retry number `attempt` (0 for the first retry): `baseMs · 2^attempt`, capped, optionally jittered. */
function backoffDelay(attempt, baseMs, options = {}) {
    const backoff = Math.min(options.capMs ?? Infinity, baseMs * 2 ** attempt);
    if (!options.jitter)
        return backoff;
    const random = options.random ?? Math.random;
    return Math.round(backoff / 2 + (random() * backoff) / 2);
}

// EXTERNAL MODULE: ./src/io/http/errors.ts
var errors = __webpack_require__(4534);
// EXTERNAL MODULE: ./src/io/http/plain-http.ts
var plain_http = __webpack_require__(3026);
;// CONCATENATED MODULE: ./src/io/http/policy.ts
// The one HTTP policy for every request this tool makes on its own (catalog source and container
// registries; GitHub goes through Octokit's plugins, sigstore TUF through tuf-js):
//
// - Retried statuses: 408, 429, 499, 500, 502, 503 and 504, go-containerregistry's default set
//   (the library ToolHive pulls images with), so a registry that thv copes with does not fail here.
//   500 is included because CDNs and registries return it for transient back-end hiccups too.
// - Retried network errors: connection reset or refused, socket closed, timeouts, temporary DNS
//   failure. Not retried: TLS failures and unknown hosts (they do not heal in seconds).
// - At most `retries` retries after the first attempt (default 3), exponential back-off from
//   `baseMs` with equal jitter, each wait capped at `maxDelayMs`; a Retry-After is honoured up to
//   that cap. Waits go through the injected `sleep`, time through the injected `now`.
// - At most 10 redirects. Authorization is dropped once a redirect leaves the first origin.
// - Each request has a timeout (headers and body together) and a body size cap enforced while
//   streaming. An overall deadline, when given, bounds every request and wait of the client.
// - Plain http:// only to local addresses (see local-address.ts) and hosts the user listed as
//   insecure (`insecure-registries`); never to any other host, whatever redirected there.
const RETRY_STATUSES = new Set([408, 429, 499, 500, 502, 503, 504]);
/** Transport error codes worth another attempt. */
const TRANSIENT_ERROR_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT'
]);
const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Error bodies are only read for diagnostics. */
const ERROR_BODY_MAX_BYTES = 64 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRY = { retries: 3, baseMs: 500, maxDelayMs: 30_000, jitter: true };

;// CONCATENATED MODULE: ./src/io/http/read-capped.ts
// Reading a response body with a size cap enforced while streaming.
/**
 * The whole body, or the caller's error (from `tooLarge`) as soon as it passes `maxBytes`; the
 * stream is destroyed then. With `declaredLength` (a Content-Length header) an oversized body is
 * refused before reading. Stream failures propagate as they are, for the caller to classify.
 */
async function readCapped(body, maxBytes, tooLarge, declaredLength) {
    const declared = Number(declaredLength);
    if (Number.isFinite(declared) && declared > maxBytes) {
        body.destroy();
        throw tooLarge();
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > maxBytes) {
            body.destroy();
            throw tooLarge();
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, size);
}

// EXTERNAL MODULE: ./src/io/http/redact.ts
var redact = __webpack_require__(8812);
;// CONCATENATED MODULE: ./src/io/http/retry-after.ts
// Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
/**
 * Retry-After as milliseconds from `nowMs`, at most `capMs`; undefined when absent or unreadable.
 * A date in the past means "now" (0).
 */
function parseRetryAfter(value, nowMs, capMs = Infinity) {
    if (!value)
        return undefined;
    const v = value.trim();
    let ms;
    if (/^\d+$/.test(v))
        ms = Number(v) * 1000;
    else {
        const t = Date.parse(v);
        if (Number.isNaN(t))
            return undefined;
        ms = Math.max(0, t - nowMs);
    }
    return Math.min(ms, capMs);
}

;// CONCATENATED MODULE: ./src/io/http/client.ts
// The HTTP client every adapter shares (catalog source, container registries), over undici. The
// policy it applies (retries, redirects, plain HTTP, limits) is described in policy.ts. Statuses
// are returned to the caller; only failures of the exchange itself throw (HttpError).









const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function header(res, name) {
    const v = res.headers[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
}
/** URL for log lines: no userinfo and no query (pre-signed storage URLs carry credentials there). */
function logUrl(u) {
    return `${u.protocol}//${u.host}${u.pathname}`;
}
function errorCode(error) {
    for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
        if (typeof e.code === 'string')
            return e.code;
    }
    return undefined;
}
class HttpClient {
    o;
    dispatcher;
    ownAgent;
    timeoutMs;
    retryPolicy;
    sleep;
    now;
    insecureHosts;
    log;
    constructor(o = {}) {
        this.o = o;
        if (o.dispatcher)
            this.dispatcher = o.dispatcher;
        else if (o.ca)
            this.dispatcher = this.ownAgent = new undici/* Agent */.g6({ connect: { ca: [...external_node_tls_.rootCertificates, o.ca] } });
        this.timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.retryPolicy = { ...DEFAULT_RETRY, ...(o.retry ?? {}) };
        this.sleep = o.sleep ?? realSleep;
        this.now = o.now ?? Date.now;
        this.insecureHosts = new Set([...(o.insecureHosts ?? [])].map((h) => h.toLowerCase()));
        this.log = o.log ?? (() => { });
    }
    get retries() {
        return this.retryPolicy.retries;
    }
    /** Releases connections of a client-owned agent. */
    async close() {
        await this.ownAgent?.close();
    }
    /** Send with redirects and retries. Returns any final status (4xx included); throws HttpError. */
    async send(url, o) {
        (0,plain_http/* assertTransportAllowed */.c)(url, this.insecureHosts, o.from);
        const policy = this.retryPolicy;
        const retries = o.retry === false ? 0 : policy.retries;
        for (let attempt = 0;; attempt++) {
            let res;
            try {
                res = await this.follow(url, o);
            }
            catch (error) {
                if (!(error instanceof errors/* HttpError */.j) || !error.transient || attempt >= retries) {
                    if (error instanceof errors/* HttpError */.j && attempt > 0) {
                        throw new errors/* HttpError */.j(error.code, error.message, String(error.place.url), { cause: error.cause, attempts: attempt + 1 });
                    }
                    throw error;
                }
                const wait = backoffDelay(attempt, policy.baseMs, { capMs: policy.maxDelayMs, jitter: policy.jitter });
                await this.pause(url, error.message, attempt, retries, wait);
                continue;
            }
            if (!RETRY_STATUSES.has(res.status) || attempt >= retries)
                return res;
            const wait = parseRetryAfter(header(res, 'retry-after'), this.now(), policy.maxDelayMs) ??
                backoffDelay(attempt, policy.baseMs, { capMs: policy.maxDelayMs, jitter: policy.jitter });
            await this.pause(url, `HTTP ${res.status}`, attempt, retries, wait);
        }
    }
    async pause(url, why, attempt, retries, wait) {
        if (this.o.deadlineAt !== undefined && this.now() + wait >= this.o.deadlineAt)
            throw this.deadlineError(url);
        this.log(`${this.o.logPrefix ?? 'http'}: ${this.redact(why)} from ${logUrl(url)}; retry ${attempt + 1}/${retries} in ${wait} ms`);
        await this.sleep(wait);
    }
    deadlineError(url) {
        return new errors/* HttpError */.j('http-deadline', 'the overall time limit for registry requests ran out', (0,redact/* redactUrl */.BO)(url));
    }
    redact(text) {
        return (0,redact/* redactText */.Rd)(text, this.o.secrets?.() ?? []);
    }
    async follow(start, o) {
        let url = start;
        let headers = { ...(o.headers ?? {}) };
        for (let hop = 0;; hop++) {
            const res = await this.once(url, o, headers);
            this.log(`${this.o.logPrefix ?? 'http'}: ${o.method ?? 'GET'} ${logUrl(url)} → ${res.status}`);
            const location = header(res, 'location');
            if (o.followRedirects === false || !REDIRECT_STATUSES.has(res.status) || !location)
                return res;
            if (hop >= MAX_REDIRECTS) {
                throw new errors/* HttpError */.j('http-too-many-redirects', `more than ${MAX_REDIRECTS} redirects`, (0,redact/* redactUrl */.BO)(start));
            }
            const next = new URL(location, url);
            (0,plain_http/* assertTransportAllowed */.c)(next, this.insecureHosts);
            if (next.origin !== start.origin) {
                // Storage back ends and other hosts must never see the credentials meant for the first one.
                headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
            }
            url = next;
        }
    }
    async once(url, o, headers) {
        const deadlineAt = this.o.deadlineAt;
        const left = deadlineAt === undefined ? Infinity : deadlineAt - this.now();
        if (left <= 0)
            throw this.deadlineError(url);
        const limit = Math.min(this.timeoutMs, left);
        const target = new URL(url);
        target.username = '';
        target.password = '';
        target.hash = '';
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), limit);
        const failed = (error) => this.transportFailure(error, url, controller.signal.aborted, limit < this.timeoutMs);
        try {
            let res;
            try {
                res = await (0,undici/* request */.Em)(target, {
                    method: o.method ?? 'GET',
                    headers,
                    dispatcher: this.dispatcher,
                    signal: controller.signal,
                    headersTimeout: this.timeoutMs,
                    bodyTimeout: this.timeoutMs
                });
            }
            catch (error) {
                throw failed(error);
            }
            const ok = res.statusCode >= 200 && res.statusCode < 300;
            let body = Buffer.alloc(0);
            if (o.method === 'HEAD' || (REDIRECT_STATUSES.has(res.statusCode) && o.followRedirects !== false)) {
                await res.body.dump().catch(() => undefined);
            }
            else {
                const max = ok ? o.maxBytes : Math.min(o.maxBytes, ERROR_BODY_MAX_BYTES);
                const tooLarge = () => new errors/* HttpError */.j('http-too-large', `response is larger than ${max} bytes`, (0,redact/* redactUrl */.BO)(url));
                try {
                    body = await readCapped(res.body, max, tooLarge, res.headers['content-length']);
                }
                catch (error) {
                    if (error instanceof errors/* HttpError */.j) {
                        if (ok)
                            throw error;
                    }
                    else
                        throw failed(error);
                }
            }
            return { status: res.statusCode, headers: res.headers, body, url };
        }
        finally {
            clearTimeout(timer);
        }
    }
    transportFailure(error, url, aborted, deadlineBound) {
        const safe = (0,redact/* redactUrl */.BO)(url);
        if (aborted && deadlineBound)
            return this.deadlineError(url);
        const code = errorCode(error) ?? '';
        if (aborted || /TIMEOUT/.test(code)) {
            return new errors/* HttpError */.j('http-timeout', `timed out after ${this.timeoutMs}ms`, safe, { cause: error, transient: true });
        }
        if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ALTNAME/.test(code)) {
            return new errors/* HttpError */.j('http-tls', `TLS certificate not trusted (${code})`, safe, { cause: error });
        }
        const message = error instanceof Error ? error.message : String(error);
        const detail = code && !message.includes(code) ? `${code}: ${message}` : message || code || 'error';
        return new errors/* HttpError */.j('http-unreachable', this.redact(detail), safe, { cause: error, transient: TRANSIENT_ERROR_CODES.has(code) });
    }
}


/***/ }),

/***/ 4534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ HttpError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Failures of an HTTP exchange itself (no status to show). Adapters translate them into their
// own error types (catalog, container registry), keeping this one as the `cause`.

class HttpError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UpgradeActionError */ .P {
    /** Attempts made before giving up (1 when not retried). */
    attempts;
    /** `url` is already redacted. */
    /** Worth another attempt (policy.ts lists which failures are). */
    transient;
    /** `url` is already redacted. */
    constructor(code, message, url, options = {}) {
        super(code, message, { url }, undefined, options.cause === undefined ? undefined : { cause: options.cause });
        this.attempts = options.attempts ?? 1;
        this.transient = options.transient ?? false;
    }
}


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mJ: () => (/* binding */ isLocalHost)
/* harmony export */ });
/* unused harmony exports isPrivateIPv4, isLoopbackHost */
// Local addresses: hosts a container registry may be reached on over plain HTTP without a flag,
// as go-containerregistry's name.Registry.Scheme decides (pkg/name/registry.go): localhost,
// *.localhost and *.local names, loopback (127.0.0.0/8, ::1) and RFC 1918 private IPv4 ranges.
// Unlike ggcr, the port is not part of the match (ggcr needs `localhost:PORT`).
/** The four octets of a dotted IPv4 literal, or undefined. */
function ipv4(host) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
    if (!m)
        return undefined;
    const octets = m.slice(1).map(Number);
    return octets.every((o) => o <= 255) ? octets : undefined;
}
/** 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16. */
function isPrivateIPv4(host) {
    const o = ipv4(host);
    if (!o)
        return false;
    return o[0] === 10 || (o[0] === 172 && o[1] >= 16 && o[1] <= 31) || (o[0] === 192 && o[1] === 168);
}
/** localhost, *.localhost, ::1 or 127.x.x.x (brackets around an IPv6 literal are allowed). */
function isLoopbackHost(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || ipv4(h)?.[0] === 127;
}
/** Loopback, `*.local` (mDNS) or an RFC 1918 private address: a registry on the runner's own network. */
function isLocalHost(hostname) {
    const h = hostname
        .replace(/^\[|\]$/g, '')
        .toLowerCase()
        .replace(/\.$/, '');
    return isLoopbackHost(h) || h.endsWith('.local') || isPrivateIPv4(h);
}


/***/ }),

/***/ 3026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ assertTransportAllowed)
/* harmony export */ });
/* unused harmony export plainHttpAllowed */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4534);
/* harmony import */ var _local_address_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8067);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8812);
// Which URLs may be fetched over plain http:// (the policy is described in policy.ts).



function plainHttpAllowed(u, insecureHosts) {
    return (0,_local_address_js__WEBPACK_IMPORTED_MODULE_2__/* .isLocalHost */ .mJ)(u.hostname) || insecureHosts.has(u.host.toLowerCase());
}
/**
 * Throws `http-insecure-transport` unless `u` is https, or http to an allowed host. `from` is the
 * URL that named this one (a token realm): plain HTTP is acceptable when that was plain HTTP too.
 */
function assertTransportAllowed(u, insecureHosts, from) {
    if (u.protocol === 'https:')
        return;
    if (u.protocol === 'http:' && (plainHttpAllowed(u, insecureHosts) || from?.protocol === 'http:'))
        return;
    const what = u.protocol === 'http:' ? 'plain http' : `the ${u.protocol.replace(':', '')} scheme`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j('http-insecure-transport', `refusing ${what} to ${u.host}`, (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(u));
}


/***/ }),

/***/ 4259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCandidateVerifier: () => (/* binding */ createCandidateVerifier)
});

;// CONCATENATED MODULE: ./src/core/provenance/identity.ts
// Compare a verified certificate's identity with a registry entry's provenance, field by field,
// exactly as ToolHive does (toolhive-core container/verifier: compareBaseProperties and
// signerIdentityFromCertificate). Pure: the certificate is already decoded into a summary.
const GITHUB_TOKEN_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * ToolHive's signer identity: the SAN verbatim for other issuers; for GitHub Actions the SAN cut at
 * the first '@' with the repository URI prefix removed (e.g. `/.github/workflows/release.yml`).
 * A reusable workflow from another repository keeps its full URL, as in ToolHive.
 */
function signerIdentity(c) {
    const san = c.subjectAlternativeName ?? '';
    if (san === '')
        return { error: 'certificate has no signer identity in SAN' };
    if (c.issuer !== GITHUB_TOKEN_ISSUER)
        return { identity: san };
    const repo = c.sourceRepositoryURI ?? '';
    if (repo === '')
        return { error: 'certificate missing SourceRepositoryURI extension' };
    const at = san.indexOf('@');
    const cut = at >= 0 ? san.slice(0, at) : san;
    return { identity: cut.startsWith(repo) ? cut.slice(repo.length) : cut };
}
/** The identity as the result and PR show it (mirrors SignerIdentity in core/verification.ts). */
function signerOf(c) {
    const si = signerIdentity(c);
    return {
        repository: c.sourceRepositoryURI,
        workflow: 'identity' in si ? si.identity : undefined,
        ref: c.sourceRepositoryRef,
        issuer: c.issuer,
        runner_environment: c.runnerEnvironment
    };
}
/**
 * Every non-empty provenance field that the certificate does not satisfy, as
 * `field: want "X", got "Y"`. ToolHive stops at the first mismatch; we list them all so the PR
 * says everything that differs. Empty list = match. (`attestation` is checked by matchAttestation.)
 */
function matchProvenance(c, p) {
    const out = [];
    const cmp = (field, want, got) => {
        if (!want)
            return;
        if (want !== (got ?? ''))
            out.push(`${field}: want "${want}", got "${got ?? ''}"`);
    };
    cmp('repository_uri', p.repository_uri, c.sourceRepositoryURI);
    cmp('repository_ref', p.repository_ref, c.sourceRepositoryRef);
    cmp('runner_environment', p.runner_environment, c.runnerEnvironment);
    cmp('cert_issuer', p.cert_issuer, c.issuer);
    if (p.signer_identity) {
        // ToolHive logs the derivation error and compares with "" (never equal to a non-empty value).
        const si = signerIdentity(c);
        const got = 'identity' in si ? si.identity : '';
        if (got !== p.signer_identity) {
            out.push(`signer_identity: want "${p.signer_identity}", got "${got}"${'error' in si ? ` (${si.error})` : ''}`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/provenance/sigstore-url.ts
// Which sigstore instance an entry's `sigstore_url` names. Only the public-good instance is
// supported (the only value in real catalog data); a user-supplied trusted root replaces it. Pure.
const PUBLIC_GOOD_TUF_HOST = 'tuf-repo-cdn.sigstore.dev';
function classifySigstoreUrl(url) {
    // ToolHive compares the bare string; tolerate a scheme and a trailing slash, nothing else.
    const host = (url ?? '')
        .trim()
        .replace(/^https:\/\//i, '')
        .replace(/\/+$/, '')
        .toLowerCase();
    if (host === '' || host === PUBLIC_GOOD_TUF_HOST)
        return { kind: 'public-good' };
    return { kind: 'unsupported', host };
}

// EXTERNAL MODULE: ./src/core/provenance/verification.ts
var verification = __webpack_require__(4);
// EXTERNAL MODULE: ./src/io/http/client.ts + 4 modules
var client = __webpack_require__(9785);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/io/oci/errors.ts
// Typed container-registry errors ("registry" alone means the MCP catalog elsewhere). Messages
// name the host and repository, never credentials or signed URLs.

class ContainerRegistryError extends errors/* UpgradeActionError */.P {
    constructor(code, message, url, options) {
        super(code, message, url ? { url } : {}, undefined, options);
    }
}

;// CONCATENATED MODULE: ./src/io/oci/digest.ts
// Content digests and references as they go into registry URLs.


const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** Tags and digests go into the path verbatim (some registries do not decode %3A); refuse anything else. */
function checkedRef(r) {
    if (DIGEST_RE.test(r) || /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(r))
        return r;
    throw new ContainerRegistryError('registry-response', `refusing to request malformed reference ${JSON.stringify(r.slice(0, 80))}`);
}

;// CONCATENATED MODULE: ./src/io/oci/media-types.ts
// Media types the verifier reads (OCI image spec, Docker distribution, cosign, sigstore bundle spec).
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const COSIGN_SIMPLESIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGSTORE_BUNDLE_PREFIX = 'application/vnd.dev.sigstore.bundle';
const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Index types first: a multi-arch tag must resolve to the index digest, which is what publishers sign. */
const MANIFEST_ACCEPT = [OCI_INDEX, DOCKER_MANIFEST_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(', ');

;// CONCATENATED MODULE: ./src/io/oci/types.ts
const LIMITS = {
    manifest: 4 * 1024 * 1024,
    token: 64 * 1024,
    referrerPages: 5,
    referrers: 20
};

;// CONCATENATED MODULE: ./src/io/oci/referrers.ts
// Referrers of a digest: the OCI 1.1 referrers API, else the `sha256-<hex>` tag schema.




/** Statuses of a first referrers page that mean "no referrers API here" (GHCR, distribution 2.8). */
const UNSUPPORTED = new Set([301, 302, 303, 307, 308, 400, 404, 405, 429]);
function isDescriptor(v) {
    return typeof v === 'object' && v !== null && typeof v.digest === 'string' && DIGEST_RE.test(v.digest);
}
function descriptorsOf(body) {
    try {
        const j = JSON.parse(body.toString('utf8'));
        return Array.isArray(j.manifests) ? j.manifests.filter(isDescriptor) : [];
    }
    catch {
        return [];
    }
}
/** `Link: <…>; rel="next"`, same origin only. */
function nextLink(link, current) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
        if (!m)
            continue;
        const u = new URL(m[1], current);
        return u.origin === current.origin ? u : undefined;
    }
    return undefined;
}
class ReferrersLookup {
    src;
    /** A registry that lacks the API once (GHCR, distribution 2.8) lacks it for the whole run. */
    noReferrersApi = new Set();
    constructor(src) {
        this.src = src;
    }
    /**
     * Referrers of `digest`: the OCI 1.1 API first; on 404/3xx/400/405/429 the tag schema.
     * Descriptors are filtered by `artifactType` only when the registry did not apply the filter
     * and the descriptor names another type.
     */
    async list(repo, digest, artifactTypePrefix) {
        const keep = (d) => !artifactTypePrefix || !d.artifactType || d.artifactType === OCI_EMPTY || d.artifactType.startsWith(artifactTypePrefix);
        if (this.noReferrersApi.has(repo.apiHost))
            return this.tagSchema(repo, digest, keep);
        let url = new URL(`${await this.src.base(repo)}/${repo.repository}/referrers/${digest}`);
        const out = [];
        for (let page = 0; url && page < LIMITS.referrerPages; page++) {
            const res = await this.src.get(repo, url, {
                accept: OCI_INDEX,
                maxBytes: LIMITS.manifest,
                followRedirects: false,
                retry: false
            });
            if (res.status !== 200) {
                if (page === 0 && UNSUPPORTED.has(res.status)) {
                    // 429 says nothing about support: fall back this time only.
                    if (res.status !== 429)
                        this.noReferrersApi.add(repo.apiHost);
                    return this.tagSchema(repo, digest, keep);
                }
                if (page === 0)
                    this.src.fail(repo, `referrers of ${repo.repository}@${digest}`, res);
                break; // a later page failing keeps what we have
            }
            out.push(...descriptorsOf(res.body).filter(keep));
            url = nextLink((0,client/* header */.w)(res, 'link'), url);
        }
        return { source: 'referrers-api', descriptors: out.slice(0, LIMITS.referrers) };
    }
    async tagSchema(repo, digest, keep) {
        const tag = `sha256-${digest.slice('sha256:'.length)}`;
        const m = await this.src.getManifest(repo, tag, true);
        if (!m)
            return { source: 'none', descriptors: [] };
        // Some registries (GitLab) resolve the fallback tag to the subject itself; that is no index.
        if (m.mediaType !== OCI_INDEX || m.digest === digest)
            return { source: 'none', descriptors: [] };
        const ds = Array.isArray(m.json.manifests) ? m.json.manifests : [];
        return { source: 'tag-schema', descriptors: ds.filter(isDescriptor).filter(keep).slice(0, LIMITS.referrers) };
    }
}

;// CONCATENATED MODULE: ./src/io/oci/auth-challenge.ts
// WWW-Authenticate challenges (RFC 7235), as registries send them on 401.
/** Parse WWW-Authenticate: one or more `scheme k=v, k="v"` challenges (token68 ignored). */
function parseChallenges(value) {
    const out = [];
    let cur;
    let i = 0;
    const isTok = (c) => /[A-Za-z0-9!#$%&'*+.^_`|~-]/.test(c);
    const skip = (chars) => {
        while (i < value.length && chars.test(value[i]))
            i++;
    };
    while (i < value.length) {
        skip(/[\s,]/);
        const start = i;
        while (i < value.length && isTok(value[i]))
            i++;
        if (i === start) {
            i++; // stray character: skip it rather than loop forever
            continue;
        }
        const name = value.slice(start, i);
        skip(/[ \t]/);
        if (value[i] !== '=') {
            cur = { scheme: name.toLowerCase(), params: {} };
            out.push(cur);
            continue;
        }
        i++;
        skip(/[ \t]/);
        let v = '';
        if (value[i] === '"') {
            i++;
            while (i < value.length && value[i] !== '"') {
                if (value[i] === '\\' && i + 1 < value.length)
                    i++;
                v += value[i++];
            }
            i++;
        }
        else {
            const vs = i;
            while (i < value.length && value[i] !== ',' && !/\s/.test(value[i]))
                i++;
            v = value.slice(vs, i);
        }
        if (cur)
            cur.params[name.toLowerCase()] = v;
    }
    return out;
}

// EXTERNAL MODULE: ./src/io/http/errors.ts
var http_errors = __webpack_require__(4534);
// EXTERNAL MODULE: ./src/io/http/local-address.ts
var local_address = __webpack_require__(8067);
;// CONCATENATED MODULE: ./src/io/oci/registry-transport.ts



/** URL for messages: no query string (pre-signed storage URLs carry credentials there). */
function safeUrl(u) {
    return `${u.protocol}//${u.host}${u.pathname}`;
}
function translate(error, url) {
    const cause = { cause: error };
    switch (error.code) {
        case 'http-too-large':
            return new ContainerRegistryError('too-large', `${url.host}: ${error.message}`, safeUrl(url), cause);
        case 'http-insecure-transport':
            return new ContainerRegistryError('insecure-transport', error.message, safeUrl(url), cause);
        case 'http-too-many-redirects':
            return new ContainerRegistryError('registry-response', `too many redirects from ${url.host}`, safeUrl(url), cause);
        case 'http-deadline':
            return new ContainerRegistryError('registry-unavailable', `${url.host}: ${error.message}`, safeUrl(url), cause);
        default:
            return new ContainerRegistryError('registry-unreachable', `cannot reach ${url.host}: ${error.message}`, safeUrl(url), cause);
    }
}
class RegistryTransport {
    http;
    /** Scheme per API host, decided once per run. */
    schemes = new Map();
    insecureHosts;
    constructor(http, insecureHosts) {
        this.http = http;
        this.insecureHosts = new Set([...insecureHosts].map((h) => h.toLowerCase()));
    }
    /** Whether credentials may be sent to `u` in the clear. */
    isInsecureHost(u) {
        return this.insecureHosts.has(u.host.toLowerCase());
    }
    async send(url, o) {
        try {
            return await this.http.send(url, o);
        }
        catch (error) {
            if (error instanceof http_errors/* HttpError */.j)
                throw translate(error, url);
            throw error;
        }
    }
    /**
     * `https://host/v2/…` or `http://host/v2/…`, as go-containerregistry picks: plain HTTP for hosts
     * listed as insecure; for local addresses (localhost, 127/8, ::1, *.local, RFC 1918) HTTPS is
     * tried first (GET /v2/, like ggcr's ping) and plain HTTP when HTTPS cannot be spoken at all.
     */
    base(apiHost) {
        let scheme = this.schemes.get(apiHost);
        if (!scheme) {
            scheme = this.pickScheme(apiHost);
            this.schemes.set(apiHost, scheme);
        }
        return scheme.then((s) => `${s}://${apiHost}/v2`);
    }
    async pickScheme(apiHost) {
        if (this.insecureHosts.has(apiHost.toLowerCase()))
            return 'http';
        const probe = new URL(`https://${apiHost}/v2/`);
        if (!(0,local_address/* isLocalHost */.mJ)(probe.hostname))
            return 'https';
        try {
            await this.http.send(probe, { method: 'GET', maxBytes: 64 * 1024, retry: false, followRedirects: false });
            return 'https';
        }
        catch (error) {
            if (error instanceof http_errors/* HttpError */.j)
                return 'http';
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/io/oci/registry-auth.ts




const USER_AGENT = 'toolhive-upgrade-action';
function hostKey(h) {
    const x = h
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, '');
    return x === 'index.docker.io' || x === 'registry-1.docker.io' ? 'docker.io' : x;
}
function basicAuth(c) {
    if (!c)
        return undefined;
    const secret = c.password ?? c.token;
    if (!secret)
        return undefined;
    // A token alone is a password for any user name (GHCR); Docker Hub needs the real user name.
    return `Basic ${Buffer.from(`${c.username ?? 'token'}:${secret}`).toString('base64')}`;
}
function tokenKey(repo) {
    return `${repo.apiHost}\n${repo.repository}`;
}
class RegistryAuth {
    transport;
    creds = new Map();
    /** Bearer tokens per api host + repository. */
    tokens = new Map();
    /** Hosts that answered with a Basic challenge: send credentials up front from then on. */
    basicHosts = new Set();
    pending = new Map();
    constructor(credentials, transport) {
        this.transport = transport;
        for (const c of credentials)
            this.creds.set(hostKey(c.host), c);
    }
    credentialFor(repo) {
        return this.creds.get(hostKey(repo.registry)) ?? this.creds.get(hostKey(repo.apiHost));
    }
    /** The token in use for `repo` (to tell whether another request refreshed it meanwhile). */
    currentToken(repo) {
        return this.tokens.get(tokenKey(repo));
    }
    /** Authorization for a request to `repo`, as far as we know it now. */
    headerFor(repo) {
        const tok = this.tokens.get(tokenKey(repo));
        if (tok)
            return { authorization: `Bearer ${tok}` };
        const basic = this.basicHosts.has(repo.apiHost) ? basicAuth(this.credentialFor(repo)) : undefined;
        return basic ? { authorization: basic } : {};
    }
    /**
     * Answers a 401: one token dance per repository at a time (concurrent requests share it); a
     * token refreshed meanwhile by another request is simply reused. `used` is the token the
     * refused request carried.
     */
    async answer(repo, res, used) {
        const key = tokenKey(repo);
        const pending = this.pending.get(key);
        if (pending)
            return pending;
        if (this.tokens.get(key) !== used)
            return;
        this.tokens.delete(key);
        const dance = this.authenticate(repo, res).finally(() => this.pending.delete(key));
        this.pending.set(key, dance);
        return dance;
    }
    async authenticate(repo, res) {
        const raw = res.headers['www-authenticate'];
        const values = Array.isArray(raw) ? raw : raw ? [raw] : [];
        const challenges = values.flatMap((v) => parseChallenges(v));
        const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
        const cred = this.credentialFor(repo);
        if (bearer) {
            this.tokens.set(tokenKey(repo), await this.fetchToken(repo, res, bearer.params, cred));
            return;
        }
        if (challenges.some((c) => c.scheme === 'basic') && basicAuth(cred)) {
            this.basicHosts.add(repo.apiHost);
            return;
        }
        throw new ContainerRegistryError('registry-auth', `${repo.registry} requires authentication for ${repo.repository}${cred ? '' : ' and no credentials are configured for it'}`, safeUrl(res.url));
    }
    async fetchToken(repo, res, params, cred) {
        let realm;
        try {
            realm = new URL(params.realm);
        }
        catch (error) {
            throw new ContainerRegistryError('registry-response', `${repo.registry} sent an invalid token realm`, safeUrl(res.url), {
                cause: error
            });
        }
        if (params.service)
            realm.searchParams.set('service', params.service);
        realm.searchParams.set('scope', params.scope || `repository:${repo.repository}:pull`);
        const headers = { 'user-agent': USER_AGENT, accept: 'application/json' };
        const basic = basicAuth(cred);
        // Credentials go to the token service their registry designates, and only over TLS
        // (or to a host the user marked insecure).
        if (basic && (realm.protocol === 'https:' || this.transport.isInsecureHost(realm)))
            headers.authorization = basic;
        // A plain-HTTP realm is only acceptable from a registry already reached over plain HTTP.
        const tr = await this.transport.send(realm, { method: 'GET', headers, maxBytes: LIMITS.token, followRedirects: false, from: res.url });
        if (tr.status === 401 || tr.status === 403) {
            throw new ContainerRegistryError('registry-auth', `token service for ${repo.registry} refused ${cred ? 'the configured credentials' : 'anonymous access'} to ${repo.repository} (HTTP ${tr.status})`, safeUrl(realm));
        }
        if (tr.status !== 200) {
            throw new ContainerRegistryError('registry-unavailable', `token service for ${repo.registry} answered HTTP ${tr.status}`, safeUrl(realm));
        }
        let token;
        try {
            const j = JSON.parse(tr.body.toString('utf8'));
            token = j.token ?? j.access_token;
        }
        catch {
            token = undefined;
        }
        if (typeof token !== 'string' || token === '') {
            throw new ContainerRegistryError('registry-response', `token service for ${repo.registry} returned no token`, safeUrl(realm));
        }
        return token;
    }
}

;// CONCATENATED MODULE: ./src/io/oci/client.ts
// OCI distribution client for the verifier: tag → digest, manifests and blobs with digest checks,
// referrers. Authentication is registry-auth.ts, the scheme and transport registry-transport.ts,
// the HTTP policy src/io/http. One instance per run: tokens are cached per host and repository,
// and every digest-addressed read is memoised so no request is repeated for the same digest.









class OciClient {
    transport;
    auth;
    referrerLookup;
    memo = new Map();
    constructor(opts = {}) {
        const http = new client/* HttpClient */.Q({
            dispatcher: opts.dispatcher,
            timeoutMs: opts.timeoutMs,
            retry: opts.retry,
            sleep: opts.sleep,
            now: opts.now,
            insecureHosts: opts.insecureHosts,
            log: opts.log,
            logPrefix: 'oci'
        });
        this.transport = new RegistryTransport(http, opts.insecureHosts ?? []);
        this.auth = new RegistryAuth(opts.credentials ?? [], this.transport);
        this.referrerLookup = new ReferrersLookup({
            base: (repo) => this.transport.base(repo.apiHost),
            get: (repo, url, o) => this.call(repo, url, { method: 'GET', ...o }),
            getManifest: (repo, reference, allow404) => this.getManifest(repo, reference, allow404),
            fail: (repo, what, res) => this.fail(repo, what, res)
        });
    }
    once(key, fn) {
        let p = this.memo.get(key);
        if (!p) {
            p = fn();
            this.memo.set(key, p);
        }
        return p;
    }
    async url(repo, path) {
        return new URL(`${await this.transport.base(repo.apiHost)}/${repo.repository}/${path}`);
    }
    /** Send a registry request, answering one auth challenge (or a stale token) on 401. */
    async call(repo, url, o) {
        const headers = () => ({ 'user-agent': USER_AGENT, ...(o.accept ? { accept: o.accept } : {}), ...this.auth.headerFor(repo) });
        const send = { method: o.method, maxBytes: o.maxBytes, followRedirects: o.followRedirects ?? true, retry: o.retry ?? true };
        const used = this.auth.currentToken(repo);
        let res = await this.transport.send(url, { ...send, headers: headers() });
        if (res.status !== 401)
            return res;
        await this.auth.answer(repo, res, used);
        res = await this.transport.send(url, { ...send, headers: headers() });
        if (res.status === 401) {
            throw new ContainerRegistryError('registry-auth', `${repo.registry} refused access to ${repo.repository} (HTTP 401 after authenticating)`, safeUrl(url));
        }
        return res;
    }
    fail(repo, what, res) {
        const url = safeUrl(res.url);
        if (res.status === 403)
            throw new ContainerRegistryError('registry-auth', `${repo.registry} denied ${what} (HTTP 403)`, url);
        if (res.status === 404)
            throw new ContainerRegistryError('image-not-found', `${what} not found on ${repo.registry}`, url);
        if (res.status === 429 || res.status >= 500) {
            throw new ContainerRegistryError('registry-unavailable', `${repo.registry} answered HTTP ${res.status} for ${what}`, url);
        }
        throw new ContainerRegistryError('registry-response', `${repo.registry} answered HTTP ${res.status} for ${what}`, url);
    }
    /** Digest a tag points at: the index digest for a multi-arch image (no platform is chosen). */
    resolve(repo, tag) {
        return this.once(`resolve ${repo.apiHost}/${repo.repository}:${tag}`, async () => {
            const url = await this.url(repo, `manifests/${checkedRef(tag)}`);
            const res = await this.call(repo, url, { method: 'HEAD', accept: MANIFEST_ACCEPT, maxBytes: 0 });
            if (res.status !== 200)
                this.fail(repo, `${repo.repository}:${tag}`, res);
            const d = (0,client/* header */.w)(res, 'docker-content-digest');
            if (d && DIGEST_RE.test(d))
                return d;
            // No digest header: read the manifest and hash the exact bytes.
            const m = await this.getManifest(repo, tag);
            if (!m)
                this.fail(repo, `${repo.repository}:${tag}`, res);
            return m.digest;
        });
    }
    /**
     * A manifest or index by tag or digest (digest-checked). `undefined` on 404 when `allow404`.
     * Memoised per reference for the run.
     */
    getManifest(repo, reference, allow404 = false) {
        return this.once(`manifest ${repo.apiHost}/${repo.repository}@${reference}`, async () => {
            const url = await this.url(repo, `manifests/${checkedRef(reference)}`);
            const res = await this.call(repo, url, { method: 'GET', accept: MANIFEST_ACCEPT, maxBytes: LIMITS.manifest });
            if (res.status === 404 && allow404)
                return undefined;
            if (res.status !== 200)
                this.fail(repo, `manifest ${repo.repository}@${reference}`, res);
            const m = parseManifest(repo, reference, res, url);
            // Seed the by-digest memo so a later read of the same digest costs nothing.
            if (!DIGEST_RE.test(reference))
                this.memo.set(`manifest ${repo.apiHost}/${repo.repository}@${m.digest}`, Promise.resolve(m));
            return m;
        });
    }
    /** A blob, size-capped and sha256-checked; redirects to storage are followed. */
    getBlob(repo, digest, maxBytes) {
        return this.once(`blob ${repo.apiHost}/${repo.repository}@${digest}`, async () => {
            if (!DIGEST_RE.test(digest))
                throw new ContainerRegistryError('registry-response', `unsupported blob digest ${digest}`);
            const url = await this.url(repo, `blobs/${digest}`);
            const res = await this.call(repo, url, { method: 'GET', maxBytes });
            if (res.status !== 200)
                this.fail(repo, `blob ${repo.repository}@${digest}`, res);
            if (sha256Digest(res.body) !== digest) {
                throw new ContainerRegistryError('tampered-response', `blob ${repo.repository}@${digest} does not match its digest`, safeUrl(url));
            }
            return res.body;
        });
    }
    /** Referrers of `digest` (see referrers.ts), memoised. */
    referrers(repo, digest, artifactTypePrefix) {
        return this.once(`referrers ${repo.apiHost}/${repo.repository}@${digest}`, () => this.referrerLookup.list(repo, digest, artifactTypePrefix));
    }
}
/** The manifest's bytes checked against the digest asked for (or claimed), and parsed. */
function parseManifest(repo, reference, res, url) {
    const digest = sha256Digest(res.body);
    const claimed = (0,client/* header */.w)(res, 'docker-content-digest');
    const expected = DIGEST_RE.test(reference) ? reference : claimed && DIGEST_RE.test(claimed) ? claimed : undefined;
    if (expected && expected !== digest) {
        throw new ContainerRegistryError('tampered-response', `manifest ${repo.repository}@${reference} does not match its digest`, safeUrl(url));
    }
    let json;
    try {
        json = JSON.parse(res.body.toString('utf8'));
    }
    catch (error) {
        throw new ContainerRegistryError('registry-response', `manifest ${repo.repository}@${reference} is not JSON`, safeUrl(url), {
            cause: error
        });
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new ContainerRegistryError('registry-response', `manifest ${repo.repository}@${reference} is not an object`, safeUrl(url));
    }
    const obj = json;
    const ct = (0,client/* header */.w)(res, 'content-type')?.split(';')[0].trim();
    const mediaType = typeof obj.mediaType === 'string' ? obj.mediaType : ct;
    return { digest, mediaType, bytes: res.body, json: obj };
}

// EXTERNAL MODULE: ./src/core/image/reference.ts + 6 modules
var reference = __webpack_require__(4801);
;// CONCATENATED MODULE: ./src/io/oci/image-ref.ts
// Image references for registry traffic, parsed the way thv parses them (core/reference.ts, a
// port of go-containerregistry's name package), plus the host the distribution API lives on.

/** Throws ReferenceError (an UpgradeActionError) when the reference does not parse. */
function parseImageRef(ref) {
    const r = (0,reference/* parseReference */.F2)(ref.trim());
    return { registry: r.registry, apiHost: (0,reference/* registryApiHost */.Mb)(r), repository: r.repository, tag: r.tag, digest: r.digest };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(3917);
;// CONCATENATED MODULE: ./src/io/sigstore/cosign-legacy.ts
// Convert a legacy cosign `.sig` layer (simplesigning payload + annotations) into a sigstore
// bundle v0.1 that @sigstore/verify understands. v0.1, not v0.3: the annotation carries a signed
// entry timestamp but no inclusion proof, and we stay offline (no Rekor lookup).


const ANNOTATION = {
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    signature: 'dev.cosignproject.cosign/signature',
    bundle: 'dev.sigstore.cosign/bundle',
    rfc3161: 'dev.sigstore.cosign/rfc3161timestamp'
};
const BUNDLE_V01 = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
function firstPem(text) {
    const m = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(text);
    return m?.[0];
}
function legacyLayerToBundle(annotations, payload) {
    const a = annotations ?? {};
    const signature = a[ANNOTATION.signature];
    if (!signature)
        return { problem: 'cosign layer has no signature annotation' };
    const certPem = a[ANNOTATION.certificate] ? firstPem(a[ANNOTATION.certificate]) : undefined;
    // Without a certificate the layer was signed with a key (`cosign sign --key`): there is no
    // identity to match against provenance, as in ToolHive's keyless verifier.
    if (!certPem)
        return { problem: 'key-signed cosign signature (no certificate): unsupported' };
    let certDer;
    try {
        certDer = dist.pem.toDER(certPem);
    }
    catch {
        return { problem: 'cosign certificate annotation is not a PEM certificate' };
    }
    const tlogEntries = [];
    if (a[ANNOTATION.bundle]) {
        try {
            const rb = JSON.parse(a[ANNOTATION.bundle]);
            const p = rb.Payload ?? {};
            if (typeof p.body !== 'string' || typeof p.logID !== 'string' || typeof rb.SignedEntryTimestamp !== 'string') {
                return { problem: 'cosign rekor bundle annotation is incomplete' };
            }
            const body = JSON.parse(Buffer.from(p.body, 'base64').toString('utf8'));
            tlogEntries.push({
                logIndex: String(p.logIndex),
                logId: { keyId: Buffer.from(p.logID, 'hex').toString('base64') },
                kindVersion: { kind: String(body.kind ?? ''), version: String(body.apiVersion ?? '') },
                integratedTime: String(p.integratedTime),
                inclusionPromise: { signedEntryTimestamp: rb.SignedEntryTimestamp },
                canonicalizedBody: p.body
            });
        }
        catch {
            return { problem: 'cosign rekor bundle annotation is not valid JSON' };
        }
    }
    const rfc3161Timestamps = [];
    if (a[ANNOTATION.rfc3161]) {
        try {
            const t = JSON.parse(a[ANNOTATION.rfc3161]);
            if (typeof t.SignedRFC3161Timestamp === 'string')
                rfc3161Timestamps.push({ signedTimestamp: t.SignedRFC3161Timestamp });
        }
        catch {
            // An unreadable timestamp is ignored, as ToolHive ignores this annotation altogether.
        }
    }
    return {
        bundle: {
            mediaType: BUNDLE_V01,
            verificationMaterial: {
                x509CertificateChain: { certificates: [{ rawBytes: certDer.toString('base64') }] },
                tlogEntries,
                timestampVerificationData: { rfc3161Timestamps }
            },
            messageSignature: {
                messageDigest: { algorithm: 'SHA2_256', digest: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('base64') },
                signature
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/io/sigstore/discover.ts
// Signature discovery for one image digest, from every source: the legacy cosign tag
// `sha256-<hex>.sig` and OCI referrers (API, then tag schema). Unlike ToolHive, the `.sig` tag does
// not shadow referrers: both are read and every candidate gets its chance.
// Registry data is attacker-controlled: shapes are checked, sizes capped, digests verified.



const CAPS = {
    sigLayers: 20,
    simpleSigningPayload: 1024 * 1024,
    bundle: 10 * 1024 * 1024
};
const discover_short = (d) => `${d.slice(0, 19)}…`;
function errText(e) {
    return e instanceof ContainerRegistryError ? e.message : `unexpected error: ${e?.message ?? String(e)}`;
}
function layersOf(json) {
    const ls = Array.isArray(json.layers) ? json.layers : [];
    return ls.filter((l) => typeof l === 'object' && l !== null && typeof l.digest === 'string');
}
async function fromCosignTag(client, repo, digest) {
    const tag = `sha256-${digest.slice('sha256:'.length)}.sig`;
    const m = await client.getManifest(repo, tag, true);
    if (!m)
        return { found: false, candidates: [] };
    const layers = layersOf(m.json)
        .filter((l) => l.mediaType === COSIGN_SIMPLESIGNING)
        .slice(0, CAPS.sigLayers);
    const out = [];
    for (const [i, layer] of layers.entries()) {
        const label = `cosign .sig layer ${i + 1}`;
        try {
            if (typeof layer.size === 'number' && layer.size > CAPS.simpleSigningPayload) {
                out.push({ source: 'cosign-sig', label, problem: 'signed payload is too large' });
                continue;
            }
            const payload = await client.getBlob(repo, layer.digest, CAPS.simpleSigningPayload);
            let parsed;
            try {
                parsed = JSON.parse(payload.toString('utf8'));
            }
            catch {
                out.push({ source: 'cosign-sig', label, problem: 'signed payload is not JSON' });
                continue;
            }
            const conv = legacyLayerToBundle(layer.annotations, payload);
            if ('problem' in conv)
                out.push({ source: 'cosign-sig', label, problem: conv.problem });
            else
                out.push({ source: 'cosign-sig', label, bundle: conv.bundle, data: payload, simpleSigningPayload: parsed });
        }
        catch (e) {
            out.push({ source: 'cosign-sig', label, problem: errText(e) });
        }
    }
    return { found: true, candidates: out };
}
function isBundleManifest(d, json) {
    const at = typeof json.artifactType === 'string' ? json.artifactType : d.artifactType;
    if (at?.startsWith(SIGSTORE_BUNDLE_PREFIX))
        return true;
    // GHCR's fallback index drops artifactType: look at the config and layer media types too.
    const cfg = json.config;
    if (typeof cfg?.mediaType === 'string' && cfg.mediaType.startsWith(SIGSTORE_BUNDLE_PREFIX))
        return true;
    return layersOf(json).some((l) => l.mediaType?.startsWith(SIGSTORE_BUNDLE_PREFIX));
}
async function fromReferrers(client, repo, digest) {
    const refs = await client.referrers(repo, digest, SIGSTORE_BUNDLE_PREFIX);
    const out = [];
    for (const d of refs.descriptors) {
        const label = `referrer ${discover_short(d.digest)}`;
        // Skip what is plainly something else (SBOMs, in-toto DSSE layers of old cosign attest).
        if (d.artifactType && d.artifactType !== OCI_EMPTY && !d.artifactType.startsWith(SIGSTORE_BUNDLE_PREFIX))
            continue;
        try {
            const m = await client.getManifest(repo, d.digest);
            if (!m)
                continue;
            if (!isBundleManifest(d, m.json))
                continue;
            const subject = m.json.subject;
            if (subject?.digest !== digest) {
                out.push({ source: 'referrer', label, problem: `referrer names another subject (${String(subject?.digest ?? 'none')})` });
                continue;
            }
            const layer = layersOf(m.json)[0];
            if (!layer) {
                out.push({ source: 'referrer', label, problem: 'referrer has no bundle layer' });
                continue;
            }
            if (typeof layer.size === 'number' && layer.size > CAPS.bundle) {
                out.push({ source: 'referrer', label, problem: 'bundle is too large' });
                continue;
            }
            const blob = await client.getBlob(repo, layer.digest, CAPS.bundle);
            let bundle;
            try {
                bundle = JSON.parse(blob.toString('utf8'));
            }
            catch {
                out.push({ source: 'referrer', label, problem: 'bundle is not JSON' });
                continue;
            }
            if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) {
                out.push({ source: 'referrer', label, problem: 'bundle is not a JSON object' });
                continue;
            }
            const b = bundle;
            let data;
            // A message signature is over the subject manifest's bytes: fetch them (digest-checked, memoised).
            if (b.messageSignature)
                data = (await client.getManifest(repo, digest))?.bytes;
            out.push({ source: 'referrer', label, bundle: b, data });
        }
        catch (e) {
            out.push({ source: 'referrer', label, problem: errText(e) });
        }
    }
    return { source: refs.source, candidates: out };
}
/** Gather every candidate signature for `digest`. Source failures are recorded, not thrown. */
async function discoverSignatures(client, repo, digest) {
    const [sig, ref] = await Promise.allSettled([fromCosignTag(client, repo, digest), fromReferrers(client, repo, digest)]);
    const sourceErrors = [];
    const candidates = [];
    let cosignSig = false;
    let referrers = 'none';
    if (sig.status === 'fulfilled') {
        cosignSig = sig.value.found;
        candidates.push(...sig.value.candidates);
    }
    else
        sourceErrors.push(`cosign signature tag: ${errText(sig.reason)}`);
    if (ref.status === 'fulfilled') {
        referrers = ref.value.source;
        candidates.push(...ref.value.candidates);
    }
    else
        sourceErrors.push(`referrers: ${errText(ref.reason)}`);
    return { digest, candidates, sourceErrors, sources: { cosignSig, referrers } };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
;// CONCATENATED MODULE: ./src/core/provenance/payload.ts
// Checks that bind a signature to the candidate's digest. ToolHive does not read the simplesigning
// payload (a `.sig` copied from another image verifies there); we do, like cosign itself. Pure.
const payload_DIGEST_RE = /^sha256:[0-9a-f]{64}$/;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Error text when a cosign simplesigning payload does not name `digest`; undefined when it does. */
function checkSimpleSigningPayload(payload, digest) {
    if (!isObject(payload) || !isObject(payload.critical))
        return 'signed payload is not a cosign simplesigning document';
    const image = payload.critical.image;
    const named = isObject(image) ? image['docker-manifest-digest'] : undefined;
    if (typeof named !== 'string')
        return 'signed payload names no image digest';
    if (named !== digest)
        return `signature is for another image (payload names ${named}, candidate is ${digest})`;
    return undefined;
}
/** Parse an in-toto statement loosely; undefined when it is not one. */
function asStatement(v) {
    if (!isObject(v) || !Array.isArray(v.subject))
        return undefined;
    return v;
}
/** Error text when the statement's subject list does not contain `digest`. */
function checkStatementSubject(st, digest) {
    if (!payload_DIGEST_RE.test(digest))
        return `unsupported digest ${digest}`;
    const hex = digest.slice('sha256:'.length);
    const subjects = Array.isArray(st.subject) ? st.subject : [];
    const hit = subjects.some((s) => isObject(s) && isObject(s.digest) && s.digest.sha256 === hex);
    if (hit)
        return undefined;
    const named = subjects
        .map((s) => (isObject(s) && isObject(s.digest) && typeof s.digest.sha256 === 'string' ? `sha256:${s.digest.sha256}` : ''))
        .filter(Boolean)
        .slice(0, 3);
    return `attestation is for another image (subject ${named.join(', ') || 'empty'}, candidate is ${digest})`;
}
/** Error text when a message signature's digest is not the candidate's (hex of sha256 in base64 form). */
function checkMessageDigest(algorithm, digestHex, digest) {
    if (algorithm !== 'SHA2_256')
        return `unsupported message digest algorithm ${algorithm ?? '(none)'}`;
    if (`sha256:${digestHex}` !== digest)
        return `signature is for another image (sha256:${digestHex}, candidate is ${digest})`;
    return undefined;
}
/**
 * JSON structural equality; numbers compare as numbers (YAML int == JSON float, as structpb does).
 * Walks with an explicit stack: a registry entry may nest its predicate thousands deep.
 */
function jsonEqual(a, b) {
    const pending = [[a, b]];
    while (pending.length > 0) {
        const [x, y] = pending.pop();
        if (x === y)
            continue;
        if (typeof x === 'number' || typeof y === 'number')
            return false;
        if (Array.isArray(x) || Array.isArray(y)) {
            if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length)
                return false;
            for (let i = x.length - 1; i >= 0; i--)
                pending.push([x[i], y[i]]);
            continue;
        }
        if (!isObject(x) || !isObject(y))
            return false;
        // structpb drops nothing, but `undefined` members do not exist in JSON: ignore them.
        const kx = Object.keys(x).filter((k) => x[k] !== undefined);
        const ky = Object.keys(y).filter((k) => y[k] !== undefined);
        if (kx.length !== ky.length)
            return false;
        for (let i = kx.length - 1; i >= 0; i--) {
            const k = kx[i];
            if (!Object.prototype.hasOwnProperty.call(y, k))
                return false;
            pending.push([x[k], y[k]]);
        }
    }
    return true;
}
/**
 * toolhive-core HEAD semantics (#248, fail closed): no expectation = no constraint; otherwise a
 * statement is required, `predicate_type` must be equal when set, `predicate` deep-equal when set.
 */
function matchAttestation(st, want) {
    if (!want)
        return [];
    const hasType = typeof want.predicate_type === 'string' && want.predicate_type !== '';
    const hasPredicate = want.predicate !== undefined && want.predicate !== null;
    if (!hasType && !hasPredicate)
        return [];
    if (!st)
        return ['attestation: the registry expects an attestation, this signature carries none'];
    const out = [];
    if (hasType && st.predicateType !== want.predicate_type) {
        out.push(`attestation.predicate_type: want "${want.predicate_type}", got "${st.predicateType ?? ''}"`);
    }
    if (hasPredicate && !jsonEqual(st.predicate, want.predicate))
        out.push('attestation.predicate: differs from the registry');
    return out;
}

;// CONCATENATED MODULE: ./src/io/sigstore/certificate.ts
// Leaf-certificate summary (the Fulcio fields ToolHive compares), read with @sigstore/core.

const FULCIO = '1.3.6.1.4.1.57264.1';
const OID = {
    issuerV1: `${FULCIO}.1`,
    issuerV2: `${FULCIO}.8`,
    buildSignerURI: `${FULCIO}.9`,
    runnerEnvironment: `${FULCIO}.11`,
    sourceRepositoryURI: `${FULCIO}.12`,
    sourceRepositoryDigest: `${FULCIO}.13`,
    sourceRepositoryRef: `${FULCIO}.14`
};
/**
 * Fulcio v2 extensions (.8 and up) hold a DER UTF8String; v1 (.1–.6) hold raw bytes. Decode the
 * former ourselves (sigstore-js policy compares raw bytes, which is why we do not use it).
 */
function decodeExtensionValue(v) {
    if (v.length >= 2 && v[0] === 0x0c) {
        let len = v[1];
        let off = 2;
        if (len & 0x80) {
            const n = len & 0x7f;
            if (n === 0 || n > 4 || v.length < 2 + n)
                return v.toString('utf8');
            len = 0;
            for (let k = 0; k < n; k++)
                len = len * 256 + v[2 + k];
            off = 2 + n;
        }
        if (off + len === v.length)
            return v.subarray(off).toString('utf8');
    }
    return v.toString('utf8');
}
function summarizeCertificate(cert) {
    const ext = (oid) => {
        const e = cert.extension(oid);
        return e ? decodeExtensionValue(Buffer.from(e.value)) : undefined;
    };
    return {
        subjectAlternativeName: cert.subjectAltName,
        issuer: ext(OID.issuerV2) ?? ext(OID.issuerV1),
        buildSignerURI: ext(OID.buildSignerURI),
        runnerEnvironment: ext(OID.runnerEnvironment),
        sourceRepositoryURI: ext(OID.sourceRepositoryURI),
        sourceRepositoryRef: ext(OID.sourceRepositoryRef),
        sourceRepositoryDigest: ext(OID.sourceRepositoryDigest)
    };
}
function summarizeDer(der) {
    return summarizeCertificate(dist.X509Certificate.parse(der));
}

;// CONCATENATED MODULE: ./src/io/sigstore/evaluate-signature.ts
// One candidate signature against one image digest and the catalog entry's provenance: the
// bundle verifies against the trusted root, names this digest, and its certificate matches.






function errorText(e) {
    const err = e;
    const code = typeof err?.code === 'string' ? `${err.code}: ` : '';
    return `${code}${typeof err?.message === 'string' ? err.message : String(e)}`;
}
function leafDer(b) {
    const c = b.verificationMaterial.content;
    if (c.$case === 'x509CertificateChain')
        return c.x509CertificateChain.certificates[0]?.rawBytes;
    if (c.$case === 'certificate')
        return c.certificate.rawBytes;
    return undefined;
}
/** The digest binding we add on top of ToolHive, and the in-toto statement when there is one. */
function bindingCheck(c, b, digest) {
    if (c.source === 'cosign-sig')
        return { error: checkSimpleSigningPayload(c.simpleSigningPayload, digest) };
    if (b.content.$case === 'dsseEnvelope') {
        const env = b.content.dsseEnvelope;
        if (env.payloadType !== 'application/vnd.in-toto+json')
            return { error: `unsupported DSSE payload type ${env.payloadType}` };
        let st;
        try {
            st = asStatement(JSON.parse(env.payload.toString('utf8')));
        }
        catch {
            st = undefined;
        }
        if (!st)
            return { error: 'DSSE payload is not an in-toto statement' };
        return { error: checkStatementSubject(st, digest), statement: st };
    }
    const md = b.content.messageSignature.messageDigest;
    const alg = md ? (0,protobuf_specs_dist.hashAlgorithmToJSON)(md.algorithm) : undefined;
    return { error: checkMessageDigest(alg, md?.digest.toString('hex') ?? '', digest) };
}
/** Verify the bundle cryptographically, then match its certificate with the provenance. */
function evaluateSignature(c, digest, prov, trust) {
    if (c.problem || !c.bundle)
        return { kind: 'unusable', text: `${c.label}: ${c.problem ?? 'no bundle'}` };
    let b;
    try {
        b = (0,bundle_dist/* bundleFromJSON */.vw)(c.bundle);
    }
    catch (e) {
        return { kind: 'invalid', text: `${c.label}: malformed bundle (${errorText(e)})` };
    }
    const der = leafDer(b);
    if (!der)
        return { kind: 'unusable', text: `${c.label}: key-signed bundle (no certificate): unsupported` };
    const binding = bindingCheck(c, b, digest);
    if (binding.error)
        return { kind: 'other-image', text: `${c.label}: ${binding.error}` };
    try {
        trust.verifier.verify((0,verify_dist/* toSignedEntity */.DC)(b, c.data));
    }
    catch (e) {
        return { kind: 'invalid', text: `${c.label}: ${errorText(e)}` };
    }
    let summary;
    try {
        summary = summarizeDer(der);
    }
    catch (e) {
        return { kind: 'invalid', text: `${c.label}: unreadable certificate (${errorText(e)})` };
    }
    const mismatches = [...matchProvenance(summary, prov), ...matchAttestation(binding.statement, prov.attestation)];
    if (mismatches.length)
        return { kind: 'mismatch', text: `${c.label}: ${mismatches.join('; ')}` };
    return { kind: 'verified', summary };
}

;// CONCATENATED MODULE: ./src/io/sigstore/pick-outcome.ts
const PRIORITY = { mismatch: 0, 'other-image': 1, invalid: 2, unusable: 3 };
const LEAD = {
    mismatch: 'signature does not match the registry provenance',
    'other-image': 'signature does not name this image',
    invalid: 'signature invalid',
    unusable: 'no usable signature'
};
function unverifiedOutcome(digest, failures, sourceErrors, trustedRoot) {
    const sorted = [...failures].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
    const head = sorted[0];
    const details = sorted
        .filter((f) => f.kind === head.kind)
        .slice(0, 3)
        .map((f) => f.text);
    const more = sorted.length > details.length ? ` (+${sorted.length - details.length} more)` : '';
    const src = sourceErrors.length ? `; ${sourceErrors.join('; ')}` : '';
    return {
        status: 'unverified',
        digest,
        reason: `not verified: ${LEAD[head.kind]}: ${details.join(' | ')}${more}${src}`,
        trusted_root: trustedRoot
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(4423);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
;// CONCATENATED MODULE: ./src/io/sigstore/trusted-root.ts
// The sigstore trusted root, loaded once per run: a user-supplied trusted_root.json (skips TUF
// entirely), else the public-good root over TUF cached under RUNNER_TEMP, else the snapshot
// shipped inside @sigstore/tuf (TUF-verified when the package was published, pinned by the lockfile).








const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/** ToolHive's public-good thresholds (WithSignedCertificateTimestamps/TransparencyLog/ObserverTimestamps(1)). */
const PUBLIC_GOOD_THRESHOLDS = { ctlogThreshold: 1, tlogThreshold: 1, timestampThreshold: 1 };
function verifierFor(root, thresholds) {
    return new verify_dist/* Verifier */.BL((0,verify_dist/* toTrustMaterial */.jO)(root), thresholds);
}
/**
 * Read and parse a user-supplied trusted_root.json (cosign `--trusted-root` format). Thresholds
 * follow what the root provides: a private instance without CT logs or Rekor (GitHub's) relies on
 * its timestamp authority alone, like ToolHive's options for tuf-repo.github.com.
 */
function loadTrustedRootFile(path, cwd = '') {
    let root;
    try {
        root = protobuf_specs_dist.TrustedRoot.fromJSON(JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, path), 'utf8')));
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j('trusted-root', `cannot use trusted root: ${e.message}`, { file: path }, 'pass a sigstore trusted_root.json, as cosign --trusted-root takes', { cause: e });
    }
    if (root.certificateAuthorities.length === 0) {
        throw new errors/* ConfigurationError */.j('trusted-root', 'trusted root lists no certificate authority', { file: path });
    }
    return {
        verifier: verifierFor(root, {
            ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
            tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
            timestampThreshold: 1
        }),
        source: path
    };
}
/** The public-good trusted_root.json shipped in @sigstore/tuf's seeds. */
function embeddedTrustedRoot() {
    const entry = seeds[PUBLIC_GOOD_MIRROR];
    const b64 = entry?.targets?.['trusted_root.json'];
    if (!b64)
        throw new Error('@sigstore/tuf ships no trusted_root.json');
    return protobuf_specs_dist.TrustedRoot.fromJSON(JSON.parse(Buffer.from(b64, 'base64').toString('utf8')));
}
function defaultCacheDir() {
    return (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'sigstore-tuf');
}
/** Public-good root: TUF refresh, else the embedded snapshot (said so in the log). */
async function loadPublicGoodTrust(o = {}) {
    const log = o.log ?? (() => { });
    try {
        const root = await (0,tuf_dist.getTrustedRoot)({
            cachePath: o.cacheDir ?? defaultCacheDir(),
            mirrorURL: o.mirrorURL ?? PUBLIC_GOOD_MIRROR,
            rootPath: o.rootPath,
            timeout: o.tufTimeoutMs ?? 10_000,
            retry: o.tufRetries === 0 ? false : { retries: o.tufRetries ?? 2 }
        });
        log('sigstore: trusted root refreshed over TUF');
        return { verifier: verifierFor(root, PUBLIC_GOOD_THRESHOLDS), source: 'tuf' };
    }
    catch (e) {
        const why = e.message?.split('\n')[0] ?? String(e);
        log(`sigstore: TUF refresh failed (${why}); using the trusted root shipped with @sigstore/tuf`);
        return { verifier: verifierFor(embeddedTrustedRoot(), PUBLIC_GOOD_THRESHOLDS), source: 'embedded' };
    }
}

;// CONCATENATED MODULE: ./src/io/sigstore/verify-candidate.ts
// Verify a candidate image before it is proposed, in named steps: resolve the tag to its digest,
// gather every signature (cosign `.sig` tag and referrers), verify each bundle against the
// sigstore trusted root and match it with the entry's provenance as ToolHive does, then pick the
// outcome. Accept when at least one signature verifies and matches. `verify` never throws for
// per-image problems: they become `unverified` with a reason.










function stableJSON(v) {
    if (Array.isArray(v))
        return `[${v.map(stableJSON).join(',')}]`;
    if (v && typeof v === 'object') {
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${stableJSON(v[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v) ?? 'null';
}
function createCandidateVerifier(opts) {
    const log = opts.log ?? (() => { });
    // A bad trusted-root file is a run-wide configuration error: surface it now (ConfigurationError).
    const fileTrust = opts.trustedRootFile ? loadTrustedRootFile(opts.trustedRootFile, opts.cwd) : undefined;
    let trustSource = fileTrust?.source;
    let trustPromise = fileTrust ? Promise.resolve(fileTrust) : undefined;
    const client = opts.client ?? new OciClient({ credentials: opts.credentials, insecureHosts: opts.insecureHosts, timeoutMs: opts.timeoutMs, log });
    /** Per image reference for the run (concurrent callers share one promise). */
    const gathered = new Map();
    const results = new Map();
    const trust = () => {
        trustPromise ??= loadPublicGoodTrust({
            cacheDir: opts.cacheDir,
            mirrorURL: opts.tuf?.mirrorURL,
            rootPath: opts.tuf?.rootPath,
            tufRetries: opts.tuf?.retries,
            tufTimeoutMs: opts.timeoutMs,
            log
        }).then((t) => {
            trustSource = t.source;
            return t;
        });
        return trustPromise;
    };
    /** Step 1: the digest the reference points at. */
    const resolveDigest = async (ref) => ref.digest ?? (await client.resolve(ref, ref.tag ?? 'latest'));
    /** Steps 1–2, once per image reference: resolve the digest, then gather its signatures. */
    const gatherSignatures = (ref) => {
        const key = `${ref.apiHost}/${ref.repository}:${ref.tag ?? ''}@${ref.digest ?? ''}`;
        let p = gathered.get(key);
        if (!p) {
            p = (async () => {
                let digest;
                try {
                    digest = await resolveDigest(ref);
                }
                catch (e) {
                    return { error: e instanceof ContainerRegistryError ? e.message : errorText(e) };
                }
                return discoverSignatures(client, ref, digest);
            })();
            gathered.set(key, p);
        }
        return p;
    };
    /** The entry's sigstore instance must be one we can verify against. */
    const unsupportedInstance = (prov) => {
        if (fileTrust)
            return undefined;
        const inst = classifySigstoreUrl(prov.sigstore_url);
        if (inst.kind !== 'unsupported')
            return undefined;
        return {
            status: 'unverified',
            reason: `not verified: sigstore_url "${inst.host}" is not supported (only ${PUBLIC_GOOD_TUF_HOST}; a trusted-root file can replace it)`
        };
    };
    const run = async (image, prov) => {
        const refused = unsupportedInstance(prov);
        if (refused)
            return refused;
        let ref;
        try {
            ref = parseImageRef(image);
        }
        catch (e) {
            return { status: 'unverified', reason: `not verified: ${e.message}` };
        }
        const d = await gatherSignatures(ref);
        if ('error' in d)
            return { status: 'unverified', reason: `not verified: ${d.error}` };
        const { digest } = d;
        if (d.candidates.length === 0) {
            const reason = d.sourceErrors.length
                ? `not verified: ${d.sourceErrors.join('; ')}`
                : `not signed: no cosign signature or sigstore bundle found for ${digest}`;
            return { status: 'unverified', digest, reason };
        }
        let t;
        if (d.candidates.some((c) => !c.problem)) {
            try {
                t = await trust();
            }
            catch (e) {
                return { status: 'unverified', digest, reason: `not verified: no sigstore trusted root (${errorText(e)})` };
            }
        }
        // Steps 3–4: verify each bundle and match it with the provenance; the first that passes wins.
        const failures = [];
        for (const c of d.candidates) {
            const o = t ? evaluateSignature(c, digest, prov, t) : { kind: 'unusable', text: `${c.label}: ${c.problem}` };
            if (o.kind === 'verified') {
                log(`sigstore: ${image} verified (${c.label}) at ${digest}`);
                return { status: 'verified', digest, signer: signerOf(o.summary), trusted_root: t?.source, signature_source: c.source };
            }
            log(`sigstore: ${image}: ${o.text}`);
            failures.push(o);
        }
        // Step 5: none passed; say why, most telling failure first.
        return unverifiedOutcome(digest, failures, d.sourceErrors, t?.source);
    };
    return {
        verify(image, provenance) {
            if (!provenance)
                return Promise.resolve({ status: 'unverified', reason: verification/* NO_PROVENANCE_REASON */.R_ });
            const key = `${image}\n${stableJSON(provenance)}`;
            let p = results.get(key);
            if (!p) {
                p = run(image, provenance).catch((e) => ({
                    status: 'unverified',
                    reason: `not verified: unexpected error: ${errorText(e)}`
                }));
                results.set(key, p);
            }
            return p;
        },
        trustedRootSource: () => trustSource
    };
}


/***/ })

};
