export const id = 840;
export const ids = [840];
export const modules = {

/***/ 50007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ NoManifestsError),
/* harmony export */   U: () => (/* binding */ requireManifests)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// A run whose paths match no manifest at all is a mistake until the user says otherwise (like
// ESLint's "No files matching the pattern"): a typo or a moved directory must not pass as
// "everything is up to date".

class NoManifestsError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j {
    paths;
    constructor(paths) {
        super('no-manifests', `no manifest files (.json, .yaml, .yml) match ${paths.map((p) => JSON.stringify(p)).join(', ')}`);
        this.paths = paths;
    }
}
/** Throws NoManifestsError when discovery found no file and the run does not allow that. */
function requireManifests(found, paths, allowEmpty) {
    if (found === 0 && !allowEmpty)
        throw new NoManifestsError(paths);
}


/***/ }),

/***/ 23540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ actionPolicyFile),
/* harmony export */   tb: () => (/* binding */ loadPolicy),
/* harmony export */   vy: () => (/* binding */ repositoryPathOf)
/* harmony export */ });
/* unused harmony exports DEFAULT_POLICY_FILE, cliPolicyFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_policy_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83755);
/* harmony import */ var _io_git_repository_root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74104);
// Finds and reads the upgrade policy file. Paths in the policy, and the file's own name in
// `held_by` notes and errors, are relative to the repository root.





/** The Action reads this file when it exists and no `config` input names another. */
const DEFAULT_POLICY_FILE = '.github/toolhive-upgrade.yml';
/** CLI `--config FILE`, relative to the current directory. */
function cliPolicyFile(config, cwd) {
    return config === undefined ? undefined : { path: path.resolve(cwd, config), explicit: true };
}
/** Action input `config`, relative to the repository root; unset: the default file, if present. */
function actionPolicyFile(config, workspace) {
    const root = (0,_io_git_repository_root_js__WEBPACK_IMPORTED_MODULE_4__/* .findRepositoryRoot */ .m)(workspace);
    return { path: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, config ?? DEFAULT_POLICY_FILE), explicit: config !== undefined };
}
function toPosix(p) {
    return p.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/** How a file is named to the user: from the repository root when inside it. */
function displayName(absolute, repositoryRoot) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(repositoryRoot, absolute);
    return rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? toPosix(absolute) : toPosix(rel);
}
/**
 * The policy to apply; every repository has one (the default proposes major, minor and patch).
 * The YAML parser is loaded only for a policy file that exists: most runs have none.
 */
async function loadPolicy(choice, repositoryRoot) {
    if (choice === undefined)
        return _core_policy_types_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_POLICY */ .z;
    const name = displayName(choice.path, repositoryRoot);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(choice.path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !choice.explicit)
            return _core_policy_types_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_POLICY */ .z;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j('policy-file-unreadable', code === 'ENOENT' ? 'policy file not found' : `cannot read policy file: ${code ?? 'unknown error'}`, { file: name }, code === 'ENOENT' ? 'check the path (config / --config), or remove it to use the defaults' : undefined, { cause: error });
    }
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(715)]).then(__webpack_require__.bind(__webpack_require__, 16715));
    return parsePolicy(text, name);
}
/** Maps a result's `file` (relative to the run's root) to its path from the repository root. */
function repositoryPathOf(root, repositoryRoot) {
    const prefix = toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(repositoryRoot, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root)));
    return (file) => node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(file) ? toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(repositoryRoot, file)) : node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(prefix ? `${prefix}/${file}` : file);
}


/***/ }),

/***/ 84840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadCandidateVerifier: () => (/* binding */ loadCandidateVerifier),
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./src/core/manifest/parse-json-manifest.ts + 1 modules
var parse_json_manifest = __webpack_require__(11762);
// EXTERNAL MODULE: ./src/core/provenance/verification.ts
var verification = __webpack_require__(40004);
;// CONCATENATED MODULE: ./src/core/provenance/mode.ts
// What a verification outcome means for proposing the candidate, per verify mode (ToolHive's names).
// Pure.
/** Default when the input is unset: enabled for entries that publish provenance, warn otherwise. */
function effectiveVerifyMode(mode, hasProvenance) {
    return mode ?? (hasProvenance ? 'enabled' : 'warn');
}
function decideProposal(mode, hasProvenance, v) {
    const effectiveMode = effectiveVerifyMode(mode, hasProvenance);
    if (effectiveMode === 'disabled')
        return { propose: true, flag: 'none', effectiveMode };
    const verified = v.status === 'verified';
    if (effectiveMode === 'enabled') {
        // Fail closed: anything short of a verified signature (including no provenance) is not proposed.
        return verified ? { propose: true, flag: 'none', effectiveMode } : { propose: false, flag: 'error', effectiveMode };
    }
    return { propose: true, flag: verified ? 'none' : 'warning', effectiveMode };
}

// EXTERNAL MODULE: ./src/core/image/go-quote.ts
var go_quote = __webpack_require__(85142);
// EXTERNAL MODULE: ./src/core/image/reference.ts + 6 modules
var reference = __webpack_require__(34801);
// EXTERNAL MODULE: ./src/core/image/version.ts
var version = __webpack_require__(14569);
;// CONCATENATED MODULE: ./src/core/image/compare-tags.ts
// Port of ToolHive's compareImageTags (pkg/workloads/upgrade/version.go). The reason strings are
// thv's, with Go's %q rendered by goQuote.



const LATEST_TAG = 'latest';
const LATEST_REASON = 'image uses the "latest" tag, which defers to the registry and cannot be ordered';
function split(ref) {
    try {
        return (0,reference/* splitRepoTag */.pk)(ref);
    }
    catch (err) {
        return { error: err instanceof Error ? err.message : String(err) };
    }
}
/**
 * Whether `candidate` is an upgrade of `current`. Conservative like thv: parse failures, digest
 * references, differing repositories, a "latest" tag (explicit or implicit) and unequal non-semver
 * tags are undecidable.
 */
function compareImageTags(current, candidate) {
    const cur = split(current);
    if ('error' in cur) {
        return { result: 'undecidable', reason: `cannot parse current image ${(0,go_quote/* goQuote */.d)(current)}: ${cur.error}` };
    }
    const cand = split(candidate);
    if ('error' in cand) {
        return { result: 'undecidable', reason: `cannot parse candidate image ${(0,go_quote/* goQuote */.d)(candidate)}: ${cand.error}` };
    }
    if (cur.repo !== cand.repo) {
        return {
            result: 'undecidable',
            reason: `repository differs: current ${(0,go_quote/* goQuote */.d)(cur.repo)} vs candidate ${(0,go_quote/* goQuote */.d)(cand.repo)}`
        };
    }
    if (cur.tag === LATEST_TAG || cand.tag === LATEST_TAG) {
        return { result: 'undecidable', reason: LATEST_REASON };
    }
    const a = (0,version/* normalizeSemver */.UV)(cur.tag);
    const b = (0,version/* normalizeSemver */.UV)(cand.tag);
    if ((0,version/* isValid */.fn)(a) && (0,version/* isValid */.fn)(b)) {
        return { result: (0,version/* compare */.UD)((0,version/* canonical */.$N)(a), (0,version/* canonical */.$N)(b)) === -1 ? 'newer' : 'sameOrOlder', reason: '' };
    }
    if (cur.tag === cand.tag)
        return { result: 'sameOrOlder', reason: '' };
    return {
        result: 'undecidable',
        reason: `tags are not comparable: current ${(0,go_quote/* goQuote */.d)(cur.tag)} vs candidate ${(0,go_quote/* goQuote */.d)(cand.tag)}`
    };
}

// EXTERNAL MODULE: ./node_modules/semver/functions/diff.js
var diff = __webpack_require__(70711);
var diff_default = /*#__PURE__*/__webpack_require__.n(diff);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __webpack_require__(16353);
var parse_default = /*#__PURE__*/__webpack_require__.n(parse);
;// CONCATENATED MODULE: ./src/core/image/update-type.ts
// How big an upgrade is, for policies such as "propose patch updates only". The tags are read the
// way the check reads them (ToolHive's normalizeSemver, then golang.org/x/mod/semver: `1.2` is
// v1.2.0, build metadata is ignored), and npm `semver` names the difference.
// Two functions, not the package index: the whole of npm semver (ranges and all) costs startup time.



/** The x/mod canonical form without its `v`, which npm `semver` parses strictly; undefined if not semver. */
function canonicalVersion(tag) {
    const v = (0,version/* normalizeSemver */.UV)(tag);
    return (0,version/* isValid */.fn)(v) ? (0,version/* canonical */.$N)(v).slice(1) : undefined;
}
/**
 * The update type from `currentTag` to `candidateTag`; undefined when either is not semver or the
 * candidate is not newer (the check proposes nothing then). A prerelease candidate, or a release
 * of the current prerelease's own version, is a `prerelease` update.
 */
function updateType(currentTag, candidateTag) {
    const current = canonicalVersion(currentTag);
    const candidate = canonicalVersion(candidateTag);
    if (current === undefined || candidate === undefined)
        return undefined;
    if ((0,version/* compare */.UD)(`v${current}`, `v${candidate}`) !== -1)
        return undefined;
    // x/mod numbers are unbounded; npm semver refuses those beyond Number.MAX_SAFE_INTEGER.
    const from = parse_default()(current);
    const to = parse_default()(candidate);
    if (!from || !to)
        return undefined;
    if (to.prerelease.length > 0)
        return 'prerelease';
    // Compared without prereleases: semver.diff calls the step 1.0.0-rc.1 → 1.0.1 `major`.
    const kind = diff_default()(`${from.major}.${from.minor}.${from.patch}`, `${to.major}.${to.minor}.${to.patch}`);
    // No difference left: the candidate is the release of the current prerelease.
    return kind === 'major' || kind === 'minor' || kind === 'patch' ? kind : 'prerelease';
}

// EXTERNAL MODULE: ./src/core/manifest/mcpserver.ts
var mcpserver = __webpack_require__(94502);
// EXTERNAL MODULE: ./src/core/text/nearest.ts
var nearest = __webpack_require__(72561);
// EXTERNAL MODULE: ./src/core/check/secret-parameter.ts
var secret_parameter = __webpack_require__(49988);
;// CONCATENATED MODULE: ./src/core/check/drift.ts

