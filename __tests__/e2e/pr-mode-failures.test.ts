// End to end: the BUILT dist/index.js in `mode: pr` when GitHub fails part of the way, when people
// use the Action's branch namespace, and with the PR-count limit. Each fault test re-runs without
// the fault and compares the repository with a clean run's (branches, commits, PRs, comments).
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFixture } from '../helpers/fixtures.js';
import { GitHubStandin } from '../helpers/github-standin.js';
import { branchRunEnv, runBuiltAction, type ActionRun } from '../helpers/run-action.js';

const TOKEN = 'ghs_E2eFailureTokenNeverPrinted0000000';
const OSV = readFixture('synthetic/runconfig-osv-upgrade-registry-sourced.json');
const REGISTRY = readFixture('registry/upstream/upgrade-e2e/registry-high.json');
const ALL = 'toolhive-upgrade/all';

/** The osv RunConfig under another workload name (each gets its own PR with grouping per-workload). */
const named = (name: string) => OSV.replace(/"osv-upgrade"/g, JSON.stringify(name));
const THREE = { 'servers/a.json': named('osv-a'), 'servers/b.json': named('osv-b'), 'servers/c.json': named('osv-c') };
const branchOf = (file: string, name: string) => `toolhive-upgrade/servers-${file}/${name}`;
const A = branchOf('a.json', 'osv-a');
const B = branchOf('b.json', 'osv-b');
const C = branchOf('c.json', 'osv-c');

interface PullRequestsRow {
  number: number | null;
  url: string | null;
  operation: string;
  branch: string;
  head_sha: string | null;
  workloads: string[];
  error?: string;
  waiting?: boolean;
}

const started: GitHubStandin[] = [];
async function standin(files: Record<string, string>): Promise<GitHubStandin> {
  const gh = await GitHubStandin.start({ files: { ...files, 'README.md': 'manifests\n' } });
  started.push(gh);
  return gh;
}
afterEach(async () => {
  for (const gh of started.splice(0)) await gh.close();
});

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'thv-pr-failures-'));
});

/** One Action run on a fresh checkout of main, the registry offering `tag` for osv. */
async function action(gh: GitHubStandin, inputs: Record<string, string> = {}, tag = '0.1.3'): Promise<ActionRun> {
  const registry = path.join(scratch, `registry-${tag}.json`);
  writeFileSync(registry, REGISTRY.replace('osv-mcp/server:0.1.3', `osv-mcp/server:${tag}`));
  return runBuiltAction(
    { mode: 'pr', paths: 'servers', registry, 'registry-type': 'file', token: TOKEN, verify: 'disabled', ...inputs },
    branchRunEnv(gh, scratch),
    gh.clone('main')
  );
}

const pullRequests = (run: ActionRun): PullRequestsRow[] => JSON.parse(run.outputs['pull-requests']!) as PullRequestsRow[];

/** Fails only the `n`-th request on `route` (1-based). */
function nth(route: string, n: number) {
  let seen = 0;
  return (r: { route: string }) => r.route === route && ++seen === n;
}

