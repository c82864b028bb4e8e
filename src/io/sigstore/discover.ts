// Signature discovery for one image digest, from every source: the legacy cosign tag
// `sha256-<hex>.sig` and OCI referrers (API, then tag schema). Unlike ToolHive, the `.sig` tag does
// not shadow referrers: both are read and every candidate gets its chance.
// Registry data is attacker-controlled: shapes are checked, sizes capped, digests verified.

import type { Descriptor, OciClient } from '../oci/client.js';
import { ContainerRegistryError } from '../oci/errors.js';
import type { ImageRef } from '../oci/image-ref.js';
import { COSIGN_SIMPLESIGNING, OCI_EMPTY, SIGSTORE_BUNDLE_PREFIX } from '../oci/media-types.js';
import { legacyLayerToBundle } from './cosign-legacy.js';

export const CAPS = {
  sigLayers: 20,
  simpleSigningPayload: 1024 * 1024,
  bundle: 10 * 1024 * 1024
};

export type SignatureSource = 'cosign-sig' | 'referrer';

export interface Candidate {
  source: SignatureSource;
  /** Short label for reasons, e.g. `cosign .sig layer 1` or `referrer sha256:abcd…`. */
  label: string;
  bundle?: Record<string, unknown>;
  /** Artifact bytes for message signatures (simplesigning payload, or the subject manifest). */
  data?: Buffer;
  /** Legacy payload JSON, for the docker-manifest-digest check. */
  simpleSigningPayload?: unknown;
  /** Why this candidate cannot be used at all (fetched but unusable). */
  problem?: string;
}

export interface Discovery {
  digest: string;
  candidates: Candidate[];
  /** Per-source failures (auth, network, malformed data); a source that is simply absent is not one. */
  sourceErrors: string[];
  sources: { cosignSig: boolean; referrers: Referrals };
}

type Referrals = 'referrers-api' | 'tag-schema' | 'none';
type Repo = Pick<ImageRef, 'registry' | 'apiHost' | 'repository'>;

const short = (d: string): string => `${d.slice(0, 19)}…`;

function errText(e: unknown): string {
  return e instanceof ContainerRegistryError ? e.message : `unexpected error: ${(e as Error)?.message ?? String(e)}`;
}

function layersOf(json: Record<string, unknown>): Descriptor[] {
  const ls = Array.isArray(json.layers) ? json.layers : [];
  return ls.filter((l): l is Descriptor => typeof l === 'object' && l !== null && typeof (l as Descriptor).digest === 'string');
}

async function fromCosignTag(client: OciClient, repo: Repo, digest: string): Promise<{ found: boolean; candidates: Candidate[] }> {
  const tag = `sha256-${digest.slice('sha256:'.length)}.sig`;
  const m = await client.getManifest(repo, tag, true);
  if (!m) return { found: false, candidates: [] };
  const layers = layersOf(m.json)
    .filter((l) => l.mediaType === COSIGN_SIMPLESIGNING)
    .slice(0, CAPS.sigLayers);
  const out: Candidate[] = [];
  for (const [i, layer] of layers.entries()) {
    const label = `cosign .sig layer ${i + 1}`;
    try {
      if (typeof layer.size === 'number' && layer.size > CAPS.simpleSigningPayload) {
        out.push({ source: 'cosign-sig', label, problem: 'signed payload is too large' });
        continue;
      }
      const payload = await client.getBlob(repo, layer.digest, CAPS.simpleSigningPayload);
      let parsed: unknown;
      try {
        parsed = JSON.parse(payload.toString('utf8'));
      } catch {
        out.push({ source: 'cosign-sig', label, problem: 'signed payload is not JSON' });
        continue;
      }
      const conv = legacyLayerToBundle(layer.annotations, payload);
      if ('problem' in conv) out.push({ source: 'cosign-sig', label, problem: conv.problem });
      else out.push({ source: 'cosign-sig', label, bundle: conv.bundle, data: payload, simpleSigningPayload: parsed });
    } catch (e) {
      out.push({ source: 'cosign-sig', label, problem: errText(e) });
    }
  }
  return { found: true, candidates: out };
}

