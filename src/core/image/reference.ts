// Port of go-containerregistry's pkg/name (v0.21) with its default options (weak validation,
// default registry index.docker.io, default tag "latest"): ParseReference on top of NewTag,
// NewDigest, NewRepository and the registry check (tag-digest.ts, repository.ts, registry-host.ts).
// thv compares images by what this parser says, so the quirks are kept on purpose (e.g.
// `localhost/x` is a Docker Hub repository, `ghcr.io//x` is accepted, a digest is only checked
// for length and alphabet).

import { goQuote } from './go-quote.js';
import { ImageReferenceError } from './image-reference-error.js';
import { isError, type Result } from './parse-result.js';
import { DEFAULT_REGISTRY } from './repository.js';
import { type DigestReference, newDigest, newTag, type TagReference } from './tag-digest.js';

export interface ImageReference {
  registry: string;
  repository: string;
  /** registry + '/' + repository */
  context: string;
  tag?: string;
  digest?: string;
}

const DOCKER_HUB_API_HOST = 'registry-1.docker.io';

type Parsed = ({ kind: 'tag' } & TagReference) | ({ kind: 'digest' } & DigestReference);

function parse(ref: string): Result<Parsed> & { hint?: string } {
  if (ref.startsWith('http://') || ref.startsWith('https://')) {
    return {
      error: `image reference must not contain a URL scheme (http:// or https://): ${ref}; to connect to a registry over plain HTTP, use name.Insecure`
    };
  }
  const tagged = newTag(ref);
  if (!isError(tagged)) return { kind: 'tag', ...tagged };
  const digested = newDigest(ref);
  if (!isError(digested)) return { kind: 'digest', ...digested };
  // ggcr reports only the summary; keep the specific cause as a hint.
  return {
    error: `could not parse reference: ${ref}`,
    hint: ref.includes('@') ? digested.error : tagged.error
  };
}

function parseOrThrow(ref: string): Parsed {
  const p = parse(ref);
  if (isError(p)) throw new ImageReferenceError(p.error, {}, p.hint);
  return p;
}

/**
 * go-containerregistry `name.ParseReference(ref)` with default options. A reference that carries
 * both a tag and a digest is a digest reference (its tag is dropped, as in ggcr).
 */
export function parseReference(ref: string): ImageReference {
  const p = parseOrThrow(ref);
  const out: ImageReference = {
    registry: p.registry,
    repository: p.repository,
    context: `${p.registry}/${p.repository}`
  };
  if (p.kind === 'tag') out.tag = p.tag;
  else out.digest = p.digest;
  return out;
}

/**
 * ToolHive's splitRepoTag: (Tag.Context().Name(), Tag.TagStr()). Throws ImageReferenceError when
 * the reference does not parse or is a digest reference.
 */
export function splitRepoTag(ref: string): { repo: string; tag: string } {
  let split = splits.get(ref);
  if (split === undefined) {
    if (splits.size > 50_000) splits.clear();
    try {
      const p = parseOrThrow(ref);
      if (p.kind !== 'tag') throw new ImageReferenceError(`reference ${goQuote(ref)} is not a tag`);
      split = { repo: `${p.registry}/${p.repository}`, tag: p.tag };
    } catch (error) {
      split = { error };
    }
    splits.set(ref, split);
  }
  if ('error' in split) throw split.error;
  return { repo: split.repo, tag: split.tag };
}

// Thousands of manifests pin the same few images, and the check, the update type and the policy
// each split them: the grammar runs once per distinct reference. (A copy is returned each time, so
// no caller can change what another one gets.)
const splits = new Map<string, { repo: string; tag: string } | { error: unknown }>();

/** Host to talk to for the OCI distribution API: index.docker.io → registry-1.docker.io, else the registry as is. */
export function registryApiHost(ref: ImageReference): string {
  return ref.registry === DEFAULT_REGISTRY ? DOCKER_HUB_API_HOST : ref.registry;
}
