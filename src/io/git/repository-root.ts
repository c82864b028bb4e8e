// Where a git checkout starts: the nearest directory holding `.git` (a directory, or a file in
// worktrees and submodules). A repository checked out into a subdirectory (actions/checkout with
// `path:`) is found without any input.

import { lstatSync } from 'node:fs';
import path from 'node:path';

function holdsGit(dir: string): boolean {
  try {
    lstatSync(path.join(dir, '.git'));
    return true;
  } catch {
    return false;
  }
}

/** The nearest directory from `startDir` up (never above `ceiling`, when given) that holds `.git`. */
function nearestCheckout(startDir: string, ceiling?: string): string | undefined {
  const top = ceiling === undefined ? undefined : path.resolve(ceiling);
  const inside = (d: string) => top === undefined || d === top || d.startsWith(`${top}${path.sep}`);
  for (let dir = path.resolve(startDir); inside(dir); dir = path.dirname(dir)) {
    if (holdsGit(dir)) return dir;
    if (dir === top || path.dirname(dir) === dir) return undefined;
  }
  return undefined;
}

/** The checkout root of `absoluteFile`, never above `workspace`; `workspace` when no `.git` is found (a tarball checkout). */
export function repositoryRootOf(absoluteFile: string, workspace: string): string {
  return nearestCheckout(path.dirname(path.resolve(absoluteFile)), workspace) ?? path.resolve(workspace);
}

/** The git work tree holding the directory `start`; outside a work tree, `start` itself. */
export function findRepositoryRoot(start: string): string {
  return nearestCheckout(start) ?? path.resolve(start);
}
