import { UpgradeActionError } from '../../../src/core/errors.js';
import { ImageReferenceError } from '../../../src/core/image/image-reference-error.js';
import { parseReference, registryApiHost, splitRepoTag } from '../../../src/core/image/reference.js';

const ZERO_DIGEST = 'sha256:' + '0'.repeat(64);
const HEX_DIGEST = 'sha256:' + '0123456789abcdef'.repeat(4);

function parseError(ref: string): ImageReferenceError {
  try {
    parseReference(ref);
  } catch (err) {
    if (err instanceof ImageReferenceError) return err;
    throw err;
  }
  throw new Error(`expected ${JSON.stringify(ref)} not to parse`);
}

describe('TestSplitRepoTag', () => {
  test.each([
    ['fully qualified ref', 'ghcr.io/example/server:1.0.0', 'ghcr.io/example/server', '1.0.0'],
    ['docker hub short name normalized', 'library/nginx:1.0.0', 'index.docker.io/library/nginx', '1.0.0'],
    ['no tag defaults to latest', 'ghcr.io/example/server', 'ghcr.io/example/server', 'latest']
  ])('%s', (_name, ref, repo, tag) => {
    expect(splitRepoTag(ref)).toEqual({ repo, tag });
  });

  test.each([
    ['digest reference rejected', `ghcr.io/example/server@${ZERO_DIGEST}`],
    ['invalid reference', '::::not a ref::::']
  ])('%s', (_name, ref) => {
    expect(() => splitRepoTag(ref)).toThrow(ImageReferenceError);
  });

  test('digest reference error says "is not a tag"', () => {
    const ref = `ghcr.io/example/server@${ZERO_DIGEST}`;
    expect(() => splitRepoTag(ref)).toThrow(`reference "${ref}" is not a tag`);
  });

  test('tag@digest is a digest reference, so not a tag', () => {
    const ref = `ghcr.io/example/server:1.0@${ZERO_DIGEST}`;
    expect(() => splitRepoTag(ref)).toThrow(`reference "${ref}" is not a tag`);
  });
});

describe('parseReference: tag references (ggcr NewTag / NewRepository)', () => {
  test.each([
    // [input, registry, repository, tag]
    ['ghcr.io/example/server:1.0.0', 'ghcr.io', 'example/server', '1.0.0'],
    ['nginx', 'index.docker.io', 'library/nginx', 'latest'],
    ['nginx:1.25', 'index.docker.io', 'library/nginx', '1.25'],
    ['docker.io/library/nginx:1.0', 'index.docker.io', 'library/nginx', '1.0'],
    ['docker.io/nginx:1.0', 'index.docker.io', 'library/nginx', '1.0'],
    ['index.docker.io/nginx', 'index.docker.io', 'library/nginx', 'latest'],
    ['stacklok/toolhive:v0.1.0', 'index.docker.io', 'stacklok/toolhive', 'v0.1.0'],
    // only index.docker.io gets library/, and only docker.io is rewritten
    ['registry-1.docker.io/nginx:1', 'registry-1.docker.io', 'nginx', '1'],
    ['Docker.io/nginx:1', 'Docker.io', 'nginx', '1'],
    // a first component is a registry only with '.' or ':'
    ['localhost/x:1', 'index.docker.io', 'localhost/x', '1'],
    ['localhost:5000/xy:1', 'localhost:5000', 'xy', '1'],
    ['localhost:5000/xy', 'localhost:5000', 'xy', 'latest'],
    ['my.registry/a/b/c:tag', 'my.registry', 'a/b/c', 'tag'],
    // a host:port without a path is a Docker Hub repository with a tag
    ['localhost:5000', 'index.docker.io', 'library/localhost', '5000'],
    // empty tag after the colon means "latest"
    ['ghcr.io/x/y:', 'ghcr.io', 'x/y', 'latest'],
    // tags are case-sensitive and may hold _ . -
    ['ghcr.io/x/y:Latest', 'ghcr.io', 'x/y', 'Latest'],
    ['ghcr.io/x/y:V1.2_3-rc.1', 'ghcr.io', 'x/y', 'V1.2_3-rc.1'],
    ['ghcr.io/x/y:' + 'a'.repeat(127), 'ghcr.io', 'x/y', 'a'.repeat(127)],
    // weak checks kept as ggcr has them
    ['ghcr.io//x:1', 'ghcr.io', '/x', '1'],
    ['ghcr.io/x/:1', 'ghcr.io', 'x/', '1'],
    ['ab', 'index.docker.io', 'library/ab', 'latest'],
    ['GHCR.IO/x/y:1', 'GHCR.IO', 'x/y', '1'],
    ['my_registry.local/xy:1', 'my_registry.local', 'xy', '1'],
    ['ghcr.io:443/xy:1', 'ghcr.io:443', 'xy', '1'],
    ['ghcr.io:/xy:1', 'ghcr.io:', 'xy', '1'],
    ['[::1]:5000/xy:1', '[::1]:5000', 'xy', '1'],
    ['[::ffff:10.0.0.1]/xy:1', '[::ffff:10.0.0.1]', 'xy', '1'],
    ['[2001:db8::1]:443/team/x:2', '[2001:db8::1]:443', 'team/x', '2'],
    ['127.0.0.1:5000/xy:1', '127.0.0.1:5000', 'xy', '1'],
    ['bücher.example/xy:1', 'bücher.example', 'xy', '1'],
    // repository of exactly 255 characters
    ['ghcr.io/' + 'a'.repeat(255), 'ghcr.io', 'a'.repeat(255), 'latest'],
    // the library/ prefix is not re-checked against the 255 limit
    ['a'.repeat(250) + ':1', 'index.docker.io', 'library/' + 'a'.repeat(250), '1']
  ])('%s', (input, registry, repository, tag) => {
    expect(parseReference(input)).toEqual({ registry, repository, context: `${registry}/${repository}`, tag });
  });
});