// ToolHive sets these itself (pkg/runner): a workload supplying them is not relying on the registry.
const TOOLHIVE_INJECTED = new Set(['MCP_TRANSPORT', 'MCP_PORT', 'FASTMCP_PORT']);
/** Env var names the workload provides: env keys plus the targets of well-formed secret parameters. */
function suppliedEnvVars(workload) {
    const supplied = new Set(workload.envVarNames);
    for (const secret of workload.secrets) {
        // thv skips malformed secret parameters here; they satisfy nothing.
        const target = (0,secret_parameter/* tryParseSecretParameter */.yK)(secret)?.target;
        if (target)
            supplied.add(target);
    }
    return supplied;
}
/** thv's toEnvVarInfo: secret defaults are blanked so they never reach output. */
function toEnvVarInfo(ev) {
    const info = { name: ev.name, required: ev.required === true };
    if (ev.description)
        info.description = ev.description;
    if (ev.secret)
        info.secret = true;
    if (!ev.secret && ev.default)
        info.default = ev.default;
    return info;
}
// Many workloads share one registry entry: build its name set once.
const declaredCache = new WeakMap();
function declaredNames(entry) {
    let names = declaredCache.get(entry);
    if (!names) {
        names = new Set(entry.env_vars.filter(Boolean).map((ev) => ev.name));
        declaredCache.set(entry, names);
    }
    return names;
}
/**
 * thv's computeEnvDrift (`added`), plus `removed` (beyond thv): variables the workload supplies that
 * the candidate no longer declares, leaving out the ones ToolHive injects.
 */
function computeEnvDrift(workload, candidate) {
    const supplied = suppliedEnvVars(workload);
    const added = [];
    for (const ev of candidate.env_vars)
        if (ev && !supplied.has(ev.name))
            added.push(toEnvVarInfo(ev));
    const declared = declaredNames(candidate);
    const removedNames = [];
    for (const name of supplied)
        if (!declared.has(name) && !TOOLHIVE_INJECTED.has(name))
            removedNames.push(name);
    const removed = removedNames.sort().map((name) => ({ name, required: false }));
    if (added.length === 0 && removed.length === 0)
        return undefined;
    return { ...(added.length ? { added } : {}), ...(removed.length ? { removed } : {}) };
}
/** thv's computeConfigDrift: raw string comparison, only when both sides are set. */
function computeConfigDrift(workload, candidate) {
    const drift = {};
    const cur = workload.transport;
    const cand = candidate.transport ?? '';
    if (cand !== '' && cur !== '' && cur !== cand)
        drift.transport = { from: cur, to: cand };
    const candProfile = candidate.permissions?.name ?? '';
    const curProfile = workload.permissionProfileNameOrPath;
    if (candProfile !== '' && curProfile !== '' && curProfile !== candProfile) {
        drift.permission_profile = { from: curProfile, to: candProfile };
    }
    return drift.transport || drift.permission_profile ? drift : undefined;
}
const requiresSome = new WeakMap();
/** Required variables of the entry the workload does not supply: `thv run --from-config` would fail. */
function missingRequiredEnvVars(workload, entry) {
    let requires = requiresSome.get(entry);
    if (requires === undefined)
        requiresSome.set(entry, (requires = entry.env_vars.some((ev) => ev && ev.required)));
    // Most entries require nothing: then what the workload supplies does not matter.
    if (!requires)
        return [];
    const supplied = suppliedEnvVars(workload);
    return entry.env_vars.filter((ev) => ev && ev.required && !supplied.has(ev.name)).map(toEnvVarInfo);
}

;// CONCATENATED MODULE: ./src/core/check/check.ts






// Repositories pin the same few images many times over; parsing each reference pair once keeps
// 10,000 manifests cheap. Results depend only on the two strings, so caching is safe.
function perImagePair(compute) {
    // Keyed by one string, then the other: no joined key to build and hash for every workload.
    const cache = new Map();
    let size = 0;
    return (current, candidate) => {
        let byCandidate = cache.get(current);
        if (byCandidate === undefined) {
            if (size > 50_000) {
                cache.clear();
                size = 0;
            }
            byCandidate = new Map();
            cache.set(current, byCandidate);
        }
        let result = byCandidate.get(candidate);
        if (result === undefined) {
            result = compute(current, candidate);
            byCandidate.set(candidate, result);
            size++;
        }
        return result;
    };
}
const compareCached = perImagePair(compareImageTags);
/**
 * `newer` means both tags are semver, so the type is known; npm semver refuses numbers past
 * 2^53 that x/mod accepts, and such a jump is counted as the largest kind.
 */
const updateTypeOf = perImagePair((current, candidate) => updateType((0,reference/* splitRepoTag */.pk)(current).tag, (0,reference/* splitRepoTag */.pk)(candidate).tag) ?? 'major');
const NOT_APPLICABLE = { status: 'not-applicable' };
const LINK_MCPSERVER = `not linked to a registry entry: add the annotation ${mcpserver/* REGISTRY_SERVER_ANNOTATION */.Y1}: <entry name> to check it for upgrades`;
/** ToolHive's Checker.Check (pkg/workloads/upgrade/checker.go), step for step, with where the workload lives. */
function checkWorkload(workload, lookup) {
    const found = {
        workload_name: workload.name,
        ...(workload.registryServerName !== '' ? { registry_server: workload.registryServerName } : {}),
        ...(workload.image !== '' ? { current_image: workload.image } : {}),
        file: workload.file,
        line: workload.imageSpan.line,
        workload
    };
    // Only an upgrade has a candidate to verify.
    const base = { ...found, verification: NOT_APPLICABLE };
    if (workload.registryServerName === '') {
        // An MCPServer has no field of its own for its entry: say how to link one (a RunConfig keeps thv's silence).
        return { ...base, status: 'not-registry-sourced', ...(workload.kind === 'mcpserver' ? { reason: LINK_MCPSERVER } : {}) };
    }
    if (lookup === undefined || lookup.kind === 'error')
        return { ...base, status: 'unknown', reason: 'registry lookup failed' };
    if (lookup.kind === 'not-found') {
        const suggestions = lookup.suggestions ?? [];
        return {
            ...base,
            status: 'server-not-found',
            registry_server: workload.registryServerName,
            ...(suggestions.length ? { reason: `no registry entry named ${workload.registryServerName}${(0,nearest/* didYouMean */.au)(suggestions)}` } : {})
        };
    }
    const server = lookup.server;
    // Beyond thv, which ignores `status`: a deprecated entry is worth knowing whatever the verdict.
    const deprecated = server.status?.toLowerCase() === 'deprecated' ? { deprecated: true } : {};
    if (server.kind !== 'image') {
        return {
            ...base,
            ...deprecated,
            status: 'unknown',
            reason: `registry entry ${JSON.stringify(server.name)} is not a container image (cannot determine upgrade)`
        };
    }
    const cmp = compareCached(workload.image, server.image);
    switch (cmp.result) {
        case 'newer': {
            // Both images parsed, so neither is empty.
            const env = computeEnvDrift(workload, server);
            const config = computeConfigDrift(workload, server);
            return {
                ...found,
                status: 'upgrade-available',
                current_image: workload.image,
                candidate_image: server.image,
                ...(env ? { env_var_drift: env } : {}),
                ...(config ? { config_drift: config } : {}),
                ...deprecated,
                entry: server,
                update_type: updateTypeOf(workload.image, server.image)
            };
        }
        case 'sameOrOlder': {
            // Beyond thv: required variables `thv run --from-config` would miss today.
            const missing = missingRequiredEnvVars(workload, server);
            return {
                ...base,
                status: 'up-to-date',
                current_image: workload.image,
                candidate_image: server.image,
                ...(missing.length ? { missing_env_vars: missing } : {}),
                ...deprecated
            };
        }
        default:
            return {
                ...base,
                status: 'unknown',
                ...(server.image !== '' ? { candidate_image: server.image } : {}),
                ...(cmp.reason ? { reason: cmp.reason } : {}),
                ...deprecated
            };
    }
}

;// CONCATENATED MODULE: ./src/core/check/check-all.ts
// The run's results, in order: check every workload, add what could not be read, attach each
// candidate's verification.


