import { translateGitHubError } from '../../../src/io/github/errors.js';
import { contentDigest, repoPath } from '../../../src/core/pr/plan.js';

function requestError(status: number, message: string, errors?: unknown[]) {
  return Object.assign(new Error(`${message} - https://docs.github.com/rest`), {
    status,
    response: { data: { message, ...(errors ? { errors } : {}) }, headers: {} },
    request: { headers: { authorization: 'token [REDACTED]' } }
  });
}

describe('GitHub failures become one clear line', () => {
  test.each([
    [403, 'Resource not accessible by integration', 'github-missing-permission', /`pull-requests: write`/],
    [
      403,
      'Resource not accessible by personal access token',
      'github-missing-permission',
      /permissions: \{ contents: write, pull-requests: write \}/
    ],
    [422, 'GitHub Actions is not permitted to create or approve pull requests.', 'github-actions-cannot-create-pr', /Workflow permissions/],
    [422, 'Repository rule violations found', 'github-protected-branch', /ruleset/],
    [401, 'Bad credentials', 'github-bad-credentials', /`token` input/],
    [404, 'Not Found', 'github-not-found', /token can read it/],
    [403, 'You have exceeded a secondary rate limit', 'github-rate-limited', /run again later/],
    [503, 'Service Unavailable', 'github-unavailable', /run again later/],
    [422, 'Validation Failed', 'github-request-failed', undefined]
  ])('%i %s → %s', (status, message, code, hint) => {
    const e = translateGitHubError(requestError(status, message), 'open a pull request', 'pull-requests');
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
    expect(e.message).not.toContain('docs.github.com');
    if (hint) expect(e.describe()).toMatch(hint);
  });

  test('validation details are included', () => {
    const e = translateGitHubError(
      requestError(422, 'Validation Failed', [{ message: 'A pull request already exists for o:b.' }]),
      'open a pull request',
      'pull-requests'
    );
    expect(e.message).toBe('GitHub refused to open a pull request (422 Validation Failed: A pull request already exists for o:b.)');
  });

  test('network failures say where to look', () => {
    const e = translateGitHubError(new TypeError('fetch failed'), 'list open pull requests', 'pull-requests');
    expect(e.describe()).toBe(
      'could not list open pull requests: fetch failed (check GITHUB_API_URL and the network (proxy: set HTTPS_PROXY and NODE_USE_ENV_PROXY=1))'
    );
  });
});

describe('paths and content digests', () => {
  test('manifest paths are committed repository-relative and never outside the repository', () => {
    expect(repoPath('./servers/a.json')).toBe('servers/a.json');
    for (const bad of ['/etc/passwd', '../x.json', 'a/../../b', 'C:/x.json', 'a\\b.json', 'a//b'])
      expect(() => repoPath(bad)).toThrow(/repository-relative/);
  });

  test('the digest depends on paths and contents, not on order', () => {
    const a = { path: 'a.json', content: '1' };
    const b = { path: 'b.json', content: '2' };
    expect(contentDigest([a, b])).toBe(contentDigest([b, a]));
    expect(contentDigest([a, b])).not.toBe(contentDigest([a, { ...b, content: '3' }]));
    expect(contentDigest([{ path: 'a', content: 'b\0c' }])).not.toBe(contentDigest([{ path: 'a\0b', content: 'c' }]));
    expect(contentDigest([a])).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
