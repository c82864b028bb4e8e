export const id = 694;
export const ids = [694];
export const modules = {

/***/ 4694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyExitCode: () => (/* binding */ applyExitCode),
  runApply: () => (/* binding */ runApply)
});

// UNUSED EXPORTS: ApplyWriteError, planApply, writeFileAtomically

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/pr/edit.ts
// Byte-exact edits of one value in a manifest's source text. Only the characters of the image
// token change; every other character (comments, key order, indentation, CRLF, the trailing
// newline or its absence) is kept, because reviewers and GitOps tools diff these files verbatim.


/** An edit refused because the file is not what the plan expected (or cannot be edited safely). */
class edit_EditError extends errors/* UpgradeActionError */.P {
}
/** Decoded value and quoting style of the token under `span`; throws EditError when it is not a single-line scalar. */
function readToken(text, span, file) {
    const place = { file, line: span.line };
    if (span.offset < 0 || span.length <= 0 || span.offset + span.length > text.length) {
        throw new edit_EditError('edit-span-out-of-range', `image span ${span.offset}+${span.length} is outside the file (${text.length} characters)`, place);
    }
    const token = text.slice(span.offset, span.offset + span.length);
    // A quoted or block value over several lines is real YAML we do not rewrite; a plain token with a
    // line break is just a wrong span and fails the comparison below.
    if (/[\r\n]/.test(token) && /^["'|>]/.test(token)) {
        throw new edit_EditError('edit-unsupported-style', 'the image value spans several lines; only single-line values are edited', place, 'write the image on one line');
    }
    const first = token[0];
    if (first === '"') {
        return { value: decodeDoubleQuoted(token, place), style: 'double-quoted' };
    }
    if (first === "'") {
        if (token.length < 2 || !token.endsWith("'") || token.slice(1, -1).replace(/''/g, '').includes("'")) {
            throw new edit_EditError('edit-span-mismatch', 'the image span does not cover a complete single-quoted value', place);
        }
        return { value: token.slice(1, -1).replace(/''/g, "'"), style: 'single-quoted' };
    }
    if (first === '|' || first === '>' || first === '&' || first === '*' || first === '!') {
        throw new edit_EditError('edit-unsupported-style', `the image value uses YAML syntax that is not edited in place (${first})`, place, 'write the image as a plain or quoted scalar');
    }
    return { value: token, style: 'plain' };
}
function decodeDoubleQuoted(token, place) {
    if (token.length < 2 || !token.endsWith('"')) {
        throw new edit_EditError('edit-span-mismatch', 'the image span does not cover a complete double-quoted value', place);
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
    throw new edit_EditError('edit-span-mismatch', 'the image span does not cover a complete double-quoted value', place);
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
        throw new edit_EditError('edit-invalid-image', `refusing to write the image ${JSON.stringify(to)}: it is empty or contains whitespace or control characters`, place);
    }
}
/**
 * `text` with the image token under `span` replaced by `newImage` in the token's own quoting
 * style. Refuses (EditError) when the token does not currently decode to `expectedCurrent`.
 */
function edit_replaceImage(text, span, newImage, expectedCurrent, file) {
    const place = { file, line: span.line };
    const { value, style } = readToken(text, span, file);
    if (value !== expectedCurrent) {
        throw new edit_EditError('edit-span-mismatch', `expected the image ${JSON.stringify(expectedCurrent)} at line ${span.line}, column ${span.column}, found ${JSON.stringify(value)}`, place, 'the file changed after it was read; run again');
    }
    checkNewImage(newImage, place);
    return text.slice(0, span.offset) + encodeToken(newImage, style) + text.slice(span.offset + span.length);
}
/** Applies several edits to one file, last offset first so earlier spans stay valid; overlapping edits are refused. */
function edit_applyEdits(text, edits, file) {
    const sorted = [...edits].sort((a, b) => b.span.offset - a.span.offset);
    for (let i = 1; i < sorted.length; i++) {
        const later = sorted[i - 1];
        const earlier = sorted[i];
        if (earlier.span.offset + earlier.span.length > later.span.offset) {
            throw new edit_EditError('edit-overlap', `two edits overlap at line ${later.span.line}`, { file, line: later.span.line });
        }
    }
    let out = text;
    for (const edit of sorted)
        out = edit_replaceImage(out, edit.span, edit.to, edit.from, file);
    return out;
}

// EXTERNAL MODULE: ./src/core/render/markdown-escape.ts
var markdown_escape = __webpack_require__(3007);
// EXTERNAL MODULE: ./src/core/render/image-change.ts
var image_change = __webpack_require__(5278);
// EXTERNAL MODULE: ./src/core/render/policy-notes.ts
var policy_notes = __webpack_require__(7896);
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
function pr_body_workloadKey(u) {
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
function pr_body_missingRequired(u) {
    return (u.env_var_drift?.added ?? []).filter((v) => v.required);
}
function pr_body_renderPullRequestTitle(upgrades, override) {
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
    const required = pr_body_missingRequired(u).length;
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
function pr_body_renderPullRequestBody(input) {
    const max = input.maxLength ?? GITHUB_BODY_LIMIT - MARKER_ROOM;
    const n = input.upgrades.length;
    const requiredTotal = input.upgrades.reduce((sum, u) => sum + pr_body_missingRequired(u).length, 0);
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
            ...envLines(u, input.envDefaults?.get(pr_body_workloadKey(u))),
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

// EXTERNAL MODULE: ./src/core/pr/branch.ts
var branch = __webpack_require__(3740);
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
function group_groupUpgrades(upgrades, grouping, naming) {
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
function markers_bodyMarker(digest) {
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
const FOREIGN_COMMIT_MARKER = (/* unused pure expression or super */ null && (`<!-- ${TAG}:foreign-commit -->`));
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
const CLOSE_MARKER = (/* unused pure expression or super */ null && (`<!-- ${TAG}:closed -->`));
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

// EXTERNAL MODULE: ./src/core/image/written-reference.ts
var written_reference = __webpack_require__(7302);
;// CONCATENATED MODULE: ./src/core/image/container-runtime-name.ts
// How container runtimes (Docker, Podman, containerd/Kubernetes via distribution/reference
// ParseNormalizedNamed) read the registry of an image name. It differs from go-containerregistry,
// which thv follows: `localhost/acme/app` is the registry `localhost` to a runtime but a Docker Hub
// repository to ggcr. An edit must never change which registry the workload pulls from.

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** `registry/repository` as a runtime resolves it: a first component with `.` or `:`, or `localhost`, is a registry. */
function runtimeRepository(reference) {
    const name = (0,written_reference/* nameOf */.Vb)(reference);
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
function retag_retag(current, candidate) {
    const tag = (0,written_reference/* tagOf */.cO)(candidate);
    if (tag === undefined)
        return { ok: false, reason: `the candidate ${candidate} has no tag to move to` };
    if (current.includes('@'))
        return { ok: false, reason: `${current} is pinned by digest; upgrades only change tags` };
    if (runtimeRepository(current) !== runtimeRepository(candidate)) {
        return {
            ok: false,
            reason: `the registry names ${(0,written_reference/* nameOf */.Vb)(candidate)}, the manifest pulls ${(0,written_reference/* nameOf */.Vb)(current)} (${runtimeRepository(current)} to a container runtime); upgrades only change the tag, never the registry or repository`
        };
    }
    return { ok: true, image: `${(0,written_reference/* nameOf */.Vb)(current)}:${tag}` };
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
    return createHash('sha256').update(text, 'utf8').digest('hex');
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
        throw new ConfigurationError('pr-path-outside-repository', `cannot commit ${JSON.stringify(file)}: PR mode needs repository-relative manifest paths`, { file }, 'run the Action from the repository root (the default checkout directory)');
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
            throw new UpgradeActionError('pr-manifest-not-read', 'the manifest was not read before planning its PR', { file });
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

// EXTERNAL MODULE: ./src/app/run-check.ts + 9 modules
var run_check = __webpack_require__(341);
;// CONCATENATED MODULE: ./src/app/apply.ts
// `toolhive-upgrade apply`: the upgrades the check would propose, written into the manifests in
// place with the PR mode's byte-exact edits (core/pr/edit) and its tag-only rule (core/pr/retag),
// for CI systems other than GitHub, pre-commit hooks and local use. Only the image tokens change;
// a second run finds nothing to do.








/** A file that could not be written; the files before it in the run were. */
class ApplyWriteError extends errors/* UpgradeActionError */.P {
}
/** Why each upgrade is not applied, and the new image of each that is. Pure but for reading the files. */
function planApply(results, readText) {
    const proposable = new Set(proposableUpgrades(results));
    const applied = [];
    const skipped = [];
    for (const r of results) {
        if (r.status !== 'upgrade-available')
            continue;
        if (!proposable.has(r)) {
            const held = !r.proposal.propose;
            skipped.push({
                upgrade: r,
                reason: held
                    ? `held back by verification (--verify ${r.proposal.effectiveMode})${r.verification.reason ? `: ${r.verification.reason}` : ''}`
                    : 'held back by the upgrade policy',
                deliberate: !held
            });
            continue;
        }
        const target = retag_retag(r.current_image, r.candidate_image);
        if (!target.ok) {
            skipped.push({ upgrade: r, reason: target.reason, deliberate: false });
            continue;
        }
        try {
            edit_replaceImage(readText(r.workload.file), r.workload.imageSpan, target.image, r.workload.image, r.workload.file);
            applied.push({ upgrade: r, image: target.image });
        }
        catch (error) {
            // A span that no longer matches means the file changed under us: stop rather than guess.
            if (!(error instanceof edit_EditError) || error.code !== 'edit-unsupported-style')
                throw error;
            skipped.push({ upgrade: r, reason: error.describe(), deliberate: false });
        }
    }
    const byFile = new Map();
    for (const { upgrade, image } of applied) {
        const edits = byFile.get(upgrade.workload.file) ?? [];
        edits.push({ span: upgrade.workload.imageSpan, from: upgrade.workload.image, to: image });
        byFile.set(upgrade.workload.file, edits);
    }
    const files = [...byFile].map(([file, edits]) => {
        const before = readText(file);
        return { file, before, after: edit_applyEdits(before, edits, file) };
    });
    return { applied, skipped, files: files.filter((f) => f.after !== f.before) };
}
/** Replaces `file` in one step (a temporary file in the same directory, renamed over it), keeping its mode. */
function writeFileAtomically(file, content) {
    const mode = (0,external_node_fs_.statSync)(file).mode & 0o7777;
    const temp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        (0,external_node_fs_.writeFileSync)(temp, content, { encoding: 'utf8', flag: 'wx', mode });
        // The umask may have narrowed the mode on creation.
        (0,external_node_fs_.chmodSync)(temp, mode);
        (0,external_node_fs_.renameSync)(temp, file);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temp, { force: true });
        throw new ApplyWriteError('apply-write-failed', `cannot write the upgraded manifest: ${error.code ?? String(error)}`, { file }, undefined, { cause: error });
    }
}
/** Checks like `check`, then writes every upgrade the check would propose into its manifest. */
async function runApply(options, createVerifier = run_check/* loadCandidateVerifier */.g) {
    const run = await (0,run_check/* runCheck */.k)(options, createVerifier);
    const texts = new Map();
    const absolute = (file) => external_node_path_default().resolve(options.root, file);
    const readText = (file) => {
        let text = texts.get(file);
        if (text === undefined) {
            text = (0,external_node_fs_.readFileSync)(absolute(file), 'utf8');
            texts.set(file, text);
        }
        return text;
    };
    const plan = planApply(run.results, readText);
    const files = plan.files.map((f) => ({ ...f, absolute: absolute(f.file) }));
    if (!options.dryRun)
        for (const f of files)
            writeFileAtomically(f.absolute, f.after);
    return {
        results: run.results,
        registrySource: run.registrySource,
        applied: plan.applied,
        skipped: plan.skipped,
        files,
        written: !options.dryRun
    };
}
/** 0: everything proposable applied and no manifest invalid; 1 otherwise. */
function applyExitCode(outcome) {
    const failed = outcome.skipped.some((s) => !s.deliberate) || outcome.results.some((r) => r.status === 'invalid');
    return failed ? 1 : 0;
}


/***/ })

};
