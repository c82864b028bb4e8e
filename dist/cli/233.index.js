export const id = 233;
export const ids = [233];
export const modules = {

/***/ 7:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ NoManifestsError),
/* harmony export */   U: () => (/* binding */ requireManifests)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
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

/***/ 3540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hO: () => (/* binding */ cliPolicyFile),
/* harmony export */   tb: () => (/* binding */ loadPolicy),
/* harmony export */   vy: () => (/* binding */ repositoryPathOf)
/* harmony export */ });
/* unused harmony exports DEFAULT_POLICY_FILE, actionPolicyFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_policy_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3755);
/* harmony import */ var _io_git_repository_root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4104);
// Finds and reads the upgrade policy file. Paths in the policy, and the file's own name in
// `held_by` notes and errors, are relative to the repository root.





/** The Action reads this file when it exists and no `config` input names another. */
const DEFAULT_POLICY_FILE = '.github/toolhive-upgrade.yml';
/** CLI `--config FILE`, relative to the current directory. */
function cliPolicyFile(config, cwd) {
    return config === undefined ? undefined : { path: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, config), explicit: true };
}
/** Action input `config`, relative to the repository root; unset: the default file, if present. */
function actionPolicyFile(config, workspace) {
    const root = findRepositoryRoot(workspace);
    return { path: path.resolve(root, config ?? DEFAULT_POLICY_FILE), explicit: config !== undefined };
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
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(715)]).then(__webpack_require__.bind(__webpack_require__, 6715));
    return parsePolicy(text, name);
}
/** Maps a result's `file` (relative to the run's root) to its path from the repository root. */
function repositoryPathOf(root, repositoryRoot) {
    const prefix = toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(repositoryRoot, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root)));
    return (file) => node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(file) ? toPosix(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(repositoryRoot, file)) : node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(prefix ? `${prefix}/${file}` : file);
}


/***/ }),

/***/ 1103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ loadCandidateVerifier),
  k: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./src/core/manifest/parse-json-manifest.ts + 2 modules
var parse_json_manifest = __webpack_require__(131);
// EXTERNAL MODULE: ./src/core/provenance/verification.ts
var verification = __webpack_require__(4);
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
var go_quote = __webpack_require__(5142);
// EXTERNAL MODULE: ./src/core/image/reference.ts + 6 modules
var reference = __webpack_require__(4801);
// EXTERNAL MODULE: ./src/core/image/version.ts
var version = __webpack_require__(4569);
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
var diff = __webpack_require__(711);
var diff_default = /*#__PURE__*/__webpack_require__.n(diff);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __webpack_require__(6353);
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
var mcpserver = __webpack_require__(4502);
// EXTERNAL MODULE: ./src/core/text/nearest.ts
var nearest = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/core/check/secret-parameter.ts
var secret_parameter = __webpack_require__(9988);
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
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/text/glob.ts
var glob = __webpack_require__(4749);
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

