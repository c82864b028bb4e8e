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

export interface GroupState<P extends PullRef = PullRef> {
  branch: BranchHead | null;
  /** The open PR from this branch into the base, if any. */
  openPull: P | null;
  /**
   * The newest closed, unmerged PR from this branch that a person closed (looked up only when the
   * branch exists without an open PR). A PR the Action closed itself is not passed here: its
   * upgrade may be proposed again.
   */
  closedPull?: PullRef | null;
}

export interface Desired {
  baseSha: string;
  /** `sha256:<hex>` of the changed files (paths and contents); see contentDigest in core/pr/plan. */
  content: string;
}

/** What to do, carrying what doing it needs (the proposal, the open PR), so callers never re-check. */
export type Decision<P extends PullRef = PullRef, D extends Desired = Desired> =
  /** No branch yet: commit on base, create the branch, then update or open the PR. */
  | { action: 'create'; desired: D; openPull: P | null }
  /** Our branch, stale (new candidate or base moved): new commit on base, force-update, then update or open the PR. */
  | { action: 'update'; reason: 'content-changed' | 'base-moved'; desired: D; openPull: P | null }
  /** Our branch already holds exactly this proposal but no PR is open: open one. */
  | { action: 'open-pull'; desired: D }
  /** Our branch already holds exactly this proposal and its PR is open (its text may still need a refresh). */
  | { action: 'current'; desired: D; pull: P }
  /** Nothing to propose any more: comment, close the PR and delete our branch (if it still exists). */
  | { action: 'close'; pull: P; deleteBranch: boolean }
  /**
   * Nothing to propose, no open PR, but our own unaltered branch is still there (a run whose
   * branch deletion failed, or a merged PR whose branch GitHub kept): delete it, as a clean run would have.
   */
  | { action: 'delete-branch' }
  /** Someone else's commit is on the branch: never force-push; comment once on the PR (if open) and leave it. */
  | { action: 'refuse-foreign'; why: string; pull: P | null }
  | { action: 'none'; why: 'nothing-to-upgrade' | 'closed-by-user' };

/** Whether `head` is a commit this Action made and nobody altered: our trailers, one parent equal to the recorded base, the recorded tree. */
export function ownership(head: BranchHead): { ours: true; trailers: OwnershipTrailers } | { ours: false; why: string } {
  const trailers = parseOwnershipTrailers(head.message);
  if (!trailers) return { ours: false, why: `the head commit ${head.sha.slice(0, 12)} was not made by this Action` };
  if (head.parents.length !== 1 || head.parents[0] !== trailers.base) {
    return {
      ours: false,
      why: `the head commit ${head.sha.slice(0, 12)} does not sit directly on the base it records (rebased or merged by someone)`
    };
  }
  if (head.tree !== trailers.tree) {
    return { ours: false, why: `the head commit ${head.sha.slice(0, 12)} was amended after this Action made it` };
  }
  return { ours: true, trailers };
}

/** `desired` is null when this group has nothing left to upgrade. */
export function decide<P extends PullRef, D extends Desired>(state: GroupState<P>, desired: D | null): Decision<P, D> {
  const owner = state.branch ? ownership(state.branch) : null;
  const openPull = state.openPull;

  if (desired === null) {
    if (!openPull) return owner?.ours ? { action: 'delete-branch' } : { action: 'none', why: 'nothing-to-upgrade' };
    if (owner && !owner.ours) return { action: 'refuse-foreign', why: owner.why, pull: openPull };
    return { action: 'close', pull: openPull, deleteBranch: owner !== null };
  }

  if (!state.branch || !owner) return { action: 'create', desired, openPull };
  if (!owner.ours) return { action: 'refuse-foreign', why: owner.why, pull: openPull };
  if (owner.trailers.base !== desired.baseSha) return { action: 'update', reason: 'base-moved', desired, openPull };
  if (owner.trailers.content !== desired.content) return { action: 'update', reason: 'content-changed', desired, openPull };
  if (openPull) return { action: 'current', desired, pull: openPull };
  // A person closed the PR for exactly this proposal: respect that until the proposal changes.
  if (state.closedPull && state.closedPull.headSha === state.branch.sha) return { action: 'none', why: 'closed-by-user' };
  return { action: 'open-pull', desired };
}
