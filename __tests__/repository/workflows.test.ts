// The reusable workflow and the organisation example are YAML nobody runs in CI here: these checks
// catch what would otherwise only fail on GitHub (an input the Action does not have, a v2 App-token
// step given `client-id`, a default that differs from the Action's).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/fixtures.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  needs?: string | string[];
  if?: string;
  strategy?: { 'fail-fast'?: boolean; matrix?: unknown };
  steps?: Step[];
}
interface Workflow {
  on: { workflow_call?: { inputs: Record<string, { type: string; default?: unknown }>; secrets: Record<string, unknown> } };
  jobs: Record<string, Job>;
}

const REUSABLE = '.github/workflows/toolhive-upgrade.yml';
const ORG_EXAMPLE = 'examples/workflows/org-upgrades.yml';

function load<T>(file: string): T {
  return parse(readFileSync(path.join(repoRoot, file), 'utf8'), { uniqueKeys: true, strict: true }) as T;
}

function workflowFiles(): string[] {
  return ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
    readdirSync(path.join(repoRoot, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => `${dir}/${f}`)
  );
}

const action = load<{ inputs: Record<string, { default?: string }> }>('action.yml');
const reusable = load<Workflow>(REUSABLE);
const example = load<Workflow>(ORG_EXAMPLE);
const call = reusable.on.workflow_call!;
const actionStep = Object.values(reusable.jobs)
  .flatMap((j) => j.steps ?? [])
  .find((s) => /\/toolhive-upgrade-action@v\d+$/.test(s.uses ?? ''))!;

describe('reusable workflow', () => {
  test('is called with workflow_call and runs this Action at a major version tag', () => {
    expect(call).toBeDefined();
    expect(actionStep.uses).toBe('toolhive-upgrade/toolhive-upgrade-action@v1');
  });

  test('passes the Action only inputs action.yml declares, and mirrors its main inputs', () => {
    const declared = Object.keys(action.inputs);
    expect(Object.keys(actionStep.with!).filter((k) => !declared.includes(k))).toEqual([]);
    for (const name of ['mode', 'paths', 'registry', 'fail-on', 'verify', 'grouping', 'labels', 'token'])
      expect(actionStep.with).toHaveProperty([name]);
  });

  test("every input it mirrors has the Action's default (an empty value would replace the Action's)", () => {
    for (const [name, input] of Object.entries(call.inputs)) {
      if (!(name in action.inputs) || !(name in actionStep.with!)) continue;
      expect([name, String(input.default ?? '')]).toEqual([name, action.inputs[name]!.default ?? '']);
    }
  });

  test('refers only to inputs and secrets it declares', () => {
    // Comments (the usage example on top) are not part of the workflow.
    const text = readFileSync(path.join(repoRoot, REUSABLE), 'utf8')
      .split('\n')
      .filter((l) => !/^\s*#/.test(l))
      .join('\n');
    const used = (kind: string) => [...text.matchAll(new RegExp(`\\b${kind}\\.([A-Za-z0-9_-]+)`, 'g'))].map((m) => m[1]!);
    expect(used('inputs').filter((n) => !(n in call.inputs))).toEqual([]);
    expect(used('secrets').filter((n) => !(n in call.secrets))).toEqual([]);
    expect(used('steps').filter((id) => !Object.values(reusable.jobs).some((j) => j.steps?.some((s) => s.id === id)))).toEqual([]);
  });

  test('declares a token secret', () => {
    expect(call.secrets).toHaveProperty(['token']);
  });
});

describe('organisation example', () => {
  const matrixJob = Object.values(example.jobs).find((j) => j.uses?.includes(REUSABLE))!;

  test('runs the reusable workflow of this repository at the same version as the Action', () => {
    expect(matrixJob.uses).toBe(`toolhive-upgrade/toolhive-upgrade-action/${REUSABLE}@v1`);
  });

  test('passes only inputs and secrets the reusable workflow declares', () => {
    expect(Object.keys(matrixJob.with ?? {}).filter((k) => !(k in call.inputs))).toEqual([]);
    expect(Object.keys(matrixJob.secrets as Record<string, unknown>).filter((k) => !(k in call.secrets))).toEqual([]);
  });

  test('one job per repository, failures isolated, then a report that always runs', () => {
    expect(matrixJob.strategy?.['fail-fast']).toBe(false);
    expect(JSON.stringify(matrixJob.strategy?.matrix)).toContain('repository');
    expect(matrixJob.with?.repository).toBe('${{ matrix.repository }}');
    const name = Object.entries(example.jobs).find(([, j]) => j === matrixJob)![0];
    const report = Object.values(example.jobs).find((j) => [j.needs ?? []].flat().includes(name))!;
    expect(report.if).toMatch(/always\(\)/);
    expect(report.steps?.some((s) => s.run?.includes('GITHUB_STEP_SUMMARY'))).toBe(true);
  });
});

test('every App-token step given client-id uses create-github-app-token v3 or later (v2 has only app-id)', () => {
  const steps = workflowFiles().flatMap((f) =>
    Object.values(load<Workflow>(f).jobs).flatMap((j) => (j.steps ?? []).map((s) => ({ f, s })))
  );
  const appSteps = steps.filter(({ s }) => s.uses?.startsWith('actions/create-github-app-token@'));
  expect(appSteps.length).toBeGreaterThan(0);
  for (const { f, s } of appSteps) {
    if (!s.with || !('client-id' in s.with)) continue;
    expect([f, Number(/@v(\d+)/.exec(s.uses!)?.[1] ?? 0) >= 3]).toEqual([f, true]);
    expect(s.with).toHaveProperty(['private-key']);
  }
});
