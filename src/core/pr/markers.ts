// Hidden HTML-comment markers: state the Action keeps in GitHub itself, so runs stay stateless.

import { commentSafe, inlineCode } from '../render/markdown-escape.js';

const TAG = 'toolhive-upgrade-action';

/** First line of every PR body we write: the digest of the title and body we rendered. */
export function bodyMarker(digest: string): string {
  return `<!-- ${TAG}:pr rendered=${commentSafe(digest)} -->`;
}

/**
 * The rendered-text digest recorded in a PR body. Comparing digests (not texts) means a person's
 * edit to the body is left alone until our own proposal text changes.
 */
export function readBodyDigest(body: string | null | undefined): string | undefined {
  const m = new RegExp(`<!-- ${TAG}:pr rendered=([A-Za-z0-9:]+) -->`).exec(body ?? '');
  return m?.[1];
}

export const FOREIGN_COMMIT_MARKER = `<!-- ${TAG}:foreign-commit -->`;

/** A comment as the issues API lists it: its text and the login that wrote it. */
export interface MarkerComment {
  body?: string | null;
  author: string;
}

/**
 * Whether `self` already wrote a comment carrying `marker`. Anyone can paste a hidden marker into a
 * comment, so only comments by the token's own identity count.
 */
export function hasOwnMarker(comments: readonly MarkerComment[], marker: string, self: string): boolean {
  return comments.some((c) => c.author === self && (c.body ?? '').includes(marker));
}

export function hasForeignCommitComment(comments: readonly MarkerComment[], self: string): boolean {
  return hasOwnMarker(comments, FOREIGN_COMMIT_MARKER, self);
}

export function foreignCommitComment(branch: string, why: string): string {
  return [
    FOREIGN_COMMIT_MARKER,
    `This branch has changes that toolhive-upgrade-action did not make (${commentSafe(why)}), so the Action will not update ${inlineCode(branch)} or force-push over them.`,
    '',
    'The PR is yours now: finish it by hand, or close it and delete the branch to let the Action propose the upgrade again on its next run.'
  ].join('\n');
}

export const CLOSE_MARKER = `<!-- ${TAG}:closed -->`;

/** Whether `self` already posted its closing comment (so a re-run after a failed close posts none). */
export function hasCloseComment(comments: readonly MarkerComment[], self: string): boolean {
  return hasOwnMarker(comments, CLOSE_MARKER, self);
}

export function closeComment(baseBranch: string, branchDeleted: boolean, supersededBy: readonly number[] = []): string {
  const why = supersededBy.length
    ? `These upgrades are now proposed in ${supersededBy.map((n) => `#${n}`).join(', ')} (the \`grouping\` input changed).`
    : `Nothing in this PR is left to upgrade: ${inlineCode(baseBranch)} already has these images, or the registry no longer proposes them.`;
  return [CLOSE_MARKER, `${why} Closing it${branchDeleted ? ' and deleting its branch' : ''}.`].join('\n');
}
