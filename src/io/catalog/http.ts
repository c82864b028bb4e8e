// GET against a registry host over undici: per-request timeout (headers and body), a body size
// cap enforced while streaming, manual redirects (credentials only for the registry's origin),
// and retries with exponential back-off + jitter on network errors, 429 and 5xx, honouring
// Retry-After. Statuses are returned to the caller; only transport failures throw.
import { rootCertificates } from 'node:tls';
import { Agent, request } from 'undici';
import { RegistryError } from '../../core/catalog/errors.js';
import { backoffDelay } from '../http/backoff.js';
import { isLoopbackHost } from '../http/loopback.js';
import { readCapped } from '../http/read-capped.js';
import { parseRetryAfter } from '../http/retry-after.js';
import { redactText, redactUrl } from '../http/redact.js';

export interface HttpSettings {
  /** Origin (scheme://host:port) that may receive credentials. */
  authOrigin: string;
  token?: string;
  /** `user:password` from the source URL, sent as Basic auth when there is no token. */
  basic?: string;
  /** PEM bundle trusted in addition to the public roots. */
  ca?: string;
  timeoutMs: number;
  retries: number;
  maxBytes: number;
  userAgent: string;
  retryBaseMs: number;
  maxRetryDelayMs: number;
  log: (msg: string) => void;
}

export interface HttpResult {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Final URL after redirects. */
  url: URL;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

/** A failure of the exchange itself (no HTTP status to show). */
class TransportFailure extends Error {
  constructor(message: string, readonly retryable: boolean, readonly hint?: string) {
    super(message);
  }
}

/** Plain HTTP only to loopback hosts (for tests and local registries). */
export function checkScheme(u: URL): void {
  if (u.protocol === 'https:') return;
  if (u.protocol === 'http:' && isLoopbackHost(u.hostname)) return;
  if (u.protocol === 'http:') {
    throw new RegistryError('registry-invalid-source', `refusing plain http to ${u.host}`, { url: redactUrl(u) }, 'use an https:// URL (plain http is only allowed for loopback addresses)');
  }
  throw new RegistryError('registry-invalid-source', `unsupported URL scheme ${u.protocol}`, { url: redactUrl(u) }, 'use an https:// URL or a file path');
}

function errorCode(error: unknown): string | undefined {
  for (let e: any = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
}

function describeError(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

export class RegistryHttp {
  private readonly agent: Agent;

  constructor(private readonly s: HttpSettings) {
    this.agent = new Agent({
      connect: s.ca ? { ca: [...rootCertificates, s.ca] } : {},
      headersTimeout: s.timeoutMs,
      bodyTimeout: s.timeoutMs,
    });
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  /** GET with retries. Throws RegistryError for transport failures, oversized bodies and bad redirects. */
  async get(url: URL, what = 'registry'): Promise<HttpResult> {
    for (let attempt = 0; ; attempt++) {
      let result: HttpResult | undefined;
      let failure: TransportFailure | undefined;
      try {
        result = await this.once(url);
      } catch (error) {
        if (!(error instanceof TransportFailure)) throw error;
        failure = error;
      }
      const retryable = failure ? failure.retryable : result!.status === 429 || result!.status >= 500;
      if (!retryable || attempt >= this.s.retries) {
        if (failure) {
          const tries = attempt + 1;
          throw new RegistryError(
            'registry-unreachable',
            `cannot reach ${what} at ${redactUrl(url)}: ${failure.message}${tries > 1 ? ` (after ${tries} attempts)` : ''}`,
            { url: redactUrl(url) },
            failure.hint ?? 'check the registry URL and the network; the registry may be down',
          );
        }
        return result!;
      }
      const delay = this.delay(attempt, result);
      const why = failure ? failure.message : `HTTP ${result!.status}`;
      this.s.log(`registry: ${why} from ${redactUrl(url)}; retry ${attempt + 1}/${this.s.retries} in ${delay}ms`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  private delay(attempt: number, result: HttpResult | undefined): number {
    const cap = this.s.maxRetryDelayMs;
    const retryAfter = result ? parseRetryAfter(result.headers['retry-after'], Date.now(), cap) : undefined;
    return retryAfter ?? backoffDelay(attempt, this.s.retryBaseMs, { capMs: cap, jitter: true });
  }

  private headersFor(u: URL): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': this.s.userAgent };
    if (u.origin === this.s.authOrigin) {
      if (this.s.token) headers.authorization = `Bearer ${this.s.token}`;
      else if (this.s.basic) headers.authorization = `Basic ${Buffer.from(this.s.basic).toString('base64')}`;
    }
    return headers;
  }

  private async once(start: URL): Promise<HttpResult> {
    let current = new URL(start);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      checkScheme(current);
      const target = new URL(current);
      target.username = '';
      target.password = '';
      target.hash = '';
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.s.timeoutMs);
      try {
        let res: Awaited<ReturnType<typeof request>>;
        try {
          res = await request(target, { method: 'GET', headers: this.headersFor(current), dispatcher: this.agent, signal: controller.signal });
        } catch (error) {
          throw this.transportFailure(error, controller.signal.aborted);
        }
        const location = res.headers.location;
        if (REDIRECTS.has(res.statusCode) && typeof location === 'string') {
          await res.body.dump().catch(() => undefined);
          current = new URL(location, current);
          continue;
        }
        const body = await this.readBody(res, start, controller.signal);
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
        return { status: res.statusCode, headers, body, url: current };
      } finally {
        clearTimeout(timer);
      }
    }
    throw new RegistryError('registry-http', `too many redirects from ${redactUrl(start)}`, { url: redactUrl(start) });
  }

  private async readBody(res: Awaited<ReturnType<typeof request>>, url: URL, signal: AbortSignal): Promise<Buffer> {
    const max = this.s.maxBytes;
    const tooLarge = () =>
      new RegistryError(
        'registry-too-large',
        `response from ${redactUrl(url)} is larger than ${max} bytes`,
        { url: redactUrl(url) },
        'raise the registry size limit, or point at a smaller registry',
      );
    try {
      return await readCapped(res.body, max, tooLarge, res.headers['content-length']);
    } catch (error) {
      if (error instanceof RegistryError) throw error;
      throw this.transportFailure(error, signal.aborted);
    }
  }

  private transportFailure(error: unknown, timedOut: boolean): TransportFailure {
    const code = errorCode(error) ?? '';
    if (timedOut || /TIMEOUT/.test(code)) return new TransportFailure(`timed out after ${this.s.timeoutMs}ms`, true);
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ALTNAME/.test(code)) {
      return new TransportFailure(
        `TLS certificate not trusted (${code})`,
        false,
        'if the registry uses a private CA, pass its PEM bundle with --registry-ca / registry-ca',
      );
    }
    return new TransportFailure(redactText(describeError(error), [this.s.token, this.s.basic]), true);
  }
}
