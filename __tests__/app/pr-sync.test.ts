// PR mode against the local GitHub stand-in (real bare git repository behind the Git Data API).
import { execFileSync } from 'node:child_process';
import type { UpgradeAvailable } from '../../src/core/check/result.js';
import { parseOwnershipTrailers } from '../../src/core/pr/commit-message.js';
import { createGitHubClient, type GitHubClientOptions, type GitHubPacing } from '../../src/io/github/client.js';

/** Same plugins as production, with waits in milliseconds. */
const FAST_PACING: GitHubPacing = {
  retries: 3,
  retryAfterBaseMs: 1,
  maxRetryAfterSeconds: 120,
  writeIntervalMs: 0,
  notificationIntervalMs: 0
};
import { primaryOutcome, runPullRequestMode, type PullRequestModeInput, type PullRequestOptions } from '../../src/app/pr-sync.js';
import { readFixture } from '../helpers/fixtures.js';
import { GitHubStandin, readBytes } from '../helpers/github-standin.js';
import { upgrade } from '../helpers/pr-support.js';

const TOKEN = 'ghs_TESTTOKENshouldNeverAppear0123456789';
const OSV = readFixture('synthetic/runconfig-osv-upgrade-registry-sourced.json');
const DRIFT = readFixture('synthetic/runconfig-drift-example.json');
const YAML_CRLF = [
  '# Team MCP servers',
  '---',
  'apiVersion: toolhive.stacklok.dev/v1beta1',
  'kind: MCPServer',
  'metadata:',
  '  name: fetch   # the fetch server',
  'spec:',
  '  image:   ghcr.io/stackloklabs/gofetch/server:1.0.1    # pinned',
  '  transport: streamable-http',
  '---',
  'apiVersion: toolhive.stacklok.dev/v1beta1',
  'kind: MCPServer',
  'metadata:',
  '  name: osv',
  'spec:',
  '  image: "ghcr.io/stackloklabs/osv-mcp/server:0.1.1"'
].join('\r\n'); // CRLF and no trailing newline on purpose
const README = 'Not a manifest.\n';

const FILES = { 'servers/osv.json': OSV, 'servers/drift.json': DRIFT, 'k8s/servers.yaml': YAML_CRLF, 'README.md': README };

const OPTIONS: PullRequestOptions = {
  branchPrefix: 'toolhive-upgrade/',
  grouping: 'all',
  labels: ['dependencies', 'toolhive'],
  reviewers: ['alice'],
  teamReviewers: ['platform'],
  assignees: ['bob'],
  draft: false,
  addDefaultEnvVars: false,
  maxPullRequests: 10
};

function osvUp(candidate = 'ghcr.io/stackloklabs/osv-mcp/server:0.1.3', text = OSV): UpgradeAvailable {
  return upgrade({
    file: 'servers/osv.json',
    text,
    name: 'osv-upgrade',
    candidate,
    verification: { status: 'verified', digest: `sha256:${'a'.repeat(64)}`, trusted_root: 'tuf' }
  });
}
function driftUp(text = DRIFT): UpgradeAvailable {
  return upgrade({
    file: 'servers/drift.json',
    text,
    name: 'wl',
    candidate: 'ghcr.io/example/server:1.2.0',
    added: [
      { name: 'NEW_VAR', required: true },
      { name: 'NEW_SECRET', required: false, secret: true },
      { name: 'LOG_FORMAT', required: false, default: 'json' }
    ],
    transport: { from: 'stdio', to: 'streamable-http' },
    permissionProfile: { from: 'none', to: 'network' }
  });
}
function yamlUps(text = YAML_CRLF): UpgradeAvailable[] {
  return [
    upgrade({
      file: 'k8s/servers.yaml',
      text,
      kind: 'mcpserver',
      name: 'fetch',
      token: 'ghcr.io/stackloklabs/gofetch/server:1.0.1',
      candidate: 'ghcr.io/stackloklabs/gofetch/server:1.1.0',
      documentIndex: 0
    }),
    upgrade({
      file: 'k8s/servers.yaml',
      text,
      kind: 'mcpserver',
      name: 'osv',
      token: '"ghcr.io/stackloklabs/osv-mcp/server:0.1.1"',
      candidate: 'ghcr.io/stackloklabs/osv-mcp/server:0.1.3',
      documentIndex: 1
    })
  ];
}

let gh: GitHubStandin;
let messages: string[];

