// Registries reached over HTTP(S): a registry JSON document or an MCP registry API. Split from
// open-catalog.ts so the HTTP stack is loaded only when a remote registry is used.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { registryFromApiServers, buildRegistry } from '../../core/catalog/build.js';
import { RegistryError } from '../../core/catalog/errors.js';
import { isObject } from '../../core/catalog/go-json.js';
import { type ListPage, RegistryApiClient, apiBase, parseJsonBody, readListPage, statusError } from './api-client.js';
import { CatalogHttp } from './catalog-http.js';
import { parseJsonText } from './json-text.js';
import { logged } from './log-registry.js';
import { type RegistryProvider, apiProvider, staticProvider } from './providers.js';
import { catalogSecrets, scrubError } from './secrets.js';
import { DEFAULT_DEADLINE_MS, type RegistryKind, type RegistrySourceOptions } from './source-options.js';
import { HttpClient, header } from '../http/client.js';
import { HttpError } from '../http/errors.js';
import { assertTransportAllowed } from '../http/plain-http.js';
import { redactText, redactUrl } from '../http/redact.js';

export async function openRemoteRegistry(
  source: string,
  kind: RegistryKind,
  opts: RegistrySourceOptions,
  maxBytes: number,
  rawLog: (m: string) => void
): Promise<RegistryProvider> {
  const secrets = catalogSecrets(source, opts.token);
  const log = (m: string) => rawLog(redactText(m, secrets));
  try {
    const provider = await openChecked(source, kind, opts, maxBytes, secrets, log);
    return {
      ...provider,
      resolve: (names) =>
        provider.resolve(names).then(
          (outcomes) =>
            new Map([...outcomes].map(([n, o]) => [n, o.kind === 'error' ? { ...o, message: redactText(o.message, secrets) } : o])),
          (error: unknown) => Promise.reject(scrubError(error, secrets))
        )
    };
  } catch (error) {
    throw scrubError(error, secrets);
  }
}

async function openChecked(
  source: string,
  kind: RegistryKind,
  opts: RegistrySourceOptions,
  maxBytes: number,
  secrets: string[],
  log: (m: string) => void
): Promise<RegistryProvider> {
  const url = parseUrl(source);
  checkScheme(url);
  const now = opts.now ?? Date.now;
  const deadlineMs = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const client = new HttpClient({
    ca: opts.caFile ? await readCa(opts.caFile, opts.cwd) : undefined,
    timeoutMs: opts.timeoutMs ?? 30_000,
    retry: { retries: opts.retries ?? 3, baseMs: opts.retryBaseMs ?? 500, maxDelayMs: opts.maxRetryDelayMs ?? 30_000 },
    sleep: opts.sleep,
    now,
    deadlineAt: now() + deadlineMs,
    secrets: () => secrets,
    log,
    logPrefix: 'registry'
  });
  const http = new CatalogHttp(client, {
    authOrigin: url.origin,
    token: opts.token || undefined,
    basic: url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
    maxBytes,
    userAgent: opts.userAgent ?? 'toolhive-upgrade-action',
    deadlineMs
  });
  try {
    let resolved: 'url' | 'api' = kind === 'api' ? 'api' : 'url';
    let firstPage: ListPage | undefined;
    if (kind === 'auto' && !url.pathname.endsWith('.json') && url.search === '') {
      const probe = await probeApi(http, url, opts.token, log);
      resolved = probe.kind;
      firstPage = probe.page;
    }
    if (resolved === 'url') {
      const provider = staticProvider(logged(await loadUrl(http, url, opts.token), log));
      await http.close();
      return provider;
    }
    if (url.search !== '' || url.hash !== '') {
      throw new RegistryError('registry-invalid-source', `a registry API base URL cannot carry a query or fragment: ${redactUrl(url)}`, {
        url: redactUrl(url)
      });
    }
    const api = new RegistryApiClient(http, apiBase(url), { token: opts.token, log });
    const items = await api.listAll(firstPage);
    const registry = logged(registryFromApiServers(items, redactUrl(api.base)), log);
    return apiProvider(registry, api, { concurrency: opts.concurrency ?? 4, log, close: () => http.close() });
  } catch (error) {
    await http.close();
    throw error;
  }
}

/** Plain http only to local addresses: the user wrote the scheme, so say which to use. */
function checkScheme(u: URL): void {
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new RegistryError(
      'registry-invalid-source',
      `unsupported URL scheme ${u.protocol}`,
      { url: redactUrl(u) },
      'use an https:// URL or a file path'
    );
  }
  try {
    assertTransportAllowed(u, new Set());
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    throw new RegistryError(
      'registry-invalid-source',
      `refusing plain http to ${u.host}`,
      { url: redactUrl(u) },
      'use an https:// URL (plain http is only allowed for local addresses: localhost, 127.0.0.0/8, ::1, *.local, 10/8, 172.16/12, 192.168/16)',
      undefined,
      { cause: error }
    );
  }
}

function parseUrl(source: string): URL {
  try {
    return new URL(source);
  } catch {
    throw new RegistryError(
      'registry-invalid-source',
      `not a valid URL: ${redactUrl(source)}`,
      {},
      'use a file path, an https:// URL or an API base URL'
    );
  }
}

async function readCa(file: string, cwd = ''): Promise<string> {
  try {
    return await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new RegistryError(
      'registry-invalid-source',
      `cannot read the registry CA bundle: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { file },
      'pass a PEM file with --registry-ca / registry-ca'
    );
  }
}

async function loadUrl(http: CatalogHttp, url: URL, token: string | undefined) {
  const res = await http.get(url, 'registry');
  if (res.status !== 200) throw statusError(res, url, 'registry', token);
  const doc = parseJsonBody(res, url, 'registry document');
  return buildRegistry(doc, redactUrl(url));
}

/**
 * `thv config set-registry`'s probe: GET {url}/v0.1/servers?limit=1&version=latest. A 2xx JSON
 * list page ⇒ API (the page is kept as the first page of the listing); 401/403 ⇒ API, which
 * would be refused the same way, so that is reported straight away; anything else ⇒ a document.
 */
async function probeApi(
  http: CatalogHttp,
  url: URL,
  token: string | undefined,
  log: (m: string) => void
): Promise<{ kind: 'url' | 'api'; page?: ListPage }> {
  const probeUrl = new URL(`${apiBase(url)}/v0.1/servers?limit=1&version=latest`);
  const res = await http.get(probeUrl, 'registry');
  if (res.status === 401 || res.status === 403) throw statusError(res, url, 'registry API', token);
  if (res.status >= 200 && res.status < 300 && (header(res, 'content-type') ?? '').includes('application/json')) {
    const parsed = parseJsonText(res.body.toString('utf8'));
    // The probe decodes into a plain map: exact keys `servers` (array) and `metadata` (object).
    if (parsed.ok && isObject(parsed.value) && Array.isArray(parsed.value.servers) && isObject(parsed.value.metadata)) {
      log(`registry: ${redactUrl(url)} answers the MCP registry API`);
      return { kind: 'api', page: readListPage(parsed.value, probeUrl) };
    }
  }
  log(`registry: ${redactUrl(url)} is not an MCP registry API (probe: HTTP ${res.status}); reading it as a registry document`);
  return { kind: 'url' };
}
