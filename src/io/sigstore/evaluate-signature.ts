// One candidate signature against one image digest and the catalog entry's provenance: the
// bundle verifies against the trusted root, names this digest, and its certificate matches.
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { hashAlgorithmToJSON } from '@sigstore/protobuf-specs';
import { toSignedEntity } from '@sigstore/verify';
import { matchProvenance, type CertificateSummary } from '../../core/provenance/identity.js';
import {
  asStatement,
  checkMessageDigest,
  checkSimpleSigningPayload,
  checkStatementSubject,
  matchAttestation,
  type InTotoStatement
} from '../../core/provenance/payload.js';
import type { Provenance } from '../../core/catalog/types.js';
import { summarizeDer } from './certificate.js';
import type { Candidate } from './discover.js';
import type { LoadedTrust } from './trusted-root.js';

export type Outcome =
  { kind: 'verified'; summary: CertificateSummary } | { kind: 'mismatch' | 'other-image' | 'invalid' | 'unusable'; text: string };

export type Failure = Exclude<Outcome, { kind: 'verified' }>;

export function errorText(e: unknown): string {
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err?.code === 'string' ? `${err.code}: ` : '';
  return `${code}${typeof err?.message === 'string' ? err.message : String(e)}`;
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

/** Verify the bundle cryptographically, then match its certificate with the provenance. */
export function evaluateSignature(c: Candidate, digest: string, prov: Provenance, trust: LoadedTrust): Outcome {
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
    trust.verifier.verify(toSignedEntity(b, c.data));
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
}
