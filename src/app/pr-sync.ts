// `mode: pr`: turn proposed upgrades into reviewed pull requests. The plan (core/pr/plan) says what
// each PR branch should hold; this reads the state of each branch from GitHub, asks the pure
// decision (core/pr/decide) what to do, and does it with a fixed number of API calls per PR,
// however many manifests the PR touches.

import { ConfigurationError } from '../core/errors.js';
import type { UpgradeAvailable } from '../core/check/result.js';
import { branchForAll, branchForWorkload, isActionBranch, validateBranchPrefix, type BranchNaming } from '../core/pr/branch.js';
import { buildCommitMessage } from '../core/pr/commit-message.js';
import { decide, type Decision, type Desired } from '../core/pr/decide.js';
import { closeComment, foreignCommitComment, hasForeignCommitComment, readBodyDigest } from '../core/pr/markers.js';
import { planPullRequests, type GroupPlan, type ProposedChange } from '../core/pr/plan.js';
import type { GitHubClient, PullSummary } from '../io/github/client.js';
import { BaseTree } from './pr-base-tree.js';

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
  /** The upgrades to propose (see proposableUpgrades in core/pr/plan). */
  upgrades: UpgradeAvailable[];
  /** Upgrades the policy held back, listed in PR bodies. */
  held?: UpgradeAvailable[];
  /** Reads a manifest as committed at `baseSha` (the workspace checkout), by its Workload `file`. */
  readFile: (path: string) => Promise<string>;
  baseSha: string;
  baseBranch: string;
  registrySource: string;
  options: PullRequestOptions;
  github: GitHubClient;
  log: { info(message: string): void; warning(message: string): void };
}

/** What decide() compares, with the planned change it stands for. */
interface DesiredChange extends Desired {
  change: ProposedChange;
}

function cleanList(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim().replace(/^@/, '')).filter((v) => v !== ''))];
}

class PullRequestRun {
  private readonly naming: BranchNaming;
  private baseTree: BaseTree | undefined;
  private manifests = new Map<string, string>();
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

