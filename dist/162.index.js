export const id = 162;
export const ids = [162];
export const modules = {

/***/ 39162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./src/io/catalog/secrets.ts
var secrets = __webpack_require__(93317);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
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

;// CONCATENATED MODULE: ./src/core/pr/branch.ts
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
        throw new errors/* ConfigurationError */.j('invalid-branch-prefix', `branch-prefix ${JSON.stringify(prefix)} is not usable in a git branch name`, {}, 'use letters, digits, `-`, `_`, `.` and `/`, e.g. `toolhive-upgrade/`');
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

// EXTERNAL MODULE: ./src/core/provenance/verification.ts
var verification = __webpack_require__(40004);
// EXTERNAL MODULE: ./src/io/catalog/open-catalog.ts
var open_catalog = __webpack_require__(18632);
;// CONCATENATED MODULE: ./src/app/options.ts
// The options of a run, validated the same way whichever entry read them: the CLI turns argv into
// raw strings, the Action its inputs, and the functions here turn those into typed options before
// any work starts. Errors name the option the way the entry spells it (`input timeout`,
// `--timeout`), so neither entry speaks the other's language.






const RUN_OPTION_NAMES = [
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
];
const PULL_REQUEST_OPTION_NAMES = [
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
];
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
    const verifyMode = read.text('verify') === undefined ? undefined : read.oneOf('verify', verification/* VERIFY_MODES */.v4, 'enabled');
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

;// CONCATENATED MODULE: ./src/action/inputs.ts



/** How the Action names an input in its errors. */
const inputLabel = (name) => `input ${name}`;
/**
 * Every input, secrets masked first, validated before any work (a PR input too, whatever the
 * mode): a mistake fails the step at once instead of after a whole check.
 */
function readInputs(core) {
    const raw = {};
    for (const name of [...RUN_OPTION_NAMES, ...PULL_REQUEST_OPTION_NAMES])
        raw[name] = core.getInput(name);
    for (const name of ['registry-token', 'token']) {
        const secret = core.getInput(name);
        if (secret)
            core.setSecret(secret);
    }
    // `https://user:password@host/…`: the user, the password and their base64 (as sent in a Basic
    // header) are masked too. Very short parts would mask every occurrence of common text; our own
    // messages redact them anyway.
    for (const secret of (0,secrets/* catalogSecrets */.v)(core.getInput('registry')))
        if (secret.length >= 4)
            core.setSecret(secret);
    const run = parseRunOptions(raw, inputLabel);
    for (const secret of credentialSecrets(run.verify.credentials ?? []))
        core.setSecret(secret);
    return { run, pullRequest: parsePullRequestOptions(raw, inputLabel, run.mode) };
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
function json_verification(v) {
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
    const v = json_verification(row.verification);
    if (v)
        out.verification = v;
    return out;
}
function renderJson(rows) {
    return `${JSON.stringify(rows.map(rowToJson), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/core/render/escape/unsafe-characters.ts
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

;// CONCATENATED MODULE: ./src/core/render/markdown-escape.ts
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
    return escapeCommandMarkers(text.replace(LINE_SPACE, ' ').replace(INVISIBLE, visibleEscape).replace(/ {2,}/g, ' ').trim());
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

;// CONCATENATED MODULE: ./src/core/render/trusted-root.ts
/** Which sigstore trusted root checked the signatures, in words ('tuf', 'embedded' or a file path). */
function describeTrustedRoot(root, quote = (s) => s) {
    if (root === 'tuf')
        return 'the public-good sigstore trusted root (TUF)';
    if (root === 'embedded')
        return 'the public-good sigstore trusted root shipped with @sigstore/tuf (TUF was unreachable)';
    return `the trusted root ${quote(root)}`;
}

;// CONCATENATED MODULE: ./src/core/image/written-reference.ts
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

;// CONCATENATED MODULE: ./src/core/render/image-change.ts
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
        return inlineCode(candidate);
    if (!candidate || candidate === current)
        return inlineCode(current);
    const from = splitWritten(current);
    const to = splitWritten(candidate);
    if (from.repository === to.repository && from.version !== '' && to.version !== '') {
        return `${inlineCode(from.repository)}: ${inlineCode(from.version)} → ${inlineCode(to.version)}`;
    }
    return `${inlineCode(current)} → ${inlineCode(candidate)}`;
}

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

// EXTERNAL MODULE: ./src/core/policy/apply.ts + 1 modules
var apply = __webpack_require__(70740);
;// CONCATENATED MODULE: ./src/core/render/policy-notes.ts
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
        notes.push(`${row.update_type} upgrade held by ${inlineCode(oneLine(row.held_by))}`);
    if (row.deprecated)
        notes.push(`⚠️ ${escapeMarkdown(oneLine(deprecatedText(row)))}`);
    return notes;
}
function heldItem(u) {
    const where = inlineCode(`${u.file}${u.line ? `:${u.line}` : ''}`);
    const name = u.workload_name ? inlineCode(u.workload_name) : '–';
    return `- ${name} in ${where}: ${inlineCode(u.current_image)} → ${inlineCode(u.candidate_image)} (${u.update_type}), held by ${inlineCode(truncate(oneLine(u.held_by ?? ''), 300))}`;
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
    return renderHeldUpgrades((0,apply/* heldUpgrades */.pH)(rows));
}
/** A PR-body line for an upgrade whose registry entry is deprecated. */
function deprecatedLines(u) {
    if (!u.deprecated)
        return [];
    return [
        `- ⚠️ The registry marks ${inlineCode(u.entry.name)} as **deprecated**: consider moving to its replacement instead of upgrading.`
    ];
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
    return s ? inlineCode(s) : '–';
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
        notes.push(escapeMarkdown(row.reason));
    notes.push(...policyNotesMarkdown(row));
    const v = row.verification;
    if (v && v.status !== 'not-applicable') {
        notes.push(v.status === 'verified' ? `verified ${code(v.digest)}` : `${v.status}${v.reason ? `: ${escapeMarkdown(v.reason)}` : ''}`);
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
        lines.push(`- Pull request ${link}: ${pr.operation}${pr.note ? ` (${escapeMarkdown(pr.note)})` : ''}`);
    }
    if (context.pullRequests?.length)
        lines.push('');
    lines.push(...renderHeldSection(rows));
    if (rows.length === 0)
        return lines.join('\n') + '\n';
    const cells = (row) => {
        const findings = findingsOf(row).filter((f) => f !== row.status);
        const status = `${STATUS_ICON[row.status] ?? ''} ${row.status}${findings.length ? ` (${findings.join(', ')})` : ''}`;
        const where = code(`${row.file}${row.line ? `:${row.line}` : ''}`);
        const url = blobUrl(context.sourceLinks, row.file, row.line);
        return [
            row.workload_name ? escapeMarkdown(row.workload_name) : '–',
            status,
            imageChange(row.current_image, row.candidate_image),
            driftNotes(row),
            url ? `[${where}](${url})` : where
        ];
    };
    const head = lines.join('\n') + '\n';
    // One image column and short notes: the table fits a laptop screen without scrolling sideways.
    const header = ['Workload', 'Status', 'Image', 'Notes', 'File'];
    const full = markdownTable(header, rows.map(cells));
    const limit = context.maxLength ?? SUMMARY_LIMIT;
    if (utf8Bytes(head) + utf8Bytes(full) + 1 <= limit)
        return `${head}${full}\n`;
    // Too long for GitHub: rows with findings first (in order), then as many others as fit.
    const ordered = [...rows.filter((r) => findingsOf(r).length > 0), ...rows.filter((r) => findingsOf(r).length === 0)];
    const kept = [];
    const note = (omitted) => `\n\n_${omitted} more workload${omitted === 1 ? '' : 's'} not shown: the summary is capped at GitHub's size limit. Every workload is in the \`results\` output._\n`;
    // The note's count has at most as many digits as rows.length.
    let size = utf8Bytes(head) + utf8Bytes(markdownTable(header, [])) + utf8Bytes(note(rows.length));
    for (const row of ordered) {
        const c = cells(row);
        size += utf8Bytes(tableRow(c)) + 1;
        if (size > limit)
            break;
        kept.push(c);
    }
    return `${head}${markdownTable(header, kept)}${note(rows.length - kept.length)}`;
}

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
    return escapeUnsafeCharacters(text).replace(/^(\s*):(?=:)/, '$1\\x3a');
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

;// CONCATENATED MODULE: ./src/core/render/escape/workflow-command.ts
// The workflow-command channel: annotations (`::error file=…,title=…::message`). @actions/core 3
// (lib/command.js) escapes `%`, CR and LF in the message, and also `:` and `,` in properties, and
// the runner splits commands on CR and LF only, so nothing passed here can end the command line.
// Message and title are still made one printable line (terminalLine): the runner unescapes them
// and GitHub shows them, so a registry string must not bring line breaks or bidi tricks into the
// annotation. The file property is passed as it is: the runner unescapes it back into the path
// the annotation points at, and GitHub never shows it as text.

/** An annotation message: one printable line. */
function annotationMessage(text) {
    return terminalLine(text);
}
/** Annotation properties with the shown ones (title) made one printable line. */
function annotationProperties(props) {
    return { ...props, ...(props.title === undefined ? {} : { title: terminalLine(props.title) }) };
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

;// CONCATENATED MODULE: ./src/core/render/held-back.ts
// The PR-mode job summary's list of upgrades that were found but not proposed, with the reason, so
// "Pull request: none" is never the whole story. Pure.

/** Upgrades the check found but PR mode does not propose (`proposal.propose === false`). */
function heldBackUpgrades(rows) {
    return rows.filter((r) => r.status === 'upgrade-available' && !r.proposal.propose);
}
/** Why an upgrade is held back, in plain text: the policy rule that holds it, else verification. */
function heldBackReason(row) {
    if (row.held_by)
        return `held by policy ${row.held_by}`;
    const v = row.verification;
    const why = v?.status === 'unverified' && v.reason ? v.reason : `signature ${v?.status ?? 'not checked'}`;
    return `verify: ${row.proposal.effectiveMode} proposes verified candidates only; ${why}`;
}
/** Most rows listed; the rest are counted (the table, annotations and `results` output have them all). */
const HELD_BACK_SHOWN = 50;
/** A short section, or '' when nothing is held back. */
function renderHeldBack(rows, reasonOf = heldBackReason, shown = HELD_BACK_SHOWN) {
    const held = heldBackUpgrades(rows);
    if (held.length === 0)
        return '';
    const lines = [`### Upgrades held back (${held.length})`, '', 'Found, but not proposed in a pull request:', ''];
    for (const row of held.slice(0, shown)) {
        const name = escapeMarkdown(row.workload_name || row.file);
        const where = inlineCode(`${row.file}${row.line ? `:${row.line}` : ''}`);
        lines.push(`- ${name} (${where}): ${inlineCode(row.current_image)} → ${inlineCode(row.candidate_image)}: ${escapeMarkdown(reasonOf(row))}`);
    }
    if (held.length > shown)
        lines.push(`- …and ${held.length - shown} more (see the table above and the \`results\` output)`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/action/write-report.ts









function findingMessage(row, blocked) {
    const name = row.workload_name || row.file;
    switch (row.status) {
        case 'upgrade-available': {
            const v = row.verification;
            const note = v?.status === 'unverified'
                ? ` — ${v.reason ?? 'not verified'}`
                : v?.status === 'verified'
                    ? ` (signature verified, ${v.digest})`
                    : '';
            return `${name}: upgrade available ${row.current_image} → ${row.candidate_image}${note}${blocked ? '; held back: this entry requires a verified signature (verify: enabled)' : ''}`;
        }
        case 'invalid':
            return `${row.file}: ${row.reason}`;
        case 'server-not-found':
            return `${name}: registry has no server named ${JSON.stringify(row.registry_server)}`;
        case 'unknown':
            return `${name}: cannot decide${row.reason ? `: ${row.reason}` : ''}`;
        case 'not-registry-sourced':
            return `${name}: not registry-sourced (no registry server name), so it cannot be checked`;
        default: {
            const missing = row.missing_env_vars?.map((e) => e.name).join(', ');
            return missing ? `${name}: missing required environment variables: ${missing}` : `${name}: ${row.status}`;
        }
    }
}
/**
 * Annotations on the manifest line: errors for what fails the run, warnings for the rest. GitHub
 * shows at most 10 of each kind per step, so the summary table remains the full account.
 */
function annotate(core, results, failOn, max) {
    let shown = 0;
    for (const row of results) {
        const findings = findingsOf(row);
        if (findings.length === 0 || findings.every((f) => f === 'not-registry-sourced' && !failOn.includes(f)))
            continue;
        if (shown >= max)
            break;
        shown++;
        const props = { title: `ToolHive upgrade check: ${findings.join(', ')}`, file: row.file, startLine: row.line };
        // A candidate held back by verification is an error to read even when it does not fail the step.
        const blocked = row.status === 'upgrade-available' && !row.proposal.propose && !row.held_by;
        // Names, images and reasons come from manifests and the registry: one printable line each.
        const message = annotationMessage([findingMessage(row, blocked), ...policyNotes(row)].join('; '));
        if (blocked || failingFindings(row, failOn).length)
            core.error(message, annotationProperties(props));
        else
            core.warning(message, annotationProperties(props));
    }
}
function countByStatus(rows) {
    const counts = {
        'up-to-date': 0,
        'upgrade-available': 0,
        'not-registry-sourced': 0,
        'server-not-found': 0,
        unknown: 0,
        invalid: 0,
        'missing-env': 0,
        unverified: 0,
        held: 0,
        deprecated: 0
    };
    for (const row of rows) {
        counts[row.status]++;
        if (row.missing_env_vars?.length)
            counts['missing-env']++;
        if (row.verification?.status === 'unverified')
            counts.unverified++;
        if (row.held_by)
            counts.held++;
        if (row.deprecated)
            counts.deprecated++;
    }
    return counts;
}
/** In UTF-8 bytes, as GitHub measures step outputs. */
const OUTPUT_LIMIT = 1_000_000;
/** Compact JSON with bidi, zero-width and separator characters written as `\u` escapes. */
function compactJson(value) {
    return escapeJsonText(JSON.stringify(value));
}
/**
 * The `results` output as compact JSON. GitHub caps a step output at 1 MB: past that, up-to-date
 * rows go first, then rows from the end, and the caller says so.
 */
function resultsOutput(rows, limit = OUTPUT_LIMIT) {
    const all = rows.map(rowToJson);
    let json = compactJson(all);
    let bytes = utf8Bytes(json);
    if (bytes <= limit)
        return { json, omitted: 0 };
    const kept = all.filter((_, i) => findingsOf(rows[i]).length > 0);
    json = compactJson(kept);
    bytes = utf8Bytes(json);
    while (bytes > limit && kept.length > 0) {
        kept.splice(Math.floor(kept.length * Math.min(0.99, limit / bytes)));
        json = compactJson(kept);
        bytes = utf8Bytes(json);
    }
    return { json, omitted: all.length - kept.length };
}
async function writeCheckReport(core, rows, failOn, context, maxAnnotations) {
    const { pullRequestMode, ...summaryContext } = context;
    const counts = countByStatus(rows);
    const results = resultsOutput(rows);
    if (results.omitted) {
        core.warning(`the results output holds ${rows.length - results.omitted} of ${rows.length} workloads (step outputs are limited to 1 MB); up-to-date workloads were left out first`);
    }
    core.setOutput('results', results.json);
    core.setOutput('counts', JSON.stringify(counts));
    core.setOutput('upgrades-available', String(counts['upgrade-available']));
    annotate(core, rows, failOn, maxAnnotations);
    let summary = renderMarkdownSummary(rows, { ...summaryContext, failOn });
    if (pullRequestMode) {
        if (pullRequestMode.failure !== undefined)
            summary += `\n**PR mode failed:** ${escapeMarkdown(pullRequestMode.failure)}\n`;
        const held = renderHeldBack(rows);
        if (held)
            summary += `\n${held}`;
    }
    await core.summary.addRaw(summary).write();
}

// EXTERNAL MODULE: ./src/app/run-check.ts + 8 modules
var run_check = __webpack_require__(84840);
// EXTERNAL MODULE: ./src/app/no-manifests.ts
var no_manifests = __webpack_require__(50007);
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
    if (error instanceof errors/* UpgradeActionError */.P)
        return label ? describeError(error, label) : error.describe();
    return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

// EXTERNAL MODULE: ./src/app/policy-file.ts
var policy_file = __webpack_require__(23540);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/render/release-links.ts
// Release notes and compare links for an upgrade, as Renovate and Dependabot give reviewers. Built
// from the registry entry's repository URL when it is a github.com repository; nothing is fetched,
// so a link may lead to a missing page when the project tags its sources differently from its images.

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
/** `https://github.com/OWNER/REPO` for a github.com repository URL (`.git`, sub-paths and `www.` allowed), else undefined. */
function githubRepositoryUrl(repositoryUrl) {
    if (!repositoryUrl)
        return undefined;
    let url;
    try {
        url = new URL(repositoryUrl.trim());
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    if (url.username || url.password || url.port)
        return undefined;
    if (url.hostname !== 'github.com' && url.hostname !== 'www.github.com')
        return undefined;
    const [owner, rawRepo] = url.pathname.split('/').filter(Boolean);
    const repo = rawRepo?.replace(/\.git$/, '');
    if (!owner || !repo || !OWNER.test(owner) || !REPO.test(repo) || repo === '.' || repo === '..')
        return undefined;
    return `https://github.com/${owner}/${repo}`;
}
/** Links for moving from `currentTag` to `candidateTag`, or undefined when the repository is not on github.com or there is no candidate tag. */
function releaseLinks(repositoryUrl, currentTag, candidateTag) {
    const base = githubRepositoryUrl(repositoryUrl);
    if (!base || !candidateTag)
        return undefined;
    const links = { releaseNotes: `${base}/releases/tag/${encodePathSegment(candidateTag)}` };
    if (currentTag)
        links.compare = `${base}/compare/${encodePathSegment(currentTag)}...${encodePathSegment(candidateTag)}`;
    return links;
}

;// CONCATENATED MODULE: ./src/core/render/pr-body.ts
// PR title and body for a group of upgrades. Everything that came from the registry or a manifest
// goes through markdown-escape; env var values from manifests are never known here (only names),
// and secret defaults are never printed.





/**
 * GitHub rejects PR bodies longer than this many characters ("body is too long (maximum is 65536
 * characters)"): unlike the job summary and step outputs this limit counts characters, not bytes.
 * String#length counts UTF-16 units, never fewer than characters, so cutting by it stays within.
 */
const GITHUB_BODY_LIMIT = 65_536;
/** Room kept for the marker line the mode puts on top. */
const MARKER_ROOM = 200;
const DESCRIPTION_MAX = 300;
const TITLE_MAX = 256;
function workloadKey(u) {
    return `${u.workload.file}#${u.workload.documentIndex}`;
}
/** The tag (or short digest) of an image reference, for titles. */
function imageTag(image) {
    const at = image.lastIndexOf('@');
    if (at !== -1)
        return image.slice(at + 1, at + 1 + 'sha256:'.length + 12);
    const colon = image.lastIndexOf(':');
    return colon > image.lastIndexOf('/') ? image.slice(colon + 1) : image;
}
/** Required variables the candidate adds: the PR cannot be merged as-is without values for them. */
function missingRequired(u) {
    return (u.env_var_drift?.added ?? []).filter((v) => v.required);
}
function renderPullRequestTitle(upgrades, override) {
    let title;
    if (override && oneLine(override) !== '')
        title = override;
    else if (upgrades.length === 1) {
        // The file too: workloads of one server in several files would otherwise share a title.
        const u = upgrades[0];
        const what = u.workload.name ? `${u.workload.name} (${u.workload.file})` : u.workload.file;
        title = `Upgrade ${what} to ${imageTag(u.candidate_image)}`;
    }
    else
        title = `Upgrade ${upgrades.length} ToolHive MCP servers`;
    return truncate(oneLine(title), TITLE_MAX);
}
function description(v) {
    const d = v.description ? oneLine(v.description) : '';
    return d === '' ? '' : ` ${escapeMarkdown(truncate(d, DESCRIPTION_MAX))}`;
}
function envLines(u, note) {
    const lines = [];
    const added = u.env_var_drift?.added ?? [];
    const written = new Set(note?.added ?? []);
    for (const v of added.filter((x) => x.required)) {
        const secret = v.secret ? ' secret' : '';
        const how = v.secret ? ' Add it as a ToolHive secret (`secrets`), not as a plain value.' : '';
        lines.push(`- **${inlineCode(v.name)}**: new required${secret} variable (the candidate requires it, the manifest does not supply it): **needs a value before merge**.${how}${description(v)}`);
    }
    for (const v of added.filter((x) => !x.required)) {
        if (v.secret) {
            lines.push(`- ${inlineCode(v.name)}: new optional secret variable; set it through \`secrets\` if you need it.${description(v)}`);
        }
        else if (written.has(v.name) && v.default) {
            lines.push(`- ${inlineCode(v.name)}: new optional variable, added to \`env_vars\` with its default ${inlineCode(v.default)}.${description(v)}`);
        }
        else if (v.default) {
            lines.push(`- ${inlineCode(v.name)}: new optional variable, default ${inlineCode(v.default)} (ToolHive uses it when unset).${description(v)}`);
        }
        else {
            lines.push(`- ${inlineCode(v.name)}: new optional variable, no default.${description(v)}`);
        }
    }
    for (const v of u.env_var_drift?.removed ?? []) {
        lines.push(`- ${inlineCode(v.name)}: no longer listed by the registry; the manifest still sets it, remove it if the new version ignores it.`);
    }
    if (note?.skipped)
        lines.push(`- Defaults were not written into this file: ${escapeMarkdown(note.skipped)}.`);
    return lines;
}
function configLines(u) {
    const lines = [];
    const t = u.config_drift?.transport;
    if (t) {
        lines.push(`- Transport: the registry now lists ${inlineCode(t.to)}, the manifest keeps ${inlineCode(t.from)} (ToolHive keeps the existing transport on upgrade); change it by hand if the new version needs it.`);
    }
    const p = u.config_drift?.permission_profile;
    if (p) {
        lines.push(`- Permission profile: the registry now suggests ${inlineCode(p.to)}, the manifest keeps ${inlineCode(p.from)} (never changed automatically); check what the new version needs.`);
    }
    return lines;
}
function verificationLine(v) {
    if (v.status === 'verified') {
        const parts = [];
        if (v.digest)
            parts.push(`digest ${inlineCode(v.digest)}`);
        const s = v.signer;
        if (s?.repository)
            parts.push(`signed by ${inlineCode(s.repository)}`);
        if (s?.workflow)
            parts.push(`workflow ${inlineCode(s.workflow)}`);
        if (s?.ref)
            parts.push(`ref ${inlineCode(s.ref)}`);
        if (v.trusted_root)
            parts.push(`trusted root ${inlineCode(v.trusted_root)}`);
        return [`- Provenance: ✅ **verified**${parts.length ? `, ${parts.join(', ')}` : ''}.`];
    }
    if (v.status === 'skipped')
        return ['- Provenance: not checked (verification disabled).'];
    // Reasons already start with "not verified: …"; say it once.
    const reason = (v.reason ? oneLine(v.reason) : v.status).replace(/^not verified:\s*/i, '');
    return [`- Provenance: ⚠️ **not verified**: ${escapeMarkdown(truncate(reason, DESCRIPTION_MAX))}.`];
}
/** Release notes and compare links from the entry's github.com repository, or why there are none. */
function releaseLine(u) {
    const current = tagOf(u.current_image);
    const candidate = tagOf(u.candidate_image);
    const links = releaseLinks(u.entry.repository_url, current, candidate);
    if (links) {
        const parts = [`[release notes for ${inlineCode(candidate)}](${links.releaseNotes})`];
        if (links.compare)
            parts.push(`[compare ${inlineCode(`${current}...${candidate}`)}](${links.compare})`);
        return [`- Source: ${parts.join(' · ')}.`];
    }
    if (!u.entry.repository_url)
        return ['- Source: no release notes link (the registry entry names no repository).'];
    if (!githubRepositoryUrl(u.entry.repository_url))
        return [`- Source: no release notes link (the repository ${inlineCode(u.entry.repository_url)} is not on github.com).`];
    return ['- Source: no release notes link (the candidate is pinned by digest, not a tag).'];
}
/** major, minor, patch or prerelease, as the check computed it (the one the policy judged). */
function updateKind(u) {
    return u.update_type ?? '–';
}
function tableNotes(u) {
    const notes = [];
    const required = missingRequired(u).length;
    if (required)
        notes.push(`needs ${required} value${required === 1 ? '' : 's'}`);
    if (u.config_drift?.transport)
        notes.push('transport');
    if (u.config_drift?.permission_profile)
        notes.push('permissions');
    if (u.verification.status === 'verified')
        notes.push('✅ verified');
    else if (u.verification.status === 'unverified')
        notes.push('⚠️ not verified');
    return notes.join(', ');
}
function footer(input) {
    const other = input.grouping === 'all' ? 'per-workload' : 'all';
    const otherText = other === 'all' ? 'One PR for all workloads' : 'One PR per workload';
    return [
        '---',
        `Proposed by toolhive-upgrade-action from the registry ${inlineCode(input.registrySource)}, on branch ${inlineCode(input.branch)} against ${inlineCode(input.baseBranch)}.`,
        '',
        '- Only the image values change; commits the Action did not make are never overwritten.',
        '- Stop these PRs: set `mode: check` (or remove the `mode: pr` step).',
        `- ${otherText}: set \`grouping: ${other}\`. Workflows that watch different manifests need different \`branch-prefix\` values.`,
        '- Closing this PR without deleting its branch stops this exact upgrade from being proposed again; a newer candidate opens a new PR.'
    ].join('\n');
}
function renderPullRequestBody(input) {
    const max = input.maxLength ?? GITHUB_BODY_LIMIT - MARKER_ROOM;
    const n = input.upgrades.length;
    const requiredTotal = input.upgrades.reduce((sum, u) => sum + missingRequired(u).length, 0);
    const head = [
        `This PR upgrades ${n} ToolHive MCP server workload${n === 1 ? '' : 's'} to the image${n === 1 ? '' : 's'} the registry now lists. Only the image values in the manifests change.`
    ];
    if (requiredTotal) {
        head.push('', '> [!WARNING]', `> ${requiredTotal} new required variable${requiredTotal === 1 ? '' : 's'} need${requiredTotal === 1 ? 's' : ''} a value before merge (listed below): ` +
            `${requiredTotal === 1 ? 'a variable' : 'variables'} the candidate requires that the manifest does not supply.`);
    }
    head.push('', markdownTable(['Workload', 'File', 'Change', 'Update', 'Notes'], input.upgrades.map((u) => [
        inlineCode(u.workload.name),
        inlineCode(u.workload.file),
        imageChange(u.current_image, u.candidate_image),
        updateKind(u),
        tableNotes(u)
    ])));
    const details = [];
    for (const u of input.upgrades) {
        const lines = [
            ...envLines(u, input.envDefaults?.get(workloadKey(u))),
            ...configLines(u),
            ...releaseLine(u),
            ...verificationLine(u.verification),
            ...deprecatedLines(u)
        ];
        if (lines.length === 0)
            continue;
        details.push('', `### ${inlineCode(u.workload.name)} in ${inlineCode(u.workload.file)}`, '', ...lines);
    }
    // A blank line first: `---` right under a paragraph would turn it into a heading.
    const tail = `\n\n${footer(input)}`;
    const held = renderHeldUpgrades(input.held ?? [], '### Held back by the upgrade policy');
    const full = [...head, ...details, ...(held.length ? ['', ...held.slice(0, -1)] : [])].join('\n');
    if (full.length + tail.length <= max)
        return full + tail;
    // Too long for GitHub: cut at a line boundary and say so; the footer is kept.
    const note = "\n\n_This description was cut to fit GitHub's 65,536-character limit; the workflow run's job summary lists every upgrade._\n";
    const room = Math.max(0, max - tail.length - note.length);
    let cut = full.slice(0, room);
    const nl = cut.lastIndexOf('\n');
    if (nl > 0)
        cut = cut.slice(0, nl);
    return cut + note + tail;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/pr/edit.ts
// Byte-exact edits of one value in a manifest's source text. Only the characters of the image
// token change; every other character (comments, key order, indentation, CRLF, the trailing
// newline or its absence) is kept, because reviewers and GitOps tools diff these files verbatim.


/** An edit refused because the file is not what the plan expected (or cannot be edited safely). */
class EditError extends errors/* UpgradeActionError */.P {
}
/** Decoded value and quoting style of the token under `span`; throws EditError when it is not a single-line scalar. */
function readToken(text, span, file) {
    const place = { file, line: span.line };
    if (span.offset < 0 || span.length <= 0 || span.offset + span.length > text.length) {
        throw new EditError('edit-span-out-of-range', `image span ${span.offset}+${span.length} is outside the file (${text.length} characters)`, place);
    }
    const token = text.slice(span.offset, span.offset + span.length);
    // A quoted or block value over several lines is real YAML we do not rewrite; a plain token with a
    // line break is just a wrong span and fails the comparison below.
    if (/[\r\n]/.test(token) && /^["'|>]/.test(token)) {
        throw new EditError('edit-unsupported-style', 'the image value spans several lines; only single-line values are edited', place, 'write the image on one line');
    }
    const first = token[0];
    if (first === '"') {
        return { value: decodeDoubleQuoted(token, place), style: 'double-quoted' };
    }
    if (first === "'") {
        if (token.length < 2 || !token.endsWith("'") || token.slice(1, -1).replace(/''/g, '').includes("'")) {
            throw new EditError('edit-span-mismatch', 'the image span does not cover a complete single-quoted value', place);
        }
        return { value: token.slice(1, -1).replace(/''/g, "'"), style: 'single-quoted' };
    }
    if (first === '|' || first === '>' || first === '&' || first === '*' || first === '!') {
        throw new EditError('edit-unsupported-style', `the image value uses YAML syntax that is not edited in place (${first})`, place, 'write the image as a plain or quoted scalar');
    }
    return { value: token, style: 'plain' };
}
function decodeDoubleQuoted(token, place) {
    if (token.length < 2 || !token.endsWith('"')) {
        throw new EditError('edit-span-mismatch', 'the image span does not cover a complete double-quoted value', place);
    }
    try {
        const v = JSON.parse(token);
        if (typeof v === 'string')
            return v;
    }
    catch {
        // YAML double-quoted scalars allow escapes JSON does not (\x41, \e, \_ …).
    }
    try {
        const v = (0,dist/* parse */.qg)(token);
        if (typeof v === 'string')
            return v;
    }
    catch {
        // fall through
    }
    throw new EditError('edit-span-mismatch', 'the image span does not cover a complete double-quoted value', place);
}
/** Encodes `value` in `style`; a plain value that YAML would read differently is double-quoted instead. */
function encodeToken(value, style) {
    switch (style) {
        case 'double-quoted':
            return JSON.stringify(value);
        case 'single-quoted':
            return `'${value.replace(/'/g, "''")}'`;
        case 'plain':
            return isSafePlainScalar(value) ? value : JSON.stringify(value);
    }
}
/**
 * True when `value` written unquoted reads back as the same string in YAML 1.2 and 1.1 (Kubernetes
 * tooling still uses 1.1 rules), in block and flow context.
 */
function isSafePlainScalar(value) {
    if (value === '' || !/^[A-Za-z0-9_./]/.test(value))
        return false;
    // Control characters, ' #' comments, ': ' mappings and flow indicators all change the meaning.
    if (/[\u0000-\u001f\u007f\s,[\]{}#]/.test(value) || /:$/.test(value) || value.includes(': '))
        return false;
    for (const version of ['1.2', '1.1']) {
        try {
            if ((0,dist/* parse */.qg)(value, { version }) !== value)
                return false;
        }
        catch {
            return false;
        }
    }
    return true;
}
function checkNewImage(to, place) {
    if (to === '' || /[\u0000-\u001f\u007f]/.test(to) || to.trim() !== to) {
        throw new EditError('edit-invalid-image', `refusing to write the image ${JSON.stringify(to)}: it is empty or contains whitespace or control characters`, place);
    }
}
/**
 * `text` with the image token under `span` replaced by `newImage` in the token's own quoting
 * style. Refuses (EditError) when the token does not currently decode to `expectedCurrent`.
 */
function replaceImage(text, span, newImage, expectedCurrent, file) {
    const place = { file, line: span.line };
    const { value, style } = readToken(text, span, file);
    if (value !== expectedCurrent) {
        throw new EditError('edit-span-mismatch', `expected the image ${JSON.stringify(expectedCurrent)} at line ${span.line}, column ${span.column}, found ${JSON.stringify(value)}`, place, 'the file changed after it was read; run again');
    }
    checkNewImage(newImage, place);
    return text.slice(0, span.offset) + encodeToken(newImage, style) + text.slice(span.offset + span.length);
}
/** Applies several edits to one file, last offset first so earlier spans stay valid; overlapping edits are refused. */
function applyEdits(text, edits, file) {
    const sorted = [...edits].sort((a, b) => b.span.offset - a.span.offset);
    for (let i = 1; i < sorted.length; i++) {
        const later = sorted[i - 1];
        const earlier = sorted[i];
        if (earlier.span.offset + earlier.span.length > later.span.offset) {
            throw new EditError('edit-overlap', `two edits overlap at line ${later.span.line}`, { file, line: later.span.line });
        }
    }
    let out = text;
    for (const edit of sorted)
        out = replaceImage(out, edit.span, edit.to, edit.from, file);
    return out;
}

// EXTERNAL MODULE: ./src/core/manifest/json-scan.ts
var json_scan = __webpack_require__(82889);
;// CONCATENATED MODULE: ./src/core/pr/env-defaults.ts
// Optional (`add-default-env-vars`): write the candidate's non-secret defaults of new variables into
// a RunConfig's `env_vars`, as ToolHive's detached validator does on `thv upgrade apply`. The file
// is never re-serialised: new members are inserted as text next to the existing ones, in the
// file's own indentation and separator style. Shapes where that is not obviously right are skipped
// with a reason for the PR body.

/** The new variables ToolHive would fill from defaults: optional, not secret, with a non-empty default. */
function defaultsToAdd(added) {
    const out = [];
    const seen = new Set();
    for (const v of added ?? []) {
        if (v.required || v.secret || !v.default || seen.has(v.name))
            continue;
        seen.add(v.name);
        out.push({ name: v.name, value: v.default });
    }
    return out;
}
/** JSON string as Go's encoding/json writes it (HTML-safe escapes), matching files `thv export` wrote. */
function goJsonString(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function lineIndent(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start))[0];
}
/** Offset of the opening quote of the key whose value starts at `valueStart`, and the key–value separator text. */
function keyOf(text, valueStart) {
    let i = valueStart - 1;
    while (i >= 0 && /\s/.test(text[i]))
        i--;
    if (text[i] !== ':')
        return undefined;
    i--;
    while (i >= 0 && /\s/.test(text[i]))
        i--;
    if (text[i] !== '"')
        return undefined;
    const separator = text.slice(i + 1, valueStart);
    // Walk back to the opening quote, skipping escaped quotes.
    let j = i - 1;
    for (; j >= 0; j--) {
        if (text[j] !== '"')
            continue;
        let slashes = 0;
        for (let k = j - 1; k >= 0 && text[k] === '\\'; k--)
            slashes++;
        if (slashes % 2 === 0)
            break;
    }
    return j < 0 ? undefined : { keyStart: j, separator };
}
/** Whitespace between the delimiter (`{` or `,`) before a member and the member's key. */
function leadingWhitespace(text, keyStart) {
    let i = keyStart;
    while (i > 0 && /\s/.test(text[i - 1]))
        i--;
    return text.slice(i, keyStart);
}
function addEnvDefaults(text, defaults) {
    if (defaults.length === 0)
        return { text, added: [] };
    const top = (0,json_scan/* scanTopLevel */.T)(text);
    if (!top)
        return { skipped: 'the file is not a JSON object' };
    // Go matches keys case-insensitively, so a second spelling would make the target ambiguous.
    const envMembers = top.members.filter((m) => m.key.toLowerCase() === 'env_vars');
    if (envMembers.length === 0)
        return { skipped: 'the RunConfig has no `env_vars` object to add them to' };
    if (envMembers.length > 1 || envMembers[0].key !== 'env_vars')
        return { skipped: '`env_vars` appears more than once or in another spelling' };
    const env = envMembers[0];
    if (text[env.valueStart] !== '{')
        return { skipped: '`env_vars` is not an object' };
    const inner = (0,json_scan/* scanTopLevel */.T)(text, env.valueStart);
    if (!inner)
        return { skipped: '`env_vars` could not be read' };
    const existing = new Set(inner.members.map((m) => m.key));
    const todo = defaults.filter((d) => !existing.has(d.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (todo.length === 0)
        return { text, added: [] };
    const envKey = keyOf(text, env.valueStart);
    if (!envKey)
        return { skipped: '`env_vars` could not be read' };
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    if (inner.members.length === 0) {
        const objectText = text.slice(env.valueStart, inner.end);
        // Pretty-printed when the `env_vars` key starts its own line.
        const multiline = /\n[ \t]*$/.test(text.slice(0, envKey.keyStart));
        let body;
        if (multiline) {
            // Indent one level deeper than the `env_vars` line, using that line's own indentation unit.
            const outer = lineIndent(text, envKey.keyStart);
            const topIndent = lineIndent(text, text.indexOf('{'));
            const unit = outer.length > topIndent.length && outer.startsWith(topIndent) ? outer.slice(topIndent.length) : '  ';
            const member = outer + unit;
            body = `{${eol}${todo.map((d) => `${member}${goJsonString(d.name)}${envKey.separator}${goJsonString(d.value)}`).join(`,${eol}`)}${eol}${outer}}`;
        }
        else {
            body = `{${todo.map((d) => `${goJsonString(d.name)}${envKey.separator}${goJsonString(d.value)}`).join(',')}}`;
        }
        if (!/^\{\s*\}$/.test(objectText))
            return { skipped: '`env_vars` could not be read' };
        return { text: text.slice(0, env.valueStart) + body + text.slice(inner.end), added: todo };
    }
    // Non-empty object: copy the style of its members.
    const members = [];
    for (const m of inner.members) {
        const k = keyOf(text, m.valueStart);
        if (!k)
            return { skipped: '`env_vars` could not be read' };
        members.push({ ...m, ...k, lead: leadingWhitespace(text, k.keyStart) });
    }
    const sorted = members.every((m, i) => i === 0 || members[i - 1].key <= m.key);
    const inserts = new Map();
    const add = (offset, s) => {
        inserts.set(offset, (inserts.get(offset) ?? '') + s);
    };
    for (const d of todo) {
        const pair = (m) => `${goJsonString(d.name)}${m.separator}${goJsonString(d.value)}`;
        // Go writes maps with sorted keys; keep that order when the file has it, else append.
        const before = sorted ? members.find((m) => m.key > d.name) : undefined;
        if (before)
            add(before.keyStart, `${pair(before)},${before.lead}`);
        else {
            const last = members[members.length - 1];
            add(last.valueEnd, `,${last.lead}${pair(last)}`);
        }
    }
    let out = text;
    for (const offset of [...inserts.keys()].sort((a, b) => b - a))
        out = out.slice(0, offset) + inserts.get(offset) + out.slice(offset);
    return { text: out, added: todo };
}

;// CONCATENATED MODULE: ./src/core/pr/group.ts
// Which upgrades go into which pull request.

function compareUpgrades(a, b) {
    const fa = a.workload.file;
    const fb = b.workload.file;
    if (fa !== fb)
        return fa < fb ? -1 : 1;
    if (a.workload.documentIndex !== b.workload.documentIndex)
        return a.workload.documentIndex - b.workload.documentIndex;
    return a.workload.imageSpan.offset - b.workload.imageSpan.offset;
}
/**
 * Groups upgrades by branch, sorted by branch name. Grouping `all` always yields its one group,
 * even when empty, because an empty group is how an existing PR learns it has nothing left to do.
 * Two workloads whose names sanitise to the same branch share that PR rather than fight over it.
 */
function groupUpgrades(upgrades, grouping, naming) {
    if (grouping === 'all') {
        return [{ branch: branchForAll(naming), upgrades: [...upgrades].sort(compareUpgrades) }];
    }
    const byBranch = new Map();
    for (const upgrade of upgrades) {
        const branch = branchForWorkload(naming, upgrade.workload);
        const list = byBranch.get(branch) ?? [];
        list.push(upgrade);
        byBranch.set(branch, list);
    }
    return [...byBranch.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([branch, list]) => ({ branch, upgrades: list.sort(compareUpgrades) }));
}

;// CONCATENATED MODULE: ./src/core/pr/markers.ts
// Hidden HTML-comment markers: state the Action keeps in GitHub itself, so runs stay stateless.

const TAG = 'toolhive-upgrade-action';
/** First line of every PR body we write: the digest of the title and body we rendered. */
function bodyMarker(digest) {
    return `<!-- ${TAG}:pr rendered=${commentSafe(digest)} -->`;
}
/**
 * The rendered-text digest recorded in a PR body. Comparing digests (not texts) means a person's
 * edit to the body is left alone until our own proposal text changes.
 */
function readBodyDigest(body) {
    const m = new RegExp(`<!-- ${TAG}:pr rendered=([A-Za-z0-9:]+) -->`).exec(body ?? '');
    return m?.[1];
}
const FOREIGN_COMMIT_MARKER = `<!-- ${TAG}:foreign-commit -->`;
/**
 * Whether `self` already wrote a comment carrying `marker`. Anyone can paste a hidden marker into a
 * comment, so only comments by the token's own identity count.
 */
function hasOwnMarker(comments, marker, self) {
    return comments.some((c) => c.author === self && (c.body ?? '').includes(marker));
}
function hasForeignCommitComment(comments, self) {
    return hasOwnMarker(comments, FOREIGN_COMMIT_MARKER, self);
}
function foreignCommitComment(branch, why) {
    return [
        FOREIGN_COMMIT_MARKER,
        `This branch has changes that toolhive-upgrade-action did not make (${commentSafe(why)}), so the Action will not update ${inlineCode(branch)} or force-push over them.`,
        '',
        'The PR is yours now: finish it by hand, or close it and delete the branch to let the Action propose the upgrade again on its next run.'
    ].join('\n');
}
const CLOSE_MARKER = `<!-- ${TAG}:closed -->`;
/** Whether `self` already posted its closing comment (so a re-run after a failed close posts none). */
function hasCloseComment(comments, self) {
    return hasOwnMarker(comments, CLOSE_MARKER, self);
}
function closeComment(baseBranch, branchDeleted, supersededBy = []) {
    const why = supersededBy.length
        ? `These upgrades are now proposed in ${supersededBy.map((n) => `#${n}`).join(', ')} (the \`grouping\` input changed).`
        : `Nothing in this PR is left to upgrade: ${inlineCode(baseBranch)} already has these images, or the registry no longer proposes them.`;
    return [CLOSE_MARKER, `${why} Closing it${branchDeleted ? ' and deleting its branch' : ''}.`].join('\n');
}

;// CONCATENATED MODULE: ./src/core/image/container-runtime-name.ts
// How container runtimes (Docker, Podman, containerd/Kubernetes via distribution/reference
// ParseNormalizedNamed) read the registry of an image name. It differs from go-containerregistry,
// which thv follows: `localhost/acme/app` is the registry `localhost` to a runtime but a Docker Hub
// repository to ggcr. An edit must never change which registry the workload pulls from.

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** `registry/repository` as a runtime resolves it: a first component with `.` or `:`, or `localhost`, is a registry. */
function runtimeRepository(reference) {
    const name = nameOf(reference);
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    let registry = DOCKER_HUB;
    let path = name;
    if (slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first.toLowerCase();
        path = name.slice(slash + 1);
    }
    if (DOCKER_HUB_ALIASES.has(registry)) {
        registry = DOCKER_HUB;
        if (!path.includes('/'))
            path = `library/${path}`;
    }
    return `${registry}/${path}`;
}

;// CONCATENATED MODULE: ./src/core/pr/retag.ts
// PR mode and apply change only the tag of the reference the manifest spells: the registry and repository
// stay exactly as written. The check may call an image on another spelling an upgrade (parity
// with thv); proposing it would move the workload to another registry, so that stays a finding.


/** The manifest's reference with the candidate's tag, or why that would not be the candidate image. */
function retag(current, candidate) {
    const tag = tagOf(candidate);
    if (tag === undefined)
        return { ok: false, reason: `the candidate ${candidate} has no tag to move to` };
    if (current.includes('@'))
        return { ok: false, reason: `${current} is pinned by digest; upgrades only change tags` };
    if (runtimeRepository(current) !== runtimeRepository(candidate)) {
        return {
            ok: false,
            reason: `the registry names ${nameOf(candidate)}, the manifest pulls ${nameOf(current)} (${runtimeRepository(current)} to a container runtime); upgrades only change the tag, never the registry or repository`
        };
    }
    return { ok: true, image: `${nameOf(current)}:${tag}` };
}

;// CONCATENATED MODULE: ./src/core/pr/plan.ts
// The pull requests this run wants: from the proposed upgrades and the manifests' committed text,
// per PR branch the files its commit writes, its title and its body. Pure: app/pr-sync reads
// GitHub's state, asks core/pr/decide what to do with each branch, and does it.








/** The upgrades a PR may propose: upgrade-available, allowed by the verify mode and not held by the policy. */
function proposableUpgrades(results) {
    return results.filter((r) => r.status === 'upgrade-available' && r.proposal.propose && r.held_by === undefined);
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** Digest of what a PR commit changes; equal digests on the same base mean the same commit content. */
function contentDigest(files) {
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return `sha256:${sha256(JSON.stringify(sorted.map((f) => [f.path, f.content])))}`;
}
/** A path for the Git Data API: repository-relative, `/`-separated, never leaving the repository. */
function repoPath(file) {
    const path = file.replace(/^(\.\/)+/, '');
    if (path === '' ||
        path.startsWith('/') ||
        /^[A-Za-z]:/.test(path) ||
        path.includes('\\') ||
        path.split('/').some((p) => p === '..' || p === '.' || p === '')) {
        throw new errors/* ConfigurationError */.j('pr-path-outside-repository', `cannot commit ${JSON.stringify(file)}: PR mode needs repository-relative manifest paths`, { file }, 'run the Action from the repository root (the default checkout directory)');
    }
    return path;
}
/**
 * The upgrades whose tag can be changed in place, with the reference each one writes. An upgrade
 * that would move the workload to another registry or repository, or a manifest we cannot edit
 * exactly (a YAML block scalar or alias, say), is left out with a warning; it never stops the others.
 */
function editable(upgrades, textOf, warnings) {
    const targets = new Map();
    const kept = upgrades.filter((u) => {
        try {
            replaceImage(textOf(u.workload.file), u.workload.imageSpan, u.candidate_image, u.workload.image, u.workload.file);
        }
        catch (e) {
            // A span that no longer matches means the files changed under us: stop rather than guess.
            if (!(e instanceof EditError) || e.code !== 'edit-unsupported-style')
                throw e;
            warnings.push(`${e.describe()}; not proposing ${u.candidate_image} for ${u.workload.name || u.workload.file}`);
            return false;
        }
        const r = retag(u.workload.image, u.candidate_image);
        if (!r.ok) {
            warnings.push(`${u.workload.file}: not proposing ${u.candidate_image} for ${u.workload.name || u.workload.file}: ${r.reason}`);
            return false;
        }
        targets.set(u, r.image);
        return true;
    });
    return { upgrades: kept, targetOf: (u) => targets.get(u) ?? u.candidate_image };
}
/** The new contents of every file the group changes: image edits, then (optionally) env defaults. */
function changedFiles(group, textOf, targetOf, addDefaultEnvVars, warnings) {
    const byFile = new Map();
    for (const u of group.upgrades)
        byFile.set(u.workload.file, [...(byFile.get(u.workload.file) ?? []), u]);
    const files = [];
    const envNotes = new Map();
    for (const [file, ups] of byFile) {
        const path = repoPath(file);
        const before = textOf(file);
        let after = applyEdits(before, ups.map((u) => ({ span: u.workload.imageSpan, from: u.workload.image, to: targetOf(u) })), file);
        if (addDefaultEnvVars) {
            for (const u of ups) {
                const defaults = defaultsToAdd(u.env_var_drift?.added).filter((d) => !u.workload.envVarNames.includes(d.name));
                if (defaults.length === 0)
                    continue;
                if (u.workload.kind !== 'runconfig') {
                    envNotes.set(workloadKey(u), { added: [], skipped: 'defaults are only written into RunConfig JSON files' });
                    continue;
                }
                const r = addEnvDefaults(after, defaults);
                if ('skipped' in r) {
                    envNotes.set(workloadKey(u), { added: [], skipped: r.skipped });
                    warnings.push(`${file}: default values of new variables not added: ${r.skipped}`);
                }
                else {
                    after = r.text;
                    envNotes.set(workloadKey(u), { added: r.added.map((d) => d.name) });
                }
            }
        }
        if (after !== before)
            files.push({ path, content: after });
    }
    return { files, envNotes };
}
function proposeChange(group, textOf, targetOf, options, warnings) {
    if (group.upgrades.length === 0)
        return null;
    const { files, envNotes } = changedFiles(group, textOf, targetOf, options.addDefaultEnvVars, warnings);
    if (files.length === 0)
        return null;
    const title = renderPullRequestTitle(group.upgrades, options.title);
    const body = renderPullRequestBody({
        upgrades: group.upgrades,
        registrySource: options.registrySource,
        baseBranch: options.naming.baseBranch,
        branch: group.branch,
        grouping: options.grouping,
        envDefaults: envNotes,
        held: options.held
    });
    const textDigest = `sha256:${sha256(`${title}\0${body}`)}`;
    return {
        files,
        content: contentDigest(files),
        title,
        body: `${bodyMarker(textDigest)}\n${body}`,
        textDigest,
        draft: options.draft || group.upgrades.some((u) => missingRequired(u).length > 0)
    };
}
/**
 * Plans every PR branch of the run. `texts` holds the committed text of each upgraded manifest,
 * by Workload `file`. Throws when an image span no longer matches its file (EditError) or a path
 * leaves the repository (ConfigurationError): nothing has been written by then.
 */
function planPullRequests(upgrades, texts, options) {
    const textOf = (file) => {
        const text = texts.get(file);
        if (text === undefined)
            throw new errors/* UpgradeActionError */.P('pr-manifest-not-read', 'the manifest was not read before planning its PR', { file });
        return text;
    };
    const warnings = [];
    const { upgrades: kept, targetOf } = editable(upgrades, textOf, warnings);
    const groups = groupUpgrades(kept, options.grouping, options.naming).map((group) => ({
        ...group,
        change: proposeChange(group, textOf, targetOf, options, warnings)
    }));
    return { groups, warnings };
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/io/github/errors.ts
// GitHub API failures turned into one clear line with what to do about it. Only GitHub's own
// message and status are used: request headers (the token) never reach an error.

class GitHubError extends errors/* UpgradeActionError */.P {
    status;
    constructor(code, status, message, hint, options) {
        super(code, message, {}, hint, options);
        this.status = status;
    }
}
function isRequestError(e) {
    return typeof e === 'object' && e !== null && typeof e.status === 'number';
}
/** GitHub's message plus the first validation detail (`errors[0].message`), without the docs URL. */
function githubMessage(e) {
    const data = e.response?.data;
    let message = typeof data?.message === 'string' ? data.message : (e.message ?? '').replace(/ - https?:\/\/\S+$/, '');
    if (Array.isArray(data?.errors)) {
        const details = data.errors
            .map((x) => typeof x === 'string' ? x : typeof x?.message === 'string' ? x.message : '')
            .filter((x) => x !== '');
        if (details.length)
            message = `${message}: ${details.join('; ')}`;
    }
    return message.replace(/[\r\n]+/g, ' ').trim() || 'no message';
}
const PERMISSIONS_HINT = 'give the job `permissions: { contents: write, pull-requests: write }` (or grant these to the GitHub App or fine-grained token)';
const ACTIONS_PR_SETTING_HINT = 'enable "Allow GitHub Actions to create and approve pull requests" under Settings → Actions → General → Workflow permissions (and in the organisation settings if it is locked there), or pass a GitHub App token';
/** `operation` reads as "GitHub refused to <operation>", e.g. "create the branch toolhive-upgrade/all". */
function translateGitHubError(error, operation, permission, branch) {
    if (error instanceof errors/* UpgradeActionError */.P)
        return error;
    const cause = { cause: error };
    if (!isRequestError(error)) {
        const text = error instanceof Error ? error.message : String(error);
        return new GitHubError('github-unreachable', 0, `could not ${operation}: ${text.replace(/[\r\n]+/g, ' ')}`, 'check GITHUB_API_URL and the network (proxy: set HTTPS_PROXY and NODE_USE_ENV_PROXY=1)', cause);
    }
    const status = error.status;
    const message = githubMessage(error);
    const said = `GitHub refused to ${operation} (${status} ${message})`;
    if (/not permitted to create or approve pull requests/i.test(message)) {
        return new GitHubError('github-actions-cannot-create-pr', status, said, ACTIONS_PR_SETTING_HINT, cause);
    }
    if (/protected branch|branch protection|rule violations?|repository rule|cannot force-push|push declined|changes must be made through a pull request/i.test(message)) {
        return new GitHubError('github-protected-branch', status, said, `a branch protection rule or ruleset covers ${branch ? `\`${branch}\`` : 'the PR branch'}; exclude the \`branch-prefix\` pattern from it or choose another prefix`, cause);
    }
    if (status === 403 && /resource not accessible by (integration|personal access token)/i.test(message)) {
        return new GitHubError('github-missing-permission', status, `GitHub refused to ${operation}: the token lacks the \`${permission}: write\` permission (${message})`, PERMISSIONS_HINT, cause);
    }
    if (status === 401) {
        return new GitHubError('github-bad-credentials', status, said, 'check the `token` input; an expired App token or revoked PAT gives this', cause);
    }
    if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
        return new GitHubError('github-rate-limited', status, said, "GitHub's rate limit was still exceeded after retries; run again later or use a GitHub App token (higher limits)", cause);
    }
    if (status === 404) {
        return new GitHubError('github-not-found', status, said, 'check that the repository exists and that the token can read it', cause);
    }
    if (status >= 500) {
        return new GitHubError('github-unavailable', status, said, 'GitHub kept failing after retries; run again later', cause);
    }
    return new GitHubError('github-request-failed', status, said, undefined, cause);
}

;// CONCATENATED MODULE: ./src/io/github/pacing.ts
// How the GitHub client spaces and retries its calls. Production follows GitHub's guidance for
// integrations (one write at a time, ≥ 1 s apart, ≥ 3 s before writes that notify people; honour
// Retry-After); tests pass small values instead of switching the plugins off.
const PRODUCTION_PACING = {
    retries: 3,
    retryAfterBaseMs: 1000,
    maxRetryAfterSeconds: 120,
    writeIntervalMs: 1000,
    notificationIntervalMs: 3000
};
/**
 * The part of a Bottleneck group @octokit/plugin-throttling uses (`key(id).schedule(options, fn)`):
 * jobs one at a time, started at least `intervalMs` apart. Lets the interval be chosen per client
 * (the plugin's own groups are shared by the whole process and fixed at 1 s / 3 s).
 */
function spacedQueue(intervalMs, now = Date.now) {
    let tail = Promise.resolve();
    let lastStart = -Infinity;
    const limiter = {
        schedule(...args) {
            // schedule(fn, ...args) or schedule(jobOptions, fn, ...args), as Bottleneck accepts.
            const at = typeof args[0] === 'function' ? 0 : 1;
            const fn = args[at];
            const rest = args.slice(at + 1);
            const run = tail.then(async () => {
                const wait = lastStart + intervalMs - now();
                if (wait > 0)
                    await new Promise((resolve) => setTimeout(resolve, wait));
                lastStart = now();
                return fn(...rest);
            });
            tail = run.catch(() => undefined);
            return run;
        }
    };
    return { key: () => limiter };
}

;// CONCATENATED MODULE: ./src/io/github/client.ts
// A thin GitHub adapter: one method per API call the PR mode makes, so the mode's call count is
// visible and constant per PR. Commits go only through the Git Data API (tree on base_tree with
// inline contents, commit without author/committer, ref), which GitHub signs for GITHUB_TOKEN and
// App tokens and which needs no checkout push.







function toSummary(p) {
    return {
        number: p.number,
        url: p.html_url,
        headRef: p.head.ref,
        headSha: p.head.sha,
        headRepo: p.head.repo?.full_name,
        baseRef: p.base.ref,
        title: p.title,
        body: p.body ?? '',
        draft: p.draft ?? false,
        labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l !== ''),
        assignees: (p.assignees ?? []).flatMap((a) => (a ? [a.login] : [])),
        author: p.user?.login ?? ''
    };
}
class OctokitGitHubClient {
    owner;
    repo;
    octokit;
    constructor(options) {
        const [owner, repo, ...rest] = options.repository.split('/');
        if (!owner || !repo || rest.length) {
            throw new errors/* ConfigurationError */.j('invalid-repository', `repository ${JSON.stringify(options.repository)} is not owner/name`);
        }
        if (!options.token) {
            throw new errors/* ConfigurationError */.j('missing-token', 'PR mode needs a GitHub token', {}, 'pass `token: ${{ secrets.GITHUB_TOKEN }}` or an App token');
        }
        this.owner = owner;
        this.repo = repo;
        const log = options.log;
        const pacing = { ...PRODUCTION_PACING, ...(options.pacing ?? {}) };
        const retries = pacing.retries;
        const base = pacing.retryAfterBaseMs;
        const maxWait = pacing.maxRetryAfterSeconds;
        const onLimit = (kind) => (retryAfter, req, _o, retryCount) => {
            const again = retryCount < retries && retryAfter <= maxWait;
            log?.warning(`GitHub ${kind} rate limit on ${req.method ?? ''} ${req.url ?? ''}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`);
            return again;
        };
        this.octokit = (0,github/* getOctokit */.Q)(options.token, {
            baseUrl: (options.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
            retry: { retries, retryAfterBaseValue: base },
            throttle: {
                retryAfterBaseValue: base,
                onRateLimit: onLimit('primary'),
                onSecondaryRateLimit: onLimit('secondary'),
                // Bottleneck-compatible queues: the plugin's own are process-wide with fixed intervals.
                write: spacedQueue(pacing.writeIntervalMs),
                notifications: spacedQueue(pacing.notificationIntervalMs)
            }
        }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    }
    async call(operation, permission, fn, branch) {
        try {
            return await fn();
        }
        catch (e) {
            throw translateGitHubError(e, operation, permission, branch);
        }
    }
    get r() {
        return { owner: this.owner, repo: this.repo };
    }
    async viewerLogin() {
        return this.call('find which account the token acts as (GraphQL viewer)', 'pull-requests', async () => {
            const data = await this.octokit.graphql('query { viewer { login } }');
            const login = data?.viewer?.login;
            if (!login)
                throw new Error('GraphQL viewer returned no login');
            return login;
        });
    }
    async getBranch(branch) {
        try {
            const { data } = await this.octokit.rest.repos.getBranch({ ...this.r, branch });
            return {
                sha: data.commit.sha,
                message: data.commit.commit.message,
                parents: data.commit.parents.map((p) => p.sha),
                tree: data.commit.commit.tree.sha
            };
        }
        catch (e) {
            if (e.status === 404)
                return null;
            throw translateGitHubError(e, `read the branch ${branch}`, 'contents', branch);
        }
    }
    async listOpenPulls(base) {
        return this.call('list open pull requests', 'pull-requests', async () => {
            const pulls = (await this.octokit.paginate(this.octokit.rest.pulls.list, {
                ...this.r,
                state: 'open',
                base,
                per_page: 100
            }));
            return pulls.map(toSummary);
        });
    }
    async findClosedPull(branch, base) {
        return this.call(`list closed pull requests of ${branch}`, 'pull-requests', async () => {
            const { data } = await this.octokit.rest.pulls.list({
                ...this.r,
                state: 'closed',
                head: `${this.owner}:${branch}`,
                base,
                per_page: 1
            });
            const p = data[0];
            return p && !p.merged_at ? { number: p.number, url: p.html_url, headSha: p.head.sha, author: p.user?.login ?? '' } : null;
        });
    }
    async getCommitTree(sha) {
        return this.call(`read the commit ${sha.slice(0, 12)}`, 'contents', async () => {
            const { data } = await this.octokit.rest.git.getCommit({ ...this.r, commit_sha: sha });
            return data.tree.sha;
        });
    }
    async getTree(treeSha, recursive) {
        return this.call(`read the tree ${treeSha.slice(0, 12)}`, 'contents', async () => {
            const { data } = await this.octokit.rest.git.getTree({ ...this.r, tree_sha: treeSha, ...(recursive ? { recursive: 'true' } : {}) });
            const entries = data.tree.flatMap((e) => e.path && e.mode && e.type && e.sha ? [{ path: e.path, mode: e.mode, type: e.type, sha: e.sha }] : []);
            return { entries, truncated: data.truncated };
        });
    }
    async createTree(baseTree, files) {
        return this.call('create a git tree', 'contents', async () => {
            const { data } = await this.octokit.rest.git.createTree({
                ...this.r,
                base_tree: baseTree,
                tree: files.map((f) => ({ path: f.path, mode: f.mode ?? '100644', type: 'blob', content: f.content }))
            });
            return data.sha;
        });
    }
    async createCommit(message, tree, parents) {
        // No author/committer: GitHub then attributes and signs the commit itself (shown as Verified).
        return this.call('create a commit', 'contents', async () => {
            const { data } = await this.octokit.rest.git.createCommit({ ...this.r, message, tree, parents: [...parents] });
            return data.sha;
        });
    }
    async createBranch(branch, sha) {
        await this.call(`create the branch ${branch}`, 'contents', () => this.octokit.rest.git.createRef({ ...this.r, ref: `refs/heads/${branch}`, sha }), branch);
    }
    async updateBranch(branch, sha, force) {
        await this.call(`update the branch ${branch}`, 'contents', () => this.octokit.rest.git.updateRef({ ...this.r, ref: `heads/${branch}`, sha, force }), branch);
    }
    async deleteBranch(branch) {
        try {
            await this.octokit.rest.git.deleteRef({ ...this.r, ref: `heads/${branch}` });
        }
        catch (e) {
            // Already gone (deleted by a person or by "automatically delete head branches"): fine.
            if (e.status === 422 || e.status === 404)
                return;
            throw translateGitHubError(e, `delete the branch ${branch}`, 'contents', branch);
        }
    }
    async createPull(p) {
        return this.call(`open a pull request from ${p.head}`, 'pull-requests', async () => {
            const { data } = await this.octokit.rest.pulls.create({
                ...this.r,
                head: p.head,
                base: p.base,
                title: p.title,
                body: p.body,
                draft: p.draft,
                maintainer_can_modify: false
            });
            return toSummary(data);
        }, p.head);
    }
    async updatePull(number, p) {
        await this.call(`update pull request #${number}`, 'pull-requests', () => this.octokit.rest.pulls.update({ ...this.r, pull_number: number, ...p }));
    }
    async setLabelsAndAssignees(number, labels, assignees) {
        await this.call(`set labels and assignees on #${number}`, 'pull-requests', () => this.octokit.rest.issues.update({ ...this.r, issue_number: number, labels: [...labels], assignees: [...assignees] }));
    }
    async requestReviewers(number, reviewers, teamReviewers) {
        await this.call(`request reviewers on #${number}`, 'pull-requests', () => this.octokit.rest.pulls.requestReviewers({
            ...this.r,
            pull_number: number,
            reviewers: [...reviewers],
            team_reviewers: [...teamReviewers]
        }));
    }
    async listComments(number) {
        return this.call(`list comments of #${number}`, 'pull-requests', async () => {
            const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
                ...this.r,
                issue_number: number,
                per_page: 100
            });
            return comments.map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login ?? '' }));
        });
    }
    async createComment(number, body) {
        await this.call(`comment on #${number}`, 'pull-requests', () => this.octokit.rest.issues.createComment({ ...this.r, issue_number: number, body }));
    }
}
function createGitHubClient(options) {
    return new OctokitGitHubClient(options);
}

;// CONCATENATED MODULE: ./src/core/pr/commit-message.ts
// The commit message carries git trailers that let a later run recognise its own commit without
// trusting author names (which differ between GITHUB_TOKEN, App and PAT tokens).

const TRAILER_BASE = 'Toolhive-Upgrade-Base';
const TRAILER_TREE = 'Toolhive-Upgrade-Tree';
const TRAILER_CONTENT = 'Toolhive-Upgrade-Content';
const commit_message_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Plain text for a commit message line: no line breaks, so a name cannot forge a trailer line. */
function commitText(text, max = 200) {
    return truncate(oneLine(text), max);
}
/**
 * `custom` (the `commit-message` input): its first line replaces the subject, its other lines (if
 * any) the generated list of upgrades. Our trailers always form the last paragraph, so a custom
 * message can neither drop nor forge them (only the last paragraph is read).
 */
function buildCommitMessage(title, upgrades, trailers, custom) {
    const customLines = (custom ?? '').replace(/\r\n?/g, '\n').trim().split('\n');
    const subject = custom?.trim() ? commitText(customLines[0], 72 * 2) : commitText(title, 72 * 2);
    const customBody = customLines.slice(1).join('\n').trim();
    const lines = customBody
        ? [customBody]
        : upgrades.map((u) => `- ${commitText(u.workload.name, 100)} (${commitText(u.workload.file, 200)}): ${commitText(u.current_image)} -> ${commitText(u.candidate_image)}`);
    return [
        subject,
        '',
        ...lines,
        '',
        `${TRAILER_BASE}: ${trailers.base}`,
        `${TRAILER_TREE}: ${trailers.tree}`,
        `${TRAILER_CONTENT}: ${trailers.content}`,
        ''
    ].join('\n');
}
/** Our trailers from the last paragraph of `message`, or undefined unless each appears exactly once and well-formed. */
function parseOwnershipTrailers(message) {
    const paragraphs = message
        .replace(/\r\n/g, '\n')
        .trimEnd()
        .split(/\n[ \t]*\n/);
    const last = paragraphs[paragraphs.length - 1] ?? '';
    const found = new Map();
    for (const line of last.split('\n')) {
        const m = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
        if (!m)
            continue;
        const key = m[1].toLowerCase();
        found.set(key, [...(found.get(key) ?? []), m[2]]);
    }
    const one = (key) => {
        const values = found.get(key.toLowerCase());
        return values?.length === 1 ? values[0] : undefined;
    };
    const base = one(TRAILER_BASE);
    const tree = one(TRAILER_TREE);
    const content = one(TRAILER_CONTENT);
    if (!base || !tree || !content || !commit_message_SHA.test(base) || !commit_message_SHA.test(tree) || !/^sha256:[0-9a-f]{64}$/.test(content))
        return undefined;
    return { base, tree, content };
}

;// CONCATENATED MODULE: ./src/core/pr/decide.ts
// What to do with one PR branch, given what GitHub has and what this run wants. Pure, so every
// rule (above all "never overwrite someone else's commit") is a table test without a server.

/** Whether `head` is a commit this Action made and nobody altered: our trailers, one parent equal to the recorded base, the recorded tree. */
function ownership(head) {
    const trailers = parseOwnershipTrailers(head.message);
    if (!trailers)
        return { ours: false, why: `the head commit ${head.sha.slice(0, 12)} was not made by this Action` };
    if (head.parents.length !== 1 || head.parents[0] !== trailers.base) {
        return {
            ours: false,
            why: `the head commit ${head.sha.slice(0, 12)} does not sit directly on the base it records (rebased or merged by someone)`
        };
    }
    if (head.tree !== trailers.tree) {
        return { ours: false, why: `the head commit ${head.sha.slice(0, 12)} was amended after this Action made it` };
    }
    return { ours: true, trailers };
}
/** `desired` is null when this group has nothing left to upgrade. */
function decide(state, desired) {
    const owner = state.branch ? ownership(state.branch) : null;
    const openPull = state.openPull;
    if (desired === null) {
        if (!openPull)
            return owner?.ours ? { action: 'delete-branch' } : { action: 'none', why: 'nothing-to-upgrade' };
        if (owner && !owner.ours)
            return { action: 'refuse-foreign', why: owner.why, pull: openPull };
        return { action: 'close', pull: openPull, deleteBranch: owner !== null };
    }
    if (!state.branch || !owner)
        return { action: 'create', desired, openPull };
    if (!owner.ours)
        return { action: 'refuse-foreign', why: owner.why, pull: openPull };
    if (owner.trailers.base !== desired.baseSha)
        return { action: 'update', reason: 'base-moved', desired, openPull };
    if (owner.trailers.content !== desired.content)
        return { action: 'update', reason: 'content-changed', desired, openPull };
    if (openPull)
        return { action: 'current', desired, pull: openPull };
    // A person closed the PR for exactly this proposal: respect that until the proposal changes.
    if (state.closedPull && state.closedPull.headSha === state.branch.sha)
        return { action: 'none', why: 'closed-by-user' };
    return { action: 'open-pull', desired };
}

;// CONCATENATED MODULE: ./src/core/pr/committed.ts
// PR mode commits only what is committed: every file a PR edits must be, in the workspace, byte
// for byte the blob of the base commit, as a regular file. Otherwise an uncommitted change an
// earlier step left in the checkout (a generated value, a secret) would ride along in the PR.


/** A file the PR would change whose workspace content is not the base commit's. */
class UncommittedFileError extends errors/* ConfigurationError */.j {
}
/** Git's object id of a blob with this content: sha1 of `blob <size>\0<bytes>`. */
function gitBlobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
const RULE = 'PR mode commits only what is committed';
/**
 * Refuses (UncommittedFileError, naming the file) when the workspace text of `path` is not the
 * regular-file blob `entry` of the base commit. Returns the mode to keep when the PR rewrites it.
 */
function requireCommitted(path, workspaceText, entry, baseSha) {
    const at = `the commit GITHUB_SHA (${baseSha.slice(0, 12)})`;
    const place = { file: path };
    if (!entry) {
        throw new UncommittedFileError('pr-file-not-committed', `is not in ${at} (an untracked file in the workspace); ${RULE}`, place, 'commit the manifest, or run PR mode on a clean checkout');
    }
    if (entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) {
        const what = entry.mode === '120000' ? 'a symbolic link' : entry.type === 'commit' ? 'a submodule' : `not a regular file (mode ${entry.mode})`;
        throw new UncommittedFileError('pr-file-not-regular', `is ${what} in ${at}; manifests are edited only as regular files inside the repository`, place);
    }
    if (gitBlobSha(workspaceText) !== entry.sha) {
        if (workspaceText.includes('\r\n') && gitBlobSha(workspaceText.replace(/\r\n/g, '\n')) === entry.sha) {
            throw new UncommittedFileError('pr-file-differs-from-commit', `differs from ${at} in its line endings (converted on checkout); ${RULE}`, place, 'check out without line-ending conversion: `git config --global core.autocrlf false` before actions/checkout, or `* -text` in .gitattributes');
        }
        throw new UncommittedFileError('pr-file-differs-from-commit', `differs from ${at} (uncommitted changes in the workspace); ${RULE}`, place, 'commit the change, or run PR mode before the steps that modify the checkout');
    }
    return entry.mode;
}

;// CONCATENATED MODULE: ./src/app/pr-base-tree.ts
// The base commit's tree, read once per run and only when a PR needs a new commit: its sha (the
// Git Data API's `base_tree`) and its entries, against which every file a PR edits is checked
// (core/pr/committed) so a PR carries only edits of committed content.

class BaseTree {
    gh;
    baseSha;
    treeSha;
    listing;
    /** Non-recursive listings by tree sha, for repositories too large for one recursive listing. */
    subtrees = new Map();
    constructor(gh, baseSha) {
        this.gh = gh;
        this.baseSha = baseSha;
    }
    sha() {
        this.treeSha ??= this.gh.getCommitTree(this.baseSha);
        return this.treeSha;
    }
    async entry(path) {
        this.listing ??= this.sha().then(async (sha) => {
            const { entries, truncated } = await this.gh.getTree(sha, true);
            return { entries: new Map(entries.map((e) => [e.path, e])), truncated };
        });
        const { entries, truncated } = await this.listing;
        const found = entries.get(path);
        if (found || !truncated)
            return found;
        // GitHub cut the listing short: walk down to the file one directory at a time.
        let tree = await this.sha();
        const parts = path.split('/');
        for (const [i, part] of parts.entries()) {
            let list = this.subtrees.get(tree);
            if (!list)
                this.subtrees.set(tree, (list = this.gh.getTree(tree, false).then((t) => t.entries)));
            const e = (await list).find((x) => x.path === part);
            if (!e || i === parts.length - 1)
                return e;
            if (e.type !== 'tree')
                return undefined;
            tree = e.sha;
        }
        return undefined;
    }
    /**
     * The files to commit, each with the mode it has in the base commit. Refuses (naming the file)
     * when the workspace text a file was edited from (by repository path) is not that commit's
     * regular-file content.
     */
    async committedEdits(files, workspaceTextByPath) {
        const out = [];
        for (const f of files) {
            const mode = requireCommitted(f.path, workspaceTextByPath.get(f.path) ?? '', await this.entry(f.path), this.baseSha);
            out.push({ ...f, mode });
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/app/pr-sync.ts
// `mode: pr`: turn proposed upgrades into reviewed pull requests. The plan (core/pr/plan) says what
// each PR branch should hold; this reads the state of each branch from GitHub, asks the pure
// decision (core/pr/decide) what to do, and does it with a fixed number of API calls per PR,
// however many manifests the PR touches.









function cleanList(values) {
    return [...new Set(values.map((v) => v.trim().replace(/^@/, '')).filter((v) => v !== ''))];
}
function workloadNames(upgrades) {
    return upgrades.map((u) => u.workload_name || u.workload.name || u.file);
}
class PullRequestRun {
    input;
    naming;
    baseTree;
    gh;
    opts;
    self;
    texts = new Map();
    /** PRs this run may still open under `max-pull-requests` (Infinity without a limit). */
    slots = Infinity;
    constructor(input) {
        this.input = input;
        this.gh = input.github;
        this.opts = {
            ...input.options,
            labels: cleanList(input.options.labels),
            reviewers: cleanList(input.options.reviewers),
            teamReviewers: cleanList(input.options.teamReviewers),
            assignees: cleanList(input.options.assignees)
        };
        validateBranchPrefix(this.opts.branchPrefix);
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(input.baseSha)) {
            throw new errors/* ConfigurationError */.j('invalid-base-sha', `base commit ${JSON.stringify(input.baseSha)} is not a full commit SHA`);
        }
        this.naming = { prefix: this.opts.branchPrefix, baseBranch: input.baseBranch, defaultBranch: this.opts.defaultBranch };
    }
    /** The login the token acts as, asked once and only when a PR or comment needs telling apart. */
    me() {
        this.self ??= this.gh.viewerLogin();
        return this.self;
    }
    async textsOf(upgrades) {
        for (const u of upgrades) {
            if (!this.texts.has(u.workload.file))
                this.texts.set(u.workload.file, await this.input.readFile(u.workload.file));
        }
        return this.texts;
    }
    /**
     * Each group planned on its own: a manifest that cannot be read or edited fails its group only.
     * A group's upgrades plan to exactly that group again (same grouping, same branch names).
     */
    async planGroups() {
        const planned = [];
        for (const group of groupUpgrades(this.input.upgrades, this.opts.grouping, this.naming)) {
            try {
                const plan = planPullRequests(group.upgrades, await this.textsOf(group.upgrades), {
                    grouping: this.opts.grouping,
                    naming: this.naming,
                    addDefaultEnvVars: this.opts.addDefaultEnvVars,
                    draft: this.opts.draft,
                    title: this.opts.title,
                    registrySource: this.input.registrySource,
                    held: this.input.held
                });
                for (const warning of plan.warnings)
                    this.input.log.warning(warning);
                for (const g of plan.groups)
                    planned.push({ group: g });
            }
            catch (e) {
                planned.push({
                    group,
                    failure: { operation: 'failed', branch: group.branch, workloads: workloadNames(group.upgrades), error: errorLine(e) }
                });
            }
        }
        return planned;
    }
    async run() {
        const { github: gh, baseBranch, log } = this.input;
        // Planned in full first: a file that changed under us fails its group before anything is written.
        const planned = await this.planGroups();
        if (planned.length > 0 && planned.every((p) => p.failure))
            return planned.map((p) => p.failure);
        const fullName = `${gh.owner}/${gh.repo}`;
        let ours;
        let others;
        try {
            // One listing serves every group: finding each group's PR and the Action PRs left without upgrades.
            const candidates = (await gh.listOpenPulls(baseBranch)).filter((p) => p.headRepo === fullName && isActionBranch(this.naming, p.headRef));
            const self = candidates.length ? await this.me() : undefined;
            // A person's PR from a branch under the prefix is theirs: never commented on, closed or deleted.
            ours = candidates.filter((p) => p.author === self);
            others = candidates.filter((p) => p.author !== self);
        }
        catch (e) {
            const error = errorLine(e);
            return planned.map((p) => p.failure ?? { operation: 'failed', branch: p.group.branch, workloads: workloadNames(p.group.upgrades), error });
        }
        const openByBranch = new Map(ours.map((p) => [p.headRef, p]));
        const otherByBranch = new Map(others.map((p) => [p.headRef, p]));
        const wanted = new Set(planned.map((p) => p.group.branch));
        if (this.opts.maxPullRequests > 0) {
            this.slots = this.opts.maxPullRequests - ours.filter((p) => wanted.has(p.headRef)).length;
        }
        const outcomes = [];
        for (const p of planned) {
            const outcome = p.failure ??
                (await this.syncGroupSafely(p.group, openByBranch.get(p.group.branch) ?? null, otherByBranch.get(p.group.branch) ?? null));
            log.info(`${p.group.branch}: ${describe(outcome, p.group.upgrades.length)}`);
            outcomes.push(outcome);
        }
        const leftovers = ours
            .filter((p) => !wanted.has(p.headRef))
            .sort((a, b) => (a.headRef < b.headRef ? -1 : a.headRef > b.headRef ? 1 : 0));
        // A failed group may be the one meant to take a leftover's upgrades over: close nothing until it succeeds.
        if (leftovers.length && outcomes.some((o) => o.operation === 'failed')) {
            log.info(`not closing ${leftovers.length} pull request${leftovers.length === 1 ? '' : 's'} without upgrades until the failed ones succeed`);
            return outcomes;
        }
        const groups = planned.map((p) => p.group);
        for (const pull of leftovers) {
            let outcome;
            try {
                outcome = await this.closeLeftover(pull, groups, outcomes);
            }
            catch (e) {
                outcome = { operation: 'failed', number: pull.number, url: pull.url, branch: pull.headRef, workloads: [], error: errorLine(e) };
            }
            log.info(`${pull.headRef}: ${describe(outcome, 0)}`);
            outcomes.push(outcome);
        }
        return outcomes;
    }
    async syncGroupSafely(group, openPull, otherPull) {
        try {
            return await this.syncGroup(group, openPull, otherPull);
        }
        catch (e) {
            return {
                operation: 'failed',
                branch: group.branch,
                workloads: workloadNames(group.upgrades),
                ...(openPull ? { number: openPull.number, url: openPull.url } : {}),
                error: errorLine(e)
            };
        }
    }
    async syncGroup(group, openPull, otherPull) {
        const gh = this.gh;
        const workloads = workloadNames(group.upgrades);
        if (otherPull && !openPull) {
            const note = `pull request #${otherPull.number} from this branch was opened by ${otherPull.author || 'someone else'}, not by this Action; leaving the branch and the PR alone`;
            this.input.log.warning(`${group.branch}: ${note}`);
            return { operation: 'none', branch: group.branch, workloads, headSha: otherPull.headSha, note };
        }
        const branch = await gh.getBranch(group.branch);
        const desired = group.change
            ? { baseSha: this.input.baseSha, content: group.change.content, change: group.change }
            : null;
        const closedPull = branch && !openPull && desired ? await this.closedByPerson(group.branch, branch) : null;
        return this.perform(group, branch, decide({ branch, openPull, closedPull }, desired));
    }
    /**
     * The closed, unmerged PR of this branch for exactly its head, if a person closed it. A PR the
     * Action closed itself (its closing comment is there) is not a person's "no": its branch was
     * left behind by a failed deletion, and the upgrade may be proposed again.
     */
    async closedByPerson(branchName, head) {
        const closed = await this.gh.findClosedPull(branchName, this.input.baseBranch);
        if (!closed || closed.headSha !== head.sha)
            return closed;
        const comments = await this.gh.listComments(closed.number);
        return hasCloseComment(comments, await this.me()) ? null : closed;
    }
    /** Whether a new PR may be opened now; false means the group waits for a later run. */
    takeSlot() {
        if (this.slots <= 0)
            return false;
        this.slots--;
        return true;
    }
    waiting(group, branch) {
        return {
            operation: 'none',
            branch: group.branch,
            workloads: workloadNames(group.upgrades),
            ...(branch ? { headSha: branch.sha } : {}),
            waiting: true,
            note: `max-pull-requests: ${this.opts.maxPullRequests} pull request${this.opts.maxPullRequests === 1 ? ' of this Action is' : 's of this Action are'} already open`
        };
    }
    async perform(group, branch, d) {
        const base = { branch: group.branch, workloads: workloadNames(group.upgrades) };
        const opensPull = d.action === 'open-pull' || ((d.action === 'create' || d.action === 'update') && !d.openPull);
        if (opensPull && !this.takeSlot())
            return this.waiting(group, branch);
        switch (d.action) {
            case 'create':
            case 'update': {
                const change = d.desired.change;
                // One lookup per run, shared by every PR that needs a commit; it refuses edits of uncommitted content.
                this.baseTree ??= new BaseTree(this.gh, this.input.baseSha);
                // Only this group's manifests: another group's may not even have a committable path.
                const texts = new Map(group.upgrades.map((u) => [repoPath(u.workload.file), this.texts.get(u.workload.file) ?? '']));
                const files = await this.baseTree.committedEdits(change.files, texts);
                const tree = await this.gh.createTree(await this.baseTree.sha(), files);
                const message = buildCommitMessage(change.title, group.upgrades, { base: this.input.baseSha, tree, content: change.content }, this.opts.commitMessage);
                const commit = await this.gh.createCommit(message, tree, [this.input.baseSha]);
                if (d.action === 'create')
                    await this.gh.createBranch(group.branch, commit);
                // Force is safe here: decide() proved the current head is the Action's own commit on the recorded base.
                else
                    await this.gh.updateBranch(group.branch, commit, true);
                if (d.openPull) {
                    await this.refreshPull(d.openPull, change, true);
                    return { ...base, operation: 'updated', number: d.openPull.number, url: d.openPull.url, headSha: commit };
                }
                // If opening the PR fails, the branch stays: the next run finds the Action's own commit
                // without a PR and opens it ('open-pull'), ending where a run without the failure would.
                const pr = await this.openPull(group.branch, change);
                return { ...base, operation: 'created', number: pr.number, url: pr.url, headSha: commit };
            }
            case 'open-pull': {
                const pr = await this.openPull(group.branch, d.desired.change);
                return { ...base, operation: 'created', number: pr.number, url: pr.url, headSha: branch?.sha };
            }
            case 'current': {
                const changed = await this.refreshPull(d.pull, d.desired.change, false);
                return { ...base, operation: changed ? 'updated' : 'none', number: d.pull.number, url: d.pull.url, headSha: branch?.sha };
            }
            case 'close':
                return { ...(await this.close(d.pull, d.deleteBranch)), workloads: base.workloads };
            case 'delete-branch':
                await this.gh.deleteBranch(group.branch);
                return { ...base, operation: 'none', note: 'deleted the Action branch left without a pull request' };
            case 'refuse-foreign':
                return { ...(await this.refuseForeign(group.branch, d.pull, d.why)), workloads: base.workloads, headSha: branch?.sha };
            case 'none':
                return {
                    ...base,
                    operation: 'none',
                    ...(branch ? { headSha: branch.sha } : {}),
                    ...(d.why === 'closed-by-user'
                        ? { note: 'the PR for this exact upgrade was closed without merging; not reopening it until the proposal changes' }
                        : {})
                };
        }
    }
    async openPull(branch, change) {
        const req = { head: branch, base: this.input.baseBranch, title: change.title, body: change.body, draft: change.draft };
        let pr;
        try {
            pr = await this.gh.createPull(req);
        }
        catch (e) {
            // Draft PRs are unavailable on some plans for private repositories; a ready PR is better than none.
            if (!change.draft || !/draft/i.test(e.message))
                throw e;
            this.input.log.warning(`${branch}: draft pull requests are not available here; opening a ready pull request`);
            pr = await this.gh.createPull({ ...req, draft: false });
        }
        await this.decorate(pr);
        if (this.opts.reviewers.length || this.opts.teamReviewers.length) {
            try {
                await this.gh.requestReviewers(pr.number, this.opts.reviewers, this.opts.teamReviewers);
            }
            catch (e) {
                this.input.log.warning(`#${pr.number}: could not request reviewers: ${e.message}`);
            }
        }
        return pr;
    }
    /** Adds our labels and assignees, keeping those a person added (PATCH replaces, so send the union). */
    async decorate(pull) {
        const labels = [...new Set([...pull.labels, ...this.opts.labels])];
        const assignees = [...new Set([...pull.assignees, ...this.opts.assignees])];
        if (labels.length === pull.labels.length && assignees.length === pull.assignees.length)
            return;
        try {
            await this.gh.setLabelsAndAssignees(pull.number, labels, assignees);
        }
        catch (e) {
            this.input.log.warning(`#${pull.number}: could not set labels/assignees: ${e.message}`);
        }
    }
    /** Rewrites title and body only when our rendered text changed, so a person's edits survive no-op runs. */
    async refreshPull(pull, change, proposalChanged) {
        let changed = false;
        if (readBodyDigest(pull.body) !== change.textDigest) {
            await this.gh.updatePull(pull.number, { title: change.title, body: change.body });
            changed = true;
        }
        if (proposalChanged)
            await this.decorate(pull);
        return changed;
    }
    async close(pull, deleteBranch, supersededBy = []) {
        // A re-run after a failed close must not comment twice: post only if our closing comment is not there yet.
        if (!hasCloseComment(await this.gh.listComments(pull.number), await this.me())) {
            await this.gh.createComment(pull.number, closeComment(this.input.baseBranch, deleteBranch, supersededBy));
        }
        await this.gh.updatePull(pull.number, { state: 'closed' });
        if (deleteBranch)
            await this.gh.deleteBranch(pull.headRef);
        return {
            operation: 'closed',
            number: pull.number,
            url: pull.url,
            branch: pull.headRef,
            headSha: pull.headSha,
            workloads: [],
            ...(supersededBy.length ? { note: `superseded by ${supersededBy.map((n) => `#${n}`).join(', ')} (grouping changed)` } : {})
        };
    }
    async refuseForeign(branch, pull, why) {
        const note = `not updating ${branch}: ${why}`;
        this.input.log.warning(`${note}; it is left for a person to finish`);
        if (pull) {
            const comments = await this.gh.listComments(pull.number);
            if (!hasForeignCommitComment(comments, await this.me()))
                await this.gh.createComment(pull.number, foreignCommitComment(branch, why));
            return { operation: 'none', number: pull.number, url: pull.url, branch, headSha: pull.headSha, workloads: [], note };
        }
        return { operation: 'none', branch, workloads: [], note };
    }
    /** An open Action PR whose branch no group wants any more: nothing left to upgrade, or grouping changed. */
    async closeLeftover(pull, groups, outcomes) {
        const branch = await this.gh.getBranch(pull.headRef);
        const d = decide({ branch, openPull: pull }, null);
        if (d.action === 'refuse-foreign')
            return this.refuseForeign(pull.headRef, pull, d.why);
        if (d.action !== 'close')
            return { operation: 'none', branch: pull.headRef, number: pull.number, url: pull.url, workloads: [] };
        // The PRs of this run that now carry the leftover's upgrades (grouping changed).
        const supersededBy = groups.flatMap((g, i) => {
            const o = outcomes[i];
            if (o?.number === undefined || o.operation === 'closed' || g.upgrades.length === 0)
                return [];
            const takesOver = this.opts.grouping === 'all'
                ? g.upgrades.some((u) => branchForWorkload(this.naming, u.workload) === pull.headRef)
                : pull.headRef === branchForAll(this.naming);
            return takesOver ? [o.number] : [];
        });
        return this.close(d.pull, d.deleteBranch, supersededBy);
    }
}
function describe(o, upgrades) {
    const pr = o.number !== undefined ? ` #${o.number}` : '';
    switch (o.operation) {
        case 'created':
            return `opened PR${pr} (${upgrades} upgrade${upgrades === 1 ? '' : 's'})`;
        case 'updated':
            return `updated PR${pr} (${upgrades} upgrade${upgrades === 1 ? '' : 's'})`;
        case 'closed':
            return `closed PR${pr}: ${o.note ?? 'nothing left to upgrade'}`;
        case 'none':
            if (o.waiting)
                return `waiting (${o.note ?? 'max-pull-requests'})`;
            return o.note ?? (upgrades ? `PR${pr} is up to date` : 'nothing to upgrade');
        case 'failed':
            return `failed: ${o.error ?? 'unknown error'}`;
    }
}
const PRECEDENCE = ['created', 'updated', 'closed', 'failed', 'none'];
/**
 * The outcome for the single-valued Action outputs (pull-request-number/-url/-operation/-branch/
 * -head-sha): the most significant operation of the run (created > updated > closed > failed >
 * none), first by branch order. With several groups it describes one of them; the
 * `pull-requests` output lists them all.
 */
function primaryOutcome(outcomes) {
    for (const op of PRECEDENCE) {
        const found = outcomes.find((o) => o.operation === op);
        if (found)
            return found;
    }
    return undefined;
}
/** Runs PR mode: one outcome per PR branch this run wants, then one per leftover Action PR it closed. */
async function runPullRequestMode(input) {
    return new PullRequestRun(input).run();
}

;// CONCATENATED MODULE: ./src/app/pr-base-branch.ts
// A PR's commit is built on GITHUB_SHA. That is right for the base branch only when GITHUB_SHA is
// on it: the run's own branch, or (for another `base`) that branch's head. Otherwise the PR into
// `base` would also carry every commit of the checked-out branch that `base` lacks.

/** Refuses (one API call, only when the base is not the run's branch) unless GITHUB_SHA is the head of the base branch. */
async function requireBaseHoldsCommit(gh, c) {
    if (c.ref === `refs/heads/${c.baseBranch}`)
        return;
    const head = await gh.getBranch(c.baseBranch);
    if (head?.sha === c.baseSha)
        return;
    const what = c.fromInput ? `input base: ${c.baseBranch}` : `the base branch ${c.baseBranch}`;
    const why = head
        ? `it is not the checked-out commit (GITHUB_SHA ${c.baseSha.slice(0, 12)}, ${c.ref || 'no ref'}; ${c.baseBranch} is at ${head.sha.slice(0, 12)})`
        : 'no such branch';
    throw new errors/* ConfigurationError */.j('pr-base-not-checked-out', `${what}: ${why}; a PR built on this commit would carry changes that are not on ${c.baseBranch}`, {}, `run the workflow on ${c.baseBranch} (for example workflow_dispatch with ${c.baseBranch} selected) so that GITHUB_SHA is its head, or leave \`base\` unset`);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/io/files/regular-file.ts
var regular_file = __webpack_require__(22767);
// EXTERNAL MODULE: ./src/io/git/repository-root.ts
var repository_root = __webpack_require__(74104);
;// CONCATENATED MODULE: ./src/app/pr-checkout.ts
// PR mode edits the repository, not the workspace: manifest paths become relative to the root of
// the git checkout holding them (the workspace itself, or a subdirectory with `actions/checkout`'s
// `path:`), and they are read again only as regular files inside that checkout.





function inRepository(upgrades, workspace) {
    const roots = new Map();
    const placed = upgrades.map((u) => {
        const absolute = external_node_path_default().resolve(workspace, u.workload.file);
        const root = (0,repository_root/* repositoryRootOf */.K)(absolute, workspace);
        roots.set(root, [...(roots.get(root) ?? []), u.workload.file]);
        return { u, root, file: external_node_path_default().relative(root, absolute).split((external_node_path_default()).sep).join('/') };
    });
    if (roots.size > 1) {
        const where = [...roots].map(([root, files]) => `${external_node_path_default().relative(workspace, root).split((external_node_path_default()).sep).join('/') || '.'} (${files[0]})`);
        throw new errors/* ConfigurationError */.j('pr-several-repositories', `the upgraded manifests belong to ${roots.size} git checkouts: ${where.join(', ')}; a PR goes to one repository`, {}, 'narrow `paths` to the checkout of the repository the PR is for');
    }
    const root = placed[0]?.root ?? external_node_path_default().resolve(workspace);
    const refusal = (0,regular_file/* manifestPathCheck */.X)(root);
    return {
        upgrades: placed.map(({ u, file }) => ({ ...u, file, workload: { ...u.workload, file } })),
        async readFile(file) {
            const absolute = external_node_path_default().resolve(root, file);
            const refused = refusal(absolute);
            if (refused)
                throw new errors/* ConfigurationError */.j('pr-manifest-not-regular', refused, { file });
            return (0,promises_.readFile)(absolute, 'utf8');
        }
    };
}

;// CONCATENATED MODULE: ./src/action/pr-step.ts










async function defaultBranchOf(env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const event = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        return event.repository?.default_branch;
    }
    catch {
        return undefined;
    }
}
/** PR mode: plan the upgrades the check found and open, update or close the pull request(s). */
async function runPullRequestStep(core, env, root, results, registrySource, inputs) {
    const token = inputs.token;
    if (!token) {
        throw new errors/* ConfigurationError */.j('missing-token', 'mode: pr needs a GitHub token', {}, 'set `token:` (default `${{ github.token }}`) or pass an App token / PAT');
    }
    const repository = env.GITHUB_REPOSITORY ?? '';
    const baseBranch = inputs.base || env.GITHUB_REF_NAME || '';
    const baseSha = env.GITHUB_SHA ?? '';
    if (!repository || !baseBranch || !baseSha) {
        throw new errors/* ConfigurationError */.j('missing-context', 'mode: pr must run in a GitHub Actions job (GITHUB_REPOSITORY, GITHUB_REF_NAME and GITHUB_SHA are not set)');
    }
    if (env.GITHUB_EVENT_NAME === 'pull_request' || env.GITHUB_EVENT_NAME === 'pull_request_target') {
        throw new errors/* ConfigurationError */.j('invalid-event', 'mode: pr runs on a branch (schedule, push, workflow_dispatch), not on pull_request events', {}, 'use mode: check as the pull-request status check');
    }
    const github = createGitHubClient({
        token,
        repository,
        apiUrl: env.GITHUB_API_URL,
        log: safeLogger(core)
    });
    const checkout = inRepository(proposableUpgrades(results), root);
    const upgrades = checkout.upgrades;
    await requireBaseHoldsCommit(github, { baseBranch, baseSha, ref: env.GITHUB_REF ?? '', fromInput: Boolean(inputs.base) });
    core.info(terminalLine(`PR mode: ${upgrades.length} upgrade${upgrades.length === 1 ? '' : 's'} to propose against ${baseBranch} (${baseSha.slice(0, 12)})`));
    const outcomes = await runPullRequestMode({
        upgrades,
        readFile: checkout.readFile,
        held: (0,apply/* heldUpgrades */.pH)(results),
        baseSha,
        baseBranch,
        registrySource,
        options: { ...inputs.pullRequest, defaultBranch: await defaultBranchOf(env) },
        github,
        log: safeLogger(core)
    });
    for (const o of outcomes) {
        const line = `${o.branch}: ${o.operation}${o.url ? ` ${o.url}` : ''}${o.note ? ` (${o.note})` : ''}${o.error ? `: ${o.error}` : ''}`;
        if (o.operation === 'failed')
            core.error(annotationMessage(line));
        else
            core.info(terminalLine(line));
    }
    return outcomes;
}

;// CONCATENATED MODULE: ./src/action/pr-outputs.ts


/** One object per PR group, as the `pull-requests` output documents it. */
function pullRequestsJson(outcomes) {
    const rows = outcomes.map((o) => ({
        number: o.number ?? null,
        url: o.url ?? null,
        operation: o.operation,
        branch: o.branch,
        head_sha: o.headSha ?? null,
        workloads: o.workloads,
        ...(o.error !== undefined ? { error: o.error } : {}),
        ...(o.waiting ? { waiting: true } : {})
    }));
    // Branch names, workload names and error text come from manifests and GitHub: bidi and separator characters are escaped.
    return escapeJsonText(JSON.stringify(rows));
}
/**
 * The PR outputs: `pull-requests` lists every group; the single-valued ones (as
 * peter-evans/create-pull-request names them) describe the primary outcome. `failedStep`: PR mode
 * stopped before any group (configuration, context), so the operation is `failed`.
 */
function setPullRequestOutputs(core, outcomes, failedStep = false) {
    const primary = primaryOutcome(outcomes);
    core.setOutput('pull-requests', pullRequestsJson(outcomes));
    core.setOutput('pull-request-number', primary?.number === undefined ? '' : String(primary.number));
    core.setOutput('pull-request-url', primary?.url ?? '');
    core.setOutput('pull-request-operation', failedStep ? 'failed' : (primary?.operation ?? 'none'));
    core.setOutput('pull-request-branch', primary?.branch ?? '');
    core.setOutput('pull-request-head-sha', primary?.headSha ?? '');
}

;// CONCATENATED MODULE: ./src/action/main.ts









/** The Action: check mode always; PR mode turns the upgrades it found into a pull request. */
async function runAction(core, env = process.env, check = run_check.runCheck) {
    try {
        const { run: options, pullRequest } = readInputs(core);
        const root = env.GITHUB_WORKSPACE || process.cwd();
        const run = await check({
            paths: options.paths,
            root,
            registry: options.registry,
            verify: options.verify,
            allowEmpty: options.allowEmpty,
            maxManifestBytes: options.maxManifestBytes,
            policyFile: (0,policy_file/* actionPolicyFile */.$4)(options.config, root),
            // core.info writes to stdout as is: every message is made one printable line first.
            log: safeLogger(core)
        });
        // PR mode never ends the run before the report: a failure is recorded, reported, then fails the step.
        let outcomes = [];
        let prFailure;
        if (options.mode === 'pr') {
            try {
                outcomes = await runPullRequestStep(core, env, root, run.results, run.registrySource, pullRequest);
            }
            catch (error) {
                prFailure = errorLine(error, inputLabel);
            }
            setPullRequestOutputs(core, outcomes, prFailure !== undefined);
        }
        await writeCheckReport(core, run.results, options.failOn, {
            registrySource: run.registrySource,
            trustedRoot: run.trustedRoot,
            // Files link to their line at the checked commit.
            sourceLinks: { serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, sha: env.GITHUB_SHA },
            ...(options.mode === 'pr' ? { pullRequests: outcomes.map(summaryRow), pullRequestMode: { failure: prFailure } } : {})
        }, options.maxAnnotations);
        const failed = outcomes.filter((o) => o.operation === 'failed');
        if (prFailure !== undefined)
            core.setFailed(terminalLine(`PR mode failed: ${prFailure}`));
        if (failed.length) {
            core.setFailed(terminalLine(`PR mode: ${failed.length} of ${outcomes.length} pull request${outcomes.length === 1 ? '' : 's'} failed (first: ${failed[0].branch}: ${failed[0].error ?? 'unknown error'}); see the job summary`));
        }
        const failing = run.results.filter((row) => failingFindings(row, options.failOn).length > 0);
        if (failing.length) {
            core.setFailed(`${failing.length} workload${failing.length === 1 ? '' : 's'} matched fail-on (${options.failOn.join(', ')}); see the job summary`);
        }
    }
    catch (error) {
        core.setFailed(terminalLine(errorLine(error, inputLabel)));
    }
}
/** A PR outcome as the job summary lists it: a failure shows its error, a group over the limit reads `waiting`. */
function summaryRow(o) {
    return {
        operation: o.waiting ? 'waiting' : o.operation,
        number: o.number,
        url: o.url,
        branch: o.branch,
        note: o.operation === 'failed' ? o.error : o.note
    };
}


/***/ })

};
