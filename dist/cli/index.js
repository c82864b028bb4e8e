#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8149);

process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd()
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8149:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/registry-credentials.ts

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

;// CONCATENATED MODULE: ./src/core/verification.ts
// Provenance verification of a candidate image (beyond thv: `thv upgrade check` never verifies).
const VERIFY_MODES = ['enabled', 'warn', 'disabled'];

;// CONCATENATED MODULE: ./src/core/policy.ts

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
        lines.push(`Candidates were verified with sigstore against the ${context.trustedRoot === 'tuf' ? 'public-good trusted root (TUF)' : context.trustedRoot === 'embedded' ? 'public-good trusted root shipped with @sigstore/tuf (TUF was unreachable)' : `trusted root ${code(context.trustedRoot)}`}.`, '');
    }
    for (const pr of context.pullRequests ?? []) {
        const link = pr.url ? `[#${pr.number}](${pr.url})` : code(pr.branch);
        lines.push(`- Pull request ${link}: ${pr.operation}${pr.note ? ` (${escapeMarkdown(pr.note)})` : ''}`);
    }
    if (context.pullRequests?.length)
        lines.push('');
    if (rows.length === 0)
        return lines.join('\n') + '\n';
    const table = rows.map((row) => {
        const findings = findingsOf(row).filter((f) => f !== row.status);
        const status = `${STATUS_ICON[row.status] ?? ''} ${row.status}${findings.length ? ` (${findings.join(', ')})` : ''}`;
        const where = code(`${row.file}${row.line ? `:${row.line}` : ''}`);
        return [row.workload_name ? escapeMarkdown(row.workload_name) : '–', status, code(row.current_image), code(row.candidate_image), driftNotes(row), where];
    });
    lines.push(markdownTable(['Workload', 'Status', 'Current', 'Candidate', 'Drift and notes', 'File'], table));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/io/registry-source.ts
var registry_source = __nccwpck_require__(7539);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/core/manifest/position.ts
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
    const { line, column } = lineColumnAt(text, field.start);
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
/**
 * Parses a RunConfig the way Go's encoding/json decodes it: only the first value counts, and keys
 * match struct fields case-insensitively, the last match winning.
 */
function parseJsonDocument(text) {
    const start = text.charCodeAt(0) === BOM ? 1 : 0;
    const top = scanTopLevel(text, start);
    let value;
    try {
        value = JSON.parse(start === 0 && (top === undefined || top.end === text.length) ? text : text.slice(start, top?.end));
    }
    catch (error) {
        return { ok: false, ...jsonErrorPosition(error, start) };
    }
    if (top === undefined)
        return { ok: true, value, lookup: () => undefined, has: () => false };
    const byKey = new Map();
    const object = value;
    for (const member of top.members) {
        byKey.set(member.key.toLowerCase(), { value: object[member.key], start: member.valueStart, end: member.valueEnd });
    }
    return {
        ok: true,
        value,
        lookup: (key) => byKey.get(key),
        has: (key) => byKey.has(key)
    };
}
function jsonErrorPosition(error, base) {
    const raw = error instanceof Error ? error.message : String(error);
    const match = /at position (\d+)/.exec(raw);
    // V8 appends position details and sometimes a quote of the text; keep only the reason.
    const reason = raw.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/, "[^"]*"\.\.\. is not valid JSON$/, '');
    return { message: `not valid JSON: ${reason}`, offset: match ? base + Number(match[1]) : undefined };
}
function describeOffset(text, offset) {
    return offset === undefined ? {} : lineColumnAt(text, offset);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
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

;// CONCATENATED MODULE: ./src/core/secret-parameter.ts
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
    return { file, documentIndex, name, message: error.message, ...(error.offset === undefined ? {} : lineColumnAt(text, error.offset)) };
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

// EXTERNAL MODULE: ./src/core/reference.ts
var reference = __nccwpck_require__(5378);
;// CONCATENATED MODULE: ./src/core/version.ts
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

;// CONCATENATED MODULE: ./src/core/compare-tags.ts
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

;// CONCATENATED MODULE: ./src/core/drift.ts

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

;// CONCATENATED MODULE: ./src/core/check.ts


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

;// CONCATENATED MODULE: ./src/core/report.ts


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

;// CONCATENATED MODULE: ./src/io/glob.ts
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

;// CONCATENATED MODULE: ./src/io/manifest-files.ts




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

;// CONCATENATED MODULE: ./src/run-check.ts






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
    const { createCandidateVerifier } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(303), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6735));
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
    let registrySource = options.registry.source;
    if (names.length) {
        const provider = await (0,registry_source/* openRegistry */.Me)({ ...options.registry, log: options.log.debug });
        lookups = await provider.resolve(names);
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
                         (default: ${registry_source/* DEFAULT_REGISTRY_URL */.Qs})
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
            source: values.registry ?? registry_source/* DEFAULT_REGISTRY_URL */.Qs,
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
    if (format === 'table')
        io.stderr(`${summaryLine(rows)}${failing ? `; ${failing} matched --fail-on (${failOn.join(',')})` : ''}\n`);
    return failing > 0 ? 1 : 0;
}
function summaryLine(rows) {
    const counts = new Map();
    for (const row of rows)
        counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
    return `${rows.length} workload${rows.length === 1 ? '' : 's'}: ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ') || 'none found'}`;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 5378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   dg: () => (/* binding */ goQuote),
/* harmony export */   pk: () => (/* binding */ splitRepoTag)
/* harmony export */ });
/* unused harmony exports ReferenceError, withTag */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
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

