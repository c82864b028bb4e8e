// OCI distribution client for the verifier: tag → digest, manifests and blobs with digest checks,
// referrers. Authentication is registry-auth.ts, the scheme and transport registry-transport.ts,
// the HTTP policy src/io/http. One instance per run: tokens are cached per host and repository,
// and every digest-addressed read is memoised so no request is repeated for the same digest.

import type { Dispatcher } from 'undici';
import type { ContainerRegistryCredential } from '../../core/image/registry-credentials.js';
import { HttpClient, header, type Headers, type HttpResponse } from '../http/client.js';
import type { RetryPolicy } from '../http/policy.js';
import { DIGEST_RE, checkedRef, sha256Digest } from './digest.js';
import { ContainerRegistryError } from './errors.js';
import { MANIFEST_ACCEPT } from './media-types.js';
import { ReferrersLookup } from './referrers.js';
import { RegistryAuth, USER_AGENT } from './registry-auth.js';
import { RegistryTransport, safeUrl } from './registry-transport.js';
import { LIMITS, type Manifest, type Referrers, type Repo } from './types.js';

export type { Descriptor, Manifest, Referrers } from './types.js';
export { LIMITS } from './types.js';

/** Credentials for one container registry host (parsed from the registry-credentials input). */
export type RegistryCredential = ContainerRegistryCredential;

export interface OciClientOptions {
  credentials?: RegistryCredential[];
  /** host:port reached over plain HTTP besides local addresses (`insecure-registries`). */
  insecureHosts?: string[];
  timeoutMs?: number;
  log?: (m: string) => void;
  /** Where requests go (tests: an undici MockAgent). */
  dispatcher?: Dispatcher;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

interface CallOptions {
  method: 'GET' | 'HEAD';
  accept?: string;
  maxBytes: number;
  followRedirects?: boolean;
  retry?: boolean;
}

export class OciClient {
  private readonly transport: RegistryTransport;
  private readonly auth: RegistryAuth;
  private readonly referrerLookup: ReferrersLookup;
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(opts: OciClientOptions = {}) {
    const http = new HttpClient({
      dispatcher: opts.dispatcher,
      timeoutMs: opts.timeoutMs,
      retry: opts.retry,
      sleep: opts.sleep,
      now: opts.now,
      insecureHosts: opts.insecureHosts,
      log: opts.log,
      logPrefix: 'oci'
    });
    this.transport = new RegistryTransport(http, opts.insecureHosts ?? []);
    this.auth = new RegistryAuth(opts.credentials ?? [], this.transport);
    this.referrerLookup = new ReferrersLookup({
      base: (repo) => this.transport.base(repo.apiHost),
      get: (repo, url, o) => this.call(repo, url, { method: 'GET', ...o }),
      getManifest: (repo, reference, allow404) => this.getManifest(repo, reference, allow404),
      fail: (repo, what, res) => this.fail(repo, what, res)
    });
  }