describe('a GitHub failure never loses the report', () => {
  test('500 on "create pull request": summary, outputs and the failure are reported; the re-run opens the PR and ends as a clean run does', async () => {
    const gh = await standin({ 'servers/osv.json': OSV });
    // Four answers: the first try and the retry plugin's three retries.
    gh.fail({ route: 'POST pulls', status: 500, message: 'Server Error', times: 4 });
    const failed = await action(gh);
    expect(failed.code).toBe(1);
    expect(failed.outputs['pull-request-operation']).toBe('failed');
    expect(failed.outputs['pull-request-branch']).toBe(ALL);
    expect(failed.outputs['upgrades-available']).toBe('1');
    expect(pullRequests(failed)).toEqual([
      {
        number: null,
        url: null,
        operation: 'failed',
        branch: ALL,
        head_sha: null,
        workloads: ['osv-upgrade'],
        error:
          'GitHub refused to open a pull request from toolhive-upgrade/all (500 Server Error) (GitHub kept failing after retries; run again later)'
      }
    ]);
    expect(failed.summary).toContain('## ToolHive workload upgrade check');
    expect(failed.summary).toContain('- Pull request `toolhive-upgrade/all`: failed (GitHub refused to open a pull request');
    expect(failed.stdout).toMatch(/::error::toolhive-upgrade\/all: failed: GitHub refused to open a pull request/);
    expect(failed.stdout).toMatch(/::error::PR mode: 1 of 1 pull request failed/);
    // The branch stays: it holds the Action's commit, which the next run opens the PR for.
    expect(gh.headOf(ALL)).not.toBeNull();
    expect(gh.pulls.size).toBe(0);

    const rerun = await action(gh);
    expect(rerun.code).toBe(0);
    expect(rerun.outputs['pull-request-operation']).toBe('created');
    expect(rerun.outputs['pull-request-head-sha']).toBe(gh.headOf(ALL));
    // Opening the PR for the existing branch: no second commit.
    expect(gh.apiCommits).toHaveLength(1);

    const clean = await standin({ 'servers/osv.json': OSV });
    expect((await action(clean)).code).toBe(0);
    expect(gh.snapshot()).toEqual(clean.snapshot());
  }, 120_000);

  test('422 on the second of three per-workload PRs: the third is still opened, the step fails, the re-run completes the set', async () => {
    const gh = await standin(THREE);
    gh.fail({
      route: nth('POST pulls', 2),
      status: 422,
      message: 'Validation Failed',
      extra: { errors: [{ message: 'No commits between main and <b>bad</b>' }] }
    });
    const failed = await action(gh, { grouping: 'per-workload' });
    expect(failed.code).toBe(1);
    const rows = pullRequests(failed);
    expect(rows.map((r) => [r.branch, r.operation, r.number, r.workloads])).toEqual([
      [A, 'created', 1, ['osv-a']],
      [B, 'failed', null, ['osv-b']],
      [C, 'created', 2, ['osv-c']]
    ]);
    expect(rows[0]!.head_sha).toBe(gh.headOf(A));
    expect(rows[1]!.error).toBe(
      `GitHub refused to open a pull request from ${B} (422 Validation Failed: No commits between main and <b>bad</b>)`
    );
    // The primary outcome of the run is still "created"; pull-requests lists them all.
    expect(failed.outputs['pull-request-operation']).toBe('created');
    expect(failed.outputs['pull-request-number']).toBe('1');
    // The error text is escaped in the summary: GitHub's message cannot inject markup.
    expect(failed.summary).toContain(`- Pull request \`${B}\`: failed (`);
    expect(failed.summary).not.toContain('<b>bad</b>');
    expect(failed.stdout).toMatch(/PR mode: 1 of 3 pull requests failed/);

    const rerun = await action(gh, { grouping: 'per-workload' });
    expect(rerun.code).toBe(0);
    expect(pullRequests(rerun).map((r) => [r.branch, r.operation])).toEqual([
      [A, 'none'],
      [B, 'created'],
      [C, 'none']
    ]);

    const clean = await standin(THREE);
    expect((await action(clean, { grouping: 'per-workload' })).code).toBe(0);
    expect(gh.snapshot()).toEqual(clean.snapshot());
  }, 120_000);

  test('a manifest whose path PR mode cannot commit fails its own group only', async () => {
    const gh = await standin({
      'servers/a.json': named('osv-a'),
      'servers/back\\slash.json': named('osv-b'),
      'servers/c.json': named('osv-c')
    });
    const run = await action(gh, { grouping: 'per-workload' });
    expect(run.code).toBe(1);
    const rows = pullRequests(run);
    expect(rows.map((r) => [r.branch, r.operation])).toEqual([
      [A, 'created'],
      ['toolhive-upgrade/servers-back-slash.json/osv-b', 'failed'],
      [C, 'created']
    ]);
    expect(rows[1]!.error).toMatch(/^servers\/back\\slash\.json: cannot commit/);
    expect(run.summary).toContain('## ToolHive workload upgrade check');
    expect(gh.pulls.size).toBe(2);
  }, 120_000);

  test('a failing step before any group (the viewer query refused) still writes the report', async () => {
    const gh = await standin({ 'servers/osv.json': OSV });
    expect((await action(gh)).outputs['pull-request-operation']).toBe('created');
    gh.viewerFails = true;
    const run = await action(gh, {}, '0.1.4');
    expect(run.code).toBe(1);
    expect(pullRequests(run)).toEqual([
      expect.objectContaining({ operation: 'failed', branch: ALL, error: expect.stringMatching(/viewer/) })
    ]);
    expect(run.summary).toContain('1 upgrade-available');
    // Nothing was written: the branch still holds the first run's commit.
    expect(gh.show(ALL, 'servers/osv.json').toString()).toContain('server:0.1.3');
  }, 120_000);
});

