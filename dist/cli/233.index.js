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

/***/ 341:
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
;// CONCATENATED MODULE: ./src/core/check/result.ts
// One result per workload: thv's CheckResult (pkg/workloads/upgrade/types.go) as a union on
// `status`, plus where the workload lives in the repository and what we add beyond thv (`invalid`,
// missing env vars, verification of the candidate and whether a PR may propose it).
/**
 * A result with every member any result has, in one order, those it lacks left undefined. Rendering,
 * sorting, the policy and verification read thousands of results: built this way they all share one
 * object shape (not one per status and set of optional members), and V8 keeps those reads fast.
 */
function resultOfOneShape(status, workloadName, file, line) {
    return {
        workload_name: workloadName,
        registry_server: undefined,
        status,
        current_image: undefined,
        candidate_image: undefined,
        reason: undefined,
        env_var_drift: undefined,
        config_drift: undefined,
        file,
        line,
        update_type: undefined,
        held_by: undefined,
        deprecated: undefined,
        missing_env_vars: undefined,
        workload: undefined,
        entry: undefined,
        verification: undefined,
        proposal: undefined
    };
}

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
// EXTERNAL MODULE: ./src/core/check/drift.ts
var drift = __webpack_require__(1935);
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
/** A result for this workload, of one shape with every other (core/check/result resultOfOneShape). */
function resultFor(workload, status) {
    const result = resultOfOneShape(status, workload.name, workload.file, workload.imageSpan.line);
    result.workload = workload;
    return result;
}
/** A verdict without a candidate to verify, with where its workload lives. */
function verdict(workload, status, reason) {
    const result = resultFor(workload, status);
    result.verification = NOT_APPLICABLE;
    if (workload.registryServerName !== '')
        result.registry_server = workload.registryServerName;
    if (workload.image !== '')
        result.current_image = workload.image;
    if (reason)
        result.reason = reason;
    return result;
}
/** ToolHive's Checker.Check (pkg/workloads/upgrade/checker.go), step for step, with where the workload lives. */
function checkWorkload(workload, lookup) {
    if (workload.registryServerName === '') {
        // An MCPServer has no field of its own for its entry: say how to link one (a RunConfig keeps thv's silence).
        return verdict(workload, 'not-registry-sourced', workload.kind === 'mcpserver' ? LINK_MCPSERVER : undefined);
    }
    if (lookup === undefined || lookup.kind === 'error')
        return verdict(workload, 'unknown', 'registry lookup failed');
    if (lookup.kind === 'not-found') {
        const suggestions = lookup.suggestions ?? [];
        return verdict(workload, 'server-not-found', suggestions.length ? `no registry entry named ${workload.registryServerName}${(0,nearest/* didYouMean */.au)(suggestions)}` : undefined);
    }
    const server = lookup.server;
    // Beyond thv, which ignores `status`: a deprecated entry is worth knowing whatever the verdict.
    const deprecated = server.status?.toLowerCase() === 'deprecated';
    if (server.kind !== 'image') {
        const unknown = verdict(workload, 'unknown', `registry entry ${JSON.stringify(server.name)} is not a container image (cannot determine upgrade)`);
        if (deprecated)
            unknown.deprecated = true;
        return unknown;
    }
    const cmp = compareCached(workload.image, server.image);
    switch (cmp.result) {
        case 'newer': {
            // Both images parsed, so neither is empty.
            const upgrade = resultFor(workload, 'upgrade-available');
            upgrade.registry_server = workload.registryServerName;
            upgrade.current_image = workload.image;
            upgrade.candidate_image = server.image;
            upgrade.entry = server;
            upgrade.update_type = updateTypeOf(workload.image, server.image);
            const env = (0,drift/* computeEnvDrift */.eq)(workload, server);
            if (env)
                upgrade.env_var_drift = env;
            const config = (0,drift/* computeConfigDrift */.FL)(workload, server);
            if (config)
                upgrade.config_drift = config;
            if (deprecated)
                upgrade.deprecated = true;
            return upgrade;
        }
        case 'sameOrOlder': {
            const upToDate = resultFor(workload, 'up-to-date');
            upToDate.registry_server = workload.registryServerName;
            upToDate.current_image = workload.image;
            upToDate.candidate_image = server.image;
            upToDate.verification = NOT_APPLICABLE;
            // Beyond thv: required variables `thv run --from-config` would miss today.
            const missing = (0,drift/* missingRequiredEnvVars */.dJ)(workload, server);
            if (missing.length)
                upToDate.missing_env_vars = missing;
            if (deprecated)
                upToDate.deprecated = true;
            return upToDate;
        }
        default: {
            const unknown = verdict(workload, 'unknown', cmp.reason || undefined);
            if (server.image !== '')
                unknown.candidate_image = server.image;
            if (deprecated)
                unknown.deprecated = true;
            return unknown;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/check/check-all.ts
// The run's results, in order: check every workload, add what could not be read, attach each
// candidate's verification.



function checkAll(workloads, lookups) {
    return workloads.map((workload) => checkWorkload(workload, lookups.get(workload.registryServerName)));
}
function invalidResult(problem) {
    const result = resultOfOneShape('invalid', problem.name ?? '', problem.file, problem.line);
    result.reason = problem.message;
    return result;
}
/** The upgrade with its candidate's verification, and what the verify mode makes of it (a copy: the same shape). */
function attachVerification(found, verification, mode) {
    return { ...found, verification, proposal: decideProposal(mode, Boolean(found.entry.provenance), verification) };
}
/** Stable order for every output: by file, then position in the file. Sorts `results` in place and returns it. */
function sortResults(results) {
    const before = (a, b) => {
        if (a.file !== b.file)
            return a.file < b.file ? -1 : 1;
        return (a.line ?? 0) - (b.line ?? 0);
    };
    // Results come in discovery order, which is already this order unless some manifest was invalid.
    let sorted = true;
    for (let i = 1; i < results.length && sorted; i++)
        sorted = before(results[i - 1], results[i]) <= 0;
    return sorted ? results : results.sort(before);
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
    const dirPrefix = `${dir}${(external_node_path_default()).sep}`;
    for (const entry of entries) {
        if (entry.isDirectory()) {
            if (SKIP_DIRS.has(entry.name) || entry.name.startsWith('.'))
                continue;
            walk(`${dirPrefix}${entry.name}`, `${prefix}${entry.name}`, visit);
        }
        else if ((entry.isFile() || entry.isSymbolicLink()) && isManifestName(entry.name)) {
            // Listed so that the read refuses it by name (io/files/regular-file) instead of skipping it silently.
            // Joined, not concatenated: a concatenation of 13 characters or more is a rope, which V8
            // flattens through a slow runtime call at its first comparison (the sort below) or system call.
            visit([dirPrefix, entry.name].join(''), [prefix, entry.name].join(''), entry.isSymbolicLink());
        }
    }
}
/**
 * Expands paths, directories (recursively) and globs into manifest files, relative to `root`.
 * A path that does not exist is a configuration error: a typo must not pass as "all up to date".
 */
function discoverManifests(patterns, root) {
    const files = [];
    // One pattern cannot name a file twice: the index that removes repeats is built only once a
    // second pattern runs.
    let byAbsolute;
    const emptyPatterns = [];
    const add = (absolute, display, explicit, scan) => {
        const file = scan ? { path: display, absolute, explicit, scan } : { path: display, absolute, explicit };
        const at = byAbsolute?.get(absolute);
        if (at === undefined) {
            byAbsolute?.set(absolute, files.length);
            files.push(file);
        }
        else if (explicit && !files[at].explicit)
            files[at] = file;
    };
    // Every file a scan finds shares one of two scan records (link or not): no object per file.
    const scanOf = (base) => {
        const records = { file: { base, link: false }, link: { base, link: true } };
        return (link) => (link ? records.link : records.file);
    };
    for (const raw of patterns) {
        const pattern = raw.trim().replace(/\\/g, '/');
        if (!pattern)
            continue;
        if (files.length && !byAbsolute)
            byAbsolute = new Map(files.map((f, i) => [f.absolute, i]));
        if ((0,glob/* isGlob */.fg)(pattern)) {
            const base = external_node_path_default().resolve(root, (0,glob/* globBase */.EI)(pattern));
            const matcher = (0,glob/* globToRegExp */.tL)(external_node_path_default().posix.normalize(pattern).replace(/^\.\//, ''));
            const before = files.length;
            const scan = scanOf(base);
            walk(base, toDisplay(root, base), (absolute, display, link) => {
                if (matcher.test(display))
                    add(absolute, display, false, scan(link));
            });
            if (files.length === before)
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
        if (stat.isDirectory()) {
            const scan = scanOf(absolute);
            walk(absolute, toDisplay(root, absolute), (file, display, link) => add(file, display, false, scan(link)));
        }
        else
            add(absolute, toDisplay(root, absolute), true);
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
// The probe buffer, made once, in the one-element list readvSync takes: readSync checks its
// arguments through wrappers that allocate about 280 bytes per call, garbage for thousands of files.
let probeList;
function refuse(file, size, maxBytes) {
    const reason = `file is ${size} bytes, more than the ${maxBytes}-byte limit for a manifest`;
    return file.explicit
        ? { kind: 'problem', problem: { file: file.path, message: reason } }
        : { kind: 'skipped', warning: `${file.path}: skipped: ${reason}` };
}
function readManifest(file, maxBytes = DEFAULT_MAX_MANIFEST_BYTES) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file.absolute, 'r');
        probeList ??= [Buffer.allocUnsafe(PROBE_BYTES)];
        const probe = probeList[0];
        const head = (0,external_node_fs_.readvSync)(fd, probeList);
        if (head < PROBE_BYTES)
            return head > maxBytes ? refuse(file, head, maxBytes) : { kind: 'text', text: probe.toString('utf8', 0, head) };
        const stats = (0,external_node_fs_.fstatSync)(fd);
        // A device or pipe (`/dev/zero`) has no size to check and may never end.
        if (!stats.isFile())
            return { kind: 'problem', problem: { file: file.path, message: 'not a regular file' } };
        if (stats.size > maxBytes)
            return refuse(file, stats.size, maxBytes);
        // A file that grew after the stat still cannot get past the limit.
        const whole = Buffer.concat([probe.subarray(0, head), (0,external_node_fs_.readFileSync)(fd)]);
        return whole.length > maxBytes ? refuse(file, whole.length, maxBytes) : { kind: 'text', text: whole.toString('utf8') };
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
// EXTERNAL MODULE: ./src/io/catalog/open-catalog.ts
var open_catalog = __webpack_require__(8632);
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
async function verifyCandidates(checked, options, 
/** The run's root: a relative trusted-root file is read from there. */
root, log, createVerifier) {
    let verifier;
    const limit = concurrencyLimit(VERIFY_CONCURRENCY);
    const signatureCheck = (found) => {
        verifier ??= createVerifier({
            trustedRootFile: options.trustedRootFile,
            cwd: root,
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
/** The data path shared by the CLI and the Action: discover → parse → registry → check. */
async function runCheck(options, createVerifier = loadCandidateVerifier) {
    // process.hrtime, not the `performance` global: that one loads perf_hooks (a millisecond of startup).
    const started = process.hrtime.bigint();
    const elapsed = () => `${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`;
    // A mistake in the policy stops the run before any work.
    const repositoryRoot = (0,repository_root/* findRepositoryRoot */.m)(options.root);
    const policy = await (0,policy_file/* loadPolicy */.tb)(options.policyFile, repositoryRoot);
    const { files, emptyPatterns } = discoverManifests(options.paths, options.root);
    options.log.debug(`discovered ${files.length} files (${elapsed()})`);
    for (const pattern of emptyPatterns)
        options.log.warning(`${pattern}: no manifest files match`);
    (0,no_manifests/* requireManifests */.U)(files.length, options.paths, options.allowEmpty ?? false);
    const workloads = [];
    const problems = [];
    const refusal = manifestPathCheck(options.root, { outsideRoot: 'allow' });
    // The YAML library costs startup time: loaded only when some file may be YAML.
    const onlyJson = files.every((f) => (0,parse_json_manifest/* isJsonManifestName */.f3)(f.path));
    const parseManifest = onlyJson ? parse_json_manifest/* parseJsonManifest */.d7 : (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(949)]).then(__webpack_require__.bind(__webpack_require__, 1949))).parseManifest;
    for (const file of files) {
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
        for (const workload of parsed.workloads)
            workloads.push(workload);
        for (const problem of parsed.problems)
            problems.push(problem);
    }
    options.log.debug(`${files.length} files read, ${workloads.length} workloads, ${problems.length} problems (${elapsed()})`);
    // Only registry-sourced workloads need the registry: a repo of raw images never waits on the network.
    const names = [...new Set(workloads.map((w) => w.registryServerName).filter((n) => n !== ''))];
    let lookups = new Map();
    // Shown in summaries and PR bodies: never with credentials from the URL.
    let registrySource = (0,redact/* redactUrl */.BO)(options.registry.source);
    if (names.length) {
        // Relative registry and CA files are the repository's (or, for the CLI, the working directory's).
        const provider = await (0,open_catalog/* openRegistry */.Me)({ ...options.registry, cwd: options.root, log: options.log.debug });
        try {
            lookups = await provider.resolve(names);
        }
        finally {
            await provider.close?.();
        }
        registrySource = provider.registry.source;
        options.log.debug(`registry loaded, ${names.length} names resolved (${elapsed()})`);
    }
    const checked = (0,apply/* applyPolicy */.VC)(checkAll(workloads, lookups), policy, (0,policy_file/* repositoryPathOf */.vy)(options.root, repositoryRoot));
    options.log.debug(`checked (${elapsed()})`);
    const { results, trustedRoot } = await verifyCandidates(checked, options.verify, options.root, options.log, createVerifier);
    options.log.debug(`verified (${elapsed()})`);
    return { results: sortResults([...results, ...problems.map(invalidResult)]), registrySource, trustedRoot };
}


/***/ }),

/***/ 4233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


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
    return failOn.length === 0 ? [] : findingsOf(row).filter((f) => failOn.includes(f));
}

// EXTERNAL MODULE: ./src/core/check/drift.ts
var drift = __webpack_require__(1935);
;// CONCATENATED MODULE: ./src/core/render/json.ts

// Key order and omitempty as Go's encoding/json writes thv's CheckResult, so `--format json` diffs
// cleanly against `thv upgrade check --format json`; our additions come after thv's fields.
//
// Each object is one literal with every key, an omitted one undefined (JSON.stringify leaves it
// out): a report's thousands of rows then share one shape each, where assigning only the present
// keys would give V8 a shape per combination, and slow reads and writes on all of them. Variable
// records go through thv's toEnvVarInfo again, whoever built them: its literal has Go's key order,
// and a secret's default never reaches the report.
function envDrift(d) {
    if (!d || (!d.added?.length && !d.removed?.length))
        return undefined;
    return {
        added: d.added?.length ? d.added.map(drift/* toEnvVarInfo */.KS) : undefined,
        removed: d.removed?.length ? d.removed.map(drift/* toEnvVarInfo */.KS) : undefined
    };
}
function configDrift(d) {
    if (!d || (!d.transport && !d.permission_profile))
        return undefined;
    return {
        transport: d.transport ? { from: d.transport.from, to: d.transport.to } : undefined,
        permission_profile: d.permission_profile ? { from: d.permission_profile.from, to: d.permission_profile.to } : undefined
    };
}
function verification(v) {
    if (!v)
        return undefined;
    const signer = v.signer && {
        repository: v.signer.repository || undefined,
        workflow: v.signer.workflow || undefined,
        ref: v.signer.ref || undefined,
        issuer: v.signer.issuer || undefined,
        runner_environment: v.signer.runner_environment || undefined
    };
    return {
        status: v.status,
        digest: v.digest || undefined,
        signer,
        reason: v.reason || undefined,
        trusted_root: v.trusted_root || undefined,
        signature_source: v.signature_source || undefined
    };
}
/** One result as the JSON report writes it (undefined members are left out). */
function rowToJson(row) {
    return {
        workload_name: row.workload_name,
        registry_server: row.registry_server || undefined,
        status: row.status,
        current_image: row.current_image || undefined,
        candidate_image: row.candidate_image || undefined,
        reason: row.reason || undefined,
        env_var_drift: envDrift(row.env_var_drift),
        config_drift: configDrift(row.config_drift),
        file: row.file,
        line: row.line,
        update_type: row.update_type || undefined,
        held_by: row.held_by || undefined,
        deprecated: row.deprecated ? true : undefined,
        missing_env_vars: row.missing_env_vars?.length ? row.missing_env_vars.map(drift/* toEnvVarInfo */.KS) : undefined,
        verification: verification(row.verification)
    };
}
/**
 * The JSON report in pieces, which joined are exactly `JSON.stringify(rows, null, 2)` and a
 * newline: a report of thousands of results is written as it is made, never held whole (nor its
 * objects), and no piece splits a string. Each group of `rowsPerPiece` results is one piece, cut
 * out of its own document (a slice shares that text: nothing is copied), and the separators
 * between groups are pieces of their own. A hundred results make about 60 KB: under V8's
 * large-object size, so each piece lives and dies in the young generation.
 */
function* renderJsonPieces(rows, rowsPerPiece = 100) {
    if (rows.length === 0) {
        yield '[]\n';
        return;
    }
    for (let start = 0; start < rows.length; start += rowsPerPiece) {
        // An array of these rows is written with each row at the report's own indentation: only its
        // brackets differ. The first group keeps its opening `[\n`.
        const text = JSON.stringify(rows.slice(start, start + rowsPerPiece).map(rowToJson), null, 2);
        yield text.slice(start === 0 ? 0 : 2, -2);
        yield start + rowsPerPiece >= rows.length ? '\n]\n' : ',\n';
    }
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

// EXTERNAL MODULE: ./src/core/text/made-once.ts
var made_once = __webpack_require__(2846);
;// CONCATENATED MODULE: ./src/core/render/escape/json-output.ts
// JSON printed to a terminal or set as a step output. JSON.stringify escapes C0 controls but leaves
// DEL, C1, U+2028/U+2029, bidi and zero-width characters raw, and the runner reads `##[name]` as a
// workflow command anywhere in a line; `\uXXXX` escapes parse back to the same strings, so the
// values stay exact and no line, command or disguise can come from them.

const rawInJson = (0,made_once/* madeOnce */.v)(() => /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu);
// Every character rawInJson matches is DEL or past ASCII: the slower Unicode-class scan runs only
// on stretches of those (surrogate pairs stay whole inside one), and only when a native check finds
// any. A report of thousands of results is otherwise scanned at memory speed.
const PAST_ASCII = /[^\x00-\x7e]+/g;
/** `json` (from JSON.stringify) with the characters it leaves raw written as `\u` escapes. */
function escapeJsonText(json) {
    // A character past ASCII takes more than one UTF-8 byte (a lone surrogate three).
    const raw = Buffer.byteLength(json, 'utf8') !== json.length || json.includes('\x7f');
    const escaped = raw ? json.replace(PAST_ASCII, (stretch) => stretch.replace(rawInJson(), escapeChar)) : json;
    return escaped.includes('##[') ? escaped.replaceAll('##[', '##\\u005b') : escaped;
}
function escapeChar(char) {
    let out = '';
    for (let i = 0; i < char.length; i++)
        out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
}

// EXTERNAL MODULE: ./src/io/catalog/open-catalog.ts
var open_catalog = __webpack_require__(8632);
// EXTERNAL MODULE: ./src/app/run-check.ts + 9 modules
var run_check = __webpack_require__(341);
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
    const renderStart = process.hrtime.bigint();
    if (format === 'json')
        for (const piece of renderJsonPieces(rows))
            io.stdout(escapeJsonText(piece));
    else if (format === 'markdown')
        io.stdout(renderMarkdownSummary(rows, { registrySource: run.registrySource, failOn }));
    else
        io.stdout(renderTable(rows, { width: io.columns }));
    if (debug)
        io.stderr(`debug: rendered ${format} (${(Number(process.hrtime.bigint() - renderStart) / 1e6).toFixed(0)} ms)\n`);
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
            const section = (0,_legacy_to_upstream_js__WEBPACK_IMPORTED_MODULE_3__/* .legacySection */ .ty)(doc, remote ? 'remote_servers' : 'servers', source);
            for (const key of Object.keys(section)) {
                const raw = section[key];
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
    // One entry per name is the rule: a list only for names given twice (no array per entry).
    byName = new Map();
    /** Built at the first short-name lookup: runs that use full names never pay for it. */
    byShortName;
    outcomes = new Map();
    full;
    constructor(entries, source, format) {
        this.entries = entries;
        this.source = source;
        this.format = format;
        for (const entry of entries)
            push(this.byName, entry.name, entry);
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
        return listOf(this.byName.get(name)).map((e) => this.outcome(e));
    }
    /** Outcomes of the entries whose name ends with `/<shortName>`, in document order. */
    endingWith(shortName) {
        if (!this.byShortName) {
            this.byShortName = new Map();
            for (const entry of this.entries) {
                const slash = entry.name.lastIndexOf('/');
                if (slash !== -1)
                    push(this.byShortName, entry.name.slice(slash + 1), entry);
            }
        }
        return listOf(this.byShortName.get(shortName)).map((e) => this.outcome(e));
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
    const filed = map.get(key);
    if (filed === undefined)
        map.set(key, entry);
    else if (Array.isArray(filed))
        filed.push(entry);
    else
        map.set(key, [filed, entry]);
}
function listOf(filed) {
    return filed === undefined ? [] : Array.isArray(filed) ? filed : [filed];
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
        return {
            ok: false,
            name: (0,legacy_to_upstream/* legacyServerName */.QQ)(key, legacy),
            reason: error.message,
            legacyPhase: false,
            overLimit: error instanceof errors/* EntryLimitError */.qm
        };
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
/**
 * A legacy section (`servers` or `remote_servers`): entries by key, read in `Object.keys` order.
 * With thousands of entries it is a dictionary, whose `Object.entries` takes a slow path and a pair
 * per entry: its keys and a lookup each cost a third as much.
 */
function legacySection(doc, key, source) {
    if (!(0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(doc))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl('registry-format', 'legacy registry is not a JSON object', (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .placeOf */ .$t)(source));
    const value = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, key);
    if (value === undefined || value === null)
        return {};
    if (!(0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl('registry-format', `legacy registry "${key}" must be an object of entries, not ${Array.isArray(value) ? 'an array' : typeof value}`, (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .placeOf */ .$t)(source));
    }
    return value;
}
/** Converts a whole legacy document (already detected as legacy): servers first, then remote servers. */
function convertLegacyRegistry(doc, source) {
    const servers = [];
    const skipped = [];
    const section = (key, convert) => {
        const entries = legacySection(doc, key, source);
        for (const k of Object.keys(entries)) {
            try {
                servers.push(convert(k, entries[k]));
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

/***/ 1935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ computeConfigDrift),
/* harmony export */   KS: () => (/* binding */ toEnvVarInfo),
/* harmony export */   dJ: () => (/* binding */ missingRequiredEnvVars),
/* harmony export */   eq: () => (/* binding */ computeEnvDrift)
/* harmony export */ });
/* unused harmony export suppliedEnvVars */
/* harmony import */ var _secret_parameter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);

// ToolHive sets these itself (pkg/runner): a workload supplying them is not relying on the registry.
const TOOLHIVE_INJECTED = new Set(['MCP_TRANSPORT', 'MCP_PORT', 'FASTMCP_PORT']);
/** Env var names the workload provides: env keys plus the targets of well-formed secret parameters. */
function suppliedEnvVars(workload) {
    const supplied = new Set(workload.envVarNames);
    for (const secret of workload.secrets) {
        // thv skips malformed secret parameters here; they satisfy nothing.
        const target = (0,_secret_parameter_js__WEBPACK_IMPORTED_MODULE_0__/* .secretTarget */ .Gk)(secret);
        if (target)
            supplied.add(target);
    }
    return supplied;
}
/**
 * thv's toEnvVarInfo: secret defaults are blanked so they never reach output. One literal with
 * every member (the absent ones undefined), so that every variable's record has one shape.
 */
function toEnvVarInfo(ev) {
    return {
        name: ev.name,
        description: ev.description || undefined,
        required: ev.required === true,
        secret: ev.secret ? true : undefined,
        default: (!ev.secret && ev.default) || undefined
    };
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
    const removed = removedNames.sort().map((name) => toEnvVarInfo({ name }));
    if (added.length === 0 && removed.length === 0)
        return undefined;
    return { added: added.length ? added : undefined, removed: removed.length ? removed : undefined };
}
/** thv's computeConfigDrift: raw string comparison, only when both sides are set. */
function computeConfigDrift(workload, candidate) {
    const cur = workload.transport;
    const cand = candidate.transport ?? '';
    const transport = cand !== '' && cur !== '' && cur !== cand ? { from: cur, to: cand } : undefined;
    const candProfile = candidate.permissions?.name ?? '';
    const curProfile = workload.permissionProfileNameOrPath;
    const profile = candProfile !== '' && curProfile !== '' && curProfile !== candProfile ? { from: curProfile, to: candProfile } : undefined;
    return transport || profile ? { transport, permission_profile: profile } : undefined;
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


/***/ }),

/***/ 9988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ secretTarget),
/* harmony export */   Lx: () => (/* binding */ formatSecretParameter)
/* harmony export */ });
/* unused harmony exports tryParseSecretParameter, parseSecretParameter */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// ToolHive's `<name>,target=<ENV>` secret syntax (pkg/secrets/types.go ParseSecretParameter).

// Go's `^([^,]+),target=(.+)$`: the name runs to the first comma, which `,target=` must follow;
// the target is the rest, non-empty and (RE2's `.` excludes only '\n') without a newline. Read
// with indexOf, not a regex: every workload's secrets are read on every run.
const TARGET_MARK = ',target=';
/** The `target` of a parameter thv's parser accepts, or undefined. */
function secretTarget(s) {
    const comma = s.indexOf(',');
    if (comma <= 0 || !s.startsWith(TARGET_MARK, comma))
        return undefined;
    const target = s.slice(comma + TARGET_MARK.length);
    return target === '' || target.includes('\n') ? undefined : target;
}
/** The parsed parameter, or undefined when thv's parser would reject it. */
function tryParseSecretParameter(s) {
    const target = secretTarget(s);
    return target === undefined ? undefined : { name: s.slice(0, s.indexOf(',')), target };
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

/***/ 5142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ goQuote)
/* harmony export */ });
/* harmony import */ var _text_made_once_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2846);
// Go's `%q` verb, so reasons quote references exactly as thv prints them.

const unicodePrint = (0,_text_made_once_js__WEBPACK_IMPORTED_MODULE_0__/* .madeOnce */ .v)(() => /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u);
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
        if (unicodePrint().test(ch)) {
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
    let split = splits.get(ref);
    if (split === undefined) {
        if (splits.size > 50_000)
            splits.clear();
        try {
            const p = parseOrThrow(ref);
            if (p.kind !== 'tag')
                throw new ImageReferenceError(`reference ${(0,go_quote/* goQuote */.d)(ref)} is not a tag`);
            split = { repo: `${p.registry}/${p.repository}`, tag: p.tag };
        }
        catch (error) {
            split = { error };
        }
        splits.set(ref, split);
    }
    if ('error' in split)
        throw split.error;
    return { repo: split.repo, tag: split.tag };
}
// Thousands of manifests pin the same few images, and the check, the update type and the policy
// each split them: the grammar runs once per distinct reference. (A copy is returned each time, so
// no caller can change what another one gets.)
const splits = new Map();
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
    const list = field.value;
    if (!Array.isArray(list))
        throw new FieldError(`"${key}" must be a list of strings, found ${describeType(list)}`, field.start);
    for (let i = 0; i < list.length; i++) {
        const item = list[i];
        if (typeof item !== 'string')
            throw new FieldError(`"${key}[${i}]" must be a string, found ${describeType(item)}`, field.start);
    }
    // The parsed list itself: the parser made it for this file alone.
    return list;
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
    // One object literal, optional members assigned after: every workload has the same shape.
    const workload = {
        kind: 'mcpserver',
        file,
        documentIndex,
        name: optionalString(metadata.name, 'metadata.name'),
        image,
        imageSpan: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(text, imageField),
        registryServerName: optionalString(annotations[REGISTRY_SERVER_ANNOTATION], `metadata.annotations.${REGISTRY_SERVER_ANNOTATION}`),
        transport: optionalString(spec.transport, 'spec.transport') || 'stdio',
        permissionProfileNameOrPath: Object.keys(profile).length === 0 ? '' : permissionProfileNameOrPath,
        envVarNames: list(spec.env, 'spec.env').map((e, i) => optionalString(e.name, `spec.env[${i}].name`)),
        secrets
    };
    if (imageField.viaAlias)
        workload.imageViaAlias = true;
    if ((0,_policy_opt_out_js__WEBPACK_IMPORTED_MODULE_2__/* .optsOut */ .N)(annotations))
        workload.optOut = 'annotation';
    return workload;
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
// Keys repeat from manifest to manifest (parsed keys are interned strings, whose hash is kept):
// a Map lookup per key costs less than a native test each, and far less than a character loop
// that runs in the interpreter until V8 optimizes it.
const CAPITAL = /[A-Z]/;
const keysWithCapital = new Map();
/** Whether a key has an ASCII capital: only then can it differ from the field name Go would match it to. */
function hasCapital(key) {
    let known = keysWithCapital.get(key);
    if (known === undefined) {
        known = CAPITAL.test(key);
        // Bounded: a file of a million distinct keys must not grow it without end.
        if (keysWithCapital.size < 4096)
            keysWithCapital.set(key, known);
    }
    return known;
}
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
        if (hasCapital(key))
            return parseJsonDocumentAsGo(text);
    const has = (key) => Object.prototype.hasOwnProperty.call(object, key);
    return {
        ok: true,
        value,
        lookup: (key) => (has(key) ? new LazyField(text, key, object[key]) : undefined),
        has
    };
}
/**
 * A Field whose position is found only when read (most fields are only ever read for their value).
 * Its members are declared, not class fields: a few are made per manifest, and field initialisers
 * would run on every one of them.
 */
class LazyField {
    constructor(text, key, value) {
        this.text = text;
        this.key = key;
        this.value = value;
        this.span = undefined;
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
        byKey.set(hasCapital(member.key) ? member.key.toLowerCase() : member.key, member);
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
    // Built as one object literal, optional members assigned after: every workload has the same shape.
    const workload = {
        kind: 'runconfig',
        file,
        documentIndex,
        name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringField */ .OM)(get('name'), 'name'),
        image,
        imageSpan: imageField ? (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(text, imageField) : { offset: 0, length: 0, line: 1, column: 1 },
        registryServerName: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringField */ .OM)(get('registry_server_name'), 'registry_server_name'),
        transport: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringField */ .OM)(get('transport'), 'transport'),
        permissionProfileNameOrPath: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringField */ .OM)(get('permission_profile_name_or_path'), 'permission_profile_name_or_path'),
        envVarNames: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .mapKeysField */ .fI)(get('env_vars'), 'env_vars'),
        secrets: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringListField */ .g1)(get('secrets'), 'secrets')
    };
    if (imageField?.viaAlias)
        workload.imageViaAlias = true;
    if ((0,_policy_opt_out_js__WEBPACK_IMPORTED_MODULE_1__/* .optsOut */ .N)(get('container_labels')?.value))
        workload.optOut = 'label';
    return workload;
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
/**
 * What the policy reads of one upgrade. A class, not an object literal with getters: a literal
 * makes two closures and its own accessors for each of a run's thousands of upgrades.
 */
