// Registry documents for tests, in both formats the check reads, so every test builds them alike.

/** A legacy `servers` entry for `image` (ToolHive's shape); `extra` adds or replaces fields. */
export function legacyServer(image: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { description: 'd', tier: 'Community', status: 'Active', transport: 'stdio', tools: ['t'], image, ...extra };
}

/** The JSON text of a legacy registry holding `servers`. */
export function legacyRegistry(servers: Record<string, unknown>): string {
  return JSON.stringify({ version: '1.0.0', last_updated: '2026-02-18T00:24:11Z', servers });
}

/** An upstream server.json for one OCI image, with ToolHive's extension (and its provenance, when given). */
export function upstreamServer(name: string, image: string, provenance?: object): Record<string, unknown> {
  return {
    name,
    description: `${name} test server`,
    version: '1.1.0',
    packages: [{ registryType: 'oci', identifier: image, transport: { type: 'stdio' } }],
    _meta: {
      'io.modelcontextprotocol.registry/publisher-provided': {
        'io.github.stacklok': { [image]: { status: 'active', ...(provenance ? { provenance } : {}) } }
      }
    }
  };
}