describe('closing is idempotent and the Action knows its own close', () => {
  test('closing fails after the comment: the re-run closes without a second comment and ends as a clean run does', async () => {
    const gh = await standin({ 'servers/osv.json': OSV });
    await action(gh);
    gh.pushCommit('main', { 'servers/osv.json': OSV.replace('server:0.1.1', 'server:0.1.3') }, 'Bump osv by hand');
    gh.fail({ route: 'PATCH pull', status: 403, message: 'Resource not accessible by integration' });
    const failed = await action(gh);
    expect(failed.code).toBe(1);
    expect(failed.outputs['pull-request-operation']).toBe('failed');
    expect(gh.comments).toHaveLength(1);
    expect(gh.pulls.get(1)!.state).toBe('open');

    const rerun = await action(gh);
    expect(rerun.code).toBe(0);
    expect(rerun.outputs['pull-request-operation']).toBe('closed');
    expect(gh.comments).toHaveLength(1);
    expect(gh.pulls.get(1)!.state).toBe('closed');
    expect(gh.headOf(ALL)).toBeNull();

    const clean = await standin({ 'servers/osv.json': OSV });
    await action(clean);
    clean.pushCommit('main', { 'servers/osv.json': OSV.replace('server:0.1.1', 'server:0.1.3') }, 'Bump osv by hand');
    expect((await action(clean)).outputs['pull-request-operation']).toBe('closed');
    expect(gh.snapshot()).toEqual(clean.snapshot());
  }, 120_000);

  test('deleting the branch fails after its own close: the re-run deletes it and ends as a clean run does', async () => {
    const bump = (gh: GitHubStandin) =>
      gh.pushCommit('main', { 'servers/osv.json': OSV.replace('server:0.1.1', 'server:0.1.3') }, 'Bump osv by hand');
    const gh = await standin({ 'servers/osv.json': OSV });
    await action(gh);
    bump(gh);
    gh.fail({ route: 'DELETE ref', status: 403, message: 'Resource not accessible by integration' });
    const failed = await action(gh);
    expect(failed.code).toBe(1);
    expect(pullRequests(failed)).toEqual([
      expect.objectContaining({ operation: 'failed', number: 1, error: expect.stringMatching(/delete the branch toolhive-upgrade\/all/) })
    ]);
    expect(gh.pulls.get(1)!.state).toBe('closed');
    expect(gh.headOf(ALL)).not.toBeNull();

    const rerun = await action(gh);
    expect(rerun.code).toBe(0);
    expect(gh.headOf(ALL)).toBeNull();
    expect(gh.comments).toHaveLength(1);

    const clean = await standin({ 'servers/osv.json': OSV });
    await action(clean);
    bump(clean);
    await action(clean);
    expect(gh.snapshot()).toEqual(clean.snapshot());
  }, 180_000);

  test("a PR the Action closed itself (branch left behind) is proposed again for the same upgrade; a person's close is respected", async () => {
    const gh = await standin({ 'servers/osv.json': OSV });
    await action(gh);
    // The registry stops offering 0.1.3 (it offers the current 0.1.1): nothing to upgrade, the Action closes its PR,
    // but deleting the branch fails.
    gh.fail({ route: 'DELETE ref', status: 403, message: 'Resource not accessible by integration' });
    expect((await action(gh, {}, '0.1.1')).code).toBe(1);
    expect(gh.pulls.get(1)!.state).toBe('closed');
    expect(gh.headOf(ALL)).not.toBeNull();
    // The registry offers 0.1.3 again, on the same base: the branch holds exactly this proposal.
    const again = await action(gh);
    expect(again.code).toBe(0);
    expect(again.outputs['pull-request-operation']).toBe('created');
    expect(again.outputs['pull-request-number']).toBe('2');
    expect(gh.pulls.get(2)!.state).toBe('open');

    // A person closes the new PR without merging: that "no" is respected.
    gh.pulls.get(2)!.state = 'closed';
    gh.pulls.get(2)!.closedHeadSha = gh.headOf(ALL)!;
    const respected = await action(gh);
    expect(respected.outputs['pull-request-operation']).toBe('none');
    expect(pullRequests(respected)[0]!.head_sha).toBe(gh.headOf(ALL));
    expect(gh.pulls.size).toBe(2);
  }, 180_000);
});

