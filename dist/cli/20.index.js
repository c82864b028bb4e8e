export const id = 20;
export const ids = [20];
export const modules = {

/***/ 4020:
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
            throw new errors/* ConfigurationError */.j('invalid-registry-credentials', `registry credentials entry ${i + 1}${host ? ` (${host})` : ''} is not host=username:password or host=token`);
        }
        const colon = secret.indexOf(':');
        return colon > 0 ? { host, username: secret.slice(0, colon), password: secret.slice(colon + 1) } : { host, token: secret };
    });
}
/** The secret parts, for masking before anything is logged. */
function credentialSecrets(credentials) {
    return credentials.flatMap((c) => [c.password, c.token].filter((s) => Boolean(s)));
}

;// CONCATENATED MODULE: ./src/core/provenance/verification.ts
// Provenance verification of a candidate image (beyond thv: `thv upgrade check` never verifies).
const VERIFY_MODES = ['enabled', 'warn', 'disabled'];

;// CONCATENATED MODULE: ./src/core/check/fail-on.ts

/** What can make a run fail: thv's statuses (but up-to-date), plus findings beyond thv. */
const FAIL_ON_KEYS = [
    'upgrade-available',
    'unknown',
    'server-not-found',
    'not-registry-sourced',
    'missing-env',
    'invalid',
    'unverified'
];
/** Stale, unverifiable or broken manifests fail a required check; `unknown` (e.g. `latest` tags) only warns. */
const DEFAULT_FAIL_ON_CHECK = ['upgrade-available', 'server-not-found', 'missing-env', 'invalid', 'unverified'];
/** In PR mode the PR is the answer to an upgrade; the run fails only on what a PR cannot fix. */
const DEFAULT_FAIL_ON_PR = (/* unused pure expression or super */ null && (['invalid']));
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
    if (row.status !== 'up-to-date')
        findings.push(row.status);
    if (row.missing_env_vars?.length)
        findings.push('missing-env');
    if (row.verification?.status === 'unverified')
        findings.push('unverified');
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

;// CONCATENATED MODULE: ./src/core/render/table.ts
// thv upgrade check's table (NAME STATUS CURRENT CANDIDATE NEW-ENV POSTURE), with the file:line
// each row comes from added last so a person can jump to it.
const HEADER = ['NAME', 'STATUS', 'CURRENT', 'CANDIDATE', 'NEW-ENV', 'POSTURE', 'FILE'];
function dash(s) {
    return s ? s : '-';
}
function tableCells(row) {
    const added = row.env_var_drift?.added?.map((e) => e.name) ?? [];
    const missing = row.missing_env_vars?.map((e) => `missing ${e.name}`) ?? [];
    const posture = row.config_drift ? '⚠ drift' : '';
    const verified = row.verification && row.verification.status !== 'not-applicable' ? ` [${row.verification.status}]` : '';
    return [
        dash(row.workload_name),
        row.status + verified,
        dash(row.current_image),
        dash(row.candidate_image),
        dash([...added, ...missing].join(',')),
        dash(posture),
        row.line ? `${row.file}:${row.line}` : row.file
    ];
}
/** Reasons are long; they follow the table, one line each, so the columns stay readable. */
function notes(rows) {
    return rows
        .filter((row) => row.reason || row.verification?.reason)
        .map((row) => {
        const where = row.line ? `${row.file}:${row.line}` : row.file;
        const reason = [row.reason, row.verification?.reason].filter(Boolean).join('; ');
        return `${where}: ${row.workload_name ? `${row.workload_name}: ` : ''}${reason}`;
    });
}
const NON_ASCII = /[^\x00-\x7f]/;
/** Width in characters (code points), cheap for the ASCII that image references are. */
function width(s) {
    return NON_ASCII.test(s) ? [...s].length : s.length;
}
/** Pads columns like Go's tabwriter (minwidth 0, padding 3). */
function renderTable(rows) {
    const lines = [HEADER, ...rows.map(tableCells)];
    const widths = HEADER.map(() => 0);
    for (const cells of lines)
        for (let i = 0; i < cells.length; i++)
            widths[i] = Math.max(widths[i], width(cells[i]));
    const table = lines.map((cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i] - width(c) + 3)))
        .join('')
        .trimEnd());
    const extra = notes(rows);
    return [...table, ...(extra.length ? ['', ...extra] : [])].join('\n') + '\n';
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

