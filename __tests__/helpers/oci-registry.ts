// A real OCI registry for tests: Debian's `docker-registry` (CNCF distribution 2.8) on 127.0.0.1
// with a free port and in-memory storage, plus push helpers (blobs, images, indexes, cosign `.sig`
// manifests, referrer bundles via the tag schema) and a small node:http shim that can sit in
// front of it to demand bearer tokens, throttle with 429, redirect blobs to another origin, and
// record every request. Loopback only.

import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';

export const DOCKER_REGISTRY_BIN = process.env.DOCKER_REGISTRY_BIN ?? '/usr/bin/docker-registry';

export const MT = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  empty: 'application/vnd.oci.empty.v1+json',
  simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  bundleV03: 'application/vnd.dev.sigstore.bundle.v0.3+json'
};

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  platform?: { os: string; architecture: string };
}

export interface RunningRegistry {
  /** http://127.0.0.1:PORT */
  url: string;
  /** 127.0.0.1:PORT (what goes in image references and insecureHosts) */
  host: string;
  pid: number;
  stop(): Promise<void>;
}

const sha = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

/** Start docker-registry on a free loopback port; resolves once /v2/ answers. */
export async function startRegistry(): Promise<RunningRegistry> {
  if (!existsSync(DOCKER_REGISTRY_BIN)) {
    throw new Error(
      `docker-registry is missing (${DOCKER_REGISTRY_BIN}): this test pushes images to a local OCI registry. ` +
        "Install Debian's docker-registry package (sudo apt-get install docker-registry) or set DOCKER_REGISTRY_BIN to a CNCF distribution registry binary."
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'oci-registry-'));
  const config = join(dir, 'config.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: info',
      '  formatter: json',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  inmemory: {}',
      '  maintenance:',
      '    uploadpurging:',
      '      enabled: false',
      'http:',
      '  addr: 127.0.0.1:0',
      `  secret: ${randomBytes(16).toString('hex')}`,
      ''
    ].join('\n')
  );
  const child = spawn(DOCKER_REGISTRY_BIN, ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  const kill = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(t);
    }
    live.delete(child);
    rmSync(dir, { recursive: true, force: true });
  };
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`docker-registry did not start:\n${output.slice(-2000)}`)), 10_000);
    const onData = (d: Buffer): void => {
      output += d.toString();
      const m = /listening on 127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`docker-registry exited (${code}):\n${output.slice(-2000)}`));
    });
  }).catch(async (e) => {
    await kill();
    throw e;
  });
  // Keep draining its output so the pipe never fills.
  child.stdout?.resume();
  child.stderr?.resume();
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const r = await request(`${url}/v2/`);
      await r.body.dump();
      if (r.statusCode === 200) break;
    } catch {
      // not ready yet
    }
    if (i > 100) {
      await kill();
      throw new Error('docker-registry never became ready');
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { url, host: `127.0.0.1:${port}`, pid: child.pid ?? -1, stop: kill };
}

// ---- pushing ----

