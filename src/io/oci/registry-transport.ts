// The container-registry side of the shared HTTP client: which scheme a registry is spoken to
// over, and transport failures as ContainerRegistryErrors.
import { HttpClient, type HttpResponse, type SendOptions } from '../http/client.js';
import { HttpError } from '../http/errors.js';
import { isLocalHost } from '../http/local-address.js';
import { ContainerRegistryError } from './errors.js';

/** URL for messages: no query string (pre-signed storage URLs carry credentials there). */
export function safeUrl(u: URL): string {
  return `${u.protocol}//${u.host}${u.pathname}`;
}

function translate(error: HttpError, url: URL): ContainerRegistryError {
  const cause = { cause: error };
  switch (error.code) {
    case 'http-too-large':
      return new ContainerRegistryError('too-large', `${url.host}: ${error.message}`, safeUrl(url), cause);
    case 'http-insecure-transport':
      return new ContainerRegistryError('insecure-transport', error.message, safeUrl(url), cause);
    case 'http-too-many-redirects':
      return new ContainerRegistryError('registry-response', `too many redirects from ${url.host}`, safeUrl(url), cause);
    case 'http-deadline':
      return new ContainerRegistryError('registry-unavailable', `${url.host}: ${error.message}`, safeUrl(url), cause);
    default:
      return new ContainerRegistryError('registry-unreachable', `cannot reach ${url.host}: ${error.message}`, safeUrl(url), cause);
  }
}

export class RegistryTransport {
  /** Scheme per API host, decided once per run. */
  private readonly schemes = new Map<string, Promise<'https' | 'http'>>();
  private readonly insecureHosts: Set<string>;

  constructor(
    private readonly http: HttpClient,
    insecureHosts: Iterable<string>
  ) {
    this.insecureHosts = new Set([...insecureHosts].map((h) => h.toLowerCase()));
  }

  /** Whether credentials may be sent to `u` in the clear. */
  isInsecureHost(u: URL): boolean {
    return this.insecureHosts.has(u.host.toLowerCase());
  }

  async send(url: URL, o: SendOptions): Promise<HttpResponse> {
    try {
      return await this.http.send(url, o);
    } catch (error) {
      if (error instanceof HttpError) throw translate(error, url);
      throw error;
    }
  }

  /**
   * `https://host/v2/…` or `http://host/v2/…`, as go-containerregistry picks: plain HTTP for hosts
   * listed as insecure; for local addresses (localhost, 127/8, ::1, *.local, RFC 1918) HTTPS is
   * tried first (GET /v2/, like ggcr's ping) and plain HTTP when HTTPS cannot be spoken at all.
   */
  base(apiHost: string): Promise<string> {
    let scheme = this.schemes.get(apiHost);
    if (!scheme) {
      scheme = this.pickScheme(apiHost);
      this.schemes.set(apiHost, scheme);
    }
    return scheme.then((s) => `${s}://${apiHost}/v2`);
  }

  private async pickScheme(apiHost: string): Promise<'https' | 'http'> {
    if (this.insecureHosts.has(apiHost.toLowerCase())) return 'http';
    const probe = new URL(`https://${apiHost}/v2/`);
    if (!isLocalHost(probe.hostname)) return 'https';
    try {
      await this.http.send(probe, { method: 'GET', maxBytes: 64 * 1024, retry: false, followRedirects: false });
      return 'https';
    } catch (error) {
      if (error instanceof HttpError) return 'http';
      throw error;
    }
  }
}