;// CONCATENATED MODULE: ./src/io/files/regular-file.ts
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
    const base = external_node_path_default().resolve(root);
    const linkedDirs = new Map();
    const isLink = (absolute) => {
        let known = linkedDirs.get(absolute);
        if (known === undefined) {
            try {
                known = (0,external_node_fs_.lstatSync)(absolute).isSymbolicLink();
            }
            catch {
                known = false;
            }
            linkedDirs.set(absolute, known);
        }
        return known;
    };
    const below = (absolute) => {
        const rel = external_node_path_default().relative(base, absolute);
        return { rel, outside: rel === '' || rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel) };
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
                known = { where: 'inside', refusal: linkedDirectoryOnTheWay([...rel.split((external_node_path_default()).sep).filter(Boolean), '']) };
            else {
                const toRoot = external_node_path_default().relative(scanned, base);
                known = { where: toRoot === '..' || toRoot.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(toRoot) ? 'outside' : 'around' };
            }
            scanBases.set(scanned, known);
        }
        return known;
    };
    const linkedDirectoryOnTheWay = (parts) => {
        let dir = base;
        for (const part of parts.slice(0, -1)) {
            dir = external_node_path_default().join(dir, part);
            if (isLink(dir))
                return `is inside ${external_node_path_default().relative(base, dir).split((external_node_path_default()).sep).join('/')}, a symbolic link to a directory; ${RULE}`;
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
        const { rel, outside } = below(external_node_path_default().resolve(base, absolute));
        if (outside && outsideRoot === 'refuse')
            return `is outside the repository; ${RULE}`;
        // A file named outside the root (a CLI path, say) was chosen by whoever runs the check; it must
        // still be a regular file itself. Inside the root, no directory on the way may be a link.
        if (scan?.link)
            return `is a symbolic link; ${RULE}`;
        if (!outside) {
            // Only a scan from above the root gets here with a scanned file: it never entered a linked
            // directory, so this finds none; a named file may sit below one.
            const refused = linkedDirectoryOnTheWay(rel.split((external_node_path_default()).sep));
            if (refused)
                return refused;
        }
        // The scan read the entry's type from its directory listing: a regular file (or a link, above).
        if (scan)
            return undefined;
        let stat;
        try {
            stat = (0,external_node_fs_.lstatSync)(absolute);
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
var registry_load = __webpack_require__(8982);
// EXTERNAL MODULE: ./src/app/no-manifests.ts
var no_manifests = __webpack_require__(7);
// EXTERNAL MODULE: ./src/core/policy/apply.ts + 1 modules
var apply = __webpack_require__(740);
// EXTERNAL MODULE: ./src/io/git/repository-root.ts
var repository_root = __webpack_require__(4104);
// EXTERNAL MODULE: ./src/app/policy-file.ts
var policy_file = __webpack_require__(3540);
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
    const refusal = manifestPathCheck(options.root, { outsideRoot: 'allow' });
    // The YAML library costs startup time: loaded only when some file may be YAML.
    const onlyJson = files.every((f) => (0,parse_json_manifest/* isJsonManifestName */.f3)(f.path));
    const parseManifest = onlyJson ? parse_json_manifest/* parseJsonManifest */.d7 : (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(949)]).then(__webpack_require__.bind(__webpack_require__, 1949))).parseManifest;
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

/***/ 4233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/check/fail-on.ts

/** What can make a run fail: thv's statuses (but up-to-date), plus findings beyond thv. */
const FAIL_ON_KEYS = [
    'upgrade-available',
    'unknown',
    'server-not-found',
    'not-registry-sourced',
    'missing-env',
    'invalid',
    'unverified',
    'held',
    'deprecated'
];
/** Stale, unverifiable or broken manifests fail a required check; `unknown` (e.g. `latest` tags) only warns. */
const DEFAULT_FAIL_ON_CHECK = ['upgrade-available', 'server-not-found', 'missing-env', 'invalid', 'unverified'];
/** In PR mode the PR is the answer to an upgrade; the run fails only on what a PR cannot fix. */
const DEFAULT_FAIL_ON_PR = ['invalid'];
function parseFailOn(value, fallback) {
    const items = value
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
    if (items.length === 0)
        return fallback;
    if (items.length === 1 && items[0] === 'none')
        return [];
    const unknown = items.filter((i) => !FAIL_ON_KEYS.includes(i));
    if (unknown.length) {
        throw new errors/* ConfigurationError */.j('invalid-fail-on', `fail-on: unknown value ${unknown.map((u) => JSON.stringify(u)).join(', ')}`, {}, `use a comma list of ${FAIL_ON_KEYS.join(', ')}, or none`);
    }
    return [...new Set(items)];
}
/** Every finding a row carries, whether or not it fails the run. */
function findingsOf(row) {
    const findings = [];
    // A held upgrade is what the repository asked for: it counts as `held`, not as `upgrade-available`.
    if (row.status === 'upgrade-available' && row.held_by !== undefined)
        findings.push('held');
    else if (row.status !== 'up-to-date')
        findings.push(row.status);
    if (row.missing_env_vars?.length)
        findings.push('missing-env');
    if (row.verification?.status === 'unverified')
        findings.push('unverified');
    if (row.deprecated)
        findings.push('deprecated');
    return findings;
}
function failingFindings(row, failOn) {
    return findingsOf(row).filter((f) => failOn.includes(f));
}

;// CONCATENATED MODULE: ./src/core/render/json.ts
// Key order and omitempty as Go's encoding/json writes thv's CheckResult, so `--format json` diffs
// cleanly against `thv upgrade check --format json`; our additions come after thv's fields.
function envVarInfo(e) {
    const out = { name: e.name };
    if (e.description)
        out.description = e.description;
    out.required = e.required;
    if (e.secret)
        out.secret = true;
    if (e.default)
        out.default = e.default;
    return out;
}
function envDrift(d) {
    if (!d || (!d.added?.length && !d.removed?.length))
        return undefined;
    const out = {};
    if (d.added?.length)
        out.added = d.added.map(envVarInfo);
    if (d.removed?.length)
        out.removed = d.removed.map(envVarInfo);
    return out;
}
function configDrift(d) {
    if (!d || (!d.transport && !d.permission_profile))
        return undefined;
    const out = {};
    if (d.transport)
        out.transport = { from: d.transport.from, to: d.transport.to };
    if (d.permission_profile)
        out.permission_profile = { from: d.permission_profile.from, to: d.permission_profile.to };
    return out;
}
function verification(v) {
    if (!v)
        return undefined;
    const out = { status: v.status };
    if (v.digest)
        out.digest = v.digest;
    if (v.signer) {
        const { repository, workflow, ref, issuer, runner_environment } = v.signer;
        out.signer = Object.fromEntries(Object.entries({ repository, workflow, ref, issuer, runner_environment }).filter(([, x]) => x));
    }
    if (v.reason)
        out.reason = v.reason;
    if (v.trusted_root)
        out.trusted_root = v.trusted_root;
    if (v.signature_source)
        out.signature_source = v.signature_source;
    return out;
}
function rowToJson(row) {
    const out = { workload_name: row.workload_name };
    if (row.registry_server)
        out.registry_server = row.registry_server;
    out.status = row.status;
    if (row.current_image)
        out.current_image = row.current_image;
    if (row.candidate_image)
        out.candidate_image = row.candidate_image;
    if (row.reason)
        out.reason = row.reason;
    const env = envDrift(row.env_var_drift);
    if (env)
        out.env_var_drift = env;
    const config = configDrift(row.config_drift);
    if (config)
        out.config_drift = config;
    out.file = row.file;
    if (row.line !== undefined)
        out.line = row.line;
    if (row.update_type)
        out.update_type = row.update_type;
    if (row.held_by)
        out.held_by = row.held_by;
    if (row.deprecated)
        out.deprecated = true;
    if (row.missing_env_vars?.length)
        out.missing_env_vars = row.missing_env_vars.map(envVarInfo);
    const v = verification(row.verification);
    if (v)
        out.verification = v;
    return out;
}
function renderJson(rows) {
    return `${JSON.stringify(rows.map(rowToJson), null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/core/image/written-reference.ts
var written_reference = __webpack_require__(7302);
// EXTERNAL MODULE: ./src/core/render/escape/unsafe-characters.ts
var unsafe_characters = __webpack_require__(7847);
;// CONCATENATED MODULE: ./src/core/render/escape/terminal.ts
// The terminal channel: CLI table, notes and stderr, and every message the Action logs (a step's
// stdout is scanned for `::command::` lines). Untrusted text becomes one printable line.

/**
 * One printable line: line breaks, controls, bidi and zero-width characters shown as escapes, and
 * never a workflow command: the runner reads a line as one when it starts with `::` after
 * whitespace, so a leading `:` of such text is escaped too (the text may start a line: a table row,
 * a note, a log message).
 */
function terminalLine(text) {
    return (0,unsafe_characters/* escapeUnsafeCharacters */.e4)(text).replace(/^(\s*):(?=:)/, '$1\\x3a');
}
/**
 * A logger whose every message is one printable line before it reaches `sink`: log lines carry
 * registry and manifest strings (images, names, URLs) that must not start a workflow command.
 */
function safeLogger(sink) {
    return {
        info: (message) => sink.info(terminalLine(message)),
        warning: (message) => sink.warning(terminalLine(message)),
        debug: (message) => sink.debug(terminalLine(message))
    };
}

// EXTERNAL MODULE: ./src/core/render/policy-notes.ts
var policy_notes = __webpack_require__(7896);
;// CONCATENATED MODULE: ./src/core/render/table.ts



const DEFAULT_TABLE_WIDTH = 120;
/** Narrower than this, the table is not worth fitting: lines may then run over. */
const MIN_WIDTH = 40;
const GAP = 3;
const COLUMNS = [
    { header: 'NAME' },
    { header: 'STATUS' },
    { header: 'CURRENT' },
    { header: 'CANDIDATE' },
    { header: 'NEW-ENV', noteLabel: 'new env' },
    { header: 'POSTURE', noteLabel: 'posture' },
    { header: 'FILE' }
];
const NON_ASCII = /[^\x00-\x7f]/;
/** Width in characters (code points), cheap for the ASCII that image references are. */
function width(s) {
    return NON_ASCII.test(s) ? [...s].length : s.length;
}
function dash(s) {
    return s ? s : '-';
}
function where(row) {
    return row.line ? `${row.file}:${row.line}` : row.file;
}
/** The candidate's tag alone when only the tag changes; the whole reference when the repository does. */
function candidateCell(row) {
    const candidate = row.candidate_image;
    if (!candidate || !row.current_image || candidate.includes('@'))
        return candidate;
    const name = (0,written_reference/* nameOf */.Vb)(candidate);
    return name === (0,written_reference/* nameOf */.Vb)(row.current_image) && name.length < candidate.length ? candidate.slice(name.length + 1) : candidate;
}
/** A verification the user asked for: `skipped` means they turned it off, so it is not news. */
function shownVerification(row) {
    const v = row.verification;
    return v && v.status !== 'not-applicable' && v.status !== 'skipped' ? v : undefined;
}
function tableCells(row) {
    const added = row.env_var_drift?.added?.map((e) => e.name) ?? [];
    const missing = row.missing_env_vars?.map((e) => `missing ${e.name}`) ?? [];
    const posture = row.config_drift ? '⚠ drift' : '';
    const verification = shownVerification(row);
    // Names, images, env var names and paths come from manifests and the registry: one line each.
    return [
        dash(row.workload_name),
        row.status + (verification ? ` [${verification.status}]` : ''),
        dash(row.current_image),
        dash(candidateCell(row)),
        dash([...added, ...missing].join(',')),
        dash(posture),
        where(row)
    ].map(terminalLine);
}
/** Reasons are long; they follow the table, one per workload, so the columns stay readable. */
function notes(rows, cells, moved) {
    const out = [];
    rows.forEach((row, r) => {
        const parts = [];
        for (const text of [row.reason, shownVerification(row)?.reason, ...(0,policy_notes/* policyNotes */.Y3)(row)]) {
            // The same words twice (a reason that repeats the verification's) say nothing new.
            if (text && !parts.includes(terminalLine(text)))
                parts.push(terminalLine(text));
        }
        for (const c of moved)
            if (cells[r][c] !== '-')
                parts.push(`${COLUMNS[c].noteLabel}: ${cells[r][c]}`);
        if (parts.length === 0)
            return;
        const name = row.workload_name ? `${terminalLine(row.workload_name)}: ` : '';
        out.push(`${terminalLine(where(row))}: ${name}${parts.join('; ')}`);
    });
    return out;
}
// Where a long cell may break: after a separator of image references, paths and lists.
const BREAK_AFTER = new Set(['/', ',', ':', '-', '_', ' ', '@']);
function firstAfterBlanks(chars, from) {
    let i = from;
    while (chars[i] === ' ')
        i++;
    return chars[i];
}
/** `text` in pieces of at most `max` characters, broken after a separator when one is near. */
function wrap(text, max) {
    const chars = [...text];
    const pieces = [];
    while (chars.length > max) {
        let cut = max;
        for (let i = max; i > Math.floor(max / 2); i--) {
            if (BREAK_AFTER.has(chars[i - 1])) {
                cut = i;
                break;
            }
        }
        // A piece starting with `:` could start a line with `::` (a workflow command) after blanks.
        while (cut > 1 && firstAfterBlanks(chars, cut) === ':')
            cut--;
        pieces.push(chars.splice(0, cut).join('').trimEnd());
        while (chars[0] === ' ')
            chars.shift();
    }
    pieces.push(chars.join(''));
    return pieces;
}
/** A note over several lines: words kept whole where they fit, continuation lines indented. */
function wrapNote(note, max) {
    const indent = '    ';
    const lines = [];
    let line = '';
    // Any word may start a continuation line: one starting with `::` is escaped as a line start would be.
    for (const word of note.split(' ').map(terminalLine)) {
        const room = max - (lines.length ? indent.length : 0);
        const joined = line ? `${line} ${word}` : word;
        if (width(joined) <= room) {
            line = joined;
            continue;
        }
        if (line)
            lines.push(line);
        const pieces = width(word) > max - indent.length ? wrap(word, max - indent.length) : [word];
        for (const piece of pieces.slice(0, -1))
            lines.push(piece);
        line = pieces[pieces.length - 1];
    }
    lines.push(line);
    return lines.map((l, i) => (i === 0 ? l : indent + l));
}
function naturalWidths(lines, columns) {
    return columns.map((c) => Math.max(...lines.map((cells) => width(cells[c]))));
}
function total(widths) {
    return widths.reduce((sum, w) => sum + w, 0) + GAP * (widths.length - 1);
}
/** The columns to show and their widths, and the columns whose content moves to the notes. */
function layout(lines, maxWidth) {
    const body = lines.slice(1);
    // A column of dashes only says nothing: dropped first when space is short.
    let columns = COLUMNS.map((_, c) => c);
    const fits = () => total(naturalWidths(lines, columns)) <= maxWidth;
    if (fits())
        return { columns, widths: naturalWidths(lines, columns), moved: [] };
    columns = columns.filter((c) => !COLUMNS[c].noteLabel || body.some((cells) => cells[c] !== '-'));
    const moved = [];
    for (const c of [5, 4]) {
        if (fits() || !columns.includes(c))
            continue;
        columns = columns.filter((x) => x !== c);
        moved.push(c);
    }
    moved.sort((a, b) => a - b);
    const widths = naturalWidths(lines, columns);
    // Then the widest cells wrap, one character at a time off the widest column, down to its header
    // (and in a very narrow terminal, the headers too).
    for (const floor of [columns.map((c) => width(COLUMNS[c].header)), columns.map(() => 3)]) {
        while (total(widths) > maxWidth) {
            let widest = -1;
            for (let i = 0; i < widths.length; i++)
                if (widths[i] > floor[i] && (widest === -1 || widths[i] > widths[widest]))
                    widest = i;
            if (widest === -1)
                break;
            widths[widest]--;
        }
    }
    return { columns, widths, moved };
}
/** Pads columns like Go's tabwriter (minwidth 0, padding 3), within `options.width` columns. */
function renderTable(rows, options = {}) {
    const maxWidth = Math.max(MIN_WIDTH, options.width ?? DEFAULT_TABLE_WIDTH);
    const cells = rows.map(tableCells);
    const grid = [COLUMNS.map((c) => c.header), ...cells];
    const { columns, widths, moved } = layout(grid, maxWidth);
    const table = [];
    for (const row of grid) {
        const wrapped = columns.map((c, i) => wrap(row[c], widths[i]));
        const height = Math.max(...wrapped.map((w) => w.length));
        for (let l = 0; l < height; l++) {
            const line = wrapped
                .map((pieces, i) => {
                const piece = pieces[l] ?? '';
                return i === wrapped.length - 1 ? piece : piece + ' '.repeat(widths[i] - width(piece) + GAP);
            })
                .join('')
                .trimEnd();
            table.push(line);
        }
    }
    const extra = notes(rows, cells, moved).flatMap((note) => wrapNote(note, maxWidth));
    // Cells are escaped, but a wrapped piece may start a line with `::` after blanks: escape again per line.
    const lines = [...table, ...(extra.length ? ['', ...extra] : [])].map(terminalLine);
    // A blank line after the notes keeps them apart from whatever the terminal prints next.
    return lines.join('\n') + (extra.length ? '\n\n' : '\n');
}

;// CONCATENATED MODULE: ./src/core/render/trusted-root.ts
/** Which sigstore trusted root checked the signatures, in words ('tuf', 'embedded' or a file path). */
function describeTrustedRoot(root, quote = (s) => s) {
    if (root === 'tuf')
        return 'the public-good sigstore trusted root (TUF)';
    if (root === 'embedded')
        return 'the public-good sigstore trusted root shipped with @sigstore/tuf (TUF was unreachable)';
    return `the trusted root ${quote(root)}`;
}

// EXTERNAL MODULE: ./src/core/render/markdown-escape.ts
var markdown_escape = __webpack_require__(3007);
;// CONCATENATED MODULE: ./src/core/render/escape/utf8-bytes.ts
// GitHub measures its limits (job summary 1 MiB, step outputs 1 MB) in UTF-8 bytes, not in the
// UTF-16 units of String#length: a name in CJK is 1.5 times larger there, 3 bytes for each unit.
/** The size of `text` in UTF-8 bytes (a lone surrogate counts as the U+FFFD it is written as). */
function utf8Bytes(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}

// EXTERNAL MODULE: ./src/core/render/image-change.ts
var image_change = __webpack_require__(5278);
;// CONCATENATED MODULE: ./src/core/render/source-link.ts
// Links from a report to a manifest line at the commit that was checked. The values come from the
// runner's environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA); anything unexpected in
// them means no link rather than a link somewhere else.
const SERVER_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\/?$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
/** encodeURIComponent plus the characters it leaves that end or confuse a markdown link destination. */
function encodePathSegment(segment) {
    return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * `https://github.com/OWNER/REPO/blob/<sha>/<path>#L<line>`, or undefined when the location is not
 * complete or the file is not a plain repository-relative path.
 */
function blobUrl(links, file, line) {
    if (!links?.serverUrl || !links.repository || !links.sha)
        return undefined;
    if (!SERVER_URL.test(links.serverUrl) || !REPOSITORY.test(links.repository) || !SHA.test(links.sha))
        return undefined;
    const path = file.replace(/^(\.\/)+/, '');
    const segments = path.split('/');
    if (path === '' || /^[A-Za-z]:/.test(path) || path.includes('\\') || segments.some((s) => s === '' || s === '.' || s === '..'))
        return undefined;
    const repository = links.repository.split('/').map(encodePathSegment).join('/');
    const anchor = line && Number.isInteger(line) && line > 0 ? `#L${line}` : '';
    return `${links.serverUrl.replace(/\/$/, '')}/${repository}/blob/${links.sha}/${segments.map(encodePathSegment).join('/')}${anchor}`;
}

;// CONCATENATED MODULE: ./src/core/render/summary.ts







/** In UTF-8 bytes, as GitHub measures the job summary (1 MiB per step), with room to spare. */
const SUMMARY_LIMIT = 1_000_000;
const STATUS_ICON = {
    'up-to-date': '✅',
    'upgrade-available': '⬆️',
    'not-registry-sourced': '➖',
    'server-not-found': '❓',
    unknown: '⚠️',
    invalid: '❌'
};
function code(s) {
    return s ? (0,markdown_escape/* inlineCode */.ti)(s) : '–';
}
function driftNotes(row) {
    const notes = [];
    for (const e of row.env_var_drift?.added ?? []) {
        notes.push(`new ${e.required ? 'required' : 'optional'}${e.secret ? ' secret' : ''} env ${code(e.name)}`);
    }
    for (const e of row.env_var_drift?.removed ?? [])
        notes.push(`env ${code(e.name)} no longer declared`);
    const t = row.config_drift?.transport;
    if (t)
        notes.push(`transport ${code(t.from)} → ${code(t.to)}`);
    const p = row.config_drift?.permission_profile;
    if (p)
        notes.push(`permission profile ${code(p.from)} → ${code(p.to)}`);
    for (const e of row.missing_env_vars ?? [])
        notes.push(`missing required env ${code(e.name)}`);
    if (row.reason)
        notes.push((0,markdown_escape/* escapeMarkdown */.FV)(row.reason));
    notes.push(...(0,policy_notes/* policyNotesMarkdown */.$J)(row));
    const v = row.verification;
    if (v && v.status !== 'not-applicable') {
        notes.push(v.status === 'verified' ? `verified ${code(v.digest)}` : `${v.status}${v.reason ? `: ${(0,markdown_escape/* escapeMarkdown */.FV)(v.reason)}` : ''}`);
    }
    return notes.join('<br>') || '–';
}
/** The job summary: counts, then one row per workload with its drift. */
function renderMarkdownSummary(rows, context) {
    const counts = new Map();
    for (const row of rows)
        counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
    const failing = rows.filter((r) => failingFindings(r, context.failOn).length > 0).length;
    const lines = [];
    lines.push('## ToolHive workload upgrade check', '');
    lines.push(`${rows.length} workload${rows.length === 1 ? '' : 's'} checked against ${code(context.registrySource)}: ` +
        [...counts].map(([status, n]) => `${n} ${status}`).join(', ') +
        '.');
    lines.push(failing === 0
        ? `Nothing matched fail-on (${context.failOn.join(', ') || 'none'}).`
        : `**${failing} workload${failing === 1 ? '' : 's'} matched fail-on** (${context.failOn.join(', ')}).`, '');
    if (context.trustedRoot) {
        lines.push(`Candidate signatures were checked against ${describeTrustedRoot(context.trustedRoot, code)}.`, '');
    }
    for (const pr of context.pullRequests ?? []) {
        const link = pr.url ? `[#${pr.number}](${pr.url})` : code(pr.branch);
        lines.push(`- Pull request ${link}: ${pr.operation}${pr.note ? ` (${(0,markdown_escape/* escapeMarkdown */.FV)(pr.note)})` : ''}`);
    }
    if (context.pullRequests?.length)
        lines.push('');
    lines.push(...(0,policy_notes/* renderHeldSection */.pI)(rows));
    if (rows.length === 0)
        return lines.join('\n') + '\n';
    const cells = (row) => {
        const findings = findingsOf(row).filter((f) => f !== row.status);
        const status = `${STATUS_ICON[row.status] ?? ''} ${row.status}${findings.length ? ` (${findings.join(', ')})` : ''}`;
        const where = code(`${row.file}${row.line ? `:${row.line}` : ''}`);
        const url = blobUrl(context.sourceLinks, row.file, row.line);
        return [
            row.workload_name ? (0,markdown_escape/* escapeMarkdown */.FV)(row.workload_name) : '–',
            status,
            (0,image_change/* imageChange */.i)(row.current_image, row.candidate_image),
            driftNotes(row),
            url ? `[${where}](${url})` : where
        ];
    };
    const head = lines.join('\n') + '\n';
    // One image column and short notes: the table fits a laptop screen without scrolling sideways.
    const header = ['Workload', 'Status', 'Image', 'Notes', 'File'];
    const full = (0,markdown_escape/* markdownTable */.Qj)(header, rows.map(cells));
    const limit = context.maxLength ?? SUMMARY_LIMIT;
    if (utf8Bytes(head) + utf8Bytes(full) + 1 <= limit)
        return `${head}${full}\n`;
    // Too long for GitHub: rows with findings first (in order), then as many others as fit.
    const ordered = [...rows.filter((r) => findingsOf(r).length > 0), ...rows.filter((r) => findingsOf(r).length === 0)];
    const kept = [];
    const note = (omitted) => `\n\n_${omitted} more workload${omitted === 1 ? '' : 's'} not shown: the summary is capped at GitHub's size limit. Every workload is in the \`results\` output._\n`;
    // The note's count has at most as many digits as rows.length.
    let size = utf8Bytes(head) + utf8Bytes((0,markdown_escape/* markdownTable */.Qj)(header, [])) + utf8Bytes(note(rows.length));
    for (const row of ordered) {
        const c = cells(row);
        size += utf8Bytes((0,markdown_escape/* tableRow */.jD)(c)) + 1;
        if (size > limit)
            break;
        kept.push(c);
    }
    return `${head}${(0,markdown_escape/* markdownTable */.Qj)(header, kept)}${note(rows.length - kept.length)}`;
}

;// CONCATENATED MODULE: ./src/core/render/escape/json-output.ts
// JSON printed to a terminal or set as a step output. JSON.stringify escapes C0 controls but leaves
// DEL, C1, U+2028/U+2029, bidi and zero-width characters raw, and the runner reads `##[name]` as a
// workflow command anywhere in a line; `\uXXXX` escapes parse back to the same strings, so the
// values stay exact and no line, command or disguise can come from them.
const RAW_IN_JSON = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
// Every character RAW_IN_JSON matches is past ASCII 0x7e: a text without any (most reports) skips
// the Unicode-class scan, which costs more than this one on a report of thousands of results.
const PAST_ASCII = /[^\x00-\x7e]/;
/** `json` (from JSON.stringify) with the characters it leaves raw written as `\u` escapes. */
function escapeJsonText(json) {
    return (PAST_ASCII.test(json) ? escapeRaw(json) : json).replace(/##\[/g, '##\\u005b');
}
function escapeRaw(json) {
    return json.replace(RAW_IN_JSON, (char) => {
        let out = '';
        for (let i = 0; i < char.length; i++)
            out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
        return out;
    });
}

// EXTERNAL MODULE: ./src/io/catalog/open-catalog.ts
var open_catalog = __webpack_require__(8632);
// EXTERNAL MODULE: ./src/app/run-check.ts + 9 modules
var run_check = __webpack_require__(1103);
// EXTERNAL MODULE: ./src/app/no-manifests.ts
var no_manifests = __webpack_require__(7);
;// CONCATENATED MODULE: ./src/app/describe-error.ts


/** Shared code names an option both ways (`--registry / registry`); each entry keeps its own spelling. */
const BOTH_SPELLINGS = /--([a-z][a-z-]*) \/ \1\b/g;
/**
 * The one line an entry prints for an error. When an option would change the outcome, it is named
 * the way the entry spells it (`input allow-empty`, `--allow-empty`).
 */
function describeError(error, label) {
    const text = error instanceof no_manifests/* NoManifestsError */.I
        ? `${error.describe()} (${label('allow-empty')} lets a run with nothing to check pass)`
        : error.describe();
    return text.replace(BOTH_SPELLINGS, (_both, name) => label(name));
}
/** Any failure as one line: our typed errors as above (options in `label`'s spelling when given), anything else as an internal error. */
function errorLine(error, label) {
    if (error instanceof UpgradeActionError)
        return label ? describeError(error, label) : error.describe();
    return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

// EXTERNAL MODULE: ./src/app/policy-file.ts
var policy_file = __webpack_require__(3540);
// EXTERNAL MODULE: ./src/core/text/nearest.ts
var nearest = __webpack_require__(2561);
;// CONCATENATED MODULE: ./src/core/text/unified-diff.ts
// A unified diff (`diff -u`, `git diff`) of one file's text, for showing edits before they are
// written. The edits this tool makes change lines in place, so lines are compared one for one; a
// change in the number of lines is shown as one hunk between the common first and last lines.
function splitLines(text) {
    if (text === '')
        return [];
    const parts = text.split(/(?<=\n)/);
    // Line endings are not shown: a CRLF file's lines differ in their content, not in a `\r`.
    return parts.map((p) => ({ text: p.replace(/\r?\n$/, ''), terminated: p.endsWith('\n') }));
}
const NO_NEWLINE = '\\ No newline at end of file';
function same(a, b) {
    return a !== undefined && b !== undefined && a.text === b.text && a.terminated === b.terminated;
}
/** Changed regions as [start, end) line ranges, identical in both texts when line counts match. */
function changedRanges(before, after) {
    if (before.length === after.length) {
        const ranges = [];
        for (let i = 0; i < before.length; i++) {
            if (same(before[i], after[i]))
                continue;
            const last = ranges[ranges.length - 1];
            if (last && last.from[1] === i) {
                last.from[1] = i + 1;
                last.to[1] = i + 1;
            }
            else
                ranges.push({ from: [i, i + 1], to: [i, i + 1] });
        }
        return ranges;
    }
    let start = 0;
    while (start < before.length && start < after.length && same(before[start], after[start]))
        start++;
    let end = 0;
    while (end < before.length - start && end < after.length - start && same(before[before.length - 1 - end], after[after.length - 1 - end]))
        end++;
    return [{ from: [start, before.length - end], to: [start, after.length - end] }];
}
function range(start, count) {
    // diff -u numbers an empty range by the line before it.
    const first = count === 0 ? start : start + 1;
    return count === 1 ? `${first}` : `${first},${count}`;
}
function emit(prefix, line, out) {
    out.push(prefix + line.text);
    if (!line.terminated)
        out.push(NO_NEWLINE);
}
/** `--- a/<path>`, `+++ b/<path>` and the hunks; '' when the texts are equal. */
function unifiedDiff(path, before, after, context = 3) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const ranges = changedRanges(a, b);
    const out = [`--- a/${path}`, `+++ b/${path}`];
    let i = 0;
    while (i < ranges.length) {
        // Changes closer than twice the context share a hunk, as in diff -u.
        let j = i;
        while (j + 1 < ranges.length && ranges[j + 1].from[0] - ranges[j].from[1] <= 2 * context)
            j++;
        const fromStart = Math.max(0, ranges[i].from[0] - context);
        const toStart = Math.max(0, ranges[i].to[0] - context);
        const fromEnd = Math.min(a.length, ranges[j].from[1] + context);
        const toEnd = Math.min(b.length, ranges[j].to[1] + context);
        const hunk = [];
        let at = fromStart;
        for (let k = i; k <= j; k++) {
            const { from, to } = ranges[k];
            for (; at < from[0]; at++)
                emit(' ', a[at], hunk);
            for (let x = from[0]; x < from[1]; x++)
                emit('-', a[x], hunk);
            for (let x = to[0]; x < to[1]; x++)
                emit('+', b[x], hunk);
            at = from[1];
        }
        for (; at < fromEnd; at++)
            emit(' ', a[at], hunk);
        out.push(`@@ -${range(fromStart, fromEnd - fromStart)} +${range(toStart, toEnd - toStart)} @@`, ...hunk);
        i = j + 1;
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts
// The version printed by --version: read from package.json when the bundle is built (ncc inlines it).

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/core/image/registry-credentials.ts

/**
 * Parses `host=username:password` or `host=token` entries, one per line or comma-separated.
 * Errors name the entry by its host only: the rest may be a secret.
 */
function parseRegistryCredentials(value) {
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((entry, i) => {
        const eq = entry.indexOf('=');
        const host = eq > 0 ? entry.slice(0, eq).trim().toLowerCase() : '';
        const secret = eq > 0 ? entry.slice(eq + 1).trim() : '';
        if (!host || !secret || /[\s/]/.test(host)) {
            throw new errors/* ConfigurationError */.j('invalid-registry-credentials', `entry ${i + 1}${host ? ` (${host})` : ''} is not host=username:password or host=token`);
        }
        const colon = secret.indexOf(':');
        return colon > 0 ? { host, username: secret.slice(0, colon), password: secret.slice(colon + 1) } : { host, token: secret };
    });
}
/** The secret parts, for masking before anything is logged. */
function credentialSecrets(credentials) {
    return credentials.flatMap((c) => [c.password, c.token].filter((s) => Boolean(s)));
}

// EXTERNAL MODULE: ./src/core/pr/branch.ts
var branch = __webpack_require__(3740);
// EXTERNAL MODULE: ./src/core/provenance/verification.ts
var provenance_verification = __webpack_require__(4);
;// CONCATENATED MODULE: ./src/app/options.ts
// The options of a run, validated the same way whichever entry read them: the CLI turns argv into
// raw strings, the Action its inputs, and the functions here turn those into typed options before
// any work starts. Errors name the option the way the entry spells it (`input timeout`,
// `--timeout`), so neither entry speaks the other's language.






const RUN_OPTION_NAMES = (/* unused pure expression or super */ null && ([
    'mode',
    'paths',
    'allow-empty',
    'max-manifest-bytes',
    'registry',
    'registry-type',
    'registry-token',
    'registry-ca',
    'timeout',
    'registry-deadline',
    'fail-on',
    'max-annotations',
    'verify',
    'trusted-root',
    'registry-credentials',
    'insecure-registries',
    'config'
]));
const PULL_REQUEST_OPTION_NAMES = (/* unused pure expression or super */ null && ([
    'token',
    'base',
    'branch-prefix',
    'grouping',
    'title',
    'labels',
    'reviewers',
    'team-reviewers',
    'assignees',
    'draft',
    'add-default-env-vars',
    'max-pull-requests',
    'commit-message'
]));
/** Seconds per request. 0 would time out every request, and Node clamps delays past 2^31 ms to 1 ms. */
const TIMEOUT_SECONDS = { default: 30, min: 1, max: 3600 };
/** Seconds for loading the whole catalogue (every page and retry). */
const REGISTRY_DEADLINE_SECONDS = { default: 120, min: 1, max: 3600 };
/** Largest manifest file read, in bytes: 1 MiB by default, never under 1 KiB. */
const MAX_MANIFEST_BYTES = { default: 1024 * 1024, min: 1024, max: Number.MAX_SAFE_INTEGER };
const MAX_ANNOTATIONS = { default: 10, min: 0, max: 1000 };
/** Open PRs of this Action at once; 0 means no limit. */
const MAX_PULL_REQUESTS = { default: 10, min: 0, max: 1000 };
/** An option whose value cannot be used; the message starts with the option as the entry names it. */
class InvalidOptionError extends errors/* ConfigurationError */.j {
    option;
    constructor(option, label, problem, hint, code = 'invalid-input') {
        super(code, `${label(option)}: ${problem}`, {}, hint);
        this.option = option;
    }
}
/** Reads one option's raw value and reports problems under its name. */
class OptionReader {
    raw;
    label;
    constructor(raw, label) {
        this.raw = raw;
        this.label = label;
    }
    fail(name, problem, hint) {
        throw new InvalidOptionError(name, this.label, problem, hint);
    }
    /** The trimmed value, or undefined when unset or blank. A repeated scalar keeps its last value. */
    text(name) {
        const value = this.raw[name];
        const last = typeof value === 'string' ? value : value?.[value.length - 1];
        const trimmed = last?.trim();
        return trimmed ? trimmed : undefined;
    }
    /** Items written as lines, commas or both (or given one by one). */
    list(name) {
        const value = this.raw[name];
        const items = typeof value === 'string' ? value.split(/[\n,]/) : (value ?? []);
        return items.map((s) => s.trim()).filter(Boolean);
    }
    oneOf(name, allowed, fallback) {
        const value = this.text(name) ?? fallback;
        if (!allowed.includes(value))
            this.fail(name, `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
        return value;
    }
    /** `true` or `false` in any case; `yes`, `1` and the like are mistakes, not false. */
    boolean(name, fallback) {
        const value = this.text(name);
        if (value === undefined)
            return fallback;
        const lower = value.toLowerCase();
        if (lower !== 'true' && lower !== 'false')
            this.fail(name, `${JSON.stringify(value)} is not true or false`);
        return lower === 'true';
    }
    number(name, range, what = {}) {
        const value = this.text(name);
        if (value === undefined)
            return range.default;
        // Number() reads '', '0x10' and ' 1 ' too; only plain decimals are accepted.
        const n = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value) ? Number(value) : NaN;
        const kind = what.integer ? 'a whole number' : 'a number';
        const unit = what.unit ? ` ${what.unit}` : '';
        const bounds = range.max === Number.MAX_SAFE_INTEGER ? `at least ${range.min}` : `from ${range.min} to ${range.max}`;
        if (!Number.isFinite(n) || (what.integer && !Number.isSafeInteger(n)) || n < range.min || n > range.max) {
            this.fail(name, `${JSON.stringify(value)} is not ${kind}${unit} ${bounds}`, `default: ${range.default}`);
        }
        return n;
    }
}
function failOnOption(read, mode) {
    const value = read.text('fail-on') ?? '';
    const items = value.split(/[\s,]+/).filter(Boolean);
    if (items.length > 1 && items.some((s) => s.toLowerCase() === 'none')) {
        read.fail('fail-on', 'none cannot be combined with other findings', `use none alone, or a comma list of ${FAIL_ON_KEYS.join(', ')}`);
    }
    const unknown = value
        .split(/[\s,]+/)
        .map((s) => s.toLowerCase())
        .filter((s) => s !== '' && s !== 'none' && !FAIL_ON_KEYS.includes(s));
    if (unknown.length) {
        read.fail('fail-on', `unknown value ${unknown.map((u) => JSON.stringify(u)).join(', ')}`, `use a comma list of ${FAIL_ON_KEYS.join(', ')}, or none`);
    }
    return parseFailOn(value, mode === 'pr' ? DEFAULT_FAIL_ON_PR : DEFAULT_FAIL_ON_CHECK);
}
function credentialsOption(read) {
    try {
        return parseRegistryCredentials(read.list('registry-credentials').join('\n'));
    }
    catch (error) {
        // The parser's message names the entry by its host only: the rest may be a secret.
        if (error instanceof errors/* ConfigurationError */.j)
            read.fail('registry-credentials', error.message, error.hint);
        throw error;
    }
}
/** The options of the check, shared by both entries. Throws InvalidOptionError before any work. */
function parseRunOptions(raw, label) {
    const read = new OptionReader(raw, label);
    const mode = read.oneOf('mode', ['check', 'pr'], 'check');
    const paths = read.list('paths');
    const timeoutMs = read.number('timeout', TIMEOUT_SECONDS, { unit: 'of seconds' }) * 1000;
    const verifyMode = read.text('verify') === undefined ? undefined : read.oneOf('verify', provenance_verification/* VERIFY_MODES */.v4, 'enabled');
    return {
        mode,
        paths: paths.length ? paths : ['.'],
        allowEmpty: read.boolean('allow-empty', false),
        maxManifestBytes: read.number('max-manifest-bytes', MAX_MANIFEST_BYTES, { integer: true, unit: 'of bytes' }),
        registry: {
            source: read.text('registry') ?? open_catalog/* DEFAULT_REGISTRY_URL */.Qs,
            kind: read.oneOf('registry-type', ['auto', 'file', 'url', 'api'], 'auto'),
            token: read.text('registry-token'),
            caFile: read.text('registry-ca'),
            timeoutMs,
            deadlineMs: read.number('registry-deadline', REGISTRY_DEADLINE_SECONDS, { unit: 'of seconds' }) * 1000
        },
        failOn: failOnOption(read, mode),
        maxAnnotations: read.number('max-annotations', MAX_ANNOTATIONS, { integer: true }),
        verify: {
            mode: verifyMode,
            trustedRootFile: read.text('trusted-root'),
            credentials: credentialsOption(read),
            insecureHosts: read.list('insecure-registries'),
            timeoutMs
        },
        config: read.text('config')
    };
}
/**
 * The pull-request options (Action only). Validated in every mode, so a typo fails the first run,
 * not the first run that has an upgrade to propose; the token is required in `mode: pr` only.
 */
function parsePullRequestOptions(raw, label, mode) {
    const read = new OptionReader(raw, label);
    const token = read.text('token');
    if (mode === 'pr' && token === undefined) {
        throw new InvalidOptionError('token', label, 'mode: pr needs a GitHub token', 'set `token:` (default `${{ github.token }}`) or pass an App token / PAT', 'missing-token');
    }
    const branchPrefix = read.text('branch-prefix') ?? DEFAULT_BRANCH_PREFIX;
    if (!isValidBranchName(`${branchPrefix}x`)) {
        read.fail('branch-prefix', `${JSON.stringify(branchPrefix)} is not usable in a git branch name`, 'use letters, digits, `-`, `_`, `.` and `/`, e.g. `toolhive-upgrade/`');
    }
    const base = read.text('base');
    if (base !== undefined && !isValidBranchName(base))
        read.fail('base', `${JSON.stringify(base)} is not a branch name`);
    return {
        token,
        base,
        pullRequest: {
            branchPrefix,
            grouping: read.oneOf('grouping', ['all', 'per-workload'], 'all'),
            labels: read.list('labels'),
            reviewers: read.list('reviewers'),
            teamReviewers: read.list('team-reviewers'),
            assignees: read.list('assignees'),
            draft: read.boolean('draft', false),
            addDefaultEnvVars: read.boolean('add-default-env-vars', false),
            title: read.text('title'),
            maxPullRequests: read.number('max-pull-requests', MAX_PULL_REQUESTS, { integer: true }),
            commitMessage: read.text('commit-message')
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts



















const USAGE = `Usage: toolhive-upgrade check [options] [PATHS...]
       toolhive-upgrade apply [--dry-run] [options] [PATHS...]

check  checks ToolHive RunConfig and MCPServer manifests against a registry, with the verdicts
       of \`thv upgrade check\`.
apply  writes the upgrades check would propose into the manifests, in place: only the image tag
       changes, with the same verification and policy as the Action's PR mode.
PATHS are files, directories (scanned recursively) or globs; default: .

Options:
  --registry SRC         registry file, registry JSON URL or registry API base URL
                         (default: ${open_catalog/* DEFAULT_REGISTRY_URL */.Qs})
  --registry-type TYPE   auto | file | url | api (default: auto)
  --registry-token T     bearer token for the registry (or env TOOLHIVE_REGISTRY_TOKEN)
  --registry-ca FILE     PEM bundle of extra CAs for the registry's TLS certificate
  --timeout SECONDS      per-request timeout, ${TIMEOUT_SECONDS.min} to ${TIMEOUT_SECONDS.max} (default: ${TIMEOUT_SECONDS.default})
  --registry-deadline SECONDS
                         time allowed for loading the whole registry, every page and retry
                         included, ${REGISTRY_DEADLINE_SECONDS.min} to ${REGISTRY_DEADLINE_SECONDS.max} (default: ${REGISTRY_DEADLINE_SECONDS.default})
  --verify MODE          enabled | warn | disabled: verify candidate images with sigstore against
                         the entry's provenance (default: enabled for entries with provenance,
                         warn for entries without)
  --trusted-root FILE    sigstore trusted_root.json to use instead of the public-good TUF root
  --registry-credential HOST=USER:PASSWORD|HOST=TOKEN
                         credentials for a container registry (repeatable; or env
                         TOOLHIVE_REGISTRY_CREDENTIALS, one per line)
  --insecure-registry HOST:PORT
                         container registry reached over plain HTTP (repeatable; local mirrors)
  --allow-empty          pass when PATHS match no manifest (default: that is an error)
  --max-manifest-bytes N largest manifest file read, at least ${MAX_MANIFEST_BYTES.min} (default: ${MAX_MANIFEST_BYTES.default})
  --format FMT           table | json | markdown (default: table)
  --config FILE          upgrade policy file (YAML): what is ignored, which update types are
                         proposed, rules per path, workload or registry entry
  --fail-on LIST         comma list of ${FAIL_ON_KEYS.join(', ')}, or none
                         (default: ${DEFAULT_FAIL_ON_CHECK.join(',')})
  --dry-run              apply: print the changes as a unified diff, write nothing
  -h, --help             show this help
  --version              print the version

Exit codes: check: 0 nothing in --fail-on found, 1 something was; apply: 0 every upgrade applied
(or, with --dry-run, applicable) and no manifest invalid, 1 otherwise; both: 2 usage,
configuration or registry error.
`;
class UsageError extends errors/* UpgradeActionError */.P {
}
// The CLI spells options as flags; a few are repeatable and named in the singular.
const FLAG_NAMES = {
    paths: 'PATHS',
    'registry-credentials': '--registry-credential',
    'insecure-registries': '--insecure-registry'
};
const flagLabel = (name) => FLAG_NAMES[name] ?? `--${name}`;
const flagLabelWithEnvCredentials = (name) => name === 'registry-credentials' ? '--registry-credential / TOOLHIVE_REGISTRY_CREDENTIALS' : flagLabel(name);
const OPTIONS = {
    registry: { type: 'string' },
    'registry-type': { type: 'string' },
    'registry-token': { type: 'string' },
    'registry-ca': { type: 'string' },
    timeout: { type: 'string' },
    'registry-deadline': { type: 'string' },
    'allow-empty': { type: 'boolean' },
    'max-manifest-bytes': { type: 'string' },
    format: { type: 'string' },
    verify: { type: 'string' },
    'trusted-root': { type: 'string' },
    'registry-credential': { type: 'string', multiple: true },
    'insecure-registry': { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' }
};
function parseCommandLine(argv) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
    return { values, positionals };
}
/** The flags parseArgs knows, spelled as on the command line. */
const KNOWN_FLAGS = Object.keys(OPTIONS).map((name) => `--${name}`);
/** parseArgs' error, as one line in our words: the flag, what is wrong, and the nearest flag for a typo. */
function usageErrorFor(error, argv) {
    const end = argv.indexOf('--');
    const flags = (end === -1 ? argv : argv.slice(0, end)).filter((a) => a.startsWith('-') && a !== '-');
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const unknown = flags.map((a) => a.split('=')[0]).find((f) => f !== '-h' && !KNOWN_FLAGS.includes(f)) ?? '';
        const suggestion = unknown.startsWith('--') ? (0,nearest/* nearest */.pA)(unknown, KNOWN_FLAGS, 1) : [];
        return new UsageError('usage', `unknown option ${unknown}${(0,nearest/* didYouMean */.au)(suggestion)}`, {}, suggestion.length ? undefined : 'see toolhive-upgrade --help');
    }
    const flag = /'(--?[a-z-]+)/.exec(error.message)?.[1];
    if (flag && /argument missing/.test(error.message))
        return new UsageError('usage', `${flag} needs a value`, {}, 'see toolhive-upgrade --help');
    if (flag && /does not take an argument/.test(error.message))
        return new UsageError('usage', `${flag} takes no value`, {}, 'see toolhive-upgrade --help');
    return new UsageError('usage', error.message.replace(/'/g, ''), {}, 'see toolhive-upgrade --help');
}
/** Runs the CLI and returns its exit code; never throws. */
async function runCli(argv, io) {
    try {
        return await main(argv, io);
    }
    catch (error) {
        if (error instanceof errors/* UpgradeActionError */.P) {
            io.stderr(`toolhive-upgrade: error: ${terminalLine(describeError(error, flagLabel))}\n`);
        }
        else {
            // An unexpected failure is our bug: one line; the stack only on request.
            io.stderr(`toolhive-upgrade: internal error: ${terminalLine(error?.message ?? String(error))}\n`);
            // The frames only: the message above may hold registry text, the frames are our own paths.
            if (io.env.TOOLHIVE_UPGRADE_DEBUG === '1')
                io.stderr(`${stackFrames(error)}\n`);
        }
        return 2;
    }
}
async function main(argv, io) {
    let parsed;
    try {
        parsed = parseCommandLine(argv);
    }
    catch (error) {
        throw usageErrorFor(error, argv);
    }
    const { values, positionals } = parsed;
    if (values.version) {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    if (values.help || positionals.length === 0) {
        io.stdout(USAGE);
        return values.help ? 0 : 2;
    }
    const [command, ...paths] = positionals;
    if (command !== 'check' && command !== 'apply') {
        const suggestion = (0,nearest/* nearest */.pA)(command ?? '', ['check', 'apply'], 1);
        throw new UsageError('usage', `unknown command ${command}${(0,nearest/* didYouMean */.au)(suggestion)}`, {}, suggestion.length ? undefined : 'the commands are check and apply');
    }
    if (command === 'check' && values['dry-run'])
        throw new UsageError('usage', '--dry-run is an option of apply, not of check');
    if (command === 'apply') {
        for (const flag of ['format', 'fail-on']) {
            if (values[flag] !== undefined)
                throw new UsageError('usage', `--${flag} is an option of check, not of apply`, {}, 'apply prints what it changes and exits 1 when an upgrade could not be applied');
        }
    }
    const format = values.format ?? 'table';
    if (!['table', 'json', 'markdown'].includes(format))
        throw new UsageError('usage', `--format must be table, json or markdown, not ${JSON.stringify(format)}`);
    const envCredentials = io.env.TOOLHIVE_REGISTRY_CREDENTIALS ?? '';
    const raw = {
        mode: 'check',
        paths,
        'allow-empty': values['allow-empty'] ? 'true' : undefined,
        'max-manifest-bytes': values['max-manifest-bytes'],
        registry: values.registry,
        'registry-type': values['registry-type'],
        'registry-token': values['registry-token'] ?? io.env.TOOLHIVE_REGISTRY_TOKEN,
        'registry-ca': values['registry-ca'],
        timeout: values.timeout,
        'registry-deadline': values['registry-deadline'],
        'fail-on': values['fail-on'],
        verify: values.verify,
        'trusted-root': values['trusted-root'],
        'registry-credentials': [...(values['registry-credential'] ?? []), ...envCredentials.split('\n')],
        'insecure-registries': values['insecure-registry'],
        config: values.config
    };
    const options = parseRunOptions(raw, envCredentials.trim() ? flagLabelWithEnvCredentials : flagLabel);
    const failOn = options.failOn;
    const debug = io.env.TOOLHIVE_UPGRADE_DEBUG === '1';
    const checkOptions = {
        paths: options.paths,
        root: io.cwd,
        registry: options.registry,
        verify: { ...options.verify, cacheDir: io.env.RUNNER_TEMP ? undefined : external_node_path_default().join(external_node_os_default().tmpdir(), 'toolhive-upgrade-sigstore') },
        allowEmpty: options.allowEmpty,
        maxManifestBytes: options.maxManifestBytes,
        policyFile: (0,policy_file/* cliPolicyFile */.hO)(options.config, io.cwd),
        registryLoader: io.registryLoader,
        // Log lines carry registry and manifest strings: each is made one printable line.
        log: safeLogger({
            info: (m) => io.stderr(`${m}\n`),
            warning: (m) => io.stderr(`warning: ${m}\n`),
            debug: (m) => {
                if (debug)
                    io.stderr(`debug: ${m}\n`);
            }
        })
    };
    if (command === 'apply') {
        // Editing code (and the YAML library it needs) is loaded only by the command that edits.
        const { applyExitCode, runApply } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 4694));
        return reportApply(await runApply({ ...checkOptions, dryRun: values['dry-run'] ?? false }), io, applyExitCode);
    }
    const run = await (0,run_check/* runCheck */.k)(checkOptions);
    const rows = run.results;
    const renderStart = performance.now();
    if (format === 'json')
        io.stdout(escapeJsonText(renderJson(rows)));
    else if (format === 'markdown')
        io.stdout(renderMarkdownSummary(rows, { registrySource: run.registrySource, failOn }));
    else
        io.stdout(renderTable(rows, { width: io.columns }));
    if (debug)
        io.stderr(`debug: rendered ${format} (${(performance.now() - renderStart).toFixed(0)} ms)\n`);
    const failing = rows.filter((row) => failingFindings(row, failOn).length > 0).length;
    if (format === 'table') {
        io.stderr(`${summaryLine(rows)}${failing ? `; ${failing} matched --fail-on (${failOn.join(',')})` : ''}\n`);
        if (run.trustedRoot)
            io.stderr(`signatures checked against ${describeTrustedRoot(run.trustedRoot, terminalLine)}\n`);
    }
    return failing > 0 ? 1 : 0;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** What apply changed (a diff with --dry-run) on stdout; what it left alone, and why, on stderr. */
function reportApply(outcome, io, exitCode) {
    const where = (r) => terminalLine(`${r.line ? `${r.file}:${r.line}` : r.file}: ${r.workload_name ? `${r.workload_name}: ` : ''}`);
    if (outcome.written) {
        for (const { upgrade, image } of outcome.applied)
            io.stdout(`${where(upgrade)}${terminalLine(upgrade.current_image)} -> ${terminalLine(image)}\n`);
    }
    else {
        for (const f of outcome.files)
            io.stdout(unifiedDiff(f.file, f.before, f.after)
                .split('\n')
                .map((l, i, all) => (i === all.length - 1 ? l : terminalLine(l)))
                .join('\n'));
    }
    for (const { upgrade, reason } of outcome.skipped)
        io.stderr(`${where(upgrade)}not applied: ${terminalLine(reason)}\n`);
    for (const r of outcome.results)
        if (r.status === 'invalid')
            io.stderr(`${where(r)}invalid: ${terminalLine(r.reason)}\n`);
    const upgrades = plural(outcome.applied.length, 'upgrade');
    const files = plural(outcome.files.length, 'file');
    const done = outcome.applied.length === 0
        ? 'nothing to apply'
        : outcome.written
            ? `applied ${upgrades} to ${files}`
            : `would apply ${upgrades} to ${files} (dry run: nothing written)`;
    const left = outcome.skipped.length ? `; ${plural(outcome.skipped.length, 'upgrade')} not applied` : '';
    io.stderr(`${summaryLine(outcome.results)}; ${done}${left}\n`);
    return exitCode(outcome);
}
function summaryLine(rows) {
    const counts = new Map();
    for (const row of rows)
        counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
    return `${rows.length} workload${rows.length === 1 ? '' : 's'}: ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ') || 'none found'}`;
}
function stackFrames(error) {
    const stack = error instanceof Error ? (error.stack ?? '') : '';
    return stack
        .split('\n')
        .filter((line) => /^\s+at /.test(line))
        .map(terminalLine)
        .join('\n');
}


/***/ }),

/***/ 9988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ formatSecretParameter),
/* harmony export */   yK: () => (/* binding */ tryParseSecretParameter)
/* harmony export */ });
/* unused harmony export parseSecretParameter */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
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

/***/ 5142:
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

/***/ 4801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F2: () => (/* binding */ parseReference),
  Mb: () => (/* binding */ registryApiHost),
  pk: () => (/* binding */ splitRepoTag)
});

// EXTERNAL MODULE: ./src/core/image/go-quote.ts
var go_quote = __webpack_require__(5142);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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

/***/ 4569:
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

/***/ 7302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   u5: () => (/* binding */ splitWritten)
/* harmony export */ });
// A reference split as written, without parsing it: what edits, tables and PR bodies show and keep.
// (How a registry or runtime reads the name is reference.ts and container-runtime-name.ts.)
/** The digest after the last `@`, else a tag after a `:` that follows the last `/`. */
function splitWritten(image) {
    const at = image.lastIndexOf('@');
    if (at !== -1)
        return { repository: image.slice(0, at), version: image.slice(at + 1) };
    const colon = image.lastIndexOf(':');
    if (colon > image.lastIndexOf('/'))
        return { repository: image.slice(0, colon), version: image.slice(colon + 1) };
    return { repository: image, version: '' };
}
/** The tag of a reference, or undefined for a digest reference or one without a tag. */
function tagOf(image) {
    if (image.includes('@'))
        return undefined;
    const { version } = splitWritten(image);
    return version === '' ? undefined : version;
}
/** The name without tag or digest, as written. */
function nameOf(reference) {
    const at = reference.indexOf('@');
    return splitWritten(at === -1 ? reference : reference.slice(0, at)).repository;
}


