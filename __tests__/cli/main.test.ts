import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { fixturePath, repoRoot } from '../helpers/fixtures.js';

async function cli(args: string[], cwd = repoRoot, env: NodeJS.ProcessEnv = {}, columns?: number) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd, columns });
  return { code, stdout, stderr };
}

// Verification of the examples' real ghcr.io images would need the internet; it has its own tests.
const exampleArgs = ['check', '--registry', 'examples/registry.json', '--verify', 'disabled', 'examples/manifests'];

describe('toolhive-upgrade check on the bundled examples', () => {
  test('the table shows each workload with its status, drift and file:line', async () => {
    // A terminal wide enough for every column unwrapped.
    const { code, stdout, stderr } = await cli([...exampleArgs, '--fail-on', 'none'], repoRoot, {}, 250);
    expect(stderr).toBe('7 workloads: 2 upgrade-available, 1 not-registry-sourced, 1 invalid, 2 up-to-date, 1 unknown\n');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+STATUS\s+CURRENT\s+CANDIDATE\s+NEW-ENV\s+POSTURE\s+FILE$/);
    const byName = Object.fromEntries(lines.slice(1).map((l) => [l.split(/\s+/)[0], l]));
    // Only the tag changes, so the candidate is its tag; verification was turned off, so no [skipped] marker.
    expect(byName.fetch).toMatch(
      /upgrade-available\s+ghcr.io\/stackloklabs\/gofetch\/server:1.0.1\s+1.0.3\s+-\s+-\s+examples\/manifests\/fetch.json:3$/
    );
    expect(byName.github).toMatch(/upgrade-available .*GITHUB_HOST,GITHUB_TOOLSETS,GITHUB_DYNAMIC_TOOLSETS/);
    expect(byName.osv).toMatch(/\bup-to-date\b/);
    expect(byName.time).toMatch(/\bunknown\b/);
    expect(stdout).toContain(
      'examples/manifests/time.json:3: time: image uses the "latest" tag, which defers to the registry and cannot be ordered'
    );
    expect(byName['internal-tool']).toMatch(/not-registry-sourced/);
    expect(byName.notion).toMatch(/up-to-date .*missing NOTION_TOKEN/);
    expect(byName['-']).toMatch(/^-\s+invalid\s.*examples\/manifests\/k8s\/broken.yaml:6$/);
    expect(stdout).toMatch(/examples\/manifests\/k8s\/broken.yaml:\d+: not valid YAML: Flow sequence/);
  });

  test('--format json carries thv CheckResult fields in thv order, plus file and line; exit 1 on the default fail-on', async () => {
    const { code, stdout } = await cli([...exampleArgs, '--format', 'json']);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as Record<string, unknown>[];
    const github = results.find((r) => r.workload_name === 'github')!;
    expect(Object.keys(github)).toEqual([
      'workload_name',
      'registry_server',
      'status',
      'current_image',
      'candidate_image',
      'env_var_drift',
      'file',
      'line',
      'update_type',
      'verification'
    ]);
    expect(github.update_type).toBe('minor');
    expect(github.verification).toEqual({ status: 'skipped', reason: 'verification disabled' });
    expect(github.env_var_drift).toEqual({
      added: expect.arrayContaining([expect.objectContaining({ name: 'GITHUB_HOST', required: false })]),
      removed: [{ name: 'LEGACY_FLAG', required: false }]
    });
    // Values from env_vars never reach output.
    expect(stdout).not.toContain('"on"');
    expect(results.map((r) => r.status).sort()).toEqual(
      ['invalid', 'not-registry-sourced', 'unknown', 'up-to-date', 'up-to-date', 'upgrade-available', 'upgrade-available'].sort()
    );
  });

  test('--fail-on decides the exit code', async () => {
    expect((await cli([...exampleArgs, '--fail-on', 'not-registry-sourced'])).code).toBe(1);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-cli-'));
    writeFileSync(
      path.join(dir, 'osv.json'),
      '{"name":"osv","image":"ghcr.io/stackloklabs/osv-mcp/server:0.1.0","registry_server_name":"osv"}'
    );
    const ok = await cli(['check', '--registry', path.join(repoRoot, 'examples/registry.json'), dir], dir);
    expect(ok.code).toBe(0);
  });
});