class Subject {
    constructor(upgrade, repositoryPath) {
        this.workload = upgrade.workload_name;
        this.server = upgrade.entry.name;
        this.updateType = upgrade.update_type;
        this.optOut = upgrade.workload.optOut;
        this.upgrade = upgrade;
        this.repositoryPath = repositoryPath;
    }
    // Read only by a policy that selects paths, or allows prereleases: worked out when read.
    get path() {
        return this.repositoryPath(this.upgrade.file);
    }
    get currentIsPrerelease() {
        return isPrerelease(this.upgrade.current_image);
    }
}
function subjectOf(upgrade, repositoryPath) {
    return new Subject(upgrade, repositoryPath);
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
/* harmony export */   Jn: () => (/* binding */ isPrintableAscii),
/* harmony export */   cE: () => (/* binding */ visibleEscape),
/* harmony export */   e4: () => (/* binding */ escapeUnsafeCharacters),
/* harmony export */   uZ: () => (/* binding */ escapeCommandMarkers)
/* harmony export */ });
/* harmony import */ var _text_made_once_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2846);
// What no output channel may print raw when the text came from a manifest, a file name or the
// registry: controls and line/paragraph separators can start a new line (and a line starting with
// `::` is a GitHub workflow command), format characters (bidi overrides and isolates, zero-width
// characters, BOM, tags) can make a name look like another, and lone surrogates print as garbage.

