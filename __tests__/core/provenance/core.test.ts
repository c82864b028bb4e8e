// Pure provenance logic: identity comparison as ToolHive does it, digest binding, attestation
// semantics, sigstore_url, verify-mode decisions; plus the small parsers of the OCI/sigstore layer.

import { decideProposal } from '../../../src/core/provenance/mode.js';
import { GITHUB_TOKEN_ISSUER, matchProvenance, signerIdentity, type CertificateSummary } from '../../../src/core/provenance/identity.js';
import {
  checkMessageDigest,
  checkSimpleSigningPayload,
  checkStatementSubject,
  jsonEqual,
  matchAttestation
} from '../../../src/core/provenance/payload.js';
import { classifySigstoreUrl } from '../../../src/core/provenance/sigstore-url.js';
import type { Verification } from '../../../src/core/provenance/verification.js';
import { parseChallenges } from '../../../src/io/oci/auth-challenge.js';
import { parseRetryAfter } from '../../../src/io/http/retry-after.js';
import { parseImageRef } from '../../../src/io/oci/image-ref.js';
import { decodeExtensionValue } from '../../../src/io/sigstore/certificate.js';
import { legacyLayerToBundle } from '../../../src/io/sigstore/cosign-legacy.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;

const gh: CertificateSummary = {
  subjectAlternativeName: 'https://github.com/stacklok/dockyard/.github/workflows/build-containers.yml@refs/heads/main',
  issuer: GITHUB_TOKEN_ISSUER,
  runnerEnvironment: 'github-hosted',
  sourceRepositoryURI: 'https://github.com/stacklok/dockyard',
  sourceRepositoryRef: 'refs/heads/main'
};

