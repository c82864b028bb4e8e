// The check reads manifests only as regular files inside the repository: a symbolic link (to a
// file or a directory) is an `invalid` result naming the reason, and its target is never read.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck } from '../../src/app/run-check.js';

const SECRET = 'hunter2-must-never-be-read';
const runConfig = (name: string) =>
  `${JSON.stringify({ schema_version: 'v0.1.0', image: `ghcr.io/acme/${name}:1.0.0`, name, transport: 'stdio' }, null, 2)}\n`;
// The outside file is itself a valid manifest: were it read, it would be a workload, not `invalid`.
const OUTSIDE = `${JSON.stringify({ schema_version: 'v0.1.0', image: 'ghcr.io/acme/outside:1.0.0', name: 'outside', transport: 'stdio', env_vars: { DB_PASSWORD: SECRET } }, null, 2)}\n`;

let dir: string;
let root: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'thv-regular-'));
  root = path.join(dir, 'repo');
  mkdirSync(path.join(root, 'deploy'), { recursive: true });
  mkdirSync(path.join(dir, 'elsewhere'));
  writeFileSync(path.join(dir, 'elsewhere', 'secret.json'), OUTSIDE);
  writeFileSync(path.join(root, 'deploy', 'real.json'), runConfig('real'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const quiet = { info: () => {}, warning: () => {}, debug: () => {} };
async function check(paths: string[]) {
  const run = await runCheck({
    paths,
    root,
    registry: { source: path.join(dir, 'none.json'), kind: 'file' },
    verify: {},
    log: quiet,
    allowEmpty: true
  });
  return run.results.map((r) => [r.file, r.status, r.status === 'invalid' ? r.reason : r.workload_name]);
}

const RULE = 'manifests are read only as regular files inside the repository';

test('a symbolic link named in paths is invalid and its target is never read', async () => {
  symlinkSync(path.join(dir, 'elsewhere', 'secret.json'), path.join(root, 'deploy', 'link.json'));
  const rows = await check(['deploy/link.json', 'deploy/real.json']);
  expect(rows).toEqual([
    ['deploy/link.json', 'invalid', `is a symbolic link; ${RULE}`],
    ['deploy/real.json', 'not-registry-sourced', 'real']
  ]);
  expect(JSON.stringify(rows)).not.toContain(SECRET);
});

test('a symbolic link found by scanning a directory is reported, not silently skipped or followed', async () => {
  symlinkSync(path.join(dir, 'elsewhere', 'secret.json'), path.join(root, 'deploy', 'link.json'));
  expect(await check(['deploy'])).toEqual([
    ['deploy/link.json', 'invalid', `is a symbolic link; ${RULE}`],
    ['deploy/real.json', 'not-registry-sourced', 'real']
  ]);
});

test('files reached through a symbolic link to a directory are invalid', async () => {
  symlinkSync(path.join(dir, 'elsewhere'), path.join(root, 'linked'));
  expect(await check(['linked'])).toEqual([['linked/secret.json', 'invalid', `is inside linked, a symbolic link to a directory; ${RULE}`]]);
  expect(await check(['linked/*.json'])).toEqual([
    ['linked/secret.json', 'invalid', `is inside linked, a symbolic link to a directory; ${RULE}`]
  ]);
});

test('a file named outside the root is what the person running the check chose: it is read (PR mode still refuses it)', async () => {
  expect(await check(['../elsewhere/secret.json'])).toEqual([['../elsewhere/secret.json', 'not-registry-sourced', 'outside']]);
});

test('a directory named outside the root (a CLI path) is checked; a link there is still refused', async () => {
  writeFileSync(path.join(dir, 'elsewhere', 'plain.json'), runConfig('plain'));
  symlinkSync(path.join(dir, 'elsewhere', 'secret.json'), path.join(dir, 'elsewhere', 'zlink.json'));
  const rows = await check([path.join(dir, 'elsewhere', 'plain.json'), path.join(dir, 'elsewhere', 'zlink.json')]);
  expect(rows).toEqual([
    ['../elsewhere/plain.json', 'not-registry-sourced', 'plain'],
    ['../elsewhere/zlink.json', 'invalid', `is a symbolic link; ${RULE}`]
  ]);
});