;// CONCATENATED MODULE: ./src/core/render/markdown-escape.ts
// One place that turns untrusted text (registry names, descriptions, images, manifest paths) into
// GitHub-flavoured markdown that shows the text literally: no links, HTML, mentions, headings or
// table breaks can be smuggled into a PR body or job summary through a registry entry.
const ZERO_WIDTH_SPACE = '\u200b';
/** Collapses line breaks and control characters to single spaces, so text stays on one line. */
function oneLine(text) {
    return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
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
        .replace(/\r?\n/g, ' ')
        .replace(/(\\*)\|/g, (_m, slashes) => (slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`));
}
/** A GFM table; cells are markdown fragments that were already escaped by the caller. */
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.map(tableCell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
/** Text inside an HTML comment marker: `--` and `>` could end the comment early. */
function commentSafe(text) {
    return oneLine(text).replace(/-{2,}/g, '-').replace(/>/g, '');
}

;// CONCATENATED MODULE: ./src/core/render/summary.ts



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
    if (rows.length === 0)
        return lines.join('\n') + '\n';
    const cells = (row) => {
        const findings = findingsOf(row).filter((f) => f !== row.status);
        const status = `${STATUS_ICON[row.status] ?? ''} ${row.status}${findings.length ? ` (${findings.join(', ')})` : ''}`;
        const where = code(`${row.file}${row.line ? `:${row.line}` : ''}`);
        return [row.workload_name ? escapeMarkdown(row.workload_name) : '–', status, code(row.current_image), code(row.candidate_image), driftNotes(row), where];
    };
    const head = lines.join('\n') + '\n';
    const header = ['Workload', 'Status', 'Current', 'Candidate', 'Drift and notes', 'File'];
    const full = markdownTable(header, rows.map(cells));
    const limit = context.maxLength ?? SUMMARY_LIMIT;
    if (head.length + full.length < limit)
        return `${head}${full}\n`;
    // Too long for GitHub: rows with findings first (in order), then as many others as fit.
    const ordered = [...rows.filter((r) => findingsOf(r).length > 0), ...rows.filter((r) => findingsOf(r).length === 0)];
    const kept = [];
    let size = head.length + 500;
    for (const row of ordered) {
        const c = cells(row);
        size += c.reduce((n, x) => n + x.length + 3, 4);
        if (size >= limit)
            break;
        kept.push(c);
    }
    const note = `\n\n_${rows.length - kept.length} more workload${rows.length - kept.length === 1 ? '' : 's'} not shown: the summary is capped at GitHub's size limit. Every workload is in the \`results\` output._\n`;
    return `${head}${markdownTable(header, kept)}${note}`;
}

// EXTERNAL MODULE: ./src/io/catalog/open-catalog.ts
var open_catalog = __webpack_require__(8632);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/text/text-position.ts
var text_position = __webpack_require__(7986);
;// CONCATENATED MODULE: ./src/core/manifest/fields.ts

/** Thrown inside a parser when a field has the wrong type; turned into a ManifestProblem at the file boundary. */
class FieldError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
function spanOf(text, field) {
    const { line, column } = (0,text_position/* lineColumnAt */.I)(text, field.start);
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

;// CONCATENATED MODULE: ./src/core/manifest/parse-json.ts



const BOM = 0xfeff;
const UPPERCASE = /[A-Z]/;
/**
 * Parses a RunConfig the way Go's encoding/json decodes it: only the first value counts, and keys
 * match struct fields case-insensitively, the last match winning.
 */
function parseJsonDocument(text) {
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/manifest/parse-yaml.ts

function fieldAt(doc, path) {
    let node = doc.contents;
    for (const key of path) {
        if (!(0,dist/* isMap */.jh)(node))
            return undefined;
        const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
        if (!pair)
            return undefined;
        node = pair.value;
    }
    if (node === null || node === undefined)
        return undefined;
    const range = node.range;
    const value = (0,dist/* isScalar */.jn)(node) ? node.value : node.toJSON();
    return { value, start: range ? range[0] : 0, end: range ? range[1] : 0 };
}
function parseYamlDocuments(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { prettyErrors: true, uniqueKeys: true });
    const list = Array.isArray(docs) ? docs : [];
    const documents = [];
    for (let index = 0; index < list.length; index++) {
        const doc = list[index];
        const error = doc.errors[0];
        if (error) {
            const pos = error.linePos?.[0];
            // Errors found at end of input (an unclosed bracket) point past the last line; name the last one with text.
            if (pos && pos.line > 1 && text.slice(error.pos[0]).trim() === '') {
                pos.line = text.slice(0, error.pos[0]).trimEnd().split('\n').length;
                pos.col = 1;
            }
            return { ok: false, message: `not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, line: pos?.line, column: pos?.col, documentIndex: index };
        }
        let value;
        try {
            value = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            return { ok: false, message: `not valid YAML: ${e.message}`, documentIndex: index };
        }
        documents.push({
            index,
            value,
            lookup: (key) => fieldAt(doc, [key]),
            has: (key) => fieldAt(doc, [key]) !== undefined || ((0,dist/* isMap */.jh)(doc.contents) && doc.contents.has(key)),
            nested: (path) => fieldAt(doc, path)
        });
    }
    return { ok: true, documents };
}

;// CONCATENATED MODULE: ./src/core/manifest/runconfig.ts

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
        throw new FieldError('"image" is missing: a RunConfig needs the container image it runs');
    }
    const image = stringField(imageField, 'image');
    return {
        kind: 'runconfig',
        file,
        documentIndex,
        name: stringField(get('name'), 'name'),
        image,
        imageSpan: imageField
            ? spanOf(text, imageField)
            : { offset: 0, length: 0, line: 1, column: 1 },
        registryServerName: stringField(get('registry_server_name'), 'registry_server_name'),
        transport: stringField(get('transport'), 'transport'),
        permissionProfileNameOrPath: stringField(get('permission_profile_name_or_path'), 'permission_profile_name_or_path'),
        envVarNames: mapKeysField(get('env_vars'), 'env_vars'),
        secrets: stringListField(get('secrets'), 'secrets')
    };
}

;// CONCATENATED MODULE: ./src/core/check/secret-parameter.ts
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

;// CONCATENATED MODULE: ./src/core/manifest/mcpserver.ts


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
        throw new FieldError(`"${path}" must be a mapping, found ${describeType(value)}`);
    return value;
}
function list(value, path) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new FieldError(`"${path}" must be a list, found ${describeType(value)}`);
    return value.map((item, i) => record(item, `${path}[${i}]`));
}
function optionalString(value, path) {
    if (value === undefined || value === null)
        return '';
    if (typeof value !== 'string')
        throw new FieldError(`"${path}" must be a string, found ${describeType(value)}`);
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
        throw new FieldError('"spec.image" is missing: an MCPServer needs the container image it runs');
    const image = stringField(imageField, 'spec.image');
    const secrets = list(spec.secrets, 'spec.secrets').map((s, i) => {
        const name = optionalString(s.name, `spec.secrets[${i}].name`);
        const target = optionalString(s.targetEnvName, `spec.secrets[${i}].targetEnvName`) || optionalString(s.key, `spec.secrets[${i}].key`);
        return formatSecretParameter({ name, target });
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
        imageSpan: spanOf(text, imageField),
        registryServerName: optionalString(annotations[REGISTRY_SERVER_ANNOTATION], `metadata.annotations.${REGISTRY_SERVER_ANNOTATION}`),
        transport: optionalString(spec.transport, 'spec.transport') || 'stdio',
        permissionProfileNameOrPath: Object.keys(profile).length === 0 ? '' : permissionProfileNameOrPath,
        envVarNames: list(spec.env, 'spec.env').map((e, i) => optionalString(e.name, `spec.env[${i}].name`)),
        secrets
    };
}

;// CONCATENATED MODULE: ./src/core/manifest/parse.ts






function syntaxOf(file, text) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    return /^\uFEFF?\s*\{/.test(text) ? 'json' : 'yaml';
}
// While scanning, a file that does not parse is reported only when it looks like a broken manifest;
// tsconfig.json with comments or a random YAML fragment is not ours to judge.
const MENTIONS_IMAGE_JSON = /"image"\s*:/i;
const MENTIONS_IMAGE_YAML = /^\s*(image\s*:|kind\s*:\s*MCPServer\b)/m;
const NOT_A_MANIFEST = 'not a ToolHive RunConfig or MCPServer manifest (expected "image" and "name" keys, or kind: MCPServer)';
/** Parses one file's text into workloads; never throws for bad input. */
function parseManifest(file, text, options) {
    return syntaxOf(file, text) === 'json' ? parseJsonManifest(file, text, options) : parseYamlManifest(file, text, options);
}
function fieldProblem(file, text, error, documentIndex, name) {
    if (!(error instanceof FieldError))
        throw error;
    return { file, documentIndex, name, message: error.message, ...(error.offset === undefined ? {} : (0,text_position/* lineColumnAt */.I)(text, error.offset)) };
}
function parseJsonManifest(file, text, options) {
    const doc = parseJsonDocument(text);
    if (!doc.ok) {
        if (!options.explicit && !MENTIONS_IMAGE_JSON.test(text))
            return { workloads: [], problems: [] };
        return { workloads: [], problems: [{ file, message: doc.message, ...describeOffset(text, doc.offset) }] };
    }
    const isObject = doc.value !== null && typeof doc.value === 'object' && !Array.isArray(doc.value);
    if (!isObject || !looksLikeRunConfig(doc.has)) {
        return options.explicit ? { workloads: [], problems: [{ file, message: NOT_A_MANIFEST }] } : { workloads: [], problems: [] };
    }
    try {
        return { workloads: [runConfigWorkload(text, doc.lookup, file, 0)], problems: [] };
    }
    catch (error) {
        const name = doc.lookup('name')?.value;
        return { workloads: [], problems: [fieldProblem(file, text, error, undefined, typeof name === 'string' ? name : undefined)] };
    }
}
function parseYamlManifest(file, text, options) {
    const parsed = parseYamlDocuments(text);
    if (!parsed.ok) {
        // Templates (Helm, Go text/template) are not manifests we can read or edit.
        if (!options.explicit && (text.includes('{{') || !MENTIONS_IMAGE_YAML.test(text)))
            return { workloads: [], problems: [] };
        const { message, line, column, documentIndex } = parsed;
        return { workloads: [], problems: [{ file, line, column, documentIndex: documentIndex > 0 ? documentIndex : undefined, message }] };
    }
    const workloads = [];
    const problems = [];
    for (const doc of parsed.documents) {
        const value = doc.value;
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            continue;
        try {
            if (isMcpServer(value)) {
                workloads.push(mcpServerWorkload(text, value, doc.nested(['spec', 'image']), file, doc.index));
            }
            else if (!('apiVersion' in value) && looksLikeRunConfig(doc.has)) {
                workloads.push(runConfigWorkload(text, doc.lookup, file, doc.index));
            }
        }
        catch (error) {
            problems.push(fieldProblem(file, text, error, parsed.documents.length > 1 ? doc.index : undefined));
        }
    }
    if (options.explicit && workloads.length === 0 && problems.length === 0)
        problems.push({ file, message: NOT_A_MANIFEST });
    return { workloads, problems };
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

// EXTERNAL MODULE: ./src/core/image/reference.ts
var reference = __webpack_require__(7600);
;// CONCATENATED MODULE: ./src/core/image/version.ts
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
        return { result: 'undecidable', reason: `cannot parse current image ${(0,reference/* goQuote */.dg)(current)}: ${cur.error}` };
    }
    const cand = split(candidate);
    if ('error' in cand) {
        return { result: 'undecidable', reason: `cannot parse candidate image ${(0,reference/* goQuote */.dg)(candidate)}: ${cand.error}` };
    }
    if (cur.repo !== cand.repo) {
        return {
            result: 'undecidable',
            reason: `repository differs: current ${(0,reference/* goQuote */.dg)(cur.repo)} vs candidate ${(0,reference/* goQuote */.dg)(cand.repo)}`
        };
    }
    if (cur.tag === LATEST_TAG || cand.tag === LATEST_TAG) {
        return { result: 'undecidable', reason: LATEST_REASON };
    }
    const a = normalizeSemver(cur.tag);
    const b = normalizeSemver(cand.tag);
    if (isValid(a) && isValid(b)) {
        return { result: compare(canonical(a), canonical(b)) === -1 ? 'newer' : 'sameOrOlder', reason: '' };
    }
    if (cur.tag === cand.tag)
        return { result: 'sameOrOlder', reason: '' };
    return {
        result: 'undecidable',
        reason: `tags are not comparable: current ${(0,reference/* goQuote */.dg)(cur.tag)} vs candidate ${(0,reference/* goQuote */.dg)(cand.tag)}`
    };
}

;// CONCATENATED MODULE: ./src/core/check/drift.ts

// ToolHive sets these itself (pkg/runner): a workload supplying them is not relying on the registry.
const TOOLHIVE_INJECTED = new Set(['MCP_TRANSPORT', 'MCP_PORT', 'FASTMCP_PORT']);
/** Env var names the workload provides: env keys plus the targets of well-formed secret parameters. */
function suppliedEnvVars(workload) {
    const supplied = new Set(workload.envVarNames);
    for (const secret of workload.secrets) {
        // thv skips malformed secret parameters here; they satisfy nothing.
        const target = tryParseSecretParameter(secret)?.target;
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
/** Required variables of the entry the workload does not supply: `thv run --from-config` would fail. */
function missingRequiredEnvVars(workload, entry) {
    const supplied = suppliedEnvVars(workload);
    return entry.env_vars.filter((ev) => ev && ev.required && !supplied.has(ev.name)).map(toEnvVarInfo);
}

;// CONCATENATED MODULE: ./src/core/check/check.ts


// Repositories pin the same few images many times over; parsing each reference pair once keeps
// 10,000 manifests cheap. Results depend only on the two strings, so caching is safe.
const comparisons = new Map();
function compareCached(current, candidate) {
    const key = `${current}\n${candidate}`;
    let result = comparisons.get(key);
    if (result === undefined) {
        if (comparisons.size > 50_000)
            comparisons.clear();
        result = compareImageTags(current, candidate);
        comparisons.set(key, result);
    }
    return result;
}
/** ToolHive's Checker.Check (pkg/workloads/upgrade/checker.go), step for step. */
function checkWorkload(workload, lookup) {
    const result = { workload_name: workload.name, status: 'unknown' };
    if (workload.registryServerName !== '')
        result.registry_server = workload.registryServerName;
    if (workload.image !== '')
        result.current_image = workload.image;
    if (workload.registryServerName === '')
        return { result: { ...result, status: 'not-registry-sourced' } };
    if (lookup === undefined || lookup.kind === 'error')
        return { result: { ...result, status: 'unknown', reason: 'registry lookup failed' } };
    if (lookup.kind === 'not-found')
        return { result: { ...result, status: 'server-not-found' } };
    const server = lookup.server;
    if (server.kind !== 'image') {
        return {
            result: {
                ...result,
                status: 'unknown',
                reason: `registry entry ${JSON.stringify(server.name)} is not a container image (cannot determine upgrade)`
            }
        };
    }
    if (server.image !== '')
        result.candidate_image = server.image;
    const cmp = compareCached(workload.image, server.image);
    switch (cmp.result) {
        case 'newer': {
            result.status = 'upgrade-available';
            const env = computeEnvDrift(workload, server);
            if (env)
                result.env_var_drift = env;
            const config = computeConfigDrift(workload, server);
            if (config)
                result.config_drift = config;
            break;
        }
        case 'sameOrOlder':
            result.status = 'up-to-date';
            break;
        default:
            result.status = 'unknown';
            if (cmp.reason)
                result.reason = cmp.reason;
    }
    return { result, entry: server };
}

;// CONCATENATED MODULE: ./src/core/check/rows.ts


function checkAll(workloads, lookups) {
    return workloads.map((workload) => {
        const { result, entry } = checkWorkload(workload, lookups.get(workload.registryServerName));
        const row = { ...result, file: workload.file, line: workload.imageSpan.line };
        if (result.status === 'up-to-date' && entry) {
            const missing = missingRequiredEnvVars(workload, entry);
            if (missing.length)
                row.missing_env_vars = missing;
        }
        return { row, workload, entry };
    });
}
function problemRow(problem) {
    return {
        row: {
            workload_name: problem.name ?? '',
            status: 'invalid',
            reason: problem.message,
            file: problem.file,
            ...(problem.line === undefined ? {} : { line: problem.line })
        }
    };
}
/** Stable order for every output: by file, then position in the file. */
function sortRows(rows) {
    return [...rows].sort((a, b) => {
        if (a.row.file !== b.row.file)
            return a.row.file < b.row.file ? -1 : 1;
        return (a.row.line ?? 0) - (b.row.line ?? 0);
    });
}

;// CONCATENATED MODULE: ./src/io/files/glob.ts
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
                const body = pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
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
        else if (entry.isFile() && isManifestName(entry.name)) {
            visit(`${dir}${(external_node_path_default()).sep}${entry.name}`, `${prefix}${entry.name}`);
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
    const add = (absolute, display, explicit) => {
        const existing = found.get(absolute);
        if (!existing || (explicit && !existing.explicit))
            found.set(absolute, { path: display, absolute, explicit });
    };
    for (const raw of patterns) {
        const pattern = raw.trim().replace(/\\/g, '/');
        if (!pattern)
            continue;
        if (isGlob(pattern)) {
            const base = external_node_path_default().resolve(root, globBase(pattern));
            const matcher = globToRegExp(external_node_path_default().posix.normalize(pattern).replace(/^\.\//, ''));
            const before = found.size;
            walk(base, toDisplay(root, base), (absolute, display) => {
                if (matcher.test(display))
                    add(absolute, display, false);
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
            throw new errors/* ConfigurationError */.j('path-not-found', `${pattern}: no such file or directory`, { file: pattern }, 'check the paths input');
        }
        if (stat.isDirectory())
            walk(absolute, toDisplay(root, absolute), (file, display) => add(file, display, false));
        else
            add(absolute, toDisplay(root, absolute), true);
    }
    const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, emptyPatterns };
}

// EXTERNAL MODULE: ./src/io/http/redact.ts
var redact = __webpack_require__(8812);
;// CONCATENATED MODULE: ./src/app/run-check.ts







const VERIFY_CONCURRENCY = 4;
/**
 * Verifies the provenance of every candidate before anything is proposed (beyond thv, which never
 * verifies). Per-image failures become `unverified` rows; the run goes on.
 */
async function verifyCandidates(checked, options, log) {
    const pending = checked.filter((c) => c.row.status === 'upgrade-available' && c.entry);
    for (const c of checked) {
        if (c.row.status !== 'upgrade-available')
            c.row.verification = { status: 'not-applicable' };
    }
    if (pending.length === 0)
        return undefined;
    if (options.mode === 'disabled') {
        for (const c of pending) {
            c.row.verification = { status: 'skipped', reason: 'verification disabled' };
            c.proposal = decideProposal('disabled', Boolean(c.entry?.provenance), c.row.verification);
        }
        return undefined;
    }
    // Loaded only when a candidate needs it: the OCI and sigstore stack costs startup time.
    const { createCandidateVerifier } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(303), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 6735));
    const verifier = createCandidateVerifier({
        trustedRootFile: options.trustedRootFile,
        credentials: options.credentials,
        insecureHosts: options.insecureHosts,
        cacheDir: options.cacheDir,
        timeoutMs: options.timeoutMs,
        log: log.debug
    });
    let next = 0;
    const worker = async () => {
        while (next < pending.length) {
            const c = pending[next++];
            const verification = await verifier.verify(c.row.candidate_image, c.entry.provenance);
            c.row.verification = verification;
            c.proposal = decideProposal(options.mode, Boolean(c.entry.provenance), verification);
        }
    };
    await Promise.all(Array.from({ length: Math.min(VERIFY_CONCURRENCY, pending.length) }, worker));
    return verifier.trustedRootSource();
}
/** The data path shared by the CLI and the Action: discover → parse → registry → check. */
async function runCheck(options) {
    const started = performance.now();
    const elapsed = () => `${(performance.now() - started).toFixed(0)} ms`;
    const { files, emptyPatterns } = discoverManifests(options.paths, options.root);
    options.log.debug(`discovered ${files.length} files (${elapsed()})`);
    for (const pattern of emptyPatterns)
        options.log.warning(`${pattern}: no manifest files match`);
    const workloads = [];
    const problems = [];
    for (const file of files) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file.absolute, 'utf8');
        }
        catch (error) {
            problems.push({ file: file.path, message: `cannot read file: ${error.code ?? String(error)}` });
            continue;
        }
        const parsed = parseManifest(file.path, text, { explicit: file.explicit });
        workloads.push(...parsed.workloads);
        problems.push(...parsed.problems);
    }
    options.log.debug(`${files.length} files read, ${workloads.length} workloads, ${problems.length} problems (${elapsed()})`);
    // Only registry-sourced workloads need the registry: a repo of raw images never waits on the network.
    const names = [...new Set(workloads.map((w) => w.registryServerName).filter((n) => n !== ''))];
    let lookups = new Map();
    // Shown in summaries and PR bodies: never with credentials from the URL.
    let registrySource = (0,redact/* redactUrl */.BO)(options.registry.source);
    if (names.length) {
        const provider = await (0,open_catalog/* openRegistry */.Me)({ ...options.registry, log: options.log.debug });
        try {
            lookups = await provider.resolve(names);
        }
        finally {
            await provider.close?.();
        }
        registrySource = provider.registry.source;
        options.log.debug(`registry loaded, ${names.length} names resolved (${elapsed()})`);
    }
    const checked = checkAll(workloads, lookups);
    options.log.debug(`checked (${elapsed()})`);
    const trustedRoot = await verifyCandidates(checked, options.verify, options.log);
    options.log.debug(`verified (${elapsed()})`);
    const rows = sortRows([...checked, ...problems.map(problemRow)]);
    return { rows, registrySource, trustedRoot };
}

;// CONCATENATED MODULE: ./src/cli/main.ts













const USAGE = `Usage: toolhive-upgrade check [options] [PATHS...]

Checks ToolHive RunConfig and MCPServer manifests against a registry, with the verdicts of
\`thv upgrade check\`. PATHS are files, directories (scanned recursively) or globs; default: .

Options:
  --registry SRC         registry file, registry JSON URL or registry API base URL
                         (default: ${open_catalog/* DEFAULT_REGISTRY_URL */.Qs})
  --registry-type TYPE   auto | file | url | api (default: auto)
  --registry-token T     bearer token for the registry (or env TOOLHIVE_REGISTRY_TOKEN)
  --registry-ca FILE     PEM bundle of extra CAs for the registry's TLS certificate
  --timeout SECONDS      per-request timeout (default: 30)
  --verify MODE          enabled | warn | disabled: verify candidate images with sigstore against
                         the entry's provenance (default: enabled for entries with provenance,
                         warn for entries without)
  --trusted-root FILE    sigstore trusted_root.json to use instead of the public-good TUF root
  --registry-credential HOST=USER:PASSWORD|HOST=TOKEN
                         credentials for a container registry (repeatable; or env
                         TOOLHIVE_REGISTRY_CREDENTIALS, one per line)
  --insecure-registry HOST:PORT
                         container registry reached over plain HTTP (repeatable; local mirrors)
  --format FMT           table | json | markdown (default: table)
  --fail-on LIST         comma list of ${FAIL_ON_KEYS.join(', ')}, or none
                         (default: ${DEFAULT_FAIL_ON_CHECK.join(',')})
  -h, --help             show this help

Exit codes: 0 nothing in --fail-on found, 1 something was, 2 usage, configuration or registry error.
`;
class UsageError extends errors/* UpgradeActionError */.P {
}
function parseCommandLine(argv) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            registry: { type: 'string' },
            'registry-type': { type: 'string' },
            'registry-token': { type: 'string' },
            'registry-ca': { type: 'string' },
            timeout: { type: 'string' },
            format: { type: 'string' },
            verify: { type: 'string' },
            'trusted-root': { type: 'string' },
            'registry-credential': { type: 'string', multiple: true },
            'insecure-registry': { type: 'string', multiple: true },
            'fail-on': { type: 'string' },
            help: { type: 'boolean', short: 'h' }
        }
    });
    return { values, positionals };
}
/** Runs the CLI and returns its exit code; never throws. */
async function runCli(argv, io) {
    try {
        return await main(argv, io);
    }
    catch (error) {
        if (error instanceof errors/* UpgradeActionError */.P) {
            io.stderr(`toolhive-upgrade: error: ${error.describe()}\n`);
        }
        else {
            // An unexpected failure is our bug: one line; the stack only on request.
            io.stderr(`toolhive-upgrade: internal error: ${error?.message ?? String(error)}\n`);
            if (io.env.TOOLHIVE_UPGRADE_DEBUG === '1')
                io.stderr(`${error?.stack}\n`);
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
        throw new UsageError('usage', error.message, {}, 'see toolhive-upgrade --help');
    }
    const { values, positionals } = parsed;
    if (values.help || positionals.length === 0) {
        io.stdout(USAGE);
        return values.help ? 0 : 2;
    }
    const [command, ...paths] = positionals;
    if (command !== 'check')
        throw new UsageError('usage', `unknown command ${JSON.stringify(command)}`, {}, 'the only command is `check`');
    const format = values.format ?? 'table';
    if (!['table', 'json', 'markdown'].includes(format))
        throw new UsageError('usage', `--format must be table, json or markdown, not ${JSON.stringify(format)}`);
    const kind = (values['registry-type'] ?? 'auto');
    if (!['auto', 'file', 'url', 'api'].includes(kind))
        throw new UsageError('usage', `--registry-type must be auto, file, url or api`);
    const timeoutSeconds = values.timeout === undefined ? 30 : Number(values.timeout);
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
        throw new UsageError('usage', '--timeout must be a positive number of seconds');
    const failOn = parseFailOn(values['fail-on'] ?? '', DEFAULT_FAIL_ON_CHECK);
    const verifyMode = values.verify;
    if (verifyMode !== undefined && !VERIFY_MODES.includes(verifyMode))
        throw new UsageError('usage', '--verify must be enabled, warn or disabled');
    const credentials = parseRegistryCredentials([...(values['registry-credential'] ?? []), io.env.TOOLHIVE_REGISTRY_CREDENTIALS ?? ''].join('\n'));
    const debug = io.env.TOOLHIVE_UPGRADE_DEBUG === '1';
    const run = await runCheck({
        paths: paths.length ? paths : ['.'],
        root: io.cwd,
        registry: {
            source: values.registry ?? open_catalog/* DEFAULT_REGISTRY_URL */.Qs,
            kind,
            token: values['registry-token'] ?? io.env.TOOLHIVE_REGISTRY_TOKEN ?? undefined,
            caFile: values['registry-ca'],
            timeoutMs: timeoutSeconds * 1000
        },
        verify: {
            mode: verifyMode,
            trustedRootFile: values['trusted-root'],
            credentials,
            insecureHosts: values['insecure-registry'],
            cacheDir: io.env.RUNNER_TEMP ? undefined : external_node_path_default().join(external_node_os_default().tmpdir(), 'toolhive-upgrade-sigstore'),
            timeoutMs: timeoutSeconds * 1000
        },
        log: {
            info: (m) => io.stderr(`${m}\n`),
            warning: (m) => io.stderr(`warning: ${m}\n`),
            debug: (m) => {
                if (debug)
                    io.stderr(`debug: ${m}\n`);
            }
        }
    });
    const rows = run.rows.map((r) => r.row);
    const renderStart = performance.now();
    if (format === 'json')
        io.stdout(renderJson(rows));
    else if (format === 'markdown')
        io.stdout(renderMarkdownSummary(rows, { registrySource: run.registrySource, failOn }));
    else
        io.stdout(renderTable(rows));
    if (debug)
        io.stderr(`debug: rendered ${format} (${(performance.now() - renderStart).toFixed(0)} ms)\n`);
    const failing = rows.filter((row) => failingFindings(row, failOn).length > 0).length;
    if (format === 'table') {
        io.stderr(`${summaryLine(rows)}${failing ? `; ${failing} matched --fail-on (${failOn.join(',')})` : ''}\n`);
        if (run.trustedRoot)
            io.stderr(`signatures checked against ${describeTrustedRoot(run.trustedRoot)}\n`);
    }
    return failing > 0 ? 1 : 0;
}
function summaryLine(rows) {
    const counts = new Map();
    for (const row of rows)
        counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
    return `${rows.length} workload${rows.length === 1 ? '' : 's'}: ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ') || 'none found'}`;
}


/***/ }),

/***/ 7142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ buildRegistry),
  Y: () => (/* binding */ registryFromApiServers)
});