export async function pushBlob(base: string, repo: string, bytes: Buffer): Promise<{ digest: string; size: number }> {
  const digest = sha(bytes);
  const start = await request(`${base}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  await start.body.dump();
  if (start.statusCode !== 202) throw new Error(`blob upload start: HTTP ${start.statusCode}`);
  const loc = new URL(String(start.headers.location), base);
  loc.searchParams.set('digest', digest);
  const put = await request(loc, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) },
    body: bytes
  });
  const text = await put.body.text();
  if (put.statusCode !== 201) throw new Error(`blob upload: HTTP ${put.statusCode} ${text}`);
  return { digest, size: bytes.length };
}

export async function pushManifest(
  base: string,
  repo: string,
  reference: string | undefined,
  manifest: Record<string, unknown>
): Promise<Descriptor & { bytes: Buffer }> {
  const bytes = Buffer.from(JSON.stringify(manifest));
  const digest = sha(bytes);
  const mediaType = String(manifest.mediaType);
  const res = await request(`${base}/v2/${repo}/manifests/${reference ?? digest}`, {
    method: 'PUT',
    headers: { 'content-type': mediaType },
    body: bytes
  });
  const text = await res.body.text();
  if (res.statusCode !== 201) throw new Error(`manifest push ${repo}:${reference ?? digest}: HTTP ${res.statusCode} ${text}`);
  return { mediaType, digest, size: bytes.length, bytes };
}

const EMPTY_CONFIG = Buffer.from('{}');

/** A single-platform OCI image (unique content per `seed`); tagged when `tag` is given. */
export async function pushImage(
  base: string,
  repo: string,
  tag?: string,
  seed = randomBytes(8).toString('hex')
): Promise<Descriptor & { bytes: Buffer }> {
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, seed }));
  const layer = Buffer.from(`layer ${seed}`);
  const c = await pushBlob(base, repo, config);
  const l = await pushBlob(base, repo, layer);
  return pushManifest(base, repo, tag, {
    schemaVersion: 2,
    mediaType: MT.ociManifest,
    config: { mediaType: MT.ociConfig, ...c },
    layers: [{ mediaType: MT.ociLayer, ...l }]
  });
}

/** A multi-arch index over fresh amd64 + arm64 images. */
export async function pushIndex(base: string, repo: string, tag: string): Promise<Descriptor & { bytes: Buffer; platforms: Descriptor[] }> {
  const platforms: Descriptor[] = [];
  for (const architecture of ['amd64', 'arm64']) {
    const m = await pushImage(base, repo, undefined, `${tag}-${architecture}-${randomBytes(4).toString('hex')}`);
    platforms.push({ mediaType: m.mediaType, digest: m.digest, size: m.size, platform: { os: 'linux', architecture } });
  }
  const idx = await pushManifest(base, repo, tag, { schemaVersion: 2, mediaType: MT.ociIndex, manifests: platforms });
  return { ...idx, platforms };
}

/** The legacy cosign signature manifest at tag `sha256-<hex>.sig`. */
export async function pushCosignSignature(
  base: string,
  repo: string,
  imageDigest: string,
  layers: { payload: Buffer; annotations: Record<string, string> }[]
): Promise<Descriptor> {
  const cfg = await pushBlob(
    base,
    repo,
    Buffer.from(JSON.stringify({ architecture: '', os: '', rootfs: { type: 'layers', diff_ids: [] } }))
  );
  const ls: Descriptor[] = [];
  for (const l of layers) {
    const b = await pushBlob(base, repo, l.payload);
    ls.push({ mediaType: MT.simpleSigning, ...b, annotations: l.annotations });
  }
  return pushManifest(base, repo, `sha256-${imageDigest.slice(7)}.sig`, {
    schemaVersion: 2,
    mediaType: MT.ociManifest,
    config: { mediaType: MT.ociConfig, ...cfg },
    layers: ls
  });
}

/**
 * A sigstore bundle as an OCI 1.1 referrer of `subject` (cosign v3 layout), then the
 * `sha256-<hex>` tag-schema index listing every referrer pushed so far for that subject.
 */
export async function pushReferrerBundle(
  base: string,
  repo: string,
  subject: { mediaType: string; digest: string; size: number },
  bundle: Record<string, unknown>,
  opts: { artifactTypeInIndex?: boolean } = {}
): Promise<Descriptor> {
  const cfg = await pushBlob(base, repo, EMPTY_CONFIG);
  const blob = await pushBlob(base, repo, Buffer.from(JSON.stringify(bundle)));
  const content = bundle.dsseEnvelope ? 'dsse-envelope' : 'message-signature';
  const m = await pushManifest(base, repo, undefined, {
    schemaVersion: 2,
    mediaType: MT.ociManifest,
    artifactType: MT.bundleV03,
    config: { mediaType: MT.empty, ...cfg },
    layers: [{ mediaType: MT.bundleV03, ...blob }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: { 'dev.sigstore.bundle.content': content }
  });
  const desc: Descriptor = {
    mediaType: MT.ociManifest,
    digest: m.digest,
    size: m.size,
    annotations: { 'dev.sigstore.bundle.content': content }
  };
  // GHCR-like: the fallback index may drop artifactType; the client must then look inside.
  if (opts.artifactTypeInIndex !== false) desc.artifactType = MT.bundleV03;
  const tag = `sha256-${subject.digest.slice(7)}`;
  const existing = await request(`${base}/v2/${repo}/manifests/${tag}`, { headers: { accept: MT.ociIndex } });
  const prev: Descriptor[] = existing.statusCode === 200 ? ((await existing.body.json()) as { manifests: Descriptor[] }).manifests : [];
  if (existing.statusCode !== 200) await existing.body.dump();
  await pushManifest(base, repo, tag, { schemaVersion: 2, mediaType: MT.ociIndex, manifests: [...prev, desc] });
  return desc;
}

// ---- the shim ----

export interface RecordedRequest {
  method: string;
  path: string;
  /** Host header the request arrived with. */
  host: string;
  authorization?: string;
}

export interface ShimOptions {
  /** Demand bearer tokens obtained from this shim's /token (the distribution token flow). */
  requireToken?: boolean;
  /** Accounts for the token endpoint; when set, anonymous token requests are refused. */
  users?: { username: string; password: string }[];
  /** Answer the first N matching requests with 429 and this Retry-After value. */
  throttle?: { match: (method: string, path: string) => boolean; times: number; retryAfter?: string };
  /** Redirect blob GETs to a second origin that rejects any Authorization header (like S3). */
  redirectBlobs?: boolean;
  /** Redirect blob GETs here instead of to the shim's own storage server (nothing listens there). */
  storageOrigin?: string;
  /** Implement the referrers API by answering GET /v2/<repo>/referrers/<digest> from the tag schema. */
  referrersApi?: boolean;
}

export interface Shim {
  url: string;
  host: string;
  /** Origin blobs are redirected to (when redirectBlobs). */
  storageHost?: string;
  requests: RecordedRequest[];
  storageRequests: RecordedRequest[];
  tokenRequests: RecordedRequest[];
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

function forward(upstream: string, req: IncomingMessage, res: ServerResponse, path = req.url ?? '/'): void {
  const target = new URL(path, upstream);
  const headers = { ...req.headers };
  delete headers.authorization;
  delete headers.host;
  const up = httpRequest(target, { method: req.method, headers }, (ur) => {
    const h = { ...ur.headers };
    // Keep redirects the registry itself issues pointing at the shim, not around it.
    res.writeHead(ur.statusCode ?? 502, h);
    ur.pipe(res);
  });
  up.on('error', () => {
    res.writeHead(502);
    res.end();
  });
  req.pipe(up);
}

/** A recording proxy in front of `upstream` (a RunningRegistry URL), with optional token auth. */
export async function startShim(upstream: string, o: ShimOptions = {}): Promise<Shim> {
  const tokens = new Set<string>();
  const requests: RecordedRequest[] = [];
  const storageRequests: RecordedRequest[] = [];
  const tokenRequests: RecordedRequest[] = [];
  let throttled = 0;
  const rec = (req: IncomingMessage): RecordedRequest => ({
    method: req.method ?? '',
    path: req.url ?? '',
    host: req.headers.host ?? '',
    authorization: req.headers.authorization
  });

  let storageHost: string | undefined;
  let storage: Server | undefined;
  if (o.redirectBlobs) {
    storage = createServer((req, res) => {
      storageRequests.push(rec(req));
      if (req.headers.authorization) {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end('pre-signed URL: Authorization not allowed');
        return;
      }
      const u = new URL(req.url ?? '/', 'http://x');
      forward(upstream, req, res, u.pathname);
    });
    storageHost = `127.0.0.1:${await listen(storage)}`;
  }

  const server = createServer((req, res) => {
    const r = rec(req);
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/token') {
      tokenRequests.push(r);
      if (o.users) {
        const m = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
        const [user, ...pw] = m ? Buffer.from(m[1], 'base64').toString().split(':') : [];
        if (!o.users.some((u) => u.username === user && u.password === pw.join(':'))) {
          res.writeHead(401, { 'content-type': 'application/json' });
          res.end('{"details":"incorrect username or password"}');
          return;
        }
      }
      const t = randomBytes(16).toString('hex');
      tokens.add(t);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: t, expires_in: 300 }));
      return;
    }
    requests.push(r);
    if (o.requireToken && url.pathname !== '/v2/' && url.pathname.startsWith('/v2/')) {
      const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
      if (!m || !tokens.has(m[1])) {
        const repo = /^\/v2\/(.+?)\/(manifests|blobs|referrers)\//.exec(url.pathname)?.[1] ?? '';
        res.writeHead(401, {
          'content-type': 'application/json',
          'www-authenticate': `Bearer realm="http://${req.headers.host}/token",service="shim",scope="repository:${repo}:pull"`
        });
        res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
        return;
      }
    }
    if (o.throttle && throttled < o.throttle.times && o.throttle.match(req.method ?? '', url.pathname)) {
      throttled++;
      res.writeHead(429, { 'retry-after': o.throttle.retryAfter ?? '1', 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}');
      return;
    }
    if (storageHost && req.method === 'GET' && /^\/v2\/.+\/blobs\/sha256:[0-9a-f]{64}$/.test(url.pathname)) {
      res.writeHead(307, {
        location: `${o.storageOrigin ?? `http://${storageHost}`}${url.pathname}?X-Amz-Signature=${randomBytes(8).toString('hex')}`
      });
      res.end();
      return;
    }
    const refm = /^\/v2\/(.+)\/referrers\/(sha256:[0-9a-f]{64})$/.exec(url.pathname);
    if (o.referrersApi && refm && req.method === 'GET') {
      const [, repo, digest] = refm;
      void (async () => {
        const r2 = await request(`${upstream}/v2/${repo}/manifests/sha256-${digest.slice(7)}`, { headers: { accept: MT.ociIndex } });
        const body =
          r2.statusCode === 200
            ? await r2.body.json()
            : (await r2.body.dump(), { schemaVersion: 2, mediaType: MT.ociIndex, manifests: [] });
        res.writeHead(200, { 'content-type': MT.ociIndex });
        res.end(JSON.stringify(body));
      })();
      return;
    }
    forward(upstream, req, res);
  });
  const port = await listen(server);
  const close = (s: Server | undefined): Promise<void> =>
    new Promise((r) => {
      if (!s) return r();
      s.closeAllConnections();
      s.close(() => r());
    });
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    storageHost,
    requests,
    storageRequests,
    tokenRequests,
    close: async () => {
      await close(server);
      await close(storage);
    }
  };
}

/** A loopback port with nothing listening (bound, then released). */
export async function closedPort(): Promise<number> {
  const s = createServer();
  const port = await listen(s);
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