function checkAll(workloads, lookups) {
    return workloads.map((workload) => checkWorkload(workload, lookups.get(workload.registryServerName)));
}
function invalidResult(problem) {
    return {
        workload_name: problem.name ?? '',
        status: 'invalid',
        reason: problem.message,
        file: problem.file,
        ...(problem.line === undefined ? {} : { line: problem.line })
    };
}
/** The upgrade with its candidate's verification, and what the verify mode makes of it. */
function attachVerification(found, verification, mode) {
    return { ...found, verification, proposal: decideProposal(mode, Boolean(found.entry.provenance), verification) };
}
/** Stable order for every output: by file, then position in the file. */
function sortResults(results) {
    return [...results].sort((a, b) => {
        if (a.file !== b.file)
            return a.file < b.file ? -1 : 1;
        return (a.line ?? 0) - (b.line ?? 0);
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text/glob.ts
var glob = __webpack_require__(34749);
;// CONCATENATED MODULE: ./src/io/files/discover.ts




const MANIFEST_EXTENSIONS = ['.json', '.yaml', '.yml'];
// Dependency trees and VCS metadata never hold the user's manifests; dot-directories are skipped
// unless named (`.github/` holds workflows, not workloads).
const SKIP_DIRS = new Set(['node_modules', '.git']);
function isManifestName(name) {
    const lower = name.toLowerCase();
    return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
function toDisplay(root, absolute) {
    const rel = external_node_path_default().relative(root, absolute);
    return (rel === '' ? '.' : rel).split((external_node_path_default()).sep).join('/');
}
/** Visits manifest files below `dir`; `display` is dir's display path, built by concatenation (no path.relative per file). */
function walk(dir, display, visit) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    const prefix = display === '.' ? '' : `${display}/`;
    for (const entry of entries) {
        if (entry.isDirectory()) {
            if (SKIP_DIRS.has(entry.name) || entry.name.startsWith('.'))
                continue;
            walk(`${dir}${(external_node_path_default()).sep}${entry.name}`, `${prefix}${entry.name}`, visit);
        }
        else if ((entry.isFile() || entry.isSymbolicLink()) && isManifestName(entry.name)) {
            // Listed so that the read refuses it by name (io/files/regular-file) instead of skipping it silently.
            visit(`${dir}${(external_node_path_default()).sep}${entry.name}`, `${prefix}${entry.name}`, entry.isSymbolicLink());
        }
    }
}
/**
 * Expands paths, directories (recursively) and globs into manifest files, relative to `root`.
 * A path that does not exist is a configuration error: a typo must not pass as "all up to date".
 */
function discoverManifests(patterns, root) {
    const found = new Map();
    const emptyPatterns = [];
    const add = (absolute, display, explicit, scan) => {
        const existing = found.get(absolute);
        if (!existing || (explicit && !existing.explicit))
            found.set(absolute, { path: display, absolute, explicit, ...(scan ? { scan } : {}) });
    };
    for (const raw of patterns) {
        const pattern = raw.trim().replace(/\\/g, '/');
        if (!pattern)
            continue;
        if ((0,glob/* isGlob */.fg)(pattern)) {
            const base = external_node_path_default().resolve(root, (0,glob/* globBase */.EI)(pattern));
            const matcher = (0,glob/* globToRegExp */.tL)(external_node_path_default().posix.normalize(pattern).replace(/^\.\//, ''));
            const before = found.size;
            walk(base, toDisplay(root, base), (absolute, display, link) => {
                if (matcher.test(display))
                    add(absolute, display, false, { base, link });
            });
            if (found.size === before)
                emptyPatterns.push(raw);
            continue;
        }
        const absolute = external_node_path_default().resolve(root, pattern);
        let stat;
        try {
            stat = (0,external_node_fs_.statSync)(absolute);
        }
        catch {
            throw new errors/* ConfigurationError */.j('path-not-found', `${pattern}: no such file or directory`, { file: pattern }, `paths are relative to ${root}`);
        }
        if (stat.isDirectory())
            walk(absolute, toDisplay(root, absolute), (file, display, link) => add(file, display, false, { base: absolute, link }));
        else
            add(absolute, toDisplay(root, absolute), true);
    }
    const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, emptyPatterns };
}

// EXTERNAL MODULE: ./src/io/files/regular-file.ts
var regular_file = __webpack_require__(22767);
;// CONCATENATED MODULE: ./src/io/files/read-manifest.ts
// Reads one discovered manifest, refusing files over the size limit before reading them whole: a
// 30 MB YAML file would otherwise take the whole run down with it (out of memory).

/** Largest manifest read by default (1 MiB): real RunConfigs and MCPServers are a few KB. */
const DEFAULT_MAX_MANIFEST_BYTES = 1_048_576;
// Most manifests fit in one read of this size; only a file that fills it is stat'ed before the
// rest is read. Cheaper than a stat per file (a Stats object each), and nothing over the limit
// is ever read past this probe.
const PROBE_BYTES = 64 * 1024;
let probe;
function readManifest(file, maxBytes = DEFAULT_MAX_MANIFEST_BYTES) {
    const refuse = (size) => {
        const reason = `file is ${size} bytes, more than the ${maxBytes}-byte limit for a manifest`;
        return file.explicit
            ? { kind: 'problem', problem: { file: file.path, message: reason } }
            : { kind: 'skipped', warning: `${file.path}: skipped: ${reason}` };
    };
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file.absolute, 'r');
        probe ??= Buffer.allocUnsafe(PROBE_BYTES);
        const head = (0,external_node_fs_.readSync)(fd, probe, 0, PROBE_BYTES, null);
        if (head < PROBE_BYTES)
            return head > maxBytes ? refuse(head) : { kind: 'text', text: probe.toString('utf8', 0, head) };
        const stats = (0,external_node_fs_.fstatSync)(fd);
        // A device or pipe (`/dev/zero`) has no size to check and may never end.
        if (!stats.isFile())
            return { kind: 'problem', problem: { file: file.path, message: 'not a regular file' } };
        if (stats.size > maxBytes)
            return refuse(stats.size);
        // A file that grew after the stat still cannot get past the limit.
        const whole = Buffer.concat([probe.subarray(0, head), (0,external_node_fs_.readFileSync)(fd)]);
        return whole.length > maxBytes ? refuse(whole.length) : { kind: 'text', text: whole.toString('utf8') };
    }
    catch (error) {
        return {
            kind: 'problem',
            problem: { file: file.path, message: `cannot read file: ${error.code ?? String(error)}` }
        };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/io/http/redact.ts
var redact = __webpack_require__(8812);
// EXTERNAL MODULE: ./src/io/catalog/registry-load.ts
var registry_load = __webpack_require__(88982);
// EXTERNAL MODULE: ./src/app/no-manifests.ts
var no_manifests = __webpack_require__(50007);
// EXTERNAL MODULE: ./src/core/policy/apply.ts + 1 modules
var apply = __webpack_require__(70740);
// EXTERNAL MODULE: ./src/io/git/repository-root.ts
var repository_root = __webpack_require__(74104);
// EXTERNAL MODULE: ./src/app/policy-file.ts
var policy_file = __webpack_require__(23540);
;// CONCATENATED MODULE: ./src/app/run-check.ts












/** The OCI and sigstore stack costs startup time: import it only when a signature must be checked. */
const loadCandidateVerifier = async (options) => {
    const { createCandidateVerifier } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(303), __webpack_require__.e(259)]).then(__webpack_require__.bind(__webpack_require__, 4259));
    return createCandidateVerifier(options);
};
const VERIFY_CONCURRENCY = 4;
/** Runs tasks in call order, at most `max` at a time. */
function concurrencyLimit(max) {
    let active = 0;
    const waiting = [];
    return async (task) => {
        if (active < max)
            active++;
        // A finishing task hands its slot straight to the next waiting one.
        else
            await new Promise((resolve) => waiting.push(resolve));
        try {
            return await task();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                active--;
        }
    };
}
/**
 * Verifies the provenance of every candidate before anything is proposed (beyond thv, which never
 * verifies). Per-image failures become `unverified` results; the run goes on. Candidates whose
 * catalog entry publishes no provenance, and every candidate when verification is disabled, are
 * settled without a verifier.
 */
async function verifyCandidates(checked, options, log, createVerifier) {
    let verifier;
    const limit = concurrencyLimit(VERIFY_CONCURRENCY);
    const signatureCheck = (found) => {
        verifier ??= createVerifier({
            trustedRootFile: options.trustedRootFile,
            credentials: options.credentials,
            insecureHosts: options.insecureHosts,
            cacheDir: options.cacheDir,
            timeoutMs: options.timeoutMs,
            log: log.debug
        });
        const ready = verifier;
        return limit(async () => (await ready).verify(found.candidate_image, found.entry.provenance));
    };
    // Only candidates with a signature to check wait for anything; thousands of other results settle
    // without a promise each.
    const results = new Array(checked.length);
    const checks = [];
    checked.forEach((r, i) => {
        if (r.status !== 'upgrade-available') {
            results[i] = r;
            return;
        }
        const settled = r.held_by !== undefined ? apply/* HELD_VERIFICATION */._i : (0,verification/* verificationWithoutSignatureCheck */.kp)(options.mode, Boolean(r.entry.provenance));
        if (settled)
            results[i] = attachVerification(r, settled, options.mode);
        else
            checks.push(signatureCheck(r).then((verification) => void (results[i] = attachVerification(r, verification, options.mode))));
    });
    await Promise.all(checks);
    return { results, trustedRoot: verifier && (await verifier).trustedRootSource() };
}
/** Every readable manifest's workloads, and why the others could not be read; names go to the registry load as they turn up. */
async function readManifests(files, options, registry) {
    const workloads = [];
    const problems = [];
    const names = new Set();
    let fresh = [];
    const refusal = (0,regular_file/* manifestPathCheck */.X)(options.root, { outsideRoot: 'allow' });
    // The YAML library costs startup time: loaded only when some file may be YAML.
    const onlyJson = files.every((f) => (0,parse_json_manifest/* isJsonManifestName */.f3)(f.path));
    const parseManifest = onlyJson ? parse_json_manifest/* parseJsonManifest */.d7 : (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(949)]).then(__webpack_require__.bind(__webpack_require__, 31949))).parseManifest;
    for (const [index, file] of files.entries()) {
        const refused = refusal(file.absolute, file.scan);
        if (refused) {
            problems.push({ file: file.path, message: refused });
            continue;
        }
        const read = readManifest(file, options.maxManifestBytes);
        if (read.kind === 'skipped')
            options.log.warning(read.warning);
        if (read.kind === 'problem')
            problems.push(read.problem);
        if (read.kind !== 'text')
            continue;
        const parsed = parseManifest(file.path, read.text, { explicit: file.explicit });
        for (const workload of parsed.workloads) {
            workloads.push(workload);
            // Only registry-sourced workloads need the registry: a repo of raw images never waits on it.
            const name = workload.registryServerName;
            if (name !== '' && !names.has(name)) {
                names.add(name);
                fresh.push(name);
            }
        }
        problems.push(...parsed.problems);
        if (fresh.length >= 64 || (fresh.length > 0 && index % 256 === 255)) {
            registry.want(fresh);
            fresh = [];
        }
    }
    return { workloads, problems, names: [...names] };
}
/** The data path shared by the CLI and the Action: discover → parse → registry → check. */
async function runCheck(options, createVerifier = loadCandidateVerifier) {
    const started = performance.now();
    const elapsed = () => `${(performance.now() - started).toFixed(0)} ms`;
    // A mistake in the policy stops the run before any work.
    const repositoryRoot = (0,repository_root/* findRepositoryRoot */.m)(options.root);
    const policy = await (0,policy_file/* loadPolicy */.tb)(options.policyFile, repositoryRoot);
    const { files, emptyPatterns } = discoverManifests(options.paths, options.root);
    options.log.debug(`discovered ${files.length} files (${elapsed()})`);
    for (const pattern of emptyPatterns)
        options.log.warning(`${pattern}: no manifest files match`);
    (0,no_manifests/* requireManifests */.U)(files.length, options.paths, options.allowEmpty ?? false);
    // Started before the manifests are read: a loader may read the registry meanwhile.
    const registry = (options.registryLoader ?? registry_load/* loadRegistryInProcess */.u)({ ...options.registry, log: options.log.debug });
    let manifests;
    try {
        manifests = await readManifests(files, options, registry);
    }
    catch (error) {
        registry.cancel();
        throw error;
    }
    const { workloads, problems, names } = manifests;
    options.log.debug(`${files.length} files read, ${workloads.length} workloads, ${problems.length} problems (${elapsed()})`);
    let lookups = new Map();
    // Shown in summaries and PR bodies: never with credentials from the URL.
    let registrySource = (0,redact/* redactUrl */.BO)(options.registry.source);
    if (names.length) {
        ({ lookups, source: registrySource } = await registry.resolve(names));
        options.log.debug(`registry loaded, ${names.length} names resolved (${elapsed()})`);
    }
    else
        registry.cancel();
    const checked = (0,apply/* applyPolicy */.VC)(checkAll(workloads, lookups), policy, (0,policy_file/* repositoryPathOf */.vy)(options.root, repositoryRoot));
    options.log.debug(`checked (${elapsed()})`);
    const { results, trustedRoot } = await verifyCandidates(checked, options.verify, options.log, createVerifier);
    options.log.debug(`verified (${elapsed()})`);
    return { results: sortResults([...results, ...problems.map(invalidResult)]), registrySource, trustedRoot };
}


/***/ }),

/***/ 49988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ formatSecretParameter),
/* harmony export */   yK: () => (/* binding */ tryParseSecretParameter)
/* harmony export */ });
/* unused harmony export parseSecretParameter */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
// ToolHive's `<name>,target=<ENV>` secret syntax (pkg/secrets/types.go ParseSecretParameter).

// Go's `^([^,]+),target=(.+)$`: RE2's `.` excludes only '\n' (a JS `.` would also refuse '\r'
// and the line/paragraph separators), and `$` is end of text in both without flags.
const SECRET_PARAM_RE = /^([^,]+),target=([^\n]+)$/;
/** The parsed parameter, or undefined when thv's parser would reject it. */
function tryParseSecretParameter(s) {
    const m = SECRET_PARAM_RE.exec(s);
    return m ? { name: m[1], target: m[2] } : undefined;
}
/**
 * Parses `<name>,target=<ENV>`. The error never repeats the input (thv's does): the string may
 * hold a secret value someone pasted in by mistake.
 */