// EXTERNAL MODULE: ./src/core/catalog/errors.ts
var errors = __webpack_require__(6440);
// EXTERNAL MODULE: ./src/core/catalog/format.ts
var catalog_format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/core/catalog/go-json.ts
var go_json = __webpack_require__(120);
// EXTERNAL MODULE: ./src/core/catalog/names.ts
var names = __webpack_require__(3795);
// EXTERNAL MODULE: ./src/core/catalog/toolhive-types.ts
var toolhive_types = __webpack_require__(9335);
;// CONCATENATED MODULE: ./src/core/catalog/legacy-to-upstream.ts





const SERVER_SCHEMA_URL = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';
const UPSTREAM_REGISTRY_SCHEMA_URL = 'https://raw.githubusercontent.com/stacklok/toolhive-core/main/registry/types/data/upstream-registry.schema.json';
function decodeBase(o, path) {
    const s = (k) => (0,go_json/* str */.gx)((0,go_json/* field */.ZZ)(o, k), `${path}.${k}`, 'strict');
    return {
        name: s('name'),
        title: s('title'),
        description: s('description'),
        tier: s('tier'),
        status: s('status'),
        transport: s('transport'),
        stateless: (0,go_json/* bool */.lc)((0,go_json/* field */.ZZ)(o, 'stateless'), `${path}.stateless`, 'strict'),
        tools: (0,go_json/* strArray */.tE)((0,go_json/* field */.ZZ)(o, 'tools'), `${path}.tools`, 'strict'),
        metadata: (0,toolhive_types/* decodeMetadata */.Gz)((0,go_json/* field */.ZZ)(o, 'metadata'), `${path}.metadata`, 'strict'),
        repository_url: s('repository_url'),
        tags: (0,go_json/* strArray */.tE)((0,go_json/* field */.ZZ)(o, 'tags'), `${path}.tags`, 'strict'),
        overview: s('overview'),
        tool_definitions: (0,toolhive_types/* decodeToolDefinitions */.Dp)((0,go_json/* field */.ZZ)(o, 'tool_definitions'), `${path}.tool_definitions`, 'strict'),
        custom_metadata: (0,toolhive_types/* decodeCustomMetadata */.VA)((0,go_json/* field */.ZZ)(o, 'custom_metadata'), `${path}.custom_metadata`, 'strict'),
    };
}
function entryObject(key, entry, path) {
    if (key === '')
        throw new errors/* ConversionError */.z('name cannot be empty');
    const o = (0,go_json/* obj */.WL)(entry, path, 'strict');
    if (!o)
        throw new errors/* ConversionError */.z(`${path} is null`);
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
function serverHead(key, b) {
    const server = { $schema: SERVER_SCHEMA_URL, name: b.name || (0,names/* buildReverseDNSName */.pA)(key) };
    if (b.title)
        server.title = b.title;
    server.description = b.description;
    if (b.repository_url)
        server.repository = { url: b.repository_url, source: 'github' };
    server.version = '1.0.0';
    return server;
}
function withExtension(server, extKey, ext) {
    server._meta = { [names/* PUBLISHER_PROVIDED_KEY */.pJ]: { [names/* TOOLHIVE_PUBLISHER_NAMESPACE */.Iw]: { [extKey]: ext } } };
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
/** ImageMetadataToServerJSON: one legacy `servers[key]` entry → server.json. */
function legacyImageToServerJSON(key, entry) {
    const path = `servers[${JSON.stringify(key)}]`;
    const o = entryObject(key, entry, path);
    const m = {
        ...decodeBase(o, path),
        image: (0,go_json/* str */.gx)((0,go_json/* field */.ZZ)(o, 'image'), `${path}.image`, 'strict'),
        target_port: (0,go_json/* int */.Wh)((0,go_json/* field */.ZZ)(o, 'target_port'), `${path}.target_port`, 'strict'),
        proxy_port: (0,go_json/* int */.Wh)((0,go_json/* field */.ZZ)(o, 'proxy_port'), `${path}.proxy_port`, 'strict'),
        permissions: (0,toolhive_types/* decodeProfile */.OC)((0,go_json/* field */.ZZ)(o, 'permissions'), `${path}.permissions`, 'strict'),
        env_vars: (0,toolhive_types/* decodeEnvVars */.G6)((0,go_json/* field */.ZZ)(o, 'env_vars'), `${path}.env_vars`, 'strict'),
        args: (0,go_json/* strArray */.tE)((0,go_json/* field */.ZZ)(o, 'args'), `${path}.args`, 'strict'),
        docker_tags: (0,go_json/* strArray */.tE)((0,go_json/* field */.ZZ)(o, 'docker_tags'), `${path}.docker_tags`, 'strict'),
        provenance: (0,toolhive_types/* decodeProvenance */.EP)((0,go_json/* field */.ZZ)(o, 'provenance'), `${path}.provenance`, 'strict'),
    };
    const server = serverHead(key, m);
    const transportType = m.transport || 'stdio';
    const transport = { type: transportType };
    // Containers are reached through localhost; the port (if any) becomes the target port again on the way back.
    if (transportType === 'streamable-http' || transportType === 'sse') {
        transport.url = m.target_port > 0 ? `http://localhost:${m.target_port}` : 'http://localhost';
    }
    const pkg = { registryType: 'oci', identifier: m.image, transport };
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
        ext.provenance = (0,toolhive_types/* provenanceToGo */.lk)(m.provenance);
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
        url: (0,go_json/* str */.gx)((0,go_json/* field */.ZZ)(o, 'url'), `${path}.url`, 'strict'),
        proxy_port: (0,go_json/* int */.Wh)((0,go_json/* field */.ZZ)(o, 'proxy_port'), `${path}.proxy_port`, 'strict'),
        headers: (0,toolhive_types/* decodeHeaders */.hz)((0,go_json/* field */.ZZ)(o, 'headers'), `${path}.headers`, 'strict'),
        oauth_config: (0,toolhive_types/* decodeOAuthConfig */.A9)((0,go_json/* field */.ZZ)(o, 'oauth_config'), `${path}.oauth_config`, 'strict'),
        env_vars: (0,toolhive_types/* decodeEnvVars */.G6)((0,go_json/* field */.ZZ)(o, 'env_vars'), `${path}.env_vars`, 'strict'),
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
        ext.env_vars = m.env_vars.map(toolhive_types/* envVarToGo */.sE);
    if (m.proxy_port !== 0)
        ext.proxy_port = m.proxy_port;
    return withExtension(server, m.url, ext);
}
/** Converts a whole legacy document (already detected as legacy): servers first, then remote servers. */
function convertLegacyRegistry(doc, source) {
    if (!(0,go_json/* isObject */.Gv)(doc))
        throw new errors/* RegistryError */.g('registry-format', 'legacy registry is not a JSON object', (0,catalog_format/* placeOf */.$t)(source));
    const servers = [];
    const skipped = [];
    const section = (key, convert) => {
        const value = (0,go_json/* field */.ZZ)(doc, key);
        if (value === undefined || value === null)
            return;
        if (!(0,go_json/* isObject */.Gv)(value)) {
            throw new errors/* RegistryError */.g('registry-format', `legacy registry "${key}" must be an object of entries, not ${Array.isArray(value) ? 'an array' : typeof value}`, (0,catalog_format/* placeOf */.$t)(source));
        }
        for (const [k, entry] of Object.entries(value)) {
            try {
                servers.push(convert(k, entry));
            }
            catch (error) {
                if (error instanceof errors/* ConversionError */.z || error instanceof go_json/* ShapeError */.ym)
                    skipped.push({ name: k, reason: error.message });
                else
                    throw error;
            }
        }
    };
    section('servers', legacyImageToServerJSON);
    section('remote_servers', legacyRemoteToServerJSON);
    return {
        document: {
            $schema: UPSTREAM_REGISTRY_SCHEMA_URL,
            version: (0,go_json/* str */.gx)((0,go_json/* field */.ZZ)(doc, 'version'), 'version', 'lenient'),
            meta: { last_updated: (0,go_json/* str */.gx)((0,go_json/* field */.ZZ)(doc, 'last_updated'), 'last_updated', 'lenient') },
            data: { servers },
        },
        skipped,
    };
}

// EXTERNAL MODULE: ./src/core/catalog/server-json.ts
var server_json = __webpack_require__(3319);
;// CONCATENATED MODULE: ./src/core/catalog/build.ts





/** Builds a Registry from a parsed registry document; throws RegistryError for unusable documents. */
function buildRegistry(doc, source) {
    const format = (0,catalog_format/* detectRegistryFormat */.ke)(doc, source);
    if (format === 'legacy') {
        const { document, skipped } = convertLegacyRegistry(doc, source);
        if (document.data.servers.length === 0 && skipped.length === 0) {
            throw new errors/* RegistryError */.g('registry-format', 'legacy registry contains no servers or remote_servers', (0,catalog_format/* placeOf */.$t)(source));
        }
        const registry = fromServerJSONs(document.data.servers, source, format);
        registry.skipped.unshift(...skipped);
        return registry;
    }
    const data = (0,go_json/* field */.ZZ)(doc, 'data');
    const list = (key) => {
        const v = (0,go_json/* field */.ZZ)(data, key);
        if (v !== undefined && v !== null && !Array.isArray(v)) {
            throw new errors/* RegistryError */.g('registry-format', `upstream registry "data.${key}" must be an array`, (0,catalog_format/* placeOf */.$t)(source));
        }
        return v ?? [];
    };
    const servers = list('servers');
    // ToolHive refuses to configure a registry with nothing in it (set-registry validation).
    if (servers.length === 0 && list('skills').length === 0 && list('plugins').length === 0) {
        throw new errors/* RegistryError */.g('registry-format', 'upstream registry contains no servers, skills, or plugins', (0,catalog_format/* placeOf */.$t)(source));
    }
    return fromServerJSONs(servers, source, format);
}
/**
 * A Registry from the `servers` arrays of API list pages (`ServerResponse` items: `{server, _meta}`).
 * An item without `server` is ToolHive's zero ServerJSON, which does not convert and is skipped.
 */
function registryFromApiServers(items, source) {
    return fromServerJSONs((0,go_json/* arr */.QL)(items, 'servers', 'lenient').map((item) => ((0,go_json/* isObject */.Gv)(item) ? (0,go_json/* field */.ZZ)(item, 'server') : item)), source, 'upstream');
}
function fromServerJSONs(servers, source, format) {
    const registry = { servers: new Map(), remoteServers: new Map(), source, format, skipped: [] };
    for (const server of servers) {
        try {
            const meta = (0,server_json/* convertServerJSON */.RS)(server ?? {});
            if (meta.kind === 'image')
                registry.servers.set(meta.name, meta);
            else
                registry.remoteServers.set(meta.name, meta);
        }
        catch (error) {
            if (!(error instanceof errors/* ConversionError */.z))
                throw error;
            const name = (0,go_json/* isObject */.Gv)(server) ? (0,go_json/* str */.gx)((0,go_json/* field */.ZZ)(server, 'name'), 'name', 'lenient') : '';
            registry.skipped.push({ name, reason: error.message });
        }
    }
    return registry;
}


/***/ }),

