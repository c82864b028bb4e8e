// The HTTP client every adapter shares (catalog source, container registries), over undici. The
// policy it applies (retries, redirects, plain HTTP, limits) is described in policy.ts. Statuses
// are returned to the caller; only failures of the exchange itself throw (HttpError).
import { rootCertificates } from 'node:tls';
import { Agent, request, type Dispatcher } from 'undici';
import { backoffDelay } from './backoff.js';
import { HttpError } from './errors.js';
import { assertTransportAllowed, type InsecureHosts } from './plain-http.js';
import {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  ERROR_BODY_MAX_BYTES,
  MAX_REDIRECTS,
  REDIRECT_STATUSES,
  RETRY_STATUSES,
  TRANSIENT_ERROR_CODES,
  type RetryPolicy
} from './policy.js';
import { readCapped } from './read-capped.js';
import { redactText, redactUrl } from './redact.js';
import { parseRetryAfter } from './retry-after.js';

export type Headers = Record<string, string>;

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** Final URL after redirects. */
  url: URL;
}

export interface HttpClientOptions {
  /** Where requests go (tests: an undici MockAgent); default undici's global dispatcher. */
  dispatcher?: Dispatcher;
  /** PEM bundle trusted in addition to the public roots (ignored with `dispatcher`). */
  ca?: string;
  /** Per request, headers and body together. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** host:port where plain HTTP is allowed besides local addresses. */
  insecureHosts?: Iterable<string>;
  /** Absolute time (on `now`'s clock) after which no request is started and none may run on. */
  deadlineAt?: number;
  /** Strings that must never appear in messages (tokens, passwords). */
  secrets?: () => (string | undefined)[];
  log?: (m: string) => void;
  /** Log line prefix, e.g. `registry` or `oci`. */
  logPrefix?: string;
}

export interface SendOptions {
  method?: 'GET' | 'HEAD';
  headers?: Headers;
  /** Cap on a 2xx body. */
  maxBytes: number;
  /** Follow 3xx (default). The OCI referrers API must not: a 3xx there means "unsupported". */
  followRedirects?: boolean;
  /** Retry per the policy (default). Off for probes that have a cheaper fallback. */
  retry?: boolean;
  /** The URL that named this one (a token realm): plain HTTP is fine if that was plain HTTP. */
  from?: URL;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function header(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** URL for log lines: no userinfo and no query (pre-signed storage URLs carry credentials there). */
function logUrl(u: URL): string {
  return `${u.protocol}//${u.host}${u.pathname}`;
}

function errorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
}

export class HttpClient {
  private readonly dispatcher: Dispatcher | undefined;
  private readonly ownAgent: Agent | undefined;
  private readonly timeoutMs: number;
  private readonly retryPolicy: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly insecureHosts: InsecureHosts;
  private readonly log: (m: string) => void;

  constructor(private readonly o: HttpClientOptions = {}) {
    if (o.dispatcher) this.dispatcher = o.dispatcher;
    else if (o.ca) this.dispatcher = this.ownAgent = new Agent({ connect: { ca: [...rootCertificates, o.ca] } });
    this.timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retryPolicy = { ...DEFAULT_RETRY, ...(o.retry ?? {}) };
    this.sleep = o.sleep ?? realSleep;
    this.now = o.now ?? Date.now;
    this.insecureHosts = new Set([...(o.insecureHosts ?? [])].map((h) => h.toLowerCase()));
    this.log = o.log ?? (() => {});
  }

  get retries(): number {
    return this.retryPolicy.retries;
  }

  /** Releases connections of a client-owned agent. */
  async close(): Promise<void> {
    await this.ownAgent?.close();
  }

  /** Send with redirects and retries. Returns any final status (4xx included); throws HttpError. */
  async send(url: URL, o: SendOptions): Promise<HttpResponse> {
    assertTransportAllowed(url, this.insecureHosts, o.from);
    const policy = this.retryPolicy;
    const retries = o.retry === false ? 0 : policy.retries;
    for (let attempt = 0; ; attempt++) {
      let res: HttpResponse | undefined;
      try {
        res = await this.follow(url, o);
      } catch (error) {
        if (!(error instanceof HttpError) || !error.transient || attempt >= retries) {
          if (error instanceof HttpError && attempt > 0) {
            throw new HttpError(error.code, error.message, String(error.place.url), { cause: error.cause, attempts: attempt + 1 });
          }
          throw error;
        }
        const wait = backoffDelay(attempt, policy.baseMs, { capMs: policy.maxDelayMs, jitter: policy.jitter });
        await this.pause(url, error.message, attempt, retries, wait);
        continue;
      }
      if (!RETRY_STATUSES.has(res.status) || attempt >= retries) return res;
      const wait =
        parseRetryAfter(header(res, 'retry-after'), this.now(), policy.maxDelayMs) ??
        backoffDelay(attempt, policy.baseMs, { capMs: policy.maxDelayMs, jitter: policy.jitter });
      await this.pause(url, `HTTP ${res.status}`, attempt, retries, wait);
    }
  }

