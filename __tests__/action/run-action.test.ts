// The Action's glue in-process: inputs → options, masking, validation before any work, and
// outputs from a run result. The check itself is replaced by a fake run (tested on its own).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../../src/action/main.js';
import type { CheckRun, CheckRunOptions } from '../../src/app/run-check.js';
import type { CheckResult } from '../../src/core/check/result.js';
import { DEFAULT_FAIL_ON_CHECK } from '../../src/core/check/fail-on.js';
import { DEFAULT_REGISTRY_URL } from '../../src/io/catalog/open-catalog.js';
import { everythingShown, fakeCore } from './fake-core.js';
import { invalidManifest, upgradeAvailable, upToDate } from '../helpers/check-results.js';

const WORKSPACE = '/workspace/repo';
const env = { GITHUB_WORKSPACE: WORKSPACE };

function fakeRun(result: Partial<CheckRun> = {}) {
  const calls: CheckRunOptions[] = [];
  const run = async (options: CheckRunOptions): Promise<CheckRun> => {
    calls.push(options);
    return { results: [], registrySource: 'registry.json', ...result };
  };
  return { run, calls };
}

const checked: CheckResult[] = [
  upgradeAvailable({
    workload_name: 'fetch',
    registry_server: 'io.github.stacklok/fetch',
    current_image: 'ghcr.io/stackloklabs/gofetch/server:1.0.1',
    candidate_image: 'ghcr.io/stackloklabs/gofetch/server:1.0.3',
    file: 'servers/fetch.json',
    line: 3,
    verification: { status: 'skipped', reason: 'verification disabled' }
  }),
  upToDate({
    workload_name: 'osv',
    registry_server: 'io.github.stacklok/osv',
    current_image: 'ghcr.io/stackloklabs/osv-mcp/server:0.1.3',
    candidate_image: 'ghcr.io/stackloklabs/osv-mcp/server:0.1.3',
    file: 'servers/osv.json',
    line: 3,
    verification: { status: 'not-applicable' }
  }),
  invalidManifest({ workload_name: '', reason: 'not valid JSON', file: 'servers/broken.json', line: 1 })
];

