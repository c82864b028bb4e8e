// A manifest is read (and, in PR mode, edited) only as a regular file inside the repository.
// Following a symbolic link would read a file the repository does not hold (a secret next to the
// checkout, say) and a PR would then commit its content in place of the link.

import { lstatSync } from 'node:fs';
import path from 'node:path';

const RULE = 'manifests are read only as regular files inside the repository';

/**
 * Why `absolute` may not be read as a manifest, or undefined when it is a regular file inside the
 * root. `scan` is what a directory scan already saw (io/files/discover): then only the directories
 * from the root to the scan's base are looked at, once per run.
 */
export type ManifestPathCheck = (absolute: string, scan?: { base: string; link: boolean }) => string | undefined;

/**
 * A check for files below `root`. Every directory between the root and the file is looked at once
 * per run (lstat, never following links); a named file costs one lstat, a scanned one none.
 */
export function manifestPathCheck(root: string, options: { outsideRoot?: 'refuse' | 'allow' } = {}): ManifestPathCheck {
  const outsideRoot = options.outsideRoot ?? 'refuse';
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
  return (absolute, scan) => {
    const rel = path.relative(base, path.resolve(base, absolute));
    const outside = rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
    if (outside && outsideRoot === 'refuse') return `is outside the repository; ${RULE}`;
    // A file named outside the root (a CLI path, say) was chosen by whoever runs the check; it must
    // still be a regular file itself. Inside the root, no directory on the way may be a link.
    if (scan?.link) return `is a symbolic link; ${RULE}`;
    if (!outside) {
      // A scan never enters a linked directory below its base: only the way to the base can hold one.
      const parts = scan ? [...path.relative(base, scan.base).split(path.sep).filter(Boolean), ''] : rel.split(path.sep);
      let dir = base;
      for (const part of parts.slice(0, -1)) {
        dir = path.join(dir, part);
        if (isLink(dir)) return `is inside ${path.relative(base, dir).split(path.sep).join('/')}, a symbolic link to a directory; ${RULE}`;
      }
    }
    // The scan read the entry's type from its directory listing: a regular file (or a link, above).
    if (scan) return undefined;
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
