// End to end against a real OCI registry (Debian's docker-registry on loopback) with fake sigstore
// services and a trusted root the test writes. The verification code is the real one.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createFakeSigstore,
  GITHUB_ISSUER,
  githubIdentity,
  provenanceFor,
  publishSignedImage,
  type FakeSigstore
} from '../../helpers/fake-sigstore.js';
import {
  pushCosignSignature,
  pushImage,
  pushReferrerBundle,
  startRegistry,
  startShim,
  type RunningRegistry,
  type Shim
} from '../../helpers/oci-registry.js';
import { createCandidateVerifier, type CandidateVerifier } from '../../../src/io/sigstore/verify-candidate.js';

let reg: RunningRegistry;
let fake: FakeSigstore;
let dir: string;
let trustedRootFile: string;
/** A recording proxy in front of `reg`, for the tests that count requests. */
let counted: Shim;
const id = githubIdentity();
const prov = provenanceFor(id);

beforeAll(async () => {
  [reg, fake] = await Promise.all([startRegistry(), createFakeSigstore()]);
  dir = mkdtempSync(join(tmpdir(), 'verify-registry-'));
  trustedRootFile = fake.writeTrustedRoot(dir);
  counted = await startShim(reg.url);
});

afterAll(async () => {
  await counted?.close();
  await reg?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function verifier(logs: string[] = []): { v: CandidateVerifier } {
  return { v: createCandidateVerifier({ trustedRootFile, insecureHosts: [reg.host], log: (m) => logs.push(m) }) };
}

describe('signatures that verify and match', () => {
  test('legacy cosign .sig tag', async () => {
    const img = await publishSignedImage(fake, reg, 'acme/legacy', '1.0.0', { layout: 'cosign-sig' });
    const { v } = verifier();
    expect(await v.verify(img.ref, prov)).toEqual({
      status: 'verified',
      digest: img.digest,
      signer: {
        repository: id.repository,
        workflow: id.workflow,
        ref: id.ref,
        issuer: GITHUB_ISSUER,
        runner_environment: 'github-hosted'
      },
      trusted_root: trustedRootFile,
      signature_source: 'cosign-sig'
    });
    expect(v.trustedRootSource()).toBe(trustedRootFile);
  });

  test('sigstore bundle referrer (cosign v3 DSSE), found through the tag-schema fallback', async () => {
    const img = await publishSignedImage(fake, reg, 'acme/bundle', '2.0.0', { layout: 'referrer-dsse' });
    const r = await verifier().v.verify(img.ref, prov);
    expect(r).toMatchObject({ status: 'verified', digest: img.digest, signature_source: 'referrer' });
  });

  test('message-signature bundle referrer (signature over the manifest bytes)', async () => {
    const img = await publishSignedImage(fake, reg, 'acme/msg', '1.0.0', { layout: 'referrer-message' });
    expect(await verifier().v.verify(img.ref, prov)).toMatchObject({ status: 'verified', digest: img.digest });
  });

  test('referrer listed without artifactType (GHCR-like fallback index) is inspected', async () => {
    const img = await pushImage(reg.url, 'acme/noat', '1.0.0');
    await pushReferrerBundle(reg.url, 'acme/noat', img, await fake.signDsseBundle(img.digest, id), { artifactTypeInIndex: false });
    expect(await verifier().v.verify(`${reg.host}/acme/noat:1.0.0`, prov)).toMatchObject({ status: 'verified' });
  });

  test('multi-arch: the tag resolves to the index digest, which is what is signed and checked', async () => {
    const img = await publishSignedImage(fake, reg, 'acme/multi', '3.1.0', { layout: 'cosign-sig', multiArch: true });
    const r = await verifier().v.verify(img.ref, prov);
    expect(img.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(r).toMatchObject({ status: 'verified', digest: img.digest });
  });

  test('a signature on a platform manifest does not stand for the index', async () => {
    const { pushIndex } = await import('../../helpers/oci-registry.js');
    const idx = await pushIndex(reg.url, 'acme/platform-only', '1.0.0');
    const amd64 = idx.platforms[0];
    await pushCosignSignature(reg.url, 'acme/platform-only', amd64.digest, [
      await fake.signCosign(`${reg.host}/acme/platform-only`, amd64.digest, id)
    ]);
    const r = await verifier().v.verify(`${reg.host}/acme/platform-only:1.0.0`, prov);
    expect(r).toEqual({
      status: 'unverified',
      digest: idx.digest,
      reason: `not signed: no cosign signature or sigstore bundle found for ${idx.digest}`
    });
  });

  test('a digest reference is verified without resolving a tag', async () => {
    const img = await publishSignedImage(fake, reg, 'acme/pinned', '1.0.0', { layout: 'referrer-dsse' });
    const { v } = verifier();
    counted.requests.length = 0;
    const r = await v.verify(`${counted.host}/acme/pinned@${img.digest}`, prov);
    expect(r).toMatchObject({ status: 'verified', digest: img.digest });
    expect(counted.requests.length).toBeGreaterThan(0);
    expect(counted.requests.some((q) => q.method === 'HEAD' && q.path.includes('/manifests/1.0.0'))).toBe(false);
  });

  test('every source is gathered: a mismatching .sig does not hide a matching referrer', async () => {
    const img = await publishSignedImage(fake, reg, 'acme/both', '1.0.0', {
      layout: 'cosign-sig',
      identity: githubIdentity({ repository: 'https://github.com/evil/fork' })
    });
    await pushReferrerBundle(reg.url, 'acme/both', img, await fake.signDsseBundle(img.digest, id));
    expect(await verifier().v.verify(img.ref, prov)).toMatchObject({ status: 'verified', signature_source: 'referrer' });
  });

  test('one matching layer among several in the .sig manifest is enough', async () => {
    const img = await pushImage(reg.url, 'acme/layers', '1.0.0');
    const other = githubIdentity({ workflow: '/.github/workflows/other.yml' });
    await pushCosignSignature(reg.url, 'acme/layers', img.digest, [
      await fake.signCosign(`${reg.host}/acme/layers`, img.digest, other),
      await fake.signCosign(`${reg.host}/acme/layers`, img.digest, id)
    ]);
    expect(await verifier().v.verify(`${reg.host}/acme/layers:1.0.0`, prov)).toMatchObject({ status: 'verified' });
  });

  test('attestation expectation: met by a DSSE statement with that predicate', async () => {
    const img = await pushImage(reg.url, 'acme/attest', '1.0.0');
    const predicate = { scanner: 'mcp-scan', findings: 0 };
    await pushReferrerBundle(
      reg.url,
      'acme/attest',
      img,
      await fake.signDsseBundle(img.digest, id, { predicateType: 'https://github.com/stacklok/dockyard/mcp-security-scan/v1', predicate })
    );
    const r = await verifier().v.verify(`${reg.host}/acme/attest:1.0.0`, {
      ...prov,
      attestation: {
        predicate_type: 'https://github.com/stacklok/dockyard/mcp-security-scan/v1',
        predicate: { findings: 0.0, scanner: 'mcp-scan' }
      }
    });
    expect(r).toMatchObject({ status: 'verified' });
  });
});

describe('signatures that do not match the provenance', () => {
  const cases: [string, Parameters<typeof githubIdentity>[0], RegExp][] = [
    [
      'repository',
      { repository: 'https://github.com/evil/osv-mcp' },
      /repository_uri: want "https:\/\/github.com\/acme\/osv-mcp", got "https:\/\/github.com\/evil\/osv-mcp"/
    ],
    [
      'workflow (signer_identity)',
      { workflow: '/.github/workflows/nightly.yml' },
      /signer_identity: want "\/.github\/workflows\/release.yml", got "\/.github\/workflows\/nightly.yml"/
    ],
    [
      'issuer',
      { issuer: 'https://accounts.google.com' },
      /cert_issuer: want "https:\/\/token.actions.githubusercontent.com", got "https:\/\/accounts.google.com"/
    ],
    ['runner environment', { runnerEnvironment: 'self-hosted' }, /runner_environment: want "github-hosted", got "self-hosted"/]
  ];
  test.each(cases)('wrong %s', async (name, over, re) => {
    const repo = `acme/wrong-${name.split(' ')[0]}`;
    const img = await publishSignedImage(fake, reg, repo, '1.0.0', { identity: githubIdentity(over) });
    const r = await verifier().v.verify(img.ref, prov);
    expect(r.status).toBe('unverified');
    expect(r.digest).toBe(img.digest);
    expect(r.reason).toMatch(/^not verified: signature does not match the registry provenance: cosign \.sig layer 1: /);
    expect(r.reason).toMatch(re);
  });

  test('repository_ref is compared when the entry sets it', async () => {
    const img = await publishSignedImage(fake, reg, 'acme/ref', '1.0.0', { layout: 'referrer-dsse' });
    const r = await verifier().v.verify(img.ref, { ...prov, repository_ref: 'refs/tags/v9.9.9' });
    expect(r.reason).toMatch(/repository_ref: want "refs\/tags\/v9.9.9", got "refs\/tags\/v1.2.3"/);
  });

  test('attestation expectation cannot be met by a plain .sig signature', async () => {
    const img = await publishSignedImage(fake, reg, 'acme/attest-legacy', '1.0.0');
    const r = await verifier().v.verify(img.ref, { ...prov, attestation: { predicate_type: 'https://slsa.dev/provenance/v1' } });
    expect(r).toMatchObject({ status: 'unverified' });
    expect(r.reason).toMatch(/expects an attestation/);
  });
});

describe('signatures that must not count', () => {
  test('a .sig copied from another image fails (payload names the other digest)', async () => {
    const signed = await publishSignedImage(fake, reg, 'acme/copy', '1.0.0');
    const target = await pushImage(reg.url, 'acme/copy', '1.0.1');
    // Copy the signed image's layer verbatim onto the target's .sig tag, as an attacker could.
    const layer = await fake.signCosign(`${reg.host}/acme/copy`, signed.digest, id);
    await pushCosignSignature(reg.url, 'acme/copy', target.digest, [layer]);
    const r = await verifier().v.verify(`${reg.host}/acme/copy:1.0.1`, prov);
    expect(r).toEqual({
      status: 'unverified',
      digest: target.digest,
      reason: `not verified: signature does not name this image: cosign .sig layer 1: signature is for another image (payload names ${signed.digest}, candidate is ${target.digest})`,
      trusted_root: trustedRootFile
    });
  });

  test('a bundle whose statement names another image fails', async () => {
    const other = await pushImage(reg.url, 'acme/copy-bundle', '1.0.0');
    const target = await pushImage(reg.url, 'acme/copy-bundle', '1.0.1');
    await pushReferrerBundle(reg.url, 'acme/copy-bundle', target, await fake.signDsseBundle(other.digest, id));
    const r = await verifier().v.verify(`${reg.host}/acme/copy-bundle:1.0.1`, prov);
    expect(r.status).toBe('unverified');
    expect(r.reason).toMatch(/signature does not name this image: referrer sha256:.*attestation is for another image/);
  });

  test('no signature at all', async () => {
    const img = await pushImage(reg.url, 'acme/unsigned', '1.0.0');
    const r = await verifier().v.verify(`${reg.host}/acme/unsigned:1.0.0`, prov);
    expect(r).toEqual({
      status: 'unverified',
      digest: img.digest,
      reason: `not signed: no cosign signature or sigstore bundle found for ${img.digest}`
    });
  });

  test('signed by a CA the trusted root does not know', async () => {
    const stranger = await createFakeSigstore();
    const img = await publishSignedImage(stranger, reg, 'acme/stranger', '1.0.0', { layout: 'referrer-dsse' });
    const r = await verifier().v.verify(img.ref, prov);
    expect(r.status).toBe('unverified');
    expect(r.reason).toMatch(/^not verified: signature invalid: referrer sha256:[0-9a-f]{12}…: CERTIFICATE_ERROR: /);
  });

  test('the candidate tag does not exist', async () => {
    const r = await verifier().v.verify(`${reg.host}/acme/unsigned:9.9.9`, prov);
    expect(r).toEqual({ status: 'unverified', reason: `not verified: acme/unsigned:9.9.9 not found on ${reg.host}` });
  });
});

describe('no network when there is nothing to check', () => {
  test('no provenance in the entry', async () => {
    const { v } = verifier();
    counted.requests.length = 0;
    expect(await v.verify(`${counted.host}/acme/legacy:1.0.0`, undefined)).toEqual({
      status: 'unverified',
      reason: 'not verified: the registry publishes no provenance'
    });
    expect(counted.requests).toHaveLength(0);
  });

  test('unsupported sigstore_url (no trusted-root file given)', async () => {
    const v = createCandidateVerifier({ insecureHosts: [reg.host] });
    counted.requests.length = 0;
    const r = await v.verify(`${counted.host}/acme/legacy:1.0.0`, { ...prov, sigstore_url: 'tuf-repo.github.com' });
    expect(r).toEqual({
      status: 'unverified',
      reason:
        'not verified: sigstore_url "tuf-repo.github.com" is not supported (only tuf-repo-cdn.sigstore.dev; a trusted-root file can replace it)'
    });
    expect(counted.requests).toHaveLength(0);
    expect(v.trustedRootSource()).toBeUndefined();
  });

  test('a trusted-root file replaces the instance named by sigstore_url', async () => {
    const img = await publishSignedImage(fake, reg, 'acme/private-instance', '1.0.0');
    const r = await verifier().v.verify(img.ref, { ...prov, sigstore_url: 'tuf-repo.github.com' });
    expect(r).toMatchObject({ status: 'verified' });
  });
});