  /** Every upgraded manifest as committed, read before any API call. */
  private async readManifests(): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    for (const u of this.input.upgrades) {
      if (!texts.has(u.workload.file)) texts.set(u.workload.file, await this.input.readFile(u.workload.file));
    }
    return texts;
  }

  async run(): Promise<PullRequestOutcome[]> {
    const { github: gh, baseBranch, log } = this.input;
    // Planned in full first: a file that changed under us stops the run before anything is written.
    this.manifests = await this.readManifests();
    const plan = planPullRequests(this.input.upgrades, this.manifests, {
      grouping: this.opts.grouping,
      naming: this.naming,
      addDefaultEnvVars: this.opts.addDefaultEnvVars,
      draft: this.opts.draft,
      title: this.opts.title,
      registrySource: this.input.registrySource,
      held: this.input.held,
    });
    for (const warning of plan.warnings) log.warning(warning);
    const fullName = `${gh.owner}/${gh.repo}`;
    // One listing serves every group: finding each group's PR and the Action PRs left without upgrades.
    const open = (await gh.listOpenPulls(baseBranch)).filter((p) => p.headRepo === fullName && isActionBranch(this.naming, p.headRef));
    const openByBranch = new Map(open.map((p) => [p.headRef, p]));

    const outcomes: PullRequestOutcome[] = [];
    for (const group of plan.groups) {
      const outcome = await this.syncGroup(group, openByBranch.get(group.branch) ?? null);
      log.info(`${group.branch}: ${describe(outcome, group.upgrades.length)}`);
      outcomes.push(outcome);
    }

    const wanted = new Set(plan.groups.map((g) => g.branch));
    const leftovers = open.filter((p) => !wanted.has(p.headRef)).sort((a, b) => (a.headRef < b.headRef ? -1 : a.headRef > b.headRef ? 1 : 0));
    for (const pull of leftovers) {
      const outcome = await this.closeLeftover(pull, plan.groups, outcomes);
      log.info(`${pull.headRef}: ${describe(outcome, 0)}`);
      outcomes.push(outcome);
    }
    return outcomes;
  }

  private async syncGroup(group: GroupPlan, openPull: PullSummary | null): Promise<PullRequestOutcome> {
    const gh = this.gh;
    const branch = await gh.getBranch(group.branch);
    const desired: DesiredChange | null = group.change ? { baseSha: this.input.baseSha, content: group.change.content, change: group.change } : null;
    const closedPull = branch && !openPull && desired ? await gh.findClosedPull(group.branch, this.input.baseBranch) : null;
    return this.perform(group, decide({ branch, openPull, closedPull }, desired));
  }

  private async perform(group: GroupPlan, d: Decision<PullSummary, DesiredChange>): Promise<PullRequestOutcome> {
    const base = { branch: group.branch };
    switch (d.action) {
      case 'create':
      case 'update': {
        const change = d.desired.change;
        // One lookup per run, shared by every PR that needs a commit; it refuses edits of uncommitted content.
        this.baseTree ??= new BaseTree(this.gh, this.input.baseSha);
        const files = await this.baseTree.committedEdits(change.files, this.manifests);
        const tree = await this.gh.createTree(await this.baseTree.sha(), files);
        const message = buildCommitMessage(change.title, group.upgrades, { base: this.input.baseSha, tree, content: change.content });
        const commit = await this.gh.createCommit(message, tree, [this.input.baseSha]);
        if (d.action === 'create') await this.gh.createBranch(group.branch, commit);
        // Force is safe here: decide() proved the current head is the Action's own commit on the recorded base.
        else await this.gh.updateBranch(group.branch, commit, true);
        if (d.openPull) {
          await this.refreshPull(d.openPull, change, true);
          return { ...base, operation: 'updated', number: d.openPull.number, url: d.openPull.url };
        }
        const pr = await this.openPull(group.branch, change);
        return { ...base, operation: 'created', number: pr.number, url: pr.url };
      }
      case 'open-pull': {
        const pr = await this.openPull(group.branch, d.desired.change);
        return { ...base, operation: 'created', number: pr.number, url: pr.url };
      }
      case 'current': {
        const changed = await this.refreshPull(d.pull, d.desired.change, false);
        return { ...base, operation: changed ? 'updated' : 'none', number: d.pull.number, url: d.pull.url };
      }
      case 'close':
        return this.close(d.pull, d.deleteBranch);
      case 'refuse-foreign':
        return this.refuseForeign(group.branch, d.pull, d.why);
      case 'none':
        return {
          ...base,
          operation: 'none',
          ...(d.why === 'closed-by-user' ? { note: 'the PR for this exact upgrade was closed without merging; not reopening it until the proposal changes' } : {}),
        };
    }
  }

  private async openPull(branch: string, change: ProposedChange): Promise<PullSummary> {
    const req = { head: branch, base: this.input.baseBranch, title: change.title, body: change.body, draft: change.draft };
    let pr: PullSummary;
    try {
      pr = await this.gh.createPull(req);
    } catch (e) {
      // Draft PRs are unavailable on some plans for private repositories; a ready PR is better than none.
      if (!change.draft || !/draft/i.test((e as Error).message)) throw e;
      this.input.log.warning(`${branch}: draft pull requests are not available here; opening a ready pull request`);
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
  private async refreshPull(pull: PullSummary, change: ProposedChange, proposalChanged: boolean): Promise<boolean> {
    let changed = false;
    if (readBodyDigest(pull.body) !== change.textDigest) {
      await this.gh.updatePull(pull.number, { title: change.title, body: change.body });
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
  private async closeLeftover(pull: PullSummary, groups: readonly GroupPlan[], outcomes: readonly PullRequestOutcome[]): Promise<PullRequestOutcome> {
    const branch = await this.gh.getBranch(pull.headRef);
    const d = decide({ branch, openPull: pull }, null);
    if (d.action === 'refuse-foreign') return this.refuseForeign(pull.headRef, pull, d.why);
    if (d.action !== 'close') return { operation: 'none', branch: pull.headRef, number: pull.number, url: pull.url };
    // The PRs of this run that now carry the leftover's upgrades (grouping changed).
    const supersededBy = groups.flatMap((g, i) => {
      const o = outcomes[i];
      if (o?.number === undefined || o.operation === 'closed' || g.upgrades.length === 0) return [];
      const takesOver = this.opts.grouping === 'all'
        ? g.upgrades.some((u) => branchForWorkload(this.naming, u.workload) === pull.headRef)
        : pull.headRef === branchForAll(this.naming);
      return takesOver ? [o.number] : [];
    });
    return this.close(d.pull, d.deleteBranch, supersededBy);
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
