// Verify a candidate image before it is proposed, in named steps: resolve the tag to its digest,
// gather every signature (cosign `.sig` tag and referrers), verify each bundle against the
// sigstore trusted root and match it with the entry's provenance as ToolHive does, then pick the
// outcome. Accept when at least one signature verifies and matches. `verify` never throws for
// per-image problems: they become `unverified` with a reason.

import { signerOf } from '../../core/provenance/identity.js';
import { classifySigstoreUrl, PUBLIC_GOOD_TUF_HOST } from '../../core/provenance/sigstore-url.js';
import type { Provenance } from '../../core/catalog/types.js';
import { NO_PROVENANCE_REASON, type Verification, type VerifyMode } from '../../core/provenance/verification.js';
import { OciClient, type RegistryCredential } from '../oci/client.js';
import { ContainerRegistryError } from '../oci/errors.js';
import { parseImageRef, type ImageRef } from '../oci/image-ref.js';
import { discoverSignatures, type Discovery } from './discover.js';
import { errorText, evaluateSignature, type Failure } from './evaluate-signature.js';
import { unverifiedOutcome } from './pick-outcome.js';
import { loadPublicGoodTrust, loadTrustedRootFile, type LoadedTrust } from './trusted-root.js';

export type { RegistryCredential } from '../oci/client.js';
export type { Verification, VerifyMode };

export interface VerifierOptions {
  /** A sigstore trusted_root.json that replaces TUF for every entry (private instances, air-gapped runners, tests). */
  trustedRootFile?: string;
  /** Directory a relative `trustedRootFile` is read from (default: the process's working directory). */
  cwd?: string;
  /** TUF cache directory; default `$RUNNER_TEMP/sigstore-tuf`. */
  cacheDir?: string;
  /** Where the public-good trusted root is refreshed from (default the sigstore CDN; a mirror needs its root.json). */
  tuf?: { mirrorURL?: string; rootPath?: string; retries?: number };
  credentials?: RegistryCredential[];
  /** host:port reached over plain HTTP besides local addresses. */
  insecureHosts?: string[];
  log?: (m: string) => void;
  timeoutMs?: number;
  /** The container-registry client (default: one built from credentials, insecureHosts and timeoutMs). */
  client?: OciClient;
}

export interface CandidateVerifier {
  verify(image: string, provenance: Provenance | undefined): Promise<Verification>;
  /** The trusted root used so far ('tuf', 'embedded' or the file path); undefined before any was needed. */
  trustedRootSource(): string | undefined;
}

type Gathered = Discovery | { error: string };

