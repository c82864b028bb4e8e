// Verify a candidate image before it is proposed: resolve the tag to its digest, gather every
// signature (cosign `.sig` tag and referrers), verify each cryptographically against the sigstore
// trusted root, check it names this digest, and compare the certificate with the entry's
// provenance as ToolHive does. Accept when at least one signature verifies and matches.
// `verify` never throws for per-image problems: they become `unverified` with a reason.

import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { hashAlgorithmToJSON } from '@sigstore/protobuf-specs';
import { toSignedEntity } from '@sigstore/verify';
import type { Dispatcher } from 'undici';
import { matchProvenance, signerOf, type CertificateSummary } from '../../core/provenance/identity.js';
import {
  asStatement,
  checkMessageDigest,
  checkSimpleSigningPayload,
  checkStatementSubject,
  matchAttestation,
  type InTotoStatement
} from '../../core/provenance/payload.js';
import { classifySigstoreUrl, PUBLIC_GOOD_TUF_HOST } from '../../core/provenance/sigstore-url.js';
import type { Provenance } from '../../core/catalog/types.js';
import { NO_PROVENANCE_REASON, type Verification, type VerifyMode } from '../../core/provenance/verification.js';
import { OciClient, type RegistryCredential } from '../oci/client.js';
import { RegistryError } from '../oci/errors.js';
import type { RetryPolicy } from '../oci/http.js';
import { parseImageRef, type ImageRef } from '../oci/image-ref.js';
import { summarizeDer } from './certificate.js';
import { discoverSignatures, type Candidate, type Discovery } from './discover.js';
import { loadPublicGoodTrust, loadTrustedRootFile, type LoadedTrust } from './trusted-root.js';

export type { RegistryCredential } from '../oci/client.js';
export type { Verification, VerifyMode };

export interface VerifierOptions {
  /** A sigstore trusted_root.json that replaces TUF for every entry (private instances, air-gapped runners, tests). */
  trustedRootFile?: string;
  /** TUF cache directory; default `$RUNNER_TEMP/sigstore-tuf`. */
  cacheDir?: string;
  credentials?: RegistryCredential[];
  /** host:port where plain HTTP is allowed (tests: 127.0.0.1:PORT). */
  insecureHosts?: string[];
  log?: (m: string) => void;
  timeoutMs?: number;
}

export interface CandidateVerifier {
  verify(image: string, provenance: Provenance | undefined): Promise<Verification>;
  /** The trusted root used so far ('tuf', 'embedded' or the file path); undefined before any was needed. */
  trustedRootSource(): string | undefined;
}

/** Seams for tests and benchmarks; production code passes nothing. */
export interface VerifierInternals {
  dispatcher?: Dispatcher;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  tufMirrorURL?: string;
  tufRootPath?: string;
  tufRetries?: number;
  /** Observe the run's OCI client (request counts). */
  onClient?: (c: OciClient) => void;
}

type Outcome =
  | { kind: 'verified'; summary: CertificateSummary }
  | { kind: 'mismatch' | 'other-image' | 'invalid' | 'unusable'; text: string };

const PRIORITY: Record<Exclude<Outcome['kind'], 'verified'>, number> = { mismatch: 0, 'other-image': 1, invalid: 2, unusable: 3 };

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

function leafDer(b: Bundle): Buffer | undefined {
  const c = b.verificationMaterial.content;
  if (c.$case === 'x509CertificateChain') return c.x509CertificateChain.certificates[0]?.rawBytes;
  if (c.$case === 'certificate') return c.certificate.rawBytes;
  return undefined;
}

