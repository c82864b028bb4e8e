// `mode: pr`: turn planned upgrades into reviewed pull requests. Reads the current state of each PR
// branch from GitHub, asks the pure decision (core/pr/decide) what to do, and does it with a fixed
// number of API calls per PR, however many manifests the PR touches.

import { createHash } from 'node:crypto';
import { EditError, applyEdits, replaceImage } from '../core/pr/edit.js';
import { ConfigurationError } from '../core/errors.js';
import type { PlannedUpgrade } from '../core/pr/planned-upgrade.js';
import { branchForAll, branchForWorkload, isActionBranch, validateBranchPrefix, type BranchNaming } from '../core/pr/branch.js';
import { buildCommitMessage } from '../core/pr/commit-message.js';
import { decide, type Decision, type Desired } from '../core/pr/decide.js';
import { addEnvDefaults, defaultsToAdd } from '../core/pr/env-defaults.js';
import { groupUpgrades, type UpgradeGroup } from '../core/pr/group.js';
import { bodyMarker, closeComment, foreignCommitComment, hasForeignCommitComment, readBodyDigest } from '../core/pr/markers.js';
import { missingRequired, renderPullRequestBody, renderPullRequestTitle, workloadKey, type EnvDefaultsNote } from '../core/render/pr-body.js';
import type { FileContent, GitHubClient, PullSummary } from '../io/github/client.js';

export interface PullRequestOptions {
  /** Default `toolhive-upgrade/`. */
  branchPrefix: string;
  grouping: 'all' | 'per-workload';
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  assignees: string[];
  /** Open new PRs as drafts (they are drafts anyway while required variables lack values). */
  draft: boolean;
  /** Write non-secret defaults of new variables into RunConfig `env_vars` (off by default). */
  addDefaultEnvVars: boolean;
  title?: string;
  /** The repository's default branch, when known: PRs against other bases get `<base>/` in their branch name. */
  defaultBranch?: string;
}

export interface PullRequestOutcome {
  operation: 'created' | 'updated' | 'closed' | 'none';
  number?: number;
  url?: string;
  branch: string;
  /** Why nothing happened, when a person should know (foreign commit, PR closed by a person). */
  note?: string;
}

export interface PullRequestModeInput {
  upgrades: PlannedUpgrade[];
  /** Reads a manifest as committed at `baseSha` (the workspace checkout), by its Workload `file`. */
  readFile: (path: string) => Promise<string>;
  baseSha: string;
  baseBranch: string;
  registrySource: string;
  options: PullRequestOptions;
  github: GitHubClient;
  log: { info(message: string): void; warning(message: string): void };
}

interface Plan {
  files: FileContent[];
  envNotes: Map<string, EnvDefaultsNote>;
  content: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Digest of what a PR commit changes; equal digests on the same base mean the same commit content. */
export function contentDigest(files: readonly FileContent[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `sha256:${sha256(JSON.stringify(sorted.map((f) => [f.path, f.content])))}`;
}

/** A path for the Git Data API: repository-relative, `/`-separated, never leaving the repository. */
export function repoPath(file: string): string {
  const path = file.replace(/^(\.\/)+/, '');
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\') || path.split('/').some((p) => p === '..' || p === '.' || p === '')) {
    throw new ConfigurationError('pr-path-outside-repository', `cannot commit ${JSON.stringify(file)}: PR mode needs repository-relative manifest paths`, { file },
      'run the Action from the repository root (the default checkout directory)');
  }
  return path;
}

function cleanList(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim().replace(/^@/, '')).filter((v) => v !== ''))];
}

class PullRequestRun {
  private readonly naming: BranchNaming;
  private readonly texts = new Map<string, Promise<string>>();
  private baseTree: Promise<string> | undefined;
  private readonly gh: GitHubClient;
  private readonly opts: PullRequestOptions;

