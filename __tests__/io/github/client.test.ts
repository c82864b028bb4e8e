// The GitHub client against the in-process stand-in: throttling and retries are always on; only
// the pacing (how long a Retry-After second is, write spacing) is made small here.
import { createGitHubClient, PRODUCTION_PACING, type GitHubPacing } from '../../../src/io/github/client.js';
import { spacedQueue } from '../../../src/io/github/pacing.js';
import { GitHubStandin } from '../../helpers/github-standin.js';

const TOKEN = 'ghs_ClientTestToken000000000000000000';
const FAST: GitHubPacing = { retries: 3, retryAfterBaseMs: 20, maxRetryAfterSeconds: 120, writeIntervalMs: 0, notificationIntervalMs: 0 };

let gh: GitHubStandin;
beforeEach(async () => {
  gh = await GitHubStandin.start({ files: { 'README.md': 'x\n' } });
});
afterEach(async () => {
  await gh.close();
});

test('a secondary rate limit (403 + Retry-After) is waited out and retried, then the call succeeds', async () => {
  const warnings: string[] = [];
  const client = createGitHubClient({
    token: TOKEN,
    repository: gh.fullName,
    apiUrl: gh.url,
    pacing: FAST,
    log: { info: () => {}, warning: (m) => warnings.push(m) }
  });
  gh.secondaryRateLimit('GET pulls', 1);
  expect(await client.listOpenPulls('main')).toEqual([]);
  const pulls = gh.requests.filter((r) => r.route === 'GET pulls');
  expect(pulls.map((r) => r.status)).toEqual([403, 200]);
  // Retry-After: 1 second at 20 ms per second.
  expect(pulls[1]!.at - pulls[0]!.at).toBeGreaterThanOrEqual(18);
  expect(warnings.join('\n')).toMatch(/secondary rate limit .*retrying in 1s/);
});

test('production pacing follows GitHub guidance', () => {
  expect(PRODUCTION_PACING).toEqual({
    retries: 3,
    retryAfterBaseMs: 1000,
    maxRetryAfterSeconds: 120,
    writeIntervalMs: 1000,
    notificationIntervalMs: 3000
  });
});

test('spacedQueue runs jobs one at a time, at least the interval apart', async () => {
  const q = spacedQueue(40).key('id');
  const starts: number[] = [];
  const job = async () => {
    starts.push(Date.now());
  };
  await Promise.all([q.schedule({}, job), q.schedule(job), q.schedule({ priority: 0 }, job)]);
  expect(starts).toHaveLength(3);
  expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(38);
  expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(38);
});
