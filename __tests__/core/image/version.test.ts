import { canonical, compare, isValid, normalizeSemver } from '../../../src/core/image/version.js';

// golang.org/x/mod/semver semver_test.go `tests`: ascending order, "" = invalid. TestCompare below
// derives every pairwise expectation from the position in this list, as x/mod's test does.
const XMOD_TESTS: Array<[string, string]> = [
  ['bad', ''],
  ['v1-alpha.beta.gamma', ''],
  ['v1-pre', ''],
  ['v1+meta', ''],
  ['v1-pre+meta', ''],
  ['v1.2-pre', ''],
  ['v1.2+meta', ''],
  ['v1.2-pre+meta', ''],
  ['v1.0.0-alpha', 'v1.0.0-alpha'],
  ['v1.0.0-alpha.1', 'v1.0.0-alpha.1'],
  ['v1.0.0-alpha.beta', 'v1.0.0-alpha.beta'],
  ['v1.0.0-beta', 'v1.0.0-beta'],
  ['v1.0.0-beta.2', 'v1.0.0-beta.2'],
  ['v1.0.0-beta.11', 'v1.0.0-beta.11'],
  ['v1.0.0-rc.1', 'v1.0.0-rc.1'],
  ['v1', 'v1.0.0'],
  ['v1.0', 'v1.0.0'],
  ['v1.0.0', 'v1.0.0'],
  ['v1.2', 'v1.2.0'],
  ['v1.2.0', 'v1.2.0'],
  ['v1.2.3-456', 'v1.2.3-456'],
  ['v1.2.3-456.789', 'v1.2.3-456.789'],
  ['v1.2.3-456-789', 'v1.2.3-456-789'],
  ['v1.2.3-456a', 'v1.2.3-456a'],
  ['v1.2.3-pre', 'v1.2.3-pre'],
  ['v1.2.3-pre+meta', 'v1.2.3-pre'],
  ['v1.2.3-pre.1', 'v1.2.3-pre.1'],
  ['v1.2.3-zzz', 'v1.2.3-zzz'],
  ['v1.2.3', 'v1.2.3'],
  ['v1.2.3+meta', 'v1.2.3'],
  ['v1.2.3+meta-pre', 'v1.2.3'],
  ['v1.2.3+meta-pre.sha.256a', 'v1.2.3']
];

describe('x/mod semver TestIsValid / TestCanonical', () => {
  test.each(XMOD_TESTS)('%s → canonical %j', (input, out) => {
    expect(isValid(input)).toBe(out !== '');
    expect(canonical(input)).toBe(out);
  });
});

describe('x/mod semver TestCompare', () => {
  const pairs: Array<[string, string, number]> = [];
  XMOD_TESTS.forEach(([a, outA], i) =>
    XMOD_TESTS.forEach(([b, outB], j) => {
      pairs.push([a, b, outA === outB ? 0 : i < j ? -1 : 1]);
    })
  );
  test('all pairs', () => {
    for (const [a, b, want] of pairs) {
      expect([a, b, compare(a, b)]).toEqual([a, b, want]);
    }
  });
});

