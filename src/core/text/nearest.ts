// "Did you mean …?": the closest strings to a mistyped one, for flags and registry entry names.

/**
 * Edit distance with adjacent transpositions counted once (optimal string alignment), so `fecth`
 * is one edit from `fetch`. Returns `limit + 1` as soon as the distance is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, beforePrevious[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    // Every later row is at least this row's minimum: stop once nothing can come back under the limit.
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How far a word may be from a suggestion: two edits, or a quarter of the word when it is long. */
export function closeEnough(word: string): number {
  return Math.max(2, Math.floor(word.length / 4));
}

export interface Scored {
  value: string;
  distance: number;
}

/** The best `max` of `scored` (smallest distance, then alphabetical), each value once. */
export function bestSuggestions(scored: Iterable<Scored>, max = 3): string[] {
  const best = new Map<string, number>();
  for (const { value, distance } of scored) best.set(value, Math.min(distance, best.get(value) ?? Infinity));
  return [...best]
    .sort(([va, da], [vb, db]) => da - db || (va < vb ? -1 : va > vb ? 1 : 0))
    .slice(0, max)
    .map(([value]) => value);
}

/** Up to `max` candidates within closeEnough(word) of `word`, case-insensitively, closest first. */
export function nearest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = word.toLowerCase();
  const limit = closeEnough(lower);
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance <= limit) scored.push({ value: candidate, distance });
  }
  return bestSuggestions(scored, max);
}

/** ` (did you mean a, b or c?)`, or '' when there is nothing to suggest. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const list =
    suggestions.length === 1 ? suggestions[0]! : `${suggestions.slice(0, -1).join(', ')} or ${suggestions[suggestions.length - 1]}`;
  return ` (did you mean ${list}?)`;
}
