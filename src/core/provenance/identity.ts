// Compare a verified certificate's identity with a registry entry's provenance, field by field,
// exactly as ToolHive does (toolhive-core container/verifier: compareBaseProperties and
// signerIdentityFromCertificate). Pure: the certificate is already decoded into a summary.

import type { Provenance } from '../catalog/types.js';

export const GITHUB_TOKEN_ISSUER = 'https://token.actions.githubusercontent.com';

/** The Fulcio fields of a leaf certificate that ToolHive's checks read (sigstore-go certificate.Summary). */
export interface CertificateSummary {
  /** SAN: URI for workload identities, email for people. */
  subjectAlternativeName?: string;
  /** OIDC issuer (Fulcio OID .8, falling back to the deprecated .1). */
  issuer?: string;
  buildSignerURI?: string;
  runnerEnvironment?: string;
  sourceRepositoryURI?: string;
  sourceRepositoryRef?: string;
  sourceRepositoryDigest?: string;
}

/**
 * ToolHive's signer identity: the SAN verbatim for other issuers; for GitHub Actions the SAN cut at
 * the first '@' with the repository URI prefix removed (e.g. `/.github/workflows/release.yml`).
 * A reusable workflow from another repository keeps its full URL, as in ToolHive.
 */
export function signerIdentity(c: CertificateSummary): { identity: string } | { error: string } {
  const san = c.subjectAlternativeName ?? '';
  if (san === '') return { error: 'certificate has no signer identity in SAN' };
  if (c.issuer !== GITHUB_TOKEN_ISSUER) return { identity: san };
  const repo = c.sourceRepositoryURI ?? '';
  if (repo === '') return { error: 'certificate missing SourceRepositoryURI extension' };
  const at = san.indexOf('@');
  const cut = at >= 0 ? san.slice(0, at) : san;
  return { identity: cut.startsWith(repo) ? cut.slice(repo.length) : cut };
}

/** The identity as the result and PR show it (mirrors SignerIdentity in core/verification.ts). */
export function signerOf(c: CertificateSummary): {
  repository?: string;
  workflow?: string;
  ref?: string;
  issuer?: string;
  runner_environment?: string;
} {
  const si = signerIdentity(c);
  return {
    repository: c.sourceRepositoryURI,
    workflow: 'identity' in si ? si.identity : undefined,
    ref: c.sourceRepositoryRef,
    issuer: c.issuer,
    runner_environment: c.runnerEnvironment
  };
}

/**
 * Every non-empty provenance field that the certificate does not satisfy, as
 * `field: want "X", got "Y"`. ToolHive stops at the first mismatch; we list them all so the PR
 * says everything that differs. Empty list = match. (`attestation` is checked by matchAttestation.)
 */
export function matchProvenance(c: CertificateSummary, p: Provenance): string[] {
  const out: string[] = [];
  const cmp = (field: string, want: string | undefined, got: string | undefined): void => {
    if (!want) return;
    if (want !== (got ?? '')) out.push(`${field}: want "${want}", got "${got ?? ''}"`);
  };
  cmp('repository_uri', p.repository_uri, c.sourceRepositoryURI);
  cmp('repository_ref', p.repository_ref, c.sourceRepositoryRef);
  cmp('runner_environment', p.runner_environment, c.runnerEnvironment);
  cmp('cert_issuer', p.cert_issuer, c.issuer);
  if (p.signer_identity) {
    // ToolHive logs the derivation error and compares with "" (never equal to a non-empty value).
    const si = signerIdentity(c);
    const got = 'identity' in si ? si.identity : '';
    if (got !== p.signer_identity) {
      out.push(`signer_identity: want "${p.signer_identity}", got "${got}"${'error' in si ? ` (${si.error})` : ''}`);
    }
  }
  return out;
}
