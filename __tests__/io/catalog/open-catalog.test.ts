// The registry adapter against real HTTP servers on 127.0.0.1 (port 0): kinds, probe, pagination,
// retries, auth, limits and the per-name API fallback. Back-off is kept to milliseconds via options.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixturePath, readFixture, readFixtureJson } from '../../helpers/fixtures.js';
import {
  DEFAULT_REGISTRY_URL,
  RegistryError,
  type RegistrySourceOptions,
  catalogSecrets,
  openRegistry
} from '../../../src/io/catalog/open-catalog.js';
import { MAX_LIST_PAGES } from '../../../src/io/catalog/api-client.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { parseRetryAfter } from '../../../src/io/http/retry-after.js';
import { goPathEscape, goQueryEscape } from '../../../src/io/catalog/api-client.js';
import { parseJsonText } from '../../../src/io/catalog/json-text.js';
import { redactUrl } from '../../../src/io/http/redact.js';

type Json = Record<string, any>;
type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

interface TestServer {
  url: string;
  requests: { url: string; headers: http.IncomingHttpHeaders }[];
  handle: (h: Handler) => void;
  close: () => Promise<void>;
}

async function startServer(
  create: (h: Handler) => http.Server | https.Server = (h) => http.createServer(h),
  scheme = 'http'
): Promise<TestServer> {
  let handler: Handler = (_req, res) => res.writeHead(404).end();
  const requests: TestServer['requests'] = [];
  const server = create((req, res) => {
    requests.push({ url: req.url!, headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    requests,
    handle: (h) => {
      handler = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      })
  };
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(typeof body === 'string' ? body : JSON.stringify(body));
};

const fast: Partial<RegistrySourceOptions> = { retryBaseMs: 2, maxRetryDelayMs: 50, timeoutMs: 3000 };

async function open(opts: RegistrySourceOptions) {
  const provider = await openRegistry({ ...fast, ...opts });
  providers.push(provider);
  return provider;
}
const providers: { close?: () => Promise<void> }[] = [];

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
  throw new Error('expected a RegistryError');
}

/** A mock MCP registry API over the given server.json entries; pages hold at most `cap` items. */
function mockApi(
  servers: Json[],
  opts: { prefix?: string; cap?: number; extra?: (req: http.IncomingMessage, res: http.ServerResponse, u: URL) => boolean } = {}
): Handler {
  const prefix = opts.prefix ?? '';
  return (req, res) => {
    const u = new URL(req.url!, 'http://x');
    if (opts.extra?.(req, res, u)) return;
    if (u.pathname !== `${prefix}/v0.1/servers`) return json(res, 404, { error: 'not found' });
    const search = u.searchParams.get('search');
    if (search !== null) {
      const hits = servers.filter((s) => s.name.includes(search));
      return json(res, 200, { servers: hits.map((server) => ({ server, _meta: {} })), metadata: { count: hits.length } });
    }
    const start = Number(u.searchParams.get('cursor') ?? '0');
    const limit = Math.min(Number(u.searchParams.get('limit') ?? '30'), opts.cap ?? 1000);
    const page = servers.slice(start, start + limit);
    const next = start + limit < servers.length ? String(start + limit) : undefined;
    json(res, 200, {
      servers: page.map((server) => ({ server, _meta: {} })),
      metadata: { count: page.length, ...(next ? { nextCursor: next } : {}) }
    });
  };
}

const catalog = readFixtureJson<Json>('registry/upstream/registry-server-example/upstream-registry.json').data.servers as Json[];
const ociServer = (name: string, image: string): Json => ({
  name,
  description: 'd',
  version: '1.0.0',
  packages: [{ registryType: 'oci', identifier: image, transport: { type: 'stdio' } }]
});

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(async () => {
  await srv.close();
});
beforeEach(() => {
  srv.requests.length = 0;
  srv.handle((_req, res) => res.writeHead(404).end());
});
afterEach(async () => {
  await Promise.all(providers.splice(0).map((p) => p.close?.()));
});

describe('file', () => {
  test('legacy embedded registry: short and full names', async () => {
    const provider = await open({ source: fixturePath('registry/legacy/embedded-v2026.02.18/registry.json') });
    expect(provider.registry.format).toBe('legacy');
    const out = await provider.resolve(['osv', 'fetch', 'io.github.stacklok/fetch', 'nope']);
    expect(out.get('osv')).toMatchObject({ kind: 'found', server: { image: 'ghcr.io/stackloklabs/osv-mcp/server:0.1.0' } });
    expect(out.get('fetch')).toEqual(out.get('io.github.stacklok/fetch'));
    expect(out.get('nope')).toEqual({ kind: 'not-found' });
  });

  test('file:// URLs and kind=file', async () => {
    const p = fixturePath('synthetic/registry-drift-example.json');
    expect((await open({ source: `file://${p}` })).registry.servers.has('example-server')).toBe(true);
    expect((await open({ source: p, kind: 'file' })).registry.format).toBe('upstream');
  });

  describe('errors name the file', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'registry-source-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('JSON syntax error: file and line', async () => {
      const file = path.join(dir, 'broken.json');
      writeFileSync(file, '{\n  "data": {\n    "servers": [\n  }\n}\n');
      const error = await failure(open({ source: file }));
      expect(error.code).toBe('registry-invalid-json');
      expect(error.place).toEqual({ file, line: 4 });
      expect(error.describe()).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: invalid JSON \\(column 3: `));
    });

    test('missing file', async () => {
      const error = await failure(open({ source: path.join(dir, 'nope.json') }));
      expect(error.code).toBe('registry-not-found');
      expect(error.hint).toMatch(/--registry/);
    });

    test('unknown document shape', async () => {
      const file = path.join(dir, 'other.json');
      writeFileSync(file, '{"name": "not a registry"}');
      const error = await failure(open({ source: file }));
      expect(error.code).toBe('registry-format');
      expect(error.place).toEqual({ file });
    });

    test('size limit', async () => {
      const error = await failure(open({ source: fixturePath('registry/legacy/embedded-v2026.02.18/registry.json'), maxBytes: 1000 }));
      expect(error.code).toBe('registry-too-large');
    });

    test('unsupported scheme', async () => {
      expect((await failure(open({ source: 's3://bucket/registry.json' }))).code).toBe('registry-invalid-source');
    });

    test('a relative path is read from cwd, and messages name it as given', async () => {
      writeFileSync(path.join(dir, 'relative.json'), readFixture('synthetic/registry-drift-example.json'));
      writeFileSync(path.join(dir, 'relative-broken.json'), '{\n  "data": [\n');
      // The test process runs elsewhere: only cwd can find these files.
      expect(path.resolve('relative.json')).not.toBe(path.join(dir, 'relative.json'));
      const provider = await open({ source: 'relative.json', cwd: dir });
      expect(provider.registry.servers.has('example-server')).toBe(true);
      expect(provider.registry.source).toBe('relative.json');
      const broken = await failure(open({ source: 'relative-broken.json', cwd: dir }));
      expect(broken.code).toBe('registry-invalid-json');
      expect(broken.place).toEqual({ file: 'relative-broken.json', line: 3 });
      expect((await failure(open({ source: 'relative.json' }))).code).toBe('registry-not-found');
    });
  });
});

describe('url', () => {
  const doc = readFixture('registry/upstream/remote-servers-example/registry-with-remote-servers.json');

  test('a .json URL is a document: one GET, no probe', async () => {
    srv.handle((req, res) => (req.url === '/registry.json' ? json(res, 200, doc) : res.writeHead(404).end()));
    const provider = await open({ source: `${srv.url}/registry.json` });
    expect(provider.registry.source).toBe(`${srv.url}/registry.json`);
    expect(srv.requests.map((r) => r.url)).toEqual(['/registry.json']);
    const out = await provider.resolve(['example-container', 'example-remote']);
    expect(out.get('example-container')).toMatchObject({ kind: 'found', server: { kind: 'image', image: 'example/mcp-server:latest' } });
    expect(out.get('example-remote')).toMatchObject({ kind: 'found', server: { kind: 'remote' } });
  });

  test('auto: a URL that is not an API (probe 404) is read as a document', async () => {
    srv.handle((req, res) =>
      req.url === '/catalog' ? json(res, 200, doc, { 'content-type': 'text/plain' }) : json(res, 404, { error: 'not found' })
    );
    const provider = await open({ source: `${srv.url}/catalog` });
    expect(srv.requests.map((r) => r.url)).toEqual(['/catalog/v0.1/servers?limit=1&version=latest', '/catalog']);
    // Served from the document read once, with no further request.
    expect((await provider.resolve(['example-remote'])).get('example-remote')).toMatchObject({ kind: 'found', server: { kind: 'remote' } });
    expect(srv.requests).toHaveLength(2);
  });

  test('JSON syntax error names the URL and line', async () => {
    srv.handle((_req, res) => json(res, 200, '{\n  "data": [\n'));
    const error = await failure(open({ source: `${srv.url}/r.json` }));
    expect(error.code).toBe('registry-invalid-json');
    expect(error.message).toContain(`${srv.url}/r.json`);
    expect(error.message).toMatch(/line 3/);
  });

  test('429 with Retry-After, then success (the wait honours Retry-After, capped)', async () => {
    let calls = 0;
    srv.handle((_req, res) => (++calls === 1 ? json(res, 429, { error: 'slow down' }, { 'retry-after': '1' }) : json(res, 200, doc)));
    const logs: string[] = [];
    const sleeps: number[] = [];
    const provider = await open({
      source: `${srv.url}/r.json`,
      maxRetryDelayMs: 150,
      log: (m) => logs.push(m),
      sleep: async (ms) => void sleeps.push(ms)
    });
    expect(sleeps).toEqual([150]);
    expect(provider.registry.servers.size).toBe(1);
    expect(logs.some((l) => l.includes('HTTP 429') && l.includes('retry 1/3 in 150 ms'))).toBe(true);
  });

  test('500, then success', async () => {
    let calls = 0;
    srv.handle((_req, res) => (++calls === 1 ? json(res, 500, { error: 'boom' }) : json(res, 200, doc)));
    expect((await open({ source: `${srv.url}/r.json` })).registry.remoteServers.size).toBe(1);
    expect(calls).toBe(2);
  });

  test('retries exhausted: a clear error with the status', async () => {
    srv.handle((_req, res) => json(res, 503, { error: 'maintenance' }));
    const error = await failure(open({ source: `${srv.url}/r.json`, retries: 2 }));
    expect(error.code).toBe('registry-http');
    expect(error.status).toBe(503);
    expect(error.message).toBe(`registry at ${srv.url}/r.json returned HTTP 503 Service Unavailable: {"error":"maintenance"}`);
    expect(srv.requests).toHaveLength(3);
  });

  test('connection refused: registry-unreachable after retries', async () => {
    const gone = await startServer();
    const url = gone.url;
    await gone.close();
    const error = await failure(open({ source: `${url}/r.json`, retries: 1 }));
    expect(error.code).toBe('registry-unreachable');
    expect(error.message).toContain(`${url}/r.json`);
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.message).toMatch(/after 2 attempts/);
  });

  test('401 ⇒ unauthorized, with a hint to pass a token', async () => {
    srv.handle((_req, res) => json(res, 401, { error: 'unauthorized' }));
    const error = await failure(open({ source: `${srv.url}/r.json` }));
    expect(error.code).toBe('registry-unauthorized');
    expect(error.hint).toBe('pass a token with --registry-token / registry-token');
    expect(srv.requests).toHaveLength(1);
  });

  test('the bearer token is sent, and never appears in messages (nor userinfo or query secrets)', async () => {
    const token = 'tok-3f9a1c2b7e';
    srv.handle((req, res) => json(res, 403, { error: `forbidden for ${req.headers.authorization}` }));
    const source = `${srv.url.replace('//', '//alice:pw@')}/r.json?sig=s3cr3t&version=latest`;
    const error = await failure(open({ source, token }));
    expect(srv.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
    expect(error.code).toBe('registry-unauthorized');
    const everything = `${error.message} ${error.hint} ${JSON.stringify(error.place)}`;
    expect(everything).not.toContain(token);
    expect(everything).not.toContain('s3cr3t');
    expect(everything).not.toContain('alice');
    expect(error.message).toContain('Bearer ***');
    expect(error.message).toContain(`${srv.url}/r.json?sig=***&version=latest`);
    expect(error.hint).toMatch(/did not accept the token/);
  });

  test('userinfo becomes Basic auth when there is no token', async () => {
    srv.handle((_req, res) => json(res, 200, doc));
    await open({ source: `${srv.url.replace('//', '//alice:pw@')}/r.json` });
    expect(srv.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('alice:pw').toString('base64')}`);
  });

  test('redirects are followed; credentials do not follow to another origin', async () => {
    const other = await startServer();
    try {
      other.handle((_req, res) => json(res, 200, doc));
      srv.handle((_req, res) => res.writeHead(302, { location: `${other.url}/moved.json` }).end());
      const provider = await open({ source: `${srv.url}/r.json`, token: 'tok-abcdef' });
      expect(provider.registry.servers.size).toBe(1);
      expect(srv.requests[0]!.headers.authorization).toBe('Bearer tok-abcdef');
      expect(other.requests[0]!.headers.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  test('size cap, with and without Content-Length', async () => {
    const big = JSON.stringify({ data: { servers: [ociServer('io.x/a', 'a:1')] }, pad: 'x'.repeat(5000) });
    srv.handle((_req, res) => json(res, 200, big));
    expect((await failure(open({ source: `${srv.url}/r.json`, maxBytes: 1000 }))).code).toBe('registry-too-large');
    srv.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < big.length; i += 500) res.write(big.slice(i, i + 500));
      res.end();
    });
    const error = await failure(open({ source: `${srv.url}/r.json`, maxBytes: 1000 }));
    expect(error.code).toBe('registry-too-large');
    expect(error.message).toContain('larger than 1000 bytes');
  });

  test('timeout', async () => {
    srv.handle((_req, res) => {
      setTimeout(() => json(res, 200, doc), 600).unref();
    });
    const error = await failure(open({ source: `${srv.url}/r.json`, timeoutMs: 100, retries: 0 }));
    expect(error.code).toBe('registry-unreachable');
    expect(error.message).toMatch(/timed out after 100ms/);
  });

  test('plain http is refused for non-loopback hosts (no request is made)', async () => {
    const error = await failure(open({ source: 'http://registry.example.com/registry.json' }));
    expect(error.code).toBe('registry-invalid-source');
    expect(error.hint).toMatch(/https/);
  });
});

describe('api', () => {
  test('auto: the probe detects the API and its page is reused; cursors are followed', async () => {
    srv.handle(mockApi(catalog, { cap: 5 }));
    const logs: string[] = [];
    const provider = await open({ source: srv.url, log: (m) => logs.push(m) });
    expect(provider.registry.servers.size).toBe(12);
    expect(srv.requests.map((r) => r.url)).toEqual([
      '/v0.1/servers?limit=1&version=latest',
      '/v0.1/servers?cursor=1&limit=100&version=latest',
      '/v0.1/servers?cursor=6&limit=100&version=latest',
      '/v0.1/servers?cursor=11&limit=100&version=latest'
    ]);
    const out = await provider.resolve(['github', 'io.github.stacklok/fetch', 'fetch']);
    expect(out.get('github')).toMatchObject({ kind: 'found', server: { image: 'ghcr.io/github/github-mcp-server:v0.22.0' } });
    expect(out.get('fetch')).toEqual(out.get('io.github.stacklok/fetch'));
    expect(srv.requests).toHaveLength(4); // all found in the list: no fallback requests
  });

  test('kind=api lists from the start with limit=100', async () => {
    srv.handle(mockApi(catalog));
    const provider = await open({ source: srv.url, kind: 'api' });
    expect(provider.registry.servers.size).toBe(12);
    expect(srv.requests.map((r) => r.url)).toEqual(['/v0.1/servers?limit=100&version=latest']);
  });

  test('toolhive-registry-server: /registry/{name} prefix, one trailing slash stripped', async () => {
    srv.handle(mockApi(catalog, { prefix: '/registry/default' }));
    const provider = await open({ source: `${srv.url}/registry/default/` });
    expect(provider.registry.source).toBe(`${srv.url}/registry/default`);
    expect(srv.requests[0]!.url).toBe('/registry/default/v0.1/servers?limit=1&version=latest');
    expect((await provider.resolve(['gitlab'])).get('gitlab')).toMatchObject({
      kind: 'found',
      server: { image: 'iwakitakuma/gitlab-mcp:2.0.13' }
    });
  });

  test('probe 401 ⇒ API that needs a token: reported at once', async () => {
    srv.handle((_req, res) => json(res, 401, { error: 'unauthorized' }, { 'www-authenticate': 'Bearer' }));
    const error = await failure(open({ source: `${srv.url}/registry/private` }));
    expect(error.code).toBe('registry-unauthorized');
    expect(error.hint).toMatch(/--registry-token/);
    expect(srv.requests).toHaveLength(1);
  });

  test('versions/latest fallback: reverse-DNS name %2F-encoded, then the name as is, then search; memoised', async () => {
    const listed = [ociServer('io.x/listed', 'listed:1')];
    const fetch = ociServer('io.github.stacklok/fetch', 'fetch:2');
    const other = ociServer('io.other/thing', 'thing:3');
    srv.handle(
      mockApi([...listed, other], {
        extra: (req, res) => {
          if (req.url === '/v0.1/servers/io.github.stacklok%2Ffetch/versions/latest')
            return (json(res, 200, { server: fetch, _meta: {} }), true);
          if (req.url === '/v0.1/servers/io.github.stacklok%2Fbroken/versions/latest')
            return (json(res, 200, { server: { name: 'io.github.stacklok/broken' } }), true);
          if (req.url!.startsWith('/v0.1/servers/')) return (json(res, 404, { error: 'not found' }), true);
          return false;
        }
      })
    );
    const provider = await open({ source: srv.url, kind: 'api' });
    srv.requests.length = 0;
    // `thing` only exists under io.other: found in the list by suffix, no request.
    const out = await provider.resolve(['fetch', 'thing', 'ghost', 'broken', 'fetch']);
    expect(out.get('fetch')).toMatchObject({ kind: 'found', server: { name: 'io.github.stacklok/fetch', image: 'fetch:2' } });
    expect(out.get('thing')).toMatchObject({ kind: 'found', server: { image: 'thing:3' } });
    expect(out.get('ghost')).toEqual({ kind: 'not-found' });
    expect(out.get('broken')).toEqual({ kind: 'error', message: 'server io.github.stacklok/broken has no packages or remotes, skipping' });
    const urls = srv.requests.map((r) => r.url).sort();
    expect(urls).toEqual(
      [
        '/v0.1/servers/io.github.stacklok%2Ffetch/versions/latest',
        '/v0.1/servers/io.github.stacklok%2Fghost/versions/latest',
        '/v0.1/servers/ghost/versions/latest',
        '/v0.1/servers?search=ghost&version=latest',
        '/v0.1/servers/io.github.stacklok%2Fbroken/versions/latest'
      ].sort()
    );
    srv.requests.length = 0;
    await provider.resolve(['ghost', 'fetch']);
    expect(srv.requests).toHaveLength(0);
  });

  test('a full name goes straight to versions/latest once, then search', async () => {
    const newer = ociServer('io.new/srv', 'new:1');
    srv.handle(
      mockApi([ociServer('io.x/a', 'a:1')], { extra: (req, res) => (req.url!.includes('/versions/') ? (json(res, 404, {}), true) : false) })
    );
    const provider = await open({ source: srv.url, kind: 'api' });
    srv.handle(
      mockApi([ociServer('io.x/a', 'a:1'), newer], {
        extra: (req, res) => (req.url!.includes('/versions/') ? (json(res, 404, {}), true) : false)
      })
    );
    srv.requests.length = 0;
    expect((await provider.resolve(['io.new/srv'])).get('io.new/srv')).toMatchObject({ kind: 'found', server: { image: 'new:1' } });
    expect(srv.requests.map((r) => r.url)).toEqual([
      '/v0.1/servers/io.new%2Fsrv/versions/latest',
      '/v0.1/servers?search=io.new%2Fsrv&version=latest'
    ]);
  });

  test('an ambiguous short name falls back to the API, as CachedAPIRegistryProvider does', async () => {
    srv.handle(mockApi([ociServer('io.a/dup', 'a:1'), ociServer('io.b/dup', 'b:1')]));
    const provider = await open({ source: srv.url, kind: 'api' });
    // versions/latest 404s for io.github.stacklok/dup and dup; search returns both, the first matching wins.
    expect((await provider.resolve(['dup'])).get('dup')).toMatchObject({ kind: 'found', server: { name: 'io.a/dup' } });
  });

  test('a failing search is a lookup error, not a run error', async () => {
    srv.handle(
      mockApi([ociServer('io.x/a', 'a:1')], { extra: (req, res) => (req.url!.includes('search=') ? (json(res, 500, {}), true) : false) })
    );
    const provider = await open({ source: srv.url, kind: 'api', retries: 0 });
    const outcome = (await provider.resolve(['zzz'])).get('zzz');
    expect(outcome).toEqual({
      kind: 'error',
      message: expect.stringMatching(/^failed to find server zzz: registry API search at .* returned HTTP 500/)
    });
  });

  test('list failures stop the run: 401 with the token hint, 500 after retries', async () => {
    srv.handle((_req, res) => json(res, 401, {}));
    expect((await failure(open({ source: srv.url, kind: 'api' }))).code).toBe('registry-unauthorized');
    srv.handle((_req, res) => json(res, 500, {}));
    expect((await failure(open({ source: srv.url, kind: 'api', retries: 1 }))).code).toBe('registry-http');
  });

  test('more than 10000 servers aborts, as ToolHive does', async () => {
    srv.handle((req, res) => {
      const cursor = Number(new URL(req.url!, 'http://x').searchParams.get('cursor') ?? '0');
      const servers = Array.from({ length: 100 }, (_, i) => ({ server: { name: `io.x/s${cursor + i}` } }));
      json(res, 200, { servers, metadata: { nextCursor: String(cursor + 100), count: 100 } });
    });
    const error = await failure(open({ source: srv.url, kind: 'api' }));
    expect(error.code).toBe('registry-too-large');
    expect(error.message).toMatch(/more than 10000 servers/);
    expect(srv.requests).toHaveLength(101);
  });

  test('a cursor that does not advance is an error, not an endless loop', async () => {
    srv.handle((_req, res) => json(res, 200, { servers: [], metadata: { nextCursor: 'same' } }));
    expect((await failure(open({ source: srv.url, kind: 'api' }))).code).toBe('registry-format');
  });

  test('an API base URL with a query string is refused', async () => {
    expect((await failure(open({ source: `${srv.url}/?x=1`, kind: 'api' }))).code).toBe('registry-invalid-source');
  });
});

describe('hostile registries', () => {
  const page = (servers: Json[], nextCursor: string) => ({
    servers: servers.map((server) => ({ server, _meta: {} })),
    metadata: { nextCursor, count: servers.length }
  });

  test('empty pages with a fresh cursor each time: the listing stops at the first page that adds nothing', async () => {
    let n = 0;
    srv.handle((_req, res) => json(res, 200, page(n++ === 0 ? [ociServer('io.x/a', 'a:1')] : [], `c${n}`)));
    const logs: string[] = [];
    const provider = await open({ source: srv.url, kind: 'api', log: (m) => logs.push(m) });
    expect(provider.registry.servers.size).toBe(1);
    expect(srv.requests).toHaveLength(2);
    expect(logs.some((l) => l.includes('added no server'))).toBe(true);
  });

  test('pages repeating the same servers under new cursors stop too', async () => {
    let n = 0;
    srv.handle((_req, res) => json(res, 200, page([ociServer('io.x/a', 'a:1')], `c${n++}`)));
    const provider = await open({ source: srv.url, kind: 'api' });
    expect(provider.registry.servers.size).toBe(1);
    expect(srv.requests).toHaveLength(2);
  });

  test(`a listing that never ends is cut at ${MAX_LIST_PAGES} pages`, async () => {
    let n = 0;
    srv.handle((_req, res) => {
      n++;
      json(res, 200, page([ociServer(`io.x/s${n}`, `s${n}:1`)], `c${n}`));
    });
    const error = await failure(open({ source: srv.url, kind: 'api' }));
    expect(error.code).toBe('registry-too-large');
    expect(error.message).toContain(`more than ${MAX_LIST_PAGES} pages`);
    expect(srv.requests).toHaveLength(MAX_LIST_PAGES);
  });

  test('one deadline for all catalog traffic: past it the run stops with an error naming the (redacted) URL', async () => {
    let clock = 0;
    let n = 0;
    srv.handle((_req, res) => {
      clock += 10_000; // each page "takes" 10 s on the injected clock
      n++;
      json(res, 200, page([ociServer(`io.x/s${n}`, `s${n}:1`)], `c${n}`));
    });
    const error = await failure(
      open({ source: `${srv.url.replace('//', '//bob:hunter22@')}/`, kind: 'api', deadlineMs: 60_000, now: () => clock })
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.code).toBe('registry-deadline');
    expect(error.message).toContain(`${srv.url}/v0.1/servers?cursor=c6&limit=100&version=latest`);
    expect(error.message).toMatch(/overall registry time limit of 60 s/);
    expect(error.message + error.hint).not.toContain('hunter22');
    expect(srv.requests).toHaveLength(6);
  });

  test('unknown names looked up one by one count against the same deadline', async () => {
    srv.handle(mockApi([ociServer('io.x/a', 'a:1')], { extra: (req) => req.url!.includes('/versions/') || req.url!.includes('search=') }));
    const provider = await open({ source: srv.url, kind: 'api', timeoutMs: 1000, deadlineMs: 400 });
    const started = Date.now();
    const names = Array.from({ length: 8 }, (_, i) => `unknown-${i}`);
    const error = await failure(provider.resolve(names));
    expect(error.code).toBe('registry-deadline');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test('credentials in the source URL never show, not even as the Basic header a server echoes', async () => {
    srv.handle((req, res) => json(res, 401, { error: `bad credentials: ${req.headers.authorization}` }));
    const source = `${srv.url.replace('//', '//alice:pa55w0rd@')}/registry.json`;
    const logs: string[] = [];
    const error = await failure(open({ source, log: (m) => logs.push(m) }));
    expect(srv.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('alice:pa55w0rd').toString('base64')}`);
    expect(error.code).toBe('registry-unauthorized');
    const everything = `${error.message} ${error.hint} ${JSON.stringify(error.place)} ${logs.join('\n')}`;
    for (const secret of ['alice', 'pa55w0rd', 'YWxpY2U6cGE1NXcwcmQ', 'YWxpY2U', 'cGE1NXcwcmQ']) expect(everything).not.toContain(secret);
    expect(error.message).toContain('Basic ***');
  });

  test('catalogSecrets lists what the Action must mask', () => {
    const secrets = catalogSecrets('https://alice:pa%2455w0rd@registry.example/r.json', 'tok-123456');
    for (const s of [
      'tok-123456',
      'alice',
      'pa$55w0rd',
      'pa%2455w0rd',
      Buffer.from('alice:pa$55w0rd').toString('base64'),
      Buffer.from('pa$55w0rd').toString('base64')
    ]) {
      expect(secrets).toContain(s);
    }
    expect(catalogSecrets('https://registry.example/r.json')).toEqual([]);
  });

  test('a URL that cannot be parsed keeps no query in the error', async () => {
    const error = await failure(open({ source: 'https://exa mple.com/r.json?sig=s3cr3t-signature' }));
    expect(error.code).toBe('registry-invalid-source');
    expect(error.message).not.toContain('s3cr3t');
    expect(error.message).toContain('?***');
  });
});

const haveOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();

// Needs openssl to mint a CA and a server certificate at test time; skipped (and untested) without it.
(haveOpenssl ? describe : describe.skip)('custom CA (HTTPS)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'registry-ca-'));
    const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    {
      run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=test-ca');
      run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
      writeFileSync(path.join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1\n');
      run(
        'x509',
        '-req',
        '-in',
        'server.csr',
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-out',
        'server.pem',
        '-days',
        '1',
        '-extfile',
        'ext.cnf'
      );
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a registry behind a private CA works with caFile and fails clearly without', async () => {
    const tlsServer = await startServer(
      (h) => https.createServer({ key: readFileSync(path.join(dir, 'server.key')), cert: readFileSync(path.join(dir, 'server.pem')) }, h),
      'https'
    );
    try {
      tlsServer.handle((_req, res) => json(res, 200, readFixture('synthetic/registry-drift-example.json')));
      const provider = await open({ source: `${tlsServer.url}/registry.json`, caFile: path.join(dir, 'ca.pem') });
      expect(provider.registry.servers.has('example-server')).toBe(true);
      // A relative CA file is read from cwd, like a relative registry file.
      const relative = await open({ source: `${tlsServer.url}/registry.json`, caFile: 'ca.pem', cwd: dir });
      expect(relative.registry.servers.has('example-server')).toBe(true);
      const error = await failure(open({ source: `${tlsServer.url}/registry.json` }));
      expect(error.code).toBe('registry-unreachable');
      expect(error.message).toMatch(/TLS certificate not trusted/);
      expect(error.hint).toMatch(/--registry-ca/);
      expect(error.message).not.toMatch(/attempts/); // not retried
    } finally {
      await tlsServer.close();
    }
  });
});

describe('helpers', () => {
  test('DEFAULT_REGISTRY_URL is the upstream-format catalog', () => {
    expect(DEFAULT_REGISTRY_URL).toMatch(/^https:\/\/.*registry-upstream\.json$/);
  });

  test('parseRetryAfter: seconds, HTTP date, garbage', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  test('Go path and query escaping', () => {
    expect(goPathEscape('io.github.stacklok/fetch')).toBe('io.github.stacklok%2Ffetch');
    expect(goPathEscape("a b$&+:=@!'()*;,?")).toBe('a%20b$&+:=@%21%27%28%29%2A%3B%2C%3F');
    expect(goQueryEscape('a b/c!~')).toBe('a+b%2Fc%21~');
  });

  test('redactUrl', () => {
    expect(redactUrl('https://u:p@h.example/r.json?token=abc&cursor=x#frag')).toBe('https://h.example/r.json?token=***&cursor=x');
  });

  test('JSON error locations', () => {
    expect(parseJsonText('{"a": 1,}')).toMatchObject({ ok: false, line: 1, column: 9 });
    expect(parseJsonText('[1,\n 2\n 3]')).toMatchObject({
      ok: false,
      line: 3,
      column: 2,
      reason: "expected ',' or ']' after array element"
    });
    // The locator's reasons are covered in __tests__/core/json-error.test.ts.
  });
});