/** Cc (C0, DEL, C1), Cf (bidi controls, zero-width, BOM, …), Zl/Zp (U+2028/U+2029), lone surrogates. */
const unsafeCharacter = (0,_text_made_once_js__WEBPACK_IMPORTED_MODULE_0__/* .madeOnce */ .v)(() => /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu);
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;
/** Printable ASCII has no unsafe or invisible character: most text never needs the Unicode classes. */
function isPrintableAscii(text) {
    return !NOT_PRINTABLE_ASCII.test(text);
}
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
    return escapeCommandMarkers(isPrintableAscii(text) ? text : text.replace(unsafeCharacter(), visibleEscape));
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
/* harmony import */ var _text_made_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2846);
// One place that turns untrusted text (registry names, descriptions, images, manifest paths) into
// GitHub-flavoured markdown that shows the text literally: no links, HTML, mentions, headings or
// table breaks can be smuggled into a PR body or job summary through a registry entry.


const ZERO_WIDTH_SPACE = '\u200b';
/** Whitespace that breaks or tabs a line: each run becomes one space. */
const LINE_SPACE = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** Other controls, format characters (bidi, zero-width, BOM) and lone surrogates: shown as `\u202e` and the like, so a name cannot be disguised. */
const invisible = (0,_text_made_once_js__WEBPACK_IMPORTED_MODULE_1__/* .madeOnce */ .v)(() => /[\p{Cc}\p{Cf}\p{Cs}]/gu);
/**
 * One line of visible text: line breaks become spaces, other invisible characters visible escapes,
 * and `##[` (a workflow command when the markdown is printed in a job log) `##\x5b`.
 */
