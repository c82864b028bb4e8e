// ggcr NewTag and NewDigest: where a reference's tag or digest starts, and whether it is valid.

import { checkDigest, checkTag } from './reference-element.js';
import { isError, type Result } from './parse-result.js';
import { newRepository, type Repository } from './repository.js';

const DEFAULT_TAG = 'latest';

export interface TagReference extends Repository {
  /** TagStr(): "latest" when absent or empty. */
  tag: string;
}

export interface DigestReference extends Repository {
  digest: string;
}

/** ggcr NewTag; `tag` is TagStr() ("latest" when absent or empty). */
export function newTag(name: string): Result<TagReference> {
  let base = name;
  let tag = '';
  // A last ":" segment holding a "/" belongs to a registry port, not a tag.
  const colon = name.lastIndexOf(':');
  if (colon >= 0 && !name.includes('/', colon + 1)) {
    base = name.slice(0, colon);
    tag = name.slice(colon + 1);
  }
  if (tag !== '') {
    const tagErr = checkTag(tag);
    if (tagErr !== undefined) return { error: tagErr };
  }
  const repo = newRepository(base);
  if (isError(repo)) return repo;
  return { ...repo, tag: tag === '' ? DEFAULT_TAG : tag };
}

/** ggcr NewDigest; a tag next to the digest is dropped. */
export function newDigest(name: string): Result<DigestReference> {
  const parts = name.split('@');
  if (parts.length !== 2) {
    return {
      error: `a digest must contain exactly one '@' separator (e.g. registry/repository@digest) saw: ${name}`
    };
  }
  const [base, digest] = parts as [string, string];
  const digestErr = checkDigest(digest);
  if (digestErr !== undefined) return { error: digestErr };
  // ggcr re-parses Tag.Context().Name(), which can fail where the tag parse passed (long
  // single-component Docker Hub names overflow 255 once "library/" is added).
  const tagged = newTag(base);
  const repo = newRepository(isError(tagged) ? base : `${tagged.registry}/${tagged.repository}`);
  if (isError(repo)) return repo;
  return { ...repo, digest };
}
