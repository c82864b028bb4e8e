// Registries reached over HTTP(S): a registry JSON document or an MCP registry API. Split from
// registry-source.ts so the HTTP stack is loaded only when a remote registry is used.
import { readFile } from 'node:fs/promises';
import { registryFromApiServers, buildRegistry } from '../../core/catalog/build.js';
import { RegistryError } from '../../core/catalog/errors.js';
import { isObject } from '../../core/catalog/go-json.js';
import { type ListPage, RegistryApiClient, apiBase, parseJsonBody, readListPage, statusError } from './api-client.js';
import { RegistryHttp, checkScheme } from './http.js';
import { parseJsonText } from './json-text.js';
import { type RegistryProvider, apiProvider, staticProvider } from './providers.js';
import { redactUrl } from '../http/redact.js';
import { logged, type RegistryKind, type RegistrySourceOptions } from './open-catalog.js';

export async function openRemoteRegistry(
  source: string,
  kind: RegistryKind,
  opts: RegistrySourceOptions,
  maxBytes: number,
  log: (m: string) => void
): Promise<RegistryProvider> {
  const url = parseUrl(source);
  checkScheme(url);
  const http = new RegistryHttp({
    authOrigin: url.origin,
    token: opts.token || undefined,
    basic: url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
    ca: opts.caFile ? await readCa(opts.caFile) : undefined,
    timeoutMs: opts.timeoutMs ?? 30_000,
    retries: opts.retries ?? 3,
    maxBytes,
    userAgent: opts.userAgent ?? 'toolhive-upgrade-action',
    retryBaseMs: opts.retryBaseMs ?? 500,
    maxRetryDelayMs: opts.maxRetryDelayMs ?? 30_000,
    log,
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
      const provider = staticProvider(logged(await loadUrl(http, url, opts.token), log), 'url');
      await http.close();
      return provider;
    }
    if (url.search !== '' || url.hash !== '') {
      throw new RegistryError('registry-invalid-source', `a registry API base URL cannot carry a query or fragment: ${redactUrl(url)}`, { url: redactUrl(url) });
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

function parseUrl(source: string): URL {
  try {
    return new URL(source);
  } catch {
    throw new RegistryError('registry-invalid-source', `not a valid URL: ${redactUrl(source)}`, {}, 'use a file path, an https:// URL or an API base URL');
  }
}

async function readCa(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new RegistryError('registry-invalid-source', `cannot read the registry CA bundle: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file }, 'pass a PEM file with --registry-ca / registry-ca');
  }
}

async function loadUrl(http: RegistryHttp, url: URL, token: string | undefined) {
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
async function probeApi(http: RegistryHttp, url: URL, token: string | undefined, log: (m: string) => void): Promise<{ kind: 'url' | 'api'; page?: ListPage }> {
  const probeUrl = new URL(`${apiBase(url)}/v0.1/servers?limit=1&version=latest`);
  const res = await http.get(probeUrl, 'registry');
  if (res.status === 401 || res.status === 403) throw statusError(res, url, 'registry API', token);
  if (res.status >= 200 && res.status < 300 && (res.headers['content-type'] ?? '').includes('application/json')) {
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
