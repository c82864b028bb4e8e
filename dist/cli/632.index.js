export const id = 632;
export const ids = [632];
export const modules = {

/***/ 6527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: () => (/* binding */ buildRegistry),
/* harmony export */   RF: () => (/* binding */ loadSummary),
/* harmony export */   YS: () => (/* binding */ registryFromApiServers)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6440);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6228);
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(120);
/* harmony import */ var _legacy_to_upstream_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9856);
/* harmony import */ var _lazy_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(359);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3795);







/** The name an upstream server.json is filed under (a non-string name fails conversion anyway). */
function upstreamName(server) {
    if (!(0,_go_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(server))
        return '';
    const name = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(server, 'name');
    return typeof name === 'string' ? name : '';
}
/** The name a legacy entry gets from `thv registry convert`: its own `name`, else the namespaced key. */
function legacyName(key, entry) {
    const name = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entry) ? (0,_go_json_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(entry, 'name') : undefined;
    return typeof name === 'string' && name !== '' ? name : (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .buildReverseDNSName */ .pA)(key);
}
/** Builds a Registry from a parsed registry document; throws RegistryError for unusable documents. */
function buildRegistry(doc, source) {
    const format = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .detectRegistryFormat */ .ke)(doc, source);
    if (format === 'legacy') {
        const entries = [];
        for (const remote of [false, true]) {
            for (const [key, raw] of (0,_legacy_to_upstream_js__WEBPACK_IMPORTED_MODULE_3__/* .legacySection */ .ty)(doc, remote ? 'remote_servers' : 'servers', source)) {
                entries.push({ raw, legacy: { key, remote }, name: legacyName(key, raw) });
            }
        }
        if (entries.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl('registry-format', 'legacy registry contains no servers or remote_servers', (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .placeOf */ .$t)(source));
        }
        return new _lazy_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .LazyRegistry */ .A1(entries, source, format);
    }
    const data = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'data');
    const list = (key) => {
        const v = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(data, key);
        if (v !== undefined && v !== null && !Array.isArray(v)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl('registry-format', `upstream registry "data.${key}" must be an array`, (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .placeOf */ .$t)(source));
        }
        return v ?? [];
    };
    const servers = list('servers');
    // ToolHive refuses to configure a registry with nothing in it (set-registry validation).
    if (servers.length === 0 && list('skills').length === 0 && list('plugins').length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl('registry-format', 'upstream registry contains no servers, skills, or plugins', (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .placeOf */ .$t)(source));
    }
    return fromServerJSONs(servers, source, format);
}
/**
 * A Registry from the `servers` arrays of API list pages (`ServerResponse` items: `{server, _meta}`).
 * An item without `server` is ToolHive's zero ServerJSON, which does not convert and is skipped.
 */
function registryFromApiServers(items, source) {
    return fromServerJSONs((0,_go_json_js__WEBPACK_IMPORTED_MODULE_2__/* .arr */ .QL)(items, 'servers', 'lenient').map((item) => ((0,_go_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(item) ? (0,_go_json_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(item, 'server') : item)), source, 'upstream');
}
function fromServerJSONs(servers, source, format) {
    return new _lazy_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .LazyRegistry */ .A1(servers.map((raw) => ({ raw, name: upstreamName(raw) })), source, format);
}
/** What a debug line can say about a registry without converting entries just to count them. */
function loadSummary(registry) {
    if (registry instanceof _lazy_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .LazyRegistry */ .A1 && !registry.converted) {
        return { line: `${registry.entryCount} entries, converted as manifests name them`, skipped: [] };
    }
    return {
        line: `${registry.servers.size} container and ${registry.remoteServers.size} remote servers, ${registry.skipped.length} skipped`,
        skipped: registry.skipped
    };
}


/***/ }),

/***/ 6440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   qm: () => (/* binding */ EntryLimitError),
/* harmony export */   zx: () => (/* binding */ ConversionError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Registry problems stop the whole run (every verdict depends on the registry), so they are
// configuration errors: one line naming the file or URL, plus what to do about it.

class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j {
    /** HTTP status of the failing response, when there was one. */
    status;
    constructor(code, message, place = {}, hint, status, options) {
        super(code, message, place, hint, options);
        if (status !== undefined)
            this.status = status;
    }
}
/** An entry ToolHive could not convert; the entry is skipped, the load goes on. */
class ConversionError extends Error {
    name = 'ConversionError';
}
/**
 * An entry beyond what this Action reads safely (e.g. a predicate nested thousands deep). Unlike a
 * shape ToolHive refuses, a workload naming it is told why instead of "not found".
 */
class EntryLimitError extends ConversionError {
    name = 'EntryLimitError';
}


/***/ }),

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ placeOf),
/* harmony export */   Zg: () => (/* binding */ LEGACY_MIGRATION_MESSAGE),
/* harmony export */   ke: () => (/* binding */ detectRegistryFormat)
/* harmony export */ });
/* unused harmony exports isUpstreamDocument, looksLegacy */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6440);
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(120);
// Which registry format a parsed document is in, decided exactly as ToolHive's
// pkg/registry/legacyhint (IsUpstream / Looks): upstream iff a top-level `data` value is an
// object; legacy iff not upstream and any of `servers`, `remote_servers`, `groups` is present
// with any value (null and {} included). Keys match case-insensitively, as Go's decoder does.


