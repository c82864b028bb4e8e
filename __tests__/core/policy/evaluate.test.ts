import { heldBy } from '../../../src/core/policy/evaluate.js';
import { parsePolicy } from '../../../src/core/policy/parse-policy.js';
import { DEFAULT_POLICY, type UpgradeSubject } from '../../../src/core/policy/types.js';

const policy = parsePolicy(
  `ignore:
  - workload: "legacy-*"
  - server: "io.github.acme/*"
  - path: "deploy/frozen/**"
update-types: [minor, patch]
rules:
  - paths: ["deploy/prod/**"]
    update-types: [patch]
  - paths: ["deploy/prod/canary/**"]
    update-types: [major, minor, patch]
  - servers: ["io.github.stacklok/osv"]
    ignore: true
  - servers: ["io.github.stacklok/osv"]
    paths: ["deploy/dev/**"]
    ignore: false
`,
  'policy.yml'
);

function subject(over: Partial<UpgradeSubject>): UpgradeSubject {
  return {
    workload: 'fetch',
    server: 'io.github.stacklok/fetch',
    path: 'deploy/dev/fetch.json',
    updateType: 'minor',
    currentIsPrerelease: false,
    ...over
  };
}

describe('heldBy', () => {
  it.each<[string, Partial<UpgradeSubject>, string | undefined]>([
    ['a minor bump is allowed by the top-level update-types', {}, undefined],
    ['a major bump is held by the top-level update-types', { updateType: 'major' }, 'update-types [minor, patch] (policy.yml:5)'],
    ['ignore by workload glob', { workload: 'legacy-github' }, 'ignore workload legacy-* (policy.yml:2)'],
    ['ignore by server glob', { server: 'io.github.acme/tools' }, 'ignore server io.github.acme/* (policy.yml:3)'],
    ['ignore by path glob', { path: 'deploy/frozen/a/b.yaml' }, 'ignore path deploy/frozen/** (policy.yml:4)'],
    [
      'a rule narrows update types for its paths',
      { path: 'deploy/prod/fetch.json', updateType: 'minor' },
      'update-types [patch] (policy.yml:8)'
    ],
    ['a patch bump passes the narrowed rule', { path: 'deploy/prod/fetch.json', updateType: 'patch' }, undefined],
    ['a later rule overrides an earlier one', { path: 'deploy/prod/canary/fetch.json', updateType: 'major' }, undefined],
    [
      'a rule ignores a server',
      { server: 'io.github.stacklok/osv', path: 'deploy/prod/osv.json', updateType: 'patch' },
      'rule ignore (policy.yml:12)'
    ],
    ['a later rule un-ignores it for some paths', { server: 'io.github.stacklok/osv', path: 'deploy/dev/osv.json' }, undefined],
    ['a prerelease is held unless listed', { updateType: 'prerelease' }, 'update-types [minor, patch] (policy.yml:5)'],
    ['a prerelease is allowed when the current tag is a prerelease', { updateType: 'prerelease', currentIsPrerelease: true }, undefined],
    ['a RunConfig label opts out', { optOut: 'label' }, 'label toolhive-upgrade/ignore'],
    ['an MCPServer annotation opts out', { optOut: 'annotation' }, 'annotation toolhive-upgrade/ignore']
  ])('%s', (_, over, expected) => {
    expect(heldBy(policy, subject(over))).toBe(expected);
  });

  it('holds a major bump of one workload while a minor bump of another goes through', () => {
    const held = heldBy(policy, subject({ workload: 'osv-a', server: 'io.github.stacklok/fetch', updateType: 'major' }));
    const proposed = heldBy(policy, subject({ workload: 'github', server: 'io.github.stacklok/github', updateType: 'minor' }));
    expect(held).toBe('update-types [minor, patch] (policy.yml:5)');
    expect(proposed).toBeUndefined();
  });

  it('without a policy file every major, minor and patch upgrade is proposed, prereleases only from a prerelease', () => {
    for (const updateType of ['major', 'minor', 'patch'] as const) expect(heldBy(DEFAULT_POLICY, subject({ updateType }))).toBeUndefined();
    expect(heldBy(DEFAULT_POLICY, subject({ updateType: 'prerelease' }))).toBe('update-types [major, minor, patch] (default)');
    expect(heldBy(DEFAULT_POLICY, subject({ updateType: 'prerelease', currentIsPrerelease: true }))).toBeUndefined();
  });
});
