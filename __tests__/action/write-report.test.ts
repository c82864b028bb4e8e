import { resultsOutput } from '../../src/action/write-report.js';
import type { CheckResult } from '../../src/core/check/result.js';
import { renderMarkdownSummary } from '../../src/core/render/summary.js';
import { upgradeAvailable, upToDate } from '../helpers/check-results.js';

function rows(n: number): CheckResult[] {
  return Array.from({ length: n }, (_, i) => {
    const where = { workload_name: `wl-${i}`, file: `deploy/servers/wl-${i}.json` };
    return i % 10 === 0 ? upgradeAvailable(where) : upToDate(where);
  });
}

test('the results output stays under the 1 MB step-output limit, keeping workloads with findings', () => {
  const all = rows(10_000);
  const { json, omitted } = resultsOutput(all);
  expect(json.length).toBeLessThanOrEqual(1_000_000);
  const kept = JSON.parse(json) as { status: string }[];
  expect(kept).toHaveLength(1_000);
  expect(kept.every((r) => r.status === 'upgrade-available')).toBe(true);
  expect(omitted).toBe(9_000);
  expect(resultsOutput(rows(10)).omitted).toBe(0);
});

test("the job summary stays under GitHub's 1 MiB cap and says how many rows it left out", () => {
  const all = rows(20_000);
  const md = renderMarkdownSummary(all, { registrySource: 'registry.json', failOn: ['upgrade-available'] });
  expect(md.length).toBeLessThan(1_000_000);
  expect(md).toContain('20000 workloads checked');
  expect(md).toMatch(/_\d+ more workloads not shown: the summary is capped at GitHub's size limit/);
  // Every upgrade-available row is kept before any up-to-date one.
  expect(md.match(/upgrade-available \|/g)).toHaveLength(2_000);
});
