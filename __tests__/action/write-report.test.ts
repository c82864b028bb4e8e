import { resultsOutput } from '../../src/action/write-report.js';
import type { ReportRow } from '../../src/core/check/rows.js';
import { renderMarkdownSummary } from '../../src/core/render/summary.js';

function rows(n: number): ReportRow[] {
  return Array.from({ length: n }, (_, i) => ({
    workload_name: `wl-${i}`,
    registry_server: 'io.github.stacklok/fetch',
    status: i % 10 === 0 ? 'upgrade-available' : 'up-to-date',
    current_image: 'ghcr.io/stackloklabs/gofetch/server:1.0.1',
    candidate_image: i % 10 === 0 ? 'ghcr.io/stackloklabs/gofetch/server:1.0.3' : 'ghcr.io/stackloklabs/gofetch/server:1.0.1',
    file: `deploy/servers/wl-${i}.json`,
    line: 3
  }));
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

test('the job summary stays under GitHub\'s 1 MiB cap and says how many rows it left out', () => {
  const all = rows(20_000);
  const md = renderMarkdownSummary(all, { registrySource: 'registry.json', failOn: ['upgrade-available'] });
  expect(md.length).toBeLessThan(1_000_000);
  expect(md).toContain('20000 workloads checked');
  expect(md).toMatch(/_\d+ more workloads not shown: the summary is capped at GitHub's size limit/);
  // Every upgrade-available row is kept before any up-to-date one.
  expect(md.match(/upgrade-available \|/g)).toHaveLength(2_000);
});