describe('the Action trusts only itself', () => {
  test('a marker comment written by someone else does not silence the Action', async () => {
    const gh = await standin({ 'servers/osv.json': OSV });
    await action(gh);
    // Anyone can paste the hidden marker into a comment.
    gh.personComment(1, '<!-- toolhive-upgrade-action:foreign-commit -->\nlgtm', 'mallory');
    gh.pushCommit(
      ALL,
      { 'servers/osv.json': OSV.replace('server:0.1.1', 'server:0.1.3').replace('"FOO": "bar"', '"FOO": "baz"') },
      'Tune FOO'
    );
    const run = await action(gh, {}, '0.1.4');
    expect(run.outputs['pull-request-operation']).toBe('none');
    const ours = gh.comments.filter((c) => c.user === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('will not update `toolhive-upgrade/all`');
  }, 120_000);

  test("a person's PR from a branch under the prefix is never commented on, closed or deleted", async () => {
    const gh = await standin({ 'servers/osv.json': OSV });
    // A person's own branch under the prefix with a PR, and a person's PR on the exact branch this run wants.
    const personal = 'toolhive-upgrade/servers-osv.json/my-experiment';
    personBranch(gh, personal);
    const theirs = gh.personPull(personal, 'My experiment', 'a-person');
    personBranch(gh, ALL);
    const theirsOnAll = gh.personPull(ALL, 'Hand-made upgrade', 'a-person');

    const run = await action(gh);
    expect(run.outputs['pull-request-operation']).toBe('none');
    expect(pullRequests(run)).toEqual([expect.objectContaining({ branch: ALL, operation: 'none' })]);
    expect(run.summary).toContain('opened by a\\-person\\, not by this Action');
    expect(gh.comments).toHaveLength(0);
    expect(theirs.state).toBe('open');
    expect(theirsOnAll.state).toBe('open');
    expect(gh.headOf(personal)).not.toBeNull();
    expect(gh.pulls.size).toBe(2);
    // Nothing left to upgrade: still nothing of theirs is closed or deleted.
    gh.pushCommit('main', { 'servers/osv.json': OSV.replace('server:0.1.1', 'server:0.1.3') }, 'Bump osv by hand');
    const later = await action(gh);
    expect(later.code).toBe(0);
    expect(theirs.state).toBe('open');
    expect(theirsOnAll.state).toBe('open');
    expect(gh.headOf(personal)).not.toBeNull();
    expect(gh.headOf(ALL)).not.toBeNull();
    expect(gh.comments).toHaveLength(0);
  }, 120_000);
});

/** A person's branch: main plus one commit of theirs. */
function personBranch(gh: GitHubStandin, branch: string): void {
  gh.setBranch(branch, gh.headOf('main')!);
  gh.pushCommit(branch, { 'NOTES.md': `work on ${branch}\n` }, "A person's work");
}

describe('max-pull-requests and commit-message', () => {
  test('groups beyond the limit wait, are listed as waiting, and open once a slot is free', async () => {
    const gh = await standin(THREE);
    const run = await action(gh, { grouping: 'per-workload', 'max-pull-requests': '2' });
    expect(run.code).toBe(0);
    expect(pullRequests(run).map((r) => [r.branch, r.operation, r.waiting ?? false])).toEqual([
      [A, 'created', false],
      [B, 'created', false],
      [C, 'none', true]
    ]);
    expect(run.summary).toContain(
      `- Pull request \`${C}\`: waiting (max\\-pull\\-requests\\: 2 pull requests of this Action are already open)`
    );
    expect(run.stdout).toContain(`${C}: waiting (max-pull-requests: 2 pull requests of this Action are already open)`);
    expect(gh.headOf(C)).toBeNull();

    const still = await action(gh, { grouping: 'per-workload', 'max-pull-requests': '2' });
    expect(pullRequests(still).map((r) => [r.operation, r.waiting ?? false])).toEqual([
      ['none', false],
      ['none', false],
      ['none', true]
    ]);

    gh.squashMerge(1);
    const freed = await action(gh, { grouping: 'per-workload', 'max-pull-requests': '2' });
    expect(pullRequests(freed).find((r) => r.branch === C)).toMatchObject({ operation: 'created' });
    expect(gh.pulls.size).toBe(3);
  }, 180_000);

  test("commit-message replaces the subject; the Action's trailers are kept", async () => {
    const gh = await standin({ 'servers/osv.json': OSV });
    const run = await action(gh, { 'commit-message': 'chore(deps): bump MCP servers\nRoutine upgrade.' });
    expect(run.code).toBe(0);
    const message = gh.commit(gh.headOf(ALL)!).message;
    expect(message.split('\n')[0]).toBe('chore(deps): bump MCP servers');
    expect(message).toContain('Routine upgrade.');
    expect(message).toMatch(
      /\n\nToolhive-Upgrade-Base: [0-9a-f]{40}\nToolhive-Upgrade-Tree: [0-9a-f]{40}\nToolhive-Upgrade-Content: sha256:[0-9a-f]{64}\n$/
    );
    // The trailers still prove ownership: an unchanged re-run is a no-op.
    expect(
      (await action(gh, { 'commit-message': 'chore(deps): bump MCP servers\nRoutine upgrade.' })).outputs['pull-request-operation']
    ).toBe('none');
  }, 120_000);
});

describe('rate limits', () => {
  test('a secondary rate limit on "create pull request" (403 + retry-after: 1) is waited out: one PR, step passes', async () => {
    const gh = await standin({ 'servers/osv.json': OSV });
    gh.secondaryRateLimit('POST pulls', 1);
    const run = await action(gh);
    expect(run.code).toBe(0);
    expect(run.outputs['pull-request-operation']).toBe('created');
    const creates = gh.requests.filter((r) => r.route === 'POST pulls');
    expect(creates.map((r) => r.status)).toEqual([403, 201]);
    expect(creates[1]!.at - creates[0]!.at).toBeGreaterThanOrEqual(990);
    expect(gh.pulls.size).toBe(1);
    expect(run.stdout).toMatch(/secondary rate limit on POST .*\/pulls; retrying in 1s/);
  }, 120_000);
});
