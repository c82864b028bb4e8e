// A registry whose entries are converted when first asked for: indexing thousands of servers by
// name is one cheap pass, and only the entries manifests name pay for conversion. Reading
// `servers`, `remoteServers` or `skipped` converts everything, in document order, as ToolHive loads.
import type { ImageMetadata, Registry, RemoteServerMetadata, ServerMetadata } from './types.js';
import { ConversionError, EntryLimitError } from './errors.js';
import type { RegistryFormat } from './format.js';
import { ShapeError, field, isObject, str } from './go-json.js';
import {
  type LegacyImage,
  decodeLegacyImage,
  legacyImageToServerJSON,
  legacyRemoteToServerJSON,
  legacyServerName
} from './legacy-to-upstream.js';
import { legacyImageToMetadata } from './legacy-to-metadata.js';
import { convertServerJSON } from './server-json.js';

/** One entry as found in the document, filed under the name it gets if it converts. */
export interface RawEntry {
  raw: unknown;
  /** Legacy entries: the key and section (they go through `thv registry convert` first). */
  legacy?: { key: string; remote: boolean };
  name: string;
}

/** A converted entry, or why it was skipped (and whether `thv registry convert` already refused it). */
export type Converted =
  { ok: true; server: ServerMetadata } | { ok: false; name: string; reason: string; legacyPhase: boolean; overLimit: boolean };

export class LazyRegistry implements Registry {
  // One entry per name is the rule: a list only for names given twice (no array per entry).
  private readonly byName = new Map<string, RawEntry | RawEntry[]>();
  /** Built at the first short-name lookup: runs that use full names never pay for it. */
  private byShortName?: Map<string, RawEntry | RawEntry[]>;
  private readonly outcomes = new Map<RawEntry, Converted>();
  private full?: {
    servers: Map<string, ImageMetadata>;
    remoteServers: Map<string, RemoteServerMetadata>;
    skipped: { name: string; reason: string }[];
  };

  constructor(
    private readonly entries: RawEntry[],
    readonly source: string,
    readonly format: RegistryFormat
  ) {
    for (const entry of entries) push(this.byName, entry.name, entry);
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
    return listOf(this.byName.get(name)).map((e) => this.outcome(e));
  }

  /** Outcomes of the entries whose name ends with `/<shortName>`, in document order. */
  endingWith(shortName: string): Converted[] {
    if (!this.byShortName) {
      this.byShortName = new Map();
      for (const entry of this.entries) {
        const slash = entry.name.lastIndexOf('/');
        if (slash !== -1) push(this.byShortName, entry.name.slice(slash + 1), entry);
      }
    }
    return listOf(this.byShortName.get(shortName)).map((e) => this.outcome(e));
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

function push(map: Map<string, RawEntry | RawEntry[]>, key: string, entry: RawEntry): void {
  const filed = map.get(key);
  if (filed === undefined) map.set(key, entry);
  else if (Array.isArray(filed)) filed.push(entry);
  else map.set(key, [filed, entry]);
}

function listOf(filed: RawEntry | RawEntry[] | undefined): RawEntry[] {
  return filed === undefined ? [] : Array.isArray(filed) ? filed : [filed];
}

/** Legacy container entries convert directly; the rest (and the parity test's reference) via server.json. */
export function convertEntry(entry: RawEntry): Converted {
  if (!entry.legacy || entry.legacy.remote) return convertEntryViaServerJSON(entry);
  const { key } = entry.legacy;
  let legacy: LegacyImage;
  try {
    legacy = decodeLegacyImage(key, entry.raw);
  } catch (error) {
    return legacyPhaseFailure(key, error);
  }
  try {
    return { ok: true, server: legacyImageToMetadata(key, legacy) };
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    return {
      ok: false,
      name: legacyServerName(key, legacy),
      reason: error.message,
      legacyPhase: false,
      overLimit: error instanceof EntryLimitError
    };
  }
}

/** The outcome as ToolHive reaches it: legacy entries through `thv registry convert`, then ConvertServerJSON. */
export function convertEntryViaServerJSON(entry: RawEntry): Converted {
  let server: unknown = entry.raw;
  if (entry.legacy) {
    try {
      server = (entry.legacy.remote ? legacyRemoteToServerJSON : legacyImageToServerJSON)(entry.legacy.key, entry.raw);
    } catch (error) {
      return legacyPhaseFailure(entry.legacy.key, error);
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

/** `thv registry convert` refused the entry (rethrows anything that is not a conversion failure). */
function legacyPhaseFailure(key: string, error: unknown): Converted {
  if (error instanceof ConversionError || error instanceof ShapeError)
    return { ok: false, name: key, reason: error.message, legacyPhase: true, overLimit: error instanceof EntryLimitError };
  throw error;
}
