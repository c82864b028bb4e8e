// PR title and body for a group of upgrades. Everything that came from the registry or a manifest
// goes through markdown-escape; env var values from manifests are never known here (only names),
// and secret defaults are never printed.

import type { EnvVarInfo, UpgradeAvailable } from '../check/result.js';
import type { Verification } from '../provenance/verification.js';
import { escapeMarkdown, inlineCode, markdownTable, oneLine, truncate } from './markdown-escape.js';
import { tagOf } from '../image/written-reference.js';
import { imageChange } from './image-change.js';
import { githubRepositoryUrl, releaseLinks } from './release-links.js';
import { deprecatedLines, renderHeldUpgrades } from './policy-notes.js';

/**
 * GitHub rejects PR bodies longer than this many characters ("body is too long (maximum is 65536
 * characters)"): unlike the job summary and step outputs this limit counts characters, not bytes.
 * String#length counts UTF-16 units, never fewer than characters, so cutting by it stays within.
 */
export const GITHUB_BODY_LIMIT = 65_536;
/** Room kept for the marker line the mode puts on top. */
const MARKER_ROOM = 200;
const DESCRIPTION_MAX = 300;
const TITLE_MAX = 256;

export interface EnvDefaultsNote {
  /** Names of variables whose default was written into the manifest's `env_vars`. */
  added: string[];
  /** Why defaults were not written for this file, when they were asked for but skipped. */
  skipped?: string;
}

export interface PullRequestBodyInput {
  upgrades: readonly UpgradeAvailable[];
  registrySource: string;
  baseBranch: string;
  branch: string;
  grouping: 'all' | 'per-workload';
  /** Keyed by workloadKey(). */
  envDefaults?: ReadonlyMap<string, EnvDefaultsNote>;
  /** Defaults to GitHub's limit minus room for the marker line. */
  maxLength?: number;
  /** Upgrades the policy held back: listed with the rule that held each. */
  held?: readonly UpgradeAvailable[];
}

export function workloadKey(u: Pick<UpgradeAvailable, 'workload'>): string {
  return `${u.workload.file}#${u.workload.documentIndex}`;
}

/** The tag (or short digest) of an image reference, for titles. */
export function imageTag(image: string): string {
  const at = image.lastIndexOf('@');
  if (at !== -1) return image.slice(at + 1, at + 1 + 'sha256:'.length + 12);
  const colon = image.lastIndexOf(':');
  return colon > image.lastIndexOf('/') ? image.slice(colon + 1) : image;
}

/** Required variables the candidate adds: the PR cannot be merged as-is without values for them. */
export function missingRequired(u: UpgradeAvailable): EnvVarInfo[] {
  return (u.env_var_drift?.added ?? []).filter((v) => v.required);
}

export function renderPullRequestTitle(upgrades: readonly UpgradeAvailable[], override?: string): string {
  let title: string;
  if (override && oneLine(override) !== '') title = override;
  else if (upgrades.length === 1) {
    // The file too: workloads of one server in several files would otherwise share a title.
    const u = upgrades[0]!;
    const what = u.workload.name ? `${u.workload.name} (${u.workload.file})` : u.workload.file;
    title = `Upgrade ${what} to ${imageTag(u.candidate_image)}`;
  } else title = `Upgrade ${upgrades.length} ToolHive MCP servers`;
  return truncate(oneLine(title), TITLE_MAX);
}

function description(v: { description?: string }): string {
  const d = v.description ? oneLine(v.description) : '';
  return d === '' ? '' : ` ${escapeMarkdown(truncate(d, DESCRIPTION_MAX))}`;
}

function envLines(u: UpgradeAvailable, note: EnvDefaultsNote | undefined): string[] {
  const lines: string[] = [];
  const added = u.env_var_drift?.added ?? [];
  const written = new Set(note?.added ?? []);
  for (const v of added.filter((x) => x.required)) {
    const secret = v.secret ? ' secret' : '';
    const how = v.secret ? ' Add it as a ToolHive secret (`secrets`), not as a plain value.' : '';
    lines.push(
      `- **${inlineCode(v.name)}**: new required${secret} variable (the candidate requires it, the manifest does not supply it): **needs a value before merge**.${how}${description(v)}`
    );
  }
  for (const v of added.filter((x) => !x.required)) {
    if (v.secret) {
      lines.push(`- ${inlineCode(v.name)}: new optional secret variable; set it through \`secrets\` if you need it.${description(v)}`);
    } else if (written.has(v.name) && v.default) {
      lines.push(
        `- ${inlineCode(v.name)}: new optional variable, added to \`env_vars\` with its default ${inlineCode(v.default)}.${description(v)}`
      );
    } else if (v.default) {
      lines.push(
        `- ${inlineCode(v.name)}: new optional variable, default ${inlineCode(v.default)} (ToolHive uses it when unset).${description(v)}`
      );
    } else {
      lines.push(`- ${inlineCode(v.name)}: new optional variable, no default.${description(v)}`);
    }
  }
  for (const v of u.env_var_drift?.removed ?? []) {
    lines.push(
      `- ${inlineCode(v.name)}: no longer listed by the registry; the manifest still sets it, remove it if the new version ignores it.`
    );
  }
  if (note?.skipped) lines.push(`- Defaults were not written into this file: ${escapeMarkdown(note.skipped)}.`);
  return lines;
}

function configLines(u: UpgradeAvailable): string[] {
  const lines: string[] = [];
  const t = u.config_drift?.transport;
  if (t) {
    lines.push(
      `- Transport: the registry now lists ${inlineCode(t.to)}, the manifest keeps ${inlineCode(t.from)} (ToolHive keeps the existing transport on upgrade); change it by hand if the new version needs it.`
    );
  }
  const p = u.config_drift?.permission_profile;
  if (p) {
    lines.push(
      `- Permission profile: the registry now suggests ${inlineCode(p.to)}, the manifest keeps ${inlineCode(p.from)} (never changed automatically); check what the new version needs.`
    );
  }
  return lines;
}