beforeEach(async () => {
  gh = await GitHubStandin.start({ files: FILES });
  messages = [];
});
afterEach(async () => {
  await gh.close();
});

function client(extra: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({ token: TOKEN, repository: gh.fullName, apiUrl: gh.url, pacing: FAST_PACING, ...extra });
}

async function run(upgrades: UpgradeAvailable[], options: Partial<PullRequestOptions> = {}, extra: Partial<PullRequestModeInput> = {}) {
  const baseSha = gh.headOf('main')!;
  return runPullRequestMode({
    upgrades,
    readFile: async (p) => gh.show(baseSha, p).toString('utf8'),
    baseSha,
    baseBranch: 'main',
    registrySource: 'https://registry.example/api',
    options: { ...OPTIONS, ...options },
    github: client(),
    log: { info: (m) => messages.push(m), warning: (m) => messages.push(`warning: ${m}`) },
    ...extra
  });
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
}

const BRANCH = 'toolhive-upgrade/all';

describe('first run', () => {
  test('creates one PR whose single commit changes only the image values, byte for byte', async () => {
    const baseSha = gh.headOf('main')!;
    const outcomes = await run([osvUp(), driftUp(), ...yamlUps()]);
    expect(outcomes).toEqual([
      {
        operation: 'created',
        number: 1,
        url: `https://github.test/${gh.fullName}/pull/1`,
        branch: BRANCH,
        headSha: gh.headOf(BRANCH),
        workloads: ['fetch', 'osv', 'wl', 'osv-upgrade']
      }
    ]);

    // Inspect the result with real git.
    const dir = gh.clone(BRANCH);
    expect(git(dir, 'rev-list', '--parents', '-n', '1', 'HEAD').split(' ').slice(1)).toEqual([baseSha]);
    expect(git(dir, 'diff', '--name-only', `${baseSha}..HEAD`).split('\n').sort()).toEqual([
      'k8s/servers.yaml',
      'servers/drift.json',
      'servers/osv.json'
    ]);
    expect(
      readBytes(dir, 'servers/osv.json').equals(
        Buffer.from(OSV.replace('"ghcr.io/stackloklabs/osv-mcp/server:0.1.1"', '"ghcr.io/stackloklabs/osv-mcp/server:0.1.3"'))
      )
    ).toBe(true);
    expect(readBytes(dir, 'servers/drift.json').equals(Buffer.from(DRIFT.replace('server:1.0.0', 'server:1.2.0')))).toBe(true);
    expect(
      readBytes(dir, 'k8s/servers.yaml').equals(
        Buffer.from(
          YAML_CRLF.replace('gofetch/server:1.0.1 ', 'gofetch/server:1.1.0 ').replace(
            '"ghcr.io/stackloklabs/osv-mcp/server:0.1.1"',
            '"ghcr.io/stackloklabs/osv-mcp/server:0.1.3"'
          )
        )
      )
    ).toBe(true);
    expect(readBytes(dir, 'README.md').equals(Buffer.from(README))).toBe(true);
    // One changed line per image.
    expect(
      git(dir, 'diff', '--numstat', `${baseSha}..HEAD`)
        .split('\n')
        .map((l) => l.split('\t').slice(0, 2).join('/'))
        .sort()
    ).toEqual(['1/1', '1/1', '2/2']);

    // Committed through the Git Data API without author/committer, so GitHub signs it.
    expect(gh.apiCommits).toHaveLength(1);
    expect(gh.apiCommits[0]).toMatchObject({ hadAuthor: false, hadCommitter: false });
    expect(parseOwnershipTrailers(gh.commit(gh.headOf(BRANCH)!).message)?.base).toBe(baseSha);

    const pr = gh.pulls.get(1)!;
    expect(pr).toMatchObject({
      head: BRANCH,
      base: 'main',
      title: 'Upgrade 4 ToolHive MCP servers',
      labels: ['dependencies', 'toolhive'],
      assignees: ['bob'],
      requestedReviewers: ['alice'],
      requestedTeams: ['platform']
    });
    // NEW_VAR is required and missing: opened as a draft even though draft was not asked for.
    expect(pr.draft).toBe(true);
    expect(pr.body).toContain(
      '**`NEW_VAR`**: new required variable (the candidate requires it, the manifest does not supply it): **needs a value before merge**'
    );
    expect(pr.body).not.toContain('info'); // env var values from manifests (LOG_LEVEL=info) never appear

    // Constant call pattern; the token never leaks into logs.
    expect(gh.routes()).toEqual([
      'GET pulls',
      'GET branch',
      'GET commit',
      'GET tree',
      'POST tree',
      'POST commit',
      'POST ref',
      'POST pulls',
      'PATCH issue',
      'POST reviewers'
    ]);
    expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(messages.join('\n')).not.toContain(TOKEN);
    expect(messages).toContain(`${BRANCH}: opened PR #1 (4 upgrades)`);
  });

  test('GitHub Enterprise: every call goes to the configured API base', async () => {
    const out = await run([osvUp()], {}, { github: client({ apiUrl: `${gh.url}/api/v3` }) });
    expect(out[0]!.operation).toBe('created');
    expect(gh.requests.every((r) => r.rawPath.startsWith('/api/v3/repos/'))).toBe(true);
    // The viewer query goes to GHES's GraphQL endpoint, /api/graphql.
    gh.clearLog();
    expect((await run([osvUp()], {}, { github: client({ apiUrl: `${gh.url}/api/v3` }) }))[0]!.operation).toBe('none');
    expect(gh.requests.map((r) => r.rawPath)).toContain('/api/graphql');
    expect(gh.requests.filter((r) => r.rawPath !== '/api/graphql').every((r) => r.rawPath.startsWith('/api/v3/repos/'))).toBe(true);
  });
});

