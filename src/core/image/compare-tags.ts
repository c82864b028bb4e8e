// Port of ToolHive's compareImageTags (pkg/workloads/upgrade/version.go). The reason strings are
// thv's, with Go's %q rendered by goQuote.

import { goQuote } from './go-quote.js';
import { splitRepoTag } from './reference.js';
import { canonical, compare, isValid, normalizeSemver } from './version.js';

export type TagComparison = 'newer' | 'sameOrOlder' | 'undecidable';

export interface TagComparisonResult {
  result: TagComparison;
  /** Why the tags cannot be ordered; '' whenever the result is decidable. */
  reason: string;
}

const LATEST_TAG = 'latest';
const LATEST_REASON = 'image uses the "latest" tag, which defers to the registry and cannot be ordered';

function split(ref: string): { repo: string; tag: string } | { error: string } {
  try {
    return splitRepoTag(ref);
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Whether `candidate` is an upgrade of `current`. Conservative like thv: parse failures, digest
 * references, differing repositories, a "latest" tag (explicit or implicit) and unequal non-semver
 * tags are undecidable.
 */
export function compareImageTags(current: string, candidate: string): TagComparisonResult {
  const cur = split(current);
  if ('error' in cur) {
    return { result: 'undecidable', reason: `cannot parse current image ${goQuote(current)}: ${cur.error}` };
  }
  const cand = split(candidate);
  if ('error' in cand) {
    return { result: 'undecidable', reason: `cannot parse candidate image ${goQuote(candidate)}: ${cand.error}` };
  }
  if (cur.repo !== cand.repo) {
    return {
      result: 'undecidable',
      reason: `repository differs: current ${goQuote(cur.repo)} vs candidate ${goQuote(cand.repo)}`
    };
  }
  if (cur.tag === LATEST_TAG || cand.tag === LATEST_TAG) {
    return { result: 'undecidable', reason: LATEST_REASON };
  }
  const a = normalizeSemver(cur.tag);
  const b = normalizeSemver(cand.tag);
  if (isValid(a) && isValid(b)) {
    return { result: compare(canonical(a), canonical(b)) === -1 ? 'newer' : 'sameOrOlder', reason: '' };
  }
  if (cur.tag === cand.tag) return { result: 'sameOrOlder', reason: '' };
  return {
    result: 'undecidable',
    reason: `tags are not comparable: current ${goQuote(cur.tag)} vs candidate ${goQuote(cand.tag)}`
  };
}
