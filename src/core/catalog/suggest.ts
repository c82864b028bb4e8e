// Entry names close to one the registry does not have, for the `server-not-found` reason: a typo
// in the name (`io.github.stacklok/fecth`) or the right short name under another namespace.
import { bestSuggestions, characterCounts, closeEnough, countsDistance, editDistance, type Scored } from '../text/nearest.js';
import type { Registry } from './types.js';

function shortName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** Server names are reverse-DNS names of a few dozen characters (server.json allows at most 200). */
const LONGEST_SUGGESTED_NAME = 512;

interface Candidate {
  entry: string;
  lower: string;
  lowerShort: string;
  /** Everything before the short name (`io.github.stacklok/`), or ''. */
  namespace: string;
  shortCounts: Int32Array;
}

// Every name a run cannot find is compared with every entry: each entry's lowered names are made
// once per registry, not once per comparison.
const candidatesByServers = new WeakMap<Map<string, unknown>, Candidate[]>();

function candidatesOf(registry: Registry): Candidate[] {
  const servers = registry.servers;
  let candidates = candidatesByServers.get(servers);
  if (candidates?.length !== servers.size) {
    candidates = [...servers.keys()].map((entry) => {
      const lower = entry.toLowerCase();
      const lowerShort = shortName(lower);
      return {
        entry,
        lower,
        lowerShort,
        namespace: lower.slice(0, lower.length - lowerShort.length),
        shortCounts: characterCounts(lowerShort)
      };
    });
    candidatesByServers.set(servers, candidates);
  }
  return candidates;
}

/**
 * Up to `max` container entry names within a few edits of `name`, compared whole and by the part
 * after the last `/`. The allowance follows the short name's length, so two long names under the
 * same namespace are not "close" merely for sharing it.
 */
export function suggestServerNames(registry: Registry, name: string, max = 3): string[] {
  // The allowance grows with the name, and the comparison with the allowance: a name longer than
  // any server's is no typo of one, and is not searched for.
  if (name.length > LONGEST_SUGGESTED_NAME) return [];
  const wanted = name.toLowerCase();
  const wantedShort = shortName(wanted);
  const limit = closeEnough(wantedShort);
  const scored: Scored[] = [];
  const wantedNamespace = wanted.slice(0, wanted.length - wantedShort.length);
  const wantedCounts = characterCounts(wantedShort);
  for (const { entry, lower, lowerShort, namespace, shortCounts } of candidatesOf(registry)) {
    const short = countsDistance(wantedCounts, shortCounts) > limit ? limit + 1 : editDistance(wantedShort, lowerShort, limit);
    // In one namespace the whole names differ exactly where the short names do.
    const distance = namespace === wantedNamespace ? short : Math.min(short, editDistance(wanted, lower, limit));
    if (distance <= limit) scored.push({ value: entry, distance });
  }
  return bestSuggestions(scored, max);
}
