// The JSON report is written in pieces; joined, they are exactly the one JSON document (thv's
// key order, two-space indentation, a final newline) whatever the number of results.
import type { CheckResult } from '../../../src/core/check/result.js';
import { renderJsonPieces, rowToJson } from '../../../src/core/render/json.js';
import { invalidManifest, undecided, upgradeAvailable, upToDate } from '../../helpers/check-results.js';

// Every kind of result, with the optional fields and the strings escaping must keep exact.
function result(i: number): CheckResult {
  switch (i % 4) {
    case 0:
      return upToDate({
        workload_name: `fetch-${i}`,
        file: `deploy/fetch-${i}.json`,
        missing_env_vars: [{ name: 'API_KEY', description: 'key "quoted" — and ünïcödé', required: true, secret: true }]
      });
    case 1:
      return invalidManifest({ file: `deploy/github-${i}.json`, reason: 'not valid JSON: line\nbreak and ##[command] and \u202e bidi' });
    case 2:
      return upgradeAvailable({
        workload_name: `gh-${i}`,
        file: `deploy/gh-${i}.yaml`,
        line: 12,
        env_var_drift: {
          added: [{ name: 'GITHUB_TOOLSETS', required: false, default: 'all' }],
          removed: [{ name: 'OLD', required: false }]
        },
        config_drift: { transport: { from: 'stdio', to: 'streamable-http' } },
        update_type: 'minor',
        held_by: 'update-types [patch] (.github/toolhive-upgrade.yml:1)',
        deprecated: true,
        verification: { status: 'verified', digest: 'sha256:abc', signer: { repository: 'https://github.com/acme/fetch', issuer: '' } }
      });
    default:
      return undecided({ workload_name: '', file: `raw-${i}.json`, line: 2 });
  }
}

const whole = (rows: CheckResult[]) => `${JSON.stringify(rows.map(rowToJson), null, 2)}\n`;

test.each([0, 1, 2, 3, 4, 5, 7, 12])('%i results in pieces of 3 join to the one document', (count) => {
  const rows = Array.from({ length: count }, (_, i) => result(i));
  const pieces = [...renderJsonPieces(rows, 3)];
  expect(pieces.join('')).toBe(whole(rows));
  // Each group of rows, then the separator after it.
  expect(pieces).toHaveLength(count === 0 ? 1 : 2 * Math.ceil(count / 3));
  expect(JSON.parse(pieces.join(''))).toHaveLength(count);
});

test('a large report is written in groups of 100 results, none splitting a row', () => {
  const rows = Array.from({ length: 1201 }, (_, i) => result(i));
  const pieces = [...renderJsonPieces(rows)];
  expect(pieces).toHaveLength(26);
  expect(pieces.join('')).toBe(whole(rows));
  // Every group ends at a row's end, so escaping piece by piece never splits a string.
  const groups = pieces.filter((_, i) => i % 2 === 0);
  for (const group of groups) expect(group.endsWith('  }')).toBe(true);
  expect(pieces.filter((_, i) => i % 2 === 1)).toEqual([...Array<string>(12).fill(',\n'), '\n]\n']);
});

test("a secret variable's default never reaches the report, whoever built its record", () => {
  const upgrade = rowToJson(
    upgradeAvailable({ env_var_drift: { added: [{ name: 'API_KEY', required: true, secret: true, default: 'sk-live-123' }] } })
  );
  const missing = rowToJson(upToDate({ missing_env_vars: [{ name: 'TOKEN', required: true, secret: true, default: 'ghp-456' }] }));
  expect(JSON.stringify(upgrade)).not.toContain('sk-live-123');
  expect(JSON.stringify(missing)).not.toContain('ghp-456');
  // Go's key order for each record: name, description, required, secret, default.
  expect(JSON.stringify((upgrade.env_var_drift as { added: unknown[] }).added[0])).toBe('{"name":"API_KEY","required":true,"secret":true}');
  expect(JSON.stringify((missing.missing_env_vars as unknown[])[0])).toBe('{"name":"TOKEN","required":true,"secret":true}');
});
