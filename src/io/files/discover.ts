import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { globBase, globToRegExp, isGlob } from '../../core/text/glob.js';

export interface ManifestFile {
  /** Path as shown to the user and used in the repository tree: relative to the root, `/` separators. */
  path: string;
  absolute: string;
  /** Named by the user (not found by scanning a directory or glob). */
  explicit: boolean;
  /**
   * Found by scanning `base`: the scan saw whether the entry is a link and never entered a linked
   * directory below `base`, so reading needs no further lstat of its own.
   */
  scan?: { base: string; link: boolean };
}

const MANIFEST_EXTENSIONS = ['.json', '.yaml', '.yml'];
// Dependency trees and VCS metadata never hold the user's manifests; dot-directories are skipped
// unless named (`.github/` holds workflows, not workloads).
const SKIP_DIRS = new Set(['node_modules', '.git']);

function isManifestName(name: string): boolean {
  const lower = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function toDisplay(root: string, absolute: string): string {
  const rel = path.relative(root, absolute);
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

/** Visits manifest files below `dir`; `display` is dir's display path, built by concatenation (no path.relative per file). */
function walk(dir: string, display: string, visit: (absolute: string, display: string, link: boolean) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const prefix = display === '.' ? '' : `${display}/`;
  const dirPrefix = `${dir}${path.sep}`;
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (SKIP_DIRS.has(entry.name) || entry.name.startsWith('.')) continue;
      walk(`${dirPrefix}${entry.name}`, `${prefix}${entry.name}`, visit);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isManifestName(entry.name)) {
      // Listed so that the read refuses it by name (io/files/regular-file) instead of skipping it silently.
      // Joined, not concatenated: a concatenation of 13 characters or more is a rope, which V8
      // flattens through a slow runtime call at its first comparison (the sort below) or system call.
      visit([dirPrefix, entry.name].join(''), [prefix, entry.name].join(''), entry.isSymbolicLink());
    }
  }
}

export interface DiscoverResult {
  files: ManifestFile[];
  /** Globs that matched nothing: worth a warning, not a failure. */
  emptyPatterns: string[];
}

/**
 * Expands paths, directories (recursively) and globs into manifest files, relative to `root`.
 * A path that does not exist is a configuration error: a typo must not pass as "all up to date".
 */
export function discoverManifests(patterns: string[], root: string): DiscoverResult {
  const files: ManifestFile[] = [];
  // One pattern cannot name a file twice: the index that removes repeats is built only once a
  // second pattern runs.
  let byAbsolute: Map<string, number> | undefined;
  const emptyPatterns: string[] = [];
  const add = (absolute: string, display: string, explicit: boolean, scan?: ManifestFile['scan']) => {
    const file: ManifestFile = scan ? { path: display, absolute, explicit, scan } : { path: display, absolute, explicit };
    const at = byAbsolute?.get(absolute);
    if (at === undefined) {
      byAbsolute?.set(absolute, files.length);
      files.push(file);
    } else if (explicit && !files[at]!.explicit) files[at] = file;
  };
  // Every file a scan finds shares one of two scan records (link or not): no object per file.
  const scanOf = (base: string) => {
    const records = { file: { base, link: false }, link: { base, link: true } };
    return (link: boolean) => (link ? records.link : records.file);
  };

  for (const raw of patterns) {
    const pattern = raw.trim().replace(/\\/g, '/');
    if (!pattern) continue;
    if (files.length && !byAbsolute) byAbsolute = new Map(files.map((f, i) => [f.absolute, i]));
    if (isGlob(pattern)) {
      const base = path.resolve(root, globBase(pattern));
      const matcher = globToRegExp(path.posix.normalize(pattern).replace(/^\.\//, ''));
      const before = files.length;
      const scan = scanOf(base);
      walk(base, toDisplay(root, base), (absolute, display, link) => {
        if (matcher.test(display)) add(absolute, display, false, scan(link));
      });
      if (files.length === before) emptyPatterns.push(raw);
      continue;
    }
    const absolute = path.resolve(root, pattern);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      throw new ConfigurationError(
        'path-not-found',
        `${pattern}: no such file or directory`,
        { file: pattern },
        `paths are relative to ${root}`
      );
    }
    if (stat.isDirectory()) {
      const scan = scanOf(absolute);
      walk(absolute, toDisplay(root, absolute), (file, display, link) => add(file, display, false, scan(link)));
    } else add(absolute, toDisplay(root, absolute), true);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, emptyPatterns };
}
