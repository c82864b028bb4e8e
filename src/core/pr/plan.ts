// The pull requests this run wants: from the proposed upgrades and the manifests' committed text,
// per PR branch the files its commit writes, its title and its body. Pure: app/pr-sync reads
// GitHub's state, asks core/pr/decide what to do with each branch, and does it.

import { createHash } from 'node:crypto';
import type { CheckResult, UpgradeAvailable } from '../check/result.js';
import { ConfigurationError, UpgradeActionError } from '../errors.js';
import { missingRequired, renderPullRequestBody, renderPullRequestTitle, workloadKey, type EnvDefaultsNote } from '../render/pr-body.js';
import type { BranchNaming } from './branch.js';
import { EditError, applyEdits, replaceImage } from './edit.js';
import { addEnvDefaults, defaultsToAdd } from './env-defaults.js';
import { groupUpgrades, type Grouping, type UpgradeGroup } from './group.js';
import { bodyMarker } from './markers.js';
import { retag } from './retag.js';

/** One file of a PR commit: repository-relative path and full new content. */
export interface FileChange {
  path: string;
  content: string;
}

export interface PullRequestPlanOptions {
  grouping: Grouping;
  naming: BranchNaming;
  /** Write non-secret defaults of new variables into RunConfig `env_vars`. */
  addDefaultEnvVars: boolean;
  /** Open new PRs as drafts (they are drafts anyway while required variables lack values). */
  draft: boolean;
  title?: string;
  /** The MCP registry the candidates came from, as shown in PR bodies. */
  registrySource: string;
  /** Upgrades the policy held back, listed in every PR body with the rule that held them. */
  held?: readonly UpgradeAvailable[];
}

/** What a PR branch should hold and say. */
export interface ProposedChange {
  files: FileChange[];
  /** Digest of `files` (see contentDigest): equal digests on the same base mean the same commit. */
  content: string;
  title: string;
  /** The body with our marker line on top. */
  body: string;
  /** Digest of title and body, recorded in the marker: a PR is rewritten only when our text changed. */
  textDigest: string;
  draft: boolean;
}

export interface GroupPlan extends UpgradeGroup {
  /** Null when the group changes nothing: its PR, if one is open, has nothing left to propose. */
  change: ProposedChange | null;
}

export interface PullRequestPlan {
  /** Sorted by branch; grouping `all` always has its one group, empty or not. */
  groups: GroupPlan[];
  /** Upgrades left out and defaults not written, for the log. */
  warnings: string[];
}

/** The upgrades a PR may propose: upgrade-available, allowed by the verify mode and not held by the policy. */
export function proposableUpgrades(results: readonly CheckResult[]): UpgradeAvailable[] {
  return results.filter((r): r is UpgradeAvailable => r.status === 'upgrade-available' && r.proposal.propose && r.held_by === undefined);
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Digest of what a PR commit changes; equal digests on the same base mean the same commit content. */
export function contentDigest(files: readonly FileChange[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `sha256:${sha256(JSON.stringify(sorted.map((f) => [f.path, f.content])))}`;
}

/** A path for the Git Data API: repository-relative, `/`-separated, never leaving the repository. */
export function repoPath(file: string): string {
  const path = file.replace(/^(\.\/)+/, '');
  if (
    path === '' ||
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(path) ||
    path.includes('\\') ||
    path.split('/').some((p) => p === '..' || p === '.' || p === '')
  ) {
    throw new ConfigurationError(
      'pr-path-outside-repository',
      `cannot commit ${JSON.stringify(file)}: PR mode needs repository-relative manifest paths`,
      { file },
      'run the Action from the repository root (the default checkout directory)'
    );
  }
  return path;
}

type TextOf = (file: string) => string;
/** The image an upgrade writes: the manifest's own reference with the candidate's tag. */
type TargetOf = (upgrade: UpgradeAvailable) => string;

/**
 * The upgrades whose tag can be changed in place, with the reference each one writes. An upgrade
 * that would move the workload to another registry or repository, or a manifest we cannot edit
 * exactly (a YAML block scalar or alias, say), is left out with a warning; it never stops the others.
 */
function editable(
  upgrades: readonly UpgradeAvailable[],
  textOf: TextOf,
  warnings: string[]
): { upgrades: UpgradeAvailable[]; targetOf: TargetOf } {
  const targets = new Map<UpgradeAvailable, string>();
  const kept = upgrades.filter((u) => {
    try {
      replaceImage(textOf(u.workload.file), u.workload.imageSpan, u.candidate_image, u.workload.image, u.workload.file);
    } catch (e) {
      // A span that no longer matches means the files changed under us: stop rather than guess.
      if (!(e instanceof EditError) || e.code !== 'edit-unsupported-style') throw e;
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
function changedFiles(group: UpgradeGroup, textOf: TextOf, targetOf: TargetOf, addDefaultEnvVars: boolean, warnings: string[]) {
  const byFile = new Map<string, UpgradeAvailable[]>();
  for (const u of group.upgrades) byFile.set(u.workload.file, [...(byFile.get(u.workload.file) ?? []), u]);
  const files: FileChange[] = [];
  const envNotes = new Map<string, EnvDefaultsNote>();
  for (const [file, ups] of byFile) {
    const path = repoPath(file);
    const before = textOf(file);
    let after = applyEdits(
      before,
      ups.map((u) => ({ span: u.workload.imageSpan, from: u.workload.image, to: targetOf(u) })),
      file
    );
    if (addDefaultEnvVars) {
      for (const u of ups) {
        const defaults = defaultsToAdd(u.env_var_drift?.added).filter((d) => !u.workload.envVarNames.includes(d.name));
        if (defaults.length === 0) continue;
        if (u.workload.kind !== 'runconfig') {
          envNotes.set(workloadKey(u), { added: [], skipped: 'defaults are only written into RunConfig JSON files' });
          continue;
        }
        const r = addEnvDefaults(after, defaults);
        if ('skipped' in r) {
          envNotes.set(workloadKey(u), { added: [], skipped: r.skipped });
          warnings.push(`${file}: default values of new variables not added: ${r.skipped}`);
        } else {
          after = r.text;
          envNotes.set(workloadKey(u), { added: r.added.map((d) => d.name) });
        }
      }
    }
    if (after !== before) files.push({ path, content: after });
  }
  return { files, envNotes };
}

function proposeChange(
  group: UpgradeGroup,
  textOf: TextOf,
  targetOf: TargetOf,
  options: PullRequestPlanOptions,
  warnings: string[]
): ProposedChange | null {
  if (group.upgrades.length === 0) return null;
  const { files, envNotes } = changedFiles(group, textOf, targetOf, options.addDefaultEnvVars, warnings);
  if (files.length === 0) return null;
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
export function planPullRequests(
  upgrades: readonly UpgradeAvailable[],
  texts: ReadonlyMap<string, string>,
  options: PullRequestPlanOptions
): PullRequestPlan {
  const textOf: TextOf = (file) => {
    const text = texts.get(file);
    if (text === undefined)
      throw new UpgradeActionError('pr-manifest-not-read', 'the manifest was not read before planning its PR', { file });
    return text;
  };
  const warnings: string[] = [];
  const { upgrades: kept, targetOf } = editable(upgrades, textOf, warnings);
  const groups = groupUpgrades(kept, options.grouping, options.naming).map((group) => ({
    ...group,
    change: proposeChange(group, textOf, targetOf, options, warnings)
  }));
  return { groups, warnings };
}
