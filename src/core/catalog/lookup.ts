// Name → entry, by ToolHive's BaseProvider.GetServer (stacklok/toolhive pkg/registry/provider_base.go):
//  1. exact name among container servers, then among remote servers;
//  2. a name without `/` also matches every entry whose name ends with `/<name>` (container
//     entries first, then remote; no de-duplication): one match ⇒ it, several ⇒ an error;
//  3. otherwise not found.
import type { Registry, ServerMetadata } from './types.js';
import { type Converted, LazyRegistry } from './lazy-registry.js';

export type LookupOutcome =
  | { kind: 'found'; server: ServerMetadata }
  /** `suggestions`: close entry names, when the source lists every name (see core/catalog/suggest). */
  | { kind: 'not-found'; suggestions?: string[] }
  | { kind: 'error'; message: string };

interface ShortNameIndex {
  /** Sizes when built: a Registry is not meant to change after loading, but a stale index must not lie. */
  servers: number;
  remotes: number;
  byShort: Map<string, { fullName: string; server: ServerMetadata }[]>;
}

const indexes = new WeakMap<Registry, ShortNameIndex>();

// A name without `/` that ends an entry name after a `/` is exactly the part after its last `/`.
function shortNameIndex(registry: Registry): ShortNameIndex {
  const cached = indexes.get(registry);
  if (cached && cached.servers === registry.servers.size && cached.remotes === registry.remoteServers.size) return cached;
  const byShort: ShortNameIndex['byShort'] = new Map();
  const add = (fullName: string, server: ServerMetadata) => {
    const slash = fullName.lastIndexOf('/');
    if (slash === -1) return;
    const short = fullName.slice(slash + 1);
    const list = byShort.get(short);
    if (list) list.push({ fullName, server });
    else byShort.set(short, [{ fullName, server }]);
  };
  // Sorted within each group so the ambiguity message is stable (Go's map order is random).
  for (const key of [...registry.servers.keys()].sort()) add(key, registry.servers.get(key)!);
  for (const key of [...registry.remoteServers.keys()].sort()) add(key, registry.remoteServers.get(key)!);
  const index = { servers: registry.servers.size, remotes: registry.remoteServers.size, byShort };
  indexes.set(registry, index);
  return index;
}

export function lookupServer(registry: Registry, name: string): LookupOutcome {
  if (registry instanceof LazyRegistry && !registry.converted) return lookupLazily(registry, name);
  const exact = registry.servers.get(name) ?? registry.remoteServers.get(name);
  if (exact) return { kind: 'found', server: exact };
  if (!name.includes('/')) {
    const matches = shortNameIndex(registry).byShort.get(name) ?? [];
    return shortNameOutcome(name, matches);
  }
  return { kind: 'not-found' };
}

function shortNameOutcome(name: string, matches: { fullName: string; server: ServerMetadata }[]): LookupOutcome {
  if (matches.length === 1) return { kind: 'found', server: matches[0]!.server };
  if (matches.length > 1) {
    return { kind: 'error', message: `multiple servers match '${name}': ${matches.map((m) => m.fullName).join(', ')} — use the full name` };
  }
  return { kind: 'not-found' };
}

/**
 * The same rules over only the entries that can match `name`, converting just those. A name's
 * entry in the loaded maps is the last one of its kind that converts, containers before remotes.
 */
function lookupLazily(registry: LazyRegistry, name: string): LookupOutcome {
  const named = registry.named(name);
  // The common cases first, with the same answer as the general rules below: one entry under the
  // exact name, or (for a short name) none under it and one ending with it.
  const only = named.length === 1 ? named[0]! : undefined;
  if (only?.ok && only.server.name === name) return { kind: 'found', server: only.server };
  if (named.length === 0 && !name.includes('/')) {
    const ending = registry.endingWith(name);
    if (ending.length === 1 && ending[0]!.ok) return { kind: 'found', server: ending[0]!.server };
  }
  const exact = lastOfEachKind(named);
  const hit = exact.image.get(name) ?? exact.remote.get(name);
  if (hit) return { kind: 'found', server: hit };
  const candidates = name.includes('/') ? named : [...named, ...registry.endingWith(name)];
  if (!name.includes('/')) {
    const { image, remote } = lastOfEachKind(candidates.slice(named.length));
    const sorted = (m: Map<string, ServerMetadata>) => [...m.keys()].sort().map((fullName) => ({ fullName, server: m.get(fullName)! }));
    const outcome = shortNameOutcome(name, [...sorted(image), ...sorted(remote)]);
    if (outcome.kind !== 'not-found') return outcome;
  }
  // ToolHive would not find an entry it cannot convert; one refused for our own safety limits says so.
  const refused = candidates.find((done) => !done.ok && done.overLimit);
  if (refused && !refused.ok) return { kind: 'error', message: `registry entry '${name}' cannot be read: ${refused.reason}` };
  return { kind: 'not-found' };
}

function lastOfEachKind(outcomes: Converted[]) {
  const image = new Map<string, ServerMetadata>();
  const remote = new Map<string, ServerMetadata>();
  for (const done of outcomes) if (done.ok) (done.server.kind === 'image' ? image : remote).set(done.server.name, done.server);
  return { image, remote };
}