/** ToolHive's own wording, for messages about legacy files. */
const LEGACY_MIGRATION_MESSAGE = 'registry file appears to be in the legacy ToolHive format; run `thv registry convert --in <path> --in-place` to migrate to the upstream MCP format';
function isUpstreamDocument(doc) {
    return (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(doc) && (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'data'));
}
function looksLegacy(doc) {
    if (!(0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(doc))
        return false;
    return ['servers', 'remote_servers', 'groups'].some((k) => (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, k) !== undefined);
}
/** Throws a `registry-format` error for anything that is neither format. */
function detectRegistryFormat(doc, source) {
    if (isUpstreamDocument(doc))
        return 'upstream';
    if (looksLegacy(doc))
        return 'legacy';
    const what = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(doc) ? 'a JSON object without "data" (upstream) or "servers" (legacy)' : `JSON ${describe(doc)}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl('registry-format', `not a ToolHive registry: found ${what}`, placeOf(source), 'expected the upstream MCP registry format {"version", "meta", "data": {"servers": [...]}} or the legacy ToolHive format {"servers": {...}}');
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    return `a ${typeof v}`;
}
/** Sources are file paths or (already redacted) URLs. */
function placeOf(source) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? { url: source } : { file: source };
}


/***/ }),

/***/ 120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   IS: () => (/* binding */ mapValue),
/* harmony export */   Pd: () => (/* binding */ nonEmptyMap),
/* harmony export */   QL: () => (/* binding */ arr),
/* harmony export */   RG: () => (/* binding */ anyMap),
/* harmony export */   T8: () => (/* binding */ intArray),
/* harmony export */   WL: () => (/* binding */ obj),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   Z0: () => (/* binding */ putIf),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   ix: () => (/* binding */ nestsDeeperThan),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   qR: () => (/* binding */ strMap),
/* harmony export */   tE: () => (/* binding */ strArray),
/* harmony export */   ym: () => (/* binding */ ShapeError)
/* harmony export */ });
/* unused harmony export jsonTypeName */
// How Go's encoding/json reads a JSON value into ToolHive's structs, for the handful of types the
// registry code decodes. Two modes:
//  - strict: a value of the wrong JSON type is an error (Go's Unmarshal fails); we turn that into
//    "skip this entry" instead of failing the whole registry.
//  - lenient: the wrong type leaves the zero value and decoding goes on (Go's behaviour inside the
//    publisher extension, which ToolHive re-marshals and decodes ignoring the error).
// Struct keys match case-insensitively with the last matching key winning, as in Go; map keys are
// exact. Outputs are in "marshalled" form: omitempty fields are left out when zero.
/** A field we read has the wrong JSON type (strict mode only). */
class ShapeError extends Error {
    path;
    name = 'ShapeError';
    constructor(path, expected, got) {
        super(`${path}: expected ${expected}, got ${jsonTypeName(got)}`);
        this.path = path;
    }
}
function jsonTypeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    return typeof v === 'object' ? 'object' : typeof v;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
// Above this many keys a per-object index beats scanning the keys on every lookup.
const SCAN_LIMIT = 32;
const foldIndexes = new WeakMap();
function foldIndex(obj) {
    let index = foldIndexes.get(obj);
    if (!index) {
        index = new Map();
        // Later keys overwrite earlier ones: Go assigns fields in document order.
        for (const key of Object.keys(obj))
            index.set(key.toLowerCase(), key);
        foldIndexes.set(obj, index);
    }
    return index;
}
/**
 * The value Go would decode into the struct field `name` (undefined when absent). Small objects are
 * scanned in place, without allocating: a registry entry is read once, through a few dozen lookups.
 * A key can only fold to an ASCII name of the same length, so other lengths are never lowered.
 */
function field(obj, name) {
    let found;
    let count = 0;
    let lower;
    for (const key in obj) {
        if (++count > SCAN_LIMIT) {
            found = foldIndex(obj).get(name.toLowerCase());
            break;
        }
        if (key.length !== name.length)
            continue;
        if (key === name)
            found = key;
        else if (key.toLowerCase() === (lower ??= name.toLowerCase()))
            found = key;
    }
    return found === undefined ? undefined : obj[found];
}
/** An exact map key (Go maps do not fold case). */
function mapValue(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}
function mismatch(mode, path, expected, got, zero) {
    if (mode === 'strict')
        throw new ShapeError(path, expected, got);
    return zero;
}
function str(v, path, mode) {
    if (v === undefined || v === null)
        return '';
    return typeof v === 'string' ? v : mismatch(mode, path, 'string', v, '');
}
function bool(v, path, mode) {
    if (v === undefined || v === null)
        return false;
    return typeof v === 'boolean' ? v : mismatch(mode, path, 'boolean', v, false);
}
/** Go `int` (64-bit): JSON numbers with a fraction or out of range do not fit. */
function int(v, path, mode) {
    if (v === undefined || v === null)
        return 0;
    if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2 ** 63)
        return v;
    return mismatch(mode, path, 'integer', v, 0);
}
function obj(v, path, mode) {
    if (v === undefined || v === null)
        return undefined;
    return isObject(v) ? v : mismatch(mode, path, 'object', v, undefined);
}
function arr(v, path, mode) {
    if (v === undefined || v === null)
        return [];
    return Array.isArray(v) ? v : mismatch(mode, path, 'array', v, []);
}
/** Go `[]string`: a bad element keeps its slot as "" in lenient mode, as Go does. */
function strArray(v, path, mode) {
    // Element paths are built only for elements that need one in a message: tools and tags lists are long.
    return arr(v, path, mode).map((e, i) => (typeof e === 'string' ? e : str(e, `${path}[${i}]`, mode)));
}
function intArray(v, path, mode) {
    return arr(v, path, mode).map((e, i) => typeof e === 'number' && Number.isInteger(e) && Math.abs(e) <= 2 ** 63 ? e : int(e, `${path}[${i}]`, mode));
}
/** Go `map[string]string`. */
function strMap(v, path, mode) {
    const o = obj(v, path, mode);
    const out = {};
    if (!o)
        return out;
    for (const [k, e] of Object.entries(o))
        out[k] = str(e, `${path}.${k}`, mode);
    return out;
}
/** Go `map[string]any`: any JSON object, kept as is. */
function anyMap(v, path, mode) {
    return obj(v, path, mode);
}
/** Sets `target[key] = value` only when Go's omitempty would keep it. */
function putIf(target, key, value) {
    if (value === undefined || value === '' || value === 0 || value === false)
        return;
    if (Array.isArray(value) && value.length === 0)
        return;
    target[key] = value;
}
function nonEmptyMap(m) {
    return m && Object.keys(m).length > 0 ? m : undefined;
}
/** True when arrays/objects in `value` nest more than `limit` levels deep (walked without recursion). */
function nestsDeeperThan(value, limit) {
    const pending = [[value, 0]];
    while (pending.length > 0) {
        const [v, depth] = pending.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        if (depth + 1 > limit)
            return true;
        for (const child of Array.isArray(v) ? v : Object.values(v)) {
            if (typeof child === 'object' && child !== null)
                pending.push([child, depth + 1]);
        }
    }
    return false;
}


/***/ }),

/***/ 359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A1: () => (/* binding */ LazyRegistry)
});

// UNUSED EXPORTS: convertEntry, convertEntryViaServerJSON

// EXTERNAL MODULE: ./src/core/catalog/errors.ts
var errors = __webpack_require__(6440);
// EXTERNAL MODULE: ./src/core/catalog/go-json.ts
var go_json = __webpack_require__(120);
// EXTERNAL MODULE: ./src/core/catalog/legacy-to-upstream.ts
var legacy_to_upstream = __webpack_require__(9856);
// EXTERNAL MODULE: ./src/core/catalog/server-json.ts
var server_json = __webpack_require__(3319);
;// CONCATENATED MODULE: ./src/core/catalog/legacy-to-metadata.ts



/** ImageMetadata of a decoded legacy entry; throws ConversionError where ConvertServerJSON would. */
function legacyImageToMetadata(key, m) {
    const name = (0,legacy_to_upstream/* legacyServerName */.QQ)(key, m);
    const transport = (0,legacy_to_upstream/* legacyPackageTransport */.hh)(m);
    const meta = { kind: 'image', name, image: m.image, transport: transport.type, env_vars: m.env_vars };
    (0,go_json/* putIf */.Z0)(meta, 'title', m.title);
    (0,go_json/* putIf */.Z0)(meta, 'description', m.description);
    (0,go_json/* putIf */.Z0)(meta, 'repository_url', m.repository_url);
    (0,go_json/* putIf */.Z0)(meta, 'target_port', (0,server_json/* targetPort */.hl)(transport.url ?? '', name));
    // Publisher-extension fields, in the order ConvertServerJSON sets them.
    meta.status = m.status || 'active';
    (0,go_json/* putIf */.Z0)(meta, 'tier', m.tier);
    (0,go_json/* putIf */.Z0)(meta, 'tools', m.tools);
    (0,go_json/* putIf */.Z0)(meta, 'tags', m.tags);
    (0,go_json/* putIf */.Z0)(meta, 'overview', m.overview);
    if (m.metadata)
        meta.metadata = m.metadata;
    if (m.custom_metadata)
        meta.custom_metadata = m.custom_metadata;
    (0,go_json/* putIf */.Z0)(meta, 'stateless', m.stateless);
    if (m.permissions)
        meta.permissions = m.permissions;
    if (m.provenance)
        meta.provenance = m.provenance;
    (0,go_json/* putIf */.Z0)(meta, 'docker_tags', m.docker_tags);
    (0,go_json/* putIf */.Z0)(meta, 'proxy_port', m.proxy_port);
    (0,go_json/* putIf */.Z0)(meta, 'args', m.args);
    return meta;
}

;// CONCATENATED MODULE: ./src/core/catalog/lazy-registry.ts





class LazyRegistry {
    entries;
    source;
    format;
    byName = new Map();
    byShortName = new Map();
    outcomes = new Map();
    full;
    constructor(entries, source, format) {
        this.entries = entries;
        this.source = source;
        this.format = format;
        for (const entry of entries) {
            push(this.byName, entry.name, entry);
            const slash = entry.name.lastIndexOf('/');
            if (slash !== -1)
                push(this.byShortName, entry.name.slice(slash + 1), entry);
        }
    }
    /** Entries in the document (converted or not). */
    get entryCount() {
        return this.entries.length;
    }
    /** True once everything has been converted (by reading servers, remoteServers or skipped). */
    get converted() {
        return this.full !== undefined;
    }
    get servers() {
        return this.convertAll().servers;
    }
    get remoteServers() {
        return this.convertAll().remoteServers;
    }
    get skipped() {
        return this.convertAll().skipped;
    }
    /** Outcomes of the entries filed under exactly `name`, in document order. */
    named(name) {
        return (this.byName.get(name) ?? []).map((e) => this.outcome(e));
    }
    /** Outcomes of the entries whose name ends with `/<shortName>`, in document order. */
    endingWith(shortName) {
        return (this.byShortName.get(shortName) ?? []).map((e) => this.outcome(e));
    }
    outcome(entry) {
        let done = this.outcomes.get(entry);
        if (!done) {
            done = convertEntry(entry);
            this.outcomes.set(entry, done);
        }
        return done;
    }
    convertAll() {
        if (!this.full) {
            const full = { servers: new Map(), remoteServers: new Map(), skipped: [] };
            const late = [];
            for (const entry of this.entries) {
                const done = this.outcome(entry);
                if (done.ok) {
                    if (done.server.kind === 'image')
                        full.servers.set(done.server.name, done.server);
                    else
                        full.remoteServers.set(done.server.name, done.server);
                }
                else {
                    // `thv registry convert` runs over the whole file before the entries are read.
                    (done.legacyPhase ? full.skipped : late).push({ name: done.name, reason: done.reason });
                }
            }
            full.skipped.push(...late);
            this.full = full;
        }
        return this.full;
    }
}
function push(map, key, entry) {
    const list = map.get(key);
    if (list)
        list.push(entry);
    else
        map.set(key, [entry]);
}
/** Legacy container entries convert directly; the rest (and the parity test's reference) via server.json. */
function convertEntry(entry) {
    if (!entry.legacy || entry.legacy.remote)
        return convertEntryViaServerJSON(entry);
    const { key } = entry.legacy;
    let legacy;
    try {
        legacy = (0,legacy_to_upstream/* decodeLegacyImage */.L3)(key, entry.raw);
    }
    catch (error) {
        return legacyPhaseFailure(key, error);
    }
    try {
        return { ok: true, server: legacyImageToMetadata(key, legacy) };
    }
    catch (error) {
        if (!(error instanceof errors/* ConversionError */.zx))
            throw error;
        return { ok: false, name: (0,legacy_to_upstream/* legacyServerName */.QQ)(key, legacy), reason: error.message, legacyPhase: false, overLimit: error instanceof errors/* EntryLimitError */.qm };
    }
}
/** The outcome as ToolHive reaches it: legacy entries through `thv registry convert`, then ConvertServerJSON. */
function convertEntryViaServerJSON(entry) {
    let server = entry.raw;
    if (entry.legacy) {
        try {
            server = (entry.legacy.remote ? legacy_to_upstream/* legacyRemoteToServerJSON */.S8 : legacy_to_upstream/* legacyImageToServerJSON */.Bh)(entry.legacy.key, entry.raw);
        }
        catch (error) {
            return legacyPhaseFailure(entry.legacy.key, error);
        }
    }
    try {
        return { ok: true, server: (0,server_json/* convertServerJSON */.RS)(server ?? {}) };
    }
    catch (error) {
        if (!(error instanceof errors/* ConversionError */.zx))
            throw error;
        const name = (0,go_json/* isObject */.Gv)(server) ? (0,go_json/* str */.gx)((0,go_json/* field */.ZZ)(server, 'name'), 'name', 'lenient') : '';
        return { ok: false, name, reason: error.message, legacyPhase: false, overLimit: error instanceof errors/* EntryLimitError */.qm };
    }
}
/** `thv registry convert` refused the entry (rethrows anything that is not a conversion failure). */
function legacyPhaseFailure(key, error) {
    if (error instanceof errors/* ConversionError */.zx || error instanceof go_json/* ShapeError */.ym)
        return { ok: false, name: key, reason: error.message, legacyPhase: true, overLimit: error instanceof errors/* EntryLimitError */.qm };
    throw error;
}


/***/ }),

/***/ 9856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ legacyImageToServerJSON),
/* harmony export */   L3: () => (/* binding */ decodeLegacyImage),
/* harmony export */   QQ: () => (/* binding */ legacyServerName),
/* harmony export */   S8: () => (/* binding */ legacyRemoteToServerJSON),
/* harmony export */   hh: () => (/* binding */ legacyPackageTransport),
/* harmony export */   ty: () => (/* binding */ legacySection)
/* harmony export */ });
/* unused harmony exports SERVER_SCHEMA_URL, UPSTREAM_REGISTRY_SCHEMA_URL, convertLegacyRegistry */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6440);
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(120);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6228);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3795);
/* harmony import */ var _toolhive_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9335);





const SERVER_SCHEMA_URL = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';
const UPSTREAM_REGISTRY_SCHEMA_URL = 'https://raw.githubusercontent.com/stacklok/toolhive-core/main/registry/types/data/upstream-registry.schema.json';
function decodeBase(o, path) {
    const s = (k) => (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, k), `${path}.${k}`, 'strict');
    return {
        name: s('name'),
        title: s('title'),
        description: s('description'),
        tier: s('tier'),
        status: s('status'),
        transport: s('transport'),
        stateless: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'stateless'), `${path}.stateless`, 'strict'),
        tools: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'tools'), `${path}.tools`, 'strict'),
        metadata: (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeMetadata */ .Gz)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'metadata'), `${path}.metadata`, 'strict'),
        repository_url: s('repository_url'),
        tags: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'tags'), `${path}.tags`, 'strict'),
        overview: s('overview'),
        tool_definitions: (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeToolDefinitions */ .Dp)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'tool_definitions'), `${path}.tool_definitions`, 'strict'),
        custom_metadata: (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeCustomMetadata */ .VA)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'custom_metadata'), `${path}.custom_metadata`, 'strict')
    };
}
function entryObject(key, entry, path) {
    if (key === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .zx('name cannot be empty');
    const o = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(entry, path, 'strict');
    if (!o)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .zx(`${path} is null`);
    return o;
}
/** Base extension fields, in ServerExtensions marshal form; status defaults to "active". */
function baseExtension(b) {
    const ext = { status: b.status || 'active' };
    if (b.tier)
        ext.tier = b.tier;
    if (b.tools.length)
        ext.tools = b.tools;
    if (b.tags.length)
        ext.tags = b.tags;
    if (b.overview)
        ext.overview = b.overview;
    if (b.metadata)
        ext.metadata = b.metadata;
    if (b.custom_metadata)
        ext.custom_metadata = b.custom_metadata;
    if (b.tool_definitions.length)
        ext.tool_definitions = b.tool_definitions;
    if (b.stateless)
        ext.stateless = true;
    return ext;
}
/** The server.json name of a converted legacy entry: its own `name`, else the namespaced key. */
function legacyServerName(key, b) {
    return b.name || (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .buildReverseDNSName */ .pA)(key);
}
function serverHead(key, b) {
    const server = { $schema: SERVER_SCHEMA_URL, name: legacyServerName(key, b) };
    if (b.title)
        server.title = b.title;
    server.description = b.description;
    if (b.repository_url)
        server.repository = { url: b.repository_url, source: 'github' };
    server.version = '1.0.0';
    return server;
}
function withExtension(server, extKey, ext) {
    server._meta = { [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .PUBLISHER_PROVIDED_KEY */ .pJ]: { [_names_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOLHIVE_PUBLISHER_NAMESPACE */ .Iw]: { [extKey]: ext } } };
    return server;
}
/** KeyValueInput (model.Input fields are all omitempty; `name` is not). */
function keyValueInput(name, description, required, secret, def, choices) {
    const kv = {};
    if (description)
        kv.description = description;
    if (required)
        kv.isRequired = true;
    if (secret)
        kv.isSecret = true;
    if (def)
        kv.default = def;
    if (choices?.length)
        kv.choices = choices;
    kv.name = name;
    return kv;
}
/**
 * The package transport of a legacy container entry: containers are reached through localhost, and
 * the port (if any) becomes the target port again on the way back.
 */
function legacyPackageTransport(m) {
    const type = m.transport || 'stdio';
    if (type !== 'streamable-http' && type !== 'sse')
        return { type };
    return { type, url: m.target_port > 0 ? `http://localhost:${m.target_port}` : 'http://localhost' };
}
/** Decodes one legacy `servers[key]` entry as Go would; throws ConversionError or ShapeError. */
function decodeLegacyImage(key, entry) {
    const path = `servers[${JSON.stringify(key)}]`;
    const o = entryObject(key, entry, path);
    return {
        ...decodeBase(o, path),
        image: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'image'), `${path}.image`, 'strict'),
        target_port: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'target_port'), `${path}.target_port`, 'strict'),
        proxy_port: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'proxy_port'), `${path}.proxy_port`, 'strict'),
        permissions: (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeProfile */ .OC)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'permissions'), `${path}.permissions`, 'strict'),
        env_vars: (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeEnvVars */ .G6)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'env_vars'), `${path}.env_vars`, 'strict'),
        args: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'args'), `${path}.args`, 'strict'),
        docker_tags: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'docker_tags'), `${path}.docker_tags`, 'strict'),
        provenance: (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeProvenance */ .EP)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'provenance'), `${path}.provenance`, 'strict')
    };
}
/** ImageMetadataToServerJSON: one legacy `servers[key]` entry → server.json. */
function legacyImageToServerJSON(key, entry) {
    const m = decodeLegacyImage(key, entry);
    const server = serverHead(key, m);
    const pkg = { registryType: 'oci', identifier: m.image, transport: legacyPackageTransport(m) };
    if (m.env_vars.length) {
        pkg.environmentVariables = m.env_vars.map((ev) => keyValueInput(ev.name, ev.description, ev.required, ev.secret, ev.default));
    }
    server.packages = [pkg];
    const ext = baseExtension(m);
    if (m.permissions)
        ext.permissions = m.permissions;
    if (m.args.length)
        ext.args = m.args;
    if (m.provenance)
        ext.provenance = (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_3__/* .provenanceToGo */ .lk)(m.provenance);
    if (m.docker_tags.length)
        ext.docker_tags = m.docker_tags;
    if (m.proxy_port !== 0)
        ext.proxy_port = m.proxy_port;
    return withExtension(server, m.image, ext);
}
/** RemoteServerMetadataToServerJSON: one legacy `remote_servers[key]` entry → server.json. */
function legacyRemoteToServerJSON(key, entry) {
    const path = `remote_servers[${JSON.stringify(key)}]`;
    const o = entryObject(key, entry, path);
    const m = {
        ...decodeBase(o, path),
        url: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'url'), `${path}.url`, 'strict'),
        proxy_port: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'proxy_port'), `${path}.proxy_port`, 'strict'),
        headers: (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeHeaders */ .hz)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'headers'), `${path}.headers`, 'strict'),
        oauth_config: (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeOAuthConfig */ .A9)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'oauth_config'), `${path}.oauth_config`, 'strict'),
        env_vars: (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeEnvVars */ .G6)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'env_vars'), `${path}.env_vars`, 'strict')
    };
    const server = serverHead(key, m);
    const remote = { type: m.transport };
    if (m.url)
        remote.url = m.url;
    if (m.headers.length) {
        remote.headers = m.headers.map((h) => keyValueInput(h.name, h.description, h.required, h.secret, h.default, h.choices));
    }
    server.remotes = [remote];
    const ext = baseExtension(m);
    if (m.oauth_config)
        ext.oauth_config = m.oauth_config;
    if (m.env_vars.length)
        ext.env_vars = m.env_vars.map(_toolhive_types_js__WEBPACK_IMPORTED_MODULE_3__/* .envVarToGo */ .sE);
    if (m.proxy_port !== 0)
        ext.proxy_port = m.proxy_port;
    return withExtension(server, m.url, ext);
}
/** The `[key, entry]` pairs of a legacy section (`servers` or `remote_servers`), in document order. */
function legacySection(doc, key, source) {
    if (!(0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(doc))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl('registry-format', 'legacy registry is not a JSON object', (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .placeOf */ .$t)(source));
    const value = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, key);
    if (value === undefined || value === null)
        return [];
    if (!(0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl('registry-format', `legacy registry "${key}" must be an object of entries, not ${Array.isArray(value) ? 'an array' : typeof value}`, (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .placeOf */ .$t)(source));
    }
    return Object.entries(value);
}
/** Converts a whole legacy document (already detected as legacy): servers first, then remote servers. */
function convertLegacyRegistry(doc, source) {
    const servers = [];
    const skipped = [];
    const section = (key, convert) => {
        for (const [k, entry] of legacySection(doc, key, source)) {
            try {
                servers.push(convert(k, entry));
            }
            catch (error) {
                if (error instanceof ConversionError || error instanceof ShapeError)
                    skipped.push({ name: k, reason: error.message });
                else
                    throw error;
            }
        }
    };
    section('servers', legacyImageToServerJSON);
    section('remote_servers', legacyRemoteToServerJSON);
    const top = doc;
    return {
        document: {
            $schema: UPSTREAM_REGISTRY_SCHEMA_URL,
            version: str(field(top, 'version'), 'version', 'lenient'),
            meta: { last_updated: str(field(top, 'last_updated'), 'last_updated', 'lenient') },
            data: { servers }
        },
        skipped
    };
}


/***/ }),