  private async pause(url: URL, why: string, attempt: number, retries: number, wait: number): Promise<void> {
    if (this.o.deadlineAt !== undefined && this.now() + wait >= this.o.deadlineAt) throw this.deadlineError(url);
    this.log(`${this.o.logPrefix ?? 'http'}: ${this.redact(why)} from ${logUrl(url)}; retry ${attempt + 1}/${retries} in ${wait} ms`);
    await this.sleep(wait);
  }

  private deadlineError(url: URL): HttpError {
    return new HttpError('http-deadline', 'the overall time limit for registry requests ran out', redactUrl(url));
  }

  private redact(text: string): string {
    return redactText(text, this.o.secrets?.() ?? []);
  }

  private async follow(start: URL, o: SendOptions): Promise<HttpResponse> {
    let url = start;
    let headers = { ...(o.headers ?? {}) };
    for (let hop = 0; ; hop++) {
      const res = await this.once(url, o, headers);
      this.log(`${this.o.logPrefix ?? 'http'}: ${o.method ?? 'GET'} ${logUrl(url)} → ${res.status}`);
      const location = header(res, 'location');
      if (o.followRedirects === false || !REDIRECT_STATUSES.has(res.status) || !location) return res;
      if (hop >= MAX_REDIRECTS) {
        throw new HttpError('http-too-many-redirects', `more than ${MAX_REDIRECTS} redirects`, redactUrl(start));
      }
      const next = new URL(location, url);
      assertTransportAllowed(next, this.insecureHosts);
      if (next.origin !== start.origin) {
        // Storage back ends and other hosts must never see the credentials meant for the first one.
        headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
      }
      url = next;
    }
  }

  private async once(url: URL, o: SendOptions, headers: Headers): Promise<HttpResponse> {
    const deadlineAt = this.o.deadlineAt;
    const left = deadlineAt === undefined ? Infinity : deadlineAt - this.now();
    if (left <= 0) throw this.deadlineError(url);
    const limit = Math.min(this.timeoutMs, left);
    const target = new URL(url);
    target.username = '';
    target.password = '';
    target.hash = '';
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limit);
    const failed = (error: unknown): HttpError => this.transportFailure(error, url, controller.signal.aborted, limit < this.timeoutMs);
    try {
      let res: Dispatcher.ResponseData;
      try {
        res = await request(target, {
          method: o.method ?? 'GET',
          headers,
          dispatcher: this.dispatcher,
          signal: controller.signal,
          headersTimeout: this.timeoutMs,
          bodyTimeout: this.timeoutMs
        });
      } catch (error) {
        throw failed(error);
      }
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      let body: Buffer = Buffer.alloc(0);
      if (o.method === 'HEAD' || (REDIRECT_STATUSES.has(res.statusCode) && o.followRedirects !== false)) {
        await res.body.dump().catch(() => undefined);
      } else {
        const max = ok ? o.maxBytes : Math.min(o.maxBytes, ERROR_BODY_MAX_BYTES);
        const tooLarge = () => new HttpError('http-too-large', `response is larger than ${max} bytes`, redactUrl(url));
        try {
          body = await readCapped(res.body, max, tooLarge, res.headers['content-length']);
        } catch (error) {
          if (error instanceof HttpError) {
            if (ok) throw error;
          } else throw failed(error);
        }
      }
      return { status: res.statusCode, headers: res.headers, body, url };
    } finally {
      clearTimeout(timer);
    }
  }

  private transportFailure(error: unknown, url: URL, aborted: boolean, deadlineBound: boolean): HttpError {
    const safe = redactUrl(url);
    if (aborted && deadlineBound) return this.deadlineError(url);
    const code = errorCode(error) ?? '';
    if (aborted || /TIMEOUT/.test(code)) {
      return new HttpError('http-timeout', `timed out after ${this.timeoutMs}ms`, safe, { cause: error, transient: true });
    }
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ALTNAME/.test(code)) {
      return new HttpError('http-tls', `TLS certificate not trusted (${code})`, safe, { cause: error });
    }
    const message = error instanceof Error ? error.message : String(error);
    const detail = code && !message.includes(code) ? `${code}: ${message}` : message || code || 'error';
    return new HttpError('http-unreachable', this.redact(detail), safe, { cause: error, transient: TRANSIENT_ERROR_CODES.has(code) });
  }
}