  private once<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let p = this.memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = fn();
      this.memo.set(key, p);
    }
    return p;
  }

  private async url(repo: Repo, path: string): Promise<URL> {
    return new URL(`${await this.transport.base(repo.apiHost)}/${repo.repository}/${path}`);
  }

  /** Send a registry request, answering one auth challenge (or a stale token) on 401. */
  private async call(repo: Repo, url: URL, o: CallOptions): Promise<HttpResponse> {
    const headers = (): Headers => ({ 'user-agent': USER_AGENT, ...(o.accept ? { accept: o.accept } : {}), ...this.auth.headerFor(repo) });
    const send = { method: o.method, maxBytes: o.maxBytes, followRedirects: o.followRedirects ?? true, retry: o.retry ?? true };
    const used = this.auth.currentToken(repo);
    let res = await this.transport.send(url, { ...send, headers: headers() });
    if (res.status !== 401) return res;
    await this.auth.answer(repo, res, used);
    res = await this.transport.send(url, { ...send, headers: headers() });
    if (res.status === 401) {
      throw new ContainerRegistryError(
        'registry-auth',
        `${repo.registry} refused access to ${repo.repository} (HTTP 401 after authenticating)`,
        safeUrl(url)
      );
    }
    return res;
  }

  private fail(repo: Repo, what: string, res: HttpResponse): never {
    const url = safeUrl(res.url);
    if (res.status === 403) throw new ContainerRegistryError('registry-auth', `${repo.registry} denied ${what} (HTTP 403)`, url);
    if (res.status === 404) throw new ContainerRegistryError('image-not-found', `${what} not found on ${repo.registry}`, url);
    if (res.status === 429 || res.status >= 500) {
      throw new ContainerRegistryError('registry-unavailable', `${repo.registry} answered HTTP ${res.status} for ${what}`, url);
    }
    throw new ContainerRegistryError('registry-response', `${repo.registry} answered HTTP ${res.status} for ${what}`, url);
  }

  /** Digest a tag points at: the index digest for a multi-arch image (no platform is chosen). */
  resolve(repo: Repo, tag: string): Promise<string> {
    return this.once(`resolve ${repo.apiHost}/${repo.repository}:${tag}`, async () => {
      const url = await this.url(repo, `manifests/${checkedRef(tag)}`);
      const res = await this.call(repo, url, { method: 'HEAD', accept: MANIFEST_ACCEPT, maxBytes: 0 });
      if (res.status !== 200) this.fail(repo, `${repo.repository}:${tag}`, res);
      const d = header(res, 'docker-content-digest');
      if (d && DIGEST_RE.test(d)) return d;
      // No digest header: read the manifest and hash the exact bytes.
      const m = await this.getManifest(repo, tag);
      if (!m) this.fail(repo, `${repo.repository}:${tag}`, res);
      return m.digest;
    });
  }

  /**
   * A manifest or index by tag or digest (digest-checked). `undefined` on 404 when `allow404`.
   * Memoised per reference for the run.
   */
  getManifest(repo: Repo, reference: string, allow404 = false): Promise<Manifest | undefined> {
    return this.once(`manifest ${repo.apiHost}/${repo.repository}@${reference}`, async () => {
      const url = await this.url(repo, `manifests/${checkedRef(reference)}`);
      const res = await this.call(repo, url, { method: 'GET', accept: MANIFEST_ACCEPT, maxBytes: LIMITS.manifest });
      if (res.status === 404 && allow404) return undefined;
      if (res.status !== 200) this.fail(repo, `manifest ${repo.repository}@${reference}`, res);
      const m = parseManifest(repo, reference, res, url);
      // Seed the by-digest memo so a later read of the same digest costs nothing.
      if (!DIGEST_RE.test(reference)) this.memo.set(`manifest ${repo.apiHost}/${repo.repository}@${m.digest}`, Promise.resolve(m));
      return m;
    });
  }

  /** A blob, size-capped and sha256-checked; redirects to storage are followed. */
  getBlob(repo: Repo, digest: string, maxBytes: number): Promise<Buffer> {
    return this.once(`blob ${repo.apiHost}/${repo.repository}@${digest}`, async () => {
      if (!DIGEST_RE.test(digest)) throw new ContainerRegistryError('registry-response', `unsupported blob digest ${digest}`);
      const url = await this.url(repo, `blobs/${digest}`);
      const res = await this.call(repo, url, { method: 'GET', maxBytes });
      if (res.status !== 200) this.fail(repo, `blob ${repo.repository}@${digest}`, res);
      if (sha256Digest(res.body) !== digest) {
        throw new ContainerRegistryError('tampered-response', `blob ${repo.repository}@${digest} does not match its digest`, safeUrl(url));
      }
      return res.body;
    });
  }

  /** Referrers of `digest` (see referrers.ts), memoised. */
  referrers(repo: Repo, digest: string, artifactTypePrefix?: string): Promise<Referrers> {
    return this.once(`referrers ${repo.apiHost}/${repo.repository}@${digest}`, () =>
      this.referrerLookup.list(repo, digest, artifactTypePrefix)
    );
  }
}

/** The manifest's bytes checked against the digest asked for (or claimed), and parsed. */
function parseManifest(repo: Repo, reference: string, res: HttpResponse, url: URL): Manifest {
  const digest = sha256Digest(res.body);
  const claimed = header(res, 'docker-content-digest');
  const expected = DIGEST_RE.test(reference) ? reference : claimed && DIGEST_RE.test(claimed) ? claimed : undefined;
  if (expected && expected !== digest) {
    throw new ContainerRegistryError(
      'tampered-response',
      `manifest ${repo.repository}@${reference} does not match its digest`,
      safeUrl(url)
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(res.body.toString('utf8'));
  } catch (error) {
    throw new ContainerRegistryError('registry-response', `manifest ${repo.repository}@${reference} is not JSON`, safeUrl(url), {
      cause: error
    });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ContainerRegistryError('registry-response', `manifest ${repo.repository}@${reference} is not an object`, safeUrl(url));
  }
  const obj = json as Record<string, unknown>;
  const ct = header(res, 'content-type')?.split(';')[0].trim();
  const mediaType = typeof obj.mediaType === 'string' ? obj.mediaType : ct;
  return { digest, mediaType, bytes: res.body, json: obj };
}
