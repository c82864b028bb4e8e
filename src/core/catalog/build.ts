// Registry documents (either format) and API list pages → one normalised Registry. Legacy
// documents go through the `thv registry convert` mapping first, so both formats yield the same
// entries. As in ToolHive's parseRegistryData, unconvertible servers are skipped and a later
// duplicate name overwrites an earlier one.
//
// Entries are converted when first asked for: a registry of thousands of servers is indexed by
// name in one cheap pass, and only the entries manifests name pay for conversion. Reading
// `servers`, `remoteServers` or `skipped` converts everything, in document order, as before.
import type { ImageMetadata, Registry, RemoteServerMetadata, ServerMetadata } from './types.js';
import { ConversionError, EntryLimitError, RegistryError } from './errors.js';
import { type RegistryFormat, detectRegistryFormat, placeOf } from './format.js';
import { ShapeError, arr, field, isObject, str } from './go-json.js';
import { legacyImageToServerJSON, legacyRemoteToServerJSON, legacySection } from './legacy-to-upstream.js';
import { buildReverseDNSName } from './names.js';
import { convertServerJSON } from './server-json.js';

/** One entry as found in the document, filed under the name it gets if it converts. */
interface RawEntry {
  raw: unknown;
  /** Legacy entries: the key and section (they go through `thv registry convert` first). */
  legacy?: { key: string; remote: boolean };
  name: string;
}

/** A converted entry, or why it was skipped (and whether `thv registry convert` already refused it). */
export type Converted =
  | { ok: true; server: ServerMetadata }
  | { ok: false; name: string; reason: string; legacyPhase: boolean; overLimit: boolean };

export class LazyRegistry implements Registry {
  private readonly byName = new Map<string, RawEntry[]>();
  private readonly byShortName = new Map<string, RawEntry[]>();
  private readonly outcomes = new Map<RawEntry, Converted>();
  private full?: { servers: Map<string, ImageMetadata>; remoteServers: Map<string, RemoteServerMetadata>; skipped: { name: string; reason: string }[] };

  constructor(
    private readonly entries: RawEntry[],
    readonly source: string,
    readonly format: RegistryFormat
  ) {
    for (const entry of entries) {
      push(this.byName, entry.name, entry);
      const slash = entry.name.lastIndexOf('/');
      if (slash !== -1) push(this.byShortName, entry.name.slice(slash + 1), entry);
    }
  }

  /** Entries in the document (converted or not). */
  get entryCount(): number {
    return this.entries.length;
  }

  /** True once everything has been converted (by reading servers, remoteServers or skipped). */
  get converted(): boolean {
    return this.full !== undefined;
  }

  get servers(): Map<string, ImageMetadata> {
    return this.convertAll().servers;
  }

  get remoteServers(): Map<string, RemoteServerMetadata> {
    return this.convertAll().remoteServers;
  }

  get skipped(): { name: string; reason: string }[] {
    return this.convertAll().skipped;
  }

  /** Outcomes of the entries filed under exactly `name`, in document order. */
  named(name: string): Converted[] {
    return (this.byName.get(name) ?? []).map((e) => this.outcome(e));
  }

  /** Outcomes of the entries whose name ends with `/<shortName>`, in document order. */
  endingWith(shortName: string): Converted[] {
    return (this.byShortName.get(shortName) ?? []).map((e) => this.outcome(e));
  }

  private outcome(entry: RawEntry): Converted {
    let done = this.outcomes.get(entry);
    if (!done) {
      done = convertEntry(entry);
      this.outcomes.set(entry, done);
    }
    return done;
  }

  private convertAll() {
    if (!this.full) {
      const full: NonNullable<LazyRegistry['full']> = { servers: new Map(), remoteServers: new Map(), skipped: [] };
      const late: { name: string; reason: string }[] = [];
      for (const entry of this.entries) {
        const done = this.outcome(entry);
        if (done.ok) {
          if (done.server.kind === 'image') full.servers.set(done.server.name, done.server);
          else full.remoteServers.set(done.server.name, done.server);
        } else {
          // `thv registry convert` runs over the whole file before the entries are read.
          (done.legacyPhase ? full.skipped : late).push({ name: done.name, reason: done.reason });
        }
      }
      full.skipped.push(...late);
      this.full = full;
    }
    return this.full;
  }
}

function push(map: Map<string, RawEntry[]>, key: string, entry: RawEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function convertEntry(entry: RawEntry): Converted {
  let server: unknown = entry.raw;
  if (entry.legacy) {
    try {
      server = (entry.legacy.remote ? legacyRemoteToServerJSON : legacyImageToServerJSON)(entry.legacy.key, entry.raw);
    } catch (error) {
      if (error instanceof ConversionError || error instanceof ShapeError) return { ok: false, name: entry.legacy.key, reason: error.message, legacyPhase: true, overLimit: error instanceof EntryLimitError };
      throw error;
    }
  }
  try {
    return { ok: true, server: convertServerJSON(server ?? {}) };
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    const name = isObject(server) ? str(field(server, 'name'), 'name', 'lenient') : '';
    return { ok: false, name, reason: error.message, legacyPhase: false, overLimit: error instanceof EntryLimitError };
  }
}

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
      for (const [key, raw] of legacySection(doc, remote ? 'remote_servers' : 'servers', source)) {
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
