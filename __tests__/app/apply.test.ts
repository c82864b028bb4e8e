// `toolhive-upgrade apply`: the PR mode's edits written in place, through the CLI as a user runs it.
import { chmodSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { readFixture } from '../helpers/fixtures.js';
import { legacyRegistry, legacyServer } from '../helpers/registry-documents.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd });
  return { code, stdout, stderr };
}

const FETCH = 'ghcr.io/stackloklabs/gofetch/server';
const PROVENANCE = {
  sigstore_url: 'tuf-repo-cdn.sigstore.dev',
  repository_uri: 'https://github.com/StacklokLabs/gofetch',
  signer_identity: '/.github/workflows/release.yml',
  runner_environment: 'github-hosted',
  cert_issuer: 'https://token.actions.githubusercontent.com'
};

/** A legacy registry file: fetch at 1.0.3, osv (no provenance) at 0.2.0. */
function registry(dir: string, fetchImage = `${FETCH}:1.0.3`): string {
  const file = path.join(dir, 'registry.json');
  writeFileSync(
    file,
    legacyRegistry({
      fetch: legacyServer(fetchImage, { provenance: PROVENANCE }),
      osv: legacyServer('ghcr.io/stackloklabs/osv-mcp/server:0.2.0')
    })
  );
  return file;
}

/** The MCPServer fixture, linked to the registry and pinned to `tag`, with a comment and a quoted image. */
function mcpServer(tag: string): string {
  return readFixture('mcpserver/mcpserver_fetch.yaml')
    .replace(
      '  namespace: toolhive-system\n',
      '  namespace: toolhive-system\n  annotations:\n    toolhive-upgrade/registry-server-name: fetch # linked by hand\n'
    )
    .replace(`  image: ${FETCH}\n`, `  image: "${FETCH}:${tag}"  # pinned\n`);
}

