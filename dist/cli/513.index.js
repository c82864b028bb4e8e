export const id = 513;
export const ids = [513];
export const modules = {

/***/ 4513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRemoteRegistry: () => (/* binding */ openRemoteRegistry)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/catalog/build.ts
var build = __webpack_require__(6527);
// EXTERNAL MODULE: ./src/core/catalog/errors.ts
var errors = __webpack_require__(6440);
// EXTERNAL MODULE: ./src/core/catalog/go-json.ts
var go_json = __webpack_require__(120);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/io/http/client.ts + 4 modules
var http_client = __webpack_require__(9785);
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
/**
 * Most list pages read, whatever the cursors say: 10000 servers at 100 a page is 100 pages; this
 * leaves room for servers that cap pages lower, and stops one that hands out cursors forever.
 */
const MAX_LIST_PAGES = 500;
const hex = (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
/** Go's url.PathEscape: `/` becomes %2F; `$&+:=@` stay; `!'()*` are escaped. */
function goPathEscape(s) {
    return encodeURIComponent(s)
        .replace(/[!'()*]/g, hex)
        .replace(/%(24|26|2B|3A|3D|40)/g, (_m, h) => String.fromCharCode(parseInt(h, 16)));
}
/** Go's url.QueryEscape: space becomes `+`; `!'()*` are escaped. */
function goQueryEscape(s) {
    return encodeURIComponent(s)
        .replace(/[!'()*]/g, hex)
        .replace(/%20/g, '+');
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
/**
 * What an error body says, when it says it in words: a JSON or plain-text message. An HTML page
 * (a proxy's or web server's error page) is markup, not a reason; the status says enough.
 */
function errorBodyExcerpt(res, token) {
    const type = ((0,http_client/* header */.w)(res, 'content-type') ?? '').toLowerCase();
    const start = res.body.subarray(0, 512).toString('utf8').trimStart();
    if (type.includes('html') || type.includes('xml') || start.startsWith('<'))
        return '';
    return (0,redact/* bodyExcerpt */.kG)(res.body, [token]);
}
/** Non-200 → typed error; 401/403 are ToolHive's ErrRegistryUnauthorized. */
function statusError(res, requested, what, token) {
    const url = (0,redact/* redactUrl */.BO)(requested);
    const excerpt = errorBodyExcerpt(res, token);
    const detail = `${external_node_http_.STATUS_CODES[res.status] ? ` ${external_node_http_.STATUS_CODES[res.status]}` : ''}${excerpt ? `: ${excerpt}` : ''}`;
    if (res.status === 401 || res.status === 403) {
        return new errors/* RegistryError */.gl('registry-unauthorized', `${what} at ${url} refused access (HTTP ${res.status})${detail}`, { url }, token
            ? 'the registry did not accept the token given with --registry-token / registry-token; check that it is valid and grants access to this registry'
            : 'pass a token with --registry-token / registry-token', res.status);
    }
    return new errors/* RegistryError */.gl('registry-http', `${what} at ${url} returned HTTP ${res.status}${detail}`, { url }, undefined, res.status);
}
/** Parses a JSON body; a syntax error is a `registry-invalid-json` error naming the URL and line. */
function parseJsonBody(res, requested, what) {
    const parsed = (0,json_text/* parseJsonText */.l)(res.body.toString('utf8'));
    if (parsed.ok)
        return parsed.value;
    const url = (0,redact/* redactUrl */.BO)(requested);
    throw new errors/* RegistryError */.gl('registry-invalid-json', `${what} at ${url} is not valid JSON (line ${parsed.line}, column ${parsed.column}: ${parsed.reason})`, { url, line: parsed.line });
}
/** A list response's `servers` and `metadata.nextCursor` (struct keys fold case, as Go decodes them). */
function readListPage(doc, requested) {
    const bad = (why) => new errors/* RegistryError */.gl('registry-format', `registry API list at ${(0,redact/* redactUrl */.BO)(requested)} ${why}`, { url: (0,redact/* redactUrl */.BO)(requested) });
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
    /**
     * Every server (ServerResponse items), following `nextCursor`; `first` is a page already fetched.
     * Stops at a page that adds nothing new (a server handing out cursors over empty or repeated
     * pages would otherwise be asked forever), and fails past MAX_LIST_PAGES pages or MAX_SERVERS.
     */
    async listAll(first) {
        const all = [];
        const seenItems = new Set();
        const seenCursors = new Set();
        const base = (0,redact/* redactUrl */.BO)(this.base);
        let page = first ?? (await this.fetchPage(''));
        for (let pages = 1;; pages++) {
            let added = 0;
            for (const item of page.items) {
                const key = JSON.stringify(item);
                if (seenItems.has(key))
                    continue;
                seenItems.add(key);
                all.push(item);
                added++;
            }
            if (page.nextCursor === '')
                return all;
            if (all.length > MAX_SERVERS) {
                throw new errors/* RegistryError */.gl('registry-too-large', `registry API at ${base} lists more than ${MAX_SERVERS} servers (ToolHive's limit)`, {
                    url: base
                });
            }
            // ToolHive would loop forever on a cursor that never advances; stop instead.
            if (seenCursors.has(page.nextCursor)) {
                throw new errors/* RegistryError */.gl('registry-format', `registry API at ${base} repeated pagination cursor ${JSON.stringify(page.nextCursor)}`, { url: base });
            }
            if (added === 0 && pages > 1) {
                this.opts.log(`registry: page ${pages} of ${base} added no server; stopping the listing at ${all.length} servers`);
                return all;
            }
            if (pages >= MAX_LIST_PAGES) {
                throw new errors/* RegistryError */.gl('registry-too-large', `registry API at ${base} keeps paginating: more than ${MAX_LIST_PAGES} pages`, {
                    url: base
                });
            }
            seenCursors.add(page.nextCursor);
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
            // The run's time limit is not "not this way": it stops the run.
            if (error instanceof errors/* RegistryError */.gl && error.code !== 'registry-deadline')
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

// EXTERNAL MODULE: ./src/io/http/errors.ts
var http_errors = __webpack_require__(4534);
;// CONCATENATED MODULE: ./src/io/catalog/catalog-http.ts
// The catalog source's use of the shared HTTP client: JSON GETs with the source's credentials
// (sent only to the source's own origin), and transport failures as catalog errors.



class CatalogHttp {
    client;
    s;
    constructor(client, s) {
        this.client = client;
        this.s = s;
    }
    close() {
        return this.client.close();
    }
    /** GET with the shared retry policy. Throws RegistryError for failures of the exchange itself. */
    async get(url, what = 'registry') {
        const headers = { accept: 'application/json', 'user-agent': this.s.userAgent };
        if (url.origin === this.s.authOrigin) {
            if (this.s.token)
                headers.authorization = `Bearer ${this.s.token}`;
            else if (this.s.basic)
                headers.authorization = `Basic ${Buffer.from(this.s.basic).toString('base64')}`;
        }
        try {
            return await this.client.send(url, { method: 'GET', headers, maxBytes: this.s.maxBytes });
        }
        catch (error) {
            if (error instanceof http_errors/* HttpError */.j)
                throw this.translate(error, url, what);
            throw error;
        }
    }
    translate(error, url, what) {
        const safe = (0,redact/* redactUrl */.BO)(url);
        const cause = { cause: error };
        switch (error.code) {
            case 'http-deadline':
                return new errors/* RegistryError */.gl('registry-deadline', `${what} at ${safe} did not answer within the overall registry time limit of ${Math.round(this.s.deadlineMs / 1000)} s`, { url: safe }, 'the registry is slow or keeps paginating; raise the registry time limit or use another registry', undefined, cause);
            case 'http-too-large':
                return new errors/* RegistryError */.gl('registry-too-large', `response from ${safe} is larger than ${this.s.maxBytes} bytes`, { url: safe }, 'raise the registry size limit, or point at a smaller registry', undefined, cause);
            case 'http-insecure-transport':
                return new errors/* RegistryError */.gl('registry-invalid-source', `${error.message} (${safe})`, { url: safe }, 'use an https:// URL (plain http is only allowed for local addresses)', undefined, cause);
            case 'http-too-many-redirects':
                return new errors/* RegistryError */.gl('registry-http', `too many redirects from ${safe}`, { url: safe }, undefined, undefined, cause);
            default: {
                const tries = error.attempts > 1 ? ` (after ${error.attempts} attempts)` : '';
                const hint = error.code === 'http-tls'
                    ? 'if the registry uses a private CA, pass its PEM bundle with --registry-ca / registry-ca'
                    : 'check the registry URL and the network; the registry may be down';
                return new errors/* RegistryError */.gl('registry-unreachable', `cannot reach ${what} at ${safe}: ${error.message}${tries}`, { url: safe }, hint, undefined, cause);
            }
        }
    }
}

// EXTERNAL MODULE: ./src/io/catalog/log-registry.ts
var log_registry = __webpack_require__(2260);
// EXTERNAL MODULE: ./src/io/catalog/providers.ts + 2 modules
var providers = __webpack_require__(9185);
// EXTERNAL MODULE: ./src/io/catalog/secrets.ts
var catalog_secrets = __webpack_require__(3317);
// EXTERNAL MODULE: ./src/io/catalog/source-options.ts
var source_options = __webpack_require__(9892);
// EXTERNAL MODULE: ./src/io/http/plain-http.ts
var plain_http = __webpack_require__(3026);
;// CONCATENATED MODULE: ./src/io/catalog/remote.ts
// Registries reached over HTTP(S): a registry JSON document or an MCP registry API. Split from
// open-catalog.ts so the HTTP stack is loaded only when a remote registry is used.
















async function openRemoteRegistry(source, kind, opts, maxBytes, rawLog) {
    const secrets = (0,catalog_secrets/* catalogSecrets */.v)(source, opts.token);
    const log = (m) => rawLog((0,redact/* redactText */.Rd)(m, secrets));
    try {
        const provider = await openChecked(source, kind, opts, maxBytes, secrets, log);
        return {
            ...provider,
            resolve: (names) => provider.resolve(names).then((outcomes) => new Map([...outcomes].map(([n, o]) => [n, o.kind === 'error' ? { ...o, message: (0,redact/* redactText */.Rd)(o.message, secrets) } : o])), (error) => Promise.reject((0,catalog_secrets/* scrubError */.S)(error, secrets)))
        };
    }
    catch (error) {
        throw (0,catalog_secrets/* scrubError */.S)(error, secrets);
    }
}
async function openChecked(source, kind, opts, maxBytes, secrets, log) {
    const url = parseUrl(source);
    checkScheme(url);
    const now = opts.now ?? Date.now;
    const deadlineMs = opts.deadlineMs ?? source_options/* DEFAULT_DEADLINE_MS */.u8;
    const client = new http_client/* HttpClient */.Q({
        ca: opts.caFile ? await readCa(opts.caFile, opts.cwd) : undefined,
        timeoutMs: opts.timeoutMs ?? 30_000,
        retry: { retries: opts.retries ?? 3, baseMs: opts.retryBaseMs ?? 500, maxDelayMs: opts.maxRetryDelayMs ?? 30_000 },
        sleep: opts.sleep,
        now,
        deadlineAt: now() + deadlineMs,
        secrets: () => secrets,
        log,
        logPrefix: 'registry'
    });
    const http = new CatalogHttp(client, {
        authOrigin: url.origin,
        token: opts.token || undefined,
        basic: url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
        maxBytes,
        userAgent: opts.userAgent ?? 'toolhive-upgrade-action',
        deadlineMs
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
            const provider = (0,providers/* staticProvider */.M8)((0,log_registry/* logged */.J)(await loadUrl(http, url, opts.token), log));
            await http.close();
            return provider;
        }
        if (url.search !== '' || url.hash !== '') {
            throw new errors/* RegistryError */.gl('registry-invalid-source', `a registry API base URL cannot carry a query or fragment: ${(0,redact/* redactUrl */.BO)(url)}`, {
                url: (0,redact/* redactUrl */.BO)(url)
            });
        }
        const api = new RegistryApiClient(http, apiBase(url), { token: opts.token, log });
        const items = await api.listAll(firstPage);
        const registry = (0,log_registry/* logged */.J)((0,build/* registryFromApiServers */.YS)(items, (0,redact/* redactUrl */.BO)(api.base)), log);
        return (0,providers/* apiProvider */.sW)(registry, api, { concurrency: opts.concurrency ?? 4, log, close: () => http.close() });
    }
    catch (error) {
        await http.close();
        throw error;
    }
}
/** Plain http only to local addresses: the user wrote the scheme, so say which to use. */
function checkScheme(u) {
    if (u.protocol !== 'https:' && u.protocol !== 'http:') {
        throw new errors/* RegistryError */.gl('registry-invalid-source', `unsupported URL scheme ${u.protocol}`, { url: (0,redact/* redactUrl */.BO)(u) }, 'use an https:// URL or a file path');
    }
    try {
        (0,plain_http/* assertTransportAllowed */.c)(u, new Set());
    }
    catch (error) {
        if (!(error instanceof http_errors/* HttpError */.j))
            throw error;
        throw new errors/* RegistryError */.gl('registry-invalid-source', `refusing plain http to ${u.host}`, { url: (0,redact/* redactUrl */.BO)(u) }, 'use an https:// URL (plain http is only allowed for local addresses: localhost, 127.0.0.0/8, ::1, *.local, 10/8, 172.16/12, 192.168/16)', undefined, { cause: error });
    }
}
function parseUrl(source) {
    try {
        return new URL(source);
    }
    catch {
        throw new errors/* RegistryError */.gl('registry-invalid-source', `not a valid URL: ${(0,redact/* redactUrl */.BO)(source)}`, {}, 'use a file path, an https:// URL or an API base URL');
    }
}
async function readCa(file, cwd = '') {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        throw new errors/* RegistryError */.gl('registry-invalid-source', `cannot read the registry CA bundle: ${error.code ?? String(error)}`, { file }, 'pass a PEM file with --registry-ca / registry-ca');
    }
}
async function loadUrl(http, url, token) {
    const res = await http.get(url, 'registry');
    if (res.status !== 200)
        throw statusError(res, url, 'registry', token);
    const doc = parseJsonBody(res, url, 'registry document');
    return (0,build/* buildRegistry */.Mb)(doc, (0,redact/* redactUrl */.BO)(url));
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
    if (res.status >= 200 && res.status < 300 && ((0,http_client/* header */.w)(res, 'content-type') ?? '').includes('application/json')) {
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


/***/ })

};
