// Leaf-certificate summary (the Fulcio fields ToolHive compares), read with @sigstore/core.

import { X509Certificate } from '@sigstore/core';
import type { CertificateSummary } from '../../core/provenance/identity.js';

const FULCIO = '1.3.6.1.4.1.57264.1';
export const OID = {
  issuerV1: `${FULCIO}.1`,
  issuerV2: `${FULCIO}.8`,
  buildSignerURI: `${FULCIO}.9`,
  runnerEnvironment: `${FULCIO}.11`,
  sourceRepositoryURI: `${FULCIO}.12`,
  sourceRepositoryDigest: `${FULCIO}.13`,
  sourceRepositoryRef: `${FULCIO}.14`
};

/**
 * Fulcio v2 extensions (.8 and up) hold a DER UTF8String; v1 (.1–.6) hold raw bytes. Decode the
 * former ourselves (sigstore-js policy compares raw bytes, which is why we do not use it).
 */
export function decodeExtensionValue(v: Buffer): string {
  if (v.length >= 2 && v[0] === 0x0c) {
    let len = v[1];
    let off = 2;
    if (len & 0x80) {
      const n = len & 0x7f;
      if (n === 0 || n > 4 || v.length < 2 + n) return v.toString('utf8');
      len = 0;
      for (let k = 0; k < n; k++) len = len * 256 + v[2 + k];
      off = 2 + n;
    }
    if (off + len === v.length) return v.subarray(off).toString('utf8');
  }
  return v.toString('utf8');
}

export function summarizeCertificate(cert: X509Certificate): CertificateSummary {
  const ext = (oid: string): string | undefined => {
    const e = cert.extension(oid);
    return e ? decodeExtensionValue(Buffer.from(e.value)) : undefined;
  };
  return {
    subjectAlternativeName: cert.subjectAltName,
    issuer: ext(OID.issuerV2) ?? ext(OID.issuerV1),
    buildSignerURI: ext(OID.buildSignerURI),
    runnerEnvironment: ext(OID.runnerEnvironment),
    sourceRepositoryURI: ext(OID.sourceRepositoryURI),
    sourceRepositoryRef: ext(OID.sourceRepositoryRef),
    sourceRepositoryDigest: ext(OID.sourceRepositoryDigest)
  };
}

export function summarizeDer(der: Buffer): CertificateSummary {
  return summarizeCertificate(X509Certificate.parse(der as Buffer<ArrayBuffer>));
}
