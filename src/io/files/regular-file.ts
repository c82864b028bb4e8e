// A manifest is read (and, in PR mode, edited) only as a regular file inside the repository.
// Following a symbolic link would read a file the repository does not hold (a secret next to the
// checkout, say) and a PR would then commit its content in place of the link.

import { lstatSync } from 'node:fs';
import path from 'node:path';

const RULE = 'manifests are read only as regular files inside the repository';

/** Why `absolute` may not be read as a manifest, or undefined when it is a regular file inside the root. */
export type ManifestPathCheck = (absolute: string) => string | undefined;

/**
 * A check for files below `root`. Every directory between the root and the file is looked at once
 * per run (lstat, never following links), so checking thousands of files costs one lstat each.
 */
export function manifestPathCheck(root: string): ManifestPathCheck {
  const base = path.resolve(root);
  const linkedDirs = new Map<string, boolean>();
  const isLink = (absolute: string): boolean => {
    let known = linkedDirs.get(absolute);
    if (known === undefined) {
      try {
        known = lstatSync(absolute).isSymbolicLink();
      } catch {
        known = false;
      }
      linkedDirs.set(absolute, known);
    }
    return known;
  };
  return (absolute) => {
    const rel = path.relative(base, path.resolve(base, absolute));
    if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return `is outside the repository; ${RULE}`;
    const parts = rel.split(path.sep);
    let dir = base;
    for (const part of parts.slice(0, -1)) {
      dir = path.join(dir, part);
      if (isLink(dir)) return `is inside ${path.relative(base, dir).split(path.sep).join('/')}, a symbolic link to a directory; ${RULE}`;
    }
    let stat;
    try {
      stat = lstatSync(absolute);
    } catch (error) {
      return `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    }
    if (stat.isSymbolicLink()) return `is a symbolic link; ${RULE}`;
    if (!stat.isFile()) return `is not a regular file; ${RULE}`;
    return undefined;
  };
}
