// Registry documents (either format) and API list pages → one normalised Registry. Legacy
// documents go through the `thv registry convert` mapping first, so both formats yield the same
// entries. As in ToolHive's parseRegistryData, unconvertible servers are skipped and a later
// duplicate name overwrites an earlier one.
// Entries are indexed here and converted on demand (lazy-registry.ts).
import type { Registry } from './types.js';
import { RegistryError } from './errors.js';
import { type RegistryFormat, detectRegistryFormat, placeOf } from './format.js';
import { arr, field, isObject } from './go-json.js';
import { legacySection } from './legacy-to-upstream.js';
import { LazyRegistry, type RawEntry } from './lazy-registry.js';
import { buildReverseDNSName } from './names.js';

export { LazyRegistry } from './lazy-registry.js';

/** The name an upstream server.json is filed under (a non-string name fails conversion anyway). */
function upstreamName(server: unknown): string {
  if (!isObject(server)) return '';
  const name = field(server, 'name');
  return typeof name === 'string' ? name : '';
}

/** The name a legacy entry gets from `thv registry convert`: its own `name`, else the namespaced key. */
function legacyName(key: string, entry: unknown): string {
  const name = isObject(entry) ? field(entry, 'name') : undefined;
  return typeof name === 'string' && name !== '' ? name : buildReverseDNSName(key);
}

/** Builds a Registry from a parsed registry document; throws RegistryError for unusable documents. */
export function buildRegistry(doc: unknown, source: string): Registry {
  const format = detectRegistryFormat(doc, source);
  if (format === 'legacy') {
    const entries: RawEntry[] = [];
    for (const remote of [false, true]) {
      const section = legacySection(doc, remote ? 'remote_servers' : 'servers', source);
      for (const key of Object.keys(section)) {
        const raw = section[key];
        entries.push({ raw, legacy: { key, remote }, name: legacyName(key, raw) });
      }
    }
    if (entries.length === 0) {
      throw new RegistryError('registry-format', 'legacy registry contains no servers or remote_servers', placeOf(source));
    }
    return new LazyRegistry(entries, source, format);
  }

  const data = field(doc as Record<string, unknown>, 'data') as Record<string, unknown>;
  const list = (key: string) => {
    const v = field(data, key);
    if (v !== undefined && v !== null && !Array.isArray(v)) {
      throw new RegistryError('registry-format', `upstream registry "data.${key}" must be an array`, placeOf(source));
    }
    return (v as unknown[] | null | undefined) ?? [];
  };
  const servers = list('servers');
  // ToolHive refuses to configure a registry with nothing in it (set-registry validation).
  if (servers.length === 0 && list('skills').length === 0 && list('plugins').length === 0) {
    throw new RegistryError('registry-format', 'upstream registry contains no servers, skills, or plugins', placeOf(source));
  }
  return fromServerJSONs(servers, source, format);
}

/**
 * A Registry from the `servers` arrays of API list pages (`ServerResponse` items: `{server, _meta}`).
 * An item without `server` is ToolHive's zero ServerJSON, which does not convert and is skipped.
 */
export function registryFromApiServers(items: unknown[], source: string): Registry {
  return fromServerJSONs(
    arr(items, 'servers', 'lenient').map((item) => (isObject(item) ? field(item, 'server') : item)),
    source,
    'upstream'
  );
}

function fromServerJSONs(servers: unknown[], source: string, format: RegistryFormat): Registry {
  return new LazyRegistry(
    servers.map((raw) => ({ raw, name: upstreamName(raw) })),
    source,
    format
  );
}

/** What a debug line can say about a registry without converting entries just to count them. */
export function loadSummary(registry: Registry): { line: string; skipped: { name: string; reason: string }[] } {
  if (registry instanceof LazyRegistry && !registry.converted) {
    return { line: `${registry.entryCount} entries, converted as manifests name them`, skipped: [] };
  }
  return {
    line: `${registry.servers.size} container and ${registry.remoteServers.size} remote servers, ${registry.skipped.length} skipped`,
    skipped: registry.skipped
  };
}