/***/ 6440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ RegistryError),
/* harmony export */   z: () => (/* binding */ ConversionError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Registry problems stop the whole run (every verdict depends on the registry), so they are
// configuration errors: one line naming the file or URL, plus what to do about it.

class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j {
    /** HTTP status of the failing response, when there was one. */
    status;
    constructor(code, message, place = {}, hint, status) {
        super(code, message, place, hint);
        if (status !== undefined)
            this.status = status;
    }
}
/** An entry ToolHive could not convert; the entry is skipped, the load goes on. */
class ConversionError extends Error {
    name = 'ConversionError';
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .g('registry-format', `not a ToolHive registry: found ${what}`, placeOf(source), 'expected the upstream MCP registry format {"version", "meta", "data": {"servers": [...]}} or the legacy ToolHive format {"servers": {...}}');
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
/** The value Go would decode into the struct field `name` (undefined when absent). */
function field(obj, name) {
    const key = foldIndex(obj).get(name.toLowerCase());
    return key === undefined ? undefined : obj[key];
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
    return arr(v, path, mode).map((e, i) => str(e, `${path}[${i}]`, mode));
}
function intArray(v, path, mode) {
    return arr(v, path, mode).map((e, i) => int(e, `${path}[${i}]`, mode));
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
/* harmony export */   RS: () => (/* binding */ convertServerJSON)
/* harmony export */ });
/* unused harmony exports stacklokExtension, targetPort, goUrlPort */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6440);
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(120);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3795);
/* harmony import */ var _toolhive_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9335);