describe('parity fixtures', () => {
  test.each([
    [
      'registry-low: up to date',
      'synthetic/runconfig-osv-upgrade-registry-sourced.json',
      'registry/upstream/upgrade-e2e/registry-low.json',
      0
    ],
    [
      'registry-high: upgrade available',
      'synthetic/runconfig-osv-upgrade-registry-sourced.json',
      'registry/upstream/upgrade-e2e/registry-high.json',
      1
    ],
    ['raw image', 'synthetic/runconfig-osv-raw-image.json', 'registry/upstream/upgrade-e2e/registry-high.json', 2],
    ['drift example', 'synthetic/runconfig-drift-example.json', 'synthetic/registry-drift-example.json', 3],
    ['server not found', 'synthetic/runconfig-drift-example.json', 'registry/upstream/upgrade-e2e/registry-high.json', 4]
  ])('%s matches expected-check-results.json', async (_name, runconfig, registry, index) => {
    const expected = (await import(fixturePath('synthetic/expected-check-results.json'), { with: { type: 'json' } })).default.cases[index];
    expect(expected.runconfig).toBe(runconfig);
    const { stdout, stderr } = await cli([
      'check',
      '--registry',
      fixturePath(registry),
      '--format',
      'json',
      '--fail-on',
      'none',
      fixturePath(runconfig)
    ]);
    expect(stderr).toBe('');
    const [result] = JSON.parse(stdout);
    // file, line, update_type and verification come after thv's fields; none of these candidates publishes provenance.
    const { file: _file, line: _line, update_type: updateType, verification, ...checkResult } = result;
    expect(updateType).toBe([undefined, 'patch', undefined, 'minor', undefined][index]);
    expect(verification.status).toBe(index === 1 || index === 3 ? 'unverified' : 'not-applicable');
    // `removed` is ours (beyond thv): thv never fills it, so compare it apart.
    const removed = checkResult.env_var_drift?.removed;
    if (removed) {
      delete checkResult.env_var_drift.removed;
      if (Object.keys(checkResult.env_var_drift).length === 0) delete checkResult.env_var_drift;
    }
    expect(checkResult).toEqual(expected.expected);
    // The e2e RunConfig sets FOO=bar (thv's upgrade e2e) and the candidate declares no variables.
    expect(removed).toEqual(index === 1 ? [{ name: 'FOO', required: false }] : undefined);
  });
});

