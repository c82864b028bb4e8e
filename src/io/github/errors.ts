// GitHub API failures turned into one clear line with what to do about it. Only GitHub's own
// message and status are used: request headers (the token) never reach an error.

import { UpgradeActionError } from '../../core/errors.js';

export type GitHubErrorCode =
  | 'github-unreachable'
  | 'github-actions-cannot-create-pr'
  | 'github-protected-branch'
  | 'github-missing-permission'
  | 'github-bad-credentials'
  | 'github-rate-limited'
  | 'github-not-found'
  | 'github-unavailable'
  | 'github-request-failed';

export class GitHubError extends UpgradeActionError {
  declare readonly code: GitHubErrorCode;
  readonly status: number;
  constructor(code: GitHubErrorCode, status: number, message: string, hint?: string, options?: ErrorOptions) {
    super(code, message, {}, hint, options);
    this.status = status;
  }
}

/** Which permission the failed call needs, for the hint. */
export type Permission = 'contents' | 'pull-requests';

interface RequestErrorLike {
  status: number;
  message?: string;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

function isRequestError(e: unknown): e is RequestErrorLike {
  return typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number';
}

/** GitHub's message plus the first validation detail (`errors[0].message`), without the docs URL. */
export function githubMessage(e: RequestErrorLike): string {
  const data = e.response?.data as { message?: unknown; errors?: unknown } | undefined;
  let message = typeof data?.message === 'string' ? data.message : (e.message ?? '').replace(/ - https?:\/\/\S+$/, '');
  if (Array.isArray(data?.errors)) {
    const details = data.errors
      .map((x: unknown) =>
        typeof x === 'string' ? x : typeof (x as { message?: unknown })?.message === 'string' ? (x as { message: string }).message : ''
      )
      .filter((x: string) => x !== '');
    if (details.length) message = `${message}: ${details.join('; ')}`;
  }
  return message.replace(/[\r\n]+/g, ' ').trim() || 'no message';
}

export const PERMISSIONS_HINT =
  'give the job `permissions: { contents: write, pull-requests: write }` (or grant these to the GitHub App or fine-grained token)';
export const ACTIONS_PR_SETTING_HINT =
  'enable "Allow GitHub Actions to create and approve pull requests" under Settings → Actions → General → Workflow permissions (and in the organisation settings if it is locked there), or pass a GitHub App token';

/** `operation` reads as "GitHub refused to <operation>", e.g. "create the branch toolhive-upgrade/all". */
export function translateGitHubError(error: unknown, operation: string, permission: Permission, branch?: string): UpgradeActionError {
  if (error instanceof UpgradeActionError) return error;
  const cause = { cause: error };
  if (!isRequestError(error)) {
    const text = error instanceof Error ? error.message : String(error);
    return new GitHubError(
      'github-unreachable',
      0,
      `could not ${operation}: ${text.replace(/[\r\n]+/g, ' ')}`,
      'check GITHUB_API_URL and the network (proxy: set HTTPS_PROXY and NODE_USE_ENV_PROXY=1)',
      cause
    );
  }
  const status = error.status;
  const message = githubMessage(error);
  const said = `GitHub refused to ${operation} (${status} ${message})`;

  if (/not permitted to create or approve pull requests/i.test(message)) {
    return new GitHubError('github-actions-cannot-create-pr', status, said, ACTIONS_PR_SETTING_HINT, cause);
  }
  if (
    /protected branch|branch protection|rule violations?|repository rule|cannot force-push|push declined|changes must be made through a pull request/i.test(
      message
    )
  ) {
    return new GitHubError(
      'github-protected-branch',
      status,
      said,
      `a branch protection rule or ruleset covers ${branch ? `\`${branch}\`` : 'the PR branch'}; exclude the \`branch-prefix\` pattern from it or choose another prefix`,
      cause
    );
  }
  if (status === 403 && /resource not accessible by (integration|personal access token)/i.test(message)) {
    return new GitHubError(
      'github-missing-permission',
      status,
      `GitHub refused to ${operation}: the token lacks the \`${permission}: write\` permission (${message})`,
      PERMISSIONS_HINT,
      cause
    );
  }
  if (status === 401) {
    return new GitHubError(
      'github-bad-credentials',
      status,
      said,
      'check the `token` input; an expired App token or revoked PAT gives this',
      cause
    );
  }
  if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
    return new GitHubError(
      'github-rate-limited',
      status,
      said,
      "GitHub's rate limit was still exceeded after retries; run again later or use a GitHub App token (higher limits)",
      cause
    );
  }
  if (status === 404) {
    return new GitHubError('github-not-found', status, said, 'check that the repository exists and that the token can read it', cause);
  }
  if (status >= 500) {
    return new GitHubError('github-unavailable', status, said, 'GitHub kept failing after retries; run again later', cause);
  }
  return new GitHubError('github-request-failed', status, said, undefined, cause);
}
