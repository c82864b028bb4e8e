import { characterCounts, countsDistance, didYouMean, editDistance, nearest } from '../../../src/core/text/nearest.js';

describe('editDistance', () => {
  test.each([
    ['fetch', 'fetch', 0],
    ['fecth', 'fetch', 1],
    ['registy', 'registry', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3]
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test('stops past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  // The textbook optimal-string-alignment table, whole: what the shortcuts (shared prefix and
  // suffix, the band around the diagonal, reused rows) must agree with.
  function textbook(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
    );
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  }

  test('agrees with the whole table on random names, within and past every limit', () => {
    // A fixed seed: a failure names the same pair on every run.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    // Three letters, so that shared prefixes, suffixes and transpositions are common.
    const word = () => Array.from({ length: random(10) }, () => 'abc'[random(3)]).join('');
    for (let k = 0; k < 3000; k++) {
      const [a, b] = [word(), word()];
      const [prefix, suffix] = random(2) ? ['io.github.stacklok/', '-mcp'] : ['', ''];
      const [x, y] = [prefix + a + suffix, prefix + b + suffix];
      const exact = textbook(x, y);
      // The quick bound that rules candidates out must never rule out a close one.
      expect(countsDistance(characterCounts(x), characterCounts(y))).toBeLessThanOrEqual(exact);
      for (const limit of [0, 1, 2, 3, 5, Infinity]) {
        expect({ x, y, limit, d: editDistance(x, y, limit) }).toEqual({ x, y, limit, d: exact <= limit ? exact : limit + 1 });
      }
    }
  });

  test('the character-count bound rules out words made of other letters', () => {
    expect(countsDistance(characterCounts('fetch'), characterCounts('notion'))).toBeGreaterThan(2);
    expect(countsDistance(characterCounts('fecth'), characterCounts('fetch'))).toBe(0);
  });

  test('a long name after a short one still gets rows long enough', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    const long = 'x'.repeat(300);
    expect(editDistance(long, `${long.slice(0, 150)}yy${long.slice(150)}`)).toBe(2);
    expect(editDistance(`a${long}b`, `b${long}a`, 3)).toBe(2);
  });
});

describe('nearest', () => {
  const flags = ['--registry', '--registry-type', '--registry-token', '--verify', '--version', '--dry-run'];
  test('the closest first, only when close, at most the number asked', () => {
    expect(nearest('--registy', flags)).toEqual(['--registry']);
    expect(nearest('--verison', flags, 1)).toEqual(['--version']);
    expect(nearest('--colour', flags)).toEqual([]);
    expect(nearest('--REGISTRY-TYP', flags)).toEqual(['--registry-type']);
    expect(nearest('--registry-tpye', flags)).toEqual(['--registry-type', '--registry-token']);
  });

  test('didYouMean lists them', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['a'])).toBe(' (did you mean a?)');
    expect(didYouMean(['a', 'b', 'c'])).toBe(' (did you mean a, b or c?)');
  });
});