const S = 'strict';
/** Converts one server.json; throws ConversionError (with ToolHive's wording where it has one). */
function convertServerJSON(server) {
    if (!(0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(server)) {
        if (server === null || server === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .z('server  has no packages or remotes, skipping');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .z(`server entry is a JSON ${Array.isArray(server) ? 'array' : typeof server}, not an object`);
    }
    const name = safeName(server);
    try {
        const remotes = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arr */ .QL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, 'remotes'), 'remotes', S);
        if (remotes.length > 0)
            return toRemote(server, name, remotes[0]);
        const packages = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arr */ .QL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, 'packages'), 'packages', S);
        if (packages.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .z(`server ${name} has no packages or remotes, skipping`);
        return toImage(server, name, packages);
    }
    catch (error) {
        if (error instanceof _go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .ShapeError */ .ym)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .z(`server '${name}': ${error.message}`);
        throw error;
    }
}
/** The name for messages; a non-string name is itself a shape error. */
function safeName(server) {
    const v = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, 'name');
    if (v !== undefined && v !== null && typeof v !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .z(`server name must be a string, got ${typeof v}`);
    return v ?? '';
}
function common(server, name) {
    const repository = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, 'repository'), 'repository', S);
    return {
        name,
        title: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, 'title'), 'title', S),
        description: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(server, 'description'), 'description', S),
        repositoryUrl: repository ? (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(repository, 'url'), 'repository.url', S) : '',
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .z(`server '${name}' has no OCI packages (found: [${types.join(' ')}])`);
    if (oci.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .z(`server '${name}' has ${oci.length} OCI packages, expected exactly 1`);
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
        env_vars: extractEnvironmentVariables(pkg, at),
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
        env_vars: [],
    };
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'title', base.title);
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'description', base.description);
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .putIf */ .Z0)(meta, 'repository_url', base.repositoryUrl);
    const headers = [];
    (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arr */ .QL)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(remote, 'headers'), 'remotes[0].headers', S).forEach((h, i) => {
        const at = `remotes[0].headers[${i}]`;
        const o = (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL)(h, at, S) ?? {};
        const header = { name: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'name'), `${at}.name`, S), required: (0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)((0,_go_json_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(o, 'isRequired'), `${at}.isRequired`, S) };
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .z(`server '${serverName}': failed to parse transport URL '${transportUrl}': ${parsed.reason}`);
    if (parsed.port === '')
        return 0;
    // strconv.Atoi on digits only fails on int64 overflow
    if (BigInt(parsed.port) > 9223372036854775807n) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConversionError */ .z(`server '${serverName}': failed to parse port from URL '${transportUrl}': value out of range`);
    }
    return Number(parsed.port);
}
const validOptionalPort = (port) => port === '' || /^:[0-9]*$/.test(port);
/**
 * The subset of Go's net/url.Parse that decides whether a URL parses and what Port() returns:
 * control characters, scheme, authority, bracketed IPv6 hosts and the `:digits` port rule.
 */
