// ConvertServerJSON step by step (spec §4(b) 1–8).
import { ConversionError } from '../../../src/core/catalog/errors.js';
import { convertServerJSON, goUrlPort, targetPort } from '../../../src/core/catalog/server-json.js';
import type { ImageMetadata, RemoteServerMetadata } from '../../../src/core/catalog/types.js';

type Json = Record<string, any>;

const oci = (extra: Json = {}): Json => ({ registryType: 'oci', identifier: 'ghcr.io/a/b:1.0.0', transport: { type: 'stdio' }, ...extra });
const ext = (value: Json, key = 'ghcr.io/a/b:1.0.0'): Json => ({
  _meta: { 'io.modelcontextprotocol.registry/publisher-provided': { 'io.github.stacklok': { [key]: value } } }
});
const image = (server: Json) => convertServerJSON({ name: 'io.x/s', ...server }) as ImageMetadata;

describe('shape: remotes, packages, OCI', () => {
  test('remotes win even when packages exist (step 1)', () => {
    const meta = convertServerJSON({
      name: 'io.x/r',
      packages: [oci()],
      remotes: [
        { type: 'streamable-http', url: 'https://a/mcp' },
        { type: 'sse', url: 'https://b' }
      ]
    }) as RemoteServerMetadata;
    expect(meta).toEqual({ kind: 'remote', name: 'io.x/r', url: 'https://a/mcp', transport: 'streamable-http', env_vars: [] });
  });

  test('no packages and no remotes (step 2)', () => {
    expect(() => convertServerJSON({ name: 'io.x/e' })).toThrow('server io.x/e has no packages or remotes, skipping');
    expect(() => convertServerJSON({ name: 'io.x/e', packages: [], remotes: null })).toThrow(ConversionError);
  });

  test('exactly one OCI package (step 3)', () => {
    expect(() => image({ packages: [{ registryType: 'npm', identifier: 'x' }, { registryType: 'pypi' }] })).toThrow(
      "server 'io.x/s' has no OCI packages (found: [npm pypi])"
    );
    expect(() => image({ packages: [{ registryType: 'docker', identifier: 'x' }] })).toThrow(/no OCI packages \(found: \[docker\]\)/);
    expect(() => image({ packages: [oci(), oci()] })).toThrow("server 'io.x/s' has 2 OCI packages, expected exactly 1");
    expect(image({ packages: [{ registryType: 'npm' }, oci()] }).image).toBe('ghcr.io/a/b:1.0.0');
  });

  test('basic fields (step 4)', () => {
    const meta = image({
      title: 'T',
      description: 'D',
      repository: { url: 'https://github.com/a/b', source: 'github' },
      packages: [oci({ transport: { type: 'streamable-http', url: 'http://localhost:8080/mcp' } })]
    });
    expect(meta).toEqual({
      kind: 'image',
      name: 'io.x/s',
      title: 'T',
      description: 'D',
      image: 'ghcr.io/a/b:1.0.0',
      transport: 'streamable-http',
      repository_url: 'https://github.com/a/b',
      target_port: 8080,
      env_vars: []
    });
  });

  test('a field of the wrong JSON type makes the entry unconvertible', () => {
    expect(() => image({ packages: [oci({ identifier: 7 })] })).toThrow(/identifier: expected string, got number/);
    expect(() => convertServerJSON({ name: 5, packages: [oci()] })).toThrow(ConversionError);
    expect(() => convertServerJSON('nope')).toThrow(ConversionError);
  });

  test('struct keys match case-insensitively, as Go decodes them', () => {
    const meta = convertServerJSON({
      Name: 'io.x/c',
      Packages: [{ RegistryType: 'oci', Identifier: 'img:1', Transport: { Type: 'sse' } }]
    });
    expect(meta).toMatchObject({ name: 'io.x/c', image: 'img:1', transport: 'sse' });
  });
});

describe('target_port from the transport URL', () => {
  test.each([
    ['', 0],
    ['http://localhost', 0],
    ['http://localhost:8080', 8080],
    ['http://localhost:', 0],
    ['http://[::1]:9000/mcp', 9000],
    ['http://[::1]/mcp', 0],
    ['http://user:pw@host:7000', 7000],
    ['localhost:8080', 0], // Go: scheme "localhost", opaque "8080"
    ['http://localhost:99999', 99999] // Atoi, no range check
  ])('%s → %d', (url, port) => {
    expect(targetPort(url, 's')).toBe(port);
  });

  test.each([
    ['http://localhost:80a'],
    ['http://localhost:{port}'],
    ['127.0.0.1:8080'],
    [':8080'],
    ['http://[::1'],
    ['http://local host:80'],
    ['http://localhost/%zz'],
    ['http://localhost:99999999999999999999']
  ])('%s does not parse ⇒ the entry is skipped', (url) => {
    expect(() => targetPort(url, 's')).toThrow(ConversionError);
  });

  test('goUrlPort leaves the query alone', () => {
    expect(goUrlPort('http://h:1/p?x=%zz')).toEqual({ ok: true, port: '1' });
  });
});