/***/ 4318:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M: () => (/* binding */ buildRegistry),
  Y: () => (/* binding */ registryFromApiServers)
});

// EXTERNAL MODULE: ./src/core/registry/errors.ts
var errors = __nccwpck_require__(5408);
// EXTERNAL MODULE: ./src/core/registry/format.ts
var registry_format = __nccwpck_require__(7644);
// EXTERNAL MODULE: ./src/core/registry/go-json.ts
var go_json = __nccwpck_require__(5088);
// EXTERNAL MODULE: ./src/core/registry/names.ts
var names = __nccwpck_require__(1979);
// EXTERNAL MODULE: ./src/core/registry/toolhive-types.ts
var toolhive_types = __nccwpck_require__(3487);
;// CONCATENATED MODULE: ./src/core/registry/legacy-to-upstream.ts





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
        throw new errors/* RegistryError */.g('registry-format', 'legacy registry is not a JSON object', (0,registry_format/* placeOf */.$t)(source));
    const servers = [];
    const skipped = [];
    const section = (key, convert) => {
        const value = (0,go_json/* field */.ZZ)(doc, key);
        if (value === undefined || value === null)
            return;
        if (!(0,go_json/* isObject */.Gv)(value)) {
            throw new errors/* RegistryError */.g('registry-format', `legacy registry "${key}" must be an object of entries, not ${Array.isArray(value) ? 'an array' : typeof value}`, (0,registry_format/* placeOf */.$t)(source));
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

// EXTERNAL MODULE: ./src/core/registry/server-json.ts
var server_json = __nccwpck_require__(7647);
;// CONCATENATED MODULE: ./src/core/registry/build.ts





/** Builds a Registry from a parsed registry document; throws RegistryError for unusable documents. */
function buildRegistry(doc, source) {
    const format = (0,registry_format/* detectRegistryFormat */.ke)(doc, source);
    if (format === 'legacy') {
        const { document, skipped } = convertLegacyRegistry(doc, source);
        if (document.data.servers.length === 0 && skipped.length === 0) {
            throw new errors/* RegistryError */.g('registry-format', 'legacy registry contains no servers or remote_servers', (0,registry_format/* placeOf */.$t)(source));
        }
        const registry = fromServerJSONs(document.data.servers, source, format);
        registry.skipped.unshift(...skipped);
        return registry;
    }
    const data = (0,go_json/* field */.ZZ)(doc, 'data');
    const list = (key) => {
        const v = (0,go_json/* field */.ZZ)(data, key);
        if (v !== undefined && v !== null && !Array.isArray(v)) {
            throw new errors/* RegistryError */.g('registry-format', `upstream registry "data.${key}" must be an array`, (0,registry_format/* placeOf */.$t)(source));
        }
        return v ?? [];
    };
    const servers = list('servers');
    // ToolHive refuses to configure a registry with nothing in it (set-registry validation).
    if (servers.length === 0 && list('skills').length === 0 && list('plugins').length === 0) {
        throw new errors/* RegistryError */.g('registry-format', 'upstream registry contains no servers, skills, or plugins', (0,registry_format/* placeOf */.$t)(source));
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

/***/ 5408:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ RegistryError),
/* harmony export */   z: () => (/* binding */ ConversionError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
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

/***/ 7644:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ placeOf),
/* harmony export */   Zg: () => (/* binding */ LEGACY_MIGRATION_MESSAGE),
/* harmony export */   ke: () => (/* binding */ detectRegistryFormat)
/* harmony export */ });
/* unused harmony exports isUpstreamDocument, looksLegacy */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5408);
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5088);
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

/***/ 5088:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 1979:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 7647:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RS: () => (/* binding */ convertServerJSON)
/* harmony export */ });
/* unused harmony exports stacklokExtension, targetPort, goUrlPort */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5408);
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5088);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1979);
/* harmony import */ var _toolhive_types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3487);




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

