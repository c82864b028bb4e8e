// What the CLI says when it is asked for its version or used wrongly: one line, in the CLI's words.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { repoRoot } from '../helpers/fixtures.js';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd: repoRoot });
  return { code, stdout, stderr };
}

test('--version prints the version of package.json', async () => {
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
});

test('--help names both commands and --dry-run', async () => {
  const { code, stdout } = await cli(['--help']);
  expect(code).toBe(0);
  expect(stdout).toMatch(/^Usage: toolhive-upgrade check \[options\] \[PATHS\.\.\.\]\n\s+toolhive-upgrade apply \[--dry-run\]/);
  expect(stdout).toContain('--version');
});

describe('usage errors are one line, exit 2, with the nearest option for a typo', () => {
  test.each([
    [['check', '--registy', 'x', '.'], 'unknown option --registy (did you mean --registry?)'],
    [['check', '--registy=x', '.'], 'unknown option --registy (did you mean --registry?)'],
    [['apply', '--dryrun', '.'], 'unknown option --dryrun (did you mean --dry-run?)'],
    [['check', '--frobnicate', '.'], 'unknown option --frobnicate (see toolhive-upgrade --help)'],
    [['check', '-x', '.'], 'unknown option -x (see toolhive-upgrade --help)'],
    [['check', '--registry'], '--registry needs a value (see toolhive-upgrade --help)'],
    [['check', '--allow-empty=yes', '.'], '--allow-empty takes no value (see toolhive-upgrade --help)'],
    [['chek', '.'], 'unknown command chek (did you mean check?)'],
    [['frobnicate'], 'unknown command frobnicate (the commands are check and apply)'],
    [
      ['check', '--fail-on', 'none,invalid', '.'],
      '--fail-on: none cannot be combined with other findings (use none alone, or a comma list of upgrade-available, unknown, server-not-found, not-registry-sourced, missing-env, invalid, unverified, held, deprecated)'
    ]
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `toolhive-upgrade: error: ${message}\n` });
    // Never Node's parseArgs text (quotes, "positional argument") nor the Action's wording.
    expect(stderr).not.toMatch(/'|positional|\binput\b/);
  });
});

test('a hint shared with the Action names the option as a flag only', async () => {
  const { code, stderr } = await cli(['check', '--registry', 'no/such/registry.json', 'examples/manifests']);
  expect(code).toBe(2);
  expect(stderr).toBe(
    'toolhive-upgrade: error: no/such/registry.json: registry file not found (check --registry (a path, an https:// URL or an API base URL))\n'
  );
});

describe('a registry answering with an error page', () => {
  const page = '<!DOCTYPE html>\n<html><head><title>Not Found</title></head><body><h1>Not Found</h1><p>nginx</p></body></html>\n';
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const status = req.url?.startsWith('/500') ? 500 : 404;
      res.writeHead(status, { 'content-type': 'text/html' }).end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test.each([
    ['/404/registry.json', 'HTTP 404 Not Found'],
    ['/500/registry.json', 'HTTP 500 Internal Server Error']
  ])('%s: the status and its reason, the URL once, no HTML', async (file, status) => {
    const url = `${base}${file}`;
    const { code, stdout, stderr } = await cli(['check', '--registry', url, '--timeout', '5', 'examples/manifests']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`toolhive-upgrade: error: registry at ${url} returned ${status}\n`);
  });
});