describe('env_vars (step 5)', () => {
  test('environmentVariables, then -e/--env runtime arguments, duplicates kept', () => {
    const meta = image({
      packages: [
        oci({
          environmentVariables: [
            { name: 'A', description: 'a', isRequired: true },
            { name: 'B', isSecret: true, default: 'x' }
          ],
          runtimeArguments: [
            {
              type: 'named',
              name: '-e',
              value: 'TOKEN={token}',
              isRequired: true,
              description: 'tok',
              variables: { token: { isSecret: true, isRequired: false, default: 'd' } }
            },
            { type: 'named', name: '--env', value: 'LEVEL=info' },
            { type: 'named', name: '-e', value: 'MISSING={nope}', variables: {} },
            { type: 'named', name: '-e', value: 'NOEQUALS' },
            { type: 'named', name: '-e', value: '' },
            { type: 'positional', name: '-e', value: 'POS=1' },
            { type: 'named', name: '-v', value: 'V=1' },
            { type: 'named', name: '-e', value: 'A=again' },
            { type: 'named', name: '-e', value: 'EMPTY={}' }
          ]
        })
      ]
    });
    expect(meta.env_vars).toEqual([
      { name: 'A', description: 'a', required: true },
      { name: 'B', required: false, secret: true, default: 'x' },
      { name: 'TOKEN', description: 'tok', required: true, secret: true, default: 'd' },
      { name: 'LEVEL', required: false, default: 'info' },
      { name: 'MISSING', required: false },
      { name: 'A', required: false, default: 'again' },
      { name: 'EMPTY', required: false, default: '{}' }
    ]);
  });
});

describe('args (step 6) and the extension (step 7)', () => {
  test('packageArguments flatten to name then value and beat extension args', () => {
    const meta = image({
      packages: [
        oci({
          packageArguments: [
            { type: 'named', name: '--port', value: '80' },
            { type: 'positional', value: 'serve' },
            { type: 'named', name: '--flag' }
          ]
        })
      ],
      ...ext({ status: 'active', args: ['ignored'] })
    });
    expect(meta.args).toEqual(['--port', '80', 'serve', '--flag']);
  });

  test('extension args when there are no package arguments', () => {
    expect(image({ packages: [oci({ packageArguments: [{ type: 'positional' }] })], ...ext({ args: ['a', 'b'] }) }).args).toEqual([
      'a',
      'b'
    ]);
  });

  test('extension fields are copied; the block key does not have to match the image', () => {
    const meta = image({
      packages: [oci()],
      ...ext(
        {
          status: 'Deprecated',
          tier: 'Official',
          permissions: { name: 'network', network: { outbound: { insecure_allow_all: true } } },
          provenance: { sigstore_url: 'tuf-repo-cdn.sigstore.dev', repository_uri: 'https://github.com/a/b', repository_ref: '' },
          docker_tags: ['1.0.0'],
          proxy_port: 8080,
          tools: ['t'],
          transport: 'ignored'
        },
        'some-other-key'
      )
    });
    expect(meta).toMatchObject({
      status: 'Deprecated',
      tier: 'Official',
      permissions: { name: 'network', network: { outbound: { insecure_allow_all: true } } },
      provenance: { sigstore_url: 'tuf-repo-cdn.sigstore.dev', repository_uri: 'https://github.com/a/b' },
      docker_tags: ['1.0.0'],
      proxy_port: 8080,
      tools: ['t']
    });
    expect(meta.transport).toBe('stdio');
  });

  test('the first object value under io.github.stacklok is used; non-objects are passed over', () => {
    const server = {
      packages: [oci()],
      _meta: {
        'io.modelcontextprotocol.registry/publisher-provided': {
          'io.github.stacklok': { a: 'not an object', b: { tier: 'first' }, c: { tier: 'second' } },
          'com.other': { x: { tier: 'other publisher' } }
        }
      }
    };
    expect(image(server).tier).toBe('first');
  });

  test('non-matching JSON in the extension yields zero values, field by field (Go remarshal)', () => {
    const meta = image({
      packages: [oci()],
      ...ext({ status: 5, tier: 'Community', proxy_port: '80', permissions: 'x', docker_tags: ['a', 1], args: 'nope' })
    });
    expect(meta.status).toBeUndefined();
    expect(meta.tier).toBe('Community');
    expect(meta.proxy_port).toBeUndefined();
    expect(meta.permissions).toBeUndefined();
    expect(meta.docker_tags).toEqual(['a', '']);
    expect(meta.args).toBeUndefined();
  });

  test('remote extension: oauth_config, env_vars, proxy_port', () => {
    const meta = convertServerJSON({
      name: 'io.x/r',
      remotes: [{ type: 'sse', url: 'https://r', headers: [{ name: 'X-Key', isRequired: true, isSecret: true, choices: ['a'] }] }],
      ...ext(
        {
          status: 'active',
          oauth_config: { client_id: 'c', scopes: ['s'] },
          env_vars: [{ name: 'E', description: 'e', required: true }, null],
          proxy_port: 9
        },
        'https://r'
      )
    }) as RemoteServerMetadata;
    expect(meta).toEqual({
      kind: 'remote',
      name: 'io.x/r',
      url: 'https://r',
      transport: 'sse',
      headers: [{ name: 'X-Key', required: true, secret: true, choices: ['a'] }],
      status: 'active',
      oauth_config: { client_id: 'c', scopes: ['s'] },
      env_vars: [{ name: 'E', description: 'e', required: true }],
      proxy_port: 9
    });
  });
});