/** A RunConfig as `thv export` writes it, with its keys in thv's order. */
function runConfig(image: string): string {
  return (
    JSON.stringify(
      {
        schema_version: 'v0.1.0',
        image,
        registry_server_name: 'io.github.stacklok/fetch',
        name: 'fetch',
        transport: 'stdio',
        env_vars: { A: '1' }
      },
      null,
      2
    ) + '\n'
  );
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-apply-'));
  registry(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');
const args = (dir: string, ...rest: string[]) => ['apply', '--registry', path.join(dir, 'registry.json'), '--verify', 'disabled', ...rest];

describe('apply writes only the image tags, byte for byte', () => {
  test.each([
    ['MCPServer YAML (comments, quoted image)', 'fetch.yaml', mcpServer('1.0.1')],
    ['MCPServer YAML with CRLF line ends', 'fetch.yaml', mcpServer('1.0.1').replace(/\n/g, '\r\n')],
    ['MCPServer YAML without a trailing newline', 'fetch.yaml', mcpServer('1.0.1').replace(/\n$/, '')],
    ['RunConfig JSON', 'fetch.json', runConfig(`${FETCH}:1.0.1`)],
    [
      'RunConfig JSON with CRLF and no trailing newline',
      'fetch.json',
      runConfig(`${FETCH}:1.0.1`).replace(/\n/g, '\r\n').replace(/\r\n$/, '')
    ]
  ])('%s', async (_name, file, before) => {
    const dir = workspace({ [file]: before });
    const { code, stdout, stderr } = await cli(args(dir, '.'), dir);
    expect(code).toBe(0);
    expect(read(dir, file)).toBe(before.replace(`${FETCH}:1.0.1`, `${FETCH}:1.0.3`));
    expect(stdout).toBe(
      `${file}:${before.split(/\r?\n/).findIndex((l) => l.includes(FETCH)) + 1}: fetch: ${FETCH}:1.0.1 -> ${FETCH}:1.0.3\n`
    );
    expect(stderr).toBe('1 workload: 1 upgrade-available; applied 1 upgrade to 1 file\n');
    // Nothing but the manifest and the registry: the temporary file was renamed, not left behind.
    expect(readdirSync(dir).sort()).toEqual([file, 'registry.json'].sort());
  });

  test('the file keeps its mode', async () => {
    const dir = workspace({ 'fetch.json': runConfig(`${FETCH}:1.0.1`) });
    chmodSync(path.join(dir, 'fetch.json'), 0o640);
    expect((await cli(args(dir, '.'), dir)).code).toBe(0);
    expect(statSync(path.join(dir, 'fetch.json')).mode & 0o777).toBe(0o640);
  });

  test('a second run changes nothing and exits 0', async () => {
    const dir = workspace({ 'fetch.yaml': mcpServer('1.0.1'), 'fetch.json': runConfig(`${FETCH}:1.0.1`) });
    expect((await cli(args(dir, '.'), dir)).code).toBe(0);
    const after = [read(dir, 'fetch.yaml'), read(dir, 'fetch.json')];
    const mtimes = ['fetch.yaml', 'fetch.json'].map((f) => statSync(path.join(dir, f)).mtimeMs);
    const again = await cli(args(dir, '.'), dir);
    expect(again).toEqual({ code: 0, stdout: '', stderr: '2 workloads: 2 up-to-date; nothing to apply\n' });
    expect([read(dir, 'fetch.yaml'), read(dir, 'fetch.json')]).toEqual(after);
    expect(['fetch.yaml', 'fetch.json'].map((f) => statSync(path.join(dir, f)).mtimeMs)).toEqual(mtimes);
  });
});

describe('apply --dry-run', () => {
  test('writes nothing and prints a unified diff with context', async () => {
    const before = mcpServer('1.0.1');
    const dir = workspace({ 'fetch.yaml': before });
    const { code, stdout, stderr } = await cli(args(dir, '--dry-run', '.'), dir);
    expect(code).toBe(0);
    expect(read(dir, 'fetch.yaml')).toBe(before);
    const lines = before.split('\n');
    const at = lines.findIndex((l) => l.includes(FETCH));
    // Three lines of context each side, unchanged lines marked with a space.
    expect(stdout).toBe(
      [
        '--- a/fetch.yaml',
        '+++ b/fetch.yaml',
        `@@ -${at - 2},7 +${at - 2},7 @@`,
        ...lines.slice(at - 3, at).map((l) => ` ${l}`),
        `-  image: "${FETCH}:1.0.1"  # pinned`,
        `+  image: "${FETCH}:1.0.3"  # pinned`,
        ...lines.slice(at + 1, at + 4).map((l) => ` ${l}`),
        ''
      ].join('\n')
    );
    expect(stderr).toBe('1 workload: 1 upgrade-available; would apply 1 upgrade to 1 file (dry run: nothing written)\n');
  });

  test('a file without a trailing newline says so in the diff', async () => {
    const before = runConfig(`${FETCH}:1.0.1`).replace(/\n$/, '').replace('"image": "ghcr', '"env": 1,\n  "image": "ghcr');
    const dir = workspace({ 'fetch.json': before.replace(/\n {2}"env": 1,/, '') });
    const text = read(dir, 'fetch.json');
    // The image two lines from the end: the last line of the file is in the hunk.
    const moved = text.replace(/\n {2}"image": [^\n]*/, '').replace('\n}', `,\n  "image": "${FETCH}:1.0.1"\n}`);
    writeFileSync(path.join(dir, 'fetch.json'), moved);
    const { stdout } = await cli(args(dir, '--dry-run', '.'), dir);
    expect(stdout).toContain(`-  "image": "${FETCH}:1.0.1"\n+  "image": "${FETCH}:1.0.3"\n }\n\\ No newline at end of file\n`);
    expect(read(dir, 'fetch.json')).toBe(moved);
  });
});

describe('apply exit codes', () => {
  test('1 when verification holds an upgrade back; the manifest is untouched', async () => {
    const before = JSON.stringify({ name: 'osv', image: 'ghcr.io/stackloklabs/osv-mcp/server:0.1.0', registry_server_name: 'osv' });
    const dir = workspace({ 'osv.json': before });
    const { code, stdout, stderr } = await cli(['apply', '--registry', path.join(dir, 'registry.json'), '--verify', 'enabled', '.'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'osv.json:1: osv: not applied: held back by verification (--verify enabled): not verified: the registry publishes no provenance\n'
    );
    expect(stderr).toMatch(/nothing to apply; 1 upgrade not applied\n$/);
    expect(read(dir, 'osv.json')).toBe(before);
  });

  test('1 when the image cannot be edited in place (a YAML block scalar); the others are still applied', async () => {
    const block = mcpServer('1.0.1').replace(`  image: "${FETCH}:1.0.1"  # pinned\n`, `  image: >-\n    ${FETCH}:1.0.1\n`);
    const dir = workspace({ 'block.yaml': block, 'fetch.json': runConfig(`${FETCH}:1.0.1`) });
    const { code, stderr } = await cli(args(dir, '.'), dir);
    expect(code).toBe(1);
    expect(read(dir, 'block.yaml')).toBe(block);
    expect(read(dir, 'fetch.json')).toContain(`${FETCH}:1.0.3`);
    expect(stderr).toMatch(/^block\.yaml:\d+: fetch: not applied: block\.yaml:\d+: the image value spans several lines/m);
  });

  test('1 when the candidate is another repository to a container runtime (only tags change)', async () => {
    // The check reads both as one Docker Hub repository (thv's parser); a runtime pulls the manifest's from `localhost`.
    const dir = workspace({ 'fetch.json': runConfig('localhost/acme/app:1.0.1') });
    registry(dir, 'docker.io/localhost/acme/app:1.0.3');
    const { code, stdout, stderr } = await cli(args(dir, '.'), dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'fetch.json:3: fetch: not applied: the registry names docker.io/localhost/acme/app, the manifest pulls localhost/acme/app'
    );
    expect(stderr).toContain('upgrades only change the tag, never the registry or repository');
    expect(read(dir, 'fetch.json')).toBe(runConfig('localhost/acme/app:1.0.1'));
  });

  test('1 when a manifest is invalid, even with nothing to apply', async () => {
    const dir = workspace({
      'broken.yaml': 'apiVersion: toolhive.stacklok.dev/v1beta1\nkind: MCPServer\nmetadata:\n  name: b\nspec:\n  image: [x\n'
    });
    const { code, stderr } = await cli(args(dir, '.'), dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^broken\.yaml:\d+: invalid: not valid YAML/m);
  });

  test('2 for a registry error, and nothing is written', async () => {
    const dir = workspace({ 'fetch.json': runConfig(`${FETCH}:1.0.1`) });
    const { code, stderr } = await cli(['apply', '--registry', path.join(dir, 'missing.json'), '.'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^toolhive-upgrade: error: .*missing\.json: registry file not found/);
    expect(read(dir, 'fetch.json')).toBe(runConfig(`${FETCH}:1.0.1`));
  });

  test.each([
    [
      ['apply', '--format', 'json', '.'],
      'toolhive-upgrade: error: --format is an option of check, not of apply (apply prints what it changes and exits 1 when an upgrade could not be applied)\n'
    ],
    [['check', '--dry-run', '.'], 'toolhive-upgrade: error: --dry-run is an option of apply, not of check\n']
  ])('2 for usage errors: %j', async (argv, message) => {
    const dir = workspace({});
    expect(await cli(argv, dir)).toEqual({ code: 2, stdout: '', stderr: message });
  });
});
