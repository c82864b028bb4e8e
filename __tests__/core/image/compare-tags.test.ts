import { compareImageTags, type TagComparison } from '../../../src/core/image/compare-tags.js';

const S = 'ghcr.io/example/server';
const ZERO_DIGEST = 'sha256:' + '0'.repeat(64);
const LATEST_REASON = 'image uses the "latest" tag, which defers to the registry and cannot be ordered';

// pkg/workloads/upgrade/version_test.go TestCompareImageTags (spec §5.6).
describe('TestCompareImageTags', () => {
  test.each<[string, string, string, TagComparison]>([
    ['candidate newer semver', `${S}:1.0.0`, `${S}:1.1.0`, 'newer'],
    ['candidate newer semver with v prefix', `${S}:v1.0.0`, `${S}:v2.0.0`, 'newer'],
    ['candidate newer semver with uppercase V prefix', `${S}:V1.2.0`, `${S}:V1.3.0`, 'newer'],
    ['double-digit minor orders numerically not lexically', `${S}:1.9.0`, `${S}:1.10.0`, 'newer'],
    ['prerelease is older than its release', `${S}:1.2.3-rc1`, `${S}:1.2.3`, 'newer'],
    ['candidate equal semver', `${S}:1.2.3`, `${S}:1.2.3`, 'sameOrOlder'],
    ['candidate older semver', `${S}:2.0.0`, `${S}:1.0.0`, 'sameOrOlder'],
    ['mixed v-prefix normalization', `${S}:1.0.0`, `${S}:v1.5.0`, 'newer'],
    ['equal non-semver literal tag', `${S}:stable`, `${S}:stable`, 'sameOrOlder'],
    ['different non-semver tags undecidable', `${S}:stable`, `${S}:edge`, 'undecidable'],
    ['different repositories undecidable', `${S}:1.0.0`, 'ghcr.io/other/server:1.1.0', 'undecidable'],
    ['latest on candidate undecidable', `${S}:1.0.0`, `${S}:latest`, 'undecidable'],
    ['latest on current undecidable', `${S}:latest`, `${S}:1.0.0`, 'undecidable'],
    ['implicit latest (no tag) undecidable', S, `${S}:1.0.0`, 'undecidable'],
    ['docker hub short name normalized to same repo', 'library/nginx:1.0.0', 'library/nginx:1.1.0', 'newer'],
    ['digest reference is undecidable', `${S}@${ZERO_DIGEST}`, `${S}:1.1.0`, 'undecidable']
  ])('%s', (_name, current, candidate, want) => {
    const { result, reason } = compareImageTags(current, candidate);
    expect(result).toBe(want);
    if (result === 'undecidable') expect(reason).not.toBe('');
    else expect(reason).toBe('');
  });
});

