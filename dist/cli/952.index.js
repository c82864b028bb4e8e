export const id = 952;
export const ids = [952];
export const modules = {

/***/ 7952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRemoteRegistry: () => (/* binding */ openRemoteRegistry)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/catalog/build.ts + 1 modules
var build = __webpack_require__(7142);
// EXTERNAL MODULE: ./src/core/catalog/errors.ts
var errors = __webpack_require__(6440);
// EXTERNAL MODULE: ./src/core/catalog/go-json.ts
var go_json = __webpack_require__(120);
// EXTERNAL MODULE: ./src/io/catalog/json-text.ts
var json_text = __webpack_require__(9798);
// EXTERNAL MODULE: ./src/io/http/redact.ts
var redact = __webpack_require__(8812);
;// CONCATENATED MODULE: ./src/io/catalog/api-client.ts
// The MCP registry v0.1 API as ToolHive's client calls it (stacklok/toolhive pkg/registry/api/client.go):
// list with cursor pagination (limit 100, version=latest, ≤ 10000 servers), get latest version
// by name, search. Query strings are url.Values.Encode()d (alphabetical keys, QueryEscape).




const MAX_SERVERS = 10_000;
const PAGE_LIMIT = 100;
const hex = (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
/** Go's url.PathEscape: `/` becomes %2F; `$&+:=@` stay; `!'()*` are escaped. */
function goPathEscape(s) {
    return encodeURIComponent(s)
        .replace(/[!'()*]/g, hex)
        .replace(/%(24|26|2B|3A|3D|40)/g, (_m, h) => String.fromCharCode(parseInt(h, 16)));
}
/** Go's url.QueryEscape: space becomes `+`; `!'()*` are escaped. */
function goQueryEscape(s) {
    return encodeURIComponent(s).replace(/[!'()*]/g, hex).replace(/%20/g, '+');
}
function encodeQuery(params) {
    return Object.keys(params)
        .sort()
        .map((k) => `${goQueryEscape(k)}=${goQueryEscape(params[k])}`)
        .join('&');
}
/** `https://host/registry/default/` → `https://host/registry/default` (one trailing slash, as ToolHive). */
function apiBase(url) {
    const s = url.toString();
    return s.endsWith('/') ? s.slice(0, -1) : s;
}
/** Non-200 → typed error; 401/403 are ToolHive's ErrRegistryUnauthorized. */
function statusError(res, requested, what, token) {
    const url = (0,redact/* redactUrl */.BO)(requested);
    const excerpt = (0,redact/* bodyExcerpt */.kG)(res.body, [token]);
    const detail = excerpt ? `: ${excerpt}` : '';
    if (res.status === 401 || res.status === 403) {
        return new errors/* RegistryError */.g('registry-unauthorized', `${what} at ${url} refused access (HTTP ${res.status})${detail}`, { url }, token
            ? 'the registry did not accept the token given with --registry-token / registry-token; check that it is valid and grants access to this registry'
            : 'pass a token with --registry-token / registry-token', res.status);
    }
    return new errors/* RegistryError */.g('registry-http', `${what} at ${url} returned HTTP ${res.status}${detail}`, { url }, undefined, res.status);
}
/** Parses a JSON body; a syntax error is a `registry-invalid-json` error naming the URL and line. */
function parseJsonBody(res, requested, what) {
    const parsed = (0,json_text/* parseJsonText */.l)(res.body.toString('utf8'));
    if (parsed.ok)
        return parsed.value;
    const url = (0,redact/* redactUrl */.BO)(requested);
    throw new errors/* RegistryError */.g('registry-invalid-json', `${what} at ${url} is not valid JSON (line ${parsed.line}, column ${parsed.column}: ${parsed.reason})`, { url, line: parsed.line });
}
/** A list response's `servers` and `metadata.nextCursor` (struct keys fold case, as Go decodes them). */
function readListPage(doc, requested) {
    const bad = (why) => new errors/* RegistryError */.g('registry-format', `registry API list at ${(0,redact/* redactUrl */.BO)(requested)} ${why}`, { url: (0,redact/* redactUrl */.BO)(requested) });
    if (!(0,go_json/* isObject */.Gv)(doc))
        throw bad('is not a JSON object');
    const servers = (0,go_json/* field */.ZZ)(doc, 'servers');
    if (servers !== undefined && servers !== null && !Array.isArray(servers))
        throw bad('has a "servers" value that is not an array');
    const metadata = (0,go_json/* field */.ZZ)(doc, 'metadata');
    if (metadata !== undefined && metadata !== null && !(0,go_json/* isObject */.Gv)(metadata))
        throw bad('has a "metadata" value that is not an object');
    const cursor = metadata ? (0,go_json/* field */.ZZ)(metadata, 'nextCursor') : undefined;
    if (cursor !== undefined && cursor !== null && typeof cursor !== 'string')
        throw bad('has a "metadata.nextCursor" that is not a string');
    return { items: servers ?? [], nextCursor: cursor ?? '' };
}
class RegistryApiClient {
    http;
    base;
    opts;
    constructor(http, base, opts) {
        this.http = http;
        this.base = base;
        this.opts = opts;
    }
    listUrl(cursor, limit = PAGE_LIMIT) {
        const params = { limit: String(limit), version: 'latest' };
        if (cursor !== '')
            params.cursor = cursor;
        return new URL(`${this.base}/v0.1/servers?${encodeQuery(params)}`);
    }
    async fetchPage(cursor, limit = PAGE_LIMIT) {
        const url = this.listUrl(cursor, limit);
        const res = await this.http.get(url, 'registry API');
        if (res.status !== 200)
            throw statusError(res, url, 'registry API', this.opts.token);
        return readListPage(parseJsonBody(res, url, 'registry API list'), url);
    }
    /** Every server (ServerResponse items), following `nextCursor`; `first` is a page already fetched. */
    async listAll(first) {
        const all = [];
        const seen = new Set();
        let page = first ?? (await this.fetchPage(''));
        for (;;) {
            all.push(...page.items);
            if (page.nextCursor === '')
                return all;
            if (all.length > MAX_SERVERS) {
                throw new errors/* RegistryError */.g('registry-too-large', `registry API at ${(0,redact/* redactUrl */.BO)(this.base)} lists more than ${MAX_SERVERS} servers (ToolHive's limit)`, {
                    url: (0,redact/* redactUrl */.BO)(this.base),
                });
            }
            // ToolHive would loop forever on a cursor that never advances; stop instead.
            if (seen.has(page.nextCursor)) {
                throw new errors/* RegistryError */.g('registry-format', `registry API at ${(0,redact/* redactUrl */.BO)(this.base)} repeated pagination cursor ${JSON.stringify(page.nextCursor)}`, {
                    url: (0,redact/* redactUrl */.BO)(this.base),
                });
            }
            seen.add(page.nextCursor);
            this.opts.log(`registry: ${all.length} servers so far, fetching next page`);
            page = await this.fetchPage(page.nextCursor);
        }
    }
    /** GET …/servers/{name}/versions/latest. Any failure (transport, status, body) is "not this way". */
    async getLatest(name) {
        const url = new URL(`${this.base}/v0.1/servers/${goPathEscape(name)}/versions/latest`);
        let res;
        try {
            res = await this.http.get(url, 'registry API');
        }
        catch (error) {
            if (error instanceof errors/* RegistryError */.g)
                return { ok: false, why: error.message };
            throw error;
        }
        if (res.status !== 200)
            return { ok: false, why: `HTTP ${res.status}` };
        const parsed = (0,json_text/* parseJsonText */.l)(res.body.toString('utf8'));
        if (!parsed.ok || !(0,go_json/* isObject */.Gv)(parsed.value))
            return { ok: false, why: 'response is not a JSON object' };
        const server = (0,go_json/* field */.ZZ)(parsed.value, 'server');
        // A non-object `server` fails Go's decode (error); a missing one is the zero ServerJSON.
        if (server !== undefined && server !== null && !(0,go_json/* isObject */.Gv)(server))
            return { ok: false, why: '"server" is not an object' };
        return { ok: true, server: server ?? {} };
    }
    /** GET …/servers?search=<q>&version=latest (one page). Throws on any failure. */
    async search(query) {
        const url = new URL(`${this.base}/v0.1/servers?${encodeQuery({ search: query, version: 'latest' })}`);
        const res = await this.http.get(url, 'registry API');
        if (res.status !== 200)
            throw statusError(res, url, 'registry API search', this.opts.token);
        const page = readListPage(parseJsonBody(res, url, 'registry API search'), url);
        return page.items.map((item) => ((0,go_json/* isObject */.Gv)(item) ? (0,go_json/* field */.ZZ)(item, 'server') : undefined));
    }
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: ./src/io/http/backoff.ts
var backoff = __webpack_require__(3433);
;// CONCATENATED MODULE: ./src/io/http/loopback.ts
// Loopback addresses: where plain HTTP and unthrottled clients are fine (tests, local stand-ins).
/** localhost, *.localhost, ::1 or 127.x.x.x (brackets around an IPv6 literal are allowed). */
function isLoopbackHost(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}
/** Whether `url` parses and names a loopback host; false when absent or not a URL. */
function isLoopbackUrl(url) {
    if (!url)
        return false;
    try {
        return isLoopbackHost(new URL(url).hostname);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/io/http/read-capped.ts
var read_capped = __webpack_require__(8395);
// EXTERNAL MODULE: ./src/io/http/retry-after.ts
var retry_after = __webpack_require__(6520);
;// CONCATENATED MODULE: ./src/io/catalog/http.ts
// GET against a registry host over undici: per-request timeout (headers and body), a body size
// cap enforced while streaming, manual redirects (credentials only for the registry's origin),
// and retries with exponential back-off + jitter on network errors, 429 and 5xx, honouring
// Retry-After. Statuses are returned to the caller; only transport failures throw.








const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
/** A failure of the exchange itself (no HTTP status to show). */
class TransportFailure extends Error {
    retryable;
    hint;
    constructor(message, retryable, hint) {
        super(message);
        this.retryable = retryable;
        this.hint = hint;
    }
}
/** Plain HTTP only to loopback hosts (for tests and local registries). */
function checkScheme(u) {
    if (u.protocol === 'https:')
        return;
    if (u.protocol === 'http:' && isLoopbackHost(u.hostname))
        return;
    if (u.protocol === 'http:') {
        throw new errors/* RegistryError */.g('registry-invalid-source', `refusing plain http to ${u.host}`, { url: (0,redact/* redactUrl */.BO)(u) }, 'use an https:// URL (plain http is only allowed for loopback addresses)');
    }
    throw new errors/* RegistryError */.g('registry-invalid-source', `unsupported URL scheme ${u.protocol}`, { url: (0,redact/* redactUrl */.BO)(u) }, 'use an https:// URL or a file path');
}
function errorCode(error) {
    for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
        if (typeof e.code === 'string')
            return e.code;
    }
    return undefined;
}
function describeError(error) {
    const code = errorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    return code && !message.includes(code) ? `${code}: ${message}` : message;
}
class RegistryHttp {
    s;
    agent;
    constructor(s) {
        this.s = s;
        this.agent = new undici/* Agent */.g6({
            connect: s.ca ? { ca: [...external_node_tls_.rootCertificates, s.ca] } : {},
            headersTimeout: s.timeoutMs,
            bodyTimeout: s.timeoutMs,
        });
    }
    close() {
        return this.agent.close();
    }
    /** GET with retries. Throws RegistryError for transport failures, oversized bodies and bad redirects. */
    async get(url, what = 'registry') {
        for (let attempt = 0;; attempt++) {
            let result;
            let failure;
            try {
                result = await this.once(url);
            }
            catch (error) {
                if (!(error instanceof TransportFailure))
                    throw error;
                failure = error;
            }
            const retryable = failure ? failure.retryable : result.status === 429 || result.status >= 500;
            if (!retryable || attempt >= this.s.retries) {
                if (failure) {
                    const tries = attempt + 1;
                    throw new errors/* RegistryError */.g('registry-unreachable', `cannot reach ${what} at ${(0,redact/* redactUrl */.BO)(url)}: ${failure.message}${tries > 1 ? ` (after ${tries} attempts)` : ''}`, { url: (0,redact/* redactUrl */.BO)(url) }, failure.hint ?? 'check the registry URL and the network; the registry may be down');
                }
                return result;
            }
            const delay = this.delay(attempt, result);
            const why = failure ? failure.message : `HTTP ${result.status}`;
            this.s.log(`registry: ${why} from ${(0,redact/* redactUrl */.BO)(url)}; retry ${attempt + 1}/${this.s.retries} in ${delay}ms`);
            await new Promise((r) => setTimeout(r, delay));
        }
    }
    delay(attempt, result) {
        const cap = this.s.maxRetryDelayMs;
        const retryAfter = result ? (0,retry_after/* parseRetryAfter */.m)(result.headers['retry-after'], Date.now(), cap) : undefined;
        return retryAfter ?? (0,backoff/* backoffDelay */.E)(attempt, this.s.retryBaseMs, { capMs: cap, jitter: true });
    }
    headersFor(u) {
        const headers = { accept: 'application/json', 'user-agent': this.s.userAgent };
        if (u.origin === this.s.authOrigin) {
            if (this.s.token)
                headers.authorization = `Bearer ${this.s.token}`;
            else if (this.s.basic)
                headers.authorization = `Basic ${Buffer.from(this.s.basic).toString('base64')}`;
        }
        return headers;
    }
    async once(start) {
        let current = new URL(start);
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkScheme(current);
            const target = new URL(current);
            target.username = '';
            target.password = '';
            target.hash = '';
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(), this.s.timeoutMs);
            try {
                let res;
                try {
                    res = await (0,undici/* request */.Em)(target, { method: 'GET', headers: this.headersFor(current), dispatcher: this.agent, signal: controller.signal });
                }
                catch (error) {
                    throw this.transportFailure(error, controller.signal.aborted);
                }
                const location = res.headers.location;
                if (REDIRECTS.has(res.statusCode) && typeof location === 'string') {
                    await res.body.dump().catch(() => undefined);
                    current = new URL(location, current);
                    continue;
                }
                const body = await this.readBody(res, start, controller.signal);
                const headers = {};
                for (const [k, v] of Object.entries(res.headers))
                    if (v !== undefined)
                        headers[k] = Array.isArray(v) ? v.join(', ') : v;
                return { status: res.statusCode, headers, body, url: current };
            }
            finally {
                clearTimeout(timer);
            }
        }
        throw new errors/* RegistryError */.g('registry-http', `too many redirects from ${(0,redact/* redactUrl */.BO)(start)}`, { url: (0,redact/* redactUrl */.BO)(start) });
    }
    async readBody(res, url, signal) {
        const max = this.s.maxBytes;
        const tooLarge = () => new errors/* RegistryError */.g('registry-too-large', `response from ${(0,redact/* redactUrl */.BO)(url)} is larger than ${max} bytes`, { url: (0,redact/* redactUrl */.BO)(url) }, 'raise the registry size limit, or point at a smaller registry');
        try {
            return await (0,read_capped/* readCapped */.E)(res.body, max, tooLarge, res.headers['content-length']);
        }
        catch (error) {
            if (error instanceof errors/* RegistryError */.g)
                throw error;
            throw this.transportFailure(error, signal.aborted);
        }
    }
    transportFailure(error, timedOut) {
        const code = errorCode(error) ?? '';
        if (timedOut || /TIMEOUT/.test(code))
            return new TransportFailure(`timed out after ${this.s.timeoutMs}ms`, true);
        if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ALTNAME/.test(code)) {
            return new TransportFailure(`TLS certificate not trusted (${code})`, false, 'if the registry uses a private CA, pass its PEM bundle with --registry-ca / registry-ca');
        }
        return new TransportFailure((0,redact/* redactText */.Rd)(describeError(error), [this.s.token, this.s.basic]), true);
    }
}

// EXTERNAL MODULE: ./src/io/catalog/providers.ts + 1 modules
var providers = __webpack_require__(4750);
// EXTERNAL MODULE: ./src/io/catalog/open-catalog.ts
var open_catalog = __webpack_require__(8632);
;// CONCATENATED MODULE: ./src/io/catalog/remote.ts
// Registries reached over HTTP(S): a registry JSON document or an MCP registry API. Split from
// registry-source.ts so the HTTP stack is loaded only when a remote registry is used.










async function openRemoteRegistry(source, kind, opts, maxBytes, log) {
    const url = parseUrl(source);
    checkScheme(url);
    const http = new RegistryHttp({
        authOrigin: url.origin,
        token: opts.token || undefined,
        basic: url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
        ca: opts.caFile ? await readCa(opts.caFile) : undefined,
        timeoutMs: opts.timeoutMs ?? 30_000,
        retries: opts.retries ?? 3,
        maxBytes,
        userAgent: opts.userAgent ?? 'toolhive-upgrade-action',
        retryBaseMs: opts.retryBaseMs ?? 500,
        maxRetryDelayMs: opts.maxRetryDelayMs ?? 30_000,
        log,
    });
    try {
        let resolved = kind === 'api' ? 'api' : 'url';
        let firstPage;
        if (kind === 'auto' && !url.pathname.endsWith('.json') && url.search === '') {
            const probe = await probeApi(http, url, opts.token, log);
            resolved = probe.kind;
            firstPage = probe.page;
        }
        if (resolved === 'url') {
            const provider = (0,providers/* staticProvider */.M8)((0,open_catalog/* logged */.Jb)(await loadUrl(http, url, opts.token), log), 'url');
            await http.close();
            return provider;
        }
        if (url.search !== '' || url.hash !== '') {
            throw new errors/* RegistryError */.g('registry-invalid-source', `a registry API base URL cannot carry a query or fragment: ${(0,redact/* redactUrl */.BO)(url)}`, { url: (0,redact/* redactUrl */.BO)(url) });
        }
        const api = new RegistryApiClient(http, apiBase(url), { token: opts.token, log });
        const items = await api.listAll(firstPage);
        const registry = (0,open_catalog/* logged */.Jb)((0,build/* registryFromApiServers */.Y)(items, (0,redact/* redactUrl */.BO)(api.base)), log);
        return (0,providers/* apiProvider */.sW)(registry, api, { concurrency: opts.concurrency ?? 4, log, close: () => http.close() });
    }
    catch (error) {
        await http.close();
        throw error;
    }
}
function parseUrl(source) {
    try {
        return new URL(source);
    }
    catch {
        throw new errors/* RegistryError */.g('registry-invalid-source', `not a valid URL: ${(0,redact/* redactUrl */.BO)(source)}`, {}, 'use a file path, an https:// URL or an API base URL');
    }
}
async function readCa(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* RegistryError */.g('registry-invalid-source', `cannot read the registry CA bundle: ${error.code ?? String(error)}`, { file }, 'pass a PEM file with --registry-ca / registry-ca');
    }
}
async function loadUrl(http, url, token) {
    const res = await http.get(url, 'registry');
    if (res.status !== 200)
        throw statusError(res, url, 'registry', token);
    const doc = parseJsonBody(res, url, 'registry document');
    return (0,build/* buildRegistry */.M)(doc, (0,redact/* redactUrl */.BO)(url));
}
/**
 * `thv config set-registry`'s probe: GET {url}/v0.1/servers?limit=1&version=latest. A 2xx JSON
 * list page ⇒ API (the page is kept as the first page of the listing); 401/403 ⇒ API, which
 * would be refused the same way, so that is reported straight away; anything else ⇒ a document.
 */
async function probeApi(http, url, token, log) {
    const probeUrl = new URL(`${apiBase(url)}/v0.1/servers?limit=1&version=latest`);
    const res = await http.get(probeUrl, 'registry');
    if (res.status === 401 || res.status === 403)
        throw statusError(res, url, 'registry API', token);
    if (res.status >= 200 && res.status < 300 && (res.headers['content-type'] ?? '').includes('application/json')) {
        const parsed = (0,json_text/* parseJsonText */.l)(res.body.toString('utf8'));
        // The probe decodes into a plain map: exact keys `servers` (array) and `metadata` (object).
        if (parsed.ok && (0,go_json/* isObject */.Gv)(parsed.value) && Array.isArray(parsed.value.servers) && (0,go_json/* isObject */.Gv)(parsed.value.metadata)) {
            log(`registry: ${(0,redact/* redactUrl */.BO)(url)} answers the MCP registry API`);
            return { kind: 'api', page: readListPage(parsed.value, probeUrl) };
        }
    }
    log(`registry: ${(0,redact/* redactUrl */.BO)(url)} is not an MCP registry API (probe: HTTP ${res.status}); reading it as a registry document`);
    return { kind: 'url' };
}


/***/ }),

/***/ 3433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay)
/* harmony export */ });
// Exponential back-off between retries.
/** Delay before retry number `attempt` (0 for the first retry): `baseMs · 2^attempt`, capped, optionally jittered. */
function backoffDelay(attempt, baseMs, options = {}) {
    const backoff = Math.min(options.capMs ?? Infinity, baseMs * 2 ** attempt);
    if (!options.jitter)
        return backoff;
    const random = options.random ?? Math.random;
    return Math.round(backoff / 2 + (random() * backoff) / 2);
}


/***/ }),

/***/ 8395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readCapped)
/* harmony export */ });
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


/***/ }),

/***/ 6520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
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


/***/ })

};
