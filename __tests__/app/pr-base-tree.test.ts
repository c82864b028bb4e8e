// The base commit's tree against the GitHub stand-in: read once per run, executable manifests keep
// their mode, and a listing GitHub truncates is completed one directory at a time.
import { execFileSync } from 'node:child_process';
import { BaseTree } from '../../src/app/pr-base-tree.js';
import { createGitHubClient, type GitHubPacing } from '../../src/io/github/client.js';
import { GitHubStandin } from '../helpers/github-standin.js';

const FAST_PACING: GitHubPacing = {
  retries: 0,
  retryAfterBaseMs: 1,
  maxRetryAfterSeconds: 1,
  writeIntervalMs: 0,
  notificationIntervalMs: 0
};
const A = '{"image": "ghcr.io/acme/a:1.0.0"}\n';
const B = '{"image": "ghcr.io/acme/b:1.0.0"}\n';

let gh: GitHubStandin;
beforeEach(async () => {
  gh = await GitHubStandin.start({ files: { 'deploy/a.json': A, 'deploy/nested/b.json': B, 'README.md': 'x\n' } });
});
afterEach(async () => gh.close());

function tree() {
  return new BaseTree(createGitHubClient({ token: 't', repository: gh.fullName, apiUrl: gh.url, pacing: FAST_PACING }), gh.headOf('main')!);
}
// The workspace texts the edits were made from, by repository path (PR sync normalises `./`).
const texts = new Map([
  ['deploy/a.json', A],
  ['deploy/nested/b.json', B]
]);
const edits = [
  { path: 'deploy/a.json', content: 'new a' },
  { path: 'deploy/nested/b.json', content: 'new b' }
];

test('one commit read and one recursive listing, however many files and PRs', async () => {
  const base = tree();
  expect(await base.committedEdits(edits, texts)).toEqual(edits.map((e) => ({ ...e, mode: '100644' })));
  await base.committedEdits(edits.slice(1), texts);
  expect(gh.routes()).toEqual(['GET commit', 'GET tree']);
});

test('a truncated listing is completed by walking the directories of the edited files', async () => {
  gh.treeListingLimit = 1;
  expect(await tree().committedEdits(edits, texts)).toEqual(edits.map((e) => ({ ...e, mode: '100644' })));
  expect(gh.routes()).toEqual(['GET commit', 'GET tree', 'GET tree', 'GET tree', 'GET tree']);
});

test('a workspace text that is not the committed blob is refused before anything is written', async () => {
  const err = await tree()
    .committedEdits(edits, new Map([...texts, ['deploy/a.json', A.replace('}', ', "extra": 1}')]]))
    .catch((e: unknown) => e);
  expect((err as Error).message).toMatch(/differs from the commit GITHUB_SHA/);
  expect(gh.routes().every((r) => r.startsWith('GET'))).toBe(true);
});

test('an executable manifest keeps its mode in the PR commit', async () => {
  await gh.close();
  gh = await GitHubStandin.start({ files: { 'deploy/a.json': A }, executables: ['deploy/a.json'] });
  const client = createGitHubClient({ token: 't', repository: gh.fullName, apiUrl: gh.url, pacing: FAST_PACING });
  const base = new BaseTree(client, gh.headOf('main')!);
  const files = await base.committedEdits([edits[0]!], texts);
  expect(files).toEqual([{ ...edits[0], mode: '100755' }]);
  const tree = await client.createTree(await base.sha(), files);
  expect(execFileSync('git', ['ls-tree', tree, 'deploy/a.json'], { cwd: gh.bareDir, encoding: 'utf8' })).toMatch(/^100755 blob /);
});
