// The pure PR plan: what each PR branch should hold and say, from the upgrades and the committed text.
import { EditError } from '../../../src/core/pr/edit.js';
import { readBodyDigest } from '../../../src/core/pr/markers.js';
import { contentDigest, planPullRequests, proposableUpgrades } from '../../../src/core/pr/plan.js';
import { ConfigurationError, UpgradeActionError } from '../../../src/core/errors.js';
import { invalidManifest, undecided, upgradeAvailable, upToDate } from '../../helpers/check-results.js';
import { PLAN_OPTIONS as OPTIONS, upgrade } from '../../helpers/pr-support.js';

const A = '{\n  "name": "a",\n  "image": "ghcr.io/acme/a:1.0.0"\n}\n';
const B =
  'apiVersion: toolhive.stacklok.dev/v1beta1\nkind: MCPServer\nmetadata:\n  name: b\nspec:\n  image: ghcr.io/acme/b:1.0.0 # pinned\n';
const FOLDED =
  'apiVersion: toolhive.stacklok.dev/v1beta1\nkind: MCPServer\nmetadata:\n  name: folded\nspec:\n  image: >-\n    ghcr.io/acme/c:1.0.0\n';

const a = upgrade({ file: 'servers/a.json', text: A, name: 'a', candidate: 'ghcr.io/acme/a:1.1.0' });
const b = upgrade({
  file: 'k8s/b.yaml',
  text: B,
  kind: 'mcpserver',
  name: 'b',
  token: 'ghcr.io/acme/b:1.0.0',
  candidate: 'ghcr.io/acme/b:2.0.0'
});
const folded = upgrade({
  file: 'k8s/folded.yaml',
  text: FOLDED,
  kind: 'mcpserver',
  name: 'folded',
  token: '>-\n    ghcr.io/acme/c:1.0.0',
  candidate: 'ghcr.io/acme/c:1.1.0'
});
const TEXTS = new Map([
  ['servers/a.json', A],
  ['k8s/b.yaml', B],
  ['k8s/folded.yaml', FOLDED]
]);

describe('which upgrades a PR may propose', () => {
  test('upgrade-available results the verify mode allows; never held-back candidates or other statuses', () => {
    const allowed = upgradeAvailable({ workload_name: 'allowed' });
    const held = upgradeAvailable({ workload_name: 'held', proposal: { propose: false, flag: 'error', effectiveMode: 'enabled' } });
    expect(proposableUpgrades([upToDate(), allowed, held, undecided(), invalidManifest()])).toEqual([allowed]);
  });
});

