// The debug lines every registry load writes, whatever its source.
import { LEGACY_MIGRATION_MESSAGE } from '../../core/catalog/format.js';
import type { Registry } from '../../core/catalog/types.js';

/** One debug line per load, plus the entries ToolHive would also have dropped. */
export function logged(registry: Registry, log: (m: string) => void): Registry {
  log(
    `registry: ${registry.source} (${registry.format}): ${registry.servers.size} container and ${registry.remoteServers.size} remote servers, ${registry.skipped.length} skipped`,
  );
  if (registry.format === 'legacy') log(`registry: converted from the legacy format as \`thv registry convert\` would (ToolHive itself now refuses it: ${LEGACY_MIGRATION_MESSAGE})`);
  for (const { name, reason } of registry.skipped.slice(0, 50)) log(`registry: skipped ${name || '(no name)'}: ${reason}`);
  if (registry.skipped.length > 50) log(`registry: … and ${registry.skipped.length - 50} more skipped`);
  return registry;
}

