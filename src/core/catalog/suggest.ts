// Entry names close to one the registry does not have, for the `server-not-found` reason: a typo
// in the name (`io.github.stacklok/fecth`) or the right short name under another namespace.
import { bestSuggestions, closeEnough, editDistance, type Scored } from '../text/nearest.js';
import type { Registry } from './types.js';

function shortName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/**
 * Up to `max` container entry names within a few edits of `name`, compared whole and by the part
 * after the last `/`. The allowance follows the short name's length, so two long names under the
 * same namespace are not "close" merely for sharing it.
 */
export function suggestServerNames(registry: Registry, name: string, max = 3): string[] {
  const wanted = name.toLowerCase();
  const wantedShort = shortName(wanted);
  const limit = closeEnough(wantedShort);
  const scored: Scored[] = [];
  for (const entry of registry.servers.keys()) {
    const lower = entry.toLowerCase();
    const distance = Math.min(editDistance(wanted, lower, limit), editDistance(wantedShort, shortName(lower), limit));
    if (distance <= limit) scored.push({ value: entry, distance });
  }
  return bestSuggestions(scored, max);
}
