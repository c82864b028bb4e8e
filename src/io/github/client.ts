// A thin GitHub adapter: one method per API call the PR mode makes, so the mode's call count is
// visible and constant per PR. Commits go only through the Git Data API (tree on base_tree with
// inline contents, commit without author/committer, ref), which GitHub signs for GITHUB_TOKEN and
// App tokens and which needs no checkout push.

import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ConfigurationError } from '../../core/errors.js';
import type { BranchHead } from '../../core/pr/decide.js';
import { translateGitHubError, type Permission } from './errors.js';
import { PRODUCTION_PACING, spacedQueue, type GitHubPacing } from './pacing.js';

export { PRODUCTION_PACING, type GitHubPacing } from './pacing.js';

export interface PullSummary {
  number: number;
  url: string;
  headRef: string;
  headSha: string;
  /** `owner/repo` of the head branch; PRs from forks are never ours. */
  headRepo: string | undefined;
  baseRef: string;
  title: string;
  body: string;
  draft: boolean;
  labels: string[];
  assignees: string[];
  /** Login of whoever opened the PR; the Action manages only PRs its own identity opened. */
  author: string;
}

export interface IssueComment {
  id: number;
  body: string;
  /** Login of the comment's writer: markers count only in the Action's own comments. */
  author: string;
}

export interface ClosedPull {
  number: number;
  url: string;
  headSha: string;
  author: string;
}

export interface FileContent {
  /** Repository-relative path with `/` separators. */
  path: string;
  content: string;
  /** Git file mode to write; default `100644` (an executable manifest keeps `100755`). */
  mode?: '100644' | '100755';
}

/** One entry of a git tree listing (`path` relative to the listed tree). */
export interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
}

/** The calls PR mode makes; implemented by OctokitGitHubClient, replaceable in tests. */
export interface GitHubClient {
  readonly owner: string;
  readonly repo: string;
  /**
   * The login the token acts as (`github-actions[bot]`, `<app>[bot]`, or the PAT's user). GraphQL
   * `viewer` answers for all three; REST `GET /user` refuses installation tokens.
   */
  viewerLogin(): Promise<string>;
  getBranch(branch: string): Promise<BranchHead | null>;
  listOpenPulls(base: string): Promise<PullSummary[]>;
  findClosedPull(branch: string, base: string): Promise<ClosedPull | null>;
  /** The tree of a commit (the Git Data API's `base_tree` must be a tree, not a commit). */
  getCommitTree(sha: string): Promise<string>;
  /** A tree's entries; `truncated` when GitHub cut a recursive listing short (over 100,000 entries). */
  getTree(treeSha: string, recursive: boolean): Promise<{ entries: TreeEntry[]; truncated: boolean }>;
  createTree(baseTree: string, files: readonly FileContent[]): Promise<string>;
  createCommit(message: string, tree: string, parents: readonly string[]): Promise<string>;
  createBranch(branch: string, sha: string): Promise<void>;
  /** `force` only for branches whose head the Action made itself. */
  updateBranch(branch: string, sha: string, force: boolean): Promise<void>;
  deleteBranch(branch: string): Promise<void>;
  createPull(p: { head: string; base: string; title: string; body: string; draft: boolean }): Promise<PullSummary>;
  updatePull(number: number, p: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<void>;
  /** Sets the issue's labels and assignees (PATCH replaces them: pass the union to keep others'). */
  setLabelsAndAssignees(number: number, labels: readonly string[], assignees: readonly string[]): Promise<void>;
  requestReviewers(number: number, reviewers: readonly string[], teamReviewers: readonly string[]): Promise<void>;
  listComments(number: number): Promise<IssueComment[]>;
  createComment(number: number, body: string): Promise<void>;
}

export interface GitHubClientOptions {
  token: string;
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string;
  /** REST API base; defaults to GITHUB_API_URL (GitHub Enterprise Server and GHE.com set their own), then api.github.com. */
  apiUrl?: string;
  log?: { info(message: string): void; warning(message: string): void };
  /** Spacing and retries (default PRODUCTION_PACING); throttling and retries are always on. */
  pacing?: Partial<GitHubPacing>;
}

type Octokit = ReturnType<typeof getOctokit>;

interface RawPull {
  number: number;
  html_url: string;
  head: { ref: string; sha: string; repo: { full_name: string } | null };
  base: { ref: string };
  title: string;
  body?: string | null;
  draft?: boolean;
  labels?: ({ name?: string } | string)[];
  assignees?: ({ login: string } | null)[] | null;
  merged_at?: string | null;
  user?: { login?: string } | null;
}

function toSummary(p: RawPull): PullSummary {
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

export class OctokitGitHubClient implements GitHubClient {
  readonly owner: string;
  readonly repo: string;
  private readonly octokit: Octokit;

  constructor(options: GitHubClientOptions) {
    const [owner, repo, ...rest] = options.repository.split('/');
    if (!owner || !repo || rest.length) {
      throw new ConfigurationError('invalid-repository', `repository ${JSON.stringify(options.repository)} is not owner/name`);
    }
    if (!options.token) {
      throw new ConfigurationError(
        'missing-token',
        'PR mode needs a GitHub token',
        {},
        'pass `token: ${{ secrets.GITHUB_TOKEN }}` or an App token'
      );
    }
    this.owner = owner;
    this.repo = repo;
    const log = options.log;
    const pacing: GitHubPacing = { ...PRODUCTION_PACING, ...(options.pacing ?? {}) };
    const retries = pacing.retries;
    const base = pacing.retryAfterBaseMs;
    const maxWait = pacing.maxRetryAfterSeconds;
    const onLimit =
      (kind: string) =>
      (retryAfter: number, req: { method?: string; url?: string }, _o: unknown, retryCount: number): boolean => {
        const again = retryCount < retries && retryAfter <= maxWait;
        log?.warning(
          `GitHub ${kind} rate limit on ${req.method ?? ''} ${req.url ?? ''}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`
        );
        return again;
      };
    this.octokit = getOctokit(
      options.token,
      {
        baseUrl: (options.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        retry: { retries, retryAfterBaseValue: base },
        throttle: {
          retryAfterBaseValue: base,
          onRateLimit: onLimit('primary'),
          onSecondaryRateLimit: onLimit('secondary'),
          // Bottleneck-compatible queues: the plugin's own are process-wide with fixed intervals.
          write: spacedQueue(pacing.writeIntervalMs),
          notifications: spacedQueue(pacing.notificationIntervalMs)
        } as never
      },
      retry,
      throttling
    );
  }

  private async call<T>(operation: string, permission: Permission, fn: () => Promise<T>, branch?: string): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw translateGitHubError(e, operation, permission, branch);
    }
  }

  private get r(): { owner: string; repo: string } {
    return { owner: this.owner, repo: this.repo };
  }

  async viewerLogin(): Promise<string> {
    return this.call('find which account the token acts as (GraphQL viewer)', 'pull-requests', async () => {
      const data = await this.octokit.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }');
      const login = data?.viewer?.login;
      if (!login) throw new Error('GraphQL viewer returned no login');
      return login;
    });
  }

