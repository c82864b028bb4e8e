// The CLI table fits the terminal it is printed on; tested on the bundled examples.
import { runCheck } from '../../../src/app/run-check.js';
import type { CheckResult } from '../../../src/core/check/result.js';
import { renderTable } from '../../../src/core/render/table.js';
import { repoRoot } from '../../helpers/fixtures.js';
import { upgradeAvailable } from '../../helpers/check-results.js';

const quiet = { info: () => undefined, warning: () => undefined, debug: () => undefined };
let examples: CheckResult[];

beforeAll(async () => {
  const run = await runCheck({
    paths: ['examples/manifests'],
    root: repoRoot,
    registry: { source: `${repoRoot}/examples/registry.json` },
    // The user turned verification off (the examples' images are on ghcr.io).
    verify: { mode: 'disabled' },
    log: quiet
  });
  examples = run.results;
});

const linesOf = (text: string) => text.replace(/\n$/, '').split('\n');

describe.each([80, 120])('the examples at %i columns', (width) => {
  test('every line fits', () => {
    for (const line of linesOf(renderTable(examples, { width }))) expect([...line].length).toBeLessThanOrEqual(width);
  });

  test('each workload starts a row; the candidate is its tag when only the tag changes', () => {
    const text = renderTable(examples, { width });
    for (const name of ['fetch', 'github', 'internal-tool', 'notion', 'osv', 'time']) expect(text).toMatch(new RegExp(`^${name}\\s`, 'm'));
    expect(text).toMatch(/^fetch\s.*\s1\.0\.3\s/m);
    expect(text).toMatch(/^github\s.*\sv0\.30\.3\s/m);
    expect(text).not.toContain('server:1.0.3');
  });

  test('verification turned off is not repeated per workload', () => {
    const text = renderTable(examples, { width });
    expect(text).not.toContain('verification disabled');
    expect(text).not.toContain('[skipped]');
  });

  test('NEW-ENV moves into the notes, which end with a blank line before whatever follows', () => {
    const text = renderTable(examples, { width });
    expect(linesOf(text)[0]).toMatch(/^NAME\s+STATUS\s+CURRENT\s+CANDIDATE\s+FILE$/);
    expect(text.replace(/\n {4}/g, ' ')).toContain(
      'examples/manifests/github.json:3: github: new env: GITHUB_HOST,GITHUB_TOOLSETS,GITHUB_DYNAMIC_TOOLSETS\n'
    );
    expect(text.replace(/\n {4}/g, ' ')).toContain('examples/manifests/k8s/notion.yaml:11: notion: new env: missing NOTION_TOKEN\n');
    expect(text.endsWith('and cannot be ordered\n\n')).toBe(true);
  });
});

test("a terminal wide enough keeps thv's columns, one line per workload", () => {
  const lines = linesOf(renderTable(examples, { width: 250 }));
  expect(lines[0]).toMatch(/^NAME\s+STATUS\s+CURRENT\s+CANDIDATE\s+NEW-ENV\s+POSTURE\s+FILE$/);
  expect(lines[2]).toMatch(
    /^github\s+upgrade-available\s+ghcr.io\/github\/github-mcp-server:v0.28.1\s+v0.30.3\s+GITHUB_HOST,GITHUB_TOOLSETS,GITHUB_DYNAMIC_TOOLSETS\s+-\s+examples\/manifests\/github.json:3$/
  );
  expect(lines.indexOf('')).toBe(1 + 7);
});

test('the width defaults to 120', () => {
  expect(renderTable(examples)).toBe(renderTable(examples, { width: 120 }));
});

test('a candidate in another repository is shown whole', () => {
  const row = upgradeAvailable({ candidate_image: 'ghcr.io/elsewhere/fetch:2.0.0' });
  expect(renderTable([row], { width: 200 })).toMatch(/\sghcr.io\/elsewhere\/fetch:2.0.0\s/);
});

test('a note says each thing once, and says it under the row marked [unverified]', () => {
  const reason = 'not verified: the registry publishes no provenance';
  const row = upgradeAvailable({ workload_name: 'fetch', reason, verification: { status: 'unverified', reason } });
  const text = renderTable([row], { width: 200 });
  expect(text).toMatch(/^fetch\s+upgrade-available \[unverified\]\s/m);
  expect(text).toContain(`w.json:3: fetch: ${reason}\n`);
  expect(text.split(reason)).toHaveLength(2);
});