describe('later runs', () => {
  test('a re-run with the same result changes nothing: no commit, no PR, two reads', async () => {
    await run([osvUp(), driftUp()]);
    const head = gh.headOf(BRANCH);
    const body = gh.pulls.get(1)!.body;
    gh.clearLog();

    const outcomes = await run([osvUp(), driftUp()]);
    expect(outcomes).toEqual([
      { operation: 'none', number: 1, url: expect.any(String), branch: BRANCH, headSha: head, workloads: ['wl', 'osv-upgrade'] }
    ]);
    expect(gh.headOf(BRANCH)).toBe(head);
    expect(gh.pulls.size).toBe(1);
    expect(gh.pulls.get(1)!.body).toBe(body);
    // The viewer query tells the Action's own PR from a person's.
    expect(gh.routes()).toEqual(['GET pulls', 'POST graphql', 'GET branch']);
  });

  test('a person editing the PR body is left alone on no-op runs', async () => {
    await run([osvUp()]);
    gh.pulls.get(1)!.body += '\n\nReviewer note: wait for the release notes.';
    gh.clearLog();
    expect((await run([osvUp()]))[0]!.operation).toBe('none');
    expect(gh.pulls.get(1)!.body).toContain('Reviewer note');
  });

  test('a new candidate updates the same PR with a new commit on the base', async () => {
    const baseSha = gh.headOf('main')!;
    await run([osvUp()]);
    const first = gh.headOf(BRANCH)!;
    gh.clearLog();

    const outcomes = await run([osvUp('ghcr.io/stackloklabs/osv-mcp/server:0.2.0')]);
    const head = gh.headOf(BRANCH)!;
    expect(outcomes).toEqual([
      { operation: 'updated', number: 1, url: expect.any(String), branch: BRANCH, headSha: head, workloads: ['osv-upgrade'] }
    ]);
    expect(head).not.toBe(first);
    expect(gh.commit(head).parents).toEqual([baseSha]);
    expect(gh.show(BRANCH, 'servers/osv.json').toString()).toBe(OSV.replace('server:0.1.1', 'server:0.2.0'));
    expect(gh.pulls.size).toBe(1);
    expect(gh.pulls.get(1)!.title).toBe('Upgrade osv-upgrade (servers/osv.json) to 0.2.0');
    expect(gh.routes()).toEqual([
      'GET pulls',
      'POST graphql',
      'GET branch',
      'GET commit',
      'GET tree',
      'POST tree',
      'POST commit',
      'PATCH ref',
      'PATCH pull'
    ]);
    expect(gh.requests.find((r) => r.route === 'PATCH ref')!.body).toMatchObject({ force: true });
  });

  test('when the base moves, the branch is recreated on the new base', async () => {
    await run([osvUp()]);
    const newBase = gh.pushCommit('main', { 'docs/notes.md': 'unrelated\n' }, 'Unrelated change');
    const outcomes = await run([osvUp()]);
    expect(outcomes[0]).toMatchObject({ operation: 'updated', number: 1 });
    const head = gh.headOf(BRANCH)!;
    expect(gh.commit(head).parents).toEqual([newBase]);
    expect(gh.show(BRANCH, 'docs/notes.md').toString()).toBe('unrelated\n');
  });

  test('a PR a person closed for the same upgrade is not reopened; a newer candidate opens a new one', async () => {
    await run([osvUp()]);
    gh.pulls.get(1)!.state = 'closed';
    gh.pulls.get(1)!.closedHeadSha = gh.headOf(BRANCH)!;

    const again = await run([osvUp()]);
    expect(again[0]).toMatchObject({ operation: 'none', note: expect.stringMatching(/closed without merging/) });
    expect(gh.pulls.size).toBe(1);

    const newer = await run([osvUp('ghcr.io/stackloklabs/osv-mcp/server:0.3.0')]);
    expect(newer[0]).toMatchObject({ operation: 'created', number: 2 });
  });
});

