// End to end: what PR mode may commit. The BUILT dist/index.js against the GitHub stand-in (a real
// bare git repository): only regular files inside the repository, only content committed at
// GITHUB_SHA, only onto a commit that is on the base branch, at repository-relative paths, and
// only tag changes.
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { readFixture } from '../helpers/fixtures.js';
import { GitHubStandin } from '../helpers/github-standin.js';
import { branchRunEnv, runBuiltAction } from '../helpers/run-action.js';

const TOKEN = 'ghs_E2eSafetyTokenNeverPrinted0000000';
const OSV = readFixture('synthetic/runconfig-osv-upgrade-registry-sourced.json');
const REGISTRY = readFixture('registry/upstream/upgrade-e2e/registry-high.json');
const UPGRADED = OSV.replace('server:0.1.1', 'server:0.1.3');
const BRANCH = 'toolhive-upgrade/all';
const SECRET = 'Pa55-outside-the-repository-e2e';
const LEAK = 'ghp_uncommittedValueFromAnEarlierStep0';

let gh: GitHubStandin;
let dir: string;

async function start(options: Parameters<typeof GitHubStandin.start>[0]) {
  gh = await GitHubStandin.start(options);
}
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'thv-pr-safety-'));
});
afterEach(async () => {
  await gh?.close();
});

