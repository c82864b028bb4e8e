// Entry scripts start a registry worker from their own file: this tells the two roles apart
// before anything else loads.
import { isMainThread, workerData } from 'node:worker_threads';

export const REGISTRY_WORKER_ROLE = 'toolhive-upgrade/registry-worker';

export function isRegistryWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === REGISTRY_WORKER_ROLE;
}
