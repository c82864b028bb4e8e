// OCI client behaviour that distribution 2.8 cannot show (it has no referrers API): undici
// MockAgent stands in for the registry, with net connect disabled.

import { createHash } from 'node:crypto';
import { MockAgent } from 'undici';
import { OciClient } from '../../../src/io/oci/client.js';
import { ContainerRegistryError } from '../../../src/io/oci/errors.js';

const ORIGIN = 'https://reg.example';
const repo = { registry: 'reg.example', apiHost: 'reg.example', repository: 'team/app' };
const sha = (s: string): string => `sha256:${createHash('sha256').update(s).digest('hex')}`;
const D = `sha256:${'a'.repeat(64)}`;
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const INDEX = 'application/vnd.oci.image.index.v1+json';

let agent: MockAgent;
beforeEach(() => {
  agent = new MockAgent({ enableCallHistory: true });
  agent.disableNetConnect();
});
afterEach(async () => {
  await agent.close();
});

/** Requests the registry received (the mock's call history). */
const requestCount = (): number => agent.getCallHistory()?.calls().length ?? 0;
const client = (): OciClient => new OciClient({ dispatcher: agent, sleep: async () => {} });
const desc = (digest: string, artifactType?: string): Record<string, unknown> => ({
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest,
  size: 10,
  ...(artifactType ? { artifactType } : {})
});

test('referrers API: pages followed through Link, filtered client-side when the registry did not filter', async () => {
  const pool = agent.get(ORIGIN);
  const d1 = `sha256:${'1'.repeat(64)}`;
  const d2 = `sha256:${'2'.repeat(64)}`;
  const d3 = `sha256:${'3'.repeat(64)}`;
  pool
    .intercept({ path: `/v2/team/app/referrers/${D}`, method: 'GET' })
    .reply(200, JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: [desc(d1, BUNDLE), desc(d2, 'application/spdx+json')] }), {
      headers: { 'content-type': INDEX, link: `</v2/team/app/referrers/${D}?last=x>; rel="next"` }
    });
  pool
    .intercept({ path: `/v2/team/app/referrers/${D}?last=x`, method: 'GET' })
    .reply(200, JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: [desc(d3)] }), { headers: { 'content-type': INDEX } });
  const r = await client().referrers(repo, D, 'application/vnd.dev.sigstore.bundle');
  expect(r).toEqual({ source: 'referrers-api', descriptors: [desc(d1, BUNDLE), desc(d3)] });
  agent.assertNoPendingInterceptors();
});

test.each([303, 404, 405])('referrers API answering %i falls back to the tag schema (not followed)', async (status) => {
  const pool = agent.get(ORIGIN);
  pool
    .intercept({ path: `/v2/team/app/referrers/${D}`, method: 'GET' })
    .reply(status, '', { headers: { location: 'https://github.com/-/v2/packages' } });
  const idx = JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: [desc(`sha256:${'1'.repeat(64)}`, BUNDLE)] });
  pool
    .intercept({ path: `/v2/team/app/manifests/sha256-${'a'.repeat(64)}`, method: 'GET' })
    .reply(200, idx, { headers: { 'content-type': INDEX } });
  const r = await client().referrers(repo, D, 'application/vnd.dev.sigstore.bundle');
  expect(r.source).toBe('tag-schema');
  expect(r.descriptors).toHaveLength(1);
  agent.assertNoPendingInterceptors();
});

test('tag-schema fallback that resolves to the subject itself (GitLab) means no referrers', async () => {
  const subject = JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: [] });
  const digest = sha(subject);
  const pool = agent.get(ORIGIN);
  pool.intercept({ path: `/v2/team/app/referrers/${digest}`, method: 'GET' }).reply(404, '');
  pool
    .intercept({ path: `/v2/team/app/manifests/sha256-${digest.slice(7)}`, method: 'GET' })
    .reply(200, subject, { headers: { 'content-type': INDEX } });
  expect(await client().referrers(repo, digest)).toEqual({ source: 'none', descriptors: [] });
});