/** One Action run in `workspace` (a clone of main unless given), on main's head unless told otherwise. */
async function action(
  opts: { workspace?: string; paths?: string; registry?: string; inputs?: Record<string, string>; env?: Record<string, string> } = {}
) {
  const registry = path.join(dir, `registry-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(registry, opts.registry ?? REGISTRY);
  return runBuiltAction(
    { mode: 'pr', paths: opts.paths ?? 'servers', registry, 'registry-type': 'file', token: TOKEN, verify: 'disabled', ...opts.inputs },
    { ...branchRunEnv(gh, dir), ...opts.env },
    opts.workspace ?? gh.clone('main')
  );
}

function resultsOf(run: { outputs: Record<string, string> }): { file: string; status: string; reason?: string }[] {
  return JSON.parse(run.outputs.results) as { file: string; status: string; reason?: string }[];
}

function filesOn(branch: string): string[] {
  return execFileSync('git', ['ls-tree', '-r', '--name-only', branch], { cwd: gh.bareDir, encoding: 'utf8' }).trim().split('\n');
}

test('a committed symbolic link is never followed: an invalid result, and its target never reaches a commit', async () => {
  // `deploy/link.json` and `linked` point out of the repository, to files holding a password.
  await start({ files: { 'servers/osv.json': OSV }, symlinks: { 'deploy/link.json': '../../outside/secret.json', linked: '../outside' } });
  const workspace = gh.clone('main');
  const outside = path.join(workspace, '..', 'outside');
  mkdirSync(outside);
  const withSecret = OSV.replace('"FOO": "bar"', `"DB_PASSWORD": "${SECRET}"`);
  writeFileSync(path.join(outside, 'secret.json'), withSecret);
  writeFileSync(path.join(outside, 'osv.json'), withSecret);

  const run = await action({ workspace, paths: 'servers\ndeploy/link.json\nlinked' });
  const rule = 'manifests are read only as regular files inside the repository';
  expect(
    resultsOf(run)
      .filter((r) => r.status === 'invalid')
      .map((r) => [r.file, r.reason])
  ).toEqual([
    ['deploy/link.json', `is a symbolic link; ${rule}`],
    ['linked/osv.json', `is inside linked, a symbolic link to a directory; ${rule}`],
    ['linked/secret.json', `is inside linked, a symbolic link to a directory; ${rule}`]
  ]);
  // The regular manifest still gets its PR; the links stay links, nothing new is added.
  expect(run.outputs['pull-request-operation']).toBe('created');
  expect(gh.show(BRANCH, 'servers/osv.json').toString()).toBe(UPGRADED);
  expect(filesOn(BRANCH).sort()).toEqual(['deploy/link.json', 'linked', 'servers/osv.json']);
  expect(execFileSync('git', ['ls-tree', BRANCH, 'deploy/link.json'], { cwd: gh.bareDir, encoding: 'utf8' })).toMatch(/^120000 /);
  expect(gh.logAll()).not.toContain(SECRET);
  expect(run.stdout + run.summary).not.toContain(SECRET);
  // `invalid` fails the step in PR mode by default.
  expect(run.code).toBe(1);
}, 60_000);

test('an uncommitted change in a manifest the PR would edit refuses that PR, naming the file', async () => {
  await start({ files: { 'servers/osv.json': OSV } });
  const workspace = gh.clone('main');
  // An earlier step left an extra key with a secret-looking value in the checkout.
  writeFileSync(path.join(workspace, 'servers/osv.json'), OSV.replace('"FOO": "bar"', `"FOO": "bar",\n    "EXTRA_TOKEN": "${LEAK}"`));

  const run = await action({ workspace });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    `servers/osv.json: differs from the commit GITHUB_SHA (${gh.headOf('main')!.slice(0, 12)}) (uncommitted changes in the workspace); PR mode commits only what is committed`
  );
  expect(gh.branches()).toEqual(['main']);
  expect(gh.pulls.size).toBe(0);
  expect(gh.logAll()).not.toContain(LEAK);
  expect(run.stdout + run.summary).not.toContain(LEAK);
}, 60_000);

test('an untracked manifest is refused too: it is not in the commit', async () => {
  await start({ files: { 'servers/osv.json': OSV } });
  const workspace = gh.clone('main');
  writeFileSync(path.join(workspace, 'servers/generated.json'), OSV.replace('"osv-upgrade"', '"generated"'));
  const run = await action({ workspace, paths: 'servers/generated.json' });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(
    /servers\/generated.json: is not in the commit GITHUB_SHA \([0-9a-f]{12}\) \(an untracked file in the workspace\)/
  );
  expect(gh.branches()).toEqual(['main']);
}, 60_000);

test('base: another branch is refused unless GITHUB_SHA is its head; then the PR goes to it', async () => {
  await start({ files: { 'servers/osv.json': OSV } });
  gh.setBranch('release', gh.headOf('main')!);
  gh.pushCommit('main', { 'main-only.txt': 'work that is not on release\n' }, 'Main-only work');

  const refused = await action({ inputs: { base: 'release' } });
  expect(refused.code).toBe(1);
  expect(refused.stdout).toContain(`input base: release: it is not the checked-out commit (GITHUB_SHA ${gh.headOf('main')!.slice(0, 12)}`);
  expect(refused.stdout).toContain('run the workflow on release');
  expect(gh.branches().sort()).toEqual(['main', 'release']);
  expect(gh.pulls.size).toBe(0);

  // Run on release (GITHUB_SHA is its head): the PR into release carries only the upgrade.
  const release = gh.headOf('release')!;
  const ok = await action({
    workspace: gh.clone('release'),
    inputs: { base: 'release' },
    env: { GITHUB_SHA: release, GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' }
  });
  expect(ok.outputs['pull-request-operation']).toBe('created');
  const branch = 'toolhive-upgrade/release/all';
  expect(gh.commit(gh.headOf(branch)!).parents).toEqual([release]);
  expect(filesOn(branch)).not.toContain('main-only.txt');
  expect(gh.pulls.get(1)!.base).toBe('release');
}, 90_000);

test('a repository checked out into a subdirectory: the PR edits the files at the repository root', async () => {
  await start({ files: { 'deploy/osv.json': OSV } });
  const workspace = path.join(dir, 'workspace');
  mkdirSync(workspace);
  gh.clone('main', path.join(workspace, 'infra'));
  appendFileSync(path.join(workspace, 'unrelated.txt'), 'not part of the checkout\n');

  const run = await action({ workspace, paths: 'infra/deploy' });
  expect(run.outputs['pull-request-operation']).toBe('created');
  expect(filesOn(BRANCH)).toEqual(['deploy/osv.json']);
  expect(gh.show(BRANCH, 'deploy/osv.json').toString()).toBe(UPGRADED);
  // The check's report still names the workspace path.
  expect(resultsOf(run)[0]!.file).toBe('infra/deploy/osv.json');
}, 60_000);

test('a candidate in another registry is not proposed: no PR, a warning naming the workload and why', async () => {
  const local = OSV.replace('ghcr.io/stackloklabs/osv-mcp/server:0.1.1', 'localhost/stackloklabs/osv-mcp/server:0.1.1');
  await start({ files: { 'servers/osv.json': local } });
  const run = await action({
    registry: REGISTRY.replace('ghcr.io/stackloklabs/osv-mcp/server:0.1.3', 'index.docker.io/localhost/stackloklabs/osv-mcp/server:9.9.9')
  });
  // Still a finding of the check.
  expect(resultsOf(run).map((r) => r.status)).toEqual(['upgrade-available']);
  expect(run.stdout).toMatch(
    /::warning::servers\/osv.json: not proposing index.docker.io\/localhost\/stackloklabs\/osv-mcp\/server:9.9.9 for osv-upgrade: .*upgrades only change the tag, never the registry or repository/
  );
  expect(run.outputs['pull-request-operation']).toBe('none');
  expect(gh.branches()).toEqual(['main']);
  expect(gh.pulls.size).toBe(0);
}, 60_000);