describe("never overwrites work that is not the Action's", () => {
  test('a foreign commit stops force-pushes; the PR gets one comment, once', async () => {
    await run([osvUp()]);
    const foreign = gh.pushCommit(
      BRANCH,
      { 'servers/osv.json': OSV.replace('"FOO": "bar"', '"FOO": "baz"') },
      'Set FOO for the new version'
    );
    gh.clearLog();

    const outcomes = await run([osvUp('ghcr.io/stackloklabs/osv-mcp/server:0.2.0')]);
    expect(outcomes[0]).toMatchObject({ operation: 'none', number: 1, note: expect.stringMatching(/not made by this Action/) });
    expect(gh.headOf(BRANCH)).toBe(foreign);
    expect(gh.routes()).not.toContain('PATCH ref');
    expect(gh.routes()).not.toContain('POST tree');
    expect(gh.comments.filter((c) => c.issue === 1)).toHaveLength(1);
    expect(gh.comments[0]!.body).toContain('will not update `toolhive-upgrade/all` or force-push');
    expect(messages.some((m) => m.startsWith('warning: not updating toolhive-upgrade/all'))).toBe(true);

    await run([osvUp('ghcr.io/stackloklabs/osv-mcp/server:0.2.0')]);
    expect(gh.headOf(BRANCH)).toBe(foreign);
    expect(gh.comments).toHaveLength(1);
  });
});

describe('closing', () => {
  test('a base that already has the bump closes the PR with a comment and deletes the branch', async () => {
    await run([osvUp()]);
    // Someone bumps the image on main by hand; the check then finds nothing to upgrade.
    gh.pushCommit('main', { 'servers/osv.json': OSV.replace('server:0.1.1', 'server:0.1.3') }, 'Bump osv by hand');
    gh.clearLog();

    const head = gh.headOf(BRANCH);
    const outcomes = await run([]);
    expect(outcomes).toEqual([{ operation: 'closed', number: 1, url: expect.any(String), branch: BRANCH, headSha: head, workloads: [] }]);
    expect(gh.pulls.get(1)!.state).toBe('closed');
    expect(gh.headOf(BRANCH)).toBeNull();
    expect(gh.comments[0]!.body).toContain('Nothing in this PR is left to upgrade');
    expect(gh.routes()).toEqual(['GET pulls', 'POST graphql', 'GET branch', 'GET comments', 'POST comment', 'PATCH pull', 'DELETE ref']);

    // And then there is nothing to do.
    expect(await run([])).toEqual([{ operation: 'none', branch: BRANCH, workloads: [] }]);
  });

  test('after a merge nothing is left and nothing is reopened', async () => {
    await run([osvUp()]);
    gh.squashMerge(1);
    // The merged PR's branch, kept by GitHub, is the Action's own: it is cleaned up, nothing is reopened.
    expect(await run([])).toEqual([
      { operation: 'none', branch: BRANCH, workloads: [], note: 'deleted the Action branch left without a pull request' }
    ]);
    expect(gh.headOf(BRANCH)).toBeNull();
    expect(gh.pulls.size).toBe(1);
    expect(await run([])).toEqual([{ operation: 'none', branch: BRANCH, workloads: [] }]);
  });
});