  async getBranch(branch: string): Promise<BranchHead | null> {
    try {
      const { data } = await this.octokit.rest.repos.getBranch({ ...this.r, branch });
      return {
        sha: data.commit.sha,
        message: data.commit.commit.message,
        parents: data.commit.parents.map((p) => p.sha),
        tree: data.commit.commit.tree.sha
      };
    } catch (e) {
      if ((e as { status?: number }).status === 404) return null;
      throw translateGitHubError(e, `read the branch ${branch}`, 'contents', branch);
    }
  }

  async listOpenPulls(base: string): Promise<PullSummary[]> {
    return this.call('list open pull requests', 'pull-requests', async () => {
      const pulls = (await this.octokit.paginate(this.octokit.rest.pulls.list, {
        ...this.r,
        state: 'open',
        base,
        per_page: 100
      })) as RawPull[];
      return pulls.map(toSummary);
    });
  }

  async findClosedPull(branch: string, base: string): Promise<ClosedPull | null> {
    return this.call(`list closed pull requests of ${branch}`, 'pull-requests', async () => {
      const { data } = await this.octokit.rest.pulls.list({
        ...this.r,
        state: 'closed',
        head: `${this.owner}:${branch}`,
        base,
        per_page: 1
      });
      const p = (data as RawPull[])[0];
      return p && !p.merged_at ? { number: p.number, url: p.html_url, headSha: p.head.sha, author: p.user?.login ?? '' } : null;
    });
  }

  async getCommitTree(sha: string): Promise<string> {
    return this.call(`read the commit ${sha.slice(0, 12)}`, 'contents', async () => {
      const { data } = await this.octokit.rest.git.getCommit({ ...this.r, commit_sha: sha });
      return data.tree.sha;
    });
  }

