// How container runtimes (Docker, Podman, containerd/Kubernetes via distribution/reference
// ParseNormalizedNamed) read the registry of an image name. It differs from go-containerregistry,
// which thv follows: `localhost/acme/app` is the registry `localhost` to a runtime but a Docker Hub
// repository to ggcr. An edit must never change which registry the workload pulls from.

import { nameOf } from './written-reference.js';

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** `registry/repository` as a runtime resolves it: a first component with `.` or `:`, or `localhost`, is a registry. */
export function runtimeRepository(reference: string): string {
  const name = nameOf(reference);
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  let registry = DOCKER_HUB;
  let path = name;
  if (slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first.toLowerCase();
    path = name.slice(slash + 1);
  }
  if (DOCKER_HUB_ALIASES.has(registry)) {
    registry = DOCKER_HUB;
    if (!path.includes('/')) path = `library/${path}`;
  }
  return `${registry}/${path}`;
}
