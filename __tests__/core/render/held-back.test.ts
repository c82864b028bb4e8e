import { renderHeldBack } from '../../../src/core/render/held-back.js';
import { decideProposal } from '../../../src/core/provenance/mode.js';
import type { Verification } from '../../../src/core/provenance/verification.js';
import { upgradeAvailable, upToDate } from '../../helpers/check-results.js';

const unverified: Verification = { status: 'unverified', reason: 'not verified: the registry publishes no provenance' };
const held = (name: string) =>
  upgradeAvailable({ workload_name: name, verification: unverified, proposal: decideProposal('enabled', true, unverified) });

test('nothing held back: no section', () => {
  expect(renderHeldBack([upToDate(), upgradeAvailable()])).toBe('');
});

test('each held-back upgrade with its reason; untrusted names are escaped', () => {
  const text = renderHeldBack([upgradeAvailable(), held('<img src=x>|pwn')]);
  expect(text).toContain('### Upgrades held back (1)');
  expect(text).toContain('- \\<img src\\=x\\>\\|pwn (');
  expect(text.replace(/\\(.)/g, '$1')).toMatch(
    /: verify: enabled proposes verified candidates only; not verified: the registry publishes no provenance\n$/
  );
});

test('an upgrade the policy holds names the rule; long lists are capped', () => {
  const policy = { ...held('p'), held_by: 'update-types [patch] (.github/toolhive-upgrade.yml:3)' };
  expect(renderHeldBack([policy]).replace(/\\(.)/g, '$1')).toContain(
    'held by policy update-types [patch] (.github/toolhive-upgrade.yml:3)'
  );
  const text = renderHeldBack(
    Array.from({ length: 5 }, (_, i) => held(`w${i}`)),
    undefined,
    2
  );
  expect(text).toContain('### Upgrades held back (5)');
  expect(text).toContain('…and 3 more');
});