describe('inputs → run options', () => {
  test('every input reaches the check as a typed option', async () => {
    const core = fakeCore({
      mode: 'check',
      paths: 'servers\nk8s/*.yaml, extra.json',
      'allow-empty': 'TRUE',
      'max-manifest-bytes': '2048',
      registry: 'https://registry.example/registry/default',
      'registry-type': 'api',
      'registry-token': 'reg-token-1',
      'registry-ca': 'certs/ca.pem',
      timeout: '12.5',
      'registry-deadline': '300',
      'fail-on': 'unknown, invalid',
      'max-annotations': '3',
      verify: 'warn',
      'trusted-root': 'trusted_root.json',
      'registry-credentials': 'ghcr.io=bot:pa55word\nquay.io=quay-token',
      'insecure-registries': 'localhost:5000\n127.0.0.1:5001',
      config: 'policy/upgrades.yml'
    });
    const { run, calls } = fakeRun();
    await runAction(core, env, run);
    expect(core.failures).toEqual([]);
    expect(calls).toHaveLength(1);
    const { log, ...options } = calls[0];
    expect(typeof log.info).toBe('function');
    expect(options).toEqual({
      paths: ['servers', 'k8s/*.yaml', 'extra.json'],
      root: WORKSPACE,
      allowEmpty: true,
      maxManifestBytes: 2048,
      registry: {
        source: 'https://registry.example/registry/default',
        kind: 'api',
        token: 'reg-token-1',
        caFile: 'certs/ca.pem',
        timeoutMs: 12_500,
        deadlineMs: 300_000
      },
      verify: {
        mode: 'warn',
        trustedRootFile: 'trusted_root.json',
        credentials: [
          { host: 'ghcr.io', username: 'bot', password: 'pa55word' },
          { host: 'quay.io', token: 'quay-token' }
        ],
        insecureHosts: ['localhost:5000', '127.0.0.1:5001'],
        timeoutMs: 12_500
      },
      policyFile: { path: `${WORKSPACE}/policy/upgrades.yml`, explicit: true }
    });
  });

  test('no inputs: the documented defaults', async () => {
    const core = fakeCore({});
    const { run, calls } = fakeRun();
    await runAction(core, env, run);
    expect(core.failures).toEqual([]);
    const { log: _log, ...options } = calls[0];
    expect(options).toEqual({
      paths: ['.'],
      root: WORKSPACE,
      allowEmpty: false,
      maxManifestBytes: 1_048_576,
      registry: { source: DEFAULT_REGISTRY_URL, kind: 'auto', token: undefined, caFile: undefined, timeoutMs: 30_000, deadlineMs: 120_000 },
      verify: { mode: undefined, trustedRootFile: undefined, credentials: [], insecureHosts: [], timeoutMs: 30_000 },
      // Read when it exists.
      policyFile: { path: `${WORKSPACE}/.github/toolhive-upgrade.yml`, explicit: false }
    });
  });

  test('registry-token, token and registry credentials are masked before the check runs', async () => {
    const core = fakeCore({
      'registry-token': 'reg-SECRET',
      token: 'ghs_SECRET',
      'registry-credentials': 'ghcr.io=bot:pw-SECRET\nquay.io=quay-SECRET'
    });
    let maskedBeforeRun: string[] = [];
    await runAction(core, env, async () => {
      maskedBeforeRun = [...core.secrets];
      return { results: [], registrySource: 'registry.json' };
    });
    expect(maskedBeforeRun).toEqual(expect.arrayContaining(['reg-SECRET', 'ghs_SECRET', 'pw-SECRET', 'quay-SECRET']));
  });

  test('user and password in the registry URL are masked, with their base64 as a Basic header carries them', async () => {
    const core = fakeCore({ registry: 'https://alice-bot:pa55w0rd@registry.example.com/registry.json' });
    let maskedBeforeRun: string[] = [];
    await runAction(core, env, async () => {
      maskedBeforeRun = [...core.secrets];
      return { results: [], registrySource: 'registry.json' };
    });
    const basic = Buffer.from('alice-bot:pa55w0rd').toString('base64');
    expect(maskedBeforeRun).toEqual(expect.arrayContaining(['alice-bot', 'pa55w0rd', basic]));
  });

  test('a malformed credential fails naming the input and the host, never the secret', async () => {
    const core = fakeCore({ 'registry-credentials': 'ghcr.io=bot:pw-SECRET\nquay.io=' });
    const { run, calls } = fakeRun();
    await runAction(core, env, run);
    expect(calls).toHaveLength(0);
    expect(core.failures).toEqual(['input registry-credentials: entry 2 (quay.io) is not host=username:password or host=token']);
    expect(everythingShown(core)).not.toContain('pw-SECRET');
  });
});

describe('invalid inputs fail the step before the check runs', () => {
  test.each([
    ['timeout', '0', 'input timeout: "0" is not a number of seconds from 1 to 3600 (default: 30)'],
    ['timeout', '1e9', 'input timeout: "1e9" is not a number of seconds from 1 to 3600 (default: 30)'],
    ['timeout', '30s', 'input timeout: "30s" is not a number of seconds from 1 to 3600 (default: 30)'],
    ['timeout', '-5', 'input timeout: "-5" is not a number of seconds from 1 to 3600 (default: 30)'],
    ['registry-deadline', '0', 'input registry-deadline: "0" is not a number of seconds from 1 to 3600 (default: 120)'],
    ['registry-deadline', '86400', 'input registry-deadline: "86400" is not a number of seconds from 1 to 3600 (default: 120)'],
    ['max-manifest-bytes', '1000', 'input max-manifest-bytes: "1000" is not a whole number of bytes at least 1024 (default: 1048576)'],
    ['max-manifest-bytes', '1MiB', 'input max-manifest-bytes: "1MiB" is not a whole number of bytes at least 1024 (default: 1048576)'],
    ['max-annotations', '2.5', 'input max-annotations: "2.5" is not a whole number from 0 to 1000 (default: 10)'],
    ['allow-empty', 'yes', 'input allow-empty: "yes" is not true or false'],
    ['draft', 'yes', 'input draft: "yes" is not true or false'],
    ['add-default-env-vars', '1', 'input add-default-env-vars: "1" is not true or false'],
    ['grouping', 'per_workload', 'input grouping: "per_workload" is not one of all, per-workload'],
    ['branch-prefix', 'bad prefix/', 'input branch-prefix: "bad prefix/" is not usable in a git branch name'],
    ['base', 'main..x', 'input base: "main..x" is not a branch name'],
    ['mode', 'review', 'input mode: "review" is not one of check, pr'],
    ['registry-type', 'ftp', 'input registry-type: "ftp" is not one of auto, file, url, api'],
    ['verify', 'strict', 'input verify: "strict" is not one of enabled, warn, disabled'],
    ['fail-on', 'stale', 'input fail-on: unknown value "stale"']
  ])('%s: %s', async (name, value, message) => {
    const core = fakeCore({ [name]: value });
    const { run, calls } = fakeRun();
    await runAction(core, env, run);
    expect(calls).toHaveLength(0);
    expect(core.failures).toHaveLength(1);
    expect(core.failures[0].startsWith(message)).toBe(true);
    expect(core.outputs).toEqual({});
  });

  test('booleans take true and false in any case', async () => {
    const core = fakeCore({ 'allow-empty': 'False', draft: 'TRUE', 'add-default-env-vars': 'true' });
    const { run, calls } = fakeRun();
    await runAction(core, env, run);
    expect(core.failures).toEqual([]);
    expect(calls[0].allowEmpty).toBe(false);
  });

  test('mode pr without a token fails before the check', async () => {
    const core = fakeCore({ mode: 'pr' });
    const { run, calls } = fakeRun();
    await runAction(core, env, run);
    expect(calls).toHaveLength(0);
    expect(core.failures).toEqual([
      'input token: mode: pr needs a GitHub token (set `token:` (default `${{ github.token }}`) or pass an App token / PAT)'
    ]);
  });
});