/***/ }),

/***/ 4300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ describeType),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   bg: () => (/* binding */ FieldError),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   fI: () => (/* binding */ mapKeysField),
/* harmony export */   g1: () => (/* binding */ stringListField)
/* harmony export */ });
/* harmony import */ var _text_text_position_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7986);

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

/***/ 4502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: () => (/* binding */ isMcpServer),
/* harmony export */   Y1: () => (/* binding */ REGISTRY_SERVER_ANNOTATION),
/* harmony export */   rd: () => (/* binding */ mcpServerWorkload)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4300);
/* harmony import */ var _policy_opt_out_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3182);
/* harmony import */ var _check_secret_parameter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9988);



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

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eN: () => (/* binding */ NOT_A_MANIFEST),
  SL: () => (/* binding */ fieldProblem),
  f3: () => (/* binding */ isJsonManifestName),
  d7: () => (/* binding */ parseJsonManifest)
});

// EXTERNAL MODULE: ./src/core/manifest/fields.ts
var fields = __webpack_require__(4300);
// EXTERNAL MODULE: ./src/core/text/text-position.ts
var text_position = __webpack_require__(7986);
// EXTERNAL MODULE: ./src/core/text/json-error.ts
var json_error = __webpack_require__(2094);
;// CONCATENATED MODULE: ./src/core/manifest/json-scan.ts
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
        return (this.span ??= memberSpan(this.text, this.key) ?? { start: 0, end: 0 });
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
    const top = scanTopLevel(text, start);
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
var runconfig = __webpack_require__(3590);
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

