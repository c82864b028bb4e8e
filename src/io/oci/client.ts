// OCI distribution client for the verifier: auth challenge (RFC 7235 + distribution token spec),
// tag → digest, manifests and blobs with digest checks, referrers API with the tag-schema fallback.
// One instance per run: tokens are cached per host and repository, and every digest-addressed read
// is memoised so no request is repeated for the same digest.

import type { Dispatcher } from 'undici';
import type { ContainerRegistryCredential } from '../../core/image/registry-credentials.js';
import { RegistryError } from './errors.js';
import {
  DEFAULT_RETRY,
  header,
  safeUrl,
  send,
  sha256Digest,
  type Headers,
  type HttpOptions,
  type HttpResponse,
  type RetryPolicy
} from './http.js';
import { MANIFEST_ACCEPT, OCI_INDEX } from './media-types.js';
import type { ImageRef } from './image-ref.js';

/** Credentials for one container registry host (parsed from the registry-credentials input). */
export type RegistryCredential = ContainerRegistryCredential;

export interface OciClientOptions {
  credentials?: RegistryCredential[];
  insecureHosts?: string[];
  timeoutMs?: number;
  log?: (m: string) => void;
  dispatcher?: Dispatcher;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export interface Manifest {
  digest: string;
  mediaType?: string;
  bytes: Buffer;
  json: Record<string, unknown>;
}

export interface Referrers {
  source: 'referrers-api' | 'tag-schema' | 'none';
  descriptors: Descriptor[];
}

export const LIMITS = {
  manifest: 4 * 1024 * 1024,
  token: 64 * 1024,
  referrerPages: 5,
  referrers: 20
};

const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;

type Repo = Pick<ImageRef, 'registry' | 'apiHost' | 'repository'>;

interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parse WWW-Authenticate (RFC 7235): one or more `scheme k=v, k="v"` challenges (token68 ignored). */
export function parseChallenges(value: string): Challenge[] {
  const out: Challenge[] = [];
  let cur: Challenge | undefined;
  let i = 0;
  const isTok = (c: string): boolean => /[A-Za-z0-9!#$%&'*+.^_`|~-]/.test(c);
  const skip = (chars: RegExp): void => {
    while (i < value.length && chars.test(value[i])) i++;
  };
  while (i < value.length) {
    skip(/[\s,]/);
    const start = i;
    while (i < value.length && isTok(value[i])) i++;
    if (i === start) {
      i++; // stray character: skip it rather than loop forever
      continue;
    }
    const name = value.slice(start, i);
    skip(/[ \t]/);
    if (value[i] !== '=') {
      cur = { scheme: name.toLowerCase(), params: {} };
      out.push(cur);
      continue;
    }
    i++;
    skip(/[ \t]/);
    let v = '';
    if (value[i] === '"') {
      i++;
      while (i < value.length && value[i] !== '"') {
        if (value[i] === '\\' && i + 1 < value.length) i++;
        v += value[i++];
      }
      i++;
    } else {
      const vs = i;
      while (i < value.length && value[i] !== ',' && !/\s/.test(value[i])) i++;
      v = value.slice(vs, i);
    }
    if (cur) cur.params[name.toLowerCase()] = v;
  }
  return out;
}

function hostKey(h: string): string {
  const x = h.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return x === 'index.docker.io' || x === 'registry-1.docker.io' ? 'docker.io' : x;
}

export class OciClient {
  private readonly http: HttpOptions;
  private readonly creds = new Map<string, RegistryCredential>();
  /** Bearer tokens per api host + repository. */
  private readonly tokens = new Map<string, string>();
  /** Hosts that answered with a Basic challenge: send credentials up front from then on. */
  private readonly basicHosts = new Set<string>();
  private readonly pendingAuth = new Map<string, Promise<void>>();
  private readonly noReferrersApi = new Set<string>();
  private readonly memo = new Map<string, Promise<unknown>>();
  /** Requests sent (registry + token endpoint), for logs and tests. */
  requests = 0;

  constructor(opts: OciClientOptions = {}) {
    for (const c of opts.credentials ?? []) this.creds.set(hostKey(c.host), c);
    this.http = {
      dispatcher: opts.dispatcher,
      timeoutMs: opts.timeoutMs ?? 30_000,
      retry: { ...DEFAULT_RETRY, ...(opts.retry ?? {}) },
      sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      insecureHosts: new Set((opts.insecureHosts ?? []).map((h) => h.toLowerCase())),
      log: opts.log ?? (() => {}),
      now: opts.now ?? Date.now
    };
  }

  private once<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let p = this.memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = fn();
      this.memo.set(key, p);
    }
    return p;
  }

