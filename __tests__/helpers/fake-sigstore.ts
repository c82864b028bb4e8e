// Fake sigstore services for offline tests: a Fulcio-like CA (with CT log SCTs) and a Rekor-like
// transparency log from @sigstore/mock, plus the trusted_root.json that trusts them. Signatures are
// made the way cosign makes them (legacy `.sig` simplesigning layers, and v0.3 bundles for referrers),
// so the verification code under test runs unmodified. No network, no nock.

import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initializeCA, initializeCTLog, initializeTLog } from '@sigstore/mock';
import { pushCosignSignature, pushImage, pushIndex, pushReferrerBundle } from './oci-registry.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const OID = (n: number): string => `1.3.6.1.4.1.57264.1.${n}`;

export interface FakeIdentity {
  /** Source repository URI, e.g. https://github.com/acme/osv-mcp */
  repository: string;
  /** Workflow path as ToolHive derives it, e.g. /.github/workflows/release.yml */
  workflow: string;
  ref: string;
  issuer: string;
  runnerEnvironment: string;
  /** SAN override (default `${repository}${workflow}@${ref}`, as Fulcio issues for GitHub Actions). */
  san?: string;
}

export function githubIdentity(over: Partial<FakeIdentity> = {}): FakeIdentity {
  return {
    repository: 'https://github.com/acme/osv-mcp',
    workflow: '/.github/workflows/release.yml',
    ref: 'refs/tags/v1.2.3',
    issuer: GITHUB_ISSUER,
    runnerEnvironment: 'github-hosted',
    ...over
  };
}

/** The provenance block a registry entry would carry for `id`. */
export function provenanceFor(id: FakeIdentity): {
  sigstore_url: string;
  repository_uri: string;
  signer_identity: string;
  runner_environment: string;
  cert_issuer: string;
} {
  return {
    sigstore_url: 'tuf-repo-cdn.sigstore.dev',
    repository_uri: id.repository,
    signer_identity: id.workflow,
    runner_environment: id.runnerEnvironment,
    cert_issuer: id.issuer
  };
}

export interface CosignLayer {
  payload: Buffer;
  annotations: Record<string, string>;
}

export interface FakeSigstore {
  trustedRoot: Record<string, unknown>;
  /** Write trusted_root.json into `dir`; returns its path. */
  writeTrustedRoot(dir: string): string;
  /** A legacy cosign `.sig` layer for `image@digest` (payload + the three annotations). */
  signCosign(dockerReference: string, digest: string, id: FakeIdentity): Promise<CosignLayer>;
  /** A v0.3 bundle with a DSSE in-toto statement whose subject is `subjectDigest` (cosign v3 `sign`). */
  signDsseBundle(
    subjectDigest: string,
    id: FakeIdentity,
    opts?: { predicateType?: string; predicate?: unknown }
  ): Promise<Record<string, unknown>>;
  /** A v0.3 bundle with a message signature over `artifact` (e.g. the image manifest bytes). */
  signMessageBundle(artifact: Buffer, id: FakeIdentity): Promise<Record<string, unknown>>;
}

const b64 = (b: Buffer | Uint8Array): string => Buffer.from(b).toString('base64');
const sha256 = (b: Buffer): Buffer => createHash('sha256').update(b).digest();

function toPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

