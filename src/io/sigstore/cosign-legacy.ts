// Convert a legacy cosign `.sig` layer (simplesigning payload + annotations) into a sigstore
// bundle v0.1 that @sigstore/verify understands. v0.1, not v0.3: the annotation carries a signed
// entry timestamp but no inclusion proof, and we stay offline (no Rekor lookup).

import { createHash } from 'node:crypto';
import { pem } from '@sigstore/core';

export const ANNOTATION = {
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  signature: 'dev.cosignproject.cosign/signature',
  bundle: 'dev.sigstore.cosign/bundle',
  rfc3161: 'dev.sigstore.cosign/rfc3161timestamp'
};

export const BUNDLE_V01 = 'application/vnd.dev.sigstore.bundle+json;version=0.1';

export type LegacyConversion = { bundle: Record<string, unknown> } | { problem: string };

function firstPem(text: string): string | undefined {
  const m = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(text);
  return m?.[0];
}

export function legacyLayerToBundle(annotations: Record<string, string> | undefined, payload: Buffer): LegacyConversion {
  const a = annotations ?? {};
  const signature = a[ANNOTATION.signature];
  if (!signature) return { problem: 'cosign layer has no signature annotation' };
  const certPem = a[ANNOTATION.certificate] ? firstPem(a[ANNOTATION.certificate]) : undefined;
  // Without a certificate the layer was signed with a key (`cosign sign --key`): there is no
  // identity to match against provenance, as in ToolHive's keyless verifier.
  if (!certPem) return { problem: 'key-signed cosign signature (no certificate): unsupported' };
  let certDer: Buffer;
  try {
    certDer = pem.toDER(certPem);
  } catch {
    return { problem: 'cosign certificate annotation is not a PEM certificate' };
  }

  const tlogEntries: Record<string, unknown>[] = [];
  if (a[ANNOTATION.bundle]) {
    try {
      const rb = JSON.parse(a[ANNOTATION.bundle]) as {
        SignedEntryTimestamp?: unknown;
        Payload?: { body?: unknown; integratedTime?: unknown; logIndex?: unknown; logID?: unknown };
      };
      const p = rb.Payload ?? {};
      if (typeof p.body !== 'string' || typeof p.logID !== 'string' || typeof rb.SignedEntryTimestamp !== 'string') {
        return { problem: 'cosign rekor bundle annotation is incomplete' };
      }
      const body = JSON.parse(Buffer.from(p.body, 'base64').toString('utf8')) as { kind?: unknown; apiVersion?: unknown };
      tlogEntries.push({
        logIndex: String(p.logIndex),
        logId: { keyId: Buffer.from(p.logID, 'hex').toString('base64') },
        kindVersion: { kind: String(body.kind ?? ''), version: String(body.apiVersion ?? '') },
        integratedTime: String(p.integratedTime),
        inclusionPromise: { signedEntryTimestamp: rb.SignedEntryTimestamp },
        canonicalizedBody: p.body
      });
    } catch {
      return { problem: 'cosign rekor bundle annotation is not valid JSON' };
    }
  }

  const rfc3161Timestamps: { signedTimestamp: string }[] = [];
  if (a[ANNOTATION.rfc3161]) {
    try {
      const t = JSON.parse(a[ANNOTATION.rfc3161]) as { SignedRFC3161Timestamp?: unknown };
      if (typeof t.SignedRFC3161Timestamp === 'string') rfc3161Timestamps.push({ signedTimestamp: t.SignedRFC3161Timestamp });
    } catch {
      // An unreadable timestamp is ignored, as ToolHive ignores this annotation altogether.
    }
  }

  return {
    bundle: {
      mediaType: BUNDLE_V01,
      verificationMaterial: {
        x509CertificateChain: { certificates: [{ rawBytes: certDer.toString('base64') }] },
        tlogEntries,
        timestampVerificationData: { rfc3161Timestamps }
      },
      messageSignature: {
        messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(payload).digest('base64') },
        signature
      }
    }
  };
}