describe('per-workload grouping', () => {
  test('one PR per workload; a workload that no longer needs an upgrade has its PR closed; one PR listing per run', async () => {
    const outcomes = await run([osvUp(), driftUp()], { grouping: 'per-workload' });
    expect(outcomes.map((o) => [o.operation, o.branch, o.number])).toEqual([
      ['created', 'toolhive-upgrade/servers-drift.json/wl', 1],
      ['created', 'toolhive-upgrade/servers-osv.json/osv-upgrade', 2]
    ]);
    expect(gh.show('toolhive-upgrade/servers-osv.json/osv-upgrade', 'servers/drift.json').toString()).toBe(DRIFT);
    expect(gh.pulls.get(1)!.draft).toBe(true); // drift needs NEW_VAR
    expect(gh.pulls.get(2)!.draft).toBe(false);

    gh.clearLog();
    const next = await run([osvUp()], { grouping: 'per-workload' });
    expect(next.map((o) => [o.operation, o.branch])).toEqual([
      ['none', 'toolhive-upgrade/servers-osv.json/osv-upgrade'],
      ['closed', 'toolhive-upgrade/servers-drift.json/wl']
    ]);
    expect(gh.routes().filter((r) => r === 'GET pulls')).toHaveLength(1);
    expect(gh.headOf('toolhive-upgrade/servers-drift.json/wl')).toBeNull();
  });

  test('switching grouping closes the old PRs and points to the new one', async () => {
    await run([osvUp(), driftUp()], { grouping: 'per-workload' });
    const outcomes = await run([osvUp(), driftUp()], { grouping: 'all' });
    expect(outcomes.map((o) => [o.operation, o.branch])).toEqual([
      ['created', BRANCH],
      ['closed', 'toolhive-upgrade/servers-drift.json/wl'],
      ['closed', 'toolhive-upgrade/servers-osv.json/osv-upgrade']
    ]);
    expect(gh.comments.every((c) => c.body.includes('now proposed in #3'))).toBe(true);
    expect(primaryOutcome(outcomes)).toMatchObject({ operation: 'created', number: 3 });
  });

  test('the single Action outputs report the most significant operation of the run', () => {
    const o = (operation: 'created' | 'updated' | 'closed' | 'none' | 'failed', number?: number) => ({
      operation,
      number,
      branch: `b${number}`,
      workloads: []
    });
    expect(primaryOutcome([o('none', 1), o('closed', 2), o('updated', 3)])).toEqual(o('updated', 3));
    expect(primaryOutcome([o('none', 1), o('closed', 2)])).toEqual(o('closed', 2));
    expect(primaryOutcome([o('none', 1), o('failed', 2)])).toEqual(o('failed', 2));
    expect(primaryOutcome([o('failed', 1), o('closed', 2)])).toEqual(o('closed', 2));
    expect(primaryOutcome([])).toBeUndefined();
  });
});

describe('add-default-env-vars', () => {
  test('non-secret defaults of new variables are inserted into env_vars; the body says so', async () => {
    await run([driftUp()], { addDefaultEnvVars: true });
    const content = gh.show(BRANCH, 'servers/drift.json').toString();
    expect(content).toBe(
      DRIFT.replace('server:1.0.0', 'server:1.2.0').replace(
        '    "LOG_LEVEL": "info"\n',
        '    "LOG_FORMAT": "json",\n    "LOG_LEVEL": "info"\n'
      )
    );
    expect(gh.pulls.get(1)!.body).toContain('added to `env_vars` with its default `json`');
  });
});