function oneLine(text) {
    const visible = (0,_escape_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .isPrintableAscii */ .Jn)(text) ? text : text.replace(LINE_SPACE, ' ').replace(invisible(), _escape_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleEscape */ .cE);
    return (0,_escape_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCommandMarkers */ .uZ)(visible.replace(/ {2,}/g, ' ').trim());
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

/***/ 2846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ madeOnce)
/* harmony export */ });
/**
 * The value `make` returns, made on the first call and kept. For regular expressions with Unicode
 * property classes (`\p{Cf}` and the like): a module-level literal is parsed when the bundle loads,
 * about a millisecond each, in every run, even one whose text is all plain ASCII and never needs it.
 */
function madeOnce(make) {
    let made;
    let done = false;
    return () => {
        if (!done) {
            made = make();
            done = true;
        }
        return made;
    };
}


/***/ }),

/***/ 2561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   pA: () => (/* binding */ nearest),
/* harmony export */   sJ: () => (/* binding */ bestSuggestions),
/* harmony export */   wz: () => (/* binding */ characterCounts),
/* harmony export */   y9: () => (/* binding */ countsDistance),
/* harmony export */   zC: () => (/* binding */ closeEnough)
/* harmony export */ });
// "Did you mean …?": the closest strings to a mistyped one, for flags and registry entry names.
// Rows of the distance table, reused from call to call: a run that cannot find some names
// compares each of them with every name in the registry, thousands of times over.
let rowBuffers = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
/**
 * Edit distance with adjacent transpositions counted once (optimal string alignment), so `fecth`
 * is one edit from `fetch`. Returns `limit + 1` as soon as the distance is known to exceed `limit`.
 */