/** The digest binding we add on top of ToolHive, and the in-toto statement when there is one. */
function bindingCheck(c: Candidate, b: Bundle, digest: string): { error?: string; statement?: InTotoStatement } {
  if (c.source === 'cosign-sig') return { error: checkSimpleSigningPayload(c.simpleSigningPayload, digest) };
  if (b.content.$case === 'dsseEnvelope') {
    const env = b.content.dsseEnvelope;
    if (env.payloadType !== 'application/vnd.in-toto+json') return { error: `unsupported DSSE payload type ${env.payloadType}` };
    let st: InTotoStatement | undefined;
    try {
      st = asStatement(JSON.parse(env.payload.toString('utf8')));
    } catch {
      st = undefined;
    }
    if (!st) return { error: 'DSSE payload is not an in-toto statement' };
    return { error: checkStatementSubject(st, digest), statement: st };
  }
  const md = b.content.messageSignature.messageDigest;
  const alg = md ? hashAlgorithmToJSON(md.algorithm) : undefined;
  return { error: checkMessageDigest(alg, md?.digest.toString('hex') ?? '', digest) };
}

function errorText(e: unknown): string {
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err?.code === 'string' ? `${err.code}: ` : '';
  return `${code}${typeof err?.message === 'string' ? err.message : String(e)}`;
}

