// Name resolution over a loaded Registry. Static sources (file, JSON URL) use BaseProvider's rules
// only. API sources behave like ToolHive's CachedAPIRegistryProvider: the full list first, and
// when that lookup fails (not found, or an ambiguous short name) APIRegistryProvider.GetServer:
// GET …/versions/latest for the reverse-DNS name, then for the name as is, then search.
import { ConversionError, RegistryError } from '../../core/catalog/errors.js';
import { field, isObject } from '../../core/catalog/go-json.js';
import { type LookupOutcome, lookupServer } from '../../core/catalog/lookup.js';
import { buildReverseDNSName, extractServerName } from '../../core/catalog/names.js';
import { suggestServerNames } from '../../core/catalog/suggest.js';
import { convertServerJSON } from '../../core/catalog/server-json.js';
import type { Registry } from '../../core/catalog/types.js';
import type { RegistryApiClient } from './api-client.js';

export interface RegistryProvider {
  registry: Registry;
  /** Resolve all names with one list fetch + per-name API fallback, memoised. */
  resolve(names: string[]): Promise<Map<string, LookupOutcome>>;
  /** Releases HTTP connections (idle ones never keep the process alive anyway). */
  close?(): Promise<void>;
}

function converted(server: unknown): LookupOutcome {
  try {
    return { kind: 'found', server: convertServerJSON(server) };
  } catch (error) {
    if (error instanceof ConversionError) return { kind: 'error', message: error.message };
    throw error;
  }
}

/** APIRegistryProvider.GetServer (uncached path). */
export async function apiGetServer(api: RegistryApiClient, name: string, log: (m: string) => void): Promise<LookupOutcome> {
  const reverseDNS = buildReverseDNSName(name);
  let got = await api.getLatest(reverseDNS);
  if (got.ok) return converted(got.server);
  log(`registry: ${reverseDNS} versions/latest: ${got.why}`);
  if (reverseDNS !== name) {
    got = await api.getLatest(name);
    if (got.ok) return converted(got.server);
    log(`registry: ${name} versions/latest: ${got.why}`);
  }
  let results: unknown[];
  try {
    results = await api.search(name);
  } catch (error) {
    if (error instanceof RegistryError && error.code === 'registry-deadline') throw error;
    return { kind: 'error', message: `failed to find server ${name}: ${error instanceof Error ? error.message : String(error)}` };
  }
  for (const server of results) {
    if (!isObject(server)) continue;
    const full = field(server, 'name');
    if (typeof full !== 'string') continue;
    if (extractServerName(full) === name || full === name) return converted(server);
  }
  return { kind: 'not-found' };
}

/** A static source lists every name, so the names close to a missing one are worth showing. */
function withSuggestions(registry: Registry, name: string, outcome: LookupOutcome): LookupOutcome {
  if (outcome.kind !== 'not-found') return outcome;
  const suggestions = suggestServerNames(registry, name);
  return suggestions.length ? { kind: 'not-found', suggestions } : outcome;
}

export function staticProvider(registry: Registry): RegistryProvider {
  return {
    registry,
    async resolve(names) {
      return new Map(names.map((n) => [n, withSuggestions(registry, n, lookupServer(registry, n))]));
    },
    async close() {}
  };
}

async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

export function apiProvider(
  registry: Registry,
  api: RegistryApiClient,
  opts: { concurrency: number; log: (m: string) => void; close: () => Promise<void> }
): RegistryProvider {
  const memo = new Map<string, Promise<LookupOutcome>>();
  const lookup = (name: string): Promise<LookupOutcome> => {
    let pending = memo.get(name);
    if (!pending) {
      const cached = lookupServer(registry, name);
      pending =
        cached.kind === 'found'
          ? Promise.resolve(cached)
          : (opts.log(`registry: '${name}' ${cached.kind === 'error' ? 'is ambiguous' : 'is not'} in the list; asking the API`),
            apiGetServer(api, name, opts.log));
      memo.set(name, pending);
    }
    return pending;
  };
  return {
    registry,
    async resolve(names) {
      const unique = [...new Set(names)];
      const outcomes = new Map<string, LookupOutcome>();
      await eachLimited(unique, opts.concurrency, async (name) => {
        outcomes.set(name, await lookup(name));
      });
      return new Map(unique.map((n) => [n, outcomes.get(n)!]));
    },
    close: opts.close
  };
}