function parseSecretParameter(s) {
    if (s === '')
        throw new UpgradeActionError('invalid-secret-parameter', 'secret parameter cannot be empty');
    const p = tryParseSecretParameter(s);
    if (!p)
        throw new UpgradeActionError('invalid-secret-parameter', 'invalid secret parameter format');
    return p;
}
/** thv's SecretParameter.ToCLIString. */
function formatSecretParameter(p) {
    return `${p.name},target=${p.target}`;
}


/***/ }),

/***/ 85142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ goQuote)
/* harmony export */ });
// Go's `%q` verb, so reasons quote references exactly as thv prints them.
const UNICODE_PRINT_RE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const GO_SHORT_ESCAPES = {
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v'
};
/**
 * Go's `%q` (strconv.Quote): double quotes, backslash escapes, non-printable runes as \x / \u / \U.
 * Matches JSON.stringify for printable text, which is what references normally are.
 */
function goQuote(s) {
    let out = '"';
    for (const ch of s) {
        if (ch === '"' || ch === '\\') {
            out += '\\' + ch;
            continue;
        }
        const cp = ch.codePointAt(0);
        if (cp >= 0x20 && cp < 0x7f) {
            out += ch;
            continue;
        }
        if (cp >= 0xd800 && cp <= 0xdfff) {
            // A lone surrogate reaches Go as U+FFFD (invalid UTF-8 is replaced when JSON is decoded).
            out += '\uFFFD';
            continue;
        }
        if (UNICODE_PRINT_RE.test(ch)) {
            out += ch;
            continue;
        }
        const short = GO_SHORT_ESCAPES[ch];
        if (short !== undefined)
            out += short;
        else if (cp < 0x20 || cp === 0x7f)
            out += '\\x' + cp.toString(16).padStart(2, '0');
        else if (cp < 0x10000)
            out += '\\u' + cp.toString(16).padStart(4, '0');
        else
            out += '\\U' + cp.toString(16).padStart(8, '0');
    }
    return out + '"';
}


/***/ }),

/***/ 34801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F2: () => (/* binding */ parseReference),
  Mb: () => (/* binding */ registryApiHost),
  pk: () => (/* binding */ splitRepoTag)
});

// EXTERNAL MODULE: ./src/core/image/go-quote.ts
var go_quote = __webpack_require__(85142);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/image/image-reference-error.ts

/** An image reference that go-containerregistry's name package would reject. */
class ImageReferenceError extends errors/* UpgradeActionError */.P {
    constructor(message, place = {}, hint) {
        super('invalid-reference', message, place, hint);
    }
}

;// CONCATENATED MODULE: ./src/core/image/parse-result.ts
// The reference grammar reports the first failing rule as a value: ggcr tries a tag parse, then a
// digest parse, and only the summary of both failures reaches the user.
const isError = (r) => typeof r === 'object' && r !== null && 'error' in r;

;// CONCATENATED MODULE: ./src/core/image/reference-element.ts
// ggcr's checkElement and the alphabets of a reference's parts (repository, tag, digest).
// The alphabets are quoted verbatim in ggcr's error messages.
const REPOSITORY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-./';
const TAG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-.ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGEST_CHARS = 'sh:0123456789abcdef';
const REPOSITORY_RE = /^[a-z0-9_\-./]*$/;
const TAG_RE = /^[A-Za-z0-9_\-.]*$/;
const DIGEST_RE = /^[sh:0-9a-f]*$/;
function countRunes(s) {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
}
/** ggcr checkElement: length in runes first, then the alphabet. */
function checkElement(kind, element, re, allowed, min, max) {
    const charsOk = re.test(element);
    // An accepted alphabet is ASCII, so .length is the rune count.
    if (charsOk && element.length >= min && element.length <= max)
        return undefined;
    const n = charsOk ? element.length : countRunes(element);
    if (n < min || n > max)
        return `${kind} must be between ${min} and ${max} characters in length: ${element}`;
    return `${kind} can only contain the characters \`${allowed}\`: ${element}`;
}
/** Why `repo` is not a repository path, or undefined. */
const checkRepository = (repo) => checkElement('repository', repo, REPOSITORY_RE, REPOSITORY_CHARS, 2, 255);
/** Why `tag` is not a tag, or undefined. */
const checkTag = (tag) => checkElement('tag', tag, TAG_RE, TAG_CHARS, 1, 127);
/** Why `digest` is not a digest (only length and alphabet, as in ggcr), or undefined. */
const checkDigest = (digest) => checkElement('digest', digest, DIGEST_RE, DIGEST_CHARS, 71, 71);

