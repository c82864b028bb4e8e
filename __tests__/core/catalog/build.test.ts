// Registry documents → Registry, for both formats, plus format detection (legacyhint.go).
import { readFixtureJson } from '../../helpers/fixtures.js';
import { buildRegistry, registryFromApiServers } from '../../../src/core/catalog/build.js';
import { RegistryError } from '../../../src/core/catalog/errors.js';
import { detectRegistryFormat } from '../../../src/core/catalog/format.js';
import { lookupServer } from '../../../src/core/catalog/lookup.js';
import type { ImageMetadata, Registry, RemoteServerMetadata } from '../../../src/core/catalog/types.js';

type Json = Record<string, any>;

function found(registry: Registry, name: string) {
  const outcome = lookupServer(registry, name);
  if (outcome.kind !== 'found') throw new Error(`${name}: ${JSON.stringify(outcome)}`);
  return outcome.server;
}

describe('format detection (pkg/registry/legacyhint)', () => {
  test.each<[string, unknown, 'upstream' | 'legacy' | 'error']>([
    ['upstream with data wrapper', { version: '1.0.0', data: { servers: [] } }, 'upstream'],
    ['legacy without data wrapper', { version: '1.0.0', servers: { example: { image: 'example/srv:latest' } } }, 'legacy'],
    ['top-level remote_servers', { remote_servers: { r: {} } }, 'legacy'],
    ['top-level groups', { groups: [{ name: 'g' }] }, 'legacy'],
    ['servers present but null', { servers: null }, 'legacy'],
    ['servers present but empty', { servers: {} }, 'legacy'],
    ['data object wins over legacy keys', { data: { servers: [] }, servers: {} }, 'upstream'],
    ['data field is an array', { data: [] }, 'error'],
    ['data field is null', { data: null }, 'error'],
    ['data array plus servers', { data: [], servers: {} }, 'legacy'],
    ['no data field', { version: '1.0' }, 'error'],
    ['empty object', {}, 'error'],
    ['top-level array', [], 'error'],
    ['string', 'registry', 'error'],
    ['keys fold case like Go', { Data: { servers: [] } }, 'upstream'],
    ['legacy keys fold case', { Remote_Servers: {} }, 'legacy']
  ])('%s', (_name, doc, expected) => {
    if (expected === 'error') {
      expect(() => detectRegistryFormat(doc, 'reg.json')).toThrow(RegistryError);
      try {
        detectRegistryFormat(doc, 'reg.json');
      } catch (error) {
        expect((error as RegistryError).code).toBe('registry-format');
        expect((error as RegistryError).place).toEqual({ file: 'reg.json' });
      }
    } else {
      expect(detectRegistryFormat(doc, 'reg.json')).toBe(expected);
    }
  });
});

describe('legacy embedded registry v2026.02.18', () => {
  const registry = buildRegistry(readFixtureJson('registry/legacy/embedded-v2026.02.18/registry.json'), 'registry.json');

  test('every entry converts', () => {
    expect(registry.format).toBe('legacy');
    expect(registry.servers.size).toBe(79);
    expect(registry.remoteServers.size).toBe(23);
    expect(registry.skipped).toEqual([]);
    expect([...registry.servers.keys()].every((k) => k.startsWith('io.github.stacklok/'))).toBe(true);
  });

  test('short names and full names resolve to the converted entry', () => {
    const osv = found(registry, 'osv') as ImageMetadata;
    expect(osv).toMatchObject({
      kind: 'image',
      name: 'io.github.stacklok/osv',
      image: 'ghcr.io/stackloklabs/osv-mcp/server:0.1.0',
      transport: 'streamable-http',
      target_port: 8080,
      status: 'Active',
      tier: 'Community',
      repository_url: 'https://github.com/StacklokLabs/osv-mcp',
      permissions: { network: { outbound: { allow_host: ['api.osv.dev'], allow_port: [443] } } },
      provenance: {
        sigstore_url: 'tuf-repo-cdn.sigstore.dev',
        repository_uri: 'https://github.com/StacklokLabs/osv-mcp',
        signer_identity: '/.github/workflows/release.yml',
        runner_environment: 'github-hosted',
        cert_issuer: 'https://token.actions.githubusercontent.com'
      }
    });
    expect(osv.metadata).toEqual({ stars: 26, last_updated: '2026-01-30T02:55:46Z' });
    expect(found(registry, 'fetch')).toBe(found(registry, 'io.github.stacklok/fetch'));
    expect((found(registry, 'fetch') as ImageMetadata).image).toBe('ghcr.io/stackloklabs/gofetch/server:1.0.3');
    const remote = found(registry, 'github-remote') as RemoteServerMetadata;
    expect(remote.kind).toBe('remote');
    expect(remote.name).toBe('io.github.stacklok/github-remote');
    expect(lookupServer(registry, 'no-such-server')).toEqual({ kind: 'not-found' });
  });

  test('env var defaults survive the conversion', () => {
    const withDefaults = [...registry.servers.values()].flatMap((s) => s.env_vars.filter((e) => e.default !== undefined));
    expect(withDefaults.length).toBe(54);
  });
});

