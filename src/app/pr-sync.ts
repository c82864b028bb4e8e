// `mode: pr`: turn proposed upgrades into reviewed pull requests. The plan (core/pr/plan) says what
// each PR branch should hold; this reads the state of each branch from GitHub, asks the pure
// decision (core/pr/decide) what to do, and does it with a fixed number of API calls per PR,
// however many manifests the PR touches.

import { ConfigurationError } from '../core/errors.js';
import type { UpgradeAvailable } from '../core/check/result.js';
import { branchForAll, branchForWorkload, isActionBranch, validateBranchPrefix, type BranchNaming } from '../core/pr/branch.js';
import { buildCommitMessage } from '../core/pr/commit-message.js';
import { decide, type BranchHead, type Decision, type Desired } from '../core/pr/decide.js';
import { groupUpgrades, type UpgradeGroup } from '../core/pr/group.js';
import { closeComment, foreignCommitComment, hasCloseComment, hasForeignCommitComment, readBodyDigest } from '../core/pr/markers.js';
import { planPullRequests, repoPath, type GroupPlan, type ProposedChange } from '../core/pr/plan.js';
import type { ClosedPull, GitHubClient, PullSummary } from '../io/github/client.js';
import { BaseTree } from './pr-base-tree.js';
import { errorLine } from './describe-error.js';

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
  /** Most open Action PRs at once (0: no limit); groups past it wait for a later run. */
  maxPullRequests: number;
  /** The `commit-message` input: first line replaces the generated subject (see buildCommitMessage). */
  commitMessage?: string;
}

export type PullRequestOperation = 'created' | 'updated' | 'closed' | 'none' | 'failed';

export interface PullRequestOutcome {
  operation: PullRequestOperation;
  number?: number;
  url?: string;
  branch: string;
  /** The branch head after this run (the Action's commit, or the foreign head it left alone). */
  headSha?: string;
  /** The workloads this PR group proposes upgrades for (empty for a leftover PR being closed). */
  workloads: string[];
  /** Why nothing happened, when a person should know (foreign commit, PR closed by a person, waiting). */
  note?: string;
  /** `operation: failed`: what went wrong, as one line with the hint (raw text: escape per channel). */
  error?: string;
  /** Not opened this run because `max-pull-requests` Action PRs are open. */
  waiting?: boolean;
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

function workloadNames(upgrades: readonly UpgradeAvailable[]): string[] {
  return upgrades.map((u) => u.workload_name || u.workload.name || u.file);
}

/** A group as planned: ready to sync, or failed before any API call (its manifest could not be read or edited). */
type Planned = { group: GroupPlan; failure?: undefined } | { group: UpgradeGroup; failure: PullRequestOutcome };

class PullRequestRun {
  private readonly naming: BranchNaming;
  private baseTree: BaseTree | undefined;
  private readonly gh: GitHubClient;
  private readonly opts: PullRequestOptions;
  private self: Promise<string> | undefined;
  private readonly texts = new Map<string, string>();
  /** PRs this run may still open under `max-pull-requests` (Infinity without a limit). */
  private slots = Infinity;

  constructor(private readonly input: PullRequestModeInput) {
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
      throw new ConfigurationError('invalid-base-sha', `base commit ${JSON.stringify(input.baseSha)} is not a full commit SHA`);
    }
    this.naming = { prefix: this.opts.branchPrefix, baseBranch: input.baseBranch, defaultBranch: this.opts.defaultBranch };
  }

  /** The login the token acts as, asked once and only when a PR or comment needs telling apart. */
  private me(): Promise<string> {
    this.self ??= this.gh.viewerLogin();
    return this.self;
  }

  private async textsOf(upgrades: readonly UpgradeAvailable[]): Promise<Map<string, string>> {
    for (const u of upgrades) {
      if (!this.texts.has(u.workload.file)) this.texts.set(u.workload.file, await this.input.readFile(u.workload.file));
    }
    return this.texts;
  }

