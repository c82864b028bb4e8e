import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { pullRequestsJson, setPullRequestOutputs } from '../../src/action/pr-outputs.js';
import type { PullRequestOutcome } from '../../src/app/pr-sync.js';
import { repoRoot } from '../helpers/fixtures.js';
import { fakeCore } from './fake-core.js';

const created: PullRequestOutcome = {
  operation: 'created',
  number: 3,
  url: 'https://github.test/o/r/pull/3',
  branch: 'toolhive-upgrade/a',
  headSha: 'a'.repeat(40),
  workloads: ['a']
};
const failed: PullRequestOutcome = {
  operation: 'failed',
  branch: 'toolhive-upgrade/b\u202e',
  workloads: ['b'],
  error: 'GitHub refused ##[error]x'
};

test('every PR output the Action sets is declared in action.yml', () => {
  const core = fakeCore({});
  setPullRequestOutputs(core, [created, failed]);
  const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { outputs: Record<string, { description?: string }> };
  for (const name of Object.keys(core.outputs)) expect(action.outputs[name]?.description).toBeTruthy();
  expect(core.outputs).toMatchObject({
    'pull-request-operation': 'created',
    'pull-request-number': '3',
    'pull-request-branch': 'toolhive-upgrade/a',
    'pull-request-head-sha': 'a'.repeat(40)
  });
});

test('pull-requests lists every group; untrusted text is escaped but parses back exactly', () => {
  const json = pullRequestsJson([created, failed]);
  expect(json).not.toMatch(/\u202e|##\[/);
  expect(JSON.parse(json)).toEqual([
    {
      number: 3,
      url: 'https://github.test/o/r/pull/3',
      operation: 'created',
      branch: 'toolhive-upgrade/a',
      head_sha: 'a'.repeat(40),
      workloads: ['a']
    },
    {
      number: null,
      url: null,
      operation: 'failed',
      branch: 'toolhive-upgrade/b\u202e',
      head_sha: null,
      workloads: ['b'],
      error: 'GitHub refused ##[error]x'
    }
  ]);
});

test('a PR step that failed before any group reports operation failed', () => {
  const core = fakeCore({});
  setPullRequestOutputs(core, [], true);
  expect(core.outputs['pull-request-operation']).toBe('failed');
  expect(core.outputs['pull-requests']).toBe('[]');
});
