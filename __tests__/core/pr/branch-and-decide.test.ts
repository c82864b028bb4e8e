import {
  branchForAll,
  branchForWorkload,
  isValidBranchName,
  sanitizeRefComponent,
  validateBranchPrefix
} from '../../../src/core/pr/branch.js';
import { buildCommitMessage, parseOwnershipTrailers } from '../../../src/core/pr/commit-message.js';
import { decide, ownership, type BranchHead, type Desired, type GroupState } from '../../../src/core/pr/decide.js';
import { groupUpgrades } from '../../../src/core/pr/group.js';
import { upgrade } from '../../helpers/pr-support.js';

const BASE = 'a'.repeat(40);
const NEW_BASE = 'b'.repeat(40);
const TREE = 'c'.repeat(40);
const CONTENT = `sha256:${'d'.repeat(64)}`;
const naming = { prefix: 'toolhive-upgrade/', baseBranch: 'main' };

describe('branch names', () => {
  test('grouping all: one short branch for the default base, a base segment for other bases', () => {
    expect(branchForAll(naming)).toBe('toolhive-upgrade/all');
    expect(branchForAll({ ...naming, defaultBranch: 'main' })).toBe('toolhive-upgrade/all');
    expect(branchForAll({ ...naming, baseBranch: 'release/1.x', defaultBranch: 'main' })).toBe('toolhive-upgrade/release-1.x/all');
  });

  test('per-workload: file and workload name, sanitised into a valid ref', () => {
    expect(branchForWorkload(naming, { file: 'deploy/mcp/osv.json', name: 'osv-upgrade' })).toBe(
      'toolhive-upgrade/deploy-mcp-osv.json/osv-upgrade'
    );
    const odd = branchForWorkload(naming, { file: './k8s/My Servers/..weird~name.lock', name: 'a..b@{c}' });
    expect(odd).toBe('toolhive-upgrade/k8s-My-Servers-.weird-name/a.b-c');
    expect(isValidBranchName(odd)).toBe(true);
  });

  test('the same inputs give the same name on every run', () => {
    const w = { file: 'servers/fetch.yaml', name: 'fetch' };
    expect(branchForWorkload(naming, w)).toBe(branchForWorkload({ ...naming }, { ...w }));
  });

  test('sanitised components are never empty, never end in .lock and stay short', () => {
    expect(sanitizeRefComponent('///')).toBe('x');
    expect(sanitizeRefComponent('x.lock')).toBe('x');
    expect(sanitizeRefComponent('a'.repeat(300)).length).toBeLessThanOrEqual(80);
  });

  test('a bad prefix is a configuration error naming the input', () => {
    expect(() => validateBranchPrefix('bad prefix/')).toThrow(/branch-prefix "bad prefix\/"/);
    expect(() => validateBranchPrefix('..')).toThrow(/branch-prefix/);
    expect(() => validateBranchPrefix('bump-')).not.toThrow();
  });
});

describe('grouping', () => {
  const text = '{"image": "ghcr.io/a/b:1.0.0"}\n';
  const a = upgrade({ file: 'b.json', text, name: 'b', candidate: 'ghcr.io/a/b:1.1.0' });
  const b = upgrade({ file: 'a.json', text, name: 'a', candidate: 'ghcr.io/a/b:1.1.0' });

  test('all: one group, upgrades in file order; an empty run still has its group', () => {
    expect(groupUpgrades([a, b], 'all', naming)).toEqual([{ branch: 'toolhive-upgrade/all', upgrades: [b, a] }]);
    expect(groupUpgrades([], 'all', naming)).toEqual([{ branch: 'toolhive-upgrade/all', upgrades: [] }]);
  });

  test('per-workload: one group per workload, sorted by branch; nothing when nothing to do', () => {
    const groups = groupUpgrades([a, b], 'per-workload', naming);
    expect(groups.map((g) => g.branch)).toEqual(['toolhive-upgrade/a.json/a', 'toolhive-upgrade/b.json/b']);
    expect(groupUpgrades([], 'per-workload', naming)).toEqual([]);
  });

  test('two workloads that sanitise to one branch share the PR instead of overwriting each other', () => {
    const x = upgrade({ file: 'a b.json', text, name: 'w', candidate: 'ghcr.io/a/b:1.1.0' });
    const y = upgrade({ file: 'a-b.json', text, name: 'w', candidate: 'ghcr.io/a/b:1.1.0' });
    const groups = groupUpgrades([x, y], 'per-workload', naming);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.upgrades).toHaveLength(2);
  });
});

