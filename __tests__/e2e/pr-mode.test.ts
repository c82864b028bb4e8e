// End to end: the BUILT dist/index.js in `mode: pr`, run as a GitHub runner runs it (INPUT_*,
// GITHUB_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), against the GitHub stand-in.
// The workspace is a real `git clone` of the stand-in's repository, as actions/checkout makes it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFixture } from '../helpers/fixtures.js';
import { GitHubStandin } from '../helpers/github-standin.js';
import { branchRunEnv, runBuiltAction } from '../helpers/run-action.js';

const TOKEN = 'ghs_E2eTokenThatMustNeverBePrinted000';
const OSV = readFixture('synthetic/runconfig-osv-upgrade-registry-sourced.json');
const REGISTRY = readFixture('registry/upstream/upgrade-e2e/registry-high.json');
const BRANCH = 'toolhive-upgrade/all';

describe('dist/index.js in PR mode against the GitHub stand-in', () => {
  let gh: GitHubStandin;
  let registryDir: string;

  beforeEach(async () => {
    gh = await GitHubStandin.start({ files: { 'servers/osv.json': OSV, 'README.md': 'manifests\n' } });
    registryDir = mkdtempSync(path.join(os.tmpdir(), 'thv-registry-'));
  });
  afterEach(async () => {
    await gh.close();
  });

  /** One Action run on a fresh checkout of main, with the registry offering `tag` for osv. */
  async function action(tag: string) {
    const registry = path.join(registryDir, `registry-${tag}.json`);
    writeFileSync(registry, REGISTRY.replace('osv-mcp/server:0.1.3', `osv-mcp/server:${tag}`));
    const workspace = gh.clone('main');
    return runBuiltAction(
      { mode: 'pr', paths: 'servers', registry, 'registry-type': 'file', token: TOKEN, verify: 'disabled' },
      branchRunEnv(gh, registryDir),
      workspace
    );
  }

  test('create, no-op, update, foreign commit, then close when the base has the bump', async () => {
    const first = await action('0.1.3');
    // The runner masks what follows ::add-mask::; nothing else may carry the token.
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
    expect((first.stdout + first.stderr).replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN.slice(4));
    expect(first.outputs['pull-request-operation']).toBe('created');
    expect(first.outputs['pull-request-number']).toBe('1');
    expect(first.outputs['pull-request-url']).toBe(`https://github.test/${gh.fullName}/pull/1`);
    expect(gh.show(BRANCH, 'servers/osv.json').toString()).toBe(OSV.replace('server:0.1.1', 'server:0.1.3'));
    const head = gh.headOf(BRANCH);

    const second = await action('0.1.3');
    expect(second.outputs['pull-request-operation']).toBe('none');
    expect(gh.headOf(BRANCH)).toBe(head);
    expect(gh.pulls.size).toBe(1);

    const third = await action('0.1.4');
    expect(third.outputs['pull-request-operation']).toBe('updated');
    expect(third.outputs['pull-request-number']).toBe('1');
    expect(gh.show(BRANCH, 'servers/osv.json').toString()).toBe(OSV.replace('server:0.1.1', 'server:0.1.4'));

    const foreign = gh.pushCommit(
      BRANCH,
      { 'servers/osv.json': OSV.replace('server:0.1.1', 'server:0.1.4').replace('"FOO": "bar"', '"FOO": "baz"') },
      'Tune FOO'
    );
    const fourth = await action('0.1.5');
    expect(fourth.outputs['pull-request-operation']).toBe('none');
    expect(gh.headOf(BRANCH)).toBe(foreign);
    expect(gh.comments).toHaveLength(1);
    await action('0.1.5');
    expect(gh.comments).toHaveLength(1);
  });

  test('a base that already has the bump closes the PR and deletes its branch', async () => {
    expect((await action('0.1.3')).outputs['pull-request-operation']).toBe('created');
    gh.pushCommit('main', { 'servers/osv.json': OSV.replace('server:0.1.1', 'server:0.1.3') }, 'Bump osv by hand');
    const run = await action('0.1.3');
    expect(run.outputs['pull-request-operation']).toBe('closed');
    expect(run.outputs['pull-request-number']).toBe('1');
    expect(gh.pulls.get(1)!.state).toBe('closed');
    expect(gh.headOf(BRANCH)).toBeNull();
  });
});