describe('planPullRequests', () => {
  test('grouping all: one branch whose commit changes only the image values; title, body and marker', () => {
    const plan = planPullRequests([b, a], TEXTS, OPTIONS);
    expect(plan.warnings).toEqual([]);
    expect(plan.groups).toHaveLength(1);
    const [group] = plan.groups;
    expect(group!.branch).toBe('toolhive-upgrade/all');
    // Stable order: by file.
    expect(group!.upgrades.map((u) => u.workload.name)).toEqual(['b', 'a']);
    const change = group!.change;
    expect(change?.files).toEqual([
      { path: 'k8s/b.yaml', content: B.replace('b:1.0.0', 'b:2.0.0') },
      { path: 'servers/a.json', content: A.replace('a:1.0.0', 'a:1.1.0') }
    ]);
    expect(change?.content).toBe(contentDigest(change!.files));
    expect(change?.title).toBe('Upgrade 2 ToolHive MCP servers');
    expect(readBodyDigest(change?.body)).toBe(change?.textDigest);
    expect(change?.body).toContain('| `a` | `servers/a.json` | `ghcr.io/acme/a`: `1.0.0` → `1.1.0` | minor |');
    expect(change?.draft).toBe(false);
    // Pure: the same input plans the same PR, so a re-run changes nothing.
    expect(planPullRequests([b, a], TEXTS, OPTIONS)).toEqual(plan);
  });

  test('per-workload: one branch per workload, sorted by branch', () => {
    const plan = planPullRequests([a, b], TEXTS, { ...OPTIONS, grouping: 'per-workload' });
    expect(plan.groups.map((g) => [g.branch, g.change?.files.map((f) => f.path)])).toEqual([
      ['toolhive-upgrade/k8s-b.yaml/b', ['k8s/b.yaml']],
      ['toolhive-upgrade/servers-a.json/a', ['servers/a.json']]
    ]);
  });

  test('per-workload: two workloads with the same name in different files get different titles', () => {
    const second = 'servers/a-staging.json';
    const texts = new Map([...TEXTS, [second, A]]);
    const again = upgrade({ file: second, text: A, name: 'a', candidate: 'ghcr.io/acme/a:1.1.0' });
    const titles = planPullRequests([a, again], texts, { ...OPTIONS, grouping: 'per-workload' }).groups.map((g) => g.change?.title);
    expect(titles).toEqual(['Upgrade a (servers/a-staging.json) to 1.1.0', 'Upgrade a (servers/a.json) to 1.1.0']);
  });

  test('a new required variable makes the PR a draft; asked-for drafts stay drafts', () => {
    const needsValue = upgrade({
      file: 'servers/a.json',
      text: A,
      name: 'a',
      candidate: 'ghcr.io/acme/a:1.1.0',
      added: [{ name: 'TOKEN', required: true }]
    });
    expect(planPullRequests([needsValue], TEXTS, OPTIONS).groups[0]!.change?.draft).toBe(true);
    expect(planPullRequests([a], TEXTS, { ...OPTIONS, draft: true }).groups[0]!.change?.draft).toBe(true);
  });

  test('nothing to upgrade: grouping all still has its group, with no change (so an open PR gets closed)', () => {
    expect(planPullRequests([], TEXTS, OPTIONS)).toEqual({
      groups: [{ branch: 'toolhive-upgrade/all', upgrades: [], change: null }],
      warnings: []
    });
  });

  test('a value that cannot be edited in place is left out with a warning; the others are still planned', () => {
    const plan = planPullRequests([folded, a], TEXTS, OPTIONS);
    expect(plan.groups[0]!.upgrades.map((u) => u.workload.name)).toEqual(['a']);
    expect(plan.groups[0]!.change?.files.map((f) => f.path)).toEqual(['servers/a.json']);
    expect(plan.warnings).toEqual([
      expect.stringMatching(/^k8s\/folded.yaml:6: the image value spans several lines.*; not proposing ghcr.io\/acme\/c:1.1.0 for folded$/)
    ]);
  });

  test('only the tag changes: the manifest keeps its own spelling of the registry and repository', () => {
    const short = '{\n  "name": "f",\n  "image": "mcp/fetch:1.0.0"\n}\n';
    const f = upgrade({ file: 'servers/f.json', text: short, name: 'f', candidate: 'index.docker.io/mcp/fetch:1.2.0' });
    const plan = planPullRequests([f], new Map([['servers/f.json', short]]), OPTIONS);
    expect(plan.warnings).toEqual([]);
    expect(plan.groups[0]!.change?.files).toEqual([
      { path: 'servers/f.json', content: short.replace('mcp/fetch:1.0.0', 'mcp/fetch:1.2.0') }
    ]);
  });

  test('a candidate in another registry or repository is left out with a warning naming the workload and why', () => {
    const local = '{\n  "name": "app",\n  "image": "localhost/acme/app:1.0.0"\n}\n';
    const moved = upgrade({ file: 'servers/app.json', text: local, name: 'app', candidate: 'index.docker.io/localhost/acme/app:9.9.9' });
    const plan = planPullRequests([moved, a], new Map([...TEXTS, ['servers/app.json', local]]), OPTIONS);
    expect(plan.groups[0]!.upgrades.map((u) => u.workload.name)).toEqual(['a']);
    expect(plan.groups[0]!.change?.files.map((f) => f.path)).toEqual(['servers/a.json']);
    expect(plan.warnings).toEqual([
      expect.stringMatching(
        /^servers\/app.json: not proposing index.docker.io\/localhost\/acme\/app:9.9.9 for app: .*upgrades only change the tag, never the registry or repository$/
      )
    ]);
    // Alone, it leaves the PR with nothing to change.
    expect(planPullRequests([moved], new Map([['servers/app.json', local]]), OPTIONS).groups[0]!.change).toBeNull();
  });

  test('a span that no longer matches its file stops the plan', () => {
    const stale = { ...a, workload: { ...a.workload, image: 'ghcr.io/acme/a:0.9.0' } };
    const error = (() => {
      try {
        planPullRequests([stale], TEXTS, OPTIONS);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EditError);
    expect((error as EditError).code).toBe('edit-span-mismatch');
  });

  test('a manifest path outside the repository is a configuration error naming the file', () => {
    const outside = upgrade({ file: '../a.json', text: A, name: 'a', candidate: 'ghcr.io/acme/a:1.1.0' });
    expect(() => planPullRequests([outside], new Map([['../a.json', A]]), OPTIONS)).toThrow(ConfigurationError);
  });

  test('a manifest whose text was not given is an error naming the file, not an empty edit', () => {
    try {
      planPullRequests([a], new Map(), OPTIONS);
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(UpgradeActionError);
      expect((e as UpgradeActionError).describe()).toBe('servers/a.json: the manifest was not read before planning its PR');
    }
  });

  test('add-default-env-vars: defaults written into RunConfig env_vars; a file without env_vars is named in a warning', () => {
    const withEnv = '{\n  "name": "e",\n  "image": "ghcr.io/acme/e:1.0.0",\n  "env_vars": {\n    "LOG_LEVEL": "info"\n  }\n}\n';
    const added = [{ name: 'LOG_FORMAT', required: false, default: 'json' }];
    const e = upgrade({ file: 'servers/e.json', text: withEnv, name: 'e', candidate: 'ghcr.io/acme/e:1.1.0', added });
    const noEnv = upgrade({ file: 'servers/a.json', text: A, name: 'a', candidate: 'ghcr.io/acme/a:1.1.0', added });
    const plan = planPullRequests([e, noEnv], new Map([...TEXTS, ['servers/e.json', withEnv]]), { ...OPTIONS, addDefaultEnvVars: true });
    const change = plan.groups[0]!.change;
    expect(change?.files.find((f) => f.path === 'servers/e.json')?.content).toBe(
      withEnv.replace('e:1.0.0', 'e:1.1.0').replace('    "LOG_LEVEL"', '    "LOG_FORMAT": "json",\n    "LOG_LEVEL"')
    );
    expect(change?.files.find((f) => f.path === 'servers/a.json')?.content).toBe(A.replace('a:1.0.0', 'a:1.1.0'));
    expect(change?.body).toContain('added to `env_vars` with its default `json`');
    expect(plan.warnings).toEqual([
      'servers/a.json: default values of new variables not added: the RunConfig has no `env_vars` object to add them to'
    ]);
  });
});