/***/ 3590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ looksLikeRunConfig),
/* harmony export */   L: () => (/* binding */ runConfigWorkload)
/* harmony export */ });
/* harmony import */ var _policy_opt_out_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3182);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4300);


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

/***/ 740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _i: () => (/* binding */ HELD_VERIFICATION),
  VC: () => (/* binding */ applyPolicy),
  pH: () => (/* binding */ heldUpgrades)
});

// UNUSED EXPORTS: subjectOf

// EXTERNAL MODULE: ./src/core/image/reference.ts + 6 modules
var reference = __webpack_require__(4801);
// EXTERNAL MODULE: ./src/core/image/version.ts
var version = __webpack_require__(4569);
// EXTERNAL MODULE: ./src/core/text/glob.ts
var text_glob = __webpack_require__(4749);
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

/***/ 3755:
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

/***/ 3740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports DEFAULT_BRANCH_PREFIX, isValidBranchName, sanitizeRefComponent, validateBranchPrefix, branchForAll, branchForWorkload, isActionBranch */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Deterministic branch names, so every run finds the branch (and PR) the previous run made.
//
// Naming rule (documented for users):
//   grouping `all`:          <prefix>[<base>/]all
//   grouping `per-workload`: <prefix>[<base>/]<file>/<workload name>   (file with `/` turned into `-`)
// The `<base>/` segment appears only when the PR targets a branch other than the repository's
// default branch (when the default is known), so one repository can have upgrade PRs against
// `main` and `release-1` without the two fighting over one branch (create-pull-request#1264),
// while the common case keeps the short `toolhive-upgrade/all`.