/***/ 3795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ TOOLHIVE_PUBLISHER_NAMESPACE),
/* harmony export */   WH: () => (/* binding */ extractServerName),
/* harmony export */   pA: () => (/* binding */ buildReverseDNSName),
/* harmony export */   pJ: () => (/* binding */ PUBLISHER_PROVIDED_KEY)
/* harmony export */ });
/* unused harmony export STACKLOK_NAMESPACE */
// Server-name conventions shared by the converters and the API lookup (toolhive-core
// registry/converters/utils.go).
/** The namespace ToolHive gives legacy keys and bare names: `fetch` → `io.github.stacklok/fetch`. */
const STACKLOK_NAMESPACE = 'io.github.stacklok';
/** server.json `_meta` key for publisher extensions, and ToolHive's publisher namespace under it. */
const PUBLISHER_PROVIDED_KEY = 'io.modelcontextprotocol.registry/publisher-provided';
const TOOLHIVE_PUBLISHER_NAMESPACE = STACKLOK_NAMESPACE;
function buildReverseDNSName(simpleName) {
    return simpleName.includes('/') ? simpleName : `${STACKLOK_NAMESPACE}/${simpleName}`;
}
/** `io.github.stacklok/fetch` → `fetch`; anything without exactly one `/` is returned as is. */
function extractServerName(reverseDNSName) {
    const parts = reverseDNSName.split('/');
    return parts.length === 2 ? parts[1] : reverseDNSName;
}


