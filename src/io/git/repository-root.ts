// Where the git checkout holding a file starts: the nearest directory, from the file up to the
// workspace, that holds `.git` (a directory, or a file in worktrees and submodules). A repository
// checked out into a subdirectory (actions/checkout with `path:`) is found without any input.

import { lstatSync } from 'node:fs';
import path from 'node:path';

/** The checkout root of `absoluteFile`, never above `workspace`; `workspace` when no `.git` is found (a tarball checkout). */
export function repositoryRootOf(absoluteFile: string, workspace: string): string {
  const top = path.resolve(workspace);
  let dir = path.dirname(path.resolve(absoluteFile));
  const inside = (d: string) => d === top || d.startsWith(`${top}${path.sep}`);
  while (inside(dir)) {
    try {
      lstatSync(path.join(dir, '.git'));
      return dir;
    } catch {
      // not here: one level up
    }
    if (dir === top) break;
    dir = path.dirname(dir);
  }
  return top;
}