describe('retries and failures', () => {
  test('5xx and 429 are retried and the run succeeds', async () => {
    gh.fail({ route: 'POST tree', status: 502, message: 'Bad Gateway', times: 2 });
    gh.fail({ route: 'GET branch', status: 429, message: 'Too many requests' });
    const outcomes = await run([osvUp()]);
    expect(outcomes[0]!.operation).toBe('created');
    expect(gh.requests.filter((r) => r.route === 'POST tree').map((r) => r.status)).toEqual([502, 502, 201]);
    expect(gh.requests.filter((r) => r.route === 'GET branch').map((r) => r.status)).toEqual([429, 404]);
  });

  test('a secondary rate limit waits for Retry-After before retrying', async () => {
    await run([osvUp()]);
    gh.clearLog();
    gh.fail({
      route: 'GET pulls',
      status: 429,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' }
    });
    const out = await run([osvUp()], {}, { github: client({ pacing: { ...FAST_PACING, retryAfterBaseMs: 200 } }) });
    expect(out[0]!.operation).toBe('none');
    const pulls = gh.requests.filter((r) => r.route === 'GET pulls');
    expect(pulls.map((r) => r.status)).toEqual([429, 200]);
    expect(pulls[1]!.at - pulls[0]!.at).toBeGreaterThanOrEqual(190);
  });

  test('403 "Resource not accessible by integration" names the missing permission', async () => {
    gh.fail({ route: 'POST ref', status: 403, message: 'Resource not accessible by integration' });
    const [out] = await run([osvUp()]);
    expect(out).toMatchObject({ operation: 'failed', branch: BRANCH, workloads: ['osv-upgrade'] });
    expect(out!.error).toBe(
      'GitHub refused to create the branch toolhive-upgrade/all: the token lacks the `contents: write` permission (Resource not accessible by integration) (give the job `permissions: { contents: write, pull-requests: write }` (or grant these to the GitHub App or fine-grained token))'
    );
    expect(out!.error).not.toContain(TOKEN);
    expect(gh.requests.filter((r) => r.route === 'POST ref')).toHaveLength(1); // 403 is not retried
  });

  test('404 on the repository says the token cannot see it', async () => {
    gh.fail({ route: 'GET pulls', status: 404, message: 'Not Found' });
    const [out] = await run([osvUp()]);
    expect(out).toMatchObject({ operation: 'failed', branch: BRANCH });
    expect(out!.error).toBe(
      'GitHub refused to list open pull requests (404 Not Found) (check that the repository exists and that the token can read it)'
    );
  });

  test('422 "not permitted to create or approve pull requests" points to the setting', async () => {
    gh.fail({ route: 'POST pulls', status: 403, message: 'GitHub Actions is not permitted to create or approve pull requests.' });
    const [out] = await run([osvUp()]);
    expect(out).toMatchObject({ operation: 'failed', branch: BRANCH });
    expect(out!.error).toMatch(
      /^GitHub refused to open a pull request from toolhive-upgrade\/all \(403 GitHub Actions is not permitted.*Allow GitHub Actions to create and approve pull requests/
    );
  });

  test('a protected PR branch gives the branch-protection hint', async () => {
    await run([osvUp()]);
    gh.protectedBranches.add(BRANCH);
    const [out] = await run([osvUp('ghcr.io/stackloklabs/osv-mcp/server:0.2.0')]);
    expect(out).toMatchObject({ operation: 'failed', number: 1, branch: BRANCH });
    expect(out!.error).toMatch(
      /Protected branch update failed.*a branch protection rule or ruleset covers `toolhive-upgrade\/all`.*branch-prefix/
    );
  });

  test('a draft PR refused by the plan is opened ready instead, with a warning', async () => {
    gh.fail({
      route: 'POST pulls',
      status: 422,
      message: 'Validation Failed',
      extra: { errors: [{ message: 'Draft pull requests are not supported in this repository.' }] }
    });
    const out = await run([osvUp()], { draft: true });
    expect(out[0]!.operation).toBe('created');
    expect(gh.pulls.get(1)!.draft).toBe(false);
    expect(messages.some((m) => /draft pull requests are not available/.test(m))).toBe(true);
  });

  test('a reviewer GitHub rejects is a warning, not a failed run', async () => {
    gh.fail({
      route: 'POST reviewers',
      status: 422,
      message: 'Validation Failed',
      extra: { errors: ['Reviews may only be requested from collaborators.'] }
    });
    const out = await run([osvUp()]);
    expect(out[0]!.operation).toBe('created');
    expect(messages).toContain(
      'warning: #1: could not request reviewers: GitHub refused to request reviewers on #1 (422 Validation Failed: Reviews may only be requested from collaborators.)'
    );
  });

  test('a stale image span refuses the edit before anything is written', async () => {
    const stale = osvUp();
    stale.workload.image = 'ghcr.io/stackloklabs/osv-mcp/server:0.0.9';
    const [out] = await run([stale]);
    expect(out).toMatchObject({ operation: 'failed', branch: BRANCH, workloads: ['osv-upgrade'] });
    expect(out!.error).toMatch(/^servers\/osv.json:.*/);
    // Edits are checked before any API call: nothing is read from or written to GitHub.
    expect(gh.routes()).toEqual([]);
  });

  test('a manifest path outside the repository stops the run before any API call', async () => {
    const outside = upgrade({
      file: '../servers/osv.json',
      text: OSV,
      name: 'osv-upgrade',
      candidate: 'ghcr.io/stackloklabs/osv-mcp/server:0.1.3'
    });
    const out = await run([osvUp(), outside], {}, { readFile: async () => OSV });
    expect(out).toEqual([
      {
        operation: 'failed',
        branch: BRANCH,
        workloads: ['osv-upgrade', 'osv-upgrade'],
        error: expect.stringMatching(/^\.\.\/servers\/osv.json: cannot commit/)
      }
    ]);
    expect(gh.routes()).toEqual([]);
  });
});

describe('API calls per PR do not grow with the number of manifests', () => {
  test('1, 10 and 100 upgraded manifests', async () => {
    const counts: Record<number, Record<string, number>> = {};
    for (const n of [1, 10, 100]) {
      const files: Record<string, string> = {};
      for (let i = 0; i < n; i++) files[`servers/s${i}.json`] = OSV.replace('"osv-upgrade"', `"osv-${i}"`);
      const s = await GitHubStandin.start({ files });
      try {
        const baseSha = s.headOf('main')!;
        const ups = Object.entries(files).map(([file, text]) =>
          upgrade({ file, text, name: file, candidate: 'ghcr.io/stackloklabs/osv-mcp/server:0.1.3' })
        );
        const go = (u: UpgradeAvailable[], sha = baseSha) =>
          runPullRequestMode({
            upgrades: u,
            readFile: async (p) => s.show(sha, p).toString('utf8'),
            baseSha: sha,
            baseBranch: 'main',
            registrySource: 'r',
            options: OPTIONS,
            github: createGitHubClient({ token: TOKEN, repository: s.fullName, apiUrl: s.url, pacing: FAST_PACING }),
            log: { info: () => {}, warning: () => {} }
          });
        await go(ups);
        const created = s.requests.length;
        expect(s.show('toolhive-upgrade/all', `servers/s${n - 1}.json`).toString()).toContain('server:0.1.3');
        s.clearLog();
        await go(ups);
        const noop = s.requests.length;
        s.clearLog();
        await go(ups.map((u) => ({ ...u, candidate_image: 'ghcr.io/stackloklabs/osv-mcp/server:0.2.0' })));
        const updated = s.requests.length;
        s.clearLog();
        const moved = s.pushCommit(
          'main',
          Object.fromEntries(Object.entries(files).map(([f, t]) => [f, t.replace('server:0.1.1', 'server:0.2.0')])),
          'bump all'
        );
        await go([], moved);
        const closed = s.requests.length;
        counts[n] = { created, noop, updated, closed };
      } finally {
        await s.close();
      }
    }
    process.stdout.write(`API calls per PR (create/no-op/update/close): ${JSON.stringify(counts)}\n`);
    expect(counts[10]).toEqual(counts[1]);
    expect(counts[100]).toEqual(counts[1]);
    // `GET tree` (the base commit's listing, to check the edited files are committed) is once per run, not per PR;
    // one viewer query per run once an Action PR is open; one comment listing before closing.
    expect(counts[1]).toEqual({ created: 10, noop: 3, updated: 9, closed: 7 });
  });
});

describe('a manifest that cannot be edited in place', () => {
  test('is left out with a warning; the other upgrades still get their PR', async () => {
    const folded =
      'apiVersion: toolhive.stacklok.dev/v1beta1\nkind: MCPServer\nmetadata:\n  name: folded\nspec:\n  image: >-\n    ghcr.io/stackloklabs/gofetch/server:1.0.1\n';
    await gh.close();
    gh = await GitHubStandin.start({ files: { ...FILES, 'k8s/folded.yaml': folded } });
    const foldedUp = upgrade({
      file: 'k8s/folded.yaml',
      text: folded,
      kind: 'mcpserver',
      name: 'folded',
      token: '>-\n    ghcr.io/stackloklabs/gofetch/server:1.0.1',
      candidate: 'ghcr.io/stackloklabs/gofetch/server:1.1.0'
    });
    const outcomes = await run([foldedUp, osvUp()]);
    expect(outcomes.map((o) => o.operation)).toEqual(['created']);
    expect(gh.show(BRANCH, 'k8s/folded.yaml').toString()).toBe(folded);
    expect(gh.show(BRANCH, 'servers/osv.json').toString()).toBe(OSV.replace('server:0.1.1', 'server:0.1.3'));
    expect(gh.pulls.get(1)!.body).not.toContain('folded');
    expect(
      messages.some((m) => /^warning: k8s\/folded.yaml.*not proposing ghcr.io\/stackloklabs\/gofetch\/server:1.1.0 for folded/.test(m))
    ).toBe(true);
  });
});