describe('grammar (spec §5.3)', () => {
  test.each([
    // shorthands
    ['v0', true],
    ['v1', true],
    ['v1.2', true],
    ['v0.0.0', true],
    ['v10.20.30', true],
    // v required, lowercase
    ['1.2.3', false],
    ['V1.2.0', false],
    ['', false],
    ['v', false],
    ['v.1', false],
    // leading zeros
    ['v01', false],
    ['v1.02', false],
    ['v1.2.03', false],
    ['v00.1.2', false],
    ['v2024.01', false],
    // shape
    ['v1.2.3.4', false],
    ['v1.', false],
    ['v1.2.', false],
    ['v1..2', false],
    ['v1.2.3 ', false],
    ['v1.2.x', false],
    ['v-1.2.3', false],
    // prerelease
    ['v1.2.3-0', true],
    ['v1.2.3-01', false],
    ['v1.2.3-rc.01', false],
    ['v1.2.3-0a', true],
    ['v1.2.3-01a', true],
    ['v1.2.3--', true],
    ['v1.2.3-rc-1', true],
    ['v1.2.3-', false],
    ['v1.2.3-a..b', false],
    ['v1.2.3-a.', false],
    ['v1.2.3-a_b', false],
    ['v1.2.3-é', false],
    // build
    ['v1.2.3+01', true],
    ['v1.2.3+', false],
    ['v1.2.3+a..b', false],
    ['v1.2.3+a+b', false],
    ['v1.2.3-rc+', false],
    ['v1.2+build', false]
  ])('isValid(%j) = %s', (v, want) => {
    expect(isValid(v)).toBe(want);
  });

  test.each([
    ['v0', 'v0.0.0'],
    ['v1.2', 'v1.2.0'],
    ['v1.2.3-rc.1+build.5', 'v1.2.3-rc.1'],
    ['v1.2.3+build', 'v1.2.3'],
    ['v01', '']
  ])('canonical(%j) = %j', (v, want) => {
    expect(canonical(v)).toBe(want);
  });
});

describe('ordering', () => {
  test.each([
    ['v1.9.0', 'v1.10.0', -1],
    ['v9.0.0', 'v10.0.0', -1],
    ['v1.2.10', 'v1.2.9', 1],
    ['v1.2.3-rc1', 'v1.2.3', -1],
    ['v1', 'v1.0.0', 0],
    ['v1', 'v1.0.1', -1],
    ['v1.2', 'v1.2.0', 0],
    ['v1.0.0-2', 'v1.0.0-10', -1], // numeric identifiers by value
    ['v1.0.0-1', 'v1.0.0-alpha', -1], // numeric < alphanumeric
    ['v1.0.0-alpha', 'v1.0.0-1', 1],
    ['v1.0.0-B', 'v1.0.0-a', -1], // ASCII order
    ['v1.0.0-rc10', 'v1.0.0-rc9', -1], // alphanumeric compared as text
    ['v1.0.0-alpha', 'v1.0.0-alpha.0', -1], // longer list wins
    ['v1.0.0-beta.11', 'v1.0.0-beta.2', 1],
    ['v1.2.3+a', 'v1.2.3+b', 0], // build ignored
    ['v1.2.3-rc.1+a', 'v1.2.3-rc.1', 0],
    ['bad', 'v0.0.0', -1], // invalid below valid
    ['v0.0.0', 'bad', 1],
    ['bad', 'worse', 0]
  ])('compare(%j, %j) = %d', (a, b, want) => {
    expect(compare(a, b)).toBe(want);
  });
});

describe('TestNormalizeSemver', () => {
  test.each([
    ['bare version gets v prefix', '1.2.3', 'v1.2.3'],
    ['already prefixed unchanged', 'v1.2.3', 'v1.2.3'],
    ['uppercase V is lowered', 'V1.2.3', 'v1.2.3'],
    ['non-semver tag unchanged', 'stable', 'stable'],
    ['empty unchanged', '', ''],
    ['numeric prefix gets v', '2024.01', 'v2024.01']
  ])('%s', (_name, input, want) => {
    expect(normalizeSemver(input)).toBe(want);
  });

  test.each([
    ['V', 'v'],
    ['v', 'v'],
    ['0', 'v0'],
    ['x1.2.3', 'x1.2.3'],
    ['Latest', 'Latest'],
    ['VERSION', 'vERSION']
  ])('normalizeSemver(%j) = %j', (input, want) => {
    expect(normalizeSemver(input)).toBe(want);
  });

  test('V1.2.0 is valid only after normalisation', () => {
    expect(isValid('V1.2.0')).toBe(false);
    expect(isValid(normalizeSemver('V1.2.0'))).toBe(true);
    expect(canonical(normalizeSemver('V1.2'))).toBe('v1.2.0');
  });
});
