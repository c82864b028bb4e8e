// Legacy container entries convert straight to ImageMetadata; the outcome (entry, or failure with
// its name, reason, phase and limit flag) must be exactly the one `thv registry convert` followed
// by ConvertServerJSON gives, for real entries and for every malformed variant we can think of.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type Converted, type RawEntry, convertEntry, convertEntryViaServerJSON } from '../../../src/core/catalog/lazy-registry.js';
import { detectRegistryFormat } from '../../../src/core/catalog/format.js';
import { convertLegacyRegistry } from '../../../src/core/catalog/legacy-to-upstream.js';
import { convertServerJSON } from '../../../src/core/catalog/server-json.js';
import type { ServerMetadata } from '../../../src/core/catalog/types.js';
import { MAX_PREDICATE_DEPTH } from '../../../src/core/catalog/toolhive-types.js';
import { fixturesDir, readFixtureJson } from '../../helpers/fixtures.js';

type Json = Record<string, unknown>;

interface Case {
  label: string;
  entry: RawEntry;
}

const imageEntry = (label: string, key: string, raw: unknown): Case => ({
  label,
  entry: { raw, legacy: { key, remote: false }, name: key }
});

/** Cases whose two outcomes differ (deep-equal and, since outputs are printed as JSON, key order too). */
function mismatches(cases: Case[]): { label: string; direct: Converted; viaServerJSON: Converted }[] {
  const out: { label: string; direct: Converted; viaServerJSON: Converted }[] = [];
  for (const { label, entry } of cases) {
    const direct = convertEntry(entry);
    const viaServerJSON = convertEntryViaServerJSON(entry);
    if (!isDeepStrictEqual(direct, viaServerJSON) || JSON.stringify(direct) !== JSON.stringify(viaServerJSON)) {
      out.push({ label, direct, viaServerJSON });
    }
  }
  return out;
}

/** Fails naming how many cases differ, with the first two in full (a whole list would drown the diff). */
function expectNoMismatch(cases: Case[]): void {
  const found = mismatches(cases);
  expect({ count: found.length, first: found.slice(0, 2) }).toEqual({ count: 0, first: [] });
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? jsonFiles(path.join(dir, d.name)) : d.name.endsWith('.json') ? [path.join(dir, d.name)] : []
  );
}

/** Every fixture ToolHive would read as a legacy registry. */
function legacyRegistryFixtures(): { rel: string; doc: Json }[] {
  return jsonFiles(fixturesDir)
    .map((file) => path.relative(fixturesDir, file))
    .filter((rel) => !rel.startsWith('schemas'))
    .map((rel) => ({ rel, doc: readFixtureJson<Json>(rel) }))
    .filter(({ doc, rel }) => {
      try {
        return detectRegistryFormat(doc, rel) === 'legacy';
      } catch {
        return false;
      }
    });
}

const embedded = readFixtureJson<{ servers: Record<string, Json> }>('registry/legacy/embedded-v2026.02.18/registry.json');

/** A real entry with every field the legacy format has set. */
const rich: Json = {
  ...embedded.servers.github,
  name: 'com.example/rich',
  title: 'Rich',
  overview: 'Everything set',
  transport: 'streamable-http',
  target_port: 8080,
  proxy_port: 9090,
  stateless: true,
  args: ['--flag', 'value'],
  docker_tags: ['latest', 'v1'],
  custom_metadata: { owner: 'team', nested: { list: [1, null] } },
  tool_definitions: [{ name: 'tool', description: 'd', inputSchema: { type: 'object' } }],
  permissions: {
    name: 'network',
    read: ['/r'],
    write: ['/w'],
    network: {
      mode: 'bridge',
      outbound: { insecure_allow_all: true, allow_host: ['h'], allow_port: [443] },
      inbound: { allow_host: ['i'] }
    },
    privileged: true
  },
  provenance: {
    sigstore_url: 'tuf-repo-cdn.sigstore.dev',
    repository_uri: 'https://github.com/o/r',
    repository_ref: 'refs/tags/v1',
    signer_identity: '/.github/workflows/release.yml',
    runner_environment: 'github-hosted',
    cert_issuer: 'https://token.actions.githubusercontent.com',
    attestation: { predicate_type: 'https://slsa.dev/provenance/v1', predicate: { buildDefinition: { externalParameters: {} } } }
  },
  metadata: { stars: 10, pulls: 3, last_updated: '2026-01-01T00:00:00Z', kubernetes: { kind: 'MCPServer', name: 'n', uid: '' } }
};

