import { updateType } from '../../../src/core/image/update-type.js';

describe('updateType (tags read as the check reads them)', () => {
  test.each([
    // plain releases
    ['1.2.3', '2.0.0', 'major'],
    ['1.2.3', '1.3.0', 'minor'],
    ['1.2.3', '1.2.4', 'patch'],
    ['0.1.1', '0.1.3', 'patch'],
    ['0.1.3', '0.2.0', 'minor'],
    // v prefix, either spelling, on one side or both
    ['v1.2.3', 'v1.2.4', 'patch'],
    ['1.2.3', 'v1.3.0', 'minor'],
    ['V1.2.3', '2.0.0', 'major'],
    // missing minor / patch: x/mod reads 1.2 as 1.2.0 and v2 as 2.0.0
    ['1.2', '1.2.1', 'patch'],
    ['1.2', '1.3', 'minor'],
    ['v1', 'v2', 'major'],
    ['v1', 'v1.1', 'minor'],
    // prereleases: a prerelease candidate, or the release of the current prerelease
    ['1.2.3', '1.2.4-rc.1', 'prerelease'],
    ['1.2.3', '2.0.0-beta.1', 'prerelease'],
    ['1.2.3-rc.1', '1.2.3-rc.2', 'prerelease'],
    ['1.2.3-rc.1', '1.2.3', 'prerelease'],
    ['1.0.0-rc.1', '1.0.0', 'prerelease'],
    // from a prerelease to a later release: the release parts decide
    ['1.0.0-rc.1', '1.0.1', 'patch'],
    ['1.2.3-rc.1', '1.3.0', 'minor'],
    ['1.2.3-alpha', '2.0.0', 'major'],
    // build metadata is not part of the version
    ['1.2.3+build.1', '1.2.4+build.2', 'patch'],
    ['1.2.3+incompatible', '2.0.0+incompatible', 'major'],
    ['1.2.3-rc.1+b1', '1.2.3+b2', 'prerelease']
  ])('%s → %s is %s', (current, candidate, want) => {
    expect(updateType(current, candidate)).toBe(want);
  });

  test.each([
    ['same version', '1.2.3', '1.2.3'],
    ['same version, other spelling', 'v1.2', '1.2.0'],
    ['only build metadata differs', '1.2.3+a', '1.2.3+b'],
    ['older candidate', '1.2.3', '1.2.2'],
    ['release to its own prerelease', '1.2.3', '1.2.3-rc.1'],
    ['not semver', 'latest', '1.2.3'],
    ['not semver candidate', '1.2.3', 'main'],
    ['x/mod rejects a leading zero', '1.02.3', '1.3.0'],
    ['x/mod rejects four parts', '1.2.3.4', '1.2.4'],
    ['beyond npm semver integers', '1.2.3', '99999999999999999999.0.0']
  ])('%s: %s → %s is no update', (_name, current, candidate) => {
    expect(updateType(current, candidate)).toBeUndefined();
  });
});