;// CONCATENATED MODULE: ./src/core/image/registry-host.ts
// ggcr's registry check: a registry is valid when Go's url.Parse gives it back as the host.
// Go's url.Parse: control bytes are rejected; '#', '?', '@', '/' end the host and '%' escapes
// change it, so with any of them url.Host can never equal the input.
const REGISTRY_NEVER_RE = /[\x00-\x1f\x7f#?@/%]/;
// ASCII that net/url accepts unescaped in a host (shouldEscape(c, encodeHost) is false); bytes
// >= 0x80 are accepted too. '[' is handled separately (IP literals).
const REGISTRY_HOST_CHAR_RE = /^(?:[A-Za-z0-9!$&'()*+,;=:\]<>"\-_.~]|[^\x00-\x7f])*$/;
const DIGITS_RE = /^[0-9]*$/;
const HEX_RE = /^[0-9a-fA-F]{1,4}$/;
// netip.ParseAddr, IPv4 dotted quad: four decimal octets, no leading zeros.
function isIPv4(s) {
    const fields = s.split('.');
    if (fields.length !== 4)
        return false;
    for (const f of fields) {
        if (f.length === 0 || f.length > 3 || !/^[0-9]+$/.test(f))
            return false;
        if (f.length > 1 && f[0] === '0')
            return false;
        if (Number(f) > 255)
            return false;
    }
    return true;
}
// netip.ParseAddr for an IPv6 address without a zone (a zone needs '%', which never gets here).
function isIPv6(s) {
    let rest = s;
    let fields = 0; // 16-bit groups written
    let ellipsis = false;
    if (rest.startsWith('::')) {
        ellipsis = true;
        rest = rest.slice(2);
        if (rest === '')
            return true;
    }
    while (fields < 8) {
        const colon = rest.indexOf(':');
        const field = colon < 0 ? rest : rest.slice(0, colon);
        if (field.includes('.')) {
            // An embedded IPv4 address fills the last two groups and ends the address.
            if (colon >= 0)
                return false;
            if (!ellipsis && fields !== 6)
                return false;
            if (fields + 2 > 8)
                return false;
            if (!isIPv4(field))
                return false;
            fields += 2;
            rest = '';
            break;
        }
        if (!HEX_RE.test(field))
            return false;
        fields++;
        if (colon < 0) {
            rest = '';
            break;
        }
        rest = rest.slice(colon + 1);
        if (rest === '')
            return false; // trailing single colon
        if (rest[0] === ':') {
            if (ellipsis)
                return false;
            ellipsis = true;
            rest = rest.slice(1);
            if (rest === '')
                break;
        }
    }
    if (rest !== '')
        return false;
    if (fields < 8)
        return ellipsis;
    return !ellipsis;
}
/**
 * ggcr checkRegistry: Go's `url.Parse("//" + name).Host == name` (Go 1.26 rules: at most one
 * colon outside brackets, brackets only around a whole IPv6 literal).
 */
function isValidRegistry(name) {
    if (name === '')
        return true;
    if (REGISTRY_NEVER_RE.test(name))
        return false;
    if (name[0] === '[') {
        if (name.lastIndexOf('[') > 0)
            return false;
        const close = name.lastIndexOf(']');
        if (close < 0)
            return false;
        const port = name.slice(close + 1);
        if (port !== '' && (port[0] !== ':' || !DIGITS_RE.test(port.slice(1))))
            return false;
        const literal = name.slice(1, close);
        // Only IPv6 may be bracketed; netip decides by the first '.' or ':'.
        const firstSep = literal.search(/[.:]/);
        return firstSep >= 0 && literal[firstSep] === ':' && isIPv6(literal);
    }
    if (name.includes('['))
        return false;
    const colon = name.indexOf(':');
    if (colon >= 0 && !DIGITS_RE.test(name.slice(colon + 1)))
        return false;
    return REGISTRY_HOST_CHAR_RE.test(name);
}

;// CONCATENATED MODULE: ./src/core/image/repository.ts
// ggcr NewRepository: splits off the registry and normalises Docker Hub names the way thv sees
// them (`nginx` → `index.docker.io/library/nginx`).


const DEFAULT_REGISTRY = 'index.docker.io';
const DOCKER_HUB_ALIAS = 'docker.io';
const DEFAULT_NAMESPACE = 'library';
/** ggcr NewRepository. */
function newRepository(name) {
    if (name.length === 0)
        return { error: 'a repository name must be specified' };
    let registry = '';
    let repo = name;
    const slash = name.indexOf('/');
    if (slash >= 0) {
        const first = name.slice(0, slash);
        // The first component is a registry only if it looks like a host.
        if (first.includes('.') || first.includes(':')) {
            registry = first;
            repo = name.slice(slash + 1);
        }
    }
    const repoErr = checkRepository(repo);
    if (repoErr !== undefined)
        return { error: repoErr };
    if (!isValidRegistry(registry)) {
        return { error: `registries must be valid RFC 3986 URI authorities: ${registry}` };
    }
    if (registry === '' || registry === DOCKER_HUB_ALIAS)
        registry = DEFAULT_REGISTRY;
    const repository = registry === DEFAULT_REGISTRY && !repo.includes('/') ? `${DEFAULT_NAMESPACE}/${repo}` : repo;
    return { registry, repository };
}

;// CONCATENATED MODULE: ./src/core/image/tag-digest.ts
// ggcr NewTag and NewDigest: where a reference's tag or digest starts, and whether it is valid.



const DEFAULT_TAG = 'latest';
/** ggcr NewTag; `tag` is TagStr() ("latest" when absent or empty). */
function newTag(name) {
    let base = name;
    let tag = '';
    // A last ":" segment holding a "/" belongs to a registry port, not a tag.
    const colon = name.lastIndexOf(':');
    if (colon >= 0 && !name.includes('/', colon + 1)) {
        base = name.slice(0, colon);
        tag = name.slice(colon + 1);
    }
    if (tag !== '') {
        const tagErr = checkTag(tag);
        if (tagErr !== undefined)
            return { error: tagErr };
    }
    const repo = newRepository(base);
    if (isError(repo))
        return repo;
    return { ...repo, tag: tag === '' ? DEFAULT_TAG : tag };
}
/** ggcr NewDigest; a tag next to the digest is dropped. */
function newDigest(name) {
    const parts = name.split('@');
    if (parts.length !== 2) {
        return {
            error: `a digest must contain exactly one '@' separator (e.g. registry/repository@digest) saw: ${name}`
        };
    }
    const [base, digest] = parts;
    const digestErr = checkDigest(digest);
    if (digestErr !== undefined)
        return { error: digestErr };
    // ggcr re-parses Tag.Context().Name(), which can fail where the tag parse passed (long
    // single-component Docker Hub names overflow 255 once "library/" is added).
    const tagged = newTag(base);
    const repo = newRepository(isError(tagged) ? base : `${tagged.registry}/${tagged.repository}`);
    if (isError(repo))
        return repo;
    return { ...repo, digest };
}

;// CONCATENATED MODULE: ./src/core/image/reference.ts
// Port of go-containerregistry's pkg/name (v0.21) with its default options (weak validation,
// default registry index.docker.io, default tag "latest"): ParseReference on top of NewTag,
// NewDigest, NewRepository and the registry check (tag-digest.ts, repository.ts, registry-host.ts).
// thv compares images by what this parser says, so the quirks are kept on purpose (e.g.
// `localhost/x` is a Docker Hub repository, `ghcr.io//x` is accepted, a digest is only checked
// for length and alphabet).





const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
function parse(ref) {
    if (ref.startsWith('http://') || ref.startsWith('https://')) {
        return {
            error: `image reference must not contain a URL scheme (http:// or https://): ${ref}; to connect to a registry over plain HTTP, use name.Insecure`
        };
    }
    const tagged = newTag(ref);
    if (!isError(tagged))
        return { kind: 'tag', ...tagged };
    const digested = newDigest(ref);
    if (!isError(digested))
        return { kind: 'digest', ...digested };
    // ggcr reports only the summary; keep the specific cause as a hint.
    return {
        error: `could not parse reference: ${ref}`,
        hint: ref.includes('@') ? digested.error : tagged.error
    };
}
function parseOrThrow(ref) {
    const p = parse(ref);
    if (isError(p))
        throw new ImageReferenceError(p.error, {}, p.hint);
    return p;
}
/**
 * go-containerregistry `name.ParseReference(ref)` with default options. A reference that carries
 * both a tag and a digest is a digest reference (its tag is dropped, as in ggcr).
 */
function parseReference(ref) {
    const p = parseOrThrow(ref);
    const out = {
        registry: p.registry,
        repository: p.repository,
        context: `${p.registry}/${p.repository}`
    };
    if (p.kind === 'tag')
        out.tag = p.tag;
    else
        out.digest = p.digest;
    return out;
}
/**
 * ToolHive's splitRepoTag: (Tag.Context().Name(), Tag.TagStr()). Throws ImageReferenceError when
 * the reference does not parse or is a digest reference.
 */
function splitRepoTag(ref) {
    const p = parseOrThrow(ref);
    if (p.kind !== 'tag')
        throw new ImageReferenceError(`reference ${(0,go_quote/* goQuote */.d)(ref)} is not a tag`);
    return { repo: `${p.registry}/${p.repository}`, tag: p.tag };
}
/** Host to talk to for the OCI distribution API: index.docker.io → registry-1.docker.io, else the registry as is. */
function registryApiHost(ref) {
    return ref.registry === DEFAULT_REGISTRY ? DOCKER_HUB_API_HOST : ref.registry;
}


/***/ }),

/***/ 14569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   UV: () => (/* binding */ normalizeSemver),
/* harmony export */   fn: () => (/* binding */ isValid)
/* harmony export */ });
// Port of golang.org/x/mod/semver (IsValid, Canonical, Compare) and ToolHive's normalizeSemver
// (pkg/workloads/upgrade/version.go). npm `semver` is not used: it rejects the vMAJOR / vMAJOR.MINOR
// shorthands that x/mod accepts and coerces forms that x/mod rejects, and the verdicts must match thv.
const isDigit = (c) => c >= 48 && c <= 57;
// [0-9A-Za-z-]
const isIdentChar = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c) || c === 45;
/** Length of the leading decimal number at `from` (no leading zeros), or -1. */
function intLength(v, from) {
    if (from >= v.length || !isDigit(v.charCodeAt(from)))
        return -1;
    let i = from + 1;
    while (i < v.length && isDigit(v.charCodeAt(i)))
        i++;
    if (v.charCodeAt(from) === 48 && i !== from + 1)
        return -1;
    return i - from;
}
/** All-digit identifier with a leading zero (illegal in a prerelease). */
function isBadNum(s) {
    if (s.length < 2 || s.charCodeAt(0) !== 48)
        return false;
    for (let i = 0; i < s.length; i++)
        if (!isDigit(s.charCodeAt(i)))
            return false;
    return true;
}
function isNum(s) {
    for (let i = 0; i < s.length; i++)
        if (!isDigit(s.charCodeAt(i)))
            return false;
    return true;
}
/** End index of a dot-separated identifier list starting after v[from] ('-' or '+'), or -1. */
function identListEnd(v, from, stopAtPlus, rejectBadNum) {
    let i = from + 1;
    let start = i;
    for (; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (stopAtPlus && c === 43)
            break;
        if (c === 46) {
            if (start === i || (rejectBadNum && isBadNum(v.slice(start, i))))
                return -1;
            start = i + 1;
        }
        else if (!isIdentChar(c)) {
            return -1;
        }
    }
    if (start === i || (rejectBadNum && isBadNum(v.slice(start, i))))
        return -1;
    return i;
}
function parse(v) {
    if (v.length === 0 || v.charCodeAt(0) !== 118 /* v */)
        return undefined;
    let pos = 1;
    let n = intLength(v, pos);
    if (n < 0)
        return undefined;
    const major = v.slice(pos, pos + n);
    pos += n;
    if (pos === v.length)
        return { major, minor: '0', patch: '0', short: '.0.0', prerelease: '', build: '' };
    if (v.charCodeAt(pos) !== 46)
        return undefined;
    n = intLength(v, ++pos);
    if (n < 0)
        return undefined;
    const minor = v.slice(pos, pos + n);
    pos += n;
    if (pos === v.length)
        return { major, minor, patch: '0', short: '.0', prerelease: '', build: '' };
    if (v.charCodeAt(pos) !== 46)
        return undefined;
    n = intLength(v, ++pos);
    if (n < 0)
        return undefined;
    const patch = v.slice(pos, pos + n);
    pos += n;
    let prerelease = '';
    let build = '';
    if (pos < v.length && v.charCodeAt(pos) === 45 /* - */) {
        const end = identListEnd(v, pos, true, true);
        if (end < 0)
            return undefined;
        prerelease = v.slice(pos, end);
        pos = end;
    }
    if (pos < v.length && v.charCodeAt(pos) === 43 /* + */) {
        const end = identListEnd(v, pos, false, false);
        if (end < 0)
            return undefined;
        build = v.slice(pos, end);
        pos = end;
    }
    if (pos !== v.length)
        return undefined;
    return { major, minor, patch, short: '', prerelease, build };
}
/** semver.IsValid: `v` required; vMAJOR and vMAJOR.MINOR are valid shorthands. */
function isValid(v) {
    return parse(v) !== undefined;
}
/** semver.Canonical: fills in .MINOR/.PATCH, drops build metadata; "" when invalid. */
function canonical(v) {
    const p = parse(v);
    if (!p)
        return '';
    if (p.build !== '')
        return v.slice(0, v.length - p.build.length);
    return v + p.short;
}
// Numbers have no leading zeros, so a longer one is larger.
function compareInt(x, y) {
    if (x === y)
        return 0;
    if (x.length !== y.length)
        return x.length < y.length ? -1 : 1;
    return x < y ? -1 : 1;
}
function comparePrerelease(x, y) {
    if (x === y)
        return 0;
    if (x === '')
        return 1;
    if (y === '')
        return -1;
    // Both start with '-'; drop it and walk the dot-separated identifiers.
    const xs = x.slice(1).split('.');
    const ys = y.slice(1).split('.');
    const n = Math.min(xs.length, ys.length);
    for (let i = 0; i < n; i++) {
        const dx = xs[i];
        const dy = ys[i];
        if (dx === dy)
            continue;
        const ix = isNum(dx);
        const iy = isNum(dy);
        if (ix !== iy)
            return ix ? -1 : 1;
        if (ix && dx.length !== dy.length)
            return dx.length < dy.length ? -1 : 1;
        return dx < dy ? -1 : 1;
    }
    return xs.length < ys.length ? -1 : 1;
}
/**
 * semver.Compare: -1 if a < b, 0 if equal, +1 if a > b. An invalid version is less than any
 * valid one; two invalid versions are equal.
 */
function compare(a, b) {
    const pa = parse(a);
    const pb = parse(b);
    if (!pa && !pb)
        return 0;
    if (!pa)
        return -1;
    if (!pb)
        return 1;
    return (compareInt(pa.major, pb.major) ||
        compareInt(pa.minor, pb.minor) ||
        compareInt(pa.patch, pb.patch) ||
        comparePrerelease(pa.prerelease, pb.prerelease));
}
/**
 * ToolHive's normalizeSemver: "1.2.3" → "v1.2.3", "V1.2.3" → "v1.2.3", anything else unchanged.
 * Only the first character is looked at; validity is decided afterwards by isValid.
 */
function normalizeSemver(tag) {
    if (tag === '')
        return tag;
    const c = tag.charCodeAt(0);
    if (c === 118 /* v */)
        return tag;
    if (c === 86 /* V */)
        return 'v' + tag.slice(1);
    if (isDigit(c))
        return 'v' + tag;
    return tag;
}


/***/ }),

/***/ 14300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ describeType),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   bg: () => (/* binding */ FieldError),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   fI: () => (/* binding */ mapKeysField),
/* harmony export */   g1: () => (/* binding */ stringListField)
/* harmony export */ });
/* harmony import */ var _text_text_position_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27986);

