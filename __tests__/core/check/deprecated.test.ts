// ToolHive's `status: Deprecated` survives both registry formats into the check's results.
import { buildRegistry } from '../../../src/core/catalog/build.js';
import { lookupServer } from '../../../src/core/catalog/lookup.js';
import { checkWorkload } from '../../../src/core/check/check.js';
import { parseManifest } from '../../../src/core/manifest/parse.js';

const workload = parseManifest(
  'fetch.json',
  JSON.stringify({ name: 'fetch', image: 'ghcr.io/acme/fetch:1.0.0', registry_server_name: 'fetch' }),
  { explicit: true }
).workloads[0]!;

function upstream(status: string) {
  return {
    version: '1.0.0',
    meta: { last_updated: '2026-01-01T00:00:00Z' },
    data: {
      servers: [
        {
          name: 'fetch',
          description: 'test',
          version: '1.0.0',
          packages: [{ registryType: 'oci', identifier: 'ghcr.io/acme/fetch:1.1.0', transport: { type: 'stdio' } }],
          _meta: {
            'io.modelcontextprotocol.registry/publisher-provided': {
              'io.github.stacklok': { 'ghcr.io/acme/fetch:1.1.0': { status, tier: 'Community' } }
            }
          }
        }
      ]
    }
  };
}

const legacy = (status: string) => ({
  version: '1.0.0',
  last_updated: '2026-01-01T00:00:00Z',
  servers: {
    fetch: { description: 'test', status, tier: 'Community', transport: 'stdio', tools: ['t'], image: 'ghcr.io/acme/fetch:1.1.0' }
  }
});

test.each([
  ['upstream publisher extension', upstream('deprecated')],
  ['upstream publisher extension, capitalised', upstream('Deprecated')],
  ['legacy entry', legacy('Deprecated')]
])('%s: the result says deprecated', (_name, doc) => {
  const registry = buildRegistry(doc, 'registry.json');
  const result = checkWorkload(workload, lookupServer(registry, 'fetch'));
  expect(result).toMatchObject({ status: 'upgrade-available', deprecated: true, update_type: 'minor' });
});

test.each([
  ['upstream', upstream('active')],
  ['legacy', legacy('Active')]
])('%s active entries are not deprecated', (_name, doc) => {
  expect(checkWorkload(workload, lookupServer(buildRegistry(doc, 'registry.json'), 'fetch')).deprecated).toBeUndefined();
});
