// "Did you mean …?": the closest strings to a mistyped one, for flags and registry entry names.

// Rows of the distance table, reused from call to call: a run that cannot find some names
// compares each of them with every name in the registry, thousands of times over.
let rowBuffers = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance with adjacent transpositions counted once (optimal string alignment), so `fecth`
 * is one edit from `fetch`. Returns `limit + 1` as soon as the distance is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  // Each edit changes the length by one at most.
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // A shared prefix or suffix costs no edit (names in one namespace share theirs): only the part
  // between them is compared.
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (rowBuffers[0]!.length < m + 2) rowBuffers = rowBuffers.map(() => new Int32Array(2 * (m + 2)));
  let [beforePrevious, previous, current] = rowBuffers as [Int32Array, Int32Array, Int32Array];
  // Cells more than `limit` off the diagonal cannot lie on a path within the limit: each row is
  // computed only within that band, and the cells just outside it read as out of reach.
  const band = Math.min(limit, Math.max(n, m));
  const outOfReach = Math.min(limit, n + m) + 1;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(m, i + band);
    current[from - 1] = from === 1 ? i : outOfReach;
    let rowMin = current[from - 1]!;
    const ai = a.charCodeAt(start + i - 1);
    const aBefore = i > 1 ? a.charCodeAt(start + i - 2) : -1;
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(start + j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (j > 1 && ai === b.charCodeAt(start + j - 2) && aBefore === bj) d = Math.min(d, beforePrevious[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (to < m) current[to + 1] = outOfReach;
    // Every later row is at least this row's minimum: stop once nothing can come back under the limit.
    if (rowMin > limit) return limit + 1;
    const spare = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = spare;
  }
  const distance = previous[m]!;
  return distance > limit ? limit + 1 : distance;
}

const COUNT_BUCKETS = 32;

/**
 * How often each character occurs in `word`, folded into a few buckets (characters that share one
 * only make the bound below weaker, never wrong; a bucket per character made it no faster).
 */
export function characterCounts(word: string): Int32Array {
  const counts = new Int32Array(COUNT_BUCKETS);
  for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) % COUNT_BUCKETS]!++;
  return counts;
}

/**
 * A lower bound on the edit distance of two words, from their characterCounts: each insertion,
 * deletion or substitution adds or removes at most one character on each side, and a transposition
 * none. Far cheaper than the distance itself, it rules most words out at once.
 */
export function countsDistance(a: Int32Array, b: Int32Array): number {
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < COUNT_BUCKETS; i++) {
    const d = a[i]! - b[i]!;
    if (d > 0) more += d;
    else fewer -= d;
  }
  return Math.max(more, fewer);
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