describe('outputs from the run result', () => {
  test('results, counts and upgrades-available; the step fails on the default fail-on', async () => {
    const core = fakeCore({});
    await runAction(core, env, fakeRun({ results: checked }).run);
    const results = JSON.parse(core.outputs.results) as { workload_name: string; status: string; file: string }[];
    expect(results.map((r) => [r.workload_name, r.status, r.file])).toEqual([
      ['fetch', 'upgrade-available', 'servers/fetch.json'],
      ['osv', 'up-to-date', 'servers/osv.json'],
      ['', 'invalid', 'servers/broken.json']
    ]);
    expect(JSON.parse(core.outputs.counts)).toMatchObject({ 'up-to-date': 1, 'upgrade-available': 1, invalid: 1, unverified: 0 });
    expect(core.outputs['upgrades-available']).toBe('1');
    expect(core.failures).toEqual([`2 workloads matched fail-on (${DEFAULT_FAIL_ON_CHECK.join(', ')}); see the job summary`]);
    expect(core.logs.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
      'fetch: upgrade available ghcr.io/stackloklabs/gofetch/server:1.0.1 → ghcr.io/stackloklabs/gofetch/server:1.0.3',
      'servers/broken.json: not valid JSON'
    ]);
    expect(core.summaryText).toContain('## ToolHive workload upgrade check');
  });

  test('fail-on none: same outputs, the step passes', async () => {
    const core = fakeCore({ 'fail-on': 'none' });
    await runAction(core, env, fakeRun({ results: checked }).run);
    expect(core.outputs['upgrades-available']).toBe('1');
    expect(core.failures).toEqual([]);
  });

  test('a run that throws fails the step with its one line', async () => {
    const core = fakeCore({});
    await runAction(core, env, async () => {
      throw new Error('boom');
    });
    expect(core.failures).toEqual(['internal error: boom']);
  });
});

describe('paths that match no manifest', () => {
  function emptyWorkspace() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-empty-'));
    mkdirSync(path.join(dir, 'servers'));
    writeFileSync(path.join(dir, 'servers', 'README.md'), 'no manifests here\n');
    return dir;
  }

  test('fail the step naming the paths, unless allow-empty', async () => {
    const workspace = emptyWorkspace();
    const core = fakeCore({ paths: 'servers\ndeploy/*.yaml', registry: 'http://127.0.0.1:9/never-fetched.json' });
    await runAction(core, { GITHUB_WORKSPACE: workspace });
    expect(core.failures).toEqual([
      'no manifest files (.json, .yaml, .yml) match "servers", "deploy/*.yaml" (input allow-empty lets a run with nothing to check pass)'
    ]);
    expect(core.outputs).toEqual({});

    const allowed = fakeCore({ paths: 'servers', 'allow-empty': 'true', registry: 'http://127.0.0.1:9/never-fetched.json' });
    await runAction(allowed, { GITHUB_WORKSPACE: workspace });
    expect(allowed.failures).toEqual([]);
    expect(allowed.outputs['upgrades-available']).toBe('0');
    expect(JSON.parse(allowed.outputs.results)).toEqual([]);
  });
});