// Derived vectors of spec §5.3 and further edges, with thv's exact reason strings.
describe('compareImageTags: derived vectors', () => {
  test.each<[string, string, string, TagComparison, string]>([
    ['v1 shorthand vs v1.0.1', `${S}:v1`, `${S}:v1.0.1`, 'newer', ''],
    ['1.2 vs 1.2.0 are equal', `${S}:1.2`, `${S}:1.2.0`, 'sameOrOlder', ''],
    ['v1.2.0 vs V1.2.0 are equal', `${S}:v1.2.0`, `${S}:V1.2.0`, 'sameOrOlder', ''],
    ['v1 vs 2', `${S}:v1`, `${S}:2`, 'newer', ''],
    ['0 vs 0.0.1', `${S}:0`, `${S}:0.0.1`, 'newer', ''],
    [
      'date tags with leading zeros are not semver',
      `${S}:2024.01`,
      `${S}:2024.02`,
      'undecidable',
      'tags are not comparable: current "2024.01" vs candidate "2024.02"'
    ],
    ['equal invalid-semver tags', `${S}:2024.01`, `${S}:2024.01`, 'sameOrOlder', ''],
    ['Latest is a literal tag (equal)', `${S}:Latest`, `${S}:Latest`, 'sameOrOlder', ''],
    [
      'Latest is a literal tag (unequal)',
      `${S}:Latest`,
      `${S}:1.0.0`,
      'undecidable',
      'tags are not comparable: current "Latest" vs candidate "1.0.0"'
    ],
    ['docker.io spelling vs short name', 'docker.io/library/nginx:1.0', 'nginx:1.1', 'newer', ''],
    ['index.docker.io vs short name', 'index.docker.io/library/nginx:1.1', 'nginx:1.0', 'sameOrOlder', ''],
    ['localhost/ is a Docker Hub namespace', 'localhost/xy:1', 'index.docker.io/localhost/xy:2', 'newer', ''],
    [
      'registry-1.docker.io is a different registry',
      'registry-1.docker.io/library/nginx:1.0',
      'nginx:1.1',
      'undecidable',
      'repository differs: current "registry-1.docker.io/library/nginx" vs candidate "index.docker.io/library/nginx"'
    ],
    [
      'different repositories',
      `${S}:1.0.0`,
      'ghcr.io/other/server:1.1.0',
      'undecidable',
      'repository differs: current "ghcr.io/example/server" vs candidate "ghcr.io/other/server"'
    ],
    [
      'uppercase repository does not parse',
      'ghcr.io/Example/x:1.0',
      'ghcr.io/example/x:1.1',
      'undecidable',
      'cannot parse current image "ghcr.io/Example/x:1.0": could not parse reference: ghcr.io/Example/x:1.0'
    ],
    [
      'candidate that does not parse',
      `${S}:1.0`,
      `${S}:1.1+build`,
      'undecidable',
      `cannot parse candidate image "${S}:1.1+build": could not parse reference: ${S}:1.1+build`
    ],
    [
      'tag@digest is a digest reference',
      `${S}:1.0@${ZERO_DIGEST}`,
      `${S}:1.1`,
      'undecidable',
      `cannot parse current image "${S}:1.0@${ZERO_DIGEST}": reference "${S}:1.0@${ZERO_DIGEST}" is not a tag`
    ],
    [
      'digest candidate',
      `${S}:1.0`,
      `${S}@${ZERO_DIGEST}`,
      'undecidable',
      `cannot parse candidate image "${S}@${ZERO_DIGEST}": reference "${S}@${ZERO_DIGEST}" is not a tag`
    ],
    ['semver vs non-semver', `${S}:1.0.0`, `${S}:stable`, 'undecidable', 'tags are not comparable: current "1.0.0" vs candidate "stable"'],
    ['stable vs stable', `${S}:stable`, `${S}:stable`, 'sameOrOlder', ''],
    ['empty tag means latest', 'ghcr.io/x/y:', 'ghcr.io/x/y:1.0', 'undecidable', LATEST_REASON],
    ['latest on both sides', `${S}:latest`, `${S}:latest`, 'undecidable', LATEST_REASON],
    [
      'repository is checked before latest',
      `${S}:latest`,
      'ghcr.io/other/server:latest',
      'undecidable',
      'repository differs: current "ghcr.io/example/server" vs candidate "ghcr.io/other/server"'
    ],
    ['prerelease ordering (numeric)', `${S}:1.0.0-rc.2`, `${S}:1.0.0-rc.10`, 'newer', ''],
    ['prerelease ordering (alphanumeric)', `${S}:1.0.0-beta.11`, `${S}:1.0.0-beta.2`, 'sameOrOlder', ''],
    ['numeric prerelease below alphanumeric', `${S}:1.0.0-1`, `${S}:1.0.0-alpha`, 'newer', ''],
    ['release after its prerelease with v', `${S}:v2.0.0-alpha`, `${S}:v2.0.0`, 'newer', ''],
    [
      'prerelease with a leading zero is not semver',
      `${S}:1.0.0-01`,
      `${S}:1.0.0`,
      'undecidable',
      'tags are not comparable: current "1.0.0-01" vs candidate "1.0.0"'
    ],
    [
      'shorthand with prerelease is not semver',
      `${S}:v1-rc1`,
      `${S}:v1`,
      'undecidable',
      'tags are not comparable: current "v1-rc1" vs candidate "v1"'
    ],
    [
      'URL scheme is rejected',
      'https://ghcr.io/x/y:1.0',
      'https://ghcr.io/x/y:1.1',
      'undecidable',
      'cannot parse current image "https://ghcr.io/x/y:1.0": image reference must not contain a URL scheme (http:// or https://): https://ghcr.io/x/y:1.0; to connect to a registry over plain HTTP, use name.Insecure'
    ],
    ['empty current image', '', `${S}:1.0`, 'undecidable', 'cannot parse current image "": could not parse reference: ']
  ])('%s', (_name, current, candidate, result, reason) => {
    expect(compareImageTags(current, candidate)).toEqual({ result, reason });
  });

  test('reasons quote like Go %q', () => {
    expect(compareImageTags('ghcr.io/x/y:1\n', 'ghcr.io/x/y:2').reason).toBe(
      'cannot parse current image "ghcr.io/x/y:1\\n": could not parse reference: ghcr.io/x/y:1\n'
    );
  });
});