/** Thrown inside a parser when a field has the wrong type; turned into a ManifestProblem at the file boundary. */
class FieldError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
function spanOf(text, field) {
    const { line, column } = (0,_text_text_position_js__WEBPACK_IMPORTED_MODULE_0__/* .lineColumnAt */ .I)(text, field.start);
    return { offset: field.start, length: field.end - field.start, line, column };
}
/** Go's decoder leaves a string field empty for `null` and refuses other non-strings. */
function stringField(field, key) {
    if (field === undefined || field.value === null || field.value === undefined)
        return '';
    if (typeof field.value !== 'string')
        throw new FieldError(`"${key}" must be a string, found ${describeType(field.value)}`, field.start);
    return field.value;
}
/** Keys of a string→string map (values are never read: committed manifests may hold secrets). */
function mapKeysField(field, key) {
    if (field === undefined || field.value === null || field.value === undefined)
        return [];
    const value = field.value;
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new FieldError(`"${key}" must be an object of names to strings, found ${describeType(value)}`, field.start);
    }
    const names = Object.keys(value);
    for (const name of names) {
        const v = value[name];
        if (typeof v !== 'string' && v !== null) {
            throw new FieldError(`"${key}.${name}" must be a string, found ${describeType(v)}`, field.start);
        }
    }
    return names;
}
function stringListField(field, key) {
    if (field === undefined || field.value === null || field.value === undefined)
        return [];
    if (!Array.isArray(field.value))
        throw new FieldError(`"${key}" must be a list of strings, found ${describeType(field.value)}`, field.start);
    return field.value.map((item, i) => {
        if (typeof item !== 'string')
            throw new FieldError(`"${key}[${i}]" must be a string, found ${describeType(item)}`, field.start);
        return item;
    });
}
function describeType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value}`;
}


/***/ }),

/***/ 82889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ memberSpan),
/* harmony export */   T: () => (/* binding */ scanTopLevel)
/* harmony export */ });
// JSON.parse gives values but not positions. This scanner walks only the top level of an object
// document to find where each member's value token sits, skipping nested values without building
// them, so locating `image` costs about as much as one pass over the bytes.
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;
function isSpace(c) {
    return c === 32 || c === 10 || c === 13 || c === 9;
}
function skipSpace(text, i) {
    while (i < text.length && isSpace(text.charCodeAt(i)))
        i++;
    return i;
}
/** Index just past the closing quote of the string starting at `i` (which must be a quote), or -1. */
function skipString(text, i) {
    let j = i + 1;
    for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1)
            return -1;
        // An odd run of backslashes before the quote escapes it.
        let k = q - 1;
        while (k > i && text.charCodeAt(k) === BACKSLASH)
            k--;
        if ((q - 1 - k) % 2 === 0)
            return q + 1;
        j = q + 1;
    }
}
/** Index just past the value starting at `i`, or -1 when the text ends first. */
function skipValue(text, i) {
    const c = text.charCodeAt(i);
    if (c === QUOTE)
        return skipString(text, i);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        let depth = 0;
        let j = i;
        while (j < text.length) {
            const d = text.charCodeAt(j);
            if (d === QUOTE) {
                j = skipString(text, j);
                if (j === -1)
                    return -1;
                continue;
            }
            if (d === OPEN_BRACE || d === OPEN_BRACKET)
                depth++;
            else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
                depth--;
                if (depth === 0)
                    return j + 1;
            }
            j++;
        }
        return -1;
    }
    // Literal or number: runs to the next delimiter.
    let j = i;
    while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isSpace(d))
            break;
        j++;
    }
    return j;
}
/**
 * Members of the top-level object, in document order (duplicates kept), or undefined when the text
 * does not start with an object or is malformed at the top level (JSON.parse reports the details).
 */
function scanTopLevel(text, start = 0) {
    let i = skipSpace(text, start);
    if (text.charCodeAt(i) !== OPEN_BRACE)
        return undefined;
    i = skipSpace(text, i + 1);
    const members = [];
    if (text.charCodeAt(i) === CLOSE_BRACE)
        return { members, end: i + 1 };
    for (;;) {
        if (text.charCodeAt(i) !== QUOTE)
            return undefined;
        const keyEnd = skipString(text, i);
        if (keyEnd === -1)
            return undefined;
        const raw = text.slice(i + 1, keyEnd - 1);
        let key = raw;
        if (raw.includes('\\')) {
            try {
                key = JSON.parse(text.slice(i, keyEnd));
            }
            catch {
                return undefined;
            }
        }
        i = skipSpace(text, keyEnd);
        if (text.charCodeAt(i) !== COLON)
            return undefined;
        const valueStart = skipSpace(text, i + 1);
        const valueEnd = skipValue(text, valueStart);
        if (valueEnd === -1 || valueEnd === valueStart)
            return undefined;
        members.push({ key, valueStart, valueEnd });
        i = skipSpace(text, valueEnd);
        const c = text.charCodeAt(i);
        if (c === COMMA) {
            i = skipSpace(text, i + 1);
            continue;
        }
        if (c === CLOSE_BRACE)
            return { members, end: i + 1 };
        return undefined;
    }
}
/**
 * Where the value of the last top-level member named exactly `name` sits (document order, as Go
 * assigns fields), without building the member list: one pass that compares keys in place.
 */
function memberSpan(text, name, start = 0) {
    // Without a backslash no key is escaped and no string holds a quote, so a member's key appears
    // literally; if `"name"` appears only once, it is that member (when the object has it).
    const quoted = `"${name}"`;
    const first = text.indexOf(quoted, start);
    if (first !== -1 && text.indexOf(quoted, first + 1) === -1 && text.indexOf('\\', start) === -1) {
        const colon = skipSpace(text, first + quoted.length);
        if (text.charCodeAt(colon) === COLON) {
            const valueStart = skipSpace(text, colon + 1);
            const valueEnd = skipValue(text, valueStart);
            if (valueEnd > valueStart)
                return { start: valueStart, end: valueEnd };
        }
    }
    let i = skipSpace(text, start);
    if (text.charCodeAt(i) !== OPEN_BRACE)
        return undefined;
    i = skipSpace(text, i + 1);
    if (text.charCodeAt(i) === CLOSE_BRACE)
        return undefined;
    let found;
    for (;;) {
        if (text.charCodeAt(i) !== QUOTE)
            return found;
        const keyEnd = skipString(text, i);
        if (keyEnd === -1)
            return found;
        const rawLength = keyEnd - i - 2;
        let matches = rawLength === name.length && text.startsWith(name, i + 1);
        if (!matches && rawLength > name.length && text.lastIndexOf('\\', keyEnd - 2) > i) {
            try {
                matches = JSON.parse(text.slice(i, keyEnd)) === name;
            }
            catch {
                return found;
            }
        }
        i = skipSpace(text, keyEnd);
        if (text.charCodeAt(i) !== COLON)
            return found;
        const valueStart = skipSpace(text, i + 1);
        const valueEnd = skipValue(text, valueStart);
        if (valueEnd === -1 || valueEnd === valueStart)
            return found;
        if (matches)
            found = { start: valueStart, end: valueEnd };
        i = skipSpace(text, valueEnd);
        if (text.charCodeAt(i) !== COMMA)
            return found;
        i = skipSpace(text, i + 1);
    }
}


/***/ }),

/***/ 94502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: () => (/* binding */ isMcpServer),
/* harmony export */   Y1: () => (/* binding */ REGISTRY_SERVER_ANNOTATION),
/* harmony export */   rd: () => (/* binding */ mcpServerWorkload)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14300);
/* harmony import */ var _policy_opt_out_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3182);
/* harmony import */ var _check_secret_parameter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49988);



/**
 * MCPServer resources carry no registry reference (toolhive-formats §3.2), so this Action reads its
 * own annotation to link a resource to a registry entry. Without it the workload is, like a RunConfig
 * without `registry_server_name`, `not-registry-sourced`.
 */
const REGISTRY_SERVER_ANNOTATION = 'toolhive-upgrade/registry-server-name';
const API_GROUP = 'toolhive.stacklok.dev/';
function isMcpServer(doc) {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        return false;
    const { apiVersion, kind } = doc;
    return kind === 'MCPServer' && typeof apiVersion === 'string' && apiVersion.startsWith(API_GROUP);
}
function record(value, path) {
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FieldError */ .bg(`"${path}" must be a mapping, found ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .describeType */ .MF)(value)}`);
    return value;
}
function list(value, path) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FieldError */ .bg(`"${path}" must be a list, found ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .describeType */ .MF)(value)}`);
    return value.map((item, i) => record(item, `${path}[${i}]`));
}
function optionalString(value, path) {
    if (value === undefined || value === null)
        return '';
    if (typeof value !== 'string')
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FieldError */ .bg(`"${path}" must be a string, found ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .describeType */ .MF)(value)}`);
    return value;
}
/**
 * The workload an MCPServer describes, mapped the way the operator renders its RunConfig
 * (toolhive-formats §3.1). `imageField` is `spec.image` with its position.
 */
function mcpServerWorkload(text, doc, imageField, file, documentIndex) {
    const metadata = record(doc.metadata, 'metadata');
    const annotations = record(metadata.annotations, 'metadata.annotations');
    const spec = record(doc.spec, 'spec');
    if (imageField === undefined)
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FieldError */ .bg('"spec.image" is missing: an MCPServer needs the container image it runs');
    const image = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringField */ .OM)(imageField, 'spec.image');
    const secrets = list(spec.secrets, 'spec.secrets').map((s, i) => {
        const name = optionalString(s.name, `spec.secrets[${i}].name`);
        const target = optionalString(s.targetEnvName, `spec.secrets[${i}].targetEnvName`) || optionalString(s.key, `spec.secrets[${i}].key`);
        return (0,_check_secret_parameter_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSecretParameter */ .Lx)({ name, target });
    });
    const profile = record(spec.permissionProfile, 'spec.permissionProfile');
    const profileType = optionalString(profile.type, 'spec.permissionProfile.type') || 'builtin';
    const permissionProfileNameOrPath = profileType === 'configmap'
        ? `/etc/toolhive/profiles/${optionalString(profile.key, 'spec.permissionProfile.key')}`
        : optionalString(profile.name, 'spec.permissionProfile.name');
    return {
        kind: 'mcpserver',
        file,
        documentIndex,
        name: optionalString(metadata.name, 'metadata.name'),
        image,
        imageSpan: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(text, imageField),
        ...(imageField.viaAlias ? { imageViaAlias: true } : {}),
        registryServerName: optionalString(annotations[REGISTRY_SERVER_ANNOTATION], `metadata.annotations.${REGISTRY_SERVER_ANNOTATION}`),
        transport: optionalString(spec.transport, 'spec.transport') || 'stdio',
        permissionProfileNameOrPath: Object.keys(profile).length === 0 ? '' : permissionProfileNameOrPath,
        envVarNames: list(spec.env, 'spec.env').map((e, i) => optionalString(e.name, `spec.env[${i}].name`)),
        secrets,
        ...((0,_policy_opt_out_js__WEBPACK_IMPORTED_MODULE_2__/* .optsOut */ .N)(annotations) ? { optOut: 'annotation' } : {})
    };
}


/***/ }),

/***/ 11762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eN: () => (/* binding */ NOT_A_MANIFEST),
  SL: () => (/* binding */ fieldProblem),
  f3: () => (/* binding */ isJsonManifestName),
  d7: () => (/* binding */ parseJsonManifest)
});

// EXTERNAL MODULE: ./src/core/manifest/fields.ts
var fields = __webpack_require__(14300);
// EXTERNAL MODULE: ./src/core/text/text-position.ts
var text_position = __webpack_require__(27986);
// EXTERNAL MODULE: ./src/core/text/json-error.ts
var json_error = __webpack_require__(32094);
// EXTERNAL MODULE: ./src/core/manifest/json-scan.ts
var json_scan = __webpack_require__(82889);
;// CONCATENATED MODULE: ./src/core/manifest/parse-json.ts



const BOM = 0xfeff;
const UPPERCASE = /[A-Z]/;
/**
 * Parses a RunConfig the way Go's encoding/json decodes it: only the first value counts, and keys
 * match struct fields case-insensitively, the last match winning.
 */
function parseJsonDocument(text) {
    // The common case first: the whole text is one JSON value (no BOM, nothing after it) with
    // lowercase keys, as `thv export` writes. Values come from the parse; only positions that are
    // asked for are looked up in the text.
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return parseJsonDocumentAsGo(text);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return { ok: true, value, lookup: () => undefined, has: () => false };
    const object = value;
    for (const key in object)
        if (UPPERCASE.test(key))
            return parseJsonDocumentAsGo(text);
    const has = (key) => Object.prototype.hasOwnProperty.call(object, key);
    return {
        ok: true,
        value,
        lookup: (key) => (has(key) ? new LazyField(text, key, object[key]) : undefined),
        has
    };
}
/** A Field whose position is found only when read (most fields are only ever read for their value). */
class LazyField {
    text;
    key;
    value;
    span;
    constructor(text, key, value) {
        this.text = text;
        this.key = key;
        this.value = value;
    }
    locate() {
        return (this.span ??= (0,json_scan/* memberSpan */.L)(this.text, this.key) ?? { start: 0, end: 0 });
    }
    get start() {
        return this.locate().start;
    }
    get end() {
        return this.locate().end;
    }
}
/** Keys in several cases, a BOM, or data after the first value: the member list decides, as Go's decoder does. */
function parseJsonDocumentAsGo(text) {
    const start = text.charCodeAt(0) === BOM ? 1 : 0;
    const top = (0,json_scan/* scanTopLevel */.T)(text, start);
    // Parse the whole text unless Go would stop early (BOM, or data after the first value): slicing
    // copies the text, which costs as much as the parse itself on small files.
    const whole = start === 0 && (top === undefined || onlySpaceAfter(text, top.end));
    const json = whole ? text : text.slice(start, top?.end);
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        // Only a failed parse pays for the scan that says where and why.
        const { offset, reason } = (0,json_error/* locateJsonError */.R)(json);
        return { ok: false, message: `not valid JSON: ${reason}`, offset: start + offset };
    }
    if (top === undefined)
        return { ok: true, value, lookup: () => undefined, has: () => false };
    // Fields are built only for the keys asked for: most members of a RunConfig are never read.
    const byKey = new Map();
    for (const member of top.members)
        byKey.set(UPPERCASE.test(member.key) ? member.key.toLowerCase() : member.key, member);
    const object = value;
    return {
        ok: true,
        value,
        lookup: (key) => {
            const member = byKey.get(key);
            return member && { value: object[member.key], start: member.valueStart, end: member.valueEnd };
        },
        has: (key) => byKey.has(key)
    };
}
function onlySpaceAfter(text, from) {
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9)
            return false;
    }
    return true;
}
function describeOffset(text, offset) {
    return offset === undefined ? {} : (0,text_position/* lineColumnAt */.I)(text, offset);
}

// EXTERNAL MODULE: ./src/core/manifest/runconfig.ts
var runconfig = __webpack_require__(63590);
;// CONCATENATED MODULE: ./src/core/manifest/parse-json-manifest.ts




const NOT_A_MANIFEST = 'not a ToolHive RunConfig or MCPServer manifest (expected "image" and "name" keys, or kind: MCPServer)';
// While scanning, a file that does not parse is reported only when it looks like a broken manifest;
// tsconfig.json with comments is not ours to judge.
const MENTIONS_IMAGE_JSON = /"image"\s*:/i;
function fieldProblem(file, text, error, documentIndex, name) {
    if (!(error instanceof fields/* FieldError */.bg))
        throw error;
    return { file, documentIndex, name, message: error.message, ...(error.offset === undefined ? {} : (0,text_position/* lineColumnAt */.I)(text, error.offset)) };
}
/** A file that can only be JSON (core/manifest/parse syntaxOf): a run over nothing else needs no YAML parser. */
function isJsonManifestName(file) {
    return file.toLowerCase().endsWith('.json');
}
/** Parses one JSON file's text into workloads; never throws for bad input. */
function parseJsonManifest(file, text, options) {
    const doc = parseJsonDocument(text);
    if (!doc.ok) {
        if (!options.explicit && !MENTIONS_IMAGE_JSON.test(text))
            return { workloads: [], problems: [] };
        return { workloads: [], problems: [{ file, message: doc.message, ...describeOffset(text, doc.offset) }] };
    }
    const isObject = doc.value !== null && typeof doc.value === 'object' && !Array.isArray(doc.value);
    if (!isObject || !(0,runconfig/* looksLikeRunConfig */.J)(doc.has)) {
        return options.explicit ? { workloads: [], problems: [{ file, message: NOT_A_MANIFEST }] } : { workloads: [], problems: [] };
    }
    try {
        return { workloads: [(0,runconfig/* runConfigWorkload */.L)(text, doc.lookup, file, 0)], problems: [] };
    }
    catch (error) {
        const name = doc.lookup('name')?.value;
        return { workloads: [], problems: [fieldProblem(file, text, error, undefined, typeof name === 'string' ? name : undefined)] };
    }
}


/***/ }),

/***/ 63590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ looksLikeRunConfig),
/* harmony export */   L: () => (/* binding */ runConfigWorkload)
/* harmony export */ });
/* harmony import */ var _policy_opt_out_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3182);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14300);


// Keys only a RunConfig has; with `name` or `image` they tell a RunConfig from any other JSON/YAML
// file met while scanning a directory (package.json has a `name`, too).
const RUNCONFIG_KEYS = [
    'schema_version',
    'registry_server_name',
    'registry_api_url',
    'registry_url',
    'remote_url',
    'cmd_args',
    'container_name',
    'base_name',
    'transport',
    'target_port',
    'permission_profile',
    'permission_profile_name_or_path',
    'env_vars',
    'secrets',
    'isolate_network',
    'proxy_mode',
    'middleware_configs',
    'container_labels'
];
function looksLikeRunConfig(has) {
    const hasImage = has('image');
    const hasName = has('name');
    if (!hasImage && !hasName)
        return false;
    if (hasImage && hasName)
        return true;
    return RUNCONFIG_KEYS.some(has);
}
/** A RunConfig's checker-relevant fields (pkg/runner/config.go). Throws FieldError on a wrong type. */
function runConfigWorkload(text, get, file, documentIndex) {
    const imageField = get('image');
    if (imageField === undefined && get('remote_url') === undefined) {
        throw new _fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FieldError */ .bg('"image" is missing: a RunConfig needs the container image it runs');
    }
    const image = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringField */ .OM)(imageField, 'image');
    return {
        kind: 'runconfig',
        file,
        documentIndex,
        name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringField */ .OM)(get('name'), 'name'),
        image,
        imageSpan: imageField ? (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(text, imageField) : { offset: 0, length: 0, line: 1, column: 1 },
        ...(imageField?.viaAlias ? { imageViaAlias: true } : {}),
        registryServerName: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringField */ .OM)(get('registry_server_name'), 'registry_server_name'),
        transport: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringField */ .OM)(get('transport'), 'transport'),
        permissionProfileNameOrPath: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringField */ .OM)(get('permission_profile_name_or_path'), 'permission_profile_name_or_path'),
        envVarNames: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .mapKeysField */ .fI)(get('env_vars'), 'env_vars'),
        secrets: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringListField */ .g1)(get('secrets'), 'secrets'),
        ...((0,_policy_opt_out_js__WEBPACK_IMPORTED_MODULE_1__/* .optsOut */ .N)(get('container_labels')?.value) ? { optOut: 'label' } : {})
    };
}


/***/ }),

/***/ 70740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _i: () => (/* binding */ HELD_VERIFICATION),
  VC: () => (/* binding */ applyPolicy),
  pH: () => (/* binding */ heldUpgrades)
});

// UNUSED EXPORTS: subjectOf

// EXTERNAL MODULE: ./src/core/image/reference.ts + 6 modules
var reference = __webpack_require__(34801);
// EXTERNAL MODULE: ./src/core/image/version.ts
var version = __webpack_require__(14569);
// EXTERNAL MODULE: ./src/core/text/glob.ts
var text_glob = __webpack_require__(34749);
;// CONCATENATED MODULE: ./src/core/policy/evaluate.ts
// Decides whether the policy holds an upgrade back, and names the rule that did (`held_by`).
// thv's verdict is never changed: a held upgrade is still `upgrade-available`, just not proposed.

const compiled = new Map();
function matches(glob, value) {
    let re = compiled.get(glob);
    if (!re) {
        re = (0,text_glob/* globToRegExp */.tL)(glob);
        compiled.set(glob, re);
    }
    return re.test(value);
}
function any(globs, value) {
    return globs === undefined || globs.some((g) => matches(g, value));
}
/** A selector matches when every kind of glob it gives has one that matches. */
function selects(selector, subject) {
    return any(selector.workloads, subject.workload) && any(selector.servers, subject.server) && any(selector.paths, subject.path);
}
function at(source) {
    return source ? ` (${source.file}:${source.line})` : '';
}
function describeSelector(selector) {
    const parts = [];
    if (selector.workloads)
        parts.push(`workload ${selector.workloads.join(', ')}`);
    if (selector.servers)
        parts.push(`server ${selector.servers.join(', ')}`);
    if (selector.paths)
        parts.push(`path ${selector.paths.join(', ')}`);
    return parts.join(' + ');
}
/** A prerelease is wanted only when listed, or when the workload already runs a prerelease. */
function allowed(type, types, currentIsPrerelease) {
    if (type === 'prerelease')
        return types.includes('prerelease') || currentIsPrerelease;
    return types.includes(type);
}
/** Why the policy holds this upgrade back, or undefined when it may be proposed. */
function heldBy(policy, subject) {
    if (subject.optOut)
        return `${subject.optOut} toolhive-upgrade/ignore`;
    const ignored = policy.ignore.find((entry) => selects(entry.selector, subject));
    if (ignored)
        return `ignore ${describeSelector(ignored.selector)}${at(ignored.source)}`;
    // Later rules override earlier ones, setting by setting.
    let updateTypes = policy.updateTypes;
    let ignore;
    for (const rule of policy.rules) {
        if (!selects(rule.selector, subject))
            continue;
        if (rule.updateTypes)
            updateTypes = rule.updateTypes;
        if (rule.ignore)
            ignore = rule.ignore;
    }
    if (ignore?.value)
        return `rule ignore${at(ignore.source)}`;
    if (!allowed(subject.updateType, updateTypes.types, subject.currentIsPrerelease)) {
        // Without a source the types are the built-in default: say so, or the user looks for a rule.
        return `update-types [${updateTypes.types.join(', ')}]${updateTypes.source ? at(updateTypes.source) : ' (default)'}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/policy/apply.ts