const DEFAULT_BRANCH_PREFIX = 'toolhive-upgrade/';
const MAX_COMPONENT = 80;
/**
 * Whether `name` is a branch name git accepts (`git check-ref-format --branch` rules that matter
 * for names we build: no control/space/`~^:?*[\`, no `..`, `@{`, `//`, no component starting with
 * `.` or ending with `.lock`, no leading/trailing `/` or trailing `.`).
 */
function isValidBranchName(name) {
    if (name === '' || name === '@' || name.startsWith('-'))
        return false;
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name))
        return false;
    if (name.includes('..') || name.includes('@{') || name.includes('//'))
        return false;
    if (name.startsWith('/') || name.endsWith('/') || name.endsWith('.'))
        return false;
    return name.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}
/** One path component made safe for a ref: odd characters become `-`, runs collapse, length is capped. */
function sanitizeRefComponent(text) {
    let out = text
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-')
        .replace(/^[.-]+/, '')
        .replace(/[.-]+$/, '');
    if (out.length > MAX_COMPONENT)
        out = out.slice(0, MAX_COMPONENT).replace(/[.-]+$/, '');
    while (out.endsWith('.lock'))
        out = out.slice(0, -'.lock'.length).replace(/[.-]+$/, '');
    return out === '' ? 'x' : out;
}
/** Checks the prefix input once, so a bad value fails with the input's name rather than a 422 from GitHub. */
function validateBranchPrefix(prefix) {
    if (prefix === '' || !isValidBranchName(`${prefix}x`)) {
        throw new ConfigurationError('invalid-branch-prefix', `branch-prefix ${JSON.stringify(prefix)} is not usable in a git branch name`, {}, 'use letters, digits, `-`, `_`, `.` and `/`, e.g. `toolhive-upgrade/`');
    }
}
function baseSegment(naming) {
    return naming.defaultBranch !== undefined && naming.defaultBranch !== naming.baseBranch
        ? `${naming.baseBranch.split('/').map(sanitizeRefComponent).join('-')}/`
        : '';
}
/** The branch of the single PR of grouping `all`. */
function branchForAll(naming) {
    return `${naming.prefix}${baseSegment(naming)}all`;
}
/** The branch of one workload's PR in grouping `per-workload`. */
function branchForWorkload(naming, workload) {
    const file = sanitizeRefComponent(workload.file.replace(/^\.\//, '').replace(/\//g, '-'));
    return `${naming.prefix}${baseSegment(naming)}${file}/${sanitizeRefComponent(workload.name)}`;
}
/** Whether a branch name belongs to this Action's namespace for this base (used to find PRs to close). */
function isActionBranch(naming, branch) {
    return branch.startsWith(`${naming.prefix}${baseSegment(naming)}`);
}


/***/ }),

