// What to do with one PR branch, given what GitHub has and what this run wants. Pure, so every
// rule (above all "never overwrite someone else's commit") is a table test without a server.

import { parseOwnershipTrailers, type OwnershipTrailers } from './commit-message.js';

/** The head commit of an existing branch, as the branches API reports it. */
export interface BranchHead {
  sha: string;
  message: string;
  parents: string[];
  tree: string;
}

export interface PullRef {
  number: number;
  url: string;
  headSha: string;
}

export interface GroupState {
  branch: BranchHead | null;
  /** The open PR from this branch into the base, if any. */
  openPull: PullRef | null;
  /** The newest closed, unmerged PR from this branch (looked up only when the branch exists without an open PR). */
  closedPull?: PullRef | null;
}

export interface Desired {
  baseSha: string;
  /** `sha256:<hex>` of the changed files (paths and contents); see contentDigest in the mode. */
  content: string;
}

export type Decision =
  /** No branch yet: commit on base, create the branch and the PR. */
  | { action: 'create' }
  /** Our branch, stale (new candidate or base moved): new commit on base, force-update, then update or open the PR. */
  | { action: 'update'; reason: 'content-changed' | 'base-moved' }
  /** Our branch already holds exactly this proposal but no PR is open: open one. */
  | { action: 'open-pull' }
  /** Our branch already holds exactly this proposal and its PR is open (its text may still need a refresh). */
  | { action: 'current' }
  /** Nothing to propose any more: comment, close the PR and delete our branch (if it still exists). */
  | { action: 'close'; deleteBranch: boolean }
  /** Someone else's commit is on the branch: never force-push; comment once on the PR and leave it. */
  | { action: 'refuse-foreign'; why: string }
  | { action: 'none'; why: 'nothing-to-upgrade' | 'closed-by-user' };

/** Whether `head` is a commit this Action made and nobody altered: our trailers, one parent equal to the recorded base, the recorded tree. */
export function ownership(head: BranchHead): { ours: true; trailers: OwnershipTrailers } | { ours: false; why: string } {
  const trailers = parseOwnershipTrailers(head.message);
  if (!trailers) return { ours: false, why: `the head commit ${head.sha.slice(0, 12)} was not made by this Action` };
  if (head.parents.length !== 1 || head.parents[0] !== trailers.base) {
    return { ours: false, why: `the head commit ${head.sha.slice(0, 12)} does not sit directly on the base it records (rebased or merged by someone)` };
  }
  if (head.tree !== trailers.tree) {
    return { ours: false, why: `the head commit ${head.sha.slice(0, 12)} was amended after this Action made it` };
  }
  return { ours: true, trailers };
}

/** `desired` is null when this group has nothing left to upgrade. */
export function decide(state: GroupState, desired: Desired | null): Decision {
  const owner = state.branch ? ownership(state.branch) : null;

  if (desired === null) {
    if (!state.openPull) return { action: 'none', why: 'nothing-to-upgrade' };
    if (owner && !owner.ours) return { action: 'refuse-foreign', why: owner.why };
    return { action: 'close', deleteBranch: owner !== null };
  }

  if (!state.branch || !owner) return { action: 'create' };
  if (!owner.ours) return { action: 'refuse-foreign', why: owner.why };
  if (owner.trailers.base !== desired.baseSha) return { action: 'update', reason: 'base-moved' };
  if (owner.trailers.content !== desired.content) return { action: 'update', reason: 'content-changed' };
  if (state.openPull) return { action: 'current' };
  // A person closed the PR for exactly this proposal: respect that until the proposal changes.
  if (state.closedPull && state.closedPull.headSha === state.branch.sha) return { action: 'none', why: 'closed-by-user' };
  return { action: 'open-pull' };
}