/***/ }),

/***/ 3319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RS: () => (/* binding */ convertServerJSON),
/* harmony export */   hl: () => (/* binding */ targetPort)
/* harmony export */ });
/* unused harmony exports stacklokExtension, goUrlPort */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6440);
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(120);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3795);
/* harmony import */ var _toolhive_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9335);




const S = 'strict';
/** Converts one server.json; throws ConversionError (with ToolHive's wording where it has one). */
function convertServerJSON(server) {
    if (!(0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(server)) {
        if (server === null || server === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .zx('server  has no packages or remotes, skipping');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .zx(`server entry is a JSON ${Array.isArray(server) ? 'array' : typeof server}, not an object`);
    }
    const name = safeName(server);
    try {
        const remotes = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arr */ .QL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, 'remotes'), 'remotes', S);
        if (remotes.length > 0)
            return toRemote(server, name, remotes[0]);
        const packages = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arr */ .QL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, 'packages'), 'packages', S);
        if (packages.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .zx(`server ${name} has no packages or remotes, skipping`);
        return toImage(server, name, packages);
    }
    catch (error) {
        if (error instanceof _go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .ShapeError */ .ym)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .zx(`server '${name}': ${error.message}`);
        throw error;
    }
}
/** The name for messages; a non-string name is itself a shape error. */
function safeName(server) {
    const v = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, 'name');
    if (v !== undefined && v !== null && typeof v !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .zx(`server name must be a string, got ${typeof v}`);
    return v ?? '';
}
function common(server, name) {
    const repository = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, 'repository'), 'repository', S);
    return {
        name,
        title: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, 'title'), 'title', S),
        description: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, 'description'), 'description', S),
        repositoryUrl: repository ? (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(repository, 'url'), 'repository.url', S) : ''
    };
}
function toImage(server, name, packages) {
    const types = [];
    const oci = [];
    packages.forEach((p, i) => {
        const pkg = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(p, `packages[${i}]`, S) ?? {};
        const type = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(pkg, 'registryType'), `packages[${i}].registryType`, S);
        types.push(type);
        if (type === 'oci')
            oci.push(pkg);
    });
    // Go prints a []string with %v: [npm pypi]
    if (oci.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .zx(`server '${name}' has no OCI packages (found: [${types.join(' ')}])`);
    if (oci.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .zx(`server '${name}' has ${oci.length} OCI packages, expected exactly 1`);
    const pkg = oci[0];
    const index = packages.indexOf(pkg);
    const at = `packages[${index}]`;
    const transport = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(pkg, 'transport'), `${at}.transport`, S) ?? {};
    const base = common(server, name);
    const meta = {
        kind: 'image',
        name,
        image: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(pkg, 'identifier'), `${at}.identifier`, S),
        transport: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(transport, 'type'), `${at}.transport.type`, S),
        env_vars: extractEnvironmentVariables(pkg, at)
    };
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'title', base.title);
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'description', base.description);
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'repository_url', base.repositoryUrl);
    const transportUrl = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(transport, 'url'), `${at}.transport.url`, S);
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'target_port', targetPort(transportUrl, name));
    // Structured package arguments take priority over the extension's args.
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'args', flattenPackageArguments((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arr */ .QL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(pkg, 'packageArguments'), `${at}.packageArguments`, S), `${at}.packageArguments`));
    const ext = stacklokExtension(server);
    if (ext) {
        const L = 'lenient';
        applyBaseExtension(meta, ext);
        const permissions = (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeProfile */ .OC)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'permissions'), 'permissions', L);
        if (permissions)
            meta.permissions = permissions;
        const provenance = (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeProvenance */ .EP)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'provenance'), 'provenance', L);
        if (provenance)
            meta.provenance = provenance;
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'docker_tags', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'docker_tags'), 'docker_tags', L));
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'proxy_port', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'proxy_port'), 'proxy_port', L));
        if (!meta.args?.length)
            (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'args', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'args'), 'args', L));
    }
    return meta;
}
function toRemote(server, name, first) {
    const remote = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(first, 'remotes[0]', S) ?? {};
    const base = common(server, name);
    const meta = {
        kind: 'remote',
        name,
        url: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(remote, 'url'), 'remotes[0].url', S),
        transport: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(remote, 'type'), 'remotes[0].type', S),
        env_vars: []
    };
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'title', base.title);
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'description', base.description);
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'repository_url', base.repositoryUrl);
    const headers = [];
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arr */ .QL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(remote, 'headers'), 'remotes[0].headers', S).forEach((h, i) => {
        const at = `remotes[0].headers[${i}]`;
        const o = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(h, at, S) ?? {};
        const header = {
            name: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'name'), `${at}.name`, S),
            required: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'isRequired'), `${at}.isRequired`, S)
        };
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(header, 'description', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'description'), `${at}.description`, S));
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(header, 'secret', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'isSecret'), `${at}.isSecret`, S));
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(header, 'default', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'default'), `${at}.default`, S));
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(header, 'choices', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'choices'), `${at}.choices`, S));
        headers.push(header);
    });
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'headers', headers);
    const ext = stacklokExtension(server);
    if (ext) {
        const L = 'lenient';
        applyBaseExtension(meta, ext);
        const oauth = (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeOAuthConfig */ .A9)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'oauth_config'), 'oauth_config', L);
        if (oauth)
            meta.oauth_config = oauth;
        meta.env_vars = (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeEnvVars */ .G6)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'env_vars'), 'env_vars', L);
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'proxy_port', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'proxy_port'), 'proxy_port', L));
    }
    return meta;
}
/** Fields every ServerExtensions carries over (status, tier, tools, tags, overview, metadata, custom_metadata, stateless). */
function applyBaseExtension(meta, ext) {
    const L = 'lenient';
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'status', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'status'), 'status', L));
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'tier', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'tier'), 'tier', L));
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'tools', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'tools'), 'tools', L));
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'tags', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'tags'), 'tags', L));
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'overview', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'overview'), 'overview', L));
    const metadata = (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeMetadata */ .Gz)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'metadata'), 'metadata', L);
    if (metadata)
        meta.metadata = metadata;
    const custom = (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeCustomMetadata */ .VA)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'custom_metadata'), 'custom_metadata', L);
    if (custom)
        meta.custom_metadata = custom;
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'stateless', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ext, 'stateless'), 'stateless', L));
}
/**
 * The first object value under _meta[publisher-provided]["io.github.stacklok"] (Go ranges over a
 * map, so with several values ToolHive's pick is arbitrary; we take document order).
 */
function stacklokExtension(server) {
    const meta = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, '_meta'), '_meta', S);
    if (!meta)
        return undefined;
    const provided = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(meta, _names_js__WEBPACK_IMPORTED_MODULE_3__/* .PUBLISHER_PROVIDED_KEY */ .pJ), `_meta.${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .PUBLISHER_PROVIDED_KEY */ .pJ}`, S);
    if (!provided)
        return undefined;
    const ns = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .mapValue */ .IS)(provided, _names_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOLHIVE_PUBLISHER_NAMESPACE */ .Iw);
    if (!(0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(ns))
        return undefined;
    for (const value of Object.values(ns))
        if ((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value))
            return value;
    return undefined;
}
/** environmentVariables first, then `-e`/`--env` named runtime arguments; duplicates are kept. */
function extractEnvironmentVariables(pkg, at) {
    const out = [];
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arr */ .QL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(pkg, 'environmentVariables'), `${at}.environmentVariables`, S).forEach((e, i) => {
        const p = `${at}.environmentVariables[${i}]`;
        const o = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(e, p, S) ?? {};
        out.push((0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_2__/* .makeEnvVar */ .Nb)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'name'), `${p}.name`, S), (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'description'), `${p}.description`, S), (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'isRequired'), `${p}.isRequired`, S), (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'isSecret'), `${p}.isSecret`, S), (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'default'), `${p}.default`, S)));
    });
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arr */ .QL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(pkg, 'runtimeArguments'), `${at}.runtimeArguments`, S).forEach((a, i) => {
        const p = `${at}.runtimeArguments[${i}]`;
        const o = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(a, p, S) ?? {};
        if ((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'type'), `${p}.type`, S) !== 'named')
            return;
        const flag = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'name'), `${p}.name`, S);
        if (flag !== '-e' && flag !== '--env')
            return;
        const ev = parseEnvArgument(o, p);
        if (ev)
            out.push(ev);
    });
    return out;
}
/** `KEY=value` (literal default) or `KEY={var}` (secret/default from variables[var]); no `=` ⇒ ignored. */
function parseEnvArgument(arg, p) {
    const value = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(arg, 'value'), `${p}.value`, S);
    const description = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(arg, 'description'), `${p}.description`, S);
    const required = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(arg, 'isRequired'), `${p}.isRequired`, S);
    const variables = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(arg, 'variables'), `${p}.variables`, S);
    if (value === '')
        return undefined;
    const eq = value.indexOf('=');
    if (eq === -1)
        return undefined;
    const name = value.slice(0, eq);
    const rest = value.slice(eq + 1);
    let secret = false;
    let def = '';
    if (rest.length > 2 && rest.startsWith('{') && rest.endsWith('}')) {
        const varName = rest.slice(1, -1);
        const variable = variables ? (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .mapValue */ .IS)(variables, varName) : undefined;
        if (variable !== undefined) {
            const v = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(variable, `${p}.variables.${varName}`, S) ?? {};
            secret = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(v, 'isSecret'), `${p}.variables.${varName}.isSecret`, S);
            def = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(v, 'default'), `${p}.variables.${varName}.default`, S);
        }
    }
    else {
        def = rest;
    }
    // The argument's own isRequired overrides the variable's.
    return (0,_toolhive_types_js__WEBPACK_IMPORTED_MODULE_2__/* .makeEnvVar */ .Nb)(name, description, required, secret, def);
}
function flattenPackageArguments(args, at) {
    const out = [];
    args.forEach((a, i) => {
        const o = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(a, `${at}[${i}]`, S) ?? {};
        const name = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'name'), `${at}[${i}].name`, S);
        const value = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'value'), `${at}[${i}].value`, S);
        if (name)
            out.push(name);
        if (value)
            out.push(value);
    });
    return out;
}
/** Port of the package transport URL as Go's url.Parse + strconv.Atoi read it (0 when none). */
function targetPort(transportUrl, serverName) {
    if (transportUrl === '')
        return 0;
    const parsed = goUrlPort(transportUrl);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .zx(`server '${serverName}': failed to parse transport URL '${transportUrl}': ${parsed.reason}`);
    if (parsed.port === '')
        return 0;
    // strconv.Atoi on digits only fails on int64 overflow
    if (BigInt(parsed.port) > 9223372036854775807n) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .zx(`server '${serverName}': failed to parse port from URL '${transportUrl}': value out of range`);
    }
    return Number(parsed.port);
}
const validOptionalPort = (port) => port === '' || /^:[0-9]*$/.test(port);
/**
 * The subset of Go's net/url.Parse that decides whether a URL parses and what Port() returns:
 * control characters, scheme, authority, bracketed IPv6 hosts and the `:digits` port rule.
 */