/***/ 4:
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

/***/ 7847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cE: () => (/* binding */ visibleEscape),
/* harmony export */   e4: () => (/* binding */ escapeUnsafeCharacters),
/* harmony export */   uZ: () => (/* binding */ escapeCommandMarkers)
/* harmony export */ });
/* unused harmony export UNSAFE_CHARACTER */
// What no output channel may print raw when the text came from a manifest, a file name or the
// registry: controls and line/paragraph separators can start a new line (and a line starting with
// `::` is a GitHub workflow command), format characters (bidi overrides and isolates, zero-width
// characters, BOM, tags) can make a name look like another, and lone surrogates print as garbage.
/** Cc (C0, DEL, C1), Cf (bidi controls, zero-width, BOM, …), Zl/Zp (U+2028/U+2029), lone surrogates. */
const UNSAFE_CHARACTER = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
/**
 * The runner's legacy command marker: `##[name]data` is a workflow command ANYWHERE in a line
 * (actions/runner ActionCommand.TryParse, tried when the line does not start with `::`), and its
 * commands include stop-commands, add-mask and set-output.
 */
const LEGACY_COMMAND_MARKER = /##\[/g;
const SHORT_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** The escape a reader recognises, as JavaScript writes it: `\n`, `\x1b`, `\u202e`, `\u{e0001}`. */
function visibleEscape(char) {
    const short = SHORT_ESCAPES[char];
    if (short)
        return short;
    const code = char.codePointAt(0);
    const hex = code.toString(16);
    if (code < 0x100)
        return `\\x${hex.padStart(2, '0')}`;
    if (code < 0x10000)
        return `\\u${hex.padStart(4, '0')}`;
    return `\\u{${hex}}`;
}
/** `##[` written as `##\x5b`, so the runner never reads a command in the text. */
function escapeCommandMarkers(text) {
    return text.replace(LEGACY_COMMAND_MARKER, '##\\x5b');
}
/** `text` with every unsafe character and command marker replaced by its visible escape; other text is unchanged. */
function escapeUnsafeCharacters(text) {
    return escapeCommandMarkers(text.replace(UNSAFE_CHARACTER, visibleEscape));
}


