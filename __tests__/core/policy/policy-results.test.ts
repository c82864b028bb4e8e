// The policy through the check's own results: what the checker adds (update_type, deprecated),
// how a manifest opts out, what the policy holds, and how fail-on and the JSON output see it.
import { checkWorkload } from '../../../src/core/check/check.js';
import { attachVerification } from '../../../src/core/check/check-all.js';
import type { CheckResult, PreliminaryResult, UpgradeAvailable } from '../../../src/core/check/result.js';
import type { ImageMetadata, RemoteServerMetadata } from '../../../src/core/catalog/types.js';
import { failingFindings, findingsOf, parseFailOn, DEFAULT_FAIL_ON_CHECK } from '../../../src/core/check/fail-on.js';
import { parseManifest } from '../../../src/core/manifest/parse.js';
import { applyPolicy } from '../../../src/core/policy/apply.js';
import { parsePolicy } from '../../../src/core/policy/parse-policy.js';
import { DEFAULT_POLICY } from '../../../src/core/policy/types.js';
import { rowToJson } from '../../../src/core/render/json.js';

const S = 'ghcr.io/example/server';

function parsed(file: string, text: string) {
  const { workloads, problems } = parseManifest(file, text, { explicit: true });
  expect(problems).toEqual([]);
  return workloads;
}

function runConfig(name: string, image: string, extra: Record<string, unknown> = {}) {
  return parsed(`deploy/${name}.json`, JSON.stringify({ name, image, registry_server_name: 'example-server', ...extra }, null, 2))[0];
}

function entry(image: string, extra: Partial<ImageMetadata> = {}): ImageMetadata {
  return { kind: 'image', name: 'io.github.acme/example-server', image, transport: '', env_vars: [], ...extra };
}

function reported(result: PreliminaryResult): CheckResult {
  return result.status === 'upgrade-available'
    ? attachVerification(result, { status: 'skipped', reason: 'verification disabled' }, 'disabled')
    : result;
}

function check(current: string, candidate: string, extra: Record<string, unknown> = {}, meta: Partial<ImageMetadata> = {}): CheckResult {
  return reported(checkWorkload(runConfig('wl', `${S}:${current}`, extra), { kind: 'found', server: entry(`${S}:${candidate}`, meta) }));
}

describe('update_type on every upgrade-available result', () => {
  test.each([
    ['1.0.0', '2.0.0', 'major'],
    ['1.0.0', '1.1.0', 'minor'],
    ['1.0.0', '1.0.1', 'patch'],
    // Tags as the check reads them: `v` prefix and missing parts as ToolHive normalises them.
    ['v1.2', '1.2.1', 'patch'],
    ['1.0.0', '1.1.0-rc.1', 'prerelease'],
    ['1.1.0-rc.1', '1.1.0', 'prerelease']
  ])('%s → %s is %s', (current, candidate, type) => {
    const result = check(current, candidate);
    expect(result.status).toBe('upgrade-available');
    expect(result.update_type).toBe(type);
  });

  test('other statuses have none', () => {
    expect(check('1.0.0', '1.0.0').update_type).toBeUndefined();
  });
});

describe('deprecated registry entries', () => {
  test.each([
    ['upgrade-available', '1.0.0', '1.0.1'],
    ['up-to-date', '1.0.1', '1.0.1'],
    ['unknown', 'latest', 'latest']
  ])('%s results say deprecated: true', (status, current, candidate) => {
    const result = check(current, candidate, {}, { status: 'Deprecated' });
    expect(result.status).toBe(status);
    expect(result.deprecated).toBe(true);
    expect(findingsOf(result)).toContain('deprecated');
  });

  test('a deprecated remote entry is noted on its unknown result', () => {
    const remote: RemoteServerMetadata = {
      kind: 'remote',
      name: 'x',
      url: 'https://x',
      transport: 'sse',
      env_vars: [],
      status: 'deprecated'
    };
    expect(checkWorkload(runConfig('wl', `${S}:1.0.0`), { kind: 'found', server: remote }).deprecated).toBe(true);
  });

  test('active entries say nothing', () => {
    expect(check('1.0.0', '1.0.1', {}, { status: 'Active' }).deprecated).toBeUndefined();
    expect(check('1.0.0', '1.0.1').deprecated).toBeUndefined();
  });
});

describe('manifests that opt out', () => {
  test('RunConfig container_labels toolhive-upgrade/ignore: "true"', () => {
    expect(runConfig('a', `${S}:1.0.0`, { container_labels: { 'toolhive-upgrade/ignore': 'true' } }).optOut).toBe('label');
    expect(runConfig('b', `${S}:1.0.0`, { container_labels: { 'toolhive-upgrade/ignore': 'false' } }).optOut).toBeUndefined();
    expect(runConfig('c', `${S}:1.0.0`, { container_labels: { other: 'true' } }).optOut).toBeUndefined();
  });

  test('RunConfig in YAML, and MCPServer metadata.annotations', () => {
    const yaml = parsed(
      'deploy/k8s.yaml',
      [
        'apiVersion: toolhive.stacklok.dev/v1alpha1',
        'kind: MCPServer',
        'metadata:',
        '  name: frozen',
        '  annotations:',
        '    toolhive-upgrade/registry-server-name: example-server',
        '    toolhive-upgrade/ignore: "true"',
        'spec:',
        `  image: ${S}:1.0.0`,
        '---',
        'apiVersion: toolhive.stacklok.dev/v1alpha1',
        'kind: MCPServer',
        'metadata:',
        '  name: live',
        '  annotations:',
        '    toolhive-upgrade/registry-server-name: example-server',
        'spec:',
        `  image: ${S}:1.0.0`,
        '---',
        'name: rc',
        `image: ${S}:1.0.0`,
        'container_labels:',
        '  toolhive-upgrade/ignore: "true"',
        ''
      ].join('\n')
    );
    expect(yaml.map((w) => [w.name, w.optOut])).toEqual([
      ['frozen', 'annotation'],
      ['live', undefined],
      ['rc', 'label']
    ]);
  });

  test('an opted-out upgrade is held by its label, whatever the policy', () => {
    const result = check('1.0.0', '1.0.1', { container_labels: { 'toolhive-upgrade/ignore': 'true' } });
    const [held] = applyPolicy([result], DEFAULT_POLICY, (f) => f);
    expect(held.held_by).toBe('label toolhive-upgrade/ignore');
    expect(held.status).toBe('upgrade-available');
  });
});

