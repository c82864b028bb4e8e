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
  const below = (absolute: string) => {
    const rel = path.relative(base, absolute);
    return { rel, outside: rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel) };
  };
  // Every file a scan finds below one base gets the same answer about where it lies and the
  // directories on its way: worked out once per base, not once per file. Only a base above the
  // root holds files both inside and outside it.
  const scanBases = new Map<string, { where: 'inside' | 'outside' | 'around'; refusal?: string }>();
  const scanBase = (scanned: string) => {
    let known = scanBases.get(scanned);
    if (!known) {
      const { rel, outside } = below(scanned);
      if (rel === '' || !outside)
        known = { where: 'inside', refusal: linkedDirectoryOnTheWay([...rel.split(path.sep).filter(Boolean), '']) };
      else {
        const toRoot = path.relative(scanned, base);
        known = { where: toRoot === '..' || toRoot.startsWith(`..${path.sep}`) || path.isAbsolute(toRoot) ? 'outside' : 'around' };
      }
      scanBases.set(scanned, known);
    }
    return known;
  };
  const linkedDirectoryOnTheWay = (parts: string[]): string | undefined => {
    let dir = base;
    for (const part of parts.slice(0, -1)) {
      dir = path.join(dir, part);
      if (isLink(dir)) return `is inside ${path.relative(base, dir).split(path.sep).join('/')}, a symbolic link to a directory; ${RULE}`;
    }
    return undefined;
  };
  return (absolute, scan) => {
    const scanned = scan && scanBase(scan.base);
    if (scanned?.where === 'inside') return scan!.link ? `is a symbolic link; ${RULE}` : scanned.refusal;
    if (scanned?.where === 'outside') {
      if (outsideRoot === 'refuse') return `is outside the repository; ${RULE}`;
      return scan!.link ? `is a symbolic link; ${RULE}` : undefined;
    }
    const { rel, outside } = below(path.resolve(base, absolute));
    if (outside && outsideRoot === 'refuse') return `is outside the repository; ${RULE}`;
    // A file named outside the root (a CLI path, say) was chosen by whoever runs the check; it must
    // still be a regular file itself. Inside the root, no directory on the way may be a link.
    if (scan?.link) return `is a symbolic link; ${RULE}`;
    if (!outside) {
      // Only a scan from above the root gets here with a scanned file: it never entered a linked
      // directory, so this finds none; a named file may sit below one.
      const refused = linkedDirectoryOnTheWay(rel.split(path.sep));
      if (refused) return refused;
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