function editDistance(a, b, limit = Infinity) {
    // Each edit changes the length by one at most.
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    // A shared prefix or suffix costs no edit (names in one namespace share theirs): only the part
    // between them is compared.
    let start = 0;
    let endA = a.length;
    let endB = b.length;
    while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start))
        start++;
    while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
        endA--;
        endB--;
    }
    const n = endA - start;
    const m = endB - start;
    if (n === 0 || m === 0)
        return Math.max(n, m);
    if (rowBuffers[0].length < m + 2)
        rowBuffers = rowBuffers.map(() => new Int32Array(2 * (m + 2)));
    let [beforePrevious, previous, current] = rowBuffers;
    // Cells more than `limit` off the diagonal cannot lie on a path within the limit: each row is
    // computed only within that band, and the cells just outside it read as out of reach.
    const band = Math.min(limit, Math.max(n, m));
    const outOfReach = Math.min(limit, n + m) + 1;
    for (let j = 0; j <= m; j++)
        previous[j] = j;
    for (let i = 1; i <= n; i++) {
        const from = Math.max(1, i - band);
        const to = Math.min(m, i + band);
        current[from - 1] = from === 1 ? i : outOfReach;
        let rowMin = current[from - 1];
        const ai = a.charCodeAt(start + i - 1);
        const aBefore = i > 1 ? a.charCodeAt(start + i - 2) : -1;
        for (let j = from; j <= to; j++) {
            const bj = b.charCodeAt(start + j - 1);
            let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === bj ? 0 : 1));
            if (j > 1 && ai === b.charCodeAt(start + j - 2) && aBefore === bj)
                d = Math.min(d, beforePrevious[j - 2] + 1);
            current[j] = d;
            if (d < rowMin)
                rowMin = d;
        }
        if (to < m)
            current[to + 1] = outOfReach;
        // Every later row is at least this row's minimum: stop once nothing can come back under the limit.
        if (rowMin > limit)
            return limit + 1;
        const spare = beforePrevious;
        beforePrevious = previous;
        previous = current;
        current = spare;
    }
    const distance = previous[m];
    return distance > limit ? limit + 1 : distance;
}
const COUNT_BUCKETS = 32;
/**
 * How often each character occurs in `word`, folded into a few buckets (characters that share one
 * only make the bound below weaker, never wrong; a bucket per character made it no faster).
 */
