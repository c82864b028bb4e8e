// A PR's commit is built on GITHUB_SHA. That is right for the base branch only when GITHUB_SHA is
// on it: the run's own branch, or (for another `base`) that branch's head. Otherwise the PR into
// `base` would also carry every commit of the checked-out branch that `base` lacks.

import { ConfigurationError } from '../core/errors.js';
import type { GitHubClient } from '../io/github/client.js';

export interface BaseBranchContext {
  baseBranch: string;
  baseSha: string;
  /** GITHUB_REF of the run, e.g. `refs/heads/main`. */
  ref: string;
  /** `base` came from the input (not from the run's branch). */
  fromInput: boolean;
}

/** Refuses (one API call, only when the base is not the run's branch) unless GITHUB_SHA is the head of the base branch. */
export async function requireBaseHoldsCommit(gh: GitHubClient, c: BaseBranchContext): Promise<void> {
  if (c.ref === `refs/heads/${c.baseBranch}`) return;
  const head = await gh.getBranch(c.baseBranch);
  if (head?.sha === c.baseSha) return;
  const what = c.fromInput ? `input base: ${c.baseBranch}` : `the base branch ${c.baseBranch}`;
  const why = head
    ? `it is not the checked-out commit (GITHUB_SHA ${c.baseSha.slice(0, 12)}, ${c.ref || 'no ref'}; ${c.baseBranch} is at ${head.sha.slice(0, 12)})`
    : 'no such branch';
  throw new ConfigurationError(
    'pr-base-not-checked-out',
    `${what}: ${why}; a PR built on this commit would carry changes that are not on ${c.baseBranch}`,
    {},
    `run the workflow on ${c.baseBranch} (for example workflow_dispatch with ${c.baseBranch} selected) so that GITHUB_SHA is its head, or leave \`base\` unset`
  );
}
