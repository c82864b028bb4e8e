// `toolhive-upgrade check --config FILE` end to end: a real repository layout on disk, a registry
// file, the policy file; what a user sees in JSON, in the table, and in the exit code.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { legacyRegistry, legacyServer } from '../helpers/registry-documents.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd });
  return { code, stdout, stderr };
}

function write(root: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

const runConfig = (name: string, image: string, extra: Record<string, unknown> = {}) =>
  `${JSON.stringify({ name, image, registry_server_name: name, transport: 'stdio', ...extra }, null, 2)}\n`;

/** A repository with one workload per case the policy distinguishes. */
function repository(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'thv-policy-'));
  mkdirSync(path.join(root, '.git'));
  write(
    root,
    'registry.json',
    legacyRegistry({
      fetch: legacyServer('ghcr.io/acme/fetch:2.0.0'),
      osv: legacyServer('ghcr.io/acme/osv:1.3.0'),
      time: legacyServer('ghcr.io/acme/time:1.1.0-rc.1'),
      beta: legacyServer('ghcr.io/acme/beta:2.0.0-rc.2'),
      old: legacyServer('ghcr.io/acme/old:1.0.0', { status: 'Deprecated' }),
      labelled: legacyServer('ghcr.io/acme/labelled:1.0.1'),
      annotated: legacyServer('ghcr.io/acme/annotated:1.0.1')
    })
  );
  write(root, 'deploy/fetch.json', runConfig('fetch', 'ghcr.io/acme/fetch:1.0.0'));
  write(root, 'deploy/osv.json', runConfig('osv', 'ghcr.io/acme/osv:1.2.0'));
  write(root, 'deploy/time.json', runConfig('time', 'ghcr.io/acme/time:1.0.0'));
  write(root, 'deploy/beta.json', runConfig('beta', 'ghcr.io/acme/beta:2.0.0-rc.1'));
  write(root, 'deploy/old.json', runConfig('old', 'ghcr.io/acme/old:1.0.0'));
  write(
    root,
    'deploy/labelled.json',
    runConfig('labelled', 'ghcr.io/acme/labelled:1.0.0', { container_labels: { 'toolhive-upgrade/ignore': 'true' } })
  );
  write(
    root,
    'deploy/k8s/annotated.yaml',
    [
      'apiVersion: toolhive.stacklok.dev/v1alpha1',
      'kind: MCPServer',
      'metadata:',
      '  name: annotated',
      '  annotations:',
      '    toolhive-upgrade/registry-server-name: annotated',
      '    toolhive-upgrade/ignore: "true"',
      'spec:',
      '  image: ghcr.io/acme/annotated:1.0.0',
      ''
    ].join('\n')
  );
  write(root, '.github/toolhive-upgrade.yml', ['# upgrades we take without a second look', 'update-types: [minor, patch]', ''].join('\n'));
  return root;
}

// The registry path is read from the process's directory: give it in full.
let BASE: string[] = [];
function repositoryWithBase(): string {
  const root = repository();
  BASE = ['check', '--registry', path.join(root, 'registry.json'), '--verify', 'disabled'];
  return root;
}

type Row = Record<string, unknown>;
function byName(stdout: string): Record<string, Row> {
  return Object.fromEntries((JSON.parse(stdout) as Row[]).map((r) => [r.workload_name, r]));
}