function isBundleManifest(d: Descriptor, json: Record<string, unknown>): boolean {
  const at = typeof json.artifactType === 'string' ? json.artifactType : d.artifactType;
  if (at?.startsWith(SIGSTORE_BUNDLE_PREFIX)) return true;
  // GHCR's fallback index drops artifactType: look at the config and layer media types too.
  const cfg = json.config as { mediaType?: unknown } | undefined;
  if (typeof cfg?.mediaType === 'string' && cfg.mediaType.startsWith(SIGSTORE_BUNDLE_PREFIX)) return true;
  return layersOf(json).some((l) => l.mediaType?.startsWith(SIGSTORE_BUNDLE_PREFIX));
}

async function fromReferrers(client: OciClient, repo: Repo, digest: string): Promise<{ source: Referrals; candidates: Candidate[] }> {
  const refs = await client.referrers(repo, digest, SIGSTORE_BUNDLE_PREFIX);
  const out: Candidate[] = [];
  for (const d of refs.descriptors) {
    const label = `referrer ${short(d.digest)}`;
    // Skip what is plainly something else (SBOMs, in-toto DSSE layers of old cosign attest).
    if (d.artifactType && d.artifactType !== OCI_EMPTY && !d.artifactType.startsWith(SIGSTORE_BUNDLE_PREFIX)) continue;
    try {
      const m = await client.getManifest(repo, d.digest);
      if (!m) continue;
      if (!isBundleManifest(d, m.json)) continue;
      const subject = m.json.subject as { digest?: unknown } | undefined;
      if (subject?.digest !== digest) {
        out.push({ source: 'referrer', label, problem: `referrer names another subject (${String(subject?.digest ?? 'none')})` });
        continue;
      }
      const layer = layersOf(m.json)[0];
      if (!layer) {
        out.push({ source: 'referrer', label, problem: 'referrer has no bundle layer' });
        continue;
      }
      if (typeof layer.size === 'number' && layer.size > CAPS.bundle) {
        out.push({ source: 'referrer', label, problem: 'bundle is too large' });
        continue;
      }
      const blob = await client.getBlob(repo, layer.digest, CAPS.bundle);
      let bundle: unknown;
      try {
        bundle = JSON.parse(blob.toString('utf8'));
      } catch {
        out.push({ source: 'referrer', label, problem: 'bundle is not JSON' });
        continue;
      }
      if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) {
        out.push({ source: 'referrer', label, problem: 'bundle is not a JSON object' });
        continue;
      }
      const b = bundle as Record<string, unknown>;
      let data: Buffer | undefined;
      // A message signature is over the subject manifest's bytes: fetch them (digest-checked, memoised).
      if (b.messageSignature) data = (await client.getManifest(repo, digest))?.bytes;
      out.push({ source: 'referrer', label, bundle: b, data });
    } catch (e) {
      out.push({ source: 'referrer', label, problem: errText(e) });
    }
  }
  return { source: refs.source, candidates: out };
}

/** Gather every candidate signature for `digest`. Source failures are recorded, not thrown. */
export async function discoverSignatures(client: OciClient, repo: Repo, digest: string): Promise<Discovery> {
  const [sig, ref] = await Promise.allSettled([fromCosignTag(client, repo, digest), fromReferrers(client, repo, digest)]);
  const sourceErrors: string[] = [];
  const candidates: Candidate[] = [];
  let cosignSig = false;
  let referrers: Referrals = 'none';
  if (sig.status === 'fulfilled') {
    cosignSig = sig.value.found;
    candidates.push(...sig.value.candidates);
  } else sourceErrors.push(`cosign signature tag: ${errText(sig.reason)}`);
  if (ref.status === 'fulfilled') {
    referrers = ref.value.source;
    candidates.push(...ref.value.candidates);
  } else sourceErrors.push(`referrers: ${errText(ref.reason)}`);
  return { digest, candidates, sourceErrors, sources: { cosignSig, referrers } };
}
