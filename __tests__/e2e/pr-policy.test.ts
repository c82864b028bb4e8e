// End to end: the BUILT dist/index.js in `mode: pr` with the repository's default policy file,
// against the GitHub stand-in. A major bump the policy holds stays out of the PR; a minor bump of
// another workload goes in; the PR body and the job summary say what was held and by which rule.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GitHubStandin } from '../helpers/github-standin.js';
import { branchRunEnv, runBuiltAction } from '../helpers/run-action.js';
import { legacyRegistry, legacyServer } from '../helpers/registry-documents.js';

const TOKEN = 'ghs_E2ePolicyTokenNeverPrinted0000000';
const runConfig = (name: string, image: string) =>
  `${JSON.stringify({ name, image, registry_server_name: name, transport: 'stdio' }, null, 2)}\n`;
const FETCH = runConfig('fetch', 'ghcr.io/acme/fetch:1.0.0');
const OSV = runConfig('osv', 'ghcr.io/acme/osv:1.2.0');
const HELD_BY = 'update-types [minor, patch] (.github/toolhive-upgrade.yml:2)';

describe('dist/index.js in PR mode with .github/toolhive-upgrade.yml', () => {
  let gh: GitHubStandin;

  beforeEach(async () => {
    gh = await GitHubStandin.start({
      files: {
        'servers/fetch.json': FETCH,
        'servers/osv.json': OSV,
        '.github/toolhive-upgrade.yml': '# majors by hand\nupdate-types: [minor, patch]\n'
      }
    });
  });
  afterEach(async () => {
    await gh.close();
  });

  test('the held major bump is listed, not proposed; the minor bump is', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-policy-e2e-'));
    const registry = path.join(dir, 'registry.json');
    writeFileSync(
      registry,
      legacyRegistry({ fetch: legacyServer('ghcr.io/acme/fetch:2.0.0'), osv: legacyServer('ghcr.io/acme/osv:1.3.0') })
    );
    const run = await runBuiltAction(
      { mode: 'pr', paths: 'servers', registry, 'registry-type': 'file', token: TOKEN, verify: 'disabled' },
      branchRunEnv(gh, dir),
      gh.clone('main')
    );
    expect(run.code).toBe(0);
    expect(run.outputs['pull-request-operation']).toBe('created');
    const branch = 'toolhive-upgrade/all';
    expect(gh.show(branch, 'servers/osv.json').toString()).toBe(OSV.replace('osv:1.2.0', 'osv:1.3.0'));
    expect(gh.show(branch, 'servers/fetch.json').toString()).toBe(FETCH);
    const pr = gh.pulls.get(1)!;
    expect(pr.title).toBe('Upgrade osv (servers/osv.json) to 1.3.0');
    expect(pr.body).toContain('### Held back by the upgrade policy');
    expect(pr.body).toContain(
      `- \`fetch\` in \`servers/fetch.json:3\`: \`ghcr.io/acme/fetch:1.0.0\` → \`ghcr.io/acme/fetch:2.0.0\` (major), held by \`${HELD_BY}\``
    );
    expect(run.summary).toContain('### Held by the upgrade policy');
    const fetch = (JSON.parse(run.outputs.results!) as Record<string, unknown>[]).find((r) => r.workload_name === 'fetch');
    expect(fetch).toMatchObject({ status: 'upgrade-available', update_type: 'major', held_by: HELD_BY });
  });
});