describe('--config', () => {
  test('holds the major bump and the opted-out manifests, not the minor bump; prereleases as the current tag says', async () => {
    const root = repositoryWithBase();
    const { code, stdout, stderr } = await cli([...BASE, '--config', '.github/toolhive-upgrade.yml', '--format', 'json', 'deploy'], root);
    expect(stderr).toBe('');
    const rows = byName(stdout);
    expect(rows.fetch).toMatchObject({
      status: 'upgrade-available',
      update_type: 'major',
      held_by: 'update-types [minor, patch] (.github/toolhive-upgrade.yml:2)'
    });
    expect(rows.osv).toMatchObject({ status: 'upgrade-available', update_type: 'minor' });
    expect(rows.osv).not.toHaveProperty('held_by');
    // A release moving to a prerelease is held unless prerelease is listed…
    expect(rows.time).toMatchObject({
      status: 'upgrade-available',
      update_type: 'prerelease',
      held_by: 'update-types [minor, patch] (.github/toolhive-upgrade.yml:2)'
    });
    // …but a workload already on a prerelease follows its line.
    expect(rows.beta).toMatchObject({ status: 'upgrade-available', update_type: 'prerelease' });
    expect(rows.beta).not.toHaveProperty('held_by');
    expect(rows.labelled).toMatchObject({ status: 'upgrade-available', update_type: 'patch', held_by: 'label toolhive-upgrade/ignore' });
    expect(rows.annotated).toMatchObject({ status: 'upgrade-available', held_by: 'annotation toolhive-upgrade/ignore' });
    expect(rows.old).toMatchObject({ status: 'up-to-date', deprecated: true });
    // osv and beta are unheld upgrades: the default fail-on still fails.
    expect(code).toBe(1);
  });

  test('fail-on counts held upgrades only when `held` is named; `deprecated` likewise', async () => {
    const root = repositoryWithBase();
    write(root, 'only-held.json', runConfig('fetch', 'ghcr.io/acme/fetch:1.0.0'));
    const config = ['--config', '.github/toolhive-upgrade.yml'];
    expect((await cli([...BASE, ...config, 'only-held.json'], root)).code).toBe(0);
    expect((await cli([...BASE, ...config, '--fail-on', 'held', 'only-held.json'], root)).code).toBe(1);
    // Without the policy the same upgrade fails the default fail-on.
    expect((await cli([...BASE, 'only-held.json'], root)).code).toBe(1);
    expect((await cli([...BASE, 'deploy/old.json'], root)).code).toBe(0);
    // A held candidate is not verified: the entry's missing provenance (`unverified` under the
    // default verify mode) does not fail the run over an upgrade the repository ignores.
    const registry = BASE[2]!;
    const verifying = await cli(
      ['check', '--registry', registry, ...config, '--format', 'json', 'only-held.json', 'deploy/osv.json'],
      root
    );
    expect(verifying.code).toBe(1);
    const rows = JSON.parse(verifying.stdout) as Row[];
    expect(rows.map((r) => [r.file, (r.verification as Row).status, r.held_by !== undefined])).toEqual([
      ['deploy/osv.json', 'unverified', false],
      ['only-held.json', 'skipped', true]
    ]);
    expect((await cli(['check', '--registry', registry, ...config, 'only-held.json'], root)).code).toBe(0);
    expect((await cli([...BASE, '--fail-on', 'deprecated', 'deploy/old.json'], root)).code).toBe(1);
  });

  test('the table notes what was held and what is deprecated', async () => {
    const root = repositoryWithBase();
    const { stdout, stderr } = await cli([...BASE, '--config', '.github/toolhive-upgrade.yml', '--fail-on', 'none', 'deploy'], root);
    expect(stdout).toContain(
      'deploy/fetch.json:3: fetch: major upgrade held by update-types [minor, patch] (.github/toolhive-upgrade.yml:2)'
    );
    expect(stdout).toContain('deploy/old.json:3: old: registry entry old is deprecated');
    expect(stderr).toMatch(/^7 workloads: /);
  });

  test('the markdown summary lists the held upgrades with their rule', async () => {
    const root = repositoryWithBase();
    const { stdout } = await cli(
      [...BASE, '--config', '.github/toolhive-upgrade.yml', '--format', 'markdown', '--fail-on', 'none', 'deploy'],
      root
    );
    expect(stdout).toContain('### Held by the upgrade policy');
    expect(stdout).toContain(
      '- `fetch` in `deploy/fetch.json:3`: `ghcr.io/acme/fetch:1.0.0` → `ghcr.io/acme/fetch:2.0.0` (major), held by `update-types [minor, patch] (.github/toolhive-upgrade.yml:2)`'
    );
    expect(stdout).toMatch(/\| fetch \| ⬆️ upgrade-available \(held\) \|/);
    expect(stdout).toMatch(/\| old \| ✅ up-to-date \(deprecated\) \|.*⚠️ registry entry old is deprecated/);
  });

  test('paths in the policy are relative to the repository root, wherever the CLI runs', async () => {
    const root = repositoryWithBase();
    write(root, 'policy.yml', 'ignore:\n  - path: "deploy/osv.json"\n');
    const { stdout } = await cli(
      [
        'check',
        '--registry',
        path.join(root, 'registry.json'),
        '--verify',
        'disabled',
        '--config',
        '../policy.yml',
        '--format',
        'json',
        'osv.json'
      ],
      path.join(root, 'deploy')
    );
    expect(byName(stdout).osv).toMatchObject({ file: 'osv.json', held_by: 'ignore path deploy/osv.json (policy.yml:2)' });
  });
});

describe('a policy file that cannot be used', () => {
  test.each([
    ['an unknown key', 'update-type: [minor]\n', 'policy.yml:1: policy: unknown key "update-type" (allowed: ignore, update-types, rules)'],
    ['a wrong type', 'rules:\n  - paths: ["deploy/**"]\n    ignore: "yes"\n', 'policy.yml:3: rules[0].ignore must be true or false'],
    [
      'a bad glob',
      'ignore:\n  - workload: "legacy-[abc"\n',
      'policy.yml:2: ignore.workload: bad glob "legacy-[abc": unclosed "[" at position 8'
    ],
    [
      'an unknown update type',
      '\n\nupdate-types: [minor, breaking]\n',
      'policy.yml:3: update-types: unknown update type "breaking" (use major, minor, patch, prerelease)'
    ]
  ])('%s is exit 2 naming the file and line, before any check', async (_name, text, message) => {
    const root = repositoryWithBase();
    write(root, 'policy.yml', text);
    // The registry does not exist: the policy error comes first.
    const { code, stdout, stderr } = await cli(['check', '--registry', 'missing.json', '--config', 'policy.yml', 'deploy'], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`toolhive-upgrade: error: ${message}\n`);
  });

  test('a missing file is exit 2 naming it', async () => {
    const root = repositoryWithBase();
    const { code, stderr } = await cli([...BASE, '--config', 'nope.yml', 'deploy'], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^toolhive-upgrade: error: nope\.yml: policy file not found/);
  });
});