function pae(type: string, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `), payload]);
}

/** `ctlog: false` models a private instance without certificate transparency (no SCTs, no ctlogs in the root). */
export async function createFakeSigstore(o: { ctlog?: boolean } = {}): Promise<FakeSigstore> {
  const ec = (): { publicKey: KeyObject; privateKey: KeyObject } => generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const start = new Date(Date.now() - 60_000).toISOString();
  const ctlog = await initializeCTLog(ec());
  const ca = await initializeCA(ec(), o.ctlog === false ? undefined : ctlog);
  const tlog = await initializeTLog('https://rekor.sigstore.dev', ec());

  const ctlogs =
    o.ctlog === false
      ? []
      : [
          {
            baseUrl: 'https://ctfe.sigstore.dev/test',
            hashAlgorithm: 'SHA2_256',
            publicKey: { rawBytes: b64(ctlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
            logId: { keyId: b64(Buffer.from(ctlog.logID as Uint8Array)) }
          }
        ];
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: 'https://rekor.sigstore.dev',
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(tlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
        logId: { keyId: b64(sha256(tlog.publicKey)) }
      }
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: 'https://fulcio.sigstore.dev',
        certChain: { certificates: [{ rawBytes: b64(Buffer.from(ca.rootCertificate as Uint8Array)) }] },
        validFor: { start }
      }
    ],
    ctlogs,
    timestampAuthorities: []
  };

  /** An ephemeral key and a Fulcio-style certificate carrying the GitHub Actions extensions. */
  const issue = async (id: FakeIdentity): Promise<{ key: KeyObject; certDer: Buffer; certPem: string }> => {
    const kp = ec();
    const san = id.san ?? `${id.repository}${id.workflow}@${id.ref}`;
    const der = await ca.issueCertificate({
      publicKey: kp.publicKey.export({ format: 'der', type: 'spki' }) as Buffer<ArrayBuffer>,
      subjectAltName: san,
      extensions: [
        { oid: OID(1), value: id.issuer, legacy: true },
        { oid: OID(8), value: id.issuer },
        { oid: OID(9), value: san },
        { oid: OID(11), value: id.runnerEnvironment },
        { oid: OID(12), value: id.repository },
        { oid: OID(13), value: 'a'.repeat(40) },
        { oid: OID(14), value: id.ref }
      ]
    });
    const certDer = Buffer.from(der as Uint8Array);
    return { key: kp.privateKey, certDer, certPem: toPem(certDer) };
  };

  type RekorEntry = {
    body: string;
    integratedTime: number;
    logID: string;
    logIndex: number;
    verification: {
      signedEntryTimestamp: string;
      inclusionProof: { logIndex: number; rootHash: string; treeSize: number; hashes: string[]; checkpoint: string };
    };
  };
  const logEntry = async (body: object): Promise<RekorEntry> => {
    const res = (await tlog.log(body)) as unknown as Record<string, RekorEntry>;
    return Object.values(res)[0];
  };

  const tlogEntryJSON = (e: RekorEntry, kind: string): Record<string, unknown> => ({
    logIndex: String(e.logIndex),
    logId: { keyId: b64(Buffer.from(e.logID, 'hex')) },
    kindVersion: { kind, version: '0.0.1' },
    integratedTime: String(e.integratedTime),
    inclusionPromise: { signedEntryTimestamp: e.verification.signedEntryTimestamp },
    inclusionProof: {
      logIndex: String(e.verification.inclusionProof.logIndex),
      rootHash: b64(Buffer.from(e.verification.inclusionProof.rootHash, 'hex')),
      treeSize: String(e.verification.inclusionProof.treeSize),
      hashes: [],
      checkpoint: { envelope: e.verification.inclusionProof.checkpoint }
    },
    canonicalizedBody: e.body
  });

  const hashedRekord = (artifactHash: Buffer, sig: Buffer, certPem: string): object => ({
    apiVersion: '0.0.1',
    kind: 'hashedrekord',
    spec: {
      data: { hash: { algorithm: 'sha256', value: artifactHash.toString('hex') } },
      signature: { content: b64(sig), publicKey: { content: b64(Buffer.from(certPem)) } }
    }
  });

  return {
    trustedRoot,
    writeTrustedRoot(dir) {
      const p = join(dir, 'trusted_root.json');
      writeFileSync(p, JSON.stringify(trustedRoot, null, 2));
      return p;
    },

    async signCosign(dockerReference, digest, id) {
      const payload = Buffer.from(
        JSON.stringify({
          critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': digest },
            type: 'cosign container image signature'
          },
          optional: null
        })
      );
      const { key, certPem } = await issue(id);
      const sig = sign('sha256', payload, key);
      const e = await logEntry(hashedRekord(sha256(payload), sig, certPem));
      return {
        payload,
        annotations: {
          'dev.cosignproject.cosign/signature': b64(sig),
          'dev.sigstore.cosign/certificate': certPem,
          'dev.sigstore.cosign/chain': '',
          'dev.sigstore.cosign/bundle': JSON.stringify({
            SignedEntryTimestamp: e.verification.signedEntryTimestamp,
            Payload: { body: e.body, integratedTime: e.integratedTime, logIndex: e.logIndex, logID: e.logID }
          })
        }
      };
    },

    async signDsseBundle(subjectDigest, id, opts = {}) {
      const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'image', digest: { sha256: subjectDigest.replace(/^sha256:/, '') } }],
        predicateType: opts.predicateType ?? 'https://sigstore.dev/cosign/sign/v1',
        predicate: opts.predicate ?? {}
      };
      const payload = Buffer.from(JSON.stringify(statement));
      const payloadType = 'application/vnd.in-toto+json';
      const { key, certPem, certDer } = await issue(id);
      const sig = sign('sha256', pae(payloadType, payload), key);
      const envelope = { payload: b64(payload), payloadType, signatures: [{ sig: b64(sig), keyid: '' }] };
      const e = await logEntry({
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
          envelopeHash: { algorithm: 'sha256', value: sha256(Buffer.from(JSON.stringify(envelope))).toString('hex') },
          payloadHash: { algorithm: 'sha256', value: sha256(payload).toString('hex') },
          signatures: [{ signature: b64(sig), verifier: b64(Buffer.from(certPem)) }]
        }
      });
      return {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: {
          certificate: { rawBytes: b64(certDer) },
          tlogEntries: [tlogEntryJSON(e, 'dsse')],
          timestampVerificationData: {}
        },
        dsseEnvelope: envelope
      };
    },

    async signMessageBundle(artifact, id) {
      const { key, certPem, certDer } = await issue(id);
      const sig = sign('sha256', artifact, key);
      const e = await logEntry(hashedRekord(sha256(artifact), sig, certPem));
      return {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: {
          certificate: { rawBytes: b64(certDer) },
          tlogEntries: [tlogEntryJSON(e, 'hashedrekord')],
          timestampVerificationData: {}
        },
        messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: b64(sha256(artifact)) }, signature: b64(sig) }
      };
    }
  };
}

// ---- publishing signed images to a test registry (also what a benchmark needs) ----

export type SignatureLayout = 'cosign-sig' | 'referrer-dsse' | 'referrer-message' | 'none';

export interface PublishedImage {
  /** `host/repo:tag`, ready for verify(). */
  ref: string;
  digest: string;
  mediaType: string;
  size: number;
  bytes: Buffer;
}

/**
 * Push an image (or a multi-arch index) to `registry` and sign its digest with `layout`, the way
 * cosign stores signatures. `registry.url` is the registry's own URL (pushes bypass any shim);
 * `refHost` is the host the returned reference names (a shim's host, or the registry's).
 */
export async function publishSignedImage(
  fake: FakeSigstore,
  registry: { url: string; host: string },
  repo: string,
  tag: string,
  o: { layout?: SignatureLayout; identity?: FakeIdentity; multiArch?: boolean; refHost?: string } = {}
): Promise<PublishedImage> {
  const id = o.identity ?? githubIdentity();
  const img = o.multiArch ? await pushIndex(registry.url, repo, tag) : await pushImage(registry.url, repo, tag);
  const layout = o.layout ?? 'cosign-sig';
  if (layout === 'cosign-sig') {
    const layer = await fake.signCosign(`${registry.host}/${repo}`, img.digest, id);
    await pushCosignSignature(registry.url, repo, img.digest, [layer]);
  } else if (layout === 'referrer-dsse') {
    await pushReferrerBundle(registry.url, repo, img, await fake.signDsseBundle(img.digest, id));
  } else if (layout === 'referrer-message') {
    await pushReferrerBundle(registry.url, repo, img, await fake.signMessageBundle(img.bytes, id));
  }
  return {
    ref: `${o.refHost ?? registry.host}/${repo}:${tag}`,
    digest: img.digest,
    mediaType: img.mediaType,
    size: img.size,
    bytes: img.bytes
  };
}
