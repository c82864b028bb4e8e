// Authentication against a container registry: credentials per host, the distribution token
// dance (Bearer realm → token, cached per host and repository) and Basic challenges.
import type { ContainerRegistryCredential } from '../../core/image/registry-credentials.js';
import type { Headers, HttpResponse } from '../http/client.js';
import { parseChallenges } from './auth-challenge.js';
import { ContainerRegistryError } from './errors.js';
import { safeUrl, type RegistryTransport } from './registry-transport.js';
import { LIMITS, type Repo } from './types.js';

export const USER_AGENT = 'toolhive-upgrade-action';

function hostKey(h: string): string {
  const x = h
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  return x === 'index.docker.io' || x === 'registry-1.docker.io' ? 'docker.io' : x;
}

function basicAuth(c: ContainerRegistryCredential | undefined): string | undefined {
  if (!c) return undefined;
  const secret = c.password ?? c.token;
  if (!secret) return undefined;
  // A token alone is a password for any user name (GHCR); Docker Hub needs the real user name.
  return `Basic ${Buffer.from(`${c.username ?? 'token'}:${secret}`).toString('base64')}`;
}

function tokenKey(repo: Repo): string {
  return `${repo.apiHost}\n${repo.repository}`;
}

export class RegistryAuth {
  private readonly creds = new Map<string, ContainerRegistryCredential>();
  /** Bearer tokens per api host + repository. */
  private readonly tokens = new Map<string, string>();
  /** Hosts that answered with a Basic challenge: send credentials up front from then on. */
  private readonly basicHosts = new Set<string>();
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    credentials: readonly ContainerRegistryCredential[],
    private readonly transport: RegistryTransport
  ) {
    for (const c of credentials) this.creds.set(hostKey(c.host), c);
  }

  private credentialFor(repo: Repo): ContainerRegistryCredential | undefined {
    return this.creds.get(hostKey(repo.registry)) ?? this.creds.get(hostKey(repo.apiHost));
  }

  /** The token in use for `repo` (to tell whether another request refreshed it meanwhile). */
  currentToken(repo: Repo): string | undefined {
    return this.tokens.get(tokenKey(repo));
  }

  /** Authorization for a request to `repo`, as far as we know it now. */
  headerFor(repo: Repo): Headers {
    const tok = this.tokens.get(tokenKey(repo));
    if (tok) return { authorization: `Bearer ${tok}` };
    const basic = this.basicHosts.has(repo.apiHost) ? basicAuth(this.credentialFor(repo)) : undefined;
    return basic ? { authorization: basic } : {};
  }

  /**
   * Answers a 401: one token dance per repository at a time (concurrent requests share it); a
   * token refreshed meanwhile by another request is simply reused. `used` is the token the
   * refused request carried.
   */
  async answer(repo: Repo, res: HttpResponse, used: string | undefined): Promise<void> {
    const key = tokenKey(repo);
    const pending = this.pending.get(key);
    if (pending) return pending;
    if (this.tokens.get(key) !== used) return;
    this.tokens.delete(key);
    const dance = this.authenticate(repo, res).finally(() => this.pending.delete(key));
    this.pending.set(key, dance);
    return dance;
  }

  private async authenticate(repo: Repo, res: HttpResponse): Promise<void> {
    const raw = res.headers['www-authenticate'];
    const values = Array.isArray(raw) ? raw : raw ? [raw] : [];
    const challenges = values.flatMap((v) => parseChallenges(v));
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    const cred = this.credentialFor(repo);
    if (bearer) {
      this.tokens.set(tokenKey(repo), await this.fetchToken(repo, res, bearer.params, cred));
      return;
    }
    if (challenges.some((c) => c.scheme === 'basic') && basicAuth(cred)) {
      this.basicHosts.add(repo.apiHost);
      return;
    }
    throw new ContainerRegistryError(
      'registry-auth',
      `${repo.registry} requires authentication for ${repo.repository}${cred ? '' : ' and no credentials are configured for it'}`,
      safeUrl(res.url)
    );
  }

  private async fetchToken(
    repo: Repo,
    res: HttpResponse,
    params: Record<string, string>,
    cred: ContainerRegistryCredential | undefined
  ): Promise<string> {
    let realm: URL;
    try {
      realm = new URL(params.realm);
    } catch (error) {
      throw new ContainerRegistryError('registry-response', `${repo.registry} sent an invalid token realm`, safeUrl(res.url), {
        cause: error
      });
    }
    if (params.service) realm.searchParams.set('service', params.service);
    realm.searchParams.set('scope', params.scope || `repository:${repo.repository}:pull`);
    const headers: Headers = { 'user-agent': USER_AGENT, accept: 'application/json' };
    const basic = basicAuth(cred);
    // Credentials go to the token service their registry designates, and only over TLS
    // (or to a host the user marked insecure).
    if (basic && (realm.protocol === 'https:' || this.transport.isInsecureHost(realm))) headers.authorization = basic;
    // A plain-HTTP realm is only acceptable from a registry already reached over plain HTTP.
    const tr = await this.transport.send(realm, { method: 'GET', headers, maxBytes: LIMITS.token, followRedirects: false, from: res.url });
    if (tr.status === 401 || tr.status === 403) {
      throw new ContainerRegistryError(
        'registry-auth',
        `token service for ${repo.registry} refused ${cred ? 'the configured credentials' : 'anonymous access'} to ${repo.repository} (HTTP ${tr.status})`,
        safeUrl(realm)
      );
    }
    if (tr.status !== 200) {
      throw new ContainerRegistryError(
        'registry-unavailable',
        `token service for ${repo.registry} answered HTTP ${tr.status}`,
        safeUrl(realm)
      );
    }
    let token: unknown;
    try {
      const j = JSON.parse(tr.body.toString('utf8')) as { token?: unknown; access_token?: unknown };
      token = j.token ?? j.access_token;
    } catch {
      token = undefined;
    }
    if (typeof token !== 'string' || token === '') {
      throw new ContainerRegistryError('registry-response', `token service for ${repo.registry} returned no token`, safeUrl(realm));
    }
    return token;
  }
}