function characterCounts(word) {
    const counts = new Int32Array(COUNT_BUCKETS);
    for (let i = 0; i < word.length; i++)
        counts[word.charCodeAt(i) % COUNT_BUCKETS]++;
    return counts;
}
/**
 * A lower bound on the edit distance of two words, from their characterCounts: each insertion,
 * deletion or substitution adds or removes at most one character on each side, and a transposition
 * none. Far cheaper than the distance itself, it rules most words out at once.
 */
function countsDistance(a, b) {
    let more = 0;
    let fewer = 0;
    for (let i = 0; i < COUNT_BUCKETS; i++) {
        const d = a[i] - b[i];
        if (d > 0)
            more += d;
        else
            fewer -= d;
    }
    return Math.max(more, fewer);
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
/* harmony export */   Qs: () => (/* reexport safe */ _source_options_js__WEBPACK_IMPORTED_MODULE_9__.Qs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_catalog_build_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6527);
/* harmony import */ var _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6440);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9798);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9185);
/* harmony import */ var _http_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8812);
/* harmony import */ var _log_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2260);
/* harmony import */ var _source_options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9892);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3317);
// Opens the registry the run checks against: a local file, a registry JSON document over HTTPS,
// or an MCP registry API (including toolhive-registry-server's /registry/{name} prefix).
// `auto` picks like `thv config set-registry`: file path, `.json` URL, else probe the API.













