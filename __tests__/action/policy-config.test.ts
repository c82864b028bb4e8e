// The Action's `config` input in-process, with the real check: the default policy file is read
// when present, an explicit one must exist, and a broken one fails the step before any check.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../../src/action/main.js';
import { fakeCore } from './fake-core.js';
import { legacyRegistry, legacyServer } from '../helpers/registry-documents.js';

function write(root: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

const runConfig = (name: string, image: string) => `${JSON.stringify({ name, image, registry_server_name: name }, null, 2)}\n`;

/** A checked-out repository: a major bump for fetch, a minor one for osv. */
function workspace(policy?: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'thv-action-policy-'));
  mkdirSync(path.join(root, '.git'));
  write(
    root,
    'registry.json',
    legacyRegistry({ fetch: legacyServer('ghcr.io/acme/fetch:2.0.0'), osv: legacyServer('ghcr.io/acme/osv:1.3.0') })
  );
  write(root, 'deploy/fetch.json', runConfig('fetch', 'ghcr.io/acme/fetch:1.0.0'));
  write(root, 'deploy/osv.json', runConfig('osv', 'ghcr.io/acme/osv:1.2.0'));
  if (policy !== undefined) write(root, '.github/toolhive-upgrade.yml', policy);
  return root;
}

function inputs(root: string, extra: Record<string, string> = {}) {
  return { paths: 'deploy', registry: path.join(root, 'registry.json'), verify: 'disabled', ...extra };
}

type Row = Record<string, unknown>;
const rows = (results: string): Record<string, Row> => Object.fromEntries((JSON.parse(results) as Row[]).map((r) => [r.workload_name, r]));

test('the default .github/toolhive-upgrade.yml is read when it exists', async () => {
  const root = workspace('update-types: [minor, patch]\n');
  const core = fakeCore(inputs(root));
  await runAction(core, { GITHUB_WORKSPACE: root });
  const results = rows(core.outputs.results!);
  expect(results.fetch).toMatchObject({
    status: 'upgrade-available',
    update_type: 'major',
    held_by: 'update-types [minor, patch] (.github/toolhive-upgrade.yml:1)'
  });
  expect(results.osv).not.toHaveProperty('held_by');
  // The unheld minor bump still fails the default fail-on; the held major one does not count.
  expect(core.failures).toEqual([
    '1 workload matched fail-on (upgrade-available, server-not-found, missing-env, invalid, unverified); see the job summary'
  ]);
  expect(JSON.parse(core.outputs.counts!)).toMatchObject({ 'upgrade-available': 2, held: 1, deprecated: 0 });
  expect(core.summaryText).toContain('### Held by the upgrade policy');
  expect(core.summaryText).toContain('held by `update-types [minor, patch] (.github/toolhive-upgrade.yml:1)`');
});

test('without the default file, nothing is held', async () => {
  const root = workspace();
  const core = fakeCore(inputs(root));
  await runAction(core, { GITHUB_WORKSPACE: root });
  expect(Object.values(rows(core.outputs.results!)).map((r) => r.held_by)).toEqual([undefined, undefined]);
  expect(core.failures).toHaveLength(1);
  expect(core.summaryText).not.toContain('Held by');
});

test('an explicit config is read relative to the repository root; held upgrades fail only `fail-on: held`', async () => {
  const root = workspace();
  write(root, 'ci/upgrades.yml', 'ignore:\n  - path: "deploy/*.json"\n');
  const core = fakeCore(inputs(root, { config: 'ci/upgrades.yml' }));
  await runAction(core, { GITHUB_WORKSPACE: root });
  expect(rows(core.outputs.results!).osv).toMatchObject({ held_by: 'ignore path deploy/*.json (ci/upgrades.yml:2)' });
  expect(core.failures).toEqual([]);

  const strict = fakeCore(inputs(root, { config: 'ci/upgrades.yml', 'fail-on': 'held' }));
  await runAction(strict, { GITHUB_WORKSPACE: root });
  expect(strict.failures).toEqual(['2 workloads matched fail-on (held); see the job summary']);
});

test('an explicit config that does not exist fails the step naming it', async () => {
  const root = workspace('update-types: [minor, patch]\n');
  const core = fakeCore(inputs(root, { config: 'ci/missing.yml' }));
  await runAction(core, { GITHUB_WORKSPACE: root });
  expect(core.failures).toEqual([
    'ci/missing.yml: policy file not found (check the path (config / --config), or remove it to use the defaults)'
  ]);
  expect(core.outputs).toEqual({});
});

test('a broken default file fails the step with its file and line, before any check', async () => {
  const root = workspace('update-types: [minor, patch]\nrules:\n  - paths: "deploy/**"\n    update_types: [patch]\n');
  // The registry is never fetched: the policy is read first.
  const core = fakeCore({ paths: 'deploy', registry: 'http://127.0.0.1:9/never-fetched.json' });
  await runAction(core, { GITHUB_WORKSPACE: root });
  expect(core.failures).toEqual([
    '.github/toolhive-upgrade.yml:4: rules[0]: unknown key "update_types" (allowed: workloads, servers, paths, update-types, ignore)'
  ]);
  expect(core.outputs).toEqual({});
});

test('annotations name the rule; a held upgrade is never reported as blocked by verification', async () => {
  const root = workspace('update-types: [minor, patch]\n');
  // verify: enabled holds back unverified candidates with an error annotation; held ones are not candidates.
  const core = fakeCore(inputs(root, { verify: 'enabled', 'fail-on': 'none' }));
  await runAction(core, { GITHUB_WORKSPACE: root });
  const fetch = core.logs.filter((l) => l.message.startsWith('fetch:'));
  expect(fetch).toEqual([
    {
      level: 'warning',
      message:
        'fetch: upgrade available ghcr.io/acme/fetch:1.0.0 → ghcr.io/acme/fetch:2.0.0; major upgrade held by update-types [minor, patch] (.github/toolhive-upgrade.yml:1)'
    }
  ]);
  const osv = core.logs.filter((l) => l.message.startsWith('osv:'));
  expect(osv.map((l) => l.level)).toEqual(['error']);
});