function goUrlPort(raw) {
    if (/[\x00-\x1f\x7f]/.test(raw))
        return { ok: false, reason: 'net/url: invalid control character in URL' };
    const hash = raw.indexOf('#');
    let rest = hash === -1 ? raw : raw.slice(0, hash);
    if (hash !== -1 && badEscape(raw.slice(hash + 1)))
        return { ok: false, reason: 'invalid URL escape' };
    if (rest.startsWith(':'))
        return { ok: false, reason: 'missing protocol scheme' };
    let scheme = '';
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(rest);
    if (m) {
        scheme = m[1];
        rest = rest.slice(m[0].length);
    }
    const q = rest.indexOf('?');
    if (q !== -1)
        rest = rest.slice(0, q); // the raw query is not validated by url.Parse
    if (!rest.startsWith('/')) {
        if (scheme !== '')
            return { ok: true, port: '' }; // opaque, e.g. mailto:x
        if (rest.split('/')[0].includes(':'))
            return { ok: false, reason: 'first path segment in URL cannot contain colon' };
        return badEscape(rest) ? { ok: false, reason: 'invalid URL escape' } : { ok: true, port: '' };
    }
    if (!rest.startsWith('//') || (scheme === '' && rest.startsWith('///'))) {
        return badEscape(rest) ? { ok: false, reason: 'invalid URL escape' } : { ok: true, port: '' };
    }
    const afterSlashes = rest.slice(2);
    const slash = afterSlashes.indexOf('/');
    const authority = slash === -1 ? afterSlashes : afterSlashes.slice(0, slash);
    if (slash !== -1 && badEscape(afterSlashes.slice(slash)))
        return { ok: false, reason: 'invalid URL escape' };
    const at = authority.lastIndexOf('@');
    if (at !== -1 && !/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(authority.slice(0, at)))
        return { ok: false, reason: 'net/url: invalid userinfo' };
    const host = at === -1 ? authority : authority.slice(at + 1);
    let colonPort = '';
    if (host.startsWith('[')) {
        const close = host.lastIndexOf(']');
        if (close === -1)
            return { ok: false, reason: "missing ']' in host" };
        colonPort = host.slice(close + 1);
    }
    else {
        const colon = host.lastIndexOf(':');
        if (colon !== -1)
            colonPort = host.slice(colon);
    }
    if (!validOptionalPort(colonPort))
        return { ok: false, reason: `invalid port ${JSON.stringify(colonPort)} after host` };
    // Host characters Go's unescape(encodeHost) rejects (non-ASCII is allowed).
    if (badEscape(host) || /[ {}|\\^`]/.test(host))
        return { ok: false, reason: `invalid character in host name` };
    return { ok: true, port: colonPort.slice(1) };
}
const badEscape = (s) => /%(?![0-9a-fA-F]{2})/.test(s);


/***/ }),

/***/ 9335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ decodeOAuthConfig),
/* harmony export */   Dp: () => (/* binding */ decodeToolDefinitions),
/* harmony export */   EP: () => (/* binding */ decodeProvenance),
/* harmony export */   G6: () => (/* binding */ decodeEnvVars),
/* harmony export */   Gz: () => (/* binding */ decodeMetadata),
/* harmony export */   Nb: () => (/* binding */ makeEnvVar),
/* harmony export */   OC: () => (/* binding */ decodeProfile),
/* harmony export */   VA: () => (/* binding */ decodeCustomMetadata),
/* harmony export */   hz: () => (/* binding */ decodeHeaders),
/* harmony export */   lk: () => (/* binding */ provenanceToGo),
/* harmony export */   sE: () => (/* binding */ envVarToGo)
/* harmony export */ });
/* unused harmony export MAX_PREDICATE_DEPTH */
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(120);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6440);


/** Real predicates (SLSA provenance) nest about ten levels; far deeper is hostile, not data. */
const MAX_PREDICATE_DEPTH = 64;
function decodeProfile(v, path, mode) {
    const o = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(v, path, mode);
    if (!o)
        return undefined;
    const p = {};
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(p, 'name', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'name'), `${path}.name`, mode));
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(p, 'read', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'read'), `${path}.read`, mode));
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(p, 'write', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'write'), `${path}.write`, mode));
    const net = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'network'), `${path}.network`, mode);
    if (net) {
        const n = {};
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(n, 'mode', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(net, 'mode'), `${path}.network.mode`, mode));
        const out = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(net, 'outbound'), `${path}.network.outbound`, mode);
        if (out) {
            const ob = {};
            (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(ob, 'insecure_allow_all', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(out, 'insecure_allow_all'), `${path}.network.outbound.insecure_allow_all`, mode));
            (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(ob, 'allow_host', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(out, 'allow_host'), `${path}.network.outbound.allow_host`, mode));
            (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(ob, 'allow_port', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .intArray */ .T8)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(out, 'allow_port'), `${path}.network.outbound.allow_port`, mode));
            n.outbound = ob;
        }
        const inb = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(net, 'inbound'), `${path}.network.inbound`, mode);
        if (inb) {
            const ib = {};
            (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(ib, 'allow_host', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(inb, 'allow_host'), `${path}.network.inbound.allow_host`, mode));
            n.inbound = ib;
        }
        p.network = n;
    }
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(p, 'privileged', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'privileged'), `${path}.privileged`, mode));
    return p;
}
/** Internal form: empty strings left out (the verifier compares only non-empty fields). */
function decodeProvenance(v, path, mode) {
    const o = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(v, path, mode);
    if (!o)
        return undefined;
    const p = {};
    for (const key of ['sigstore_url', 'repository_uri', 'repository_ref', 'signer_identity', 'runner_environment', 'cert_issuer']) {
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(p, key, (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, key), `${path}.${key}`, mode));
    }
    const att = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'attestation'), `${path}.attestation`, mode);
    if (att) {
        const a = {};
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(a, 'predicate_type', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(att, 'predicate_type'), `${path}.attestation.predicate_type`, mode));
        const predicate = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(att, 'predicate');
        if (predicate !== undefined && predicate !== null) {
            // Refused whatever the mode: dropping the predicate would verify against less than the registry asks.
            if ((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .nestsDeeperThan */ .ix)(predicate, MAX_PREDICATE_DEPTH)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EntryLimitError */ .qm(`${path}.attestation.predicate nests more than ${MAX_PREDICATE_DEPTH} levels deep`);
            }
            a.predicate = predicate;
        }
        p.attestation = a;
    }
    return p;
}
/** Go marshal form of Provenance: five fields are not omitempty. */
function provenanceToGo(p) {
    const out = {
        sigstore_url: p.sigstore_url ?? '',
        repository_uri: p.repository_uri ?? '',
        signer_identity: p.signer_identity ?? '',
        runner_environment: p.runner_environment ?? '',
        cert_issuer: p.cert_issuer ?? ''
    };
    if (p.repository_ref)
        out.repository_ref = p.repository_ref;
    if (p.attestation)
        out.attestation = { ...p.attestation };
    return out;
}
function decodeMetadata(v, path, mode) {
    const o = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(v, path, mode);
    if (!o)
        return undefined;
    const m = {};
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(m, 'stars', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'stars'), `${path}.stars`, mode));
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(m, 'last_updated', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'last_updated'), `${path}.last_updated`, mode));
    const k = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'kubernetes'), `${path}.kubernetes`, mode);
    if (k) {
        const km = {};
        for (const key of ['kind', 'namespace', 'name', 'uid', 'image', 'transport']) {
            (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(km, key, (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(k, key), `${path}.kubernetes.${key}`, mode));
        }
        m.kubernetes = km;
    }
    return m;
}
function decodeOAuthConfig(v, path, mode) {
    const o = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(v, path, mode);
    if (!o)
        return undefined;
    const c = {};
    for (const key of ['issuer', 'authorize_url', 'token_url', 'client_id', 'resource']) {
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(c, key, (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, key), `${path}.${key}`, mode));
    }
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(c, 'scopes', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'scopes'), `${path}.scopes`, mode));
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(c, 'use_pkce', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'use_pkce'), `${path}.use_pkce`, mode));
    const params = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyMap */ .Pd)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .strMap */ .qR)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'oauth_params'), `${path}.oauth_params`, mode));
    if (params)
        c.oauth_params = params;
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(c, 'callback_port', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'callback_port'), `${path}.callback_port`, mode));
    return c;
}
function makeEnvVar(name, description, required, secret, def) {
    const ev = { name, required };
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(ev, 'description', description);
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(ev, 'secret', secret);
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(ev, 'default', def);
    return ev;
}
/** ToolHive `EnvVar` ({name, description, required, default, secret}); null elements are dropped. */
function decodeEnvVars(v, path, mode) {
    const out = [];
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .arr */ .QL)(v, path, mode).forEach((e, i) => {
        const o = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(e, `${path}[${i}]`, mode);
        if (!o)
            return;
        const p = `${path}[${i}]`;
        out.push(makeEnvVar((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'name'), `${p}.name`, mode), (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'description'), `${p}.description`, mode), (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'required'), `${p}.required`, mode), (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'secret'), `${p}.secret`, mode), (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'default'), `${p}.default`, mode)));
    });
    return out;
}
/** Go marshal form of EnvVar: `description` and `required` are always written. */
function envVarToGo(ev) {
    const out = { name: ev.name, description: ev.description ?? '', required: ev.required ?? false };
    if (ev.default)
        out.default = ev.default;
    if (ev.secret)
        out.secret = true;
    return out;
}
/** ToolHive `Header` (legacy remote entries). */
function decodeHeaders(v, path, mode) {
    const out = [];
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .arr */ .QL)(v, path, mode).forEach((e, i) => {
        const p = `${path}[${i}]`;
        const o = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(e, p, mode);
        if (!o)
            return;
        const h = { name: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'name'), `${p}.name`, mode), required: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'required'), `${p}.required`, mode) };
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(h, 'description', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'description'), `${p}.description`, mode));
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(h, 'secret', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'secret'), `${p}.secret`, mode));
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(h, 'default', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'default'), `${p}.default`, mode));
        (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .putIf */ .Z0)(h, 'choices', (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .strArray */ .tE)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(o, 'choices'), `${p}.choices`, mode));
        out.push(h);
    });
    return out;
}
/** `custom_metadata` (Go map[string]any): kept only when it has keys (omitempty). */
function decodeCustomMetadata(v, path, mode) {
    return (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .nonEmptyMap */ .Pd)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .anyMap */ .RG)(v, path, mode));
}
/** `tool_definitions` ([]mcp.Tool): passed through; only its shape (array of objects) is checked. */
function decodeToolDefinitions(v, path, mode) {
    return (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .arr */ .QL)(v, path, mode).filter((e, i) => (0,_go_json_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(e, `${path}[${i}]`, mode) !== undefined);
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ UpgradeActionError),
/* harmony export */   j: () => (/* binding */ ConfigurationError)
/* harmony export */ });
// Every error a user can meet carries a stable code and the place to fix it, so entry points can
// print one clear line (never a stack trace) and choose the exit code.
/** `Code` narrows `code` to the codes a subclass can raise; callers switch on it instead of on messages. */
class UpgradeActionError extends Error {
    code;
    place;
    /** What the user can do about it, when we know. */
    hint;
    constructor(code, message, place = {}, hint, { cause } = {}) {
        super(message, cause === undefined ? undefined : { cause });
        this.name = new.target.name;
        this.code = code;
        this.place = place;
        this.hint = hint;
    }
    /** One line for logs: `file:line: message (hint)`; a URL the message already names is not repeated. */
    describe() {
        const where = this.place.file
            ? `${this.place.file}${this.place.line ? `:${this.place.line}` : ''}: `
            : this.place.url && !this.message.includes(this.place.url)
                ? `${this.place.url}: `
                : '';
        return `${where}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
    }
}
/** Run-wide configuration problems (bad inputs, unreachable registry): exit code 2. */
class ConfigurationError extends UpgradeActionError {
}


/***/ }),

