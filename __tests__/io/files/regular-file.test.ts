// Which files a run may read: the answer for a scanned file depends on where its scan started
// (inside the root, outside it, or above it), and is the same as the file-by-file answer.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { manifestPathCheck } from '../../../src/io/files/regular-file.js';

const RULE = 'manifests are read only as regular files inside the repository';
let dir: string;
let root: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'thv-path-check-'));
  root = path.join(dir, 'repo');
  mkdirSync(path.join(root, 'deploy', 'real'), { recursive: true });
  mkdirSync(path.join(dir, 'elsewhere'));
  writeFileSync(path.join(dir, 'elsewhere', 'a.json'), '{}');
  writeFileSync(path.join(dir, 'top.json'), '{}');
  writeFileSync(path.join(root, 'deploy', 'real', 'a.json'), '{}');
  symlinkSync(path.join(root, 'deploy', 'real'), path.join(root, 'deploy', 'linked'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const scanned = (base: string, link = false) => ({ base, link });

test('a scan inside the root: files below a linked directory are refused, once the way is known', () => {
  const check = manifestPathCheck(root);
  const linkedBase = path.join(root, 'deploy', 'linked');
  const refusal = `is inside deploy/linked, a symbolic link to a directory; ${RULE}`;
  expect(check(path.join(linkedBase, 'a.json'), scanned(linkedBase))).toBe(refusal);
  expect(check(path.join(linkedBase, 'b.json'), scanned(linkedBase))).toBe(refusal);
  const realBase = path.join(root, 'deploy');
  expect(check(path.join(realBase, 'real', 'a.json'), scanned(realBase))).toBeUndefined();
  expect(check(path.join(realBase, 'x.json'), scanned(realBase, true))).toBe(`is a symbolic link; ${RULE}`);
  expect(check(path.join(root, 'x.json'), scanned(root))).toBeUndefined();
});

test('a scan outside the root: refused in PR mode, read (links aside) by the CLI', () => {
  const base = path.join(dir, 'elsewhere');
  expect(manifestPathCheck(root)(path.join(base, 'a.json'), scanned(base))).toBe(`is outside the repository; ${RULE}`);
  const allow = manifestPathCheck(root, { outsideRoot: 'allow' });
  expect(allow(path.join(base, 'a.json'), scanned(base))).toBeUndefined();
  expect(allow(path.join(base, 'b.json'), scanned(base, true))).toBe(`is a symbolic link; ${RULE}`);
});

test('a scan from above the root: each file is inside or outside on its own', () => {
  const check = manifestPathCheck(root);
  expect(check(path.join(dir, 'top.json'), scanned(dir))).toBe(`is outside the repository; ${RULE}`);
  expect(check(path.join(root, 'deploy', 'real', 'a.json'), scanned(dir))).toBeUndefined();
});

test('a named file is looked at itself: a link or a file below a linked directory is refused', () => {
  const check = manifestPathCheck(root);
  expect(check(path.join(root, 'deploy', 'linked', 'a.json'))).toBe(`is inside deploy/linked, a symbolic link to a directory; ${RULE}`);
  expect(check(path.join(root, 'deploy', 'real', 'a.json'))).toBeUndefined();
  expect(check(path.join(root, 'deploy', 'linked'))).toBe(`is a symbolic link; ${RULE}`);
});