const nested = (depth: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

const wrongTypes: unknown[] = [undefined, null, 5, -1, 1.5, true, false, '', 'text', [], ['a'], [null], [5], {}, { a: 1 }];
const ports: unknown[] = [0, -0, -1, 1, 8080, 65536, 2 ** 53 + 1, 2 ** 63 - 1024, 2 ** 63, -(2 ** 63), 9e18, 1e21, 1.5, '8080', null];
const transports: unknown[] = [undefined, '', 'stdio', 'sse', 'streamable-http', 'SSE', 'http'];

function generatedCases(): Case[] {
  const cases: Case[] = [];
  const variant = (label: string, patch: Json, key = 'rich') => cases.push(imageEntry(label, key, { ...rich, ...patch }));

  // Every field, with every JSON type (and absent).
  for (const fieldName of [...Object.keys(rich), 'image', 'target_port', 'proxy_port']) {
    for (const value of wrongTypes) variant(`${fieldName}=${JSON.stringify(value)}`, { [fieldName]: value });
  }
  for (const transport of transports) {
    for (const port of ports) {
      variant(`transport=${String(transport)} target_port=${String(port)}`, { transport, target_port: port });
      variant(`transport=${String(transport)} proxy_port=${String(port)}`, { transport, proxy_port: port });
    }
  }

  // Env vars: every flag combination, then wrong types inside an element.
  for (const name of [undefined, '', 'NAME'])
    for (const description of [undefined, null, '', 'd'])
      for (const required of [undefined, null, false, true])
        for (const secret of [undefined, false, true])
          for (const def of [undefined, '', 'x']) {
            const ev = { name, description, required, secret, default: def };
            variant(`env ${JSON.stringify(ev)}`, { env_vars: [ev, { name: 'OTHER', required: true }] });
          }
  for (const bad of [
    null,
    5,
    'x',
    [],
    { name: 5 },
    { required: 'yes' },
    { secret: 1 },
    { default: [] },
    { description: {} },
    { NAME: 'folded', Required: true }
  ]) {
    variant(`env element ${JSON.stringify(bad)}`, { env_vars: [{ name: 'A' }, bad] });
  }

  const profiles: unknown[] = [
    {},
    { name: 'none' },
    { read: ['/a', null], write: [] },
    { read: 'x' },
    { network: {} },
    { network: null },
    { network: [] },
    { network: { mode: 'host' } },
    { network: { outbound: {} } },
    { network: { outbound: null, inbound: null } },
    { network: { outbound: { insecure_allow_all: false, allow_host: [], allow_port: [] } } },
    { network: { outbound: { allow_port: [443, null, 0, -0, -1, 2 ** 63] } } },
    { network: { outbound: { allow_port: [1.5] } } },
    { network: { outbound: { allow_port: [2 ** 64] } } },
    { network: { outbound: { allow_host: [5] } } },
    { network: { outbound: { insecure_allow_all: 'yes' } } },
    { network: { inbound: {} } },
    { network: { inbound: { allow_host: ['x', null] } } },
    { network: { inbound: 5 } },
    { Network: { Outbound: { Allow_Host: ['folded'] } } },
    { privileged: false },
    { privileged: 'yes' }
  ];
  for (const permissions of profiles) variant(`permissions=${JSON.stringify(permissions)}`, { permissions });

  const provenances: unknown[] = [
    {},
    { sigstore_url: '' },
    { repository_ref: 'refs/heads/main' },
    { sigstore_url: 5 },
    { attestation: null },
    { attestation: {} },
    { attestation: 5 },
    { attestation: { predicate_type: 't' } },
    { attestation: { predicate: null } },
    { attestation: { predicate: 0 } },
    { attestation: { predicate: '' } },
    { attestation: { predicate: [1, { a: null }] } },
    { attestation: { predicate_type: 5 } },
    { attestation: { predicate: nested(MAX_PREDICATE_DEPTH) } },
    { attestation: { predicate: nested(MAX_PREDICATE_DEPTH + 1) } },
    { Signer_Identity: 'folded', ATTESTATION: { Predicate_Type: 'x' } }
  ];
  for (const provenance of provenances) variant(`provenance=${JSON.stringify(provenance)?.slice(0, 80)}`, { provenance });

  const metadatas: unknown[] = [
    {},
    { stars: 0 },
    { stars: -0 },
    { stars: -3 },
    { stars: 1.5 },
    { stars: 2 ** 63 },
    { stars: '5' },
    { last_updated: '' },
    { last_updated: 5 },
    { kubernetes: {} },
    { kubernetes: null },
    { kubernetes: 5 },
    { kubernetes: { kind: 'k', namespace: 'ns', name: '', uid: 'u', image: 'i', transport: 't' } },
    { kubernetes: { kind: 5 } },
    { pulls: 'many' }
  ];
  for (const metadata of metadatas) variant(`metadata=${JSON.stringify(metadata)}`, { metadata });

  for (const custom_metadata of [{}, { a: 1 }, { a: { b: null } }, { __proto__x: 1 }, [], 'x', null]) {
    variant(`custom_metadata=${JSON.stringify(custom_metadata)}`, { custom_metadata });
  }
  for (const status of ['', 'deprecated', 'Active', 'active', null, undefined, 5]) variant(`status=${String(status)}`, { status });
  for (const stateless of [true, false, null, 'true', 1]) variant(`stateless=${String(stateless)}`, { stateless });
  for (const list of ['tools', 'tags', 'args', 'docker_tags']) {
    for (const value of [[], [''], ['a'], ['a', null], ['a', 5], 'a', null]) variant(`${list}=${JSON.stringify(value)}`, { [list]: value });
  }
  for (const tool_definitions of [[], [{}], [{ name: 't' }], [null], [5], [[]], {}, 'x']) {
    variant(`tool_definitions=${JSON.stringify(tool_definitions)}`, { tool_definitions });
  }

  // Names, keys and images: the name a failure is filed under, and the extension key.
  for (const name of [undefined, null, '', 'x', 'com.acme/x', 5]) {
    for (const key of ['k', 'a/b', '']) variant(`name=${String(name)} key=${key}`, { name, transport: 'sse', target_port: 2 ** 63 }, key);
  }
  for (const image of ['', '__proto__', 'constructor', 'ghcr.io/o/x:1', 'toString']) variant(`image=${image}`, { image });
  variant('image missing', { image: undefined });
  variant('keys folded: last wins', { IMAGE: 'folded:1', Target_Port: 9, TRANSPORT: 'sse', Env_Vars: [{ NAME: 'E' }] });
  variant('keys folded: wrong type last', { Proxy_Port: 'x' });
  // Past 32 keys the decoder looks fields up through an index instead of scanning.
  const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`extra_${i}`, i]));
  variant('40 extra keys, folded duplicates', { ...many, Image: 'late:1', TRANSPORT: 'sse', target_PORT: 2 ** 63 });
  variant('40 extra keys', many);

  // Whole entries of the wrong shape, and the minimal entry.
  for (const raw of [null, undefined, 5, 'x', [], [{}], {}, { image: 'i' }])
    cases.push(imageEntry(`raw=${JSON.stringify(raw)}`, 'raw', raw));
  cases.push(imageEntry('empty key', '', { image: 'i' }));
  return cases;
}

