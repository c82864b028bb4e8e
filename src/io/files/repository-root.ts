import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The git work tree holding `start`: the nearest directory with a `.git` entry (a directory, or a
 * file in worktrees and submodules). Outside a work tree, `start` itself.
 */
export function findRepositoryRoot(start: string): string {
  const from = path.resolve(start);
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}