  /**
   * Each group planned on its own: a manifest that cannot be read or edited fails its group only.
   * A group's upgrades plan to exactly that group again (same grouping, same branch names).
   */
  private async planGroups(): Promise<Planned[]> {
    const planned: Planned[] = [];
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
        for (const warning of plan.warnings) this.input.log.warning(warning);
        for (const g of plan.groups) planned.push({ group: g });
      } catch (e) {
        planned.push({
          group,
          failure: { operation: 'failed', branch: group.branch, workloads: workloadNames(group.upgrades), error: errorLine(e) }
        });
      }
    }
    return planned;
  }

  async run(): Promise<PullRequestOutcome[]> {
    const { github: gh, baseBranch, log } = this.input;
    // Planned in full first: a file that changed under us fails its group before anything is written.
    const planned = await this.planGroups();
    if (planned.length > 0 && planned.every((p) => p.failure)) return planned.map((p) => p.failure!);

    const fullName = `${gh.owner}/${gh.repo}`;
    let ours: PullSummary[];
    let others: PullSummary[];
    try {
      // One listing serves every group: finding each group's PR and the Action PRs left without upgrades.
      const candidates = (await gh.listOpenPulls(baseBranch)).filter(
        (p) => p.headRepo === fullName && isActionBranch(this.naming, p.headRef)
      );
      const self = candidates.length ? await this.me() : undefined;
      // A person's PR from a branch under the prefix is theirs: never commented on, closed or deleted.
      ours = candidates.filter((p) => p.author === self);
      others = candidates.filter((p) => p.author !== self);
    } catch (e) {
      const error = errorLine(e);
      return planned.map(
        (p) => p.failure ?? { operation: 'failed', branch: p.group.branch, workloads: workloadNames(p.group.upgrades), error }
      );
    }
    const openByBranch = new Map(ours.map((p) => [p.headRef, p]));
    const otherByBranch = new Map(others.map((p) => [p.headRef, p]));
    const wanted = new Set(planned.map((p) => p.group.branch));
    if (this.opts.maxPullRequests > 0) {
      this.slots = this.opts.maxPullRequests - ours.filter((p) => wanted.has(p.headRef)).length;
    }

    const outcomes: PullRequestOutcome[] = [];
    for (const p of planned) {
      const outcome =
        p.failure ??
        (await this.syncGroupSafely(p.group, openByBranch.get(p.group.branch) ?? null, otherByBranch.get(p.group.branch) ?? null));
      log.info(`${p.group.branch}: ${describe(outcome, p.group.upgrades.length)}`);
      outcomes.push(outcome);
    }

    const leftovers = ours
      .filter((p) => !wanted.has(p.headRef))
      .sort((a, b) => (a.headRef < b.headRef ? -1 : a.headRef > b.headRef ? 1 : 0));
    // A failed group may be the one meant to take a leftover's upgrades over: close nothing until it succeeds.
    if (leftovers.length && outcomes.some((o) => o.operation === 'failed')) {
      log.info(
        `not closing ${leftovers.length} pull request${leftovers.length === 1 ? '' : 's'} without upgrades until the failed ones succeed`
      );
      return outcomes;
    }
    const groups = planned.map((p) => p.group);
    for (const pull of leftovers) {
      let outcome: PullRequestOutcome;
      try {
        outcome = await this.closeLeftover(pull, groups, outcomes);
      } catch (e) {
        outcome = { operation: 'failed', number: pull.number, url: pull.url, branch: pull.headRef, workloads: [], error: errorLine(e) };
      }
      log.info(`${pull.headRef}: ${describe(outcome, 0)}`);
      outcomes.push(outcome);
    }
    return outcomes;
  }

  private async syncGroupSafely(
    group: GroupPlan,
    openPull: PullSummary | null,
    otherPull: PullSummary | null
  ): Promise<PullRequestOutcome> {
    try {
      return await this.syncGroup(group, openPull, otherPull);
    } catch (e) {
      return {
        operation: 'failed',
        branch: group.branch,
        workloads: workloadNames(group.upgrades),
        ...(openPull ? { number: openPull.number, url: openPull.url } : {}),
        error: errorLine(e)
      };
    }
  }

  private async syncGroup(group: GroupPlan, openPull: PullSummary | null, otherPull: PullSummary | null): Promise<PullRequestOutcome> {
    const gh = this.gh;
    const workloads = workloadNames(group.upgrades);
    if (otherPull && !openPull) {
      const note = `pull request #${otherPull.number} from this branch was opened by ${otherPull.author || 'someone else'}, not by this Action; leaving the branch and the PR alone`;
      this.input.log.warning(`${group.branch}: ${note}`);
      return { operation: 'none', branch: group.branch, workloads, headSha: otherPull.headSha, note };
    }
    const branch = await gh.getBranch(group.branch);
    const desired: DesiredChange | null = group.change
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
  private async closedByPerson(branchName: string, head: BranchHead): Promise<ClosedPull | null> {
    const closed = await this.gh.findClosedPull(branchName, this.input.baseBranch);
    if (!closed || closed.headSha !== head.sha) return closed;
    const comments = await this.gh.listComments(closed.number);
    return hasCloseComment(comments, await this.me()) ? null : closed;
  }

  /** Whether a new PR may be opened now; false means the group waits for a later run. */
  private takeSlot(): boolean {
    if (this.slots <= 0) return false;
    this.slots--;
    return true;
  }

  private waiting(group: GroupPlan, branch: BranchHead | null): PullRequestOutcome {
    return {
      operation: 'none',
      branch: group.branch,
      workloads: workloadNames(group.upgrades),
      ...(branch ? { headSha: branch.sha } : {}),
      waiting: true,
      note: `max-pull-requests: ${this.opts.maxPullRequests} pull request${this.opts.maxPullRequests === 1 ? ' of this Action is' : 's of this Action are'} already open`
    };
  }

  private async perform(group: GroupPlan, branch: BranchHead | null, d: Decision<PullSummary, DesiredChange>): Promise<PullRequestOutcome> {
    const base = { branch: group.branch, workloads: workloadNames(group.upgrades) };
    const opensPull = d.action === 'open-pull' || ((d.action === 'create' || d.action === 'update') && !d.openPull);
    if (opensPull && !this.takeSlot()) return this.waiting(group, branch);
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
        const message = buildCommitMessage(
          change.title,
          group.upgrades,
          { base: this.input.baseSha, tree, content: change.content },
          this.opts.commitMessage
        );
        const commit = await this.gh.createCommit(message, tree, [this.input.baseSha]);
        if (d.action === 'create') await this.gh.createBranch(group.branch, commit);
        // Force is safe here: decide() proved the current head is the Action's own commit on the recorded base.
        else await this.gh.updateBranch(group.branch, commit, true);
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
    // A re-run after a failed close must not comment twice: post only if our closing comment is not there yet.
    if (!hasCloseComment(await this.gh.listComments(pull.number), await this.me())) {
      await this.gh.createComment(pull.number, closeComment(this.input.baseBranch, deleteBranch, supersededBy));
    }
    await this.gh.updatePull(pull.number, { state: 'closed' });
    if (deleteBranch) await this.gh.deleteBranch(pull.headRef);
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

  private async refuseForeign(branch: string, pull: PullSummary | null, why: string): Promise<PullRequestOutcome> {
    const note = `not updating ${branch}: ${why}`;
    this.input.log.warning(`${note}; it is left for a person to finish`);
    if (pull) {
      const comments = await this.gh.listComments(pull.number);
      if (!hasForeignCommitComment(comments, await this.me())) await this.gh.createComment(pull.number, foreignCommitComment(branch, why));
      return { operation: 'none', number: pull.number, url: pull.url, branch, headSha: pull.headSha, workloads: [], note };
    }
    return { operation: 'none', branch, workloads: [], note };
  }

  /** An open Action PR whose branch no group wants any more: nothing left to upgrade, or grouping changed. */
  private async closeLeftover(
    pull: PullSummary,
    groups: readonly UpgradeGroup[],
    outcomes: readonly PullRequestOutcome[]
  ): Promise<PullRequestOutcome> {
    const branch = await this.gh.getBranch(pull.headRef);
    const d = decide({ branch, openPull: pull }, null);
    if (d.action === 'refuse-foreign') return this.refuseForeign(pull.headRef, pull, d.why);
    if (d.action !== 'close') return { operation: 'none', branch: pull.headRef, number: pull.number, url: pull.url, workloads: [] };
    // The PRs of this run that now carry the leftover's upgrades (grouping changed).
    const supersededBy = groups.flatMap((g, i) => {
      const o = outcomes[i];
      if (o?.number === undefined || o.operation === 'closed' || g.upgrades.length === 0) return [];
      const takesOver =
        this.opts.grouping === 'all'
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
      if (o.waiting) return `waiting (${o.note ?? 'max-pull-requests'})`;
      return o.note ?? (upgrades ? `PR${pr} is up to date` : 'nothing to upgrade');
    case 'failed':
      return `failed: ${o.error ?? 'unknown error'}`;
  }
}

const PRECEDENCE: PullRequestOperation[] = ['created', 'updated', 'closed', 'failed', 'none'];

/**
 * The outcome for the single-valued Action outputs (pull-request-number/-url/-operation/-branch/
 * -head-sha): the most significant operation of the run (created > updated > closed > failed >
 * none), first by branch order. With several groups it describes one of them; the
 * `pull-requests` output lists them all.
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
