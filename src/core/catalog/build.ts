// Registry documents (either format) and API list pages → one normalised Registry. Legacy
// documents go through the `thv registry convert` mapping first, so both formats yield the same
// entries. As in ToolHive's parseRegistryData, unconvertible servers are skipped and a later
// duplicate name overwrites an earlier one.
import type { Registry } from './types.js';
import { ConversionError, RegistryError } from './errors.js';
import { type RegistryFormat, detectRegistryFormat, placeOf } from './format.js';
import { arr, field, isObject, str } from './go-json.js';
import { convertLegacyRegistry } from './legacy-to-upstream.js';
import { convertServerJSON } from './server-json.js';

/** Builds a Registry from a parsed registry document; throws RegistryError for unusable documents. */
export function buildRegistry(doc: unknown, source: string): Registry {
  const format = detectRegistryFormat(doc, source);
  if (format === 'legacy') {
    const { document, skipped } = convertLegacyRegistry(doc, source);
    if (document.data.servers.length === 0 && skipped.length === 0) {
      throw new RegistryError('registry-format', 'legacy registry contains no servers or remote_servers', placeOf(source));
    }
    const registry = fromServerJSONs(document.data.servers, source, format);
    registry.skipped.unshift(...skipped);
    return registry;
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
    'upstream',
  );
}

function fromServerJSONs(servers: unknown[], source: string, format: RegistryFormat): Registry {
  const registry: Registry = { servers: new Map(), remoteServers: new Map(), source, format, skipped: [] };
  for (const server of servers) {
    try {
      const meta = convertServerJSON(server ?? {});
      if (meta.kind === 'image') registry.servers.set(meta.name, meta);
      else registry.remoteServers.set(meta.name, meta);
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      const name = isObject(server) ? str(field(server, 'name'), 'name', 'lenient') : '';
      registry.skipped.push({ name, reason: error.message });
    }
  }
  return registry;
}
