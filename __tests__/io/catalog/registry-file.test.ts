// The registry file read that runs on the thread pool while the manifests are parsed: the text
// arrives whole, problems arrive as the same RegistryErrors as before, and only when asked for.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RegistryError } from '../../../src/core/catalog/errors.js';
import { startRegistryFileRead } from '../../../src/io/catalog/registry-file.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'thv-registry-file-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
  throw new Error('expected a RegistryError');
}

test('the text arrives exactly as written, multi-byte characters and a BOM included', async () => {
  const text = '\uFEFF{"servers":{"caf\u00e9":{"description":"\u6f22\u5b57 \u{1F600}"}}}\n';
  const file = path.join(dir, 'utf8.json');
  writeFileSync(file, text);
  await expect(startRegistryFileRead(file, 1024).text()).resolves.toBe(text);
});

test('a document of several megabytes is read whole', async () => {
  const text = JSON.stringify({
    servers: Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`s${i}`, { image: `x/s${i}:1.0.${i}` }]))
  });
  const file = path.join(dir, 'big.json');
  writeFileSync(file, text);
  expect(text.length).toBeGreaterThan(1_000_000);
  await expect(startRegistryFileRead(file, 32 * 1024 * 1024).text()).resolves.toBe(text);
});

test('an empty file reads as empty text (the JSON parse then says what is wrong)', async () => {
  const file = path.join(dir, 'empty.json');
  writeFileSync(file, '');
  await expect(startRegistryFileRead(file, 1024).text()).resolves.toBe('');
});

test.each([
  ['a missing file', () => path.join(dir, 'missing.json'), 'registry-not-found', 'registry file not found'],
  ['a directory', () => dir, 'registry-invalid-source', 'the registry path is a directory, not a JSON file'],
  [
    'a file over the limit',
    () => {
      writeFileSync(path.join(dir, 'large.json'), 'x'.repeat(2048));
      return path.join(dir, 'large.json');
    },
    'registry-too-large',
    'registry file is 2048 bytes, more than the 1024-byte limit'
  ]
])('%s: the same RegistryError as a direct read, naming the file', async (_what, target, code, message) => {
  const file = target();
  const error = await failure(startRegistryFileRead(file, 1024).text());
  expect(error.code).toBe(code);
  expect(error.describe()).toBe(`${file}: ${message}${error.hint ? ` (${error.hint})` : ''}`);
});

test('a problem nobody asks about is never reported (no unhandled rejection)', async () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', record);
  try {
    startRegistryFileRead(path.join(dir, 'nothing-here.json'), 1024);
    mkdirSync(path.join(dir, 'a-dir.json'));
    startRegistryFileRead(path.join(dir, 'a-dir.json'), 1024);
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    process.off('unhandledRejection', record);
  }
  expect(unhandled).toEqual([]);
});