describe('legacy and upstream twins give the same lookups', () => {
  const legacy = buildRegistry(readFixtureJson('registry/legacy/remote-servers-example/registry-with-remote-servers.json'), 'legacy.json');
  const upstream = buildRegistry(
    readFixtureJson('registry/upstream/remote-servers-example/registry-with-remote-servers.json'),
    'upstream.json'
  );

  test.each([
    'example-container',
    'io.github.stacklok/example-container',
    'example-remote',
    'io.github.stacklok/example-remote',
    'missing'
  ])('%s', (name) => {
    const a = lookupServer(legacy, name);
    const b = lookupServer(upstream, name);
    expect(a.kind).toBe(b.kind);
    if (a.kind === 'found' && b.kind === 'found') {
      // The upstream twin was hand-edited to capitalise `tier`; everything a verdict reads is equal.
      const strip = ({ tier: _t, ...rest }: Json) => rest;
      expect(strip(a.server)).toEqual(strip(b.server));
    }
  });

  test('the remote entry', () => {
    expect(found(upstream, 'example-remote')).toEqual({
      kind: 'remote',
      name: 'io.github.stacklok/example-remote',
      description: 'Example remote MCP server accessed via HTTP',
      url: 'https://api.example.com/mcp',
      transport: 'sse',
      headers: [{ name: 'X-API-Key', description: 'API key for authentication', required: true, secret: true }],
      oauth_config: { client_id: 'example-client-id', issuer: 'https://accounts.example.com', scopes: ['openid', 'profile', 'email'] },
      env_vars: [],
      status: 'active',
      tier: 'Community',
      tags: ['example', 'remote'],
      tools: ['remote-tool']
    });
  });
});