/***/ 2094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ locateJsonError)
/* harmony export */ });
// Where a text stops being JSON. JSON.parse's messages do not always carry a position (and V8's
// quote the input), so after a failed parse this scanner walks the RFC 8259 grammar, as JSON.parse
// applies it, to the first offending character. Pure; callers parse first and locate only on failure.
class Stop {
    offset;
    reason;
    constructor(offset, reason) {
        this.offset = offset;
        this.reason = reason;
    }
}
const OBJECT = 0;
const ARRAY = 1;
/** Offset and reason of the first JSON syntax error (RFC 8259 grammar, as JSON.parse applies it). */
function locateJsonError(text) {
    const n = text.length;
    let i = 0;
    const fail = (reason) => {
        throw new Stop(i, i >= n ? 'unexpected end of input' : reason);
    };
    const ws = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    const string = () => {
        i++; // opening quote
        for (;;) {
            if (i >= n)
                fail('unterminated string');
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return;
            }
            if (c < 0x20)
                fail('control character in string (escape it)');
            if (c === 0x5c) {
                const e = text[i + 1];
                if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i += 2;
                else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                    i += 6;
                else
                    fail('invalid escape in string');
            }
            else
                i++;
        }
    };
    /** A scalar at `i`; containers are handled by the caller's loop. */
    const scalar = (c) => {
        if (c === '"')
            return string();
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
            number.lastIndex = i;
            const m = number.exec(text);
            if (!m)
                fail('invalid number');
            i += m[0].length;
            return;
        }
        for (const literal of ['true', 'false', 'null']) {
            if (text.startsWith(literal, i)) {
                i += literal.length;
                return;
            }
        }
        fail(c === '\ufeff' ? 'byte order mark (save the file as UTF-8 without BOM)' : `unexpected character ${JSON.stringify(c)}`);
    };
    const memberName = () => {
        ws();
        if (text[i] !== '"')
            fail('expected a double-quoted property name');
        string();
        ws();
        if (text[i] !== ':')
            fail("expected ':' after property name");
        i++;
    };
    // An explicit stack of open containers: hostile input nests thousands deep, and a recursive
    // descent would overflow the call stack on it.
    const value = () => {
        const open = [];
        let expectValue = true;
        for (;;) {
            if (expectValue) {
                ws();
                const c = text[i];
                if (c === '{' || c === '[') {
                    i++;
                    ws();
                    const close = c === '{' ? '}' : ']';
                    if (text[i] === close) {
                        i++;
                    }
                    else {
                        open.push(c === '{' ? OBJECT : ARRAY);
                        if (c === '{')
                            memberName();
                        continue;
                    }
                }
                else {
                    scalar(c);
                }
                expectValue = false;
            }
            if (open.length === 0)
                return;
            const top = open[open.length - 1];
            ws();
            if (text[i] === ',') {
                i++;
                if (top === OBJECT)
                    memberName();
                expectValue = true;
                continue;
            }
            if (text[i] === (top === OBJECT ? '}' : ']')) {
                i++;
                open.pop();
                continue;
            }
            fail(top === OBJECT ? "expected ',' or '}' after property value" : "expected ',' or ']' after array element");
        }
    };
    try {
        value();
        ws();
        if (i < n)
            fail('unexpected content after the JSON value');
        return { offset: n, reason: 'invalid JSON' };
    }
    catch (e) {
        if (e instanceof Stop)
            return { offset: e.offset, reason: e.reason };
        throw e;
    }
}


/***/ }),

/***/ 2561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   pA: () => (/* binding */ nearest),
/* harmony export */   sJ: () => (/* binding */ bestSuggestions),
/* harmony export */   zC: () => (/* binding */ closeEnough)
/* harmony export */ });
// "Did you mean …?": the closest strings to a mistyped one, for flags and registry entry names.
/**
 * Edit distance with adjacent transpositions counted once (optimal string alignment), so `fecth`
 * is one edit from `fetch`. Returns `limit + 1` as soon as the distance is known to exceed `limit`.
 */
function editDistance(a, b, limit = Infinity) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    if (a === b)
        return 0;
    let beforePrevious = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, beforePrevious[j - 2] + 1);
            current.push(d);
            rowMin = Math.min(rowMin, d);
        }
        // Every later row is at least this row's minimum: stop once nothing can come back under the limit.
        if (rowMin > limit)
            return limit + 1;
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length];
}
/** How far a word may be from a suggestion: two edits, or a quarter of the word when it is long. */
function closeEnough(word) {
    return Math.max(2, Math.floor(word.length / 4));
}
/** The best `max` of `scored` (smallest distance, then alphabetical), each value once. */
function bestSuggestions(scored, max = 3) {
    const best = new Map();
    for (const { value, distance } of scored)
        best.set(value, Math.min(distance, best.get(value) ?? Infinity));
    return [...best]
        .sort(([va, da], [vb, db]) => da - db || (va < vb ? -1 : va > vb ? 1 : 0))
        .slice(0, max)
        .map(([value]) => value);
}
/** Up to `max` candidates within closeEnough(word) of `word`, case-insensitively, closest first. */
function nearest(word, candidates, max = 3) {
    const lower = word.toLowerCase();
    const limit = closeEnough(lower);
    const scored = [];
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase(), limit);
        if (distance <= limit)
            scored.push({ value: candidate, distance });
    }
    return bestSuggestions(scored, max);
}
/** ` (did you mean a, b or c?)`, or '' when there is nothing to suggest. */
function didYouMean(suggestions) {
    if (suggestions.length === 0)
        return '';
    const list = suggestions.length === 1 ? suggestions[0] : `${suggestions.slice(0, -1).join(', ')} or ${suggestions[suggestions.length - 1]}`;
    return ` (did you mean ${list}?)`;
}


/***/ }),

