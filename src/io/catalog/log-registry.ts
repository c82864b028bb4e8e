// The debug lines every registry load writes, whatever its source.
import { LEGACY_MIGRATION_MESSAGE } from '../../core/catalog/format.js';
import type { Registry } from '../../core/catalog/types.js';
import { loadSummary } from '../../core/catalog/build.js';

/** One debug line per load, plus the entries ToolHive would also have dropped. */
export function logged(registry: Registry, log: (m: string) => void): Registry {
  // loadSummary does not convert entries no manifest names (the registry converts lazily).
  const { line, skipped } = loadSummary(registry);
  log(`registry: ${registry.source} (${registry.format}): ${line}`);
  if (registry.format === 'legacy')
    log(
      `registry: converted from the legacy format as \`thv registry convert\` would (ToolHive itself now refuses it: ${LEGACY_MIGRATION_MESSAGE})`
    );
  for (const { name, reason } of skipped.slice(0, 50)) log(`registry: skipped ${name || '(no name)'}: ${reason}`);
  if (skipped.length > 50) log(`registry: … and ${skipped.length - 50} more skipped`);
  return registry;
}
