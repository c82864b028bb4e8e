// How big an upgrade is, for policies such as "propose patch updates only". The tags are read the
// way the check reads them (ToolHive's normalizeSemver, then golang.org/x/mod/semver: `1.2` is
// v1.2.0, build metadata is ignored), and npm `semver` names the difference.

// Two functions, not the package index: the whole of npm semver (ranges and all) costs startup time.
import diff from 'semver/functions/diff.js';
import parse from 'semver/functions/parse.js';
import { canonical, compare, isValid, normalizeSemver } from './version.js';

export type UpdateType = 'major' | 'minor' | 'patch' | 'prerelease';

/** The x/mod canonical form without its `v`, which npm `semver` parses strictly; undefined if not semver. */
function canonicalVersion(tag: string): string | undefined {
  const v = normalizeSemver(tag);
  return isValid(v) ? canonical(v).slice(1) : undefined;
}

/**
 * The update type from `currentTag` to `candidateTag`; undefined when either is not semver or the
 * candidate is not newer (the check proposes nothing then). A prerelease candidate, or a release
 * of the current prerelease's own version, is a `prerelease` update.
 */
export function updateType(currentTag: string, candidateTag: string): UpdateType | undefined {
  const current = canonicalVersion(currentTag);
  const candidate = canonicalVersion(candidateTag);
  if (current === undefined || candidate === undefined) return undefined;
  if (compare(`v${current}`, `v${candidate}`) !== -1) return undefined;
  // x/mod numbers are unbounded; npm semver refuses those beyond Number.MAX_SAFE_INTEGER.
  const from = parse(current);
  const to = parse(candidate);
  if (!from || !to) return undefined;
  if (to.prerelease.length > 0) return 'prerelease';
  // Compared without prereleases: semver.diff calls the step 1.0.0-rc.1 → 1.0.1 `major`.
  const kind = diff(`${from.major}.${from.minor}.${from.patch}`, `${to.major}.${to.minor}.${to.patch}`);
  // No difference left: the candidate is the release of the current prerelease.
  return kind === 'major' || kind === 'minor' || kind === 'patch' ? kind : 'prerelease';
}