  private base(repo: Repo): string {
    const insecure = this.http.insecureHosts.has(repo.apiHost.toLowerCase());
    return `${insecure ? 'http' : 'https'}://${repo.apiHost}/v2/${repo.repository}`;
  }

  private credentialFor(repo: Repo): RegistryCredential | undefined {
    return this.creds.get(hostKey(repo.registry)) ?? this.creds.get(hostKey(repo.apiHost));
  }

  private basicAuth(c: RegistryCredential | undefined): string | undefined {
    if (!c) return undefined;
    const secret = c.password ?? c.token;
    if (!secret) return undefined;
    // A token alone is a password for any user name (GHCR); Docker Hub needs the real user name.
    return `Basic ${Buffer.from(`${c.username ?? 'token'}:${secret}`).toString('base64')}`;
  }

  /** Send a registry request, answering one auth challenge (or a stale token) on 401. */
  private async call(repo: Repo, url: URL, o: { method: 'GET' | 'HEAD'; accept?: string; maxBytes: number; followRedirects?: boolean; retry?: boolean }): Promise<HttpResponse> {
    const tokenKey = `${repo.apiHost}\n${repo.repository}`;
    const mk = (): Headers => {
      const h: Headers = { 'user-agent': 'toolhive-upgrade-action' };
      if (o.accept) h.accept = o.accept;
      const tok = this.tokens.get(tokenKey);
      const basic = this.basicHosts.has(repo.apiHost) ? this.basicAuth(this.credentialFor(repo)) : undefined;
      if (tok) h.authorization = `Bearer ${tok}`;
      else if (basic) h.authorization = basic;
      return h;
    };
    const sendOpts = { method: o.method, maxBytes: o.maxBytes, followRedirects: o.followRedirects ?? true, retry: o.retry ?? true };
    const used = this.tokens.get(tokenKey);
    this.requests++;
    let res = await send(url, { ...sendOpts, headers: mk() }, this.http);
    if (res.status !== 401) return res;
    // Concurrent requests share one token dance; a token refreshed meanwhile is simply reused.
    const pending = this.pendingAuth.get(tokenKey);
    if (pending) await pending;
    else if (this.tokens.get(tokenKey) === used) {
      this.tokens.delete(tokenKey);
      const dance = this.authenticate(repo, res, tokenKey).finally(() => this.pendingAuth.delete(tokenKey));
      this.pendingAuth.set(tokenKey, dance);
      await dance;
    }
    this.requests++;
    res = await send(url, { ...sendOpts, headers: mk() }, this.http);
    if (res.status === 401) {
      throw new RegistryError('registry-auth', `${repo.registry} refused access to ${repo.repository} (HTTP 401 after authenticating)`, safeUrl(url));
    }
    return res;
  }

  private async authenticate(repo: Repo, res: HttpResponse, tokenKey: string): Promise<void> {
    const raw = res.headers['www-authenticate'];
    const values = Array.isArray(raw) ? raw : raw ? [raw] : [];
    const challenges = values.flatMap((v) => parseChallenges(v));
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    const cred = this.credentialFor(repo);
    if (bearer) {
      let realm: URL;
      try {
        realm = new URL(bearer.params.realm);
      } catch {
        throw new RegistryError('registry-response', `${repo.registry} sent an invalid token realm`, safeUrl(res.url));
      }
      if (bearer.params.service) realm.searchParams.set('service', bearer.params.service);
      realm.searchParams.set('scope', bearer.params.scope || `repository:${repo.repository}:pull`);
      const headers: Headers = { 'user-agent': 'toolhive-upgrade-action', accept: 'application/json' };
      const basic = this.basicAuth(cred);
      // Credentials go to the token service their registry designates, and only over TLS
      // (or to a host the user marked insecure).
      if (basic && (realm.protocol === 'https:' || this.http.insecureHosts.has(realm.host))) headers.authorization = basic;
      this.requests++;
      // A plain-HTTP realm is only acceptable from a registry already reached over plain HTTP.
      const tr = await send(realm, { method: 'GET', headers, maxBytes: LIMITS.token, followRedirects: false, retry: true, from: res.url }, this.http);
      if (tr.status === 401 || tr.status === 403) {
        throw new RegistryError(
          'registry-auth',
          `token service for ${repo.registry} refused ${cred ? 'the configured credentials' : 'anonymous access'} to ${repo.repository} (HTTP ${tr.status})`,
          safeUrl(realm)
        );
      }
      if (tr.status !== 200) {
        throw new RegistryError('registry-unavailable', `token service for ${repo.registry} answered HTTP ${tr.status}`, safeUrl(realm));
      }
      let token: unknown;
      try {
        const j = JSON.parse(tr.body.toString('utf8')) as { token?: unknown; access_token?: unknown };
        token = j.token ?? j.access_token;
      } catch {
        token = undefined;
      }
      if (typeof token !== 'string' || token === '') {
        throw new RegistryError('registry-response', `token service for ${repo.registry} returned no token`, safeUrl(realm));
      }
      this.tokens.set(tokenKey, token);
      return;
    }
    if (challenges.some((c) => c.scheme === 'basic') && this.basicAuth(cred)) {
      this.basicHosts.add(repo.apiHost);
      return;
    }
    throw new RegistryError(
      'registry-auth',
      `${repo.registry} requires authentication for ${repo.repository}${cred ? '' : ' and no credentials are configured for it'}`,
      safeUrl(res.url)
    );
  }