const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
async function openRegistry(opts) {
    const source = opts.source.trim();
    const log = opts.log ?? (() => undefined);
    const kind = opts.kind ?? 'auto';
    const maxBytes = opts.maxBytes ?? _source_options_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_MAX_BYTES */ .fS;
    if (source === '')
        throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl('registry-invalid-source', 'the registry source is empty', {}, 'set --registry / registry to a file, URL or API base URL');
    if (kind === 'file' || (kind === 'auto' && !/^https?:\/\//i.test(source))) {
        let path = source;
        if (/^file:\/\//i.test(source)) {
            try {
                path = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(source);
            }
            catch {
                throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl('registry-invalid-source', `not a usable file URL: ${source}`, {}, 'use file:///absolute/path or a plain path');
            }
        }
        else if (kind === 'auto' && SCHEME.test(source) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.cwd ?? '', source))) {
            throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl('registry-invalid-source', `unsupported registry source scheme in ${(0,_http_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redactUrl */ .BO)(source)}`, {}, 'use a file path, an https:// URL or an API base URL');
        }
        return (0,_providers_js__WEBPACK_IMPORTED_MODULE_5__/* .staticProvider */ .M8)((0,_log_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .logged */ .J)(loadFile(path, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.cwd ?? '', path), maxBytes), log));
    }
    // The HTTP stack (undici) is loaded only for remote registries: it costs ~90 ms of startup.
    const { openRemoteRegistry } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(513)]).then(__webpack_require__.bind(__webpack_require__, 4513));
    return openRemoteRegistry(source, kind, opts, maxBytes, log);
}
/**
 * Reads `readPath`; messages name the file as `path`, as the user gave it. Read in one synchronous
 * call: nothing else runs meanwhile, and the chunked promise read of a 10 MB document costs more
 * than its parse.
 */
