// Added wall time per verified image against the local registry: 20 distinct signed images (half
// legacy `.sig`, half referrer bundles), cold and warm trusted root, with and without a token
// dance, sequential and 4 at a time. Asserts loose bounds only (CI machines vary); set
// BENCH_VERIFY=1 to print the figures.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import {
  createFakeSigstore,
  githubIdentity,
  provenanceFor,
  publishSignedImage,
  type PublishedImage
} from '../__tests__/helpers/fake-sigstore.js';
import { closedPort, startRegistry, startShim, type RunningRegistry, type Shim } from '../__tests__/helpers/oci-registry.js';
import { createCandidateVerifier, type VerifierOptions } from '../src/io/sigstore/verify-candidate.js';

const N = 20;
/** Median of 3 when printing figures; one pass is enough for the bounds in CI. */
const REPEATS = process.env.BENCH_VERIFY ? 3 : 1;
let reg: RunningRegistry;
let shim: Shim;
/** A recording proxy without auth: the "direct" runs go through it so requests are counted. */
let plain: Shim;
let dir: string;
let trustedRootFile: string;
let images: PublishedImage[];
const prov = provenanceFor(githubIdentity());

beforeAll(async () => {
  const [r, fake] = await Promise.all([startRegistry(), createFakeSigstore()]);
  reg = r;
  shim = await startShim(reg.url, { requireToken: true });
  plain = await startShim(reg.url);
  dir = mkdtempSync(join(tmpdir(), 'verify-bench-'));
  trustedRootFile = fake.writeTrustedRoot(dir);
  images = [];
  for (let i = 0; i < N; i++) {
    images.push(await publishSignedImage(fake, reg, `bench/img${i}`, '1.0.0', { layout: i % 2 ? 'referrer-dsse' : 'cosign-sig' }));
  }
}, 60_000);

afterAll(async () => {
  await shim?.close();
  await plain?.close();
  await reg?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Requests sent so far, counted where they arrive (the recording shims). */
const sent = (): number => plain.requests.length + shim.requests.length + shim.tokenRequests.length;

function verifier(o: Partial<VerifierOptions> = {}): { v: ReturnType<typeof createCandidateVerifier> } {
  return { v: createCandidateVerifier({ trustedRootFile, insecureHosts: [plain.host, shim.host], ...o }) };
}

async function run(
  refs: string[],
  concurrency: number,
  make: () => ReturnType<typeof verifier>
): Promise<{ cold: number; warm: number; wall: number; memo: number; requests: number }> {
  const before = sent();
  const t0 = process.hrtime.bigint();
  const { v } = make();
  await v.verify(refs[0], prov);
  const cold = ms(t0);
  const t1 = process.hrtime.bigint();
  const rest = refs.slice(1);
  for (let k = 0; k < rest.length; k += concurrency) {
    await Promise.all(rest.slice(k, k + concurrency).map((ref) => v.verify(ref, prov)));
  }
  const warmTotal = ms(t1);
  const t2 = process.hrtime.bigint();
  await v.verify(refs[0], prov);
  const memo = ms(t2);
  return { cold, warm: warmTotal / rest.length, wall: ms(t0), memo, requests: (sent() - before) / refs.length };
}

test(`verification cost per image (${N} distinct signed images)`, async () => {
  const direct = images.map((i) => i.ref.replace(reg.host, plain.host));
  const viaToken = images.map((i) => i.ref.replace(reg.host, shim.host));
  const rows: [string, Awaited<ReturnType<typeof run>>][] = [];
  const repeat = async (label: string, refs: string[], conc: number, make: () => ReturnType<typeof verifier>): Promise<void> => {
    const runs: Awaited<ReturnType<typeof run>>[] = [];
    for (let k = 0; k < REPEATS; k++) runs.push(await run(refs, conc, make));
    const pick = (f: (r: (typeof runs)[number]) => number): number => median(runs.map(f));
    rows.push([
      label,
      {
        cold: pick((r) => r.cold),
        warm: pick((r) => r.warm),
        wall: pick((r) => r.wall),
        memo: pick((r) => r.memo),
        requests: runs[0].requests
      }
    ]);
  };

  // Every verifier must really verify: check once outside the timing.
  const check = verifier().v;
  for (const ref of direct) expect(await check.verify(ref, prov)).toMatchObject({ status: 'verified' });

  await repeat('trusted-root file, no auth, sequential', direct, 1, () => verifier());
  await repeat('trusted-root file, bearer token per repo, sequential', viaToken, 1, () => verifier());
  await repeat('trusted-root file, no auth, 4 at a time', direct, 4, () => verifier());

  // Cold public-good root: TUF unreachable (closed port) → embedded snapshot. The fake signatures
  // are then invalid, but the cost of loading the root and checking is what is measured.
  const rootJson = join(dir, 'root.json');
  writeFileSync(
    rootJson,
    Buffer.from((seeds as Record<string, { 'root.json': string }>)['https://tuf-repo-cdn.sigstore.dev']['root.json'], 'base64')
  );
  const mirror = `http://127.0.0.1:${await closedPort()}`;
  await repeat('embedded public-good root (TUF down), sequential', direct, 1, () =>
    verifier({
      trustedRootFile: undefined,
      cacheDir: mkdtempSync(join(dir, 'tuf-')),
      tuf: { mirrorURL: mirror, rootPath: rootJson, retries: 0 }
    })
  );

  if (process.env.BENCH_VERIFY) {
    const fmt = (x: number): string => x.toFixed(1).padStart(7);
    const lines = rows.map(
      ([label, r]) =>
        `${label.padEnd(52)} cold ${fmt(r.cold)} ms | warm ${fmt(r.warm)} ms/image | ${N} images ${fmt(r.wall)} ms | memo hit ${fmt(r.memo)} ms | ${r.requests.toFixed(1)} req/image`
    );
    process.stdout.write(`\nverify bench (median of ${REPEATS})\n${lines.join('\n')}\n`);
  }
  // Loose bounds: a local registry verification must stay well under a fraction of a second.
  for (const [, r] of rows) {
    expect(r.warm).toBeLessThan(250);
    expect(r.memo).toBeLessThan(5);
  }
}, 60_000);
