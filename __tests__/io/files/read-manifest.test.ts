import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_MAX_MANIFEST_BYTES, readManifest } from '../../../src/io/files/read-manifest.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-read-'));
function file(name: string, text: string | Buffer, explicit: boolean) {
  const absolute = path.join(dir, name);
  writeFileSync(absolute, text);
  return { path: `m/${name}`, absolute, explicit };
}

test('a manifest within the limit is read as text', () => {
  expect(readManifest(file('ok.json', '{"name":"a"}', true))).toEqual({ kind: 'text', text: '{"name":"a"}' });
});

test('the default limit is 1 MiB: a larger file met while scanning is skipped with a warning naming it', () => {
  expect(DEFAULT_MAX_MANIFEST_BYTES).toBe(1_048_576);
  const big = file('big.yaml', Buffer.alloc(DEFAULT_MAX_MANIFEST_BYTES + 1, 'a'), false);
  expect(readManifest(big)).toEqual({
    kind: 'skipped',
    warning: 'm/big.yaml: skipped: file is 1048577 bytes, more than the 1048576-byte limit for a manifest'
  });
  const exact = file('exact.yaml', Buffer.alloc(DEFAULT_MAX_MANIFEST_BYTES, 'a'), false);
  expect(readManifest(exact).kind).toBe('text');
});

test('a named file over the limit is a problem with its size and the limit', () => {
  expect(readManifest(file('named.json', 'x'.repeat(101), true), 100)).toEqual({
    kind: 'problem',
    problem: { file: 'm/named.json', message: 'file is 101 bytes, more than the 100-byte limit for a manifest' }
  });
});

test('a file that cannot be read is a problem with the reason', () => {
  expect(readManifest({ path: 'm/gone.json', absolute: path.join(dir, 'gone.json'), explicit: true })).toEqual({
    kind: 'problem',
    problem: { file: 'm/gone.json', message: 'cannot read file: ENOENT' }
  });
});

test('files larger than one read are read whole, and limited like the others', () => {
  const text = `{"name":"a","pad":"${'é'.repeat(50_000)}"}`;
  expect(readManifest(file('large.json', text, true))).toEqual({ kind: 'text', text });
  expect(readManifest(file('large2.json', text, false), 70_000)).toEqual({
    kind: 'skipped',
    warning: `m/large2.json: skipped: file is ${Buffer.byteLength(text)} bytes, more than the 70000-byte limit for a manifest`
  });
  expect(readManifest(file('large3.json', text, true), 20)).toMatchObject({
    kind: 'problem',
    problem: { message: `file is ${Buffer.byteLength(text)} bytes, more than the 20-byte limit for a manifest` }
  });
});

test('a device that never ends is refused instead of read', () => {
  if (process.platform === 'win32') return;
  expect(readManifest({ path: '/dev/zero', absolute: '/dev/zero', explicit: true })).toEqual({
    kind: 'problem',
    problem: { file: '/dev/zero', message: 'not a regular file' }
  });
});