function goUrlPort(raw) {
    // eslint-disable-next-line no-control-regex
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
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(120);

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
        if (predicate !== undefined && predicate !== null)
            a.predicate = predicate;
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
        cert_issuer: p.cert_issuer ?? '',
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
class UpgradeActionError extends Error {
    code;
    place;
    /** What the user can do about it, when we know. */
    hint;
    constructor(code, message, place = {}, hint) {
        super(message);
        this.name = new.target.name;
        this.code = code;
        this.place = place;
        this.hint = hint;
    }
    /** One line for logs: `file:line: message (hint)`. */
    describe() {
        const where = this.place.file
            ? `${this.place.file}${this.place.line ? `:${this.place.line}` : ''}: `
            : this.place.url
                ? `${this.place.url}: `
                : '';
        return `${where}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
    }
}
/** Run-wide configuration problems (bad inputs, unreachable registry): exit code 2. */
class ConfigurationError extends UpgradeActionError {
}


/***/ }),

/***/ 7600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   dg: () => (/* binding */ goQuote),
/* harmony export */   pk: () => (/* binding */ splitRepoTag)
/* harmony export */ });
/* unused harmony exports ReferenceError, withTag */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Port of go-containerregistry's pkg/name (v0.21) with its default options (weak validation,
// default registry index.docker.io, default tag "latest"): ParseReference, NewTag, NewDigest,
// NewRepository, NewRegistry. thv compares images by what this parser says, so the quirks are
// kept on purpose (e.g. `localhost/x` is a Docker Hub repository, `ghcr.io//x` is accepted,
// a digest is only checked for length and alphabet).

class ReferenceError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UpgradeActionError */ .P {
    constructor(message, place = {}, hint) {
        super('invalid-reference', message, place, hint);
    }
}
const DEFAULT_REGISTRY = 'index.docker.io';
const DOCKER_HUB_ALIAS = 'docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DEFAULT_NAMESPACE = 'library';
const DEFAULT_TAG = 'latest';
// The alphabets are quoted verbatim in ggcr's error messages.
const REPOSITORY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-./';
const TAG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-.ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGEST_CHARS = 'sh:0123456789abcdef';
const REPOSITORY_RE = /^[a-z0-9_\-./]*$/;
const TAG_RE = /^[A-Za-z0-9_\-.]*$/;
const DIGEST_RE = /^[sh:0-9a-f]*$/;
// Go's url.Parse: control bytes are rejected; '#', '?', '@', '/' end the host and '%' escapes
// change it, so with any of them url.Host can never equal the input.
const REGISTRY_NEVER_RE = /[\x00-\x1f\x7f#?@/%]/;
// ASCII that net/url accepts unescaped in a host (shouldEscape(c, encodeHost) is false); bytes
// >= 0x80 are accepted too. '[' is handled separately (IP literals).
const REGISTRY_HOST_CHAR_RE = /^(?:[A-Za-z0-9!$&'()*+,;=:\]<>"\-_.~]|[^\x00-\x7f])*$/;
const DIGITS_RE = /^[0-9]*$/;
const isError = (r) => typeof r === 'object' && r !== null && 'error' in r;
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
const HEX_RE = /^[0-9a-fA-F]{1,4}$/;
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
    const repoErr = checkElement('repository', repo, REPOSITORY_RE, REPOSITORY_CHARS, 2, 255);
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
        const tagErr = checkElement('tag', tag, TAG_RE, TAG_CHARS, 1, 127);
        if (tagErr !== undefined)
            return { error: tagErr };
    }
    const repo = newRepository(base);
    if (isError(repo))
        return repo;
    return { ...repo, tag: tag === '' ? DEFAULT_TAG : tag, base };
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
    const digestErr = checkElement('digest', digest, DIGEST_RE, DIGEST_CHARS, 71, 71);
    if (digestErr !== undefined)
        return { error: digestErr };
    // ggcr re-parses Tag.Context().Name(), which can fail where the tag parse passed (long
    // single-component Docker Hub names overflow 255 once "library/" is added).
    const tagged = newTag(base);
    const repo = newRepository(isError(tagged) ? base : `${tagged.registry}/${tagged.repository}`);
    if (isError(repo))
        return repo;
    return { ...repo, digest, base };
}
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
        throw new ReferenceError(p.error, {}, p.hint);
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
 * ToolHive's splitRepoTag: (Tag.Context().Name(), Tag.TagStr()). Throws ReferenceError when the
 * reference does not parse or is a digest reference.
 */
function splitRepoTag(ref) {
    const p = parseOrThrow(ref);
    if (p.kind !== 'tag')
        throw new ReferenceError(`reference ${goQuote(ref)} is not a tag`);
    return { repo: `${p.registry}/${p.repository}`, tag: p.tag };
}
/** Host to talk to for the OCI distribution API: index.docker.io → registry-1.docker.io, else the registry as is. */
function registryApiHost(ref) {
    return ref.registry === DEFAULT_REGISTRY ? DOCKER_HUB_API_HOST : ref.registry;
}
/**
 * Same image, new tag, keeping the user's spelling of registry/repository: only the tag (and a
 * digest, which would pin the old image) is replaced. Throws ReferenceError when `original` does
 * not parse or `newTag` is not a valid tag.
 */
function withTag(original, newTag) {
    const tagErr = checkElement('tag', newTag, TAG_RE, TAG_CHARS, 1, 127);
    if (tagErr !== undefined)
        throw new ReferenceError(`invalid tag ${goQuote(newTag)}`, {}, tagErr);
    const p = parseOrThrow(original);
    let name = p.base;
    if (p.kind === 'digest') {
        // Drop a ":tag" before the "@" exactly where ggcr would have read one.
        const tagged = newTagBase(name);
        if (tagged !== undefined)
            name = tagged;
    }
    return `${name}:${newTag}`;
}
/** The part of `name` before ":tag" when ggcr's NewTag accepts it with an explicit tag. */
function newTagBase(name) {
    const t = newTag(name);
    return isError(t) ? undefined : t.base;
}
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
const MAX_DEPTH = 5000;
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
    const value = (depth) => {
        if (depth > MAX_DEPTH)
            fail('nesting too deep');
        ws();
        const c = text[i];
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail('expected a double-quoted property name');
                string();
                ws();
                if (text[i] !== ':')
                    fail("expected ':' after property name");
                i++;
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                fail("expected ',' or '}' after property value");
            }
        }
        if (c === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                fail("expected ',' or ']' after array element");
            }
        }
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
    try {
        value(0);
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

/***/ 7986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ lineColumnAt)
/* harmony export */ });
// Offsets are cheap to carry; line/column are what a person (and a GitHub annotation) needs.
/** 1-based line and column of a UTF-16 offset. Scans only up to the offset: manifests are small. */
function lineColumnAt(text, offset) {
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

/***/ 8632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ logged),
/* harmony export */   Me: () => (/* binding */ openRegistry),
/* harmony export */   Qs: () => (/* binding */ DEFAULT_REGISTRY_URL)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_catalog_build_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7142);
/* harmony import */ var _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6440);
/* harmony import */ var _core_catalog_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6228);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9798);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4750);
/* harmony import */ var _http_redact_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8812);
// Opens the registry the run checks against: a local file, a registry JSON document over HTTPS,
// or an MCP registry API (including toolhive-registry-server's /registry/{name} prefix).
// `auto` picks like `thv config set-registry`: file path, `.json` URL, else probe the API.










