// Entries are converted when a lookup first needs them; the outcome must be the one the fully
// converted registry gives (ToolHive's rules over every entry), name for name.
import { LazyRegistry, buildRegistry, loadSummary } from '../../../src/core/catalog/build.js';
import { lookupServer } from '../../../src/core/catalog/lookup.js';
import { MAX_PREDICATE_DEPTH } from '../../../src/core/catalog/toolhive-types.js';
import { readFixtureJson } from '../../helpers/fixtures.js';

const oci = (identifier: string, extra: object = {}) => ({
  packages: [{ registryType: 'oci', identifier, transport: { type: 'stdio' } }],
  ...extra
});

const upstream = {
  data: {
    servers: [
      { name: 'io.a/dup', ...oci('a:1') },
      { name: 'io.a/dup', ...oci('a:2') },
      { name: 'io.b/later-broken', ...oci('b:1') },
      { name: 'io.b/later-broken', packages: [{ registryType: 'npm', identifier: 'x' }] },
      { name: 'io.c/both', ...oci('c:1') },
      { name: 'io.c/both', remotes: [{ type: 'sse', url: 'https://c' }] },
      { name: 'io.d/short', ...oci('d:1') },
      { name: 'io.e/short', remotes: [{ type: 'sse', url: 'https://e' }] },
      { name: 'io.f/only-broken', packages: [] },
      { name: 'plain', ...oci('p:1') },
      { name: 'x/y/deep', ...oci('deep:1') },
      { name: 'io.g/deep', ...oci('g:1') },
      null,
      { name: 7 }
    ]
  }
};

const names = [
  'io.a/dup',
  'dup',
  'io.b/later-broken',
  'later-broken',
  'io.c/both',
  'both',
  'short',
  'io.d/short',
  'only-broken',
  'io.f/only-broken',
  'plain',
  'deep',
  'y/deep',
  'missing',
  ''
];

function bothWays(doc: unknown) {
  const lazy = buildRegistry(doc, 'r.json');
  const eager = buildRegistry(doc, 'r.json');
  void eager.servers; // converts everything
  return { lazy, eager };
}

test('lookups give the same outcome whether entries are converted on demand or all at once', () => {
  for (const doc of [
    upstream,
    readFixtureJson('registry/legacy/embedded-v2026.02.18/registry.json'),
    readFixtureJson('registry/legacy/remote-servers-example/registry-with-remote-servers.json')
  ]) {
    const { lazy, eager } = bothWays(doc);
    const extra =
      doc === upstream ? [] : ['fetch', 'io.github.stacklok/fetch', 'github', 'osv', 'notion-remote', 'io.github.stacklok/notion-remote'];
    for (const name of [...names, ...extra])
      expect({ name, outcome: lookupServer(lazy, name) }).toEqual({ name, outcome: lookupServer(eager, name) });
    expect(lazy instanceof LazyRegistry && lazy.converted).toBe(false);
  }
});

test('a lookup converts only the entries it can match: a broken entry elsewhere costs nothing', () => {
  const registry = buildRegistry(
    { servers: { fetch: { image: 'f:1' }, other: { image: ['not', 'a', 'string'] } } },
    'l.json'
  ) as LazyRegistry;
  expect(lookupServer(registry, 'fetch')).toMatchObject({ kind: 'found', server: { name: 'io.github.stacklok/fetch', image: 'f:1' } });
  expect(loadSummary(registry)).toEqual({ line: '2 entries, converted as manifests name them', skipped: [] });
  expect(registry.converted).toBe(false);
  // Reading the maps converts the rest, in document order, as ToolHive loads a registry.
  expect([...registry.servers.keys()]).toEqual(['io.github.stacklok/fetch']);
  expect(loadSummary(registry)).toMatchObject({ line: '1 container and 0 remote servers, 1 skipped', skipped: [{ name: 'other' }] });
});

function nested(depth: number): unknown {
  let v: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

test('an entry whose attestation predicate nests thousands deep cannot be read: the workload is told why', () => {
  const provenance = {
    sigstore_url: 'tuf-repo-cdn.sigstore.dev',
    attestation: { predicate_type: 'https://slsa.dev/provenance/v1', predicate: nested(5000) }
  };
  const legacy = buildRegistry({ servers: { deep: { image: 'd:1', provenance }, fine: { image: 'f:1' } } }, 'l.json');
  expect(lookupServer(legacy, 'deep')).toEqual({
    kind: 'error',
    message: `registry entry 'deep' cannot be read: servers["deep"].provenance.attestation.predicate nests more than ${MAX_PREDICATE_DEPTH} levels deep`
  });
  expect(lookupServer(legacy, 'io.github.stacklok/deep')).toMatchObject({
    kind: 'error',
    message: expect.stringMatching(/^registry entry 'io.github.stacklok\/deep' cannot be read: /)
  });
  expect(lookupServer(legacy, 'fine')).toMatchObject({ kind: 'found' });

  const ext = { 'io.modelcontextprotocol.registry/publisher-provided': { 'io.github.stacklok': { 'd:1': { provenance } } } };
  const up = buildRegistry({ data: { servers: [{ name: 'io.x/deep', ...oci('d:1'), _meta: ext }] } }, 'u.json');
  expect(lookupServer(up, 'io.x/deep')).toMatchObject({
    kind: 'error',
    message: expect.stringMatching(/predicate nests more than 64 levels deep/)
  });

  // A real predicate is far shallower and loads as before.
  const ok = buildRegistry(
    { servers: { fine: { image: 'f:1', provenance: { attestation: { predicate: nested(MAX_PREDICATE_DEPTH - 1) } } } } },
    'l.json'
  );
  expect(lookupServer(ok, 'fine')).toMatchObject({
    kind: 'found',
    server: { provenance: { attestation: { predicate: nested(MAX_PREDICATE_DEPTH - 1) } } }
  });
});