function verificationLine(v: Verification): string[] {
  if (v.status === 'verified') {
    const parts: string[] = [];
    if (v.digest) parts.push(`digest ${inlineCode(v.digest)}`);
    const s = v.signer;
    if (s?.repository) parts.push(`signed by ${inlineCode(s.repository)}`);
    if (s?.workflow) parts.push(`workflow ${inlineCode(s.workflow)}`);
    if (s?.ref) parts.push(`ref ${inlineCode(s.ref)}`);
    if (v.trusted_root) parts.push(`trusted root ${inlineCode(v.trusted_root)}`);
    return [`- Provenance: ✅ **verified**${parts.length ? `, ${parts.join(', ')}` : ''}.`];
  }
  if (v.status === 'skipped') return ['- Provenance: not checked (verification disabled).'];
  // Reasons already start with "not verified: …"; say it once.
  const reason = (v.reason ? oneLine(v.reason) : v.status).replace(/^not verified:\s*/i, '');
  return [`- Provenance: ⚠️ **not verified**: ${escapeMarkdown(truncate(reason, DESCRIPTION_MAX))}.`];
}

/** Release notes and compare links from the entry's github.com repository, or why there are none. */
function releaseLine(u: UpgradeAvailable): string[] {
  const current = tagOf(u.current_image);
  const candidate = tagOf(u.candidate_image);
  const links = releaseLinks(u.entry.repository_url, current, candidate);
  if (links) {
    const parts = [`[release notes for ${inlineCode(candidate!)}](${links.releaseNotes})`];
    if (links.compare) parts.push(`[compare ${inlineCode(`${current}...${candidate}`)}](${links.compare})`);
    return [`- Source: ${parts.join(' · ')}.`];
  }
  if (!u.entry.repository_url) return ['- Source: no release notes link (the registry entry names no repository).'];
  if (!githubRepositoryUrl(u.entry.repository_url))
    return [`- Source: no release notes link (the repository ${inlineCode(u.entry.repository_url)} is not on github.com).`];
  return ['- Source: no release notes link (the candidate is pinned by digest, not a tag).'];
}

/** major, minor, patch or prerelease, as the check computed it (the one the policy judged). */
function updateKind(u: UpgradeAvailable): string {
  return u.update_type ?? '–';
}

function tableNotes(u: UpgradeAvailable): string {
  const notes: string[] = [];
  const required = missingRequired(u).length;
  if (required) notes.push(`needs ${required} value${required === 1 ? '' : 's'}`);
  if (u.config_drift?.transport) notes.push('transport');
  if (u.config_drift?.permission_profile) notes.push('permissions');
  if (u.verification.status === 'verified') notes.push('✅ verified');
  else if (u.verification.status === 'unverified') notes.push('⚠️ not verified');
  return notes.join(', ');
}

function footer(input: PullRequestBodyInput): string {
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

export function renderPullRequestBody(input: PullRequestBodyInput): string {
  const max = input.maxLength ?? GITHUB_BODY_LIMIT - MARKER_ROOM;
  const n = input.upgrades.length;
  const requiredTotal = input.upgrades.reduce((sum, u) => sum + missingRequired(u).length, 0);

  const head: string[] = [
    `This PR upgrades ${n} ToolHive MCP server workload${n === 1 ? '' : 's'} to the image${n === 1 ? '' : 's'} the registry now lists. Only the image values in the manifests change.`
  ];
  if (requiredTotal) {
    head.push(
      '',
      '> [!WARNING]',
      `> ${requiredTotal} new required variable${requiredTotal === 1 ? '' : 's'} need${requiredTotal === 1 ? 's' : ''} a value before merge (listed below): ` +
        `${requiredTotal === 1 ? 'a variable' : 'variables'} the candidate requires that the manifest does not supply.`
    );
  }
  head.push(
    '',
    markdownTable(
      ['Workload', 'File', 'Change', 'Update', 'Notes'],
      input.upgrades.map((u) => [
        inlineCode(u.workload.name),
        inlineCode(u.workload.file),
        imageChange(u.current_image, u.candidate_image),
        updateKind(u),
        tableNotes(u)
      ])
    )
  );

  const details: string[] = [];
  for (const u of input.upgrades) {
    const lines = [
      ...envLines(u, input.envDefaults?.get(workloadKey(u))),
      ...configLines(u),
      ...releaseLine(u),
      ...verificationLine(u.verification),
      ...deprecatedLines(u)
    ];
    if (lines.length === 0) continue;
    details.push('', `### ${inlineCode(u.workload.name)} in ${inlineCode(u.workload.file)}`, '', ...lines);
  }

  // A blank line first: `---` right under a paragraph would turn it into a heading.
  const tail = `\n\n${footer(input)}`;
  const held = renderHeldUpgrades(input.held ?? [], '### Held back by the upgrade policy');
  const full = [...head, ...details, ...(held.length ? ['', ...held.slice(0, -1)] : [])].join('\n');
  if (full.length + tail.length <= max) return full + tail;

  // Too long for GitHub: cut at a line boundary and say so; the footer is kept.
  const note =
    "\n\n_This description was cut to fit GitHub's 65,536-character limit; the workflow run's job summary lists every upgrade._\n";
  const room = Math.max(0, max - tail.length - note.length);
  let cut = full.slice(0, room);
  const nl = cut.lastIndexOf('\n');
  if (nl > 0) cut = cut.slice(0, nl);
  return cut + note + tail;
}