function stableJSON(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJSON).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJSON((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

export function createCandidateVerifier(opts: VerifierOptions): CandidateVerifier {
  const log = opts.log ?? (() => {});
  // A bad trusted-root file is a run-wide configuration error: surface it now (ConfigurationError).
  const fileTrust = opts.trustedRootFile ? loadTrustedRootFile(opts.trustedRootFile, opts.cwd) : undefined;
  let trustSource: string | undefined = fileTrust?.source;
  let trustPromise: Promise<LoadedTrust> | undefined = fileTrust ? Promise.resolve(fileTrust) : undefined;
  const client =
    opts.client ?? new OciClient({ credentials: opts.credentials, insecureHosts: opts.insecureHosts, timeoutMs: opts.timeoutMs, log });
  /** Per image reference for the run (concurrent callers share one promise). */
  const gathered = new Map<string, Promise<Gathered>>();
  const results = new Map<string, Promise<Verification>>();

  const trust = (): Promise<LoadedTrust> => {
    trustPromise ??= loadPublicGoodTrust({
      cacheDir: opts.cacheDir,
      mirrorURL: opts.tuf?.mirrorURL,
      rootPath: opts.tuf?.rootPath,
      tufRetries: opts.tuf?.retries,
      tufTimeoutMs: opts.timeoutMs,
      log
    }).then((t) => {
      trustSource = t.source;
      return t;
    });
    return trustPromise;
  };

  /** Step 1: the digest the reference points at. */
  const resolveDigest = async (ref: ImageRef): Promise<string> => ref.digest ?? (await client.resolve(ref, ref.tag ?? 'latest'));

  /** Steps 1–2, once per image reference: resolve the digest, then gather its signatures. */
  const gatherSignatures = (ref: ImageRef): Promise<Gathered> => {
    const key = `${ref.apiHost}/${ref.repository}:${ref.tag ?? ''}@${ref.digest ?? ''}`;
    let p = gathered.get(key);
    if (!p) {
      p = (async (): Promise<Gathered> => {
        let digest: string;
        try {
          digest = await resolveDigest(ref);
        } catch (e) {
          return { error: e instanceof ContainerRegistryError ? e.message : errorText(e) };
        }
        return discoverSignatures(client, ref, digest);
      })();
      gathered.set(key, p);
    }
    return p;
  };

  /** The entry's sigstore instance must be one we can verify against. */
  const unsupportedInstance = (prov: Provenance): Verification | undefined => {
    if (fileTrust) return undefined;
    const inst = classifySigstoreUrl(prov.sigstore_url);
    if (inst.kind !== 'unsupported') return undefined;
    return {
      status: 'unverified',
      reason: `not verified: sigstore_url "${inst.host}" is not supported (only ${PUBLIC_GOOD_TUF_HOST}; a trusted-root file can replace it)`
    };
  };

  const run = async (image: string, prov: Provenance): Promise<Verification> => {
    const refused = unsupportedInstance(prov);
    if (refused) return refused;
    let ref: ImageRef;
    try {
      ref = parseImageRef(image);
    } catch (e) {
      return { status: 'unverified', reason: `not verified: ${(e as Error).message}` };
    }
    const d = await gatherSignatures(ref);
    if ('error' in d) return { status: 'unverified', reason: `not verified: ${d.error}` };
    const { digest } = d;
    if (d.candidates.length === 0) {
      const reason = d.sourceErrors.length
        ? `not verified: ${d.sourceErrors.join('; ')}`
        : `not signed: no cosign signature or sigstore bundle found for ${digest}`;
      return { status: 'unverified', digest, reason };
    }
    let t: LoadedTrust | undefined;
    if (d.candidates.some((c) => !c.problem)) {
      try {
        t = await trust();
      } catch (e) {
        return { status: 'unverified', digest, reason: `not verified: no sigstore trusted root (${errorText(e)})` };
      }
    }
    // Steps 3–4: verify each bundle and match it with the provenance; the first that passes wins.
    const failures: Failure[] = [];
    for (const c of d.candidates) {
      const o = t ? evaluateSignature(c, digest, prov, t) : ({ kind: 'unusable', text: `${c.label}: ${c.problem}` } as const);
      if (o.kind === 'verified') {
        log(`sigstore: ${image} verified (${c.label}) at ${digest}`);
        return { status: 'verified', digest, signer: signerOf(o.summary), trusted_root: t?.source, signature_source: c.source };
      }
      log(`sigstore: ${image}: ${o.text}`);
      failures.push(o);
    }
    // Step 5: none passed; say why, most telling failure first.
    return unverifiedOutcome(digest, failures, d.sourceErrors, t?.source);
  };

  return {
    verify(image, provenance) {
      if (!provenance) return Promise.resolve({ status: 'unverified', reason: NO_PROVENANCE_REASON });
      const key = `${image}\n${stableJSON(provenance)}`;
      let p = results.get(key);
      if (!p) {
        p = run(image, provenance).catch((e: unknown): Verification => ({
          status: 'unverified',
          reason: `not verified: unexpected error: ${errorText(e)}`
        }));
        results.set(key, p);
      }
      return p;
    },
    trustedRootSource: () => trustSource
  };
}