/***/ }),

/***/ 5278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ imageChange)
/* harmony export */ });
/* harmony import */ var _image_written_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7302);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3007);
// An image change as a reviewer reads it: the repository once and then the tags when only the tag
// (or digest) moves, both full references otherwise. Works on any string, parsed or not.


/**
 * Markdown for the move from `current` to `candidate`: `` `ghcr.io/acme/app`: `1.0.1` → `1.0.3` ``
 * when the repository is unchanged, `` `a:1` → `b:2` `` otherwise, one reference when they are equal
 * or there is no candidate, `–` when there is nothing.
 */
function imageChange(current, candidate) {
    if (!current && !candidate)
        return '–';
    if (!current)
        return (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(candidate);
    if (!candidate || candidate === current)
        return (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(current);
    const from = (0,_image_written_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .splitWritten */ .u5)(current);
    const to = (0,_image_written_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .splitWritten */ .u5)(candidate);
    if (from.repository === to.repository && from.version !== '' && to.version !== '') {
        return `${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(from.repository)}: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(from.version)} → ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(to.version)}`;
    }
    return `${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(current)} → ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(candidate)}`;
}


/***/ }),

/***/ 3007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports tableCell, commentSafe */
/* harmony import */ var _escape_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7847);
// One place that turns untrusted text (registry names, descriptions, images, manifest paths) into
// GitHub-flavoured markdown that shows the text literally: no links, HTML, mentions, headings or
// table breaks can be smuggled into a PR body or job summary through a registry entry.