test('a manifest whose bytes do not match the requested digest is rejected', async () => {
  agent
    .get(ORIGIN)
    .intercept({ path: `/v2/team/app/manifests/${D}`, method: 'GET' })
    .reply(200, '{"schemaVersion":2}');
  await expect(client().getManifest(repo, D)).rejects.toMatchObject({ code: 'tampered-response' });
});

test('a blob over its size cap is rejected without reading it all', async () => {
  const big = 'x'.repeat(2048);
  agent
    .get(ORIGIN)
    .intercept({ path: `/v2/team/app/blobs/${sha(big)}`, method: 'GET' })
    .reply(200, big);
  await expect(client().getBlob(repo, sha(big), 1024)).rejects.toMatchObject({ code: 'too-large' });
});

test('tag without Docker-Content-Digest: the manifest is read and hashed, then served from the memo', async () => {
  const body = JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: [] });
  const pool = agent.get(ORIGIN);
  pool.intercept({ path: '/v2/team/app/manifests/1.0.0', method: 'HEAD' }).reply(200, '');
  pool.intercept({ path: '/v2/team/app/manifests/1.0.0', method: 'GET' }).reply(200, body, { headers: { 'content-type': INDEX } });
  const c = client();
  expect(await c.resolve(repo, '1.0.0')).toBe(sha(body));
  expect((await c.getManifest(repo, sha(body)))?.mediaType).toBe(INDEX);
  expect(requestCount()).toBe(2);
});

test('a redirect from https to plain http is refused', async () => {
  agent
    .get(ORIGIN)
    .intercept({ path: `/v2/team/app/blobs/${D}`, method: 'GET' })
    .reply(307, '', { headers: { location: 'http://storage.example/blob' } });
  const e = await client()
    .getBlob(repo, D, 1024)
    .catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ContainerRegistryError);
  expect((e as ContainerRegistryError).code).toBe('insecure-transport');
});

test('a token that stops working triggers one new token dance', async () => {
  const pool = agent.get(ORIGIN);
  const challenge = { 'www-authenticate': `Bearer realm="${ORIGIN}/token",service="reg.example"` };
  const ok = { 'docker-content-digest': D };
  pool
    .intercept({ path: '/v2/team/app/manifests/1', method: 'HEAD', headers: { authorization: 'Bearer t1' } })
    .reply(200, '', { headers: ok });
  pool.intercept({ path: '/v2/team/app/manifests/1', method: 'HEAD' }).reply(401, '', { headers: challenge });
  pool.intercept({ path: /^\/token\?/, method: 'GET' }).reply(200, '{"token":"t1"}');
  // t1 expires: the next request is refused with it, a new token is fetched once.
  pool
    .intercept({ path: '/v2/team/app/manifests/2', method: 'HEAD', headers: { authorization: 'Bearer t2' } })
    .reply(200, '', { headers: ok });
  pool
    .intercept({ path: '/v2/team/app/manifests/2', method: 'HEAD', headers: { authorization: 'Bearer t1' } })
    .reply(401, '', { headers: challenge });
  pool.intercept({ path: /^\/token\?/, method: 'GET' }).reply(200, '{"access_token":"t2"}');
  const c = client();
  expect(await c.resolve(repo, '1')).toBe(D);
  expect(await c.resolve(repo, '2')).toBe(D);
  expect(requestCount()).toBe(6);
  agent.assertNoPendingInterceptors();
});

test('refused again right after a new token: an auth error, not a loop', async () => {
  const pool = agent.get(ORIGIN);
  const challenge = { 'www-authenticate': `Bearer realm="${ORIGIN}/token",service="reg.example"` };
  pool.intercept({ path: '/v2/team/app/manifests/1', method: 'HEAD' }).reply(401, '', { headers: challenge }).times(2);
  pool.intercept({ path: /^\/token\?/, method: 'GET' }).reply(200, '{"token":"t1"}');
  const e = await client()
    .resolve(repo, '1')
    .catch((x: unknown) => x);
  expect((e as ContainerRegistryError).code).toBe('registry-auth');
  expect((e as ContainerRegistryError).message).toBe('reg.example refused access to team/app (HTTP 401 after authenticating)');
  agent.assertNoPendingInterceptors();
});
