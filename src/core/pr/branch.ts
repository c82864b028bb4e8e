// Deterministic branch names, so every run finds the branch (and PR) the previous run made.
//
// Naming rule (documented for users):
//   grouping `all`:          <prefix>[<base>/]all
//   grouping `per-workload`: <prefix>[<base>/]<file>/<workload name>   (file with `/` turned into `-`)
// The `<base>/` segment appears only when the PR targets a branch other than the repository's
// default branch (when the default is known), so one repository can have upgrade PRs against
// `main` and `release-1` without the two fighting over one branch (create-pull-request#1264),
// while the common case keeps the short `toolhive-upgrade/all`.

import { ConfigurationError } from '../errors.js';
import type { Workload } from '../manifest/workload.js';

export const DEFAULT_BRANCH_PREFIX = 'toolhive-upgrade/';
const MAX_COMPONENT = 80;

export interface BranchNaming {
  prefix: string;
  baseBranch: string;
  /** The repository's default branch, when known; the base gets its own segment only when it differs. */
  defaultBranch?: string;
}

/**
 * Whether `name` is a branch name git accepts (`git check-ref-format --branch` rules that matter
 * for names we build: no control/space/`~^:?*[\`, no `..`, `@{`, `//`, no component starting with
 * `.` or ending with `.lock`, no leading/trailing `/` or trailing `.`).
 */
export function isValidBranchName(name: string): boolean {
  if (name === '' || name === '@' || name.startsWith('-')) return false;
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name)) return false;
  if (name.includes('..') || name.includes('@{') || name.includes('//')) return false;
  if (name.startsWith('/') || name.endsWith('/') || name.endsWith('.')) return false;
  return name.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}

/** One path component made safe for a ref: odd characters become `-`, runs collapse, length is capped. */
export function sanitizeRefComponent(text: string): string {
  let out = text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/[.-]+$/, '');
  if (out.length > MAX_COMPONENT) out = out.slice(0, MAX_COMPONENT).replace(/[.-]+$/, '');
  while (out.endsWith('.lock')) out = out.slice(0, -'.lock'.length).replace(/[.-]+$/, '');
  return out === '' ? 'x' : out;
}

/** Checks the prefix input once, so a bad value fails with the input's name rather than a 422 from GitHub. */
export function validateBranchPrefix(prefix: string): void {
  if (prefix === '' || !isValidBranchName(`${prefix}x`)) {
    throw new ConfigurationError(
      'invalid-branch-prefix',
      `branch-prefix ${JSON.stringify(prefix)} is not usable in a git branch name`,
      {},
      'use letters, digits, `-`, `_`, `.` and `/`, e.g. `toolhive-upgrade/`'
    );
  }
}

function baseSegment(naming: BranchNaming): string {
  return naming.defaultBranch !== undefined && naming.defaultBranch !== naming.baseBranch
    ? `${naming.baseBranch.split('/').map(sanitizeRefComponent).join('-')}/`
    : '';
}

/** The branch of the single PR of grouping `all`. */
export function branchForAll(naming: BranchNaming): string {
  return `${naming.prefix}${baseSegment(naming)}all`;
}

/** The branch of one workload's PR in grouping `per-workload`. */
export function branchForWorkload(naming: BranchNaming, workload: Pick<Workload, 'file' | 'name'>): string {
  const file = sanitizeRefComponent(workload.file.replace(/^\.\//, '').replace(/\//g, '-'));
  return `${naming.prefix}${baseSegment(naming)}${file}/${sanitizeRefComponent(workload.name)}`;
}

/** Whether a branch name belongs to this Action's namespace for this base (used to find PRs to close). */
export function isActionBranch(naming: BranchNaming, branch: string): boolean {
  return branch.startsWith(`${naming.prefix}${baseSegment(naming)}`);
}