export function createCandidateVerifier(opts: VerifierOptions, internals: VerifierInternals = {}): CandidateVerifier {
  const log = opts.log ?? (() => {});
  // A bad trusted-root file is a run-wide configuration error: surface it now (ConfigurationError).
  const fileTrust = opts.trustedRootFile ? loadTrustedRootFile(opts.trustedRootFile) : undefined;
  let trustSource: string | undefined = fileTrust?.source;
  let trustPromise: Promise<LoadedTrust> | undefined = fileTrust ? Promise.resolve(fileTrust) : undefined;
  const trust = (): Promise<LoadedTrust> => {
    trustPromise ??= loadPublicGoodTrust({
      cacheDir: opts.cacheDir,
      mirrorURL: internals.tufMirrorURL,
      rootPath: internals.tufRootPath,
      tufRetries: internals.tufRetries,
      tufTimeoutMs: opts.timeoutMs,
      log
    }).then((t) => {
      trustSource = t.source;
      return t;
    });
    return trustPromise;
  };

  const client = new OciClient({
    credentials: opts.credentials,
    insecureHosts: opts.insecureHosts,
    timeoutMs: opts.timeoutMs,
    log,
    dispatcher: internals.dispatcher,
    retry: internals.retry,
    sleep: internals.sleep,
    now: internals.now
  });
  internals.onClient?.(client);

  const discoveries = new Map<string, Promise<Discovery | { error: string; digest?: string }>>();
  const results = new Map<string, Promise<Verification>>();

  const discover = (ref: ImageRef): Promise<Discovery | { error: string; digest?: string }> => {
    const key = `${ref.apiHost}/${ref.repository}:${ref.tag ?? ''}@${ref.digest ?? ''}`;
    let p = discoveries.get(key);
    if (!p) {
      p = (async () => {
        let digest: string;
        try {
          digest = ref.digest ?? (await client.resolve(ref, ref.tag ?? 'latest'));
        } catch (e) {
          return { error: e instanceof RegistryError ? e.message : errorText(e) };
        }
        return discoverSignatures(client, ref, digest);
      })();
      discoveries.set(key, p);
    }
    return p;
  };

  const evaluate = (c: Candidate, digest: string, prov: Provenance, t: LoadedTrust): Outcome => {
    if (c.problem || !c.bundle) return { kind: 'unusable', text: `${c.label}: ${c.problem ?? 'no bundle'}` };
    let b: Bundle;
    try {
      b = bundleFromJSON(c.bundle);
    } catch (e) {
      return { kind: 'invalid', text: `${c.label}: malformed bundle (${errorText(e)})` };
    }
    const der = leafDer(b);
    if (!der) return { kind: 'unusable', text: `${c.label}: key-signed bundle (no certificate): unsupported` };
    const binding = bindingCheck(c, b, digest);
    if (binding.error) return { kind: 'other-image', text: `${c.label}: ${binding.error}` };
    try {
      t.verifier.verify(toSignedEntity(b, c.data));
    } catch (e) {
      return { kind: 'invalid', text: `${c.label}: ${errorText(e)}` };
    }
    let summary: CertificateSummary;
    try {
      summary = summarizeDer(der);
    } catch (e) {
      return { kind: 'invalid', text: `${c.label}: unreadable certificate (${errorText(e)})` };
    }
    const mismatches = [...matchProvenance(summary, prov), ...matchAttestation(binding.statement, prov.attestation)];
    if (mismatches.length) return { kind: 'mismatch', text: `${c.label}: ${mismatches.join('; ')}` };
    return { kind: 'verified', summary };
  };

  const run = async (image: string, prov: Provenance): Promise<Verification> => {
    if (!fileTrust) {
      const inst = classifySigstoreUrl(prov.sigstore_url);
      if (inst.kind === 'unsupported') {
        return {
          status: 'unverified',
          reason: `not verified: sigstore_url "${inst.host}" is not supported (only ${PUBLIC_GOOD_TUF_HOST}; a trusted-root file can replace it)`
        };
      }
    }
    let ref: ImageRef;
    try {
      ref = parseImageRef(image);
    } catch (e) {
      return { status: 'unverified', reason: `not verified: ${(e as Error).message}` };
    }
    const d = await discover(ref);
    if ('error' in d) return { status: 'unverified', reason: `not verified: ${d.error}` };
    const { digest } = d;
    const usable = d.candidates.filter((c) => !c.problem);
    if (d.candidates.length === 0) {
      const reason = d.sourceErrors.length
        ? `not verified: ${d.sourceErrors.join('; ')}`
        : `not signed: no cosign signature or sigstore bundle found for ${digest}`;
      return { status: 'unverified', digest, reason };
    }
    let t: LoadedTrust | undefined;
    if (usable.length) {
      try {
        t = await trust();
      } catch (e) {
        return { status: 'unverified', digest, reason: `not verified: no sigstore trusted root (${errorText(e)})` };
      }
    }
    const failures: Exclude<Outcome, { kind: 'verified' }>[] = [];
    for (const c of d.candidates) {
      const o: Outcome = t ? evaluate(c, digest, prov, t) : { kind: 'unusable', text: `${c.label}: ${c.problem}` };
      if (o.kind === 'verified') {
        log(`sigstore: ${image} verified (${c.label}) at ${digest}`);
        return {
          status: 'verified',
          digest,
          signer: signerOf(o.summary),
          trusted_root: t?.source,
          signature_source: c.source
        };
      }
      log(`sigstore: ${image}: ${o.text}`);
      failures.push(o);
    }
    failures.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
    const head = failures[0];
    const lead =
      head.kind === 'mismatch'
        ? 'signature does not match the registry provenance'
        : head.kind === 'other-image'
          ? 'signature does not name this image'
          : head.kind === 'invalid'
            ? 'signature invalid'
            : 'no usable signature';
    const details = failures
      .filter((f) => f.kind === head.kind)
      .slice(0, 3)
      .map((f) => f.text);
    const more = failures.length > details.length ? ` (+${failures.length - details.length} more)` : '';
    const src = d.sourceErrors.length ? `; ${d.sourceErrors.join('; ')}` : '';
    return {
      status: 'unverified',
      digest,
      reason: `not verified: ${lead}: ${details.join(' | ')}${more}${src}`,
      trusted_root: t?.source
    };
  };

  return {
    verify(image, provenance) {
      if (!provenance) return Promise.resolve({ status: 'unverified', reason: NO_PROVENANCE_REASON });
      const key = `${image}\n${stableJSON(provenance)}`;
      let p = results.get(key);
      if (!p) {
        p = run(image, provenance).catch(
          (e: unknown): Verification => ({ status: 'unverified', reason: `not verified: unexpected error: ${errorText(e)}` })
        );
        results.set(key, p);
      }
      return p;
    },
    trustedRootSource: () => trustSource
  };
}