describe('applyPolicy', () => {
  const policy = parsePolicy(
    ['update-types: [minor, patch]', 'rules:', '  - paths: ["deploy/prod/**"]', '    update-types: [patch]', ''].join('\n'),
    '.github/toolhive-upgrade.yml'
  );

  test('holds a major bump and lets a minor bump of another workload through', () => {
    const major = reported(checkWorkload(runConfig('fetch', `${S}:1.0.0`), { kind: 'found', server: entry(`${S}:2.0.0`) }));
    const minor = reported(checkWorkload(runConfig('osv', `${S}:1.0.0`), { kind: 'found', server: entry(`${S}:1.1.0`) }));
    const [a, b] = applyPolicy([major, minor], policy, (f) => f);
    expect(a.held_by).toBe('update-types [minor, patch] (.github/toolhive-upgrade.yml:1)');
    expect(b.held_by).toBeUndefined();
  });

  test('paths are matched from the repository root', () => {
    const minor = check('1.0.0', '1.1.0');
    expect(minor.file).toBe('deploy/wl.json');
    // The run's root is `services/`, a directory below the repository root.
    const [held] = applyPolicy(
      [minor],
      parsePolicy('rules:\n  - paths: ["services/deploy/**"]\n    ignore: true\n', 'p.yml'),
      (f) => `services/${f}`
    );
    expect(held.held_by).toBe('rule ignore (p.yml:3)');
    const [free] = applyPolicy(
      [minor],
      parsePolicy('rules:\n  - paths: ["deploy/**"]\n    ignore: true\n', 'p.yml'),
      (f) => `services/${f}`
    );
    expect(free.held_by).toBeUndefined();
  });

  test('servers are matched on the registry entry name', () => {
    const [held] = applyPolicy([check('1.0.0', '1.0.1')], parsePolicy('ignore:\n  - server: "io.github.acme/*"\n', 'p.yml'), (f) => f);
    expect(held.held_by).toBe('ignore server io.github.acme/* (p.yml:2)');
  });

  test('a prerelease candidate is held unless the workload already runs a prerelease', () => {
    const [fromRelease] = applyPolicy([check('1.0.0', '1.1.0-rc.1')], DEFAULT_POLICY, (f) => f);
    expect(fromRelease.held_by).toBe('update-types [major, minor, patch] (default)');
    const [fromPrerelease] = applyPolicy([check('1.1.0-rc.1', '1.1.0-rc.2')], DEFAULT_POLICY, (f) => f);
    expect(fromPrerelease.held_by).toBeUndefined();
    const [listed] = applyPolicy([check('1.0.0', '1.1.0-rc.1')], parsePolicy('update-types: [minor, prerelease]\n', 'p.yml'), (f) => f);
    expect(listed.held_by).toBeUndefined();
  });
});

describe('fail-on', () => {
  const held = { ...(check('1.0.0', '2.0.0') as UpgradeAvailable), held_by: 'update-types [minor, patch] (p.yml:1)' };

  test('a held upgrade is `held`, not `upgrade-available`', () => {
    expect(findingsOf(held)).toEqual(['held']);
    expect(failingFindings(held, DEFAULT_FAIL_ON_CHECK)).toEqual([]);
    expect(failingFindings(held, parseFailOn('held', []))).toEqual(['held']);
    expect(failingFindings(check('1.0.0', '2.0.0'), DEFAULT_FAIL_ON_CHECK)).toEqual(['upgrade-available']);
  });

  test('`deprecated` can be named', () => {
    const deprecated = check('1.0.1', '1.0.1', {}, { status: 'Deprecated' });
    expect(failingFindings(deprecated, DEFAULT_FAIL_ON_CHECK)).toEqual([]);
    expect(failingFindings(deprecated, parseFailOn('deprecated', []))).toEqual(['deprecated']);
  });
});

describe('JSON output', () => {
  test('update_type, held_by and deprecated follow file and line', () => {
    const held = { ...(check('1.0.0', '2.0.0', {}, { status: 'Deprecated' }) as UpgradeAvailable), held_by: 'rule ignore (p.yml:3)' };
    // As the report writes it: members without a value are left out.
    const json = JSON.parse(JSON.stringify(rowToJson(held))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'workload_name',
      'registry_server',
      'status',
      'current_image',
      'candidate_image',
      'file',
      'line',
      'update_type',
      'held_by',
      'deprecated',
      'verification'
    ]);
    expect(json).toMatchObject({ status: 'upgrade-available', update_type: 'major', held_by: 'rule ignore (p.yml:3)', deprecated: true });
  });
});
