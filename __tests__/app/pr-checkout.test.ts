// PR mode's view of the checkout: repository-relative paths from wherever the checkout sits in the
// workspace, and the base-branch rule for the commit a PR is built on.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireBaseHoldsCommit } from '../../src/app/pr-base-branch.js';
import { inRepository } from '../../src/app/pr-checkout.js';
import type { UpgradeActionError } from '../../src/core/errors.js';
import type { GitHubClient } from '../../src/io/github/client.js';
import { upgrade } from '../helpers/pr-support.js';

const A = '{\n  "image": "ghcr.io/acme/a:1.0.0"\n}\n';
let ws: string;
beforeEach(() => {
  ws = mkdtempSync(path.join(os.tmpdir(), 'thv-checkout-'));
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));

function put(file: string, text = A): void {
  mkdirSync(path.dirname(path.join(ws, file)), { recursive: true });
  writeFileSync(path.join(ws, file), text);
}
const up = (file: string) => upgrade({ file, text: A, name: file, candidate: 'ghcr.io/acme/a:1.1.0' });

describe('inRepository', () => {
  test('paths become relative to the directory holding .git (a directory, or a file as in worktrees)', async () => {
    put('infra/.git/HEAD', 'ref: refs/heads/main\n');
    put('infra/deploy/a.json');
    const view = inRepository([up('infra/deploy/a.json')], ws);
    expect(view.upgrades.map((u) => [u.file, u.workload.file])).toEqual([['deploy/a.json', 'deploy/a.json']]);
    expect(await view.readFile('deploy/a.json')).toBe(A);

    put('wt/.git', 'gitdir: /elsewhere\n');
    put('wt/a.json');
    expect(inRepository([up('wt/a.json')], ws).upgrades[0]!.file).toBe('a.json');
  });

  test('without .git (a tarball checkout) the workspace is the repository', () => {
    put('deploy/a.json');
    expect(inRepository([up('deploy/a.json')], ws).upgrades[0]!.file).toBe('deploy/a.json');
  });

  test('manifests of two checkouts are refused: a PR goes to one repository', () => {
    put('one/.git/HEAD', '');
    put('two/.git/HEAD', '');
    put('one/a.json');
    put('two/a.json');
    expect(() => inRepository([up('one/a.json'), up('two/a.json')], ws)).toThrow(
      /belong to 2 git checkouts: one \(one\/a.json\), two \(two\/a.json\)/
    );
  });

  test('a manifest replaced by a symbolic link is not read again', async () => {
    put('outside.json', 'secret');
    mkdirSync(path.join(ws, 'deploy'));
    symlinkSync(path.join(ws, 'outside.json'), path.join(ws, 'deploy/a.json'));
    const err = (await inRepository([up('deploy/a.json')], ws)
      .readFile('deploy/a.json')
      .catch((e: unknown) => e)) as UpgradeActionError;
    expect(err.describe()).toBe('deploy/a.json: is a symbolic link; manifests are read only as regular files inside the repository');
  });
});

describe('requireBaseHoldsCommit', () => {
  const SHA = 'a'.repeat(40);
  function client(head: string | null) {
    const calls: string[] = [];
    const gh = {
      getBranch: async (b: string) => (calls.push(b), head === null ? null : { sha: head, message: '', parents: [], tree: '' })
    } as unknown as GitHubClient;
    return { gh, calls };
  }

  test("the run's own branch needs no API call", async () => {
    const { gh, calls } = client(null);
    await requireBaseHoldsCommit(gh, { baseBranch: 'main', baseSha: SHA, ref: 'refs/heads/main', fromInput: false });
    expect(calls).toEqual([]);
  });

  test('another base is accepted when GITHUB_SHA is its head, refused otherwise or when it does not exist', async () => {
    await requireBaseHoldsCommit(client(SHA).gh, { baseBranch: 'release', baseSha: SHA, ref: 'refs/heads/main', fromInput: true });
    const other = await requireBaseHoldsCommit(client('b'.repeat(40)).gh, {
      baseBranch: 'release',
      baseSha: SHA,
      ref: 'refs/heads/main',
      fromInput: true
    }).catch((e: unknown) => e);
    expect((other as UpgradeActionError).code).toBe('pr-base-not-checked-out');
    expect((other as UpgradeActionError).describe()).toMatch(
      /^input base: release: it is not the checked-out commit \(GITHUB_SHA aaaaaaaaaaaa, refs\/heads\/main; release is at bbbbbbbbbbbb\)/
    );
    const missing = await requireBaseHoldsCommit(client(null).gh, {
      baseBranch: 'v1',
      baseSha: SHA,
      ref: 'refs/tags/v1',
      fromInput: false
    }).catch((e: unknown) => e);
    expect((missing as UpgradeActionError).describe()).toMatch(/^the base branch v1: no such branch/);
  });
});
