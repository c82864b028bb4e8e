// Referrers of a digest: the OCI 1.1 referrers API, else the `sha256-<hex>` tag schema.
import { header, type HttpResponse } from '../http/client.js';
import { DIGEST_RE } from './digest.js';
import { OCI_EMPTY, OCI_INDEX } from './media-types.js';
import { LIMITS, type Descriptor, type Manifest, type Referrers, type Repo } from './types.js';

/** What the referrers lookup needs from the client. */
export interface ReferrersSource {
  base(repo: Repo): Promise<string>;
  get(repo: Repo, url: URL, o: { accept: string; maxBytes: number; followRedirects: false; retry: false }): Promise<HttpResponse>;
  getManifest(repo: Repo, reference: string, allow404: boolean): Promise<Manifest | undefined>;
  fail(repo: Repo, what: string, res: HttpResponse): never;
}

/** Statuses of a first referrers page that mean "no referrers API here" (GHCR, distribution 2.8). */
const UNSUPPORTED = new Set([301, 302, 303, 307, 308, 400, 404, 405, 429]);

export function isDescriptor(v: unknown): v is Descriptor {
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

export class ReferrersLookup {
  /** A registry that lacks the API once (GHCR, distribution 2.8) lacks it for the whole run. */
  private readonly noReferrersApi = new Set<string>();

  constructor(private readonly src: ReferrersSource) {}

  /**
   * Referrers of `digest`: the OCI 1.1 API first; on 404/3xx/400/405/429 the tag schema.
   * Descriptors are filtered by `artifactType` only when the registry did not apply the filter
   * and the descriptor names another type.
   */
  async list(repo: Repo, digest: string, artifactTypePrefix?: string): Promise<Referrers> {
    const keep = (d: Descriptor): boolean =>
      !artifactTypePrefix || !d.artifactType || d.artifactType === OCI_EMPTY || d.artifactType.startsWith(artifactTypePrefix);
    if (this.noReferrersApi.has(repo.apiHost)) return this.tagSchema(repo, digest, keep);
    let url: URL | undefined = new URL(`${await this.src.base(repo)}/${repo.repository}/referrers/${digest}`);
    const out: Descriptor[] = [];
    for (let page = 0; url && page < LIMITS.referrerPages; page++) {
      const res: HttpResponse = await this.src.get(repo, url, {
        accept: OCI_INDEX,
        maxBytes: LIMITS.manifest,
        followRedirects: false,
        retry: false
      });
      if (res.status !== 200) {
        if (page === 0 && UNSUPPORTED.has(res.status)) {
          // 429 says nothing about support: fall back this time only.
          if (res.status !== 429) this.noReferrersApi.add(repo.apiHost);
          return this.tagSchema(repo, digest, keep);
        }
        if (page === 0) this.src.fail(repo, `referrers of ${repo.repository}@${digest}`, res);
        break; // a later page failing keeps what we have
      }
      out.push(...descriptorsOf(res.body).filter(keep));
      url = nextLink(header(res, 'link'), url);
    }
    return { source: 'referrers-api', descriptors: out.slice(0, LIMITS.referrers) };
  }

  private async tagSchema(repo: Repo, digest: string, keep: (d: Descriptor) => boolean): Promise<Referrers> {
    const tag = `sha256-${digest.slice('sha256:'.length)}`;
    const m = await this.src.getManifest(repo, tag, true);
    if (!m) return { source: 'none', descriptors: [] };
    // Some registries (GitLab) resolve the fallback tag to the subject itself; that is no index.
    if (m.mediaType !== OCI_INDEX || m.digest === digest) return { source: 'none', descriptors: [] };
    const ds = Array.isArray(m.json.manifests) ? m.json.manifests : [];
    return { source: 'tag-schema', descriptors: ds.filter(isDescriptor).filter(keep).slice(0, LIMITS.referrers) };
  }
}