const ZERO_WIDTH_SPACE = '\u200b';
/** Whitespace that breaks or tabs a line: each run becomes one space. */
const LINE_SPACE = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** Other controls, format characters (bidi, zero-width, BOM) and lone surrogates: shown as `\u202e` and the like, so a name cannot be disguised. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
/**
 * One line of visible text: line breaks become spaces, other invisible characters visible escapes,
 * and `##[` (a workflow command when the markdown is printed in a job log) `##\x5b`.
 */
function oneLine(text) {
    return (0,_escape_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCommandMarkers */ .uZ)(text.replace(LINE_SPACE, ' ').replace(INVISIBLE, _escape_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleEscape */ .cE).replace(/ {2,}/g, ' ').trim());
}
/** Cuts `text` to at most `max` characters (never inside a surrogate pair), marking the cut with an ellipsis. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
/**
 * Plain text shown literally in markdown prose: every ASCII punctuation character is
 * backslash-escaped (CommonMark allows it for all of them), so `<b>`, `[x](y)`, `**`, `#`, `|` and
 * entities render as typed; `@` and `#` get a zero-width space so no one is mentioned and no issue is linked.
 */
function escapeMarkdown(text) {
    return oneLine(text)
        .replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, (c) => `\\${c}`)
        .replace(/\\@/g, `\\@${ZERO_WIDTH_SPACE}`)
        .replace(/\\#/g, `\\#${ZERO_WIDTH_SPACE}`);
}
/**
 * Text as an inline code span: the fence is one backtick longer than the longest backtick run
 * inside, and padded when the text starts or ends with a backtick, so the span cannot be closed early.
 * Code spans never render HTML, links or mentions.
 */
function inlineCode(text) {
    const flat = oneLine(text);
    if (flat === '')
        return '` `';
    let longest = 0;
    for (const run of flat.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/**
 * A markdown fragment placed in a table cell: GFM splits cells on any `|` not escaped by an odd run
 * of backslashes, even inside code spans, so such pipes get one more backslash.
 */
function tableCell(markdown) {
    return markdown
        .replace(LINE_SPACE, ' ')
        .replace(/(\\*)\|/g, (_m, slashes) => (slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`));
}
/** A GFM table; cells are markdown fragments that were already escaped by the caller. */
function markdownTable(header, rows) {
    return [tableRow(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(tableRow)].join('\n');
}
/** One line of a GFM table (no trailing newline); cells as for markdownTable. */
function tableRow(cells) {
    return `| ${cells.map(tableCell).join(' | ')} |`;
}
/** Text inside an HTML comment marker: `--` and `>` could end the comment early. */
function commentSafe(text) {
    return oneLine(text).replace(/-{2,}/g, '-').replace(/>/g, '');
}


/***/ }),

/***/ 7896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ policyNotesMarkdown),
/* harmony export */   Y3: () => (/* binding */ policyNotes),
/* harmony export */   pI: () => (/* binding */ renderHeldSection)
/* harmony export */ });
/* unused harmony exports HELD_LIST_MAX, renderHeldUpgrades, deprecatedLines */
/* harmony import */ var _policy_apply_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(740);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3007);
// What the upgrade policy and the registry's `Deprecated` status add to every output: a note per
// row (table, summary), the list of held upgrades (summary, PR body) and a line per deprecated
// entry in a PR. Renderers owned elsewhere call these with one line each.


/** Held upgrades listed in full; the rest are counted (every one is in the JSON results). */
const HELD_LIST_MAX = 50;
function deprecatedText(row) {
    return row.registry_server ? `registry entry ${row.registry_server} is deprecated` : 'registry entry is deprecated';
}
/** Plain notes for a row (the caller escapes them for its channel). */
function policyNotes(row) {
    const notes = [];
    if (row.held_by)
        notes.push(`${row.update_type} upgrade held by ${row.held_by}`);
    if (row.deprecated)
        notes.push(deprecatedText(row));
    return notes;
}
/** The same notes as Markdown, for a table cell. */
function policyNotesMarkdown(row) {
    const notes = [];
    if (row.held_by)
        notes.push(`${row.update_type} upgrade held by ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(row.held_by))}`);
    if (row.deprecated)
        notes.push(`⚠️ ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(deprecatedText(row)))}`);
    return notes;
}
function heldItem(u) {
    const where = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(`${u.file}${u.line ? `:${u.line}` : ''}`);
    const name = u.workload_name ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(u.workload_name) : '–';
    return `- ${name} in ${where}: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(u.current_image)} → ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(u.candidate_image)} (${u.update_type}), held by ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(u.held_by ?? ''), 300))}`;
}
/** Markdown lines listing the held upgrades under a heading; none when nothing was held. */
function renderHeldUpgrades(held, heading = '### Held by the upgrade policy') {
    if (held.length === 0)
        return [];
    const shown = held.slice(0, HELD_LIST_MAX).map(heldItem);
    const more = held.length - shown.length;
    return [
        heading,
        '',
        `${held.length} upgrade${held.length === 1 ? ' was' : 's were'} found but not proposed:`,
        '',
        ...shown,
        ...(more > 0 ? [`- …and ${more} more (every one is in the \`results\` output)`] : []),
        ''
    ];
}
/** The held upgrades among a run's results, as summary lines. */
function renderHeldSection(rows) {
    return renderHeldUpgrades((0,_policy_apply_js__WEBPACK_IMPORTED_MODULE_0__/* .heldUpgrades */ .pH)(rows));
}
/** A PR-body line for an upgrade whose registry entry is deprecated. */
function deprecatedLines(u) {
    if (!u.deprecated)
        return [];
    return [
        `- ⚠️ The registry marks ${inlineCode(u.entry.name)} as **deprecated**: consider moving to its replacement instead of upgrading.`
    ];
}


/***/ }),

/***/ 4749:
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

/***/ 8982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ loadRegistryInProcess)
/* harmony export */ });
/* harmony import */ var _open_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8632);

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

/***/ 4104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ findRepositoryRoot)
/* harmony export */ });
/* unused harmony export repositoryRootOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
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
    return nearestCheckout(path.dirname(path.resolve(absoluteFile)), workspace) ?? path.resolve(workspace);
}
/** The git work tree holding the directory `start`; outside a work tree, `start` itself. */
function findRepositoryRoot(start) {
    return nearestCheckout(start) ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(start);
}


/***/ })

};