function loadFile(path, readPath, maxBytes) {
    let text;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(readPath, 'r');
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (info.isDirectory())
            throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl('registry-invalid-source', 'the registry path is a directory, not a JSON file', { file: path });
        if (info.size > maxBytes) {
            throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl('registry-too-large', `registry file is ${info.size} bytes, more than the ${maxBytes}-byte limit`, {
                file: path
            });
        }
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
    }
    catch (error) {
        if (error instanceof _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl)
            throw error;
        const code = error.code;
        if (code === 'ENOENT') {
            throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl('registry-not-found', 'registry file not found', { file: path }, 'check --registry / registry (a path, an https:// URL or an API base URL)');
        }
        throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl('registry-invalid-source', `cannot read the registry file: ${code ?? String(error)}`, { file: path });
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_10__/* .parseJsonText */ .l)(text);
    if (!parsed.ok) {
        throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl('registry-invalid-json', `invalid JSON (column ${parsed.column}: ${parsed.reason})`, {
            file: path,
            line: parsed.line
        });
    }
    return (0,_core_catalog_build_js__WEBPACK_IMPORTED_MODULE_3__/* .buildRegistry */ .Mb)(parsed.value, path);
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
    // The common cases first, with the same answer as the general rules below: one entry under the
    // exact name, or (for a short name) none under it and one ending with it.
    const only = named.length === 1 ? named[0] : undefined;
    if (only?.ok && only.server.name === name)
        return { kind: 'found', server: only.server };
    if (named.length === 0 && !name.includes('/')) {
        const ending = registry.endingWith(name);
        if (ending.length === 1 && ending[0].ok)
            return { kind: 'found', server: ending[0].server };
    }
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
/** Server names are reverse-DNS names of a few dozen characters (server.json allows at most 200). */
const LONGEST_SUGGESTED_NAME = 512;
// Every name a run cannot find is compared with every entry: each entry's lowered names are made
// once per registry, not once per comparison.
const candidatesByServers = new WeakMap();
function candidatesOf(registry) {
    const servers = registry.servers;
    let candidates = candidatesByServers.get(servers);
    if (candidates?.length !== servers.size) {
        candidates = [...servers.keys()].map((entry) => {
            const lower = entry.toLowerCase();
            const lowerShort = shortName(lower);
            return {
                entry,
                lower,
                lowerShort,
                namespace: lower.slice(0, lower.length - lowerShort.length),
                shortCounts: (0,nearest/* characterCounts */.wz)(lowerShort)
            };
        });
        candidatesByServers.set(servers, candidates);
    }
    return candidates;
}
/**
 * Up to `max` container entry names within a few edits of `name`, compared whole and by the part
 * after the last `/`. The allowance follows the short name's length, so two long names under the
 * same namespace are not "close" merely for sharing it.
 */
function suggestServerNames(registry, name, max = 3) {
    // The allowance grows with the name, and the comparison with the allowance: a name longer than
    // any server's is no typo of one, and is not searched for.
    if (name.length > LONGEST_SUGGESTED_NAME)
        return [];
    const wanted = name.toLowerCase();
    const wantedShort = shortName(wanted);
    const limit = (0,nearest/* closeEnough */.zC)(wantedShort);
    const scored = [];
    const wantedNamespace = wanted.slice(0, wanted.length - wantedShort.length);
    const wantedCounts = (0,nearest/* characterCounts */.wz)(wantedShort);
    for (const { entry, lower, lowerShort, namespace, shortCounts } of candidatesOf(registry)) {
        const short = (0,nearest/* countsDistance */.y9)(wantedCounts, shortCounts) > limit ? limit + 1 : (0,nearest/* editDistance */.YC)(wantedShort, lowerShort, limit);
        // In one namespace the whole names differ exactly where the short names do.
        const distance = namespace === wantedNamespace ? short : Math.min(short, (0,nearest/* editDistance */.YC)(wanted, lower, limit));
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