// The policy over a run's results: each upgrade it holds back gets `held_by`, and stays
// `upgrade-available` (the verdict is thv's; the policy only decides what is proposed).



// Fleets pin the same few images many times over: each is read once.
const prereleaseImages = new Map();
function isPrerelease(image) {
    let known = prereleaseImages.get(image);
    if (known === undefined) {
        if (prereleaseImages.size > 50_000)
            prereleaseImages.clear();
        const v = (0,version/* normalizeSemver */.UV)((0,reference/* splitRepoTag */.pk)(image).tag);
        known = (0,version/* isValid */.fn)(v) && (0,version/* canonical */.$N)(v).includes('-');
        prereleaseImages.set(image, known);
    }
    return known;
}
/**
 * A held upgrade is never proposed, so its candidate is not verified: no registry traffic for
 * what the repository ignores, and no `unverified` finding failing a run over it.
 */
const HELD_VERIFICATION = { status: 'skipped' };
function subjectOf(upgrade, repositoryPath) {
    return {
        workload: upgrade.workload_name,
        server: upgrade.entry.name,
        path: repositoryPath(upgrade.file),
        ...(upgrade.workload.optOut ? { optOut: upgrade.workload.optOut } : {}),
        updateType: upgrade.update_type,
        currentIsPrerelease: isPrerelease(upgrade.current_image)
    };
}
/** The results with `held_by` on each upgrade the policy holds back; before or after verification. */
function applyPolicy(results, policy, repositoryPath) {
    return results.map((r) => {
        if (r.status !== 'upgrade-available')
            return r;
        const held = heldBy(policy, subjectOf(r, repositoryPath));
        return held === undefined ? r : { ...r, held_by: held };
    });
}
/** The upgrades the policy held back. */
function heldUpgrades(results) {
    return results.filter((r) => r.status === 'upgrade-available' && r.held_by !== undefined);
}


