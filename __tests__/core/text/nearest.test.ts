import { didYouMean, editDistance, nearest } from '../../../src/core/text/nearest.js';

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