/***/ 7986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ lineColumnAt)
/* harmony export */ });
/* unused harmony export lineStarts */
// Offsets are cheap to carry; line/column are what a person (and a GitHub annotation) needs.
/** Offsets where each line starts (the first is 0). */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
// A file with many documents asks for many positions in the same text: index its lines once, so
// the cost stays linear in the file's size rather than growing with documents × size.
let indexedText;
let indexedStarts = [];
/** 1-based line and column of a UTF-16 offset. */
function lineColumnAt(text, offset) {
    if (text !== indexedText) {
        // A short scan beats building an index for a single position in a small file.
        if (offset < 4096)
            return scanTo(text, offset);
        indexedText = text;
        indexedStarts = lineStarts(text);
    }
    const starts = indexedStarts;
    let lo = 0;
    let hi = starts.length - 1;
    // The last line start at or before the offset (a newline itself belongs to the line it ends).
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function scanTo(text, offset) {
    let line = 1;
    let lineStart = 0;
    let i = text.indexOf('\n');
    while (i !== -1 && i < offset) {
        line++;
        lineStart = i + 1;
        i = text.indexOf('\n', lineStart);
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ }),

/***/ 9798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* harmony import */ var _core_text_json_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2094);
/* harmony import */ var _core_text_text_position_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7986);
// JSON.parse with a location: on failure the shared scanner (core/json-error) finds where the text
// stops being JSON, reported as a line and column.


function parseJsonText(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        const { offset, reason } = (0,_core_text_json_error_js__WEBPACK_IMPORTED_MODULE_0__/* .locateJsonError */ .R)(text);
        return { ok: false, ...(0,_core_text_text_position_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnAt */ .I)(text, offset), reason };
    }
}


/***/ }),

/***/ 2260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ logged)
/* harmony export */ });
/* harmony import */ var _core_catalog_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6228);
/* harmony import */ var _core_catalog_build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6527);
// The debug lines every registry load writes, whatever its source.


/** One debug line per load, plus the entries ToolHive would also have dropped. */
function logged(registry, log) {
    // loadSummary does not convert entries no manifest names (the registry converts lazily).
    const { line, skipped } = (0,_core_catalog_build_js__WEBPACK_IMPORTED_MODULE_1__/* .loadSummary */ .RF)(registry);
    log(`registry: ${registry.source} (${registry.format}): ${line}`);
    if (registry.format === 'legacy')
        log(`registry: converted from the legacy format as \`thv registry convert\` would (ToolHive itself now refuses it: ${_core_catalog_format_js__WEBPACK_IMPORTED_MODULE_0__/* .LEGACY_MIGRATION_MESSAGE */ .Zg})`);
    for (const { name, reason } of skipped.slice(0, 50))
        log(`registry: skipped ${name || '(no name)'}: ${reason}`);
    if (skipped.length > 50)
        log(`registry: … and ${skipped.length - 50} more skipped`);
    return registry;
}


/***/ }),

/***/ 8632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ openRegistry),
/* harmony export */   Qs: () => (/* reexport safe */ _source_options_js__WEBPACK_IMPORTED_MODULE_8__.Qs),
/* harmony export */   ql: () => (/* binding */ isFileSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_catalog_build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6527);
/* harmony import */ var _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6440);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9798);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9185);
/* harmony import */ var _http_redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8812);
/* harmony import */ var _log_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2260);
/* harmony import */ var _source_options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9892);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3317);
// Opens the registry the run checks against: a local file, a registry JSON document over HTTPS,
// or an MCP registry API (including toolhive-registry-server's /registry/{name} prefix).
// `auto` picks like `thv config set-registry`: file path, `.json` URL, else probe the API.












const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
/** The source is a file on this machine (a path or file:// URL), not a document or API over HTTPS. */
function isFileSource(opts) {
    const kind = opts.kind ?? 'auto';
    return kind === 'file' || (kind === 'auto' && !/^https?:\/\//i.test(opts.source.trim()));
}
async function openRegistry(opts) {
    const source = opts.source.trim();
    const log = opts.log ?? (() => undefined);
    const kind = opts.kind ?? 'auto';
    const maxBytes = opts.maxBytes ?? _source_options_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_MAX_BYTES */ .fS;
    if (source === '')
        throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('registry-invalid-source', 'the registry source is empty', {}, 'set --registry / registry to a file, URL or API base URL');
    if (isFileSource(opts)) {
        let path = source;
        if (/^file:\/\//i.test(source)) {
            try {
                path = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(source);
            }
            catch {
                throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('registry-invalid-source', `not a usable file URL: ${source}`, {}, 'use file:///absolute/path or a plain path');
            }
        }
        else if (kind === 'auto' && SCHEME.test(source) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(source)) {
            throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('registry-invalid-source', `unsupported registry source scheme in ${(0,_http_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactUrl */ .BO)(source)}`, {}, 'use a file path, an https:// URL or an API base URL');
        }
        return (0,_providers_js__WEBPACK_IMPORTED_MODULE_4__/* .staticProvider */ .M8)((0,_log_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .logged */ .J)(loadFile(path, maxBytes), log));
    }
    // The HTTP stack (undici) is loaded only for remote registries: it costs ~90 ms of startup.
    const { openRemoteRegistry } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(513)]).then(__webpack_require__.bind(__webpack_require__, 4513));
    return openRemoteRegistry(source, kind, opts, maxBytes, log);
}
// Read in one synchronous call: nothing else runs meanwhile, and the chunked promise read of a
// 10 MB document costs more than its parse.
function loadFile(path, maxBytes) {
    let text;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (info.isDirectory())
            throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('registry-invalid-source', 'the registry path is a directory, not a JSON file', { file: path });
        if (info.size > maxBytes) {
            throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('registry-too-large', `registry file is ${info.size} bytes, more than the ${maxBytes}-byte limit`, {
                file: path
            });
        }
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
    }
    catch (error) {
        if (error instanceof _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl)
            throw error;
        const code = error.code;
        if (code === 'ENOENT') {
            throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('registry-not-found', 'registry file not found', { file: path }, 'check --registry / registry (a path, an https:// URL or an API base URL)');
        }
        throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('registry-invalid-source', `cannot read the registry file: ${code ?? String(error)}`, { file: path });
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_9__/* .parseJsonText */ .l)(text);
    if (!parsed.ok) {
        throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('registry-invalid-json', `invalid JSON (column ${parsed.column}: ${parsed.reason})`, {
            file: path,
            line: parsed.line
        });
    }
    return (0,_core_catalog_build_js__WEBPACK_IMPORTED_MODULE_2__/* .buildRegistry */ .Mb)(parsed.value, path);
}


/***/ }),

/***/ 9185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sW: () => (/* binding */ apiProvider),
  M8: () => (/* binding */ staticProvider)
});

// UNUSED EXPORTS: apiGetServer

// EXTERNAL MODULE: ./src/core/catalog/errors.ts
var errors = __webpack_require__(6440);
// EXTERNAL MODULE: ./src/core/catalog/go-json.ts
var go_json = __webpack_require__(120);
// EXTERNAL MODULE: ./src/core/catalog/lazy-registry.ts + 1 modules
var lazy_registry = __webpack_require__(359);
;// CONCATENATED MODULE: ./src/core/catalog/lookup.ts

const indexes = new WeakMap();
// A name without `/` that ends an entry name after a `/` is exactly the part after its last `/`.
function shortNameIndex(registry) {
    const cached = indexes.get(registry);
    if (cached && cached.servers === registry.servers.size && cached.remotes === registry.remoteServers.size)
        return cached;
    const byShort = new Map();
    const add = (fullName, server) => {
        const slash = fullName.lastIndexOf('/');
        if (slash === -1)
            return;
        const short = fullName.slice(slash + 1);
        const list = byShort.get(short);
        if (list)
            list.push({ fullName, server });
        else
            byShort.set(short, [{ fullName, server }]);
    };
    // Sorted within each group so the ambiguity message is stable (Go's map order is random).
    for (const key of [...registry.servers.keys()].sort())
        add(key, registry.servers.get(key));
    for (const key of [...registry.remoteServers.keys()].sort())
        add(key, registry.remoteServers.get(key));
    const index = { servers: registry.servers.size, remotes: registry.remoteServers.size, byShort };
    indexes.set(registry, index);
    return index;
}
function lookupServer(registry, name) {
    if (registry instanceof lazy_registry/* LazyRegistry */.A1 && !registry.converted)
        return lookupLazily(registry, name);
    const exact = registry.servers.get(name) ?? registry.remoteServers.get(name);
    if (exact)
        return { kind: 'found', server: exact };
    if (!name.includes('/')) {
        const matches = shortNameIndex(registry).byShort.get(name) ?? [];
        return shortNameOutcome(name, matches);
    }
    return { kind: 'not-found' };
}
function shortNameOutcome(name, matches) {
    if (matches.length === 1)
        return { kind: 'found', server: matches[0].server };
    if (matches.length > 1) {
        return { kind: 'error', message: `multiple servers match '${name}': ${matches.map((m) => m.fullName).join(', ')} — use the full name` };
    }
    return { kind: 'not-found' };
}
/**
 * The same rules over only the entries that can match `name`, converting just those. A name's
 * entry in the loaded maps is the last one of its kind that converts, containers before remotes.
 */
function lookupLazily(registry, name) {
    const named = registry.named(name);
    const exact = lastOfEachKind(named);
    const hit = exact.image.get(name) ?? exact.remote.get(name);
    if (hit)
        return { kind: 'found', server: hit };
    const candidates = name.includes('/') ? named : [...named, ...registry.endingWith(name)];
    if (!name.includes('/')) {
        const { image, remote } = lastOfEachKind(candidates.slice(named.length));
        const sorted = (m) => [...m.keys()].sort().map((fullName) => ({ fullName, server: m.get(fullName) }));
        const outcome = shortNameOutcome(name, [...sorted(image), ...sorted(remote)]);
        if (outcome.kind !== 'not-found')
            return outcome;
    }
    // ToolHive would not find an entry it cannot convert; one refused for our own safety limits says so.
    const refused = candidates.find((done) => !done.ok && done.overLimit);
    if (refused && !refused.ok)
        return { kind: 'error', message: `registry entry '${name}' cannot be read: ${refused.reason}` };
    return { kind: 'not-found' };
}
function lastOfEachKind(outcomes) {
    const image = new Map();
    const remote = new Map();
    for (const done of outcomes)
        if (done.ok)
            (done.server.kind === 'image' ? image : remote).set(done.server.name, done.server);
    return { image, remote };
}

