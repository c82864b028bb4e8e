// One HTTP exchange with a container registry over undici: capped body reads, manual redirects
// (Authorization dropped across origins), 429/5xx back-off honouring Retry-After. Auth lives in
// client.ts; this layer only sends what it is given.

import { createHash } from 'node:crypto';
import { request, type Dispatcher } from 'undici';
import { backoffDelay } from '../http/backoff.js';
import { readCapped } from '../http/read-capped.js';
import { parseRetryAfter } from '../http/retry-after.js';
import { RegistryError } from './errors.js';

export type Headers = Record<string, string>;

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** Final URL after redirects. */
  url: URL;
}

export interface RetryPolicy {
  /** Retries after the first attempt for 429 / 502 / 503 / 504. */
  retries: number;
  /** Exponential back-off base when there is no Retry-After. */
  baseMs: number;
  /** Cap on an honoured Retry-After. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseMs: 200, maxRetryAfterMs: 30_000 };

export interface HttpOptions {
  dispatcher?: Dispatcher;
  timeoutMs: number;
  retry: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  /** Hosts (host:port) where plain HTTP is allowed. */
  insecureHosts: Set<string>;
  log: (m: string) => void;
  /** Clock for HTTP-date Retry-After values. */
  now: () => number;
}

export interface SendOptions {
  method: 'GET' | 'HEAD';
  headers?: Headers;
  maxBytes: number;
  /** Follow 3xx (≤ 5 hops). The referrers API must not: a 3xx there means "unsupported". */
  followRedirects: boolean;
  /** Retry 429/5xx. Off for probes that have a cheaper fallback. */
  retry: boolean;
  /** The URL that led here (a token realm's registry): plain HTTP is fine if that was plain HTTP. */
  from?: URL;
}

const MAX_HOPS = 5;
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
/** Errors worth one more try; a refused or unresolvable host will not heal in milliseconds. */
const TRANSIENT_CODES = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']);

export function header(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** URL for messages: no query string (pre-signed storage URLs carry credentials there). */
export function safeUrl(u: URL): string {
  return `${u.protocol}//${u.host}${u.pathname}`;
}

export function assertTransportAllowed(u: URL, insecureHosts: Set<string>, previous?: URL): void {
  if (u.protocol === 'https:') return;
  // Plain HTTP only to hosts the user listed, or when we are already on plain HTTP (no downgrade).
  if (u.protocol === 'http:' && (insecureHosts.has(u.host) || previous?.protocol === 'http:')) return;
  throw new RegistryError('insecure-transport', `refusing ${u.protocol.replace(':', '')} to ${u.host}`, safeUrl(u));
}

function readBody(body: Dispatcher.ResponseData['body'], max: number, url: URL): Promise<Buffer> {
  return readCapped(body, max, () => new RegistryError('too-large', `response from ${url.host} exceeds ${max} bytes`, safeUrl(url)));
}

async function once(url: URL, o: SendOptions, headers: Headers, http: HttpOptions): Promise<HttpResponse> {
  let res: Dispatcher.ResponseData;
  try {
    res = await request(url, {
      method: o.method,
      headers,
      dispatcher: http.dispatcher,
      headersTimeout: http.timeoutMs,
      bodyTimeout: http.timeoutMs
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code ?? err.name ?? 'error';
    const detail = err.message && !err.message.includes(why) ? `${why}: ${err.message}` : err.message || why;
    const wrapped = new RegistryError('registry-unreachable', `cannot reach ${url.host}: ${detail}`, safeUrl(url));
    (wrapped as { transient?: boolean }).transient = TRANSIENT_CODES.has(err.code ?? '');
    throw wrapped;
  }
  let body: Buffer;
  if (o.method === 'HEAD') {
    await res.body.dump();
    body = Buffer.alloc(0);
  } else if (res.statusCode >= 200 && res.statusCode < 300) {
    body = await readBody(res.body, o.maxBytes, url);
  } else {
    // Error bodies are only read for diagnostics; keep them small.
    body = await readBody(res.body, 64 * 1024, url).catch(() => Buffer.alloc(0));
  }
  return { status: res.statusCode, headers: res.headers, body, url };
}

/** Send with redirects and retries. Returns any final status (4xx included); throws on transport failure. */
export async function send(url: URL, o: SendOptions, http: HttpOptions): Promise<HttpResponse> {
  assertTransportAllowed(url, http.insecureHosts, o.from);
  let attempt = 0;
  for (;;) {
    let res: HttpResponse;
    try {
      res = await follow(url, o, http);
    } catch (e) {
      if ((e as { transient?: boolean }).transient && o.retry && attempt < http.retry.retries) {
        attempt++;
        await http.sleep(backoffDelay(attempt - 1, http.retry.baseMs));
        continue;
      }
      throw e;
    }
    if (!RETRY_STATUSES.has(res.status) || !o.retry || attempt >= http.retry.retries) return res;
    attempt++;
    const wait =
      parseRetryAfter(header(res, 'retry-after'), http.now(), http.retry.maxRetryAfterMs) ??
      backoffDelay(attempt - 1, http.retry.baseMs);
    http.log(`oci: ${res.status} from ${url.host}, retry ${attempt}/${http.retry.retries} in ${wait} ms`);
    await http.sleep(wait);
  }
}

async function follow(start: URL, o: SendOptions, http: HttpOptions): Promise<HttpResponse> {
  let url = start;
  let headers = { ...(o.headers ?? {}) };
  for (let hop = 0; ; hop++) {
    const res = await once(url, o, headers, http);
    http.log(`oci: ${o.method} ${safeUrl(url)} → ${res.status}`);
    const location = header(res, 'location');
    if (!o.followRedirects || res.status < 300 || res.status >= 400 || res.status === 304 || !location) return res;
    if (hop >= MAX_HOPS) {
      throw new RegistryError('registry-response', `too many redirects from ${start.host}`, safeUrl(start));
    }
    const next = new URL(location, url);
    assertTransportAllowed(next, http.insecureHosts, url);
    if (next.origin !== url.origin) {
      // Storage back ends reject (and must never see) the registry's Authorization header.
      headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'authorization'));
    }
    url = next;
  }
}
