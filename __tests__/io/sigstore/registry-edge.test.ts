// Registry behaviour over real sockets: a node:http shim in front of docker-registry demands
// bearer tokens, checks credentials, throttles with 429, redirects blobs to a second origin that
// refuses Authorization (like pre-signed storage URLs), implements the referrers API, and records
// every request so the tests can tell what was sent where.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeSigstore, githubIdentity, provenanceFor, publishSignedImage, type FakeSigstore } from '../../helpers/fake-sigstore.js';
import { closedPort, pushManifest, startRegistry, startShim, type RunningRegistry, type Shim } from '../../helpers/oci-registry.js';
import { OciClient, type OciClientOptions } from '../../../src/io/oci/client.js';
import { createCandidateVerifier, type RegistryCredential } from '../../../src/io/sigstore/verify-candidate.js';

let reg: RunningRegistry;
let fake: FakeSigstore;
let dir: string;
let trustedRootFile: string;
const shims: Shim[] = [];
const prov = provenanceFor(githubIdentity());

beforeAll(async () => {
  [reg, fake] = await Promise.all([startRegistry(), createFakeSigstore()]);
  dir = mkdtempSync(join(tmpdir(), 'registry-edge-'));
  trustedRootFile = fake.writeTrustedRoot(dir);
});

afterAll(async () => {
  await Promise.all(shims.map((s) => s.close()));
  await reg?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function shim(o: Parameters<typeof startShim>[1] = {}): Promise<Shim> {
  const s = await startShim(reg.url, o);
  shims.push(s);
  return s;
}

function make(
  hosts: string[],
  o: { credentials?: RegistryCredential[]; client?: Partial<OciClientOptions> } = {}
): { verify: ReturnType<typeof createCandidateVerifier>['verify']; logs: string[]; sleeps: number[] } {
  const logs: string[] = [];
  const sleeps: number[] = [];
  const log = (m: string) => logs.push(m);
  const client = new OciClient({
    insecureHosts: hosts,
    credentials: o.credentials,
    log,
    timeoutMs: 5000,
    // Record the waits the client asks for, but do not actually wait: tests stay fast.
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...o.client
  });
  const v = createCandidateVerifier({ trustedRootFile, log, client });
  return { verify: (i, p) => v.verify(i, p), logs, sleeps };
}

const key = (r: { method: string; path: string }): string => `${r.method} ${r.path.split('?')[0]}`;

describe('authentication', () => {
  test('bearer token challenge: anonymous token, one token request per repository, blobs redirected cross-origin without Authorization', async () => {
    const s = await shim({ requireToken: true, redirectBlobs: true });
    const img = await publishSignedImage(fake, reg, 'auth/anon', '1.0.0', { refHost: s.host });
    const { verify } = make([s.host, s.storageHost as string]);
    expect(await verify(img.ref, prov)).toMatchObject({ status: 'verified', digest: img.digest });
    expect(s.tokenRequests).toHaveLength(1);
    expect(s.tokenRequests[0].path).toMatch(/scope=repository%3Aauth%2Fanon%3Apull/);
    expect(s.tokenRequests[0].authorization).toBeUndefined();
    expect(s.storageRequests.length).toBeGreaterThan(0);
    expect(s.storageRequests.every((r) => r.authorization === undefined)).toBe(true);
  });

  test('concurrent verifications in one repository share one token dance', async () => {
    const s = await shim({ requireToken: true });
    const imgs = await Promise.all(
      ['1.0.0', '1.1.0', '1.2.0'].map((t, i) =>
        publishSignedImage(fake, reg, 'auth/concurrent', t, { refHost: s.host, layout: i % 2 ? 'referrer-dsse' : 'cosign-sig' })
      )
    );
    const { verify } = make([s.host]);
    const rs = await Promise.all(imgs.map((i) => verify(i.ref, prov)));
    expect(rs.map((r) => r.status)).toEqual(['verified', 'verified', 'verified']);
    expect(s.tokenRequests).toHaveLength(1);
  });

  test("credentials go only to their registry's token service, never to another registry, storage, logs or reasons", async () => {
    const password = 's3cret-Pa55word';
    const priv = await shim({ requireToken: true, redirectBlobs: true, users: [{ username: 'ci', password }] });
    const pub = await shim({ redirectBlobs: true });
    const a = await publishSignedImage(fake, reg, 'auth/private', '1.0.0', { refHost: priv.host });
    const b = await publishSignedImage(fake, reg, 'auth/public', '1.0.0', { refHost: pub.host, layout: 'referrer-dsse' });
    const hosts = [priv.host, pub.host, priv.storageHost as string, pub.storageHost as string];
    const { verify, logs } = make(hosts, { credentials: [{ host: priv.host, username: 'ci', password }] });
    expect(await verify(a.ref, prov)).toMatchObject({ status: 'verified' });
    expect(await verify(b.ref, prov)).toMatchObject({ status: 'verified' });

    const basic = `Basic ${Buffer.from(`ci:${password}`).toString('base64')}`;
    expect(priv.tokenRequests.length).toBeGreaterThan(0);
    expect(priv.tokenRequests.every((r) => r.authorization === basic)).toBe(true);
    expect(priv.requests.every((r) => !r.authorization || r.authorization.startsWith('Bearer '))).toBe(true);
    for (const r of [...priv.storageRequests, ...pub.requests, ...pub.storageRequests, ...pub.tokenRequests]) {
      expect(r.authorization).toBeUndefined();
    }
    const text = logs.join('\n');
    expect(text).not.toContain(password);
    expect(text).not.toContain(Buffer.from(`ci:${password}`).toString('base64'));
    expect(text).not.toMatch(/X-Amz-Signature/);

    // Refused credentials: unverified, and the reason names neither the password nor the header.
    const wrong = make(hosts, { credentials: [{ host: priv.host, username: 'ci', password: 'not-the-password' }] });
    const r = await wrong.verify(a.ref, prov);
    expect(r).toEqual({
      status: 'unverified',
      reason: `not verified: token service for ${priv.host} refused the configured credentials to auth/private (HTTP 401)`
    });
    expect(JSON.stringify(r) + wrong.logs.join('\n')).not.toContain('not-the-password');
  });

  test('no credentials for a registry that requires them', async () => {
    const priv = await shim({ requireToken: true, users: [{ username: 'ci', password: 'x' }] });
    const img = await publishSignedImage(fake, reg, 'auth/closed', '1.0.0', { refHost: priv.host });
    const r = await make([priv.host]).verify(img.ref, prov);
    expect(r).toEqual({
      status: 'unverified',
      reason: `not verified: token service for ${priv.host} refused anonymous access to auth/closed (HTTP 401)`
    });
  });

  test('a token alone is used as the password on the token service (GHCR style)', async () => {
    const priv = await shim({ requireToken: true, users: [{ username: 'token', password: 'ghp_example' }] });
    const img = await publishSignedImage(fake, reg, 'auth/token', '1.0.0', { refHost: priv.host });
    const r = await make([priv.host], { credentials: [{ host: priv.host, token: 'ghp_example' }] }).verify(img.ref, prov);
    expect(r).toMatchObject({ status: 'verified' });
  });
});

describe('throttling and failures', () => {
  test("429 with Retry-After, then success: the wait asked for is the registry's", async () => {
    const s = await shim({ throttle: { match: (m, p) => m === 'HEAD' && p.includes('/manifests/'), times: 1, retryAfter: '2' } });
    const img = await publishSignedImage(fake, reg, 'throttle/once', '1.0.0', { refHost: s.host });
    const t0 = Date.now();
    const { verify, sleeps, logs } = make([s.host]);
    expect(await verify(img.ref, prov)).toMatchObject({ status: 'verified' });
    expect(sleeps).toEqual([2000]);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(logs.join('\n')).toMatch(/HTTP 429 from http:\/\/127\.0\.0\.1:\d+\/v2\/\S+; retry 1\/3 in 2000 ms/);
  });

  test('429 without Retry-After backs off exponentially, then gives up with a reason', async () => {
    const s = await shim({ throttle: { match: (m) => m === 'HEAD', times: 100, retryAfter: '' } });
    const img = await publishSignedImage(fake, reg, 'throttle/always', '1.0.0', { refHost: s.host });
    const { verify, sleeps } = make([s.host], { client: { retry: { retries: 2, baseMs: 5, jitter: false } } });
    const r = await verify(img.ref, prov);
    expect(r).toEqual({ status: 'unverified', reason: `not verified: ${s.host} answered HTTP 429 for throttle/always:1.0.0` });
    expect(sleeps).toEqual([5, 10]);
  });

  test('unreachable registry (closed port): unverified at once', async () => {
    const host = `127.0.0.1:${await closedPort()}`;
    const t0 = Date.now();
    const r = await make([host]).verify(`${host}/gone/image:1.0.0`, prov);
    expect(r.status).toBe('unverified');
    expect(r.reason).toMatch(new RegExp(`^not verified: cannot reach ${host.replace(/\./g, '\\.')}: .*ECONNREFUSED`));
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  test('a registry on a local address is reached over plain HTTP with no insecure-registries entry (HTTPS tried first)', async () => {
    const s = await shim();
    const img = await publishSignedImage(fake, reg, 'tls/local', '1.0.0', { refHost: s.host });
    const { verify } = make([]);
    expect(await verify(img.ref, prov)).toMatchObject({ status: 'verified', digest: img.digest });
    // The HTTPS attempt never reaches the HTTP handler; every recorded request is a plain-HTTP one.
    expect(s.requests.length).toBeGreaterThan(0);
  });

  test('plain HTTP to a host that is neither local nor listed is refused (no downgrade by redirect)', async () => {
    const s = await shim({ redirectBlobs: true, storageOrigin: 'http://storage.example.com' });
    const img = await publishSignedImage(fake, reg, 'tls/public', '1.0.0', { refHost: s.host });
    const r = await make([]).verify(img.ref, prov);
    expect(r.status).toBe('unverified');
    expect(r.reason).toMatch(/refusing plain http to storage\.example\.com/);
  });
});

describe('referrers API', () => {
  test('used when the registry implements it; the tag schema is then not read', async () => {
    const s = await shim({ referrersApi: true });
    const img = await publishSignedImage(fake, reg, 'api/referrers', '1.0.0', { refHost: s.host, layout: 'referrer-dsse' });
    expect(await make([s.host]).verify(img.ref, prov)).toMatchObject({ status: 'verified', signature_source: 'referrer' });
    const hex = img.digest.slice(7);
    expect(s.requests.map(key)).toContain(`GET /v2/api/referrers/referrers/${img.digest}`);
    expect(s.requests.map(key)).not.toContain(`GET /v2/api/referrers/manifests/sha256-${hex}`);
  });
});

describe('per-run memo', () => {
  test('no request is repeated for the same digest within a run', async () => {
    const s = await shim();
    const a = await publishSignedImage(fake, reg, 'memo/a', '1.0.0', { refHost: s.host });
    const b = await publishSignedImage(fake, reg, 'memo/b', '1.0.0', { refHost: s.host, layout: 'referrer-dsse' });
    // A second tag on the same digest: only its HEAD is new.
    const manifest = await (await fetch(`${reg.url}/v2/memo/a/manifests/${a.digest}`, { headers: { accept: a.mediaType } })).json();
    await pushManifest(reg.url, 'memo/a', 'latest', manifest as Record<string, unknown>);
    const { verify } = make([s.host]);

    // Concurrent calls for the same candidate share one verification.
    const [r1, r2] = await Promise.all([verify(a.ref, prov), verify(a.ref, prov)]);
    expect(r1).toMatchObject({ status: 'verified' });
    expect(r2).toEqual(r1);
    const afterA = s.requests.length;

    expect(await verify(a.ref, prov)).toEqual(r1);
    expect(await verify(a.ref, { ...prov, repository_uri: 'https://github.com/evil/x' })).toMatchObject({ status: 'unverified' });
    expect(s.requests.length).toBe(afterA);

    expect(await verify(`${s.host}/memo/a:latest`, prov)).toMatchObject({ status: 'verified', digest: a.digest });
    expect(s.requests.slice(afterA).map(key)).toEqual(['HEAD /v2/memo/a/manifests/latest']);

    expect(await verify(b.ref, prov)).toMatchObject({ status: 'verified' });
    expect(await verify(b.ref, prov)).toMatchObject({ status: 'verified' });
    const seen = s.requests.map(key);
    expect(seen.length).toBe(new Set(seen).size);
    // distribution 2.8 has no referrers API: probed once for the host, then the tag schema only.
    expect(seen.filter((k) => k.includes('/referrers/'))).toHaveLength(1);
  });
});
