// Where the sigstore trusted root comes from: a user file (skips TUF), TUF, or the snapshot shipped
// in @sigstore/tuf when TUF is unreachable. No test reaches the internet: the TUF mirror is a
// closed loopback port.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { ConfigurationError } from '../../../src/core/errors.js';
import { defaultCacheDir, embeddedTrustedRoot, loadPublicGoodTrust } from '../../../src/io/sigstore/trusted-root.js';
import { createCandidateVerifier } from '../../../src/io/sigstore/verify-candidate.js';
import { createFakeSigstore, githubIdentity, provenanceFor, publishSignedImage, type FakeSigstore } from '../../helpers/fake-sigstore.js';
import { closedPort, startRegistry, type RunningRegistry } from '../../helpers/oci-registry.js';

let dir: string;
let reg: RunningRegistry;
let fake: FakeSigstore;
let rootJson: string;
beforeAll(async () => {
  [reg, fake] = await Promise.all([startRegistry(), createFakeSigstore()]);
  dir = mkdtempSync(join(tmpdir(), 'trusted-root-'));
  // The bootstrap root.json tuf-js needs for a non-default mirror (same as the public-good one).
  rootJson = join(dir, 'root.json');
  const s = seeds as Record<string, { 'root.json': string }>;
  writeFileSync(rootJson, Buffer.from(s['https://tuf-repo-cdn.sigstore.dev']['root.json'], 'base64'));
});
afterAll(async () => {
  await reg?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('user-supplied trusted_root.json', () => {
  test('unreadable or malformed file is a configuration error at creation', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{not json');
    expect(() => createCandidateVerifier({ trustedRootFile: join(dir, 'missing.json') })).toThrow(ConfigurationError);
    const e = (() => {
      try {
        createCandidateVerifier({ trustedRootFile: bad });
      } catch (x) {
        return x as ConfigurationError;
      }
    })();
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e?.code).toBe('trusted-root');
    expect(e?.describe()).toMatch(/bad\.json: cannot use trusted root/);
  });

  test('a relative file is read from cwd, and messages name it as given', () => {
    writeFileSync(join(dir, 'relative-bad.json'), '{not json');
    const error = (() => {
      try {
        createCandidateVerifier({ trustedRootFile: 'relative-bad.json', cwd: dir });
      } catch (x) {
        return x as ConfigurationError;
      }
    })();
    expect(error?.describe()).toMatch(/^relative-bad\.json: cannot use trusted root: .*JSON/);
    const noCa = join(dir, 'relative-empty.json');
    writeFileSync(noCa, JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' }));
    // Found and read (its content is what is refused), not "cannot use": the path resolved against cwd.
    expect(() => createCandidateVerifier({ trustedRootFile: 'relative-empty.json', cwd: dir })).toThrow(/no certificate authority/);
  });

  test('a root without any certificate authority is refused', () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' }));
    expect(() => createCandidateVerifier({ trustedRootFile: empty })).toThrow(/no certificate authority/);
  });

  test('a private instance without CT logs: the SCT threshold follows the root', async () => {
    const noCtFake = await createFakeSigstore({ ctlog: false });
    const noCt = noCtFake.writeTrustedRoot(mkdtempSync(join(dir, 'no-ct-')));
    const img = await publishSignedImage(noCtFake, reg, 'root/no-ct', '1.0.0');
    const v = createCandidateVerifier({ trustedRootFile: noCt, insecureHosts: [reg.host] });
    expect(v.trustedRootSource()).toBe(noCt);
    expect(await v.verify(img.ref, provenanceFor(githubIdentity()))).toMatchObject({ status: 'verified', trusted_root: noCt });
    // The same certificate (no SCT) fails where the root does list a CT log.
    const withCt = join(dir, 'with-ct.json');
    writeFileSync(withCt, JSON.stringify({ ...noCtFake.trustedRoot, ctlogs: fake.trustedRoot.ctlogs }));
    const strict = createCandidateVerifier({ trustedRootFile: withCt, insecureHosts: [reg.host] });
    expect((await strict.verify(img.ref, provenanceFor(githubIdentity()))).reason).toMatch(/expected 1 SCTs, got 0/);
  });
});

describe('public-good root', () => {
  test('TUF unreachable: the snapshot shipped in @sigstore/tuf is used, once per run, and said so', async () => {
    const logs: string[] = [];
    const mirror = `http://127.0.0.1:${await closedPort()}`;
    const cacheDir = join(dir, 'tuf-cache');
    const v = createCandidateVerifier({
      cacheDir,
      insecureHosts: [reg.host],
      log: (m) => logs.push(m),
      tuf: { mirrorURL: mirror, rootPath: rootJson, retries: 0 }
    });
    expect(v.trustedRootSource()).toBeUndefined();
    const a = await publishSignedImage(fake, reg, 'root/embedded-a', '1.0.0');
    const b = await publishSignedImage(fake, reg, 'root/embedded-b', '1.0.0', { layout: 'referrer-dsse' });
    const [ra, rb] = await Promise.all([
      v.verify(a.ref, provenanceFor(githubIdentity())),
      v.verify(b.ref, provenanceFor(githubIdentity()))
    ]);
    // Our fake CA is not in the public-good root, so the signatures are invalid under it.
    expect(ra).toMatchObject({ status: 'unverified', trusted_root: 'embedded' });
    expect(ra.reason).toMatch(/signature invalid: cosign \.sig layer 1: CERTIFICATE_ERROR/);
    expect(rb).toMatchObject({ status: 'unverified', trusted_root: 'embedded' });
    expect(v.trustedRootSource()).toBe('embedded');
    expect(logs.filter((m) => m.startsWith('sigstore: TUF refresh failed'))).toHaveLength(1);
  });

  test('the trust root is not fetched when there is nothing to verify', async () => {
    const logs: string[] = [];
    const v = createCandidateVerifier({
      cacheDir: join(dir, 'tuf-cache-2'),
      insecureHosts: [reg.host],
      log: (m) => logs.push(m),
      tuf: { mirrorURL: `http://127.0.0.1:${await closedPort()}`, rootPath: rootJson, retries: 0 }
    });
    const r = await v.verify(`${reg.host}/root/none:1.0.0`, provenanceFor(githubIdentity()));
    expect(r.status).toBe('unverified');
    expect(v.trustedRootSource()).toBeUndefined();
    expect(logs.some((m) => m.includes('TUF'))).toBe(false);
  });

  test('loadPublicGoodTrust on its own, and the embedded snapshot parses', async () => {
    const t = await loadPublicGoodTrust({
      cacheDir: join(dir, 'tuf-cache-3'),
      mirrorURL: `http://127.0.0.1:${await closedPort()}`,
      rootPath: rootJson,
      tufRetries: 0
    });
    expect(t.source).toBe('embedded');
    const root = embeddedTrustedRoot();
    expect(root.certificateAuthorities.length).toBeGreaterThan(0);
    expect(root.tlogs.some((l) => l.baseUrl.includes('rekor.sigstore.dev'))).toBe(true);
  });

  test('the TUF cache lives under RUNNER_TEMP', () => {
    const prev = process.env.RUNNER_TEMP;
    process.env.RUNNER_TEMP = '/runner/_temp';
    try {
      expect(defaultCacheDir()).toBe('/runner/_temp/sigstore-tuf');
    } finally {
      if (prev === undefined) delete process.env.RUNNER_TEMP;
      else process.env.RUNNER_TEMP = prev;
    }
  });
});