describe('commit message trailers', () => {
  const u = upgrade({ file: 'm.json', text: '{"image": "ghcr.io/a/b:1.0.0"}', name: 'wl', candidate: 'ghcr.io/a/b:1.1.0' });

  test('round trip', () => {
    const msg = buildCommitMessage('Upgrade wl', [u], { base: BASE, tree: TREE, content: CONTENT });
    expect(msg).toContain('- wl (m.json): ghcr.io/a/b:1.0.0 -> ghcr.io/a/b:1.1.0');
    expect(parseOwnershipTrailers(msg)).toEqual({ base: BASE, tree: TREE, content: CONTENT });
  });

  test('a workload name cannot forge trailers (line breaks are flattened)', () => {
    const evil = { ...u, workload: { ...u.workload, name: `x\n\nToolhive-Upgrade-Base: ${NEW_BASE}` } };
    const msg = buildCommitMessage('t', [evil], { base: BASE, tree: TREE, content: CONTENT });
    expect(parseOwnershipTrailers(msg)?.base).toBe(BASE);
  });

  test('missing, duplicated or malformed trailers are not ours', () => {
    expect(parseOwnershipTrailers('Fix things')).toBeUndefined();
    expect(parseOwnershipTrailers(`t\n\nToolhive-Upgrade-Base: ${BASE}\nToolhive-Upgrade-Tree: ${TREE}`)).toBeUndefined();
    expect(
      parseOwnershipTrailers(
        `t\n\nToolhive-Upgrade-Base: ${BASE}\nToolhive-Upgrade-Base: ${BASE}\nToolhive-Upgrade-Tree: ${TREE}\nToolhive-Upgrade-Content: ${CONTENT}`
      )
    ).toBeUndefined();
    // Trailers must be in the last paragraph.
    expect(
      parseOwnershipTrailers(
        `t\n\nToolhive-Upgrade-Base: ${BASE}\nToolhive-Upgrade-Tree: ${TREE}\nToolhive-Upgrade-Content: ${CONTENT}\n\nmore text`
      )
    ).toBeUndefined();
  });
});

describe('decide', () => {
  const message = (base = BASE, tree = TREE, content = CONTENT) =>
    `Upgrade\n\nToolhive-Upgrade-Base: ${base}\nToolhive-Upgrade-Tree: ${tree}\nToolhive-Upgrade-Content: ${content}\n`;
  const ours: BranchHead = { sha: 'e'.repeat(40), message: message(), parents: [BASE], tree: TREE };
  const pull = { number: 7, url: 'u', headSha: ours.sha };
  const want = { baseSha: BASE, content: CONTENT };

  test('ownership needs trailers, a single parent equal to the recorded base, and the recorded tree', () => {
    expect(ownership(ours).ours).toBe(true);
    expect(ownership({ ...ours, message: 'Manual fix' })).toMatchObject({
      ours: false,
      why: expect.stringMatching(/not made by this Action/)
    });
    expect(ownership({ ...ours, parents: [NEW_BASE] })).toMatchObject({ ours: false, why: expect.stringMatching(/rebased or merged/) });
    expect(ownership({ ...ours, parents: [BASE, NEW_BASE] }).ours).toBe(false);
    expect(ownership({ ...ours, tree: 'f'.repeat(40) })).toMatchObject({ ours: false, why: expect.stringMatching(/amended/) });
  });

  test.each([
    ['no branch yet', { branch: null, openPull: null }, want, { action: 'create' }],
    ['same proposal, PR open: nothing to do', { branch: ours, openPull: pull }, want, { action: 'current' }],
    ['same proposal, no PR: open one', { branch: ours, openPull: null, closedPull: null }, want, { action: 'open-pull' }],
    [
      'same proposal, PR closed by a person: leave it',
      { branch: ours, openPull: null, closedPull: pull },
      want,
      { action: 'none', why: 'closed-by-user' }
    ],
    [
      'new candidate: update',
      { branch: ours, openPull: pull },
      { ...want, content: `sha256:${'0'.repeat(64)}` },
      { action: 'update', reason: 'content-changed' }
    ],
    [
      'base moved: recreate on the new base',
      { branch: ours, openPull: pull },
      { ...want, baseSha: NEW_BASE },
      { action: 'update', reason: 'base-moved' }
    ],
    ['foreign head commit: refuse', { branch: { ...ours, message: 'Manual fix' }, openPull: pull }, want, { action: 'refuse-foreign' }],
    ['nothing left, our PR open: close and delete', { branch: ours, openPull: pull }, null, { action: 'close', deleteBranch: true }],
    ['nothing left, branch already gone: close only', { branch: null, openPull: pull }, null, { action: 'close', deleteBranch: false }],
    [
      'nothing left, foreign commits: leave it',
      { branch: { ...ours, parents: [NEW_BASE] }, openPull: pull },
      null,
      { action: 'refuse-foreign' }
    ],
    ['nothing left, nothing open', { branch: null, openPull: null }, null, { action: 'none', why: 'nothing-to-upgrade' }],
    [
      'nothing left, our branch without a PR (deletion failed, or kept after merge): delete it',
      { branch: ours, openPull: null },
      null,
      { action: 'delete-branch' }
    ]
  ] as [string, GroupState, Desired | null, object][])('%s', (_name, state, desired, expected) => {
    expect(decide(state, desired)).toMatchObject(expected);
  });
});
