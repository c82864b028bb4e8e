// How a run gets its registry: a load is started before the manifests are read, told the entry
// names manifests use as they turn up, and asked for every outcome once all are read. The
// in-process load opens the registry only when asked (nothing is read for a repository of raw
// images); a load on a worker thread (registry-worker.ts) reads and converts meanwhile.
import type { LookupOutcome } from '../../core/catalog/lookup.js';
import { openRegistry } from './open-catalog.js';
import type { RegistrySourceOptions } from './source-options.js';

export interface RegistryLoad {
  /** Names found so far; a load may start resolving them before `resolve`. */
  want(names: readonly string[]): void;
  /** The outcome of every name, and the registry source as shown to users (credentials removed). */
  resolve(names: readonly string[]): Promise<{ lookups: Map<string, LookupOutcome>; source: string }>;
  /** No manifest names an entry: whatever was started stops, and nothing is reported. */
  cancel(): void;
}

export type RegistryLoader = (options: RegistrySourceOptions) => RegistryLoad;

export const loadRegistryInProcess: RegistryLoader = (options) => ({
  want() {},
  async resolve(names) {
    const provider = await openRegistry(options);
    try {
      return { lookups: await provider.resolve([...names]), source: provider.registry.source };
    } finally {
      await provider.close?.();
    }
  },
  cancel() {}
});