/***/ 3487:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/* harmony import */ var _go_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5088);

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

/***/ 7539:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ logged),
/* harmony export */   Me: () => (/* binding */ openRegistry),
/* harmony export */   Qs: () => (/* binding */ DEFAULT_REGISTRY_URL)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_registry_build_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4318);
/* harmony import */ var _core_registry_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5408);
/* harmony import */ var _core_registry_format_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7644);
/* harmony import */ var _registry_json_text_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(9128);
/* harmony import */ var _registry_providers_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1528);
/* harmony import */ var _registry_redact_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(713);
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
        throw new _core_registry_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-invalid-source', 'the registry source is empty', {}, 'set --registry / registry to a file, URL or API base URL');
    if (kind === 'file' || (kind === 'auto' && !/^https?:\/\//i.test(source))) {
        let path = source;
        if (/^file:\/\//i.test(source)) {
            try {
                path = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(source);
            }
            catch {
                throw new _core_registry_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-invalid-source', `not a usable file URL: ${source}`, {}, 'use file:///absolute/path or a plain path');
            }
        }
        else if (kind === 'auto' && SCHEME.test(source) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(source)) {
            throw new _core_registry_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-invalid-source', `unsupported registry source scheme in ${(0,_registry_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .redactUrl */ .BO)(source)}`, {}, 'use a file path, an https:// URL or an API base URL');
        }
        return (0,_registry_providers_js__WEBPACK_IMPORTED_MODULE_6__/* .staticProvider */ .M8)(logged(await loadFile(path, maxBytes), log), 'file');
    }
    // The HTTP stack (undici) is loaded only for remote registries: it costs ~90 ms of startup.
    const { openRemoteRegistry } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(38)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9038));
    return openRemoteRegistry(source, kind, opts, maxBytes, log);
}
/** One debug line per load, plus the entries ToolHive would also have dropped. */
function logged(registry, log) {
    log(`registry: ${registry.source} (${registry.format}): ${registry.servers.size} container and ${registry.remoteServers.size} remote servers, ${registry.skipped.length} skipped`);
    if (registry.format === 'legacy')
        log(`registry: converted from the legacy format as \`thv registry convert\` would (ToolHive itself now refuses it: ${_core_registry_format_js__WEBPACK_IMPORTED_MODULE_5__/* .LEGACY_MIGRATION_MESSAGE */ .Zg})`);
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
            throw new _core_registry_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-invalid-source', 'the registry path is a directory, not a JSON file', { file: path });
        if (info.size > maxBytes) {
            throw new _core_registry_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-too-large', `registry file is ${info.size} bytes, more than the ${maxBytes}-byte limit`, { file: path });
        }
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error instanceof _core_registry_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g)
            throw error;
        const code = error.code;
        if (code === 'ENOENT') {
            throw new _core_registry_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-not-found', 'registry file not found', { file: path }, 'check --registry / registry (a path, an https:// URL or an API base URL)');
        }
        throw new _core_registry_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-invalid-source', `cannot read the registry file: ${code ?? String(error)}`, { file: path });
    }
    const parsed = (0,_registry_json_text_js__WEBPACK_IMPORTED_MODULE_8__/* .parseJsonText */ .l)(text);
    if (!parsed.ok) {
        throw new _core_registry_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .g('registry-invalid-json', `invalid JSON (column ${parsed.column}: ${parsed.reason})`, { file: path, line: parsed.line });
    }
    return (0,_core_registry_build_js__WEBPACK_IMPORTED_MODULE_3__/* .buildRegistry */ .M)(parsed.value, path);
}


/***/ }),

/***/ 9128:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* unused harmony export locateJsonError */
// JSON.parse with a location: V8's messages do not always carry a position (and quote the
// input), so on failure a small scanner finds where the text stops being JSON.
function parseJsonText(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        const { offset, reason } = locateJsonError(text);
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return { ok: false, line, column, reason };
    }
}
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

/***/ 1528:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  sW: () => (/* binding */ apiProvider),
  M8: () => (/* binding */ staticProvider)
});

// UNUSED EXPORTS: apiGetServer

// EXTERNAL MODULE: ./src/core/registry/errors.ts
var errors = __nccwpck_require__(5408);
// EXTERNAL MODULE: ./src/core/registry/go-json.ts
var go_json = __nccwpck_require__(5088);
;// CONCATENATED MODULE: ./src/core/registry/lookup.ts
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

// EXTERNAL MODULE: ./src/core/registry/names.ts
var names = __nccwpck_require__(1979);
// EXTERNAL MODULE: ./src/core/registry/server-json.ts
var server_json = __nccwpck_require__(7647);
;// CONCATENATED MODULE: ./src/io/registry/providers.ts
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

/***/ 713:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(9147);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(9147);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 9147:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