describe('signer identity (toolhive-core signerIdentityFromCertificate)', () => {
  test('GitHub issuer: SAN cut at @ and repository prefix removed', () => {
    expect(signerIdentity(gh)).toEqual({ identity: '/.github/workflows/build-containers.yml' });
  });
  test('reusable workflow from another repository keeps the full URL without ref', () => {
    const c = {
      ...gh,
      subjectAlternativeName: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/gen.yml@refs/tags/v2'
    };
    expect(signerIdentity(c)).toEqual({ identity: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/gen.yml' });
  });
  test('other issuers: SAN verbatim (email included)', () => {
    expect(signerIdentity({ subjectAlternativeName: 'dev@example.com', issuer: 'https://accounts.google.com' })).toEqual({
      identity: 'dev@example.com'
    });
  });
  test('errors: no SAN; GitHub issuer without repository URI', () => {
    expect(signerIdentity({ issuer: GITHUB_TOKEN_ISSUER })).toHaveProperty('error');
    expect(signerIdentity({ ...gh, sourceRepositoryURI: undefined })).toHaveProperty('error');
  });
});

describe('matchProvenance', () => {
  const prov = {
    sigstore_url: 'tuf-repo-cdn.sigstore.dev',
    repository_uri: 'https://github.com/stacklok/dockyard',
    signer_identity: '/.github/workflows/build-containers.yml',
    runner_environment: 'github-hosted',
    cert_issuer: GITHUB_TOKEN_ISSUER
  };
  test('every field equal → no mismatch; empty fields are not compared', () => {
    expect(matchProvenance(gh, prov)).toEqual([]);
    expect(matchProvenance({}, {})).toEqual([]);
    expect(matchProvenance(gh, { repository_uri: '', repository_ref: '' })).toEqual([]);
  });
  test('each field is an exact string comparison, all mismatches listed', () => {
    const got = matchProvenance(
      { ...gh, sourceRepositoryURI: 'https://github.com/Stacklok/dockyard', runnerEnvironment: 'self-hosted' },
      { ...prov, repository_ref: 'refs/tags/v1' }
    );
    expect(got).toEqual([
      'repository_uri: want "https://github.com/stacklok/dockyard", got "https://github.com/Stacklok/dockyard"',
      'repository_ref: want "refs/tags/v1", got "refs/heads/main"',
      'runner_environment: want "github-hosted", got "self-hosted"',
      // the prefix no longer matches, so the derived identity keeps the full URL
      'signer_identity: want "/.github/workflows/build-containers.yml", got "https://github.com/stacklok/dockyard/.github/workflows/build-containers.yml"'
    ]);
  });
  test('a signer identity that cannot be derived compares as ""', () => {
    const got = matchProvenance({ ...gh, sourceRepositoryURI: undefined }, { signer_identity: '/x.yml' });
    expect(got[0]).toMatch(/^signer_identity: want "\/x.yml", got "" \(certificate missing SourceRepositoryURI/);
  });
});

describe('digest binding (stricter than ToolHive)', () => {
  const payload = (d: string): unknown => ({
    critical: { image: { 'docker-manifest-digest': d }, type: 'cosign container image signature' }
  });
  test('simplesigning payload must name the candidate digest', () => {
    expect(checkSimpleSigningPayload(payload(D1), D1)).toBeUndefined();
    expect(checkSimpleSigningPayload(payload(D2), D1)).toMatch(/another image/);
    expect(checkSimpleSigningPayload({ critical: {} }, D1)).toMatch(/no image digest/);
    expect(checkSimpleSigningPayload('x', D1)).toMatch(/not a cosign/);
  });
  test('in-toto subject must contain the digest', () => {
    expect(
      checkStatementSubject({ subject: [{ digest: { sha256: '2'.repeat(64) } }, { digest: { sha256: '1'.repeat(64) } }] }, D1)
    ).toBeUndefined();
    expect(checkStatementSubject({ subject: [{ digest: { sha256: '2'.repeat(64) } }] }, D1)).toMatch(/another image/);
    expect(checkStatementSubject({ subject: [] }, D1)).toMatch(/subject empty/);
  });
  test('message digest must be the candidate digest', () => {
    expect(checkMessageDigest('SHA2_256', '1'.repeat(64), D1)).toBeUndefined();
    expect(checkMessageDigest('SHA2_256', '2'.repeat(64), D1)).toMatch(/another image/);
    expect(checkMessageDigest('SHA2_512', '1'.repeat(64), D1)).toMatch(/unsupported/);
  });
});

describe('attestation (toolhive-core HEAD semantics)', () => {
  const st = { subject: [], predicateType: 'https://slsa.dev/provenance/v1', predicate: { a: 1, b: [true, { c: 'x' }] } };
  test('no expectation → no constraint, even without a statement', () => {
    expect(matchAttestation(undefined, undefined)).toEqual([]);
    expect(matchAttestation(undefined, {})).toEqual([]);
  });
  test('expectation without a statement fails closed', () => {
    expect(matchAttestation(undefined, { predicate_type: 'x' })).toHaveLength(1);
  });
  test('predicate type and predicate (numbers compare as numbers, key order ignored)', () => {
    expect(
      matchAttestation(st, { predicate_type: 'https://slsa.dev/provenance/v1', predicate: { b: [true, { c: 'x' }], a: 1.0 } })
    ).toEqual([]);
    expect(matchAttestation(st, { predicate_type: 'other' })[0]).toMatch(/predicate_type/);
    expect(matchAttestation(st, { predicate: { a: 2 } })[0]).toMatch(/predicate: differs/);
    expect(jsonEqual({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
  });
});

test('sigstore_url: empty or the public-good TUF host only', () => {
  expect(classifySigstoreUrl(undefined)).toEqual({ kind: 'public-good' });
  expect(classifySigstoreUrl('')).toEqual({ kind: 'public-good' });
  expect(classifySigstoreUrl('tuf-repo-cdn.sigstore.dev')).toEqual({ kind: 'public-good' });
  expect(classifySigstoreUrl(' https://tuf-repo-cdn.sigstore.dev/ ')).toEqual({ kind: 'public-good' });
  expect(classifySigstoreUrl('tuf-repo.github.com')).toEqual({ kind: 'unsupported', host: 'tuf-repo.github.com' });
  expect(classifySigstoreUrl('https://rekor.sigstore.dev')).toEqual({ kind: 'unsupported', host: 'rekor.sigstore.dev' });
});

describe('decideProposal', () => {
  const verified: Verification = { status: 'verified', digest: D1 };
  const unverified: Verification = { status: 'unverified', digest: D1, reason: 'not signed' };
  const noProv: Verification = { status: 'unverified', reason: 'not verified: the registry publishes no provenance' };
  test('unset: enabled when the entry publishes provenance, warn when it does not', () => {
    expect(decideProposal(undefined, true, verified)).toEqual({ propose: true, flag: 'none', effectiveMode: 'enabled' });
    expect(decideProposal(undefined, true, unverified)).toEqual({ propose: false, flag: 'error', effectiveMode: 'enabled' });
    expect(decideProposal(undefined, false, noProv)).toEqual({ propose: true, flag: 'warning', effectiveMode: 'warn' });
  });
  test('enabled: only verified is proposed (no provenance counts as unverified)', () => {
    expect(decideProposal('enabled', true, verified).propose).toBe(true);
    expect(decideProposal('enabled', false, noProv)).toEqual({ propose: false, flag: 'error', effectiveMode: 'enabled' });
  });
  test('warn: always proposed, flagged unless verified', () => {
    expect(decideProposal('warn', true, verified)).toEqual({ propose: true, flag: 'none', effectiveMode: 'warn' });
    expect(decideProposal('warn', true, unverified)).toEqual({ propose: true, flag: 'warning', effectiveMode: 'warn' });
  });
  test('disabled: proposed, nothing flagged', () => {
    expect(decideProposal('disabled', true, { status: 'skipped' })).toEqual({ propose: true, flag: 'none', effectiveMode: 'disabled' });
  });
});

describe('OCI and sigstore parsing helpers', () => {
  test('WWW-Authenticate challenges (RFC 7235)', () => {
    expect(parseChallenges('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull"')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:a/b:pull' } }
    ]);
    expect(parseChallenges('Basic realm="Registry Realm", Bearer realm="https://x/t", error="invalid_token"')).toEqual([
      { scheme: 'basic', params: { realm: 'Registry Realm' } },
      { scheme: 'bearer', params: { realm: 'https://x/t', error: 'invalid_token' } }
    ]);
    expect(parseChallenges('Bearer realm=https://x/t , scope="a\\"b"')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://x/t', scope: 'a"b' } }
    ]);
    expect(parseChallenges('')).toEqual([]);
  });
  test('Retry-After: seconds or HTTP-date, capped', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now, 30_000)).toBe(2000);
    expect(parseRetryAfter('3600', now, 30_000)).toBe(30_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now, 30_000)).toBe(5000);
    expect(parseRetryAfter('soon', now, 30_000)).toBeUndefined();
    expect(parseRetryAfter(undefined, now, 30_000)).toBeUndefined();
  });
  test('image references: Docker Hub API host, default tag, digest references', () => {
    expect(parseImageRef('nginx')).toEqual({
      registry: 'index.docker.io',
      apiHost: 'registry-1.docker.io',
      repository: 'library/nginx',
      tag: 'latest',
      digest: undefined
    });
    expect(parseImageRef(`ghcr.io/a/b:1@${D1}`)).toMatchObject({ registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'a/b', digest: D1 });
    expect(parseImageRef('127.0.0.1:5000/a/b:2')).toMatchObject({ apiHost: '127.0.0.1:5000', repository: 'a/b', tag: '2' });
    expect(() => parseImageRef('Bad Ref')).toThrow();
  });
  test('Fulcio extension values: DER UTF8String (v2) or raw bytes (v1)', () => {
    expect(decodeExtensionValue(Buffer.from([0x0c, 0x03, 0x61, 0x62, 0x63]))).toBe('abc');
    const long = 'x'.repeat(200);
    expect(decodeExtensionValue(Buffer.concat([Buffer.from([0x0c, 0x81, 200]), Buffer.from(long)]))).toBe(long);
    expect(decodeExtensionValue(Buffer.from('https://token.actions.githubusercontent.com'))).toBe(
      'https://token.actions.githubusercontent.com'
    );
  });
  test('legacy cosign layers without a certificate or signature are unusable', () => {
    expect(legacyLayerToBundle({ 'dev.cosignproject.cosign/signature': 'AA==' }, Buffer.from('{}'))).toEqual({
      problem: 'key-signed cosign signature (no certificate): unsupported'
    });
    expect(legacyLayerToBundle(undefined, Buffer.from('{}'))).toHaveProperty('problem');
  });
});
