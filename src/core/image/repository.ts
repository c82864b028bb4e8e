// ggcr NewRepository: splits off the registry and normalises Docker Hub names the way thv sees
// them (`nginx` → `index.docker.io/library/nginx`).

import { checkRepository } from './reference-element.js';
import type { Result } from './parse-result.js';
import { isValidRegistry } from './registry-host.js';

export const DEFAULT_REGISTRY = 'index.docker.io';
const DOCKER_HUB_ALIAS = 'docker.io';
const DEFAULT_NAMESPACE = 'library';

export interface Repository {
  registry: string;
  repository: string;
}

/** ggcr NewRepository. */
export function newRepository(name: string): Result<Repository> {
  if (name.length === 0) return { error: 'a repository name must be specified' };
  let registry = '';
  let repo = name;
  const slash = name.indexOf('/');
  if (slash >= 0) {
    const first = name.slice(0, slash);
    // The first component is a registry only if it looks like a host.
    if (first.includes('.') || first.includes(':')) {
      registry = first;
      repo = name.slice(slash + 1);
    }
  }
  const repoErr = checkRepository(repo);
  if (repoErr !== undefined) return { error: repoErr };
  if (!isValidRegistry(registry)) {
    return { error: `registries must be valid RFC 3986 URI authorities: ${registry}` };
  }
  if (registry === '' || registry === DOCKER_HUB_ALIAS) registry = DEFAULT_REGISTRY;
  const repository = registry === DEFAULT_REGISTRY && !repo.includes('/') ? `${DEFAULT_NAMESPACE}/${repo}` : repo;
  return { registry, repository };
}