/***/ }),

/***/ 3182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ optsOut)
/* harmony export */ });
/* unused harmony export OPT_OUT_KEY */
// A manifest can opt out of upgrades on its own, next to the workload it describes: a RunConfig
// through `container_labels`, an MCPServer through `metadata.annotations`.
const OPT_OUT_KEY = 'toolhive-upgrade/ignore';
/** Whether a label/annotation map says `toolhive-upgrade/ignore: "true"` (an unquoted YAML `true` too). */
function optsOut(map) {
    if (map === null || typeof map !== 'object' || Array.isArray(map))
        return false;
    const value = map[OPT_OUT_KEY];
    return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}


/***/ }),

/***/ 83755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ UPDATE_TYPES),
/* harmony export */   z: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
// Which upgrades a repository wants proposed (beyond thv, whose apply path has its own policy gate).
const UPDATE_TYPES = ['major', 'minor', 'patch', 'prerelease'];
/** Everything is proposed when a repository has no policy file. */
const DEFAULT_POLICY = { ignore: [], updateTypes: { types: ['major', 'minor', 'patch'] }, rules: [] };


/***/ }),

/***/ 40004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R_: () => (/* binding */ NO_PROVENANCE_REASON),
/* harmony export */   kp: () => (/* binding */ verificationWithoutSignatureCheck),
/* harmony export */   v4: () => (/* binding */ VERIFY_MODES)
/* harmony export */ });
/* unused harmony export DISABLED_REASON */
// Provenance verification of a candidate image (beyond thv: `thv upgrade check` never verifies).
const VERIFY_MODES = ['enabled', 'warn', 'disabled'];
const NO_PROVENANCE_REASON = 'not verified: the registry publishes no provenance';
const DISABLED_REASON = 'verification disabled';
/**
 * The verification of a candidate that needs no signature check: none when verification is
 * disabled, and nothing to check against when the catalog entry publishes no provenance. Undefined
 * when the signature must be checked.
 */
function verificationWithoutSignatureCheck(mode, hasProvenance) {
    if (mode === 'disabled')
        return { status: 'skipped', reason: DISABLED_REASON };
    if (!hasProvenance)
        return { status: 'unverified', reason: NO_PROVENANCE_REASON };
    return undefined;
}


/***/ }),

/***/ 34749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ globBase),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
// A small glob dialect (`*`, `**`, `?`, `[...]`, `{a,b}`) for manifest paths; enough for
// `deploy/**/*.json` and `servers/{dev,prod}/*.yaml` without another dependency.
const GLOB_CHARS = /[*?[\]{}]/;
function isGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
/** The leading directories of a pattern that contain no glob characters: where to start walking. */
function globBase(pattern) {
    const parts = pattern.split('/');
    const base = [];
    for (const part of parts.slice(0, -1)) {
        if (isGlob(part))
            break;
        base.push(part);
    }
    return base.join('/') || '.';
}
function escapeRegex(c) {
    return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}
/** Compiles a glob (with `/` separators) to a regex matched against whole relative paths. */
function globToRegExp(pattern) {
    let re = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                // `**/` matches zero or more directories; a trailing `**` matches everything below.
                const slash = pattern[i + 2] === '/';
                re += slash ? '(?:[^/]*(?:/|$))*' : '.*';
                i += slash ? 2 : 1;
            }
            else {
                re += '[^/]*';
            }
        }
        else if (c === '?') {
            re += '[^/]';
        }
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end === -1) {
                re += '\\[';
            }
            else {
                const body = pattern
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                re += `[${body}]`;
                i = end;
            }
        }
        else if (c === '{') {
            braces++;
            re += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            re += ')';
        }
        else if (c === ',' && braces > 0) {
            re += '|';
        }
        else {
            re += escapeRegex(c);
        }
    }
    return new RegExp(`^${re}$`);
}


/***/ }),

/***/ 88982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ loadRegistryInProcess)
/* harmony export */ });
/* harmony import */ var _open_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18632);

const loadRegistryInProcess = (options) => ({
    want() { },
    async resolve(names) {
        const provider = await (0,_open_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .openRegistry */ .Me)(options);
        try {
            return { lookups: await provider.resolve([...names]), source: provider.registry.source };
        }
        finally {
            await provider.close?.();
        }
    },
    cancel() { }
});


/***/ }),

/***/ 22767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ manifestPathCheck)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// A manifest is read (and, in PR mode, edited) only as a regular file inside the repository.
// Following a symbolic link would read a file the repository does not hold (a secret next to the
// checkout, say) and a PR would then commit its content in place of the link.


const RULE = 'manifests are read only as regular files inside the repository';
/**
 * A check for files below `root`. Every directory between the root and the file is looked at once
 * per run (lstat, never following links); a named file costs one lstat, a scanned one none.
 */
function manifestPathCheck(root, options = {}) {
    const outsideRoot = options.outsideRoot ?? 'refuse';
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
    const linkedDirs = new Map();
    const isLink = (absolute) => {
        let known = linkedDirs.get(absolute);
        if (known === undefined) {
            try {
                known = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute).isSymbolicLink();
            }
            catch {
                known = false;
            }
            linkedDirs.set(absolute, known);
        }
        return known;
    };
    const below = (absolute) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, absolute);
        return { rel, outside: rel === '' || rel === '..' || rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) };
    };
    // Every file a scan finds below one base gets the same answer about where it lies and the
    // directories on its way: worked out once per base, not once per file. Only a base above the
    // root holds files both inside and outside it.
    const scanBases = new Map();
    const scanBase = (scanned) => {
        let known = scanBases.get(scanned);
        if (!known) {
            const { rel, outside } = below(scanned);
            if (rel === '' || !outside)
                known = { where: 'inside', refusal: linkedDirectoryOnTheWay([...rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).filter(Boolean), '']) };
            else {
                const toRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(scanned, base);
                known = { where: toRoot === '..' || toRoot.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(toRoot) ? 'outside' : 'around' };
            }
            scanBases.set(scanned, known);
        }
        return known;
    };
    const linkedDirectoryOnTheWay = (parts) => {
        let dir = base;
        for (const part of parts.slice(0, -1)) {
            dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, part);
            if (isLink(dir))
                return `is inside ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, dir).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')}, a symbolic link to a directory; ${RULE}`;
        }
        return undefined;
    };
    return (absolute, scan) => {
        const scanned = scan && scanBase(scan.base);
        if (scanned?.where === 'inside')
            return scan.link ? `is a symbolic link; ${RULE}` : scanned.refusal;
        if (scanned?.where === 'outside') {
            if (outsideRoot === 'refuse')
                return `is outside the repository; ${RULE}`;
            return scan.link ? `is a symbolic link; ${RULE}` : undefined;
        }
        const { rel, outside } = below(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(base, absolute));
        if (outside && outsideRoot === 'refuse')
            return `is outside the repository; ${RULE}`;
        // A file named outside the root (a CLI path, say) was chosen by whoever runs the check; it must
        // still be a regular file itself. Inside the root, no directory on the way may be a link.
        if (scan?.link)
            return `is a symbolic link; ${RULE}`;
        if (!outside) {
            // Only a scan from above the root gets here with a scanned file: it never entered a linked
            // directory, so this finds none; a named file may sit below one.
            const refused = linkedDirectoryOnTheWay(rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)));
            if (refused)
                return refused;
        }
        // The scan read the entry's type from its directory listing: a regular file (or a link, above).
        if (scan)
            return undefined;
        let stat;
        try {
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
        }
        catch (error) {
            return `cannot read file: ${error.code ?? String(error)}`;
        }
        if (stat.isSymbolicLink())
            return `is a symbolic link; ${RULE}`;
        if (!stat.isFile())
            return `is not a regular file; ${RULE}`;
        return undefined;
    };
}


/***/ }),

/***/ 74104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ repositoryRootOf),
/* harmony export */   m: () => (/* binding */ findRepositoryRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Where a git checkout starts: the nearest directory holding `.git` (a directory, or a file in
// worktrees and submodules). A repository checked out into a subdirectory (actions/checkout with
// `path:`) is found without any input.


function holdsGit(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.git'));
        return true;
    }
    catch {
        return false;
    }
}
/** The nearest directory from `startDir` up (never above `ceiling`, when given) that holds `.git`. */
function nearestCheckout(startDir, ceiling) {
    const top = ceiling === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ceiling);
    const inside = (d) => top === undefined || d === top || d.startsWith(`${top}${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`);
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(startDir); inside(dir); dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir)) {
        if (holdsGit(dir))
            return dir;
        if (dir === top || node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir) === dir)
            return undefined;
    }
    return undefined;
}
/** The checkout root of `absoluteFile`, never above `workspace`; `workspace` when no `.git` is found (a tarball checkout). */
function repositoryRootOf(absoluteFile, workspace) {
    return nearestCheckout(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(absoluteFile)), workspace) ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
}
/** The git work tree holding the directory `start`; outside a work tree, `start` itself. */
function findRepositoryRoot(start) {
    return nearestCheckout(start) ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(start);
}


/***/ })

};