describe('upstream documents', () => {
  test('synthetic registry-drift-example', () => {
    const registry = buildRegistry(readFixtureJson('synthetic/registry-drift-example.json'), 'drift.json');
    expect(found(registry, 'example-server')).toEqual({
      kind: 'image',
      name: 'example-server',
      description: "Synthetic candidate mirroring checker_test.go 'upgrade available surfaces env and config drift'",
      image: 'ghcr.io/example/server:1.2.0',
      transport: 'streamable-http',
      target_port: 8080,
      env_vars: [
        { name: 'LOG_LEVEL', required: false },
        { name: 'API_KEY', required: false, secret: true },
        { name: 'NEW_VAR', required: true },
        { name: 'NEW_SECRET', required: false, secret: true, default: 'leak-me' }
      ],
      status: 'active',
      permissions: { name: 'network' }
    });
  });

  test('upgrade-e2e fixtures: a name without "/" is an exact key', () => {
    const low = buildRegistry(readFixtureJson('registry/upstream/upgrade-e2e/registry-low.json'), 'low.json');
    const high = buildRegistry(readFixtureJson('registry/upstream/upgrade-e2e/registry-high.json'), 'high.json');
    expect((found(low, 'osv-upgrade-test') as ImageMetadata).image).toBe('ghcr.io/stackloklabs/osv-mcp/server:0.1.1');
    expect((found(high, 'osv-upgrade-test') as ImageMetadata).image).toBe('ghcr.io/stackloklabs/osv-mcp/server:0.1.3');
  });

  test('toolhive-registry-server example: 12 reverse-DNS servers', () => {
    const registry = buildRegistry(readFixtureJson('registry/upstream/registry-server-example/upstream-registry.json'), 'x.json');
    expect(registry.servers.size).toBe(12);
    expect(registry.skipped).toEqual([]);
    expect((found(registry, 'github') as ImageMetadata).image).toBe('ghcr.io/github/github-mcp-server:v0.22.0');
  });

  test('unconvertible entries are skipped and recorded; the last duplicate wins', () => {
    const registry = buildRegistry(
      {
        data: {
          servers: [
            { name: 'io.x/npm', packages: [{ registryType: 'npm', identifier: 'x' }] },
            { name: 'io.x/empty' },
            { name: 'io.x/badport', packages: [{ registryType: 'oci', identifier: 'i', transport: { type: 'sse', url: 'http://h:x' } }] },
            { name: 'io.x/dup', packages: [{ registryType: 'oci', identifier: 'img:1', transport: { type: 'stdio' } }] },
            { name: 'io.x/dup', packages: [{ registryType: 'oci', identifier: 'img:2', transport: { type: 'stdio' } }] },
            null,
            'junk'
          ]
        }
      },
      'r.json'
    );
    expect([...registry.servers.keys()]).toEqual(['io.x/dup']);
    expect((found(registry, 'dup') as ImageMetadata).image).toBe('img:2');
    expect(registry.skipped.map((s) => s.name)).toEqual(['io.x/npm', 'io.x/empty', 'io.x/badport', '', '']);
    expect(registry.skipped[0]!.reason).toBe("server 'io.x/npm' has no OCI packages (found: [npm])");
    expect(lookupServer(registry, 'npm')).toEqual({ kind: 'not-found' });
  });

  test('legacy entries that do not convert are skipped by key, the rest load', () => {
    const registry = buildRegistry({ servers: { good: { image: 'a:1' }, bad: { image: ['x'] }, gone: null } }, 'l.json');
    expect([...registry.servers.keys()]).toEqual(['io.github.stacklok/good']);
    expect(registry.skipped.map((s) => s.name)).toEqual(['bad', 'gone']);
  });

  test('a registry with nothing in it is refused, as thv set-registry does', () => {
    expect(() => buildRegistry({ data: { servers: [] } }, 'e.json')).toThrow('upstream registry contains no servers, skills, or plugins');
    expect(() => buildRegistry({ servers: {} }, 'e.json')).toThrow(/no servers/);
    expect(buildRegistry({ data: { servers: [], skills: [{ name: 's' }] } }, 'e.json').servers.size).toBe(0);
    expect(() => buildRegistry({ data: { servers: {} } }, 'https://h/r.json')).toThrow(RegistryError);
  });

  test('API list items ({server, _meta}) build the same registry as a document', () => {
    const doc = readFixtureJson<Json>('registry/upstream/remote-servers-example/registry-with-remote-servers.json');
    const fromApi = registryFromApiServers(
      doc.data.servers.map((server: Json) => ({ server, _meta: {} })).concat([{ _meta: {} }]),
      'https://registry.example/api'
    );
    const fromDoc = buildRegistry(doc, 'doc.json');
    expect(fromApi.servers).toEqual(fromDoc.servers);
    expect(fromApi.remoteServers).toEqual(fromDoc.remoteServers);
    expect(fromApi.skipped).toEqual([{ name: '', reason: 'server  has no packages or remotes, skipping' }]);
  });
});
