// The shared HTTP client's policy (policy.ts) against an undici MockAgent: which statuses and
// errors are retried, Retry-After, redirects and credentials, deadline. No real waiting: sleep
// and the clock are injected.
import { MockAgent } from 'undici';
import { HttpClient, type HttpClientOptions } from '../../../src/io/http/client.js';
import { HttpError } from '../../../src/io/http/errors.js';
import { MAX_REDIRECTS, RETRY_STATUSES } from '../../../src/io/http/policy.js';

const ORIGIN = 'https://reg.example';
let agent: MockAgent;
let sleeps: number[];
beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  sleeps = [];
});
afterEach(async () => {
  await agent.close();
});

const client = (o: Partial<HttpClientOptions> = {}) =>
  new HttpClient({ dispatcher: agent, sleep: async (ms) => void sleeps.push(ms), retry: { baseMs: 10, jitter: false }, ...o });
const get = (c: HttpClient, path = '/x', extra: Partial<Parameters<HttpClient['send']>[1]> = {}) =>
  c.send(new URL(path, ORIGIN), { maxBytes: 1024, ...extra });

test("retried statuses are go-containerregistry's: 408, 429, 499, 500, 502, 503, 504", () => {
  expect([...RETRY_STATUSES].sort()).toEqual([408, 429, 499, 500, 502, 503, 504]);
});

test.each([500, 502, 503, 504, 429, 408])(
  'HTTP %i is retried with exponential back-off, then the last answer is returned',
  async (status) => {
    agent.get(ORIGIN).intercept({ path: '/x' }).reply(status, 'no').times(4);
    const res = await get(client());
    expect(res.status).toBe(status);
    expect(sleeps).toEqual([10, 20, 40]);
    agent.assertNoPendingInterceptors();
  }
);

test.each([400, 401, 403, 404, 501])('HTTP %i is not retried', async (status) => {
  agent.get(ORIGIN).intercept({ path: '/x' }).reply(status, 'no');
  expect((await get(client())).status).toBe(status);
  expect(sleeps).toEqual([]);
});

test('Retry-After is honoured, capped at maxDelayMs', async () => {
  const pool = agent.get(ORIGIN);
  pool.intercept({ path: '/x' }).reply(503, '', { headers: { 'retry-after': '2' } });
  pool.intercept({ path: '/x' }).reply(429, '', { headers: { 'retry-after': '3600' } });
  pool.intercept({ path: '/x' }).reply(200, 'ok');
  const res = await get(client({ retry: { baseMs: 10, jitter: false, maxDelayMs: 5000 } }));
  expect(res.body.toString()).toBe('ok');
  expect(sleeps).toEqual([2000, 5000]);
});

test('a refused or reset connection is retried a bounded number of times', async () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  agent.get(ORIGIN).intercept({ path: '/x' }).replyWithError(refused).times(3);
  const e = await get(client({ retry: { retries: 2, baseMs: 10, jitter: false } })).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(HttpError);
  expect(e).toMatchObject({ code: 'http-unreachable', attempts: 3 });
  expect(sleeps).toEqual([10, 20]);
});

test('an unknown host is not retried', async () => {
  agent
    .get(ORIGIN)
    .intercept({ path: '/x' })
    .replyWithError(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
  await expect(get(client())).rejects.toMatchObject({ code: 'http-unreachable', attempts: 1 });
  expect(sleeps).toEqual([]);
});

test(`redirects: followed up to ${MAX_REDIRECTS}, Authorization dropped once the origin changes`, async () => {
  const other = 'https://storage.example';
  agent
    .get(ORIGIN)
    .intercept({ path: '/x', headers: { authorization: 'Bearer t' } })
    .reply(302, '', { headers: { location: `${other}/y` } });
  agent
    .get(other)
    .intercept({ path: '/y', headers: (h) => !('authorization' in h) })
    .reply(200, 'moved');
  expect((await get(client(), '/x', { headers: { authorization: 'Bearer t' } })).body.toString()).toBe('moved');

  agent
    .get(ORIGIN)
    .intercept({ path: /^\/loop/ })
    .reply(302, '', { headers: { location: '/loop' } })
    .times(MAX_REDIRECTS + 1);
  await expect(get(client(), '/loop')).rejects.toMatchObject({ code: 'http-too-many-redirects' });
});

test('a redirect to plain http on a public host is refused', async () => {
  agent
    .get(ORIGIN)
    .intercept({ path: '/x' })
    .reply(307, '', { headers: { location: 'http://storage.example/blob' } });
  await expect(get(client())).rejects.toMatchObject({ code: 'http-insecure-transport' });
});

test('the deadline stops requests and waits, on the injected clock', async () => {
  let clock = 0;
  agent
    .get(ORIGIN)
    .intercept({ path: '/x' })
    .reply(503, '', { headers: { 'retry-after': '5' } });
  const c = client({ now: () => clock, deadlineAt: 4000 });
  // The wait Retry-After asks for would pass the deadline: fail now instead of sleeping.
  await expect(get(c)).rejects.toMatchObject({ code: 'http-deadline' });
  expect(sleeps).toEqual([]);
  clock = 4000;
  await expect(get(c)).rejects.toMatchObject({ code: 'http-deadline' });
});

test('a body over the cap fails while streaming', async () => {
  agent.get(ORIGIN).intercept({ path: '/x' }).reply(200, 'x'.repeat(2048));
  await expect(get(client())).rejects.toMatchObject({ code: 'http-too-large' });
});
