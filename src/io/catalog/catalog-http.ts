// The catalog source's use of the shared HTTP client: JSON GETs with the source's credentials
// (sent only to the source's own origin), and transport failures as catalog errors.
import { RegistryError } from '../../core/catalog/errors.js';
import type { HttpClient, HttpResponse } from '../http/client.js';
import { HttpError } from '../http/errors.js';
import { redactUrl } from '../http/redact.js';

export interface CatalogHttpSettings {
  /** Origin (scheme://host:port) that may receive credentials. */
  authOrigin: string;
  token?: string;
  /** `user:password` from the source URL, sent as Basic auth when there is no token. */
  basic?: string;
  maxBytes: number;
  userAgent: string;
  deadlineMs: number;
}

export class CatalogHttp {
  constructor(
    private readonly client: HttpClient,
    private readonly s: CatalogHttpSettings
  ) {}

  close(): Promise<void> {
    return this.client.close();
  }

  /** GET with the shared retry policy. Throws RegistryError for failures of the exchange itself. */
  async get(url: URL, what = 'registry'): Promise<HttpResponse> {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': this.s.userAgent };
    if (url.origin === this.s.authOrigin) {
      if (this.s.token) headers.authorization = `Bearer ${this.s.token}`;
      else if (this.s.basic) headers.authorization = `Basic ${Buffer.from(this.s.basic).toString('base64')}`;
    }
    try {
      return await this.client.send(url, { method: 'GET', headers, maxBytes: this.s.maxBytes });
    } catch (error) {
      if (error instanceof HttpError) throw this.translate(error, url, what);
      throw error;
    }
  }

  private translate(error: HttpError, url: URL, what: string): RegistryError {
    const safe = redactUrl(url);
    const cause = { cause: error };
    switch (error.code) {
      case 'http-deadline':
        return new RegistryError(
          'registry-deadline',
          `${what} at ${safe} did not answer within the overall registry time limit of ${Math.round(this.s.deadlineMs / 1000)} s`,
          { url: safe },
          'the registry is slow or keeps paginating; raise the registry time limit or use another registry',
          undefined,
          cause
        );
      case 'http-too-large':
        return new RegistryError(
          'registry-too-large',
          `response from ${safe} is larger than ${this.s.maxBytes} bytes`,
          { url: safe },
          'raise the registry size limit, or point at a smaller registry',
          undefined,
          cause
        );
      case 'http-insecure-transport':
        return new RegistryError(
          'registry-invalid-source',
          `${error.message} (${safe})`,
          { url: safe },
          'use an https:// URL (plain http is only allowed for local addresses)',
          undefined,
          cause
        );
      case 'http-too-many-redirects':
        return new RegistryError('registry-http', `too many redirects from ${safe}`, { url: safe }, undefined, undefined, cause);
      default: {
        const tries = error.attempts > 1 ? ` (after ${error.attempts} attempts)` : '';
        const hint =
          error.code === 'http-tls'
            ? 'if the registry uses a private CA, pass its PEM bundle with --registry-ca / registry-ca'
            : 'check the registry URL and the network; the registry may be down';
        return new RegistryError(
          'registry-unreachable',
          `cannot reach ${what} at ${safe}: ${error.message}${tries}`,
          { url: safe },
          hint,
          undefined,
          cause
        );
      }
    }
  }
}