  constructor(private readonly input: PullRequestModeInput) {
    this.gh = input.github;
    this.opts = {
      ...input.options,
      labels: cleanList(input.options.labels),
      reviewers: cleanList(input.options.reviewers),
      teamReviewers: cleanList(input.options.teamReviewers),
      assignees: cleanList(input.options.assignees),
    };
    validateBranchPrefix(this.opts.branchPrefix);
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(input.baseSha)) {
      throw new ConfigurationError('invalid-base-sha', `base commit ${JSON.stringify(input.baseSha)} is not a full commit SHA`);
    }
    this.naming = { prefix: this.opts.branchPrefix, baseBranch: input.baseBranch, defaultBranch: this.opts.defaultBranch };
  }

  private read(file: string): Promise<string> {
    let text = this.texts.get(file);
    if (!text) {
      text = this.input.readFile(file);
      this.texts.set(file, text);
    }
    return text;
  }

  /** The new contents of every file the group changes: image edits, then (optionally) env defaults. */
  private async plan(group: UpgradeGroup): Promise<Plan | null> {
    if (group.upgrades.length === 0) return null;
    const byFile = new Map<string, PlannedUpgrade[]>();
    for (const u of group.upgrades) byFile.set(u.workload.file, [...(byFile.get(u.workload.file) ?? []), u]);
    const files: FileContent[] = [];
    const envNotes = new Map<string, EnvDefaultsNote>();
    for (const [file, ups] of byFile) {
      const path = repoPath(file);
      const before = await this.read(file);
      let after = applyEdits(before, ups.map((u) => ({ span: u.workload.imageSpan, from: u.workload.image, to: u.result.candidate_image })), file);
      if (this.opts.addDefaultEnvVars) {
        for (const u of ups) {
          const defaults = defaultsToAdd(u.result.env_var_drift?.added).filter((d) => !u.workload.envVarNames.includes(d.name));
          if (defaults.length === 0) continue;
          if (u.workload.kind !== 'runconfig') {
            envNotes.set(workloadKey(u), { added: [], skipped: 'defaults are only written into RunConfig JSON files' });
            continue;
          }
          const r = addEnvDefaults(after, defaults);
          if ('skipped' in r) {
            envNotes.set(workloadKey(u), { added: [], skipped: r.skipped });
            this.input.log.warning(`${file}: default values of new variables not added: ${r.skipped}`);
          } else {
            after = r.text;
            envNotes.set(workloadKey(u), { added: r.added.map((d) => d.name) });
          }
        }
      }
      if (after !== before) files.push({ path, content: after });
    }
    if (files.length === 0) return null;
    return { files, envNotes, content: contentDigest(files) };
  }

  private render(group: UpgradeGroup, plan: Plan): { title: string; body: string; digest: string } {
    const title = renderPullRequestTitle(group.upgrades, this.opts.title);
    const body = renderPullRequestBody({
      upgrades: group.upgrades,
      registrySource: this.input.registrySource,
      baseBranch: this.input.baseBranch,
      branch: group.branch,
      grouping: this.opts.grouping,
      envDefaults: plan.envNotes,
    });
    const digest = `sha256:${sha256(`${title}\0${body}`)}`;
    return { title, body: `${bodyMarker(digest)}\n${body}`, digest };
  }

  /**
   * The upgrades whose image value can be rewritten in place. A manifest we cannot edit exactly
   * (a YAML block scalar or alias, say) is left out with a warning; it never stops the others.
   */
  private async editable(upgrades: readonly PlannedUpgrade[]): Promise<PlannedUpgrade[]> {
    const kept: PlannedUpgrade[] = [];
    for (const u of upgrades) {
      try {
        replaceImage(await this.read(u.workload.file), u.workload.imageSpan, u.result.candidate_image, u.workload.image, u.workload.file);
        kept.push(u);
      } catch (e) {
        // A span that no longer matches means the files changed under us: stop rather than guess.
        if (!(e instanceof EditError) || e.code !== 'edit-unsupported-style') throw e;
        this.input.log.warning(`${e.describe()}; not proposing ${u.result.candidate_image} for ${u.workload.name || u.workload.file}`);
      }
    }
    return kept;
  }

  async run(): Promise<PullRequestOutcome[]> {
    const { github: gh, baseBranch, log } = this.input;
    const groups = groupUpgrades(await this.editable(this.input.upgrades), this.opts.grouping, this.naming);
    const fullName = `${gh.owner}/${gh.repo}`;
    // One listing serves every group: finding each group's PR and the Action PRs left without upgrades.
    const open = (await gh.listOpenPulls(baseBranch)).filter((p) => p.headRepo === fullName && isActionBranch(this.naming, p.headRef));
    const openByBranch = new Map(open.map((p) => [p.headRef, p]));

    const outcomes: PullRequestOutcome[] = [];
    for (const group of groups) {
      const outcome = await this.syncGroup(group, openByBranch.get(group.branch) ?? null);
      log.info(`${group.branch}: ${describe(outcome, group.upgrades.length)}`);
      outcomes.push(outcome);
    }

    const wanted = new Set(groups.map((g) => g.branch));
    const leftovers = open.filter((p) => !wanted.has(p.headRef)).sort((a, b) => (a.headRef < b.headRef ? -1 : a.headRef > b.headRef ? 1 : 0));
    for (const pull of leftovers) {
      const outcome = await this.closeLeftover(pull, groups, outcomes);
      log.info(`${pull.headRef}: ${describe(outcome, 0)}`);
      outcomes.push(outcome);
    }
    return outcomes;
  }

  private async syncGroup(group: UpgradeGroup, openPull: PullSummary | null): Promise<PullRequestOutcome> {
    const gh = this.gh;
    const branch = await gh.getBranch(group.branch);
    const plan = await this.plan(group);
    const desired: Desired | null = plan ? { baseSha: this.input.baseSha, content: plan.content } : null;
    const closedPull = branch && !openPull && desired ? await gh.findClosedPull(group.branch, this.input.baseBranch) : null;
    const decision = decide({ branch, openPull, closedPull }, desired);
    return this.execute(group, decision, openPull, plan);
  }

  private async execute(group: UpgradeGroup, d: Decision, openPull: PullSummary | null, plan: Plan | null): Promise<PullRequestOutcome> {
    const base = { branch: group.branch };
    switch (d.action) {
      case 'create':
      case 'update': {
        const p = plan!;
        const text = this.render(group, p);
        // One lookup per run, shared by every PR that needs a commit.
        this.baseTree ??= this.gh.getCommitTree(this.input.baseSha);
        const tree = await this.gh.createTree(await this.baseTree, p.files);
        const message = buildCommitMessage(text.title, group.upgrades, { base: this.input.baseSha, tree, content: p.content });
        const commit = await this.gh.createCommit(message, tree, [this.input.baseSha]);
        if (d.action === 'create') await this.gh.createBranch(group.branch, commit);
        // Force is safe here: decide() proved the current head is the Action's own commit on the recorded base.
        else await this.gh.updateBranch(group.branch, commit, true);
        if (openPull) {
          await this.refreshPull(openPull, text, true);
          return { ...base, operation: 'updated', number: openPull.number, url: openPull.url };
        }
        const pr = await this.openPull(group, text);
        return { ...base, operation: 'created', number: pr.number, url: pr.url };
      }
      case 'open-pull': {
        const pr = await this.openPull(group, this.render(group, plan!));
        return { ...base, operation: 'created', number: pr.number, url: pr.url };
      }
      case 'current': {
        const pull = openPull!;
        const changed = await this.refreshPull(pull, this.render(group, plan!), false);
        return { ...base, operation: changed ? 'updated' : 'none', number: pull.number, url: pull.url };
      }
      case 'close':
        return this.close(openPull!, d.deleteBranch);
      case 'refuse-foreign':
        return this.refuseForeign(group.branch, openPull, d.why);
      case 'none':
        return {
          ...base,
          operation: 'none',
          ...(d.why === 'closed-by-user' ? { note: 'the PR for this exact upgrade was closed without merging; not reopening it until the proposal changes' } : {}),
        };
    }
  }

  private async openPull(group: UpgradeGroup, text: { title: string; body: string }): Promise<PullSummary> {
    const draft = this.opts.draft || group.upgrades.some((u) => missingRequired(u).length > 0);
    const req = { head: group.branch, base: this.input.baseBranch, title: text.title, body: text.body, draft };
    let pr: PullSummary;
    try {
      pr = await this.gh.createPull(req);
    } catch (e) {
      // Draft PRs are unavailable on some plans for private repositories; a ready PR is better than none.
      if (!draft || !/draft/i.test((e as Error).message)) throw e;
      this.input.log.warning(`${group.branch}: draft pull requests are not available here; opening a ready pull request`);
      pr = await this.gh.createPull({ ...req, draft: false });
    }
    await this.decorate(pr);
    if (this.opts.reviewers.length || this.opts.teamReviewers.length) {
      try {
        await this.gh.requestReviewers(pr.number, this.opts.reviewers, this.opts.teamReviewers);
      } catch (e) {
        this.input.log.warning(`#${pr.number}: could not request reviewers: ${(e as Error).message}`);
      }
    }
    return pr;
  }

  /** Adds our labels and assignees, keeping those a person added (PATCH replaces, so send the union). */
  private async decorate(pull: Pick<PullSummary, 'number' | 'labels' | 'assignees'>): Promise<void> {
    const labels = [...new Set([...pull.labels, ...this.opts.labels])];
    const assignees = [...new Set([...pull.assignees, ...this.opts.assignees])];
    if (labels.length === pull.labels.length && assignees.length === pull.assignees.length) return;
    try {
      await this.gh.setLabelsAndAssignees(pull.number, labels, assignees);
    } catch (e) {
      this.input.log.warning(`#${pull.number}: could not set labels/assignees: ${(e as Error).message}`);
    }
  }

  /** Rewrites title and body only when our rendered text changed, so a person's edits survive no-op runs. */
  private async refreshPull(pull: PullSummary, text: { title: string; body: string; digest: string }, proposalChanged: boolean): Promise<boolean> {
    let changed = false;
    if (readBodyDigest(pull.body) !== text.digest) {
      await this.gh.updatePull(pull.number, { title: text.title, body: text.body });
      changed = true;
    }
    if (proposalChanged) await this.decorate(pull);
    return changed;
  }

  private async close(pull: PullSummary, deleteBranch: boolean, supersededBy: number[] = []): Promise<PullRequestOutcome> {
    await this.gh.createComment(pull.number, closeComment(this.input.baseBranch, deleteBranch, supersededBy));
    await this.gh.updatePull(pull.number, { state: 'closed' });
    if (deleteBranch) await this.gh.deleteBranch(pull.headRef);
    return {
      operation: 'closed', number: pull.number, url: pull.url, branch: pull.headRef,
      ...(supersededBy.length ? { note: `superseded by ${supersededBy.map((n) => `#${n}`).join(', ')} (grouping changed)` } : {}),
    };
  }

  private async refuseForeign(branch: string, pull: PullSummary | null, why: string): Promise<PullRequestOutcome> {
    const note = `not updating ${branch}: ${why}`;
    this.input.log.warning(`${note}; it is left for a person to finish`);
    if (pull) {
      const comments = await this.gh.listComments(pull.number);
      if (!hasForeignCommitComment(comments)) await this.gh.createComment(pull.number, foreignCommitComment(branch, why));
      return { operation: 'none', number: pull.number, url: pull.url, branch, note };
    }
    return { operation: 'none', branch, note };
  }

  /** An open Action PR whose branch no group wants any more: nothing left to upgrade, or grouping changed. */
  private async closeLeftover(pull: PullSummary, groups: UpgradeGroup[], outcomes: PullRequestOutcome[]): Promise<PullRequestOutcome> {
    const branch = await this.gh.getBranch(pull.headRef);
    const d = decide({ branch, openPull: pull }, null);
    if (d.action === 'refuse-foreign') return this.refuseForeign(pull.headRef, pull, d.why);
    if (d.action !== 'close') return { operation: 'none', branch: pull.headRef, number: pull.number, url: pull.url };
    const numbered = groups
      .map((g, i) => ({ g, o: outcomes[i] }))
      .filter(({ g, o }) => o?.number !== undefined && o.operation !== 'closed' && g.upgrades.length > 0)
      .filter(({ g }) => (this.opts.grouping === 'all'
        ? g.upgrades.some((u) => branchForWorkload(this.naming, u.workload) === pull.headRef)
        : pull.headRef === branchForAll(this.naming)))
      .map(({ o }) => o!.number!);
    return this.close(pull, d.deleteBranch, numbered);
  }
}

function describe(o: PullRequestOutcome, upgrades: number): string {
  const pr = o.number !== undefined ? ` #${o.number}` : '';
  switch (o.operation) {
    case 'created':
      return `opened PR${pr} (${upgrades} upgrade${upgrades === 1 ? '' : 's'})`;
    case 'updated':
      return `updated PR${pr} (${upgrades} upgrade${upgrades === 1 ? '' : 's'})`;
    case 'closed':
      return `closed PR${pr}: ${o.note ?? 'nothing left to upgrade'}`;
    case 'none':
      return o.note ?? (upgrades ? `PR${pr} is up to date` : 'nothing to upgrade');
  }
}

const PRECEDENCE: PullRequestOutcome['operation'][] = ['created', 'updated', 'closed', 'none'];

/**
 * The outcome for the single-valued Action outputs (pull-request-number/-url/-operation): the most
 * significant operation of the run (created > updated > closed > none), first by branch order.
 */
export function primaryOutcome(outcomes: readonly PullRequestOutcome[]): PullRequestOutcome | undefined {
  for (const op of PRECEDENCE) {
    const found = outcomes.find((o) => o.operation === op);
    if (found) return found;
  }
  return undefined;
}

/** Runs PR mode: one outcome per PR branch this run wants, then one per leftover Action PR it closed. */
export async function runPullRequestMode(input: PullRequestModeInput): Promise<PullRequestOutcome[]> {
  return new PullRequestRun(input).run();
}
