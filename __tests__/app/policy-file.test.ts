// Where the policy file and the paths it names are read from: the repository root.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actionPolicyFile, cliPolicyFile, loadPolicy, repositoryPathOf } from '../../src/app/policy-file.js';
import { heldBy } from '../../src/core/policy/evaluate.js';
import { DEFAULT_POLICY, type UpgradePolicy, type UpgradeSubject } from '../../src/core/policy/types.js';
import { fixturesDir } from '../helpers/fixtures.js';
import { findRepositoryRoot } from '../../src/io/git/repository-root.js';

function tree(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'thv-policy-file-'));
}

describe('findRepositoryRoot', () => {
  test('walks up to the directory holding .git (a directory, or a file in worktrees)', () => {
    const root = tree();
    mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    mkdirSync(path.join(root, '.git'));
    expect(findRepositoryRoot(path.join(root, 'a', 'b'))).toBe(root);
    const worktree = path.join(root, 'a');
    writeFileSync(path.join(worktree, '.git'), 'gitdir: /elsewhere\n');
    expect(findRepositoryRoot(path.join(worktree, 'b'))).toBe(worktree);
  });

  test('outside a work tree: the directory it started from', () => {
    const dir = path.join(tree(), 'x');
    mkdirSync(dir);
    expect(findRepositoryRoot(dir)).toBe(dir);
  });
});

describe('repositoryPathOf', () => {
  test('results of a run below the repository root are named from the root, with /', () => {
    expect(repositoryPathOf('/repo/services', '/repo')('deploy/a.json')).toBe('services/deploy/a.json');
    expect(repositoryPathOf('/repo', '/repo')('deploy/a.json')).toBe('deploy/a.json');
    expect(repositoryPathOf('/repo/services', '/repo')('../deploy/a.json')).toBe('deploy/a.json');
  });
});

describe('choosing and reading the file', () => {
  test('the CLI reads --config from the current directory; no flag, no file', () => {
    expect(cliPolicyFile(undefined, '/work')).toBeUndefined();
    expect(cliPolicyFile('p.yml', '/work/sub')).toEqual({ path: '/work/sub/p.yml', explicit: true });
  });

  test('the Action reads the default file from the repository root, and only when it exists', async () => {
    const root = tree();
    mkdirSync(path.join(root, '.git'));
    mkdirSync(path.join(root, 'sub'));
    const choice = actionPolicyFile(undefined, path.join(root, 'sub'));
    expect(choice).toEqual({ path: path.join(root, '.github', 'toolhive-upgrade.yml'), explicit: false });
    expect(await loadPolicy(choice, root)).toBe(DEFAULT_POLICY);
    mkdirSync(path.join(root, '.github'));
    writeFileSync(choice.path, 'update-types: patch\n');
    expect((await loadPolicy(choice, root)).updateTypes).toEqual({
      types: ['patch'],
      source: { file: '.github/toolhive-upgrade.yml', line: 1 }
    });
  });

  test('an empty file is the default policy', async () => {
    const root = tree();
    writeFileSync(path.join(root, 'p.yml'), '# nothing yet\n');
    expect(await loadPolicy({ path: path.join(root, 'p.yml'), explicit: true }, root)).toBe(DEFAULT_POLICY);
  });
});

describe('the documented example policy', () => {
  const file = path.join(fixturesDir, 'policy', 'full.yml');
  let policy: UpgradePolicy;
  beforeAll(async () => {
    policy = await loadPolicy({ path: file, explicit: true }, path.join(fixturesDir, 'policy'));
  });
  const subject = (over: Partial<UpgradeSubject>): UpgradeSubject => ({
    workload: 'github',
    server: 'io.github.stacklok/github',
    path: 'deploy/dev/github.json',
    updateType: 'minor',
    currentIsPrerelease: false,
    ...over
  });

  test.each<[string, Partial<UpgradeSubject>, string | undefined]>([
    ['minor in dev', {}, undefined],
    ['major in dev', { updateType: 'major' }, 'update-types [minor, patch] (full.yml:9)'],
    ['legacy workload', { workload: 'legacy-db' }, 'ignore workload legacy-* (full.yml:4)'],
    ['acme server', { server: 'io.github.acme/tools' }, 'ignore server io.github.acme/* (full.yml:5)'],
    ['frozen path', { path: 'deploy/frozen/a.json' }, 'ignore path deploy/frozen/** (full.yml:6)'],
    ['minor in prod', { path: 'deploy/prod/github.json' }, 'update-types [patch] (full.yml:14)'],
    ['prerelease on a canary', { path: 'deploy/canary/github.json', updateType: 'prerelease' }, undefined],
    [
      'fetch-* workloads of fetch',
      { workload: 'fetch-a', server: 'io.github.stacklok/fetch', path: 'deploy/prod/f.json', updateType: 'patch' },
      'rule ignore (full.yml:19)'
    ],
    ['…but not in dev', { workload: 'fetch-a', server: 'io.github.stacklok/fetch' }, undefined]
  ])('%s', (_name, over, expected) => {
    expect(heldBy(policy, subject(over))).toBe(expected);
  });
});
