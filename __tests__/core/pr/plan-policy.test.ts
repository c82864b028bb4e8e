// PR mode under an upgrade policy: held upgrades are never proposed, the others still are (in the
// same PR), and every PR body says what was held and by which rule.
import { planPullRequests, proposableUpgrades } from '../../../src/core/pr/plan.js';
import { heldUpgrades } from '../../../src/core/policy/apply.js';
import { PLAN_OPTIONS as OPTIONS, upgrade } from '../../helpers/pr-support.js';

const FETCH = '{\n  "name": "fetch",\n  "image": "ghcr.io/acme/fetch:1.0.0"\n}\n';
const OSV = '{\n  "name": "osv",\n  "image": "ghcr.io/acme/osv:1.2.0"\n}\n';
const TEXTS = new Map([
  ['deploy/fetch.json', FETCH],
  ['deploy/osv.json', OSV]
]);

const major = upgrade({
  file: 'deploy/fetch.json',
  text: FETCH,
  name: 'fetch',
  candidate: 'ghcr.io/acme/fetch:2.0.0',
  updateType: 'major',
  heldBy: 'update-types [minor, patch] (.github/toolhive-upgrade.yml:1)'
});
const minor = upgrade({ file: 'deploy/osv.json', text: OSV, name: 'osv', candidate: 'ghcr.io/acme/osv:1.3.0', updateType: 'minor' });

test('a held major bump stays out while a minor bump of another workload goes into the PR', () => {
  const results = [major, minor];
  expect(proposableUpgrades(results)).toEqual([minor]);
  const plan = planPullRequests(proposableUpgrades(results), TEXTS, { ...OPTIONS, held: heldUpgrades(results) });
  expect(plan.groups).toHaveLength(1);
  const change = plan.groups[0]!.change!;
  expect(change.files).toEqual([{ path: 'deploy/osv.json', content: OSV.replace('osv:1.2.0', 'osv:1.3.0') }]);
  expect(change.title).toBe('Upgrade osv (deploy/osv.json) to 1.3.0');
  expect(change.body).toContain('### Held back by the upgrade policy');
  expect(change.body).toContain(
    '- `fetch` in `deploy/fetch.json:3`: `ghcr.io/acme/fetch:1.0.0` → `ghcr.io/acme/fetch:2.0.0` (major), held by `update-types [minor, patch] (.github/toolhive-upgrade.yml:1)`'
  );
  // The held list comes before the footer.
  expect(change.body.indexOf('Held back')).toBeLessThan(change.body.indexOf('Proposed by toolhive-upgrade-action'));
});

test('nothing held: the body says nothing about the policy', () => {
  const plan = planPullRequests([minor], TEXTS, { ...OPTIONS, held: [] });
  expect(plan.groups[0]!.change!.body).not.toContain('Held back');
});

test('a deprecated entry gets a line in the PR body', () => {
  const deprecated = { ...minor, deprecated: true as const };
  const body = planPullRequests([deprecated], TEXTS, OPTIONS).groups[0]!.change!.body;
  expect(body).toContain('- ⚠️ The registry marks `example-server` as **deprecated**');
});