test('every entry of every legacy registry fixture converts to the same outcome directly as through server.json', () => {
  const fixtures = legacyRegistryFixtures();
  expect(fixtures.map((f) => f.rel).sort()).toEqual([
    'registry/legacy/embedded-v2026.02.18/registry.json',
    'registry/legacy/remote-servers-example/registry-with-remote-servers.json'
  ]);
  const cases: Case[] = [];
  for (const { rel, doc } of fixtures) {
    for (const remote of [false, true]) {
      const section = (doc[remote ? 'remote_servers' : 'servers'] ?? {}) as Json;
      for (const [key, raw] of Object.entries(section))
        cases.push({ label: `${rel} ${key}`, entry: { raw, legacy: { key, remote }, name: key } });
    }
  }
  // toolhive-core's own converter input (a single legacy entry).
  cases.push(imageEntry('converters/image_to_server', 'github', readFixtureJson('registry/converters/image_to_server/input_github.json')));
  expect(cases.length).toBeGreaterThan(100);
  expect(cases.every(({ entry }) => convertEntry(entry).ok)).toBe(true);
  expectNoMismatch(cases);
});

test('`thv registry convert` still writes the server.json documents the direct conversion agrees with', () => {
  const servers = Object.fromEntries(
    generatedCases().map(({ label, entry }, i) => [entry.legacy!.key === '' ? '' : `${i} ${label}`, entry.raw])
  );
  const direct = Object.entries(servers).map(([key, raw]) => convertEntry(imageEntry('', key, raw).entry));
  const { document, skipped } = convertLegacyRegistry({ version: '1', last_updated: 't', servers }, 'l.json');
  expect(skipped).toEqual(direct.flatMap((c) => (!c.ok && c.legacyPhase ? [{ name: c.name, reason: c.reason }] : [])));
  const written = document.data.servers.map((server): ServerMetadata | string => {
    try {
      return convertServerJSON(server);
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(written).toEqual(direct.flatMap((c): (ServerMetadata | string)[] => (c.ok ? [c.server] : c.legacyPhase ? [] : [c.reason])));
});

test('generated variants of a real entry, malformed in every field, convert to the same outcome both ways', () => {
  const cases = generatedCases();
  expectNoMismatch(cases);

  // The variants reach every kind of outcome, so the equality above is not vacuous.
  const outcomes = cases.map(({ entry }) => convertEntry(entry));
  const count = (pick: (c: Converted) => boolean) => outcomes.filter(pick).length;
  expect(count((c) => c.ok)).toBeGreaterThan(300);
  expect(count((c) => !c.ok && c.legacyPhase && !c.overLimit)).toBeGreaterThan(100);
  expect(count((c) => !c.ok && c.legacyPhase && c.overLimit)).toBeGreaterThan(0);
  expect(count((c) => !c.ok && !c.legacyPhase)).toBeGreaterThan(10);
});

test('a port Go cannot read from the localhost URL is refused by the upstream phase, under the server name', () => {
  const outcome = (target_port: unknown, transport = 'sse') =>
    convertEntry(imageEntry('', 'big', { image: 'i:1', transport, target_port }).entry);
  expect(outcome(2 ** 63)).toEqual({
    ok: false,
    name: 'io.github.stacklok/big',
    reason: "server 'io.github.stacklok/big': failed to parse port from URL 'http://localhost:9223372036854776000': value out of range",
    legacyPhase: false,
    overLimit: false
  });
  expect(outcome(2 ** 63, 'stdio')).toMatchObject({ ok: true, server: { transport: 'stdio' } });
  expect(outcome(2 ** 53 + 1)).toMatchObject({ ok: true, server: { target_port: 2 ** 53 } });
  expect(outcome(-1, 'streamable-http')).toMatchObject({ ok: true, server: { transport: 'streamable-http' } });
  expect(outcome(1e21)).toEqual({
    ok: false,
    name: 'big',
    reason: 'servers["big"].target_port: expected integer, got number',
    legacyPhase: true,
    overLimit: false
  });
});

test('a legacy entry converts with every field ImageMetadata carries, in ConvertServerJSON order', () => {
  const outcome = convertEntry(imageEntry('', 'rich', rich).entry);
  if (!outcome.ok) throw new Error(outcome.reason);
  const { server } = outcome;
  expect(Object.keys(server)).toEqual([
    'kind',
    'name',
    'image',
    'transport',
    'env_vars',
    'title',
    'description',
    'repository_url',
    'target_port',
    'status',
    'tier',
    'tools',
    'tags',
    'overview',
    'metadata',
    'custom_metadata',
    'stateless',
    'permissions',
    'provenance',
    'docker_tags',
    'proxy_port',
    'args'
  ]);
  expect(server).toMatchObject({ name: 'com.example/rich', target_port: 8080, proxy_port: 9090, status: 'Active', stateless: true });
  expect(server).not.toHaveProperty('tool_definitions');
});
