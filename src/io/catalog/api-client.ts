// The MCP registry v0.1 API as ToolHive's client calls it (stacklok/toolhive pkg/registry/api/client.go):
// list with cursor pagination (limit 100, version=latest, ≤ 10000 servers), get latest version
// by name, search. Query strings are url.Values.Encode()d (alphabetical keys, QueryEscape).
import { RegistryError } from '../../core/catalog/errors.js';
import { field, isObject } from '../../core/catalog/go-json.js';
import { STATUS_CODES } from 'node:http';
import { header, type HttpResponse } from '../http/client.js';
import type { CatalogHttp } from './catalog-http.js';
import { parseJsonText } from './json-text.js';
import { bodyExcerpt, redactUrl } from '../http/redact.js';

export const MAX_SERVERS = 10_000;
const PAGE_LIMIT = 100;
/**
 * Most list pages read, whatever the cursors say: 10000 servers at 100 a page is 100 pages; this
 * leaves room for servers that cap pages lower, and stops one that hands out cursors forever.
 */
export const MAX_LIST_PAGES = 500;

const hex = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

/** Go's url.PathEscape: `/` becomes %2F; `$&+:=@` stay; `!'()*` are escaped. */
export function goPathEscape(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, hex)
    .replace(/%(24|26|2B|3A|3D|40)/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Go's url.QueryEscape: space becomes `+`; `!'()*` are escaped. */
export function goQueryEscape(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, hex)
    .replace(/%20/g, '+');
}

function encodeQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .sort()
    .map((k) => `${goQueryEscape(k)}=${goQueryEscape(params[k]!)}`)
    .join('&');
}

/** `https://host/registry/default/` → `https://host/registry/default` (one trailing slash, as ToolHive). */
export function apiBase(url: URL): string {
  const s = url.toString();
  return s.endsWith('/') ? s.slice(0, -1) : s;
}

export interface ListPage {
  items: unknown[];
  nextCursor: string;
}

export interface ApiClientOptions {
  token?: string;
  log: (msg: string) => void;
}

/**
 * What an error body says, when it says it in words: a JSON or plain-text message. An HTML page
 * (a proxy's or web server's error page) is markup, not a reason; the status says enough.
 */
function errorBodyExcerpt(res: HttpResponse, token: string | undefined): string {
  const type = (header(res, 'content-type') ?? '').toLowerCase();
  const start = res.body.subarray(0, 512).toString('utf8').trimStart();
  if (type.includes('html') || type.includes('xml') || start.startsWith('<')) return '';
  return bodyExcerpt(res.body, [token]);
}

/** Non-200 → typed error; 401/403 are ToolHive's ErrRegistryUnauthorized. */
export function statusError(res: HttpResponse, requested: URL, what: string, token: string | undefined): RegistryError {
  const url = redactUrl(requested);
  const excerpt = errorBodyExcerpt(res, token);
  const detail = `${STATUS_CODES[res.status] ? ` ${STATUS_CODES[res.status]}` : ''}${excerpt ? `: ${excerpt}` : ''}`;
  if (res.status === 401 || res.status === 403) {
    return new RegistryError(
      'registry-unauthorized',
      `${what} at ${url} refused access (HTTP ${res.status})${detail}`,
      { url },
      token
        ? 'the registry did not accept the token given with --registry-token / registry-token; check that it is valid and grants access to this registry'
        : 'pass a token with --registry-token / registry-token',
      res.status
    );
  }
  return new RegistryError('registry-http', `${what} at ${url} returned HTTP ${res.status}${detail}`, { url }, undefined, res.status);
}

/** Parses a JSON body; a syntax error is a `registry-invalid-json` error naming the URL and line. */
export function parseJsonBody(res: HttpResponse, requested: URL, what: string): unknown {
  const parsed = parseJsonText(res.body.toString('utf8'));
  if (parsed.ok) return parsed.value;
  const url = redactUrl(requested);
  throw new RegistryError(
    'registry-invalid-json',
    `${what} at ${url} is not valid JSON (line ${parsed.line}, column ${parsed.column}: ${parsed.reason})`,
    { url, line: parsed.line }
  );
}

/** A list response's `servers` and `metadata.nextCursor` (struct keys fold case, as Go decodes them). */
export function readListPage(doc: unknown, requested: URL): ListPage {
  const bad = (why: string) =>
    new RegistryError('registry-format', `registry API list at ${redactUrl(requested)} ${why}`, { url: redactUrl(requested) });
  if (!isObject(doc)) throw bad('is not a JSON object');
  const servers = field(doc, 'servers');
  if (servers !== undefined && servers !== null && !Array.isArray(servers)) throw bad('has a "servers" value that is not an array');
  const metadata = field(doc, 'metadata');
  if (metadata !== undefined && metadata !== null && !isObject(metadata)) throw bad('has a "metadata" value that is not an object');
  const cursor = metadata ? field(metadata, 'nextCursor') : undefined;
  if (cursor !== undefined && cursor !== null && typeof cursor !== 'string') throw bad('has a "metadata.nextCursor" that is not a string');
  return { items: (servers as unknown[] | null | undefined) ?? [], nextCursor: (cursor as string | null | undefined) ?? '' };
}

export type GetResult = { ok: true; server: unknown } | { ok: false; why: string };

export class RegistryApiClient {
  constructor(
    private readonly http: CatalogHttp,
    readonly base: string,
    private readonly opts: ApiClientOptions
  ) {}

  listUrl(cursor: string, limit = PAGE_LIMIT): URL {
    const params: Record<string, string> = { limit: String(limit), version: 'latest' };
    if (cursor !== '') params.cursor = cursor;
    return new URL(`${this.base}/v0.1/servers?${encodeQuery(params)}`);
  }

  async fetchPage(cursor: string, limit = PAGE_LIMIT): Promise<ListPage> {
    const url = this.listUrl(cursor, limit);
    const res = await this.http.get(url, 'registry API');
    if (res.status !== 200) throw statusError(res, url, 'registry API', this.opts.token);
    return readListPage(parseJsonBody(res, url, 'registry API list'), url);
  }

  /**
   * Every server (ServerResponse items), following `nextCursor`; `first` is a page already fetched.
   * Stops at a page that adds nothing new (a server handing out cursors over empty or repeated
   * pages would otherwise be asked forever), and fails past MAX_LIST_PAGES pages or MAX_SERVERS.
   */
  async listAll(first?: ListPage): Promise<unknown[]> {
    const all: unknown[] = [];
    const seenItems = new Set<string>();
    const seenCursors = new Set<string>();
    const base = redactUrl(this.base);
    let page = first ?? (await this.fetchPage(''));
    for (let pages = 1; ; pages++) {
      let added = 0;
      for (const item of page.items) {
        const key = JSON.stringify(item);
        if (seenItems.has(key)) continue;
        seenItems.add(key);
        all.push(item);
        added++;
      }
      if (page.nextCursor === '') return all;
      if (all.length > MAX_SERVERS) {
        throw new RegistryError('registry-too-large', `registry API at ${base} lists more than ${MAX_SERVERS} servers (ToolHive's limit)`, {
          url: base
        });
      }
      // ToolHive would loop forever on a cursor that never advances; stop instead.
      if (seenCursors.has(page.nextCursor)) {
        throw new RegistryError(
          'registry-format',
          `registry API at ${base} repeated pagination cursor ${JSON.stringify(page.nextCursor)}`,
          { url: base }
        );
      }
      if (added === 0 && pages > 1) {
        this.opts.log(`registry: page ${pages} of ${base} added no server; stopping the listing at ${all.length} servers`);
        return all;
      }
      if (pages >= MAX_LIST_PAGES) {
        throw new RegistryError('registry-too-large', `registry API at ${base} keeps paginating: more than ${MAX_LIST_PAGES} pages`, {
          url: base
        });
      }
      seenCursors.add(page.nextCursor);
      this.opts.log(`registry: ${all.length} servers so far, fetching next page`);
      page = await this.fetchPage(page.nextCursor);
    }
  }

  /** GET …/servers/{name}/versions/latest. Any failure (transport, status, body) is "not this way". */
  async getLatest(name: string): Promise<GetResult> {
    const url = new URL(`${this.base}/v0.1/servers/${goPathEscape(name)}/versions/latest`);
    let res: HttpResponse;
    try {
      res = await this.http.get(url, 'registry API');
    } catch (error) {
      // The run's time limit is not "not this way": it stops the run.
      if (error instanceof RegistryError && error.code !== 'registry-deadline') return { ok: false, why: error.message };
      throw error;
    }
    if (res.status !== 200) return { ok: false, why: `HTTP ${res.status}` };
    const parsed = parseJsonText(res.body.toString('utf8'));
    if (!parsed.ok || !isObject(parsed.value)) return { ok: false, why: 'response is not a JSON object' };
    const server = field(parsed.value, 'server');
    // A non-object `server` fails Go's decode (error); a missing one is the zero ServerJSON.
    if (server !== undefined && server !== null && !isObject(server)) return { ok: false, why: '"server" is not an object' };
    return { ok: true, server: server ?? {} };
  }

  /** GET …/servers?search=<q>&version=latest (one page). Throws on any failure. */
  async search(query: string): Promise<unknown[]> {
    const url = new URL(`${this.base}/v0.1/servers?${encodeQuery({ search: query, version: 'latest' })}`);
    const res = await this.http.get(url, 'registry API');
    if (res.status !== 200) throw statusError(res, url, 'registry API search', this.opts.token);
    const page = readListPage(parseJsonBody(res, url, 'registry API search'), url);
    return page.items.map((item) => (isObject(item) ? field(item, 'server') : undefined));
  }
}