/** ToolHive's catalog (toolhive-catalog) in the upstream format. */
const DEFAULT_REGISTRY_URL = 'https://raw.githubusercontent.com/stacklok/toolhive-catalog/main/pkg/catalog/toolhive/data/registry-upstream.json';
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
async function openRegistry(opts) {
    const source = opts.source.trim();
    const log = opts.log ?? (() => undefined);
    const kind = opts.kind ?? 'auto';
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (source === '')
        throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-invalid-source', 'the registry source is empty', {}, 'set --registry / registry to a file, URL or API base URL');
    if (kind === 'file' || (kind === 'auto' && !/^https?:\/\//i.test(source))) {
        let path = source;
        if (/^file:\/\//i.test(source)) {
            try {
                path = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(source);
            }
            catch {
                throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-invalid-source', `not a usable file URL: ${source}`, {}, 'use file:///absolute/path or a plain path');
            }
        }
        else if (kind === 'auto' && SCHEME.test(source) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(source)) {
            throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-invalid-source', `unsupported registry source scheme in ${(0,_http_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .redactUrl */ .BO)(source)}`, {}, 'use a file path, an https:// URL or an API base URL');
        }
        return (0,_providers_js__WEBPACK_IMPORTED_MODULE_6__/* .staticProvider */ .M8)(logged(await loadFile(path, maxBytes), log), 'file');
    }
    // The HTTP stack (undici) is loaded only for remote registries: it costs ~90 ms of startup.
    const { openRemoteRegistry } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 7952));
    return openRemoteRegistry(source, kind, opts, maxBytes, log);
}
/** One debug line per load, plus the entries ToolHive would also have dropped. */
function logged(registry, log) {
    log(`registry: ${registry.source} (${registry.format}): ${registry.servers.size} container and ${registry.remoteServers.size} remote servers, ${registry.skipped.length} skipped`);
    if (registry.format === 'legacy')
        log(`registry: converted from the legacy format as \`thv registry convert\` would (ToolHive itself now refuses it: ${_core_catalog_format_js__WEBPACK_IMPORTED_MODULE_5__/* .LEGACY_MIGRATION_MESSAGE */ .Zg})`);
    for (const { name, reason } of registry.skipped.slice(0, 50))
        log(`registry: skipped ${name || '(no name)'}: ${reason}`);
    if (registry.skipped.length > 50)
        log(`registry: … and ${registry.skipped.length - 50} more skipped`);
    return registry;
}
async function loadFile(path, maxBytes) {
    let text;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (info.isDirectory())
            throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-invalid-source', 'the registry path is a directory, not a JSON file', { file: path });
        if (info.size > maxBytes) {
            throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-too-large', `registry file is ${info.size} bytes, more than the ${maxBytes}-byte limit`, { file: path });
        }
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error instanceof _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g)
            throw error;
        const code = error.code;
        if (code === 'ENOENT') {
            throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-not-found', 'registry file not found', { file: path }, 'check --registry / registry (a path, an https:// URL or an API base URL)');
        }
        throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-invalid-source', `cannot read the registry file: ${code ?? String(error)}`, { file: path });
    }
    const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_8__/* .parseJsonText */ .l)(text);
    if (!parsed.ok) {
        throw new _core_catalog_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-invalid-json', `invalid JSON (column ${parsed.column}: ${parsed.reason})`, { file: path, line: parsed.line });
    }
    return (0,_core_catalog_build_js__WEBPACK_IMPORTED_MODULE_3__/* .buildRegistry */ .M)(parsed.value, path);
}