  async getTree(treeSha: string, recursive: boolean): Promise<{ entries: TreeEntry[]; truncated: boolean }> {
    return this.call(`read the tree ${treeSha.slice(0, 12)}`, 'contents', async () => {
      const { data } = await this.octokit.rest.git.getTree({ ...this.r, tree_sha: treeSha, ...(recursive ? { recursive: 'true' } : {}) });
      const entries = data.tree.flatMap((e) =>
        e.path && e.mode && e.type && e.sha ? [{ path: e.path, mode: e.mode, type: e.type, sha: e.sha }] : []
      );
      return { entries, truncated: data.truncated };
    });
  }

  async createTree(baseTree: string, files: readonly FileContent[]): Promise<string> {
    return this.call('create a git tree', 'contents', async () => {
      const { data } = await this.octokit.rest.git.createTree({
        ...this.r,
        base_tree: baseTree,
        tree: files.map((f) => ({ path: f.path, mode: f.mode ?? ('100644' as const), type: 'blob' as const, content: f.content }))
      });
      return data.sha;
    });
  }

  async createCommit(message: string, tree: string, parents: readonly string[]): Promise<string> {
    // No author/committer: GitHub then attributes and signs the commit itself (shown as Verified).
    return this.call('create a commit', 'contents', async () => {
      const { data } = await this.octokit.rest.git.createCommit({ ...this.r, message, tree, parents: [...parents] });
      return data.sha;
    });
  }

  async createBranch(branch: string, sha: string): Promise<void> {
    await this.call(
      `create the branch ${branch}`,
      'contents',
      () => this.octokit.rest.git.createRef({ ...this.r, ref: `refs/heads/${branch}`, sha }),
      branch
    );
  }

  async updateBranch(branch: string, sha: string, force: boolean): Promise<void> {
    await this.call(
      `update the branch ${branch}`,
      'contents',
      () => this.octokit.rest.git.updateRef({ ...this.r, ref: `heads/${branch}`, sha, force }),
      branch
    );
  }

  async deleteBranch(branch: string): Promise<void> {
    try {
      await this.octokit.rest.git.deleteRef({ ...this.r, ref: `heads/${branch}` });
    } catch (e) {
      // Already gone (deleted by a person or by "automatically delete head branches"): fine.
      if ((e as { status?: number }).status === 422 || (e as { status?: number }).status === 404) return;
      throw translateGitHubError(e, `delete the branch ${branch}`, 'contents', branch);
    }
  }

  async createPull(p: { head: string; base: string; title: string; body: string; draft: boolean }): Promise<PullSummary> {
    return this.call(
      `open a pull request from ${p.head}`,
      'pull-requests',
      async () => {
        const { data } = await this.octokit.rest.pulls.create({
          ...this.r,
          head: p.head,
          base: p.base,
          title: p.title,
          body: p.body,
          draft: p.draft,
          maintainer_can_modify: false
        });
        return toSummary(data as RawPull);
      },
      p.head
    );
  }

  async updatePull(number: number, p: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<void> {
    await this.call(`update pull request #${number}`, 'pull-requests', () =>
      this.octokit.rest.pulls.update({ ...this.r, pull_number: number, ...p })
    );
  }

  async setLabelsAndAssignees(number: number, labels: readonly string[], assignees: readonly string[]): Promise<void> {
    await this.call(`set labels and assignees on #${number}`, 'pull-requests', () =>
      this.octokit.rest.issues.update({ ...this.r, issue_number: number, labels: [...labels], assignees: [...assignees] })
    );
  }

  async requestReviewers(number: number, reviewers: readonly string[], teamReviewers: readonly string[]): Promise<void> {
    await this.call(`request reviewers on #${number}`, 'pull-requests', () =>
      this.octokit.rest.pulls.requestReviewers({
        ...this.r,
        pull_number: number,
        reviewers: [...reviewers],
        team_reviewers: [...teamReviewers]
      })
    );
  }

  async listComments(number: number): Promise<IssueComment[]> {
    return this.call(`list comments of #${number}`, 'pull-requests', async () => {
      const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
        ...this.r,
        issue_number: number,
        per_page: 100
      });
      return comments.map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login ?? '' }));
    });
  }

  async createComment(number: number, body: string): Promise<void> {
    await this.call(`comment on #${number}`, 'pull-requests', () =>
      this.octokit.rest.issues.createComment({ ...this.r, issue_number: number, body })
    );
  }
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  return new OctokitGitHubClient(options);
}