describe('parseReference: digest references (ggcr NewDigest)', () => {
  test.each([
    [`ghcr.io/example/server@${ZERO_DIGEST}`, 'ghcr.io', 'example/server', ZERO_DIGEST],
    [`ghcr.io/example/server:1.0@${HEX_DIGEST}`, 'ghcr.io', 'example/server', HEX_DIGEST],
    [`nginx@${ZERO_DIGEST}`, 'index.docker.io', 'library/nginx', ZERO_DIGEST],
    [`nginx:1.25@${ZERO_DIGEST}`, 'index.docker.io', 'library/nginx', ZERO_DIGEST],
    [`localhost:5000/xy:1@${ZERO_DIGEST}`, 'localhost:5000', 'xy', ZERO_DIGEST],
    // ggcr only checks the digest's length and alphabet
    ['ghcr.io/x/y@' + 's'.repeat(71), 'ghcr.io', 'x/y', 's'.repeat(71)]
  ])('%s', (input, registry, repository, digest) => {
    expect(parseReference(input)).toEqual({ registry, repository, context: `${registry}/${repository}`, digest });
  });
});

describe('parseReference: rejected', () => {
  test.each([
    ['empty', ''],
    ['TestSplitRepoTag invalid reference', '::::not a ref::::'],
    ['uppercase repository', 'ghcr.io/Example/x:1.0'],
    ['uppercase Docker Hub repository', 'Nginx:1'],
    ['one-character repository', 'a'],
    ['one-character repository under a registry', 'ghcr.io/a'],
    ['one-character repository under a registry with a port', 'localhost:5000/x:1'],
    ['repository of 256 characters', 'ghcr.io/' + 'a'.repeat(256)],
    ['empty repository', 'ghcr.io/'],
    ['tag of 128 characters', 'ghcr.io/x/y:' + 'a'.repeat(128)],
    ['tag with +', 'ghcr.io/x/y:1.0.0+build'],
    ['tag with a space', 'ghcr.io/x/y:1 0'],
    ['space in repository', 'ghcr.io/x y:1'],
    ['userinfo', 'user@ghcr.io/xy:1'],
    ['uppercase digest', 'ghcr.io/x/y@sha256:' + 'A'.repeat(64)],
    ['short digest', 'ghcr.io/x/y@sha256:' + '0'.repeat(63)],
    ['long digest', 'ghcr.io/x/y@sha256:' + '0'.repeat(65)],
    ['sha512 digest', 'ghcr.io/x/y@sha512:' + '0'.repeat(128)],
    ['two @', `ghcr.io/x/y@${ZERO_DIGEST}@${ZERO_DIGEST}`],
    ['empty name before a digest', `@${ZERO_DIGEST}`],
    // Tag.Context().Name() is re-parsed for digests; library/ + 250 overflows 255
    ['long Docker Hub name with a digest', 'a'.repeat(250) + `@${ZERO_DIGEST}`]
  ])('%s', (_name, input) => {
    const err = parseError(input);
    expect(err.message).toBe(`could not parse reference: ${input}`);
  });

  test.each([
    ['non-numeric port', 'ghcr.io:abc'],
    ['two ports (Go 1.26 strict colons)', 'a:1:2'],
    ['bare IPv6 (Go 1.26 strict colons)', '::1'],
    ['IPv4 in brackets', '[127.0.0.1]:5000'],
    ['not an IP in brackets', '[foo.bar]'],
    ['unclosed bracket', '[::1'],
    ['bracket not at the start', 'a[::1]'],
    ['garbage after the bracket', '[::1]x'],
    ['nine IPv6 groups', '[1:2:3:4:5:6:7:8:9]'],
    ['too few IPv6 groups', '[1:2]'],
    [':: expanding to nothing', '[1:2:3:4:5:6:7:8::]'],
    ['two ::', '[1::2::3]'],
    ['::: ', '[1:::2]'],
    ['leading single colon', '[:1]'],
    ['trailing single colon', '[1:2:3:4:5:6:7:]'],
    ['five hex digits', '[12345::]'],
    ['short embedded IPv4', '[::1.2.3]'],
    ['embedded IPv4 with a leading zero', '[::01.2.3.4]'],
    ['embedded IPv4 over 255', '[::1.2.3.256]'],
    ['embedded IPv4 too early', '[1:2:3:4:5:1.2.3.4]'],
    ['zone (percent-encoded)', '[fe80::1%25en0]'],
    ['percent escape', 'ghcr%2e.io'],
    ['control character', 'ghcr.io\t'],
    ['space', 'ghcr .io'],
    ['invalid host character', 'ghcr{}.io'],
    ['backslash', 'ghcr\\.io'],
    ['fragment', 'ghcr.io#x'],
    ['query', 'ghcr.io?x']
  ])('registry rejected (%s): %s', (_name, registry) => {
    const input = `${registry}/xy:1`;
    const err = parseError(input);
    expect(err.message).toBe(`could not parse reference: ${input}`);
    expect(err.hint).toBe(`registries must be valid RFC 3986 URI authorities: ${registry}`);
  });

  test.each([
    '[::]',
    '[::1]:',
    '[1::]',
    '[1:2:3:4:5:6:7:8]',
    '[1:2:3:4:5:6:7::]',
    '[1:2:3:4:5:6:1.2.3.4]',
    '[::ffff:1.2.3.4]:443',
    '[ABCD:ef01::1]',
    "a!$&'()*+,;=b.example",
    'a<>"]~.example',
    'a.b-c_d.example:0'
  ])('registry accepted: %s', (registry) => {
    expect(parseReference(`${registry}/xy:1`).registry).toBe(registry);
  });

  test.each(['http://ghcr.io/x/y:1', 'https://ghcr.io/x/y:1', 'https://ghcr.io/x/y'])('URL scheme: %s', (input) => {
    expect(parseError(input).message).toBe(
      `image reference must not contain a URL scheme (http:// or https://): ${input}; to connect to a registry over plain HTTP, use name.Insecure`
    );
  });

  test('the specific ggcr cause is kept as a hint', () => {
    expect(parseError('ghcr.io/Example/x:1.0').hint).toBe(
      'repository can only contain the characters `abcdefghijklmnopqrstuvwxyz0123456789_-./`: Example/x'
    );
    expect(parseError('ghcr.io/x/y:' + 'a'.repeat(128)).hint).toBe(
      `tag must be between 1 and 127 characters in length: ${'a'.repeat(128)}`
    );
    expect(parseError('ghcr.io/x/y@sha256:00').hint).toBe('digest must be between 71 and 71 characters in length: sha256:00');
    expect(parseError('ghcr.io:abc/xy').hint).toBe('registries must be valid RFC 3986 URI authorities: ghcr.io:abc');
    expect(parseError('').hint).toBe('a repository name must be specified');
  });

  test('ImageReferenceError is an UpgradeActionError with code invalid-reference', () => {
    const err = parseError('::::not a ref::::');
    expect(err).toBeInstanceOf(UpgradeActionError);
    expect(err.code).toBe('invalid-reference');
    expect(err.name).toBe('ImageReferenceError');
  });
});

describe('registryApiHost', () => {
  test.each([
    ['nginx:1', 'registry-1.docker.io'],
    ['docker.io/library/nginx:1', 'registry-1.docker.io'],
    ['index.docker.io/library/nginx:1', 'registry-1.docker.io'],
    ['registry-1.docker.io/library/nginx:1', 'registry-1.docker.io'],
    ['ghcr.io/x/y:1', 'ghcr.io'],
    ['localhost:5000/xy:1', 'localhost:5000'],
    [`quay.io/x/y@${ZERO_DIGEST}`, 'quay.io']
  ])('%s → %s', (ref, host) => {
    expect(registryApiHost(parseReference(ref))).toBe(host);
  });
});