/***/ }),

/***/ 4750:
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
    const exact = registry.servers.get(name) ?? registry.remoteServers.get(name);
    if (exact)
        return { kind: 'found', server: exact };
    if (!name.includes('/')) {
        const matches = shortNameIndex(registry).byShort.get(name) ?? [];
        if (matches.length === 1)
            return { kind: 'found', server: matches[0].server };
        if (matches.length > 1) {
            return { kind: 'error', message: `multiple servers match '${name}': ${matches.map((m) => m.fullName).join(', ')} — use the full name` };
        }
    }
    return { kind: 'not-found' };
}

// EXTERNAL MODULE: ./src/core/catalog/names.ts
var names = __webpack_require__(3795);
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
        if (error instanceof errors/* ConversionError */.z)
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
function staticProvider(registry, kind) {
    return {
        registry,
        kind,
        async resolve(names) {
            return new Map(names.map((n) => [n, lookupServer(registry, n)]));
        },
        async close() { },
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
        kind: 'api',
        async resolve(names) {
            const unique = [...new Set(names)];
            const outcomes = new Map();
            await eachLimited(unique, opts.concurrency, async (name) => {
                outcomes.set(name, await lookup(name));
            });
            return new Map(unique.map((n) => [n, outcomes.get(n)]));
        },
        close: opts.close,
    };
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
        return String(raw).replace(/\/\/[^/@?#]*@/, '//');
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
/** Replaces every occurrence of the given secrets (e.g. a bearer token echoed by a server). */
function redactText(text, secrets) {
    let out = text;
    for (const s of secrets)
        if (s && s.length >= 4)
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