describe('errors', () => {
  test('an unreachable registry is exit 2 with one clear line', async () => {
    const { code, stderr, stdout } = await cli([
      'check',
      '--registry',
      'http://127.0.0.1:9/registry.json',
      '--timeout',
      '2',
      'examples/manifests'
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^toolhive-upgrade: error: .*127\.0\.0\.1:9/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  test('usage errors are exit 2', async () => {
    expect((await cli(['check', '--format', 'xml', '.'])).code).toBe(2);
    expect((await cli(['check', '--fail-on', 'stale', '.'])).stderr).toMatch(/fail-on: unknown value "stale"/);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['check', 'no/such/dir'])).stderr).toMatch(/no\/such\/dir: no such file or directory/);
  });
});

describe('registry fetched once per run', () => {
  test('50 manifests against an API registry: one probe page, no per-manifest requests', async () => {
    const { createServer } = await import('node:http');
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const servers = ['alpha', 'beta'].map((name) => ({
        server: {
          name: `io.github.stacklok/${name}`,
          description: name,
          version: '1.0.0',
          packages: [{ registryType: 'oci', identifier: `ghcr.io/example/${name}:1.1.0`, transport: { type: 'stdio' } }]
        },
        _meta: {}
      }));
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ servers, metadata: { count: servers.length } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-api-'));
    for (let i = 0; i < 50; i++) {
      const name = i % 2 ? 'alpha' : 'io.github.stacklok/beta';
      writeFileSync(
        path.join(dir, `wl-${i}.json`),
        JSON.stringify({ name: `wl-${i}`, image: `ghcr.io/example/${name.split('/').pop()}:1.0.0`, registry_server_name: name })
      );
    }
    try {
      const { code, stdout } = await cli(
        ['check', '--registry', `http://127.0.0.1:${port}/registry/default`, '--verify', 'disabled', '--format', 'json', dir],
        dir
      );
      expect(code).toBe(1);
      const results = JSON.parse(stdout) as { status: string }[];
      expect(results).toHaveLength(50);
      expect(results.every((r) => r.status === 'upgrade-available')).toBe(true);
      expect(requests).toEqual(['/registry/default/v0.1/servers?limit=1&version=latest']);
    } finally {
      server.close();
    }
  });
});

describe('options are validated before any work, named as flags', () => {
  // An unreachable registry: a run that got past validation would fail on it, not on the flag.
  const unreachable = ['--registry', 'http://127.0.0.1:9/registry.json'];

  test.each([
    [['--timeout', '0'], '--timeout: "0" is not a number of seconds from 1 to 3600 (default: 30)'],
    [['--timeout', '1e9'], '--timeout: "1e9" is not a number of seconds from 1 to 3600 (default: 30)'],
    [['--registry-deadline', '0'], '--registry-deadline: "0" is not a number of seconds from 1 to 3600 (default: 120)'],
    [['--max-manifest-bytes', '512'], '--max-manifest-bytes: "512" is not a whole number of bytes at least 1024 (default: 1048576)'],
    [['--registry-type', 'ftp'], '--registry-type: "ftp" is not one of auto, file, url, api'],
    [['--verify', 'strict'], '--verify: "strict" is not one of enabled, warn, disabled'],
    [['--registry-credential', 'ghcr.io='], '--registry-credential: entry 1 (ghcr.io) is not host=username:password or host=token']
  ])('%j', async (flags, message) => {
    const { code, stdout, stderr } = await cli(['check', ...unreachable, ...flags, 'examples/manifests']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`toolhive-upgrade: error: ${message}\n`);
  });

  test('a credential from TOOLHIVE_REGISTRY_CREDENTIALS names both places, never the secret', async () => {
    const { code, stderr } = await cli(['check', ...unreachable, 'examples/manifests'], repoRoot, {
      TOOLHIVE_REGISTRY_CREDENTIALS: 'ghcr.io=bot:pw-SECRET\nquay.io='
    });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'toolhive-upgrade: error: --registry-credential / TOOLHIVE_REGISTRY_CREDENTIALS: entry 2 (quay.io) is not host=username:password or host=token\n'
    );
  });

  test('no error speaks of Action inputs', async () => {
    for (const args of [
      ['check', '--timeout', '0', '.'],
      ['check', 'no/such/dir'],
      ['check', '--fail-on', 'stale', '.']
    ]) {
      const { stderr } = await cli(args);
      expect(stderr).toMatch(/^toolhive-upgrade: error: /);
      expect(stderr).not.toMatch(/\binput\b/);
    }
  });
});

describe('paths that match no manifest', () => {
  function emptyDir() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-cli-empty-'));
    writeFileSync(path.join(dir, 'README.md'), 'nothing to check\n');
    return dir;
  }

  test('are an error naming the paths (exit 2), unless --allow-empty', async () => {
    const dir = emptyDir();
    const failed = await cli(['check', '--registry', 'http://127.0.0.1:9/registry.json', '.', '*.yaml'], dir);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe(
      'warning: *.yaml: no manifest files match\n' +
        'toolhive-upgrade: error: no manifest files (.json, .yaml, .yml) match ".", "*.yaml" (--allow-empty lets a run with nothing to check pass)\n'
    );

    const allowed = await cli(['check', '--allow-empty', '--registry', 'http://127.0.0.1:9/registry.json', '.'], dir);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toBe('0 workloads: none found\n');
  });
});
