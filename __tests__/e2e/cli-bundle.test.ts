// The bundled CLI (dist/cli/index.js, built by `npm run build`): the version is inlined from
// package.json and apply works from the bundle.
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../helpers/fixtures.js';

const run = promisify(execFile);
const bundle = path.join(repoRoot, 'dist/cli/index.js');

async function builtCli(args: string[], cwd = repoRoot) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bundle, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test("--version prints package.json's version", async () => {
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  expect(await builtCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
});

test('apply on a copy of the examples: upgrades written, a second run is a no-op', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-built-apply-'));
  cpSync(path.join(repoRoot, 'examples'), dir, { recursive: true });
  const args = ['apply', '--registry', 'registry.json', '--verify', 'disabled', 'manifests/fetch.json', 'manifests/github.json'];
  const first = await builtCli(args, dir);
  expect(first.code).toBe(0);
  expect(first.stdout).toBe(
    'manifests/fetch.json:3: fetch: ghcr.io/stackloklabs/gofetch/server:1.0.1 -> ghcr.io/stackloklabs/gofetch/server:1.0.3\n' +
      'manifests/github.json:3: github: ghcr.io/github/github-mcp-server:v0.28.1 -> ghcr.io/github/github-mcp-server:v0.30.3\n'
  );
  expect(readFileSync(path.join(dir, 'manifests/fetch.json'), 'utf8')).toBe(
    readFileSync(path.join(repoRoot, 'examples/manifests/fetch.json'), 'utf8').replace('server:1.0.1', 'server:1.0.3')
  );
  const second = await builtCli(args, dir);
  expect(second).toEqual({ code: 0, stdout: '', stderr: '2 workloads: 2 up-to-date; nothing to apply\n' });
});

test('a reader that stops early (`| head`) gets no stack trace, and the exit code still reports the results', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-built-epipe-'));
  cpSync(path.join(repoRoot, 'examples', 'registry.json'), path.join(dir, 'registry.json'));
  const manifest = readFileSync(path.join(repoRoot, 'examples', 'manifests', 'fetch.json'), 'utf8');
  mkdirSync(path.join(dir, 'manifests'));
  // A report well past a pipe's 64 KB buffer, so that writing it meets the closed pipe.
  for (let i = 0; i < 600; i++) writeFileSync(path.join(dir, 'manifests', `fetch-${String(i).padStart(3, '0')}.json`), manifest);
  const child = spawn(
    process.execPath,
    [bundle, 'check', '--registry', 'registry.json', '--verify', 'disabled', '--format', 'json', 'manifests'],
    {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe']
    }
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).not.toMatch(/EPIPE|node:|\n\s+at /);
  // Every copy has an upgrade available, which fails the check by default.
  expect(code).toBe(1);
  rmSync(dir, { recursive: true, force: true });
});