  private fail(repo: Repo, what: string, res: HttpResponse): never {
    const url = safeUrl(res.url);
    if (res.status === 403) throw new RegistryError('registry-auth', `${repo.registry} denied ${what} (HTTP 403)`, url);
    if (res.status === 404) throw new RegistryError('image-not-found', `${what} not found on ${repo.registry}`, url);
    if (res.status === 429 || res.status >= 500) {
      throw new RegistryError('registry-unavailable', `${repo.registry} answered HTTP ${res.status} for ${what}`, url);
    }
    throw new RegistryError('registry-response', `${repo.registry} answered HTTP ${res.status} for ${what}`, url);
  }

  /** Digest a tag points at: the index digest for a multi-arch image (no platform is chosen). */
  resolve(repo: Repo, tag: string): Promise<string> {
    return this.once(`resolve ${repo.apiHost}/${repo.repository}:${tag}`, async () => {
      const url = new URL(`${this.base(repo)}/manifests/${checkedRef(tag)}`);
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
      const url = new URL(`${this.base(repo)}/manifests/${checkedRef(reference)}`);
      const res = await this.call(repo, url, { method: 'GET', accept: MANIFEST_ACCEPT, maxBytes: LIMITS.manifest });
      if (res.status === 404 && allow404) return undefined;
      if (res.status !== 200) this.fail(repo, `manifest ${repo.repository}@${reference}`, res);
      const digest = sha256Digest(res.body);
      const claimed = header(res, 'docker-content-digest');
      const expected = DIGEST_RE.test(reference) ? reference : claimed && DIGEST_RE.test(claimed) ? claimed : undefined;
      if (expected && expected !== digest) {
        throw new RegistryError('tampered-response', `manifest ${repo.repository}@${reference} does not match its digest`, safeUrl(url));
      }
      let json: unknown;
      try {
        json = JSON.parse(res.body.toString('utf8'));
      } catch {
        throw new RegistryError('registry-response', `manifest ${repo.repository}@${reference} is not JSON`, safeUrl(url));
      }
      if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new RegistryError('registry-response', `manifest ${repo.repository}@${reference} is not an object`, safeUrl(url));
      }
      const obj = json as Record<string, unknown>;
      const ct = header(res, 'content-type')?.split(';')[0].trim();
      const mediaType = typeof obj.mediaType === 'string' ? obj.mediaType : ct;
      const m: Manifest = { digest, mediaType, bytes: res.body, json: obj };
      // Seed the by-digest memo so a later read of the same digest costs nothing.
      if (!DIGEST_RE.test(reference)) this.memo.set(`manifest ${repo.apiHost}/${repo.repository}@${digest}`, Promise.resolve(m));
      return m;
    });
  }

  /** A blob, size-capped and sha256-checked; redirects to storage are followed. */
  getBlob(repo: Repo, digest: string, maxBytes: number): Promise<Buffer> {
    return this.once(`blob ${repo.apiHost}/${repo.repository}@${digest}`, async () => {
      if (!DIGEST_RE.test(digest)) throw new RegistryError('registry-response', `unsupported blob digest ${digest}`);
      const url = new URL(`${this.base(repo)}/blobs/${digest}`);
      const res = await this.call(repo, url, { method: 'GET', maxBytes });
      if (res.status !== 200) this.fail(repo, `blob ${repo.repository}@${digest}`, res);
      if (sha256Digest(res.body) !== digest) {
        throw new RegistryError('tampered-response', `blob ${repo.repository}@${digest} does not match its digest`, safeUrl(url));
      }
      return res.body;
    });
  }

  /**
   * Referrers of `digest`: the OCI 1.1 API first; on 404/3xx/400/405/429 (GHCR, distribution 2.8)
   * the `sha256-<hex>` tag schema. Descriptors are filtered by `artifactType` only when the
   * registry did not apply the filter and the descriptor names another type.
   */
  referrers(repo: Repo, digest: string, artifactTypePrefix?: string): Promise<Referrers> {
    return this.once(`referrers ${repo.apiHost}/${repo.repository}@${digest}`, async () => {
      const keep = (d: Descriptor): boolean =>
        !artifactTypePrefix ||
        !d.artifactType ||
        d.artifactType === 'application/vnd.oci.empty.v1+json' ||
        d.artifactType.startsWith(artifactTypePrefix);
      // A registry that lacks the API once (GHCR, distribution 2.8) lacks it for the whole run.
      if (this.noReferrersApi.has(repo.apiHost)) return this.tagSchema(repo, digest, keep);
      let url: URL | undefined = new URL(`${this.base(repo)}/referrers/${digest}`);
      const out: Descriptor[] = [];
      for (let page = 0; url && page < LIMITS.referrerPages; page++) {
        const res: HttpResponse = await this.call(repo, url, {
          method: 'GET',
          accept: OCI_INDEX,
          maxBytes: LIMITS.manifest,
          followRedirects: false,
          retry: false
        });
        if (res.status !== 200) {
          if (page === 0 && [301, 302, 303, 307, 308, 400, 404, 405, 429].includes(res.status)) {
            // 429 says nothing about support: fall back this time only.
            if (res.status !== 429) this.noReferrersApi.add(repo.apiHost);
            return this.tagSchema(repo, digest, keep);
          }
          if (page === 0) this.fail(repo, `referrers of ${repo.repository}@${digest}`, res);
          break; // a later page failing keeps what we have
        }
        out.push(...descriptorsOf(res.body).filter(keep));
        url = nextLink(header(res, 'link'), url);
      }
      return { source: 'referrers-api', descriptors: out.slice(0, LIMITS.referrers) };
    });
  }

  private async tagSchema(repo: Repo, digest: string, keep: (d: Descriptor) => boolean): Promise<Referrers> {
    const tag = `sha256-${digest.slice('sha256:'.length)}`;
    const m = await this.getManifest(repo, tag, true);
    if (!m) return { source: 'none', descriptors: [] };
    // Some registries (GitLab) resolve the fallback tag to the subject itself; that is no index.
    if (m.mediaType !== OCI_INDEX || m.digest === digest) return { source: 'none', descriptors: [] };
    const ds = Array.isArray(m.json.manifests) ? m.json.manifests : [];
    return { source: 'tag-schema', descriptors: ds.filter(isDescriptor).filter(keep).slice(0, LIMITS.referrers) };
  }
}

/** Tags and digests go into the path verbatim (some registries do not decode %3A); refuse anything else. */
function checkedRef(r: string): string {
  if (DIGEST_RE.test(r) || /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(r)) return r;
  throw new RegistryError('registry-response', `refusing to request malformed reference ${JSON.stringify(r.slice(0, 80))}`);
}

function isDescriptor(v: unknown): v is Descriptor {
  return typeof v === 'object' && v !== null && typeof (v as Descriptor).digest === 'string' && DIGEST_RE.test((v as Descriptor).digest);
}

function descriptorsOf(body: Buffer): Descriptor[] {
  try {
    const j = JSON.parse(body.toString('utf8')) as { manifests?: unknown };
    return Array.isArray(j.manifests) ? j.manifests.filter(isDescriptor) : [];
  } catch {
    return [];
  }
}

/** `Link: <…>; rel="next"`, same origin only. */
function nextLink(link: string | undefined, current: URL): URL | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
    if (!m) continue;
    const u = new URL(m[1], current);
    return u.origin === current.origin ? u : undefined;
  }
  return undefined;
}
