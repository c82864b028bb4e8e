// Provenance verification of a candidate image (beyond thv: `thv upgrade check` never verifies).

export const VERIFY_MODES = ['enabled', 'warn', 'disabled'] as const;
export type VerifyMode = (typeof VERIFY_MODES)[number];

export type VerificationStatus = 'verified' | 'unverified' | 'not-applicable' | 'skipped';

export interface SignerIdentity {
  /** Certificate SourceRepositoryURI, e.g. https://github.com/StacklokLabs/osv-mcp */
  repository?: string;
  /** Signer identity as ToolHive derives it, e.g. /.github/workflows/release.yml */
  workflow?: string;
  /** Certificate SourceRepositoryRef, e.g. refs/tags/v0.1.3 */
  ref?: string;
  issuer?: string;
  runner_environment?: string;
}

export interface Verification {
  status: VerificationStatus;
  /** Digest the candidate tag resolved to (the index digest for multi-arch images). */
  digest?: string;
  signer?: SignerIdentity;
  reason?: string;
  /** Which sigstore trusted root was used: 'tuf', 'embedded' (offline snapshot) or the trusted-root file. */
  trusted_root?: string;
  /** Where the accepted signature came from: 'cosign-sig' or 'referrer'. */
  signature_source?: string;
}

export const NO_PROVENANCE_REASON = 'not verified: the registry publishes no provenance';
export const DISABLED_REASON = 'verification disabled';

/**
 * The verification of a candidate that needs no signature check: none when verification is
 * disabled, and nothing to check against when the catalog entry publishes no provenance. Undefined
 * when the signature must be checked.
 */
export function verificationWithoutSignatureCheck(mode: VerifyMode | undefined, hasProvenance: boolean): Verification | undefined {
  if (mode === 'disabled') return { status: 'skipped', reason: DISABLED_REASON };
  if (!hasProvenance) return { status: 'unverified', reason: NO_PROVENANCE_REASON };
  return undefined;
}
