// Image references for registry traffic, parsed the way thv parses them (core/reference.ts, a
// port of go-containerregistry's name package), plus the host the distribution API lives on.

import { parseReference, registryApiHost } from '../../core/image/reference.js';

export interface ImageRef {
  /** Registry as ggcr names it (index.docker.io for Docker Hub). */
  registry: string;
  /** Host the distribution API lives on (registry-1.docker.io for Docker Hub). */
  apiHost: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** Throws ReferenceError (an UpgradeActionError) when the reference does not parse. */
export function parseImageRef(ref: string): ImageRef {
  const r = parseReference(ref.trim());
  return { registry: r.registry, apiHost: registryApiHost(r), repository: r.repository, tag: r.tag, digest: r.digest };
}