// EXTERNAL MODULE: ./src/core/catalog/names.ts
var names = __webpack_require__(3795);
// EXTERNAL MODULE: ./src/core/text/nearest.ts
var nearest = __webpack_require__(2561);
;// CONCATENATED MODULE: ./src/core/catalog/suggest.ts
// Entry names close to one the registry does not have, for the `server-not-found` reason: a typo
// in the name (`io.github.stacklok/fecth`) or the right short name under another namespace.

function shortName(name) {
    return name.slice(name.lastIndexOf('/') + 1);
}
/**
 * Up to `max` container entry names within a few edits of `name`, compared whole and by the part
 * after the last `/`. The allowance follows the short name's length, so two long names under the
 * same namespace are not "close" merely for sharing it.
 */
function suggestServerNames(registry, name, max = 3) {
    const wanted = name.toLowerCase();
    const wantedShort = shortName(wanted);
    const limit = (0,nearest/* closeEnough */.zC)(wantedShort);
    const scored = [];
    for (const entry of registry.servers.keys()) {
        const lower = entry.toLowerCase();
        const distance = Math.min((0,nearest/* editDistance */.YC)(wanted, lower, limit), (0,nearest/* editDistance */.YC)(wantedShort, shortName(lower), limit));
        if (distance <= limit)
            scored.push({ value: entry, distance });
    }
    return (0,nearest/* bestSuggestions */.sJ)(scored, max);
}

// EXTERNAL MODULE: ./src/core/catalog/server-json.ts
var server_json = __webpack_require__(3319);
;// CONCATENATED MODULE: ./src/io/catalog/providers.ts
// Name resolution over a loaded Registry. Static sources (file, JSON URL) use BaseProvider's rules
// only. API sources behave like ToolHive's CachedAPIRegistryProvider: the full list first, and
// when that lookup fails (not found, or an ambiguous short name) APIRegistryProvider.GetServer:
// GET …/versions/latest for the reverse-DNS name, then for the name as is, then search.






function converted(server) {
    try {
        return { kind: 'found', server: (0,server_json/* convertServerJSON */.RS)(server) };
    }
    catch (error) {
        if (error instanceof errors/* ConversionError */.zx)
            return { kind: 'error', message: error.message };
        throw error;
    }
}
/** APIRegistryProvider.GetServer (uncached path). */
async function apiGetServer(api, name, log) {
    const reverseDNS = (0,names/* buildReverseDNSName */.pA)(name);
    let got = await api.getLatest(reverseDNS);
    if (got.ok)
        return converted(got.server);
    log(`registry: ${reverseDNS} versions/latest: ${got.why}`);
    if (reverseDNS !== name) {
        got = await api.getLatest(name);
        if (got.ok)
            return converted(got.server);
        log(`registry: ${name} versions/latest: ${got.why}`);
    }
    let results;
    try {
        results = await api.search(name);
    }
    catch (error) {
        if (error instanceof errors/* RegistryError */.gl && error.code === 'registry-deadline')
            throw error;
        return { kind: 'error', message: `failed to find server ${name}: ${error instanceof Error ? error.message : String(error)}` };
    }
    for (const server of results) {
        if (!(0,go_json/* isObject */.Gv)(server))
            continue;
        const full = (0,go_json/* field */.ZZ)(server, 'name');
        if (typeof full !== 'string')
            continue;
        if ((0,names/* extractServerName */.WH)(full) === name || full === name)
            return converted(server);
    }
    return { kind: 'not-found' };
}
/** A static source lists every name, so the names close to a missing one are worth showing. */
function withSuggestions(registry, name, outcome) {
    if (outcome.kind !== 'not-found')
        return outcome;
    const suggestions = suggestServerNames(registry, name);
    return suggestions.length ? { kind: 'not-found', suggestions } : outcome;
}
function staticProvider(registry) {
    return {
        registry,
        async resolve(names) {
            return new Map(names.map((n) => [n, withSuggestions(registry, n, lookupServer(registry, n))]));
        },
        async close() { }
    };
}
async function eachLimited(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
function apiProvider(registry, api, opts) {
    const memo = new Map();
    const lookup = (name) => {
        let pending = memo.get(name);
        if (!pending) {
            const cached = lookupServer(registry, name);
            pending =
                cached.kind === 'found'
                    ? Promise.resolve(cached)
                    : (opts.log(`registry: '${name}' ${cached.kind === 'error' ? 'is ambiguous' : 'is not'} in the list; asking the API`),
                        apiGetServer(api, name, opts.log));
            memo.set(name, pending);
        }
        return pending;
    };
    return {
        registry,
        async resolve(names) {
            const unique = [...new Set(names)];
            const outcomes = new Map();
            await eachLimited(unique, opts.concurrency, async (name) => {
                outcomes.set(name, await lookup(name));
            });
            return new Map(unique.map((n) => [n, outcomes.get(n)]));
        },
        close: opts.close
    };
}


/***/ }),

/***/ 3317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ scrubError),
/* harmony export */   v: () => (/* binding */ catalogSecrets)
/* harmony export */ });
/* harmony import */ var _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6440);
/* harmony import */ var _http_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8812);
// Credentials a catalog source carries (a token, `user:password@` in the URL) and every form in
// which a server may echo them back (the Basic header is their base64). Errors and logs of the
// catalog are scrubbed of all of them; the Action also masks them with core.setSecret.


const base64 = (s) => {
    const b = Buffer.from(s).toString('base64');
    return [b, b.replace(/=+$/, '')];
};
function userinfo(source) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^/@?#]*)@/i.exec(source.trim());
    if (!m)
        return undefined;
    const [rawUser, ...rest] = m[1].split(':');
    const decode = (s) => {
        try {
            return decodeURIComponent(s);
        }
        catch {
            return s;
        }
    };
    return { user: decode(rawUser ?? ''), password: decode(rest.join(':')) };
}
/**
 * Every secret string of a catalog source: the token, the URL's user and password (raw and
 * percent-decoded), their base64 and the base64 of `user:password` (the Basic credentials).
 */
function catalogSecrets(source, token) {
    const out = new Set();
    if (token)
        out.add(token);
    const info = userinfo(source);
    if (info) {
        const raw = /^[a-z][a-z0-9+.-]*:\/\/([^/@?#]*)@/i.exec(source.trim())[1];
        for (const s of [info.user, info.password, ...raw.split(':')])
            if (s)
                out.add(s);
        for (const s of [info.user, info.password, `${info.user}:${info.password}`])
            if (s)
                for (const b of base64(s))
                    out.add(b);
    }
    return [...out].filter((s) => s.length > 0);
}
/** The same catalog error with every secret replaced by `***` (other errors pass through). */
function scrubError(error, secrets) {
    if (!(error instanceof _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl) || secrets.length === 0)
        return error;
    const r = (s) => (s === undefined ? undefined : (0,_http_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)(s, secrets));
    const place = { ...error.place, ...(error.place.url ? { url: r(error.place.url) } : {}) };
    const clean = new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(error.code, r(error.message), place, r(error.hint), error.status, { cause: error.cause });
    return clean;
}


/***/ }),

/***/ 9892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qs: () => (/* binding */ DEFAULT_REGISTRY_URL),
/* harmony export */   fS: () => (/* binding */ DEFAULT_MAX_BYTES),
/* harmony export */   u8: () => (/* binding */ DEFAULT_DEADLINE_MS)
/* harmony export */ });
// Options of the catalog source (the `--registry` the run checks against), shared by the
// local-file and remote openers.
/** ToolHive's catalog (toolhive-catalog) in the upstream format. */
const DEFAULT_REGISTRY_URL = 'https://raw.githubusercontent.com/stacklok/toolhive-catalog/main/pkg/catalog/toolhive/data/registry-upstream.json';
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const DEFAULT_DEADLINE_MS = 120_000;


/***/ }),

/***/ 8812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   kG: () => (/* binding */ bodyExcerpt)
/* harmony export */ });
// Registry URLs and server replies end up in logs and PR bodies: credentials must not.
/** Query keys the MCP registry API uses; any other query value may be a credential (signed URLs). */
const SAFE_QUERY_KEYS = new Set(['cursor', 'limit', 'version', 'search', 'updated_since']);
/** The URL without userinfo or fragment, with every non-API query value replaced by `***`. */
function redactUrl(raw) {
    let u;
    try {
        u = new URL(String(raw));
    }
    catch {
        // Unparseable: still no userinfo, and no query or fragment (they may hold a signature).
        return String(raw)
            .replace(/\/\/[^/@?#]*@/, '//')
            .replace(/[?#].*$/s, (rest) => (rest.startsWith('?') ? '?***' : ''));
    }
    u.username = '';
    u.password = '';
    u.hash = '';
    if (u.search) {
        const parts = u.search
            .slice(1)
            .split('&')
            .map((p) => {
            const eq = p.indexOf('=');
            const key = decodeURIComponent((eq === -1 ? p : p.slice(0, eq)).replace(/\+/g, ' '));
            return eq === -1 || SAFE_QUERY_KEYS.has(key) ? p : `${p.slice(0, eq)}=***`;
        });
        u.search = `?${parts.join('&')}`;
    }
    return u.toString();
}
/**
 * Replaces every occurrence of the given secrets (e.g. a bearer token echoed by a server), longest
 * first so a secret that contains another is hidden whole. Strings under 4 characters are kept
 * (they would mangle ordinary words).
 */
function redactText(text, secrets) {
    let out = text;
    const sorted = secrets.filter((s) => !!s && s.length >= 4).sort((a, b) => b.length - a.length);
    for (const s of sorted)
        out = out.split(s).join('***');
    return out;
}
/** A short single-line excerpt of an error body for messages. */
function bodyExcerpt(body, secrets, max = 200) {
    const text = redactText(body.subarray(0, 4096).toString('utf8'), secrets).replace(/\s+/g, ' ').trim();
    return text.length > max ? `${text.slice(0, max)}…` : text;
}


/***/ })

};
