import type { CheckResult } from '../../../src/core/check/result.js';
import { utf8Bytes } from '../../../src/core/render/escape/utf8-bytes.js';
import { renderPullRequestBody, renderPullRequestTitle } from '../../../src/core/render/pr-body.js';
import { renderMarkdownSummary, SUMMARY_LIMIT } from '../../../src/core/render/summary.js';
import { commandLines, HOSTILE, outputLines } from '../../helpers/hostile-inputs.js';
import { upgrade } from '../../helpers/pr-support.js';
import { upgradeAvailable, upToDate } from '../../helpers/check-results.js';

/** Controls other than LF, separators, bidi controls and zero-width characters. */
const RAW_INVISIBLE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069\u200c-\u200f\u061c\ufeff\u2060]/;

/** Zero-width spaces other than the one escapeMarkdown puts after `\@` and `\#` (so no one is mentioned). */
function strayZeroWidthSpaces(md: string): number {
  return md.replace(/\\[@#]\u200b/g, '').split('\u200b').length - 1;
}

/** Cells of a table row, splitting on pipes not escaped by an odd run of backslashes (GFM's rule). */
function cellCount(row: string): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] !== '|') continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && row[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) n++;
  }
  return n - 1;
}

const names = [
  HOSTILE.newlineName,
  HOSTILE.carriageReturnName,
  HOSTILE.bidiName,
  HOSTILE.legacyMarkerName,
  HOSTILE.leadingCommandName,
  HOSTILE.lineSeparatorName,
  'zw\u200bsp\u200d\ufeff'
];

describe('job summary with hostile names, files and registry strings', () => {
  const rows: CheckResult[] = names.map((name, i) =>
    upgradeAvailable({
      workload_name: name,
      registry_server: `io.github.x/${name}`,
      current_image: `ghcr.io/a/b:1.0${name}`,
      candidate_image: HOSTILE.candidateImage,
      env_var_drift: { added: [{ name: HOSTILE.envVarName, required: true }] },
      reason: `sigstore_url "${HOSTILE.sigstoreUrl}"`,
      file: i % 2 ? HOSTILE.newlineFile : HOSTILE.commandFile,
      line: 3,
      verification: { status: 'unverified', reason: `not verified: ${HOSTILE.sigstoreUrl}\u202e` }
    })
  );
  const md = renderMarkdownSummary(rows, {
    registrySource: `r\n::x::${HOSTILE.bidiName}`,
    failOn: ['upgrade-available'],
    trustedRoot: `/t\u2028::a::b`
  });

  test('no raw control, separator, bidi or zero-width character remains', () => {
    expect(md).not.toMatch(RAW_INVISIBLE);
    expect(strayZeroWidthSpaces(md)).toBe(0);
    expect(commandLines(md)).toEqual([]);
  });

  test('one table row per workload, five cells each; names recognisable', () => {
    const table = outputLines(md).filter((l) => l.startsWith('| '));
    expect(table).toHaveLength(2 + names.length);
    for (const row of table) expect(cellCount(row)).toBe(5);
    expect(md).toContain('\\\\u202eevil');
    expect(md).toContain('`NEW ::stop-commands::T1`');
  });
});

describe('PR body and title with hostile names, files and registry strings', () => {
  const text = '{\n  "image": "ghcr.io/example/server:1.0.0"\n}\n';
  const upgrades = names.map((name, i) =>
    upgrade({
      file: i % 2 ? HOSTILE.newlineFile : HOSTILE.commandFile,
      text,
      name,
      candidate: HOSTILE.candidateImage,
      added: [{ name: HOSTILE.envVarName, required: true, description: `d\u202e\n::stop-commands::D` }],
      verification: { status: 'unverified', reason: `sigstore_url "${HOSTILE.sigstoreUrl}"` }
    })
  );
  const body = renderPullRequestBody({
    upgrades,
    registrySource: `r\n::x`,
    baseBranch: 'main',
    branch: 'toolhive-upgrade/all',
    grouping: 'all'
  });

  test('no raw control, separator, bidi or zero-width character remains', () => {
    expect(body).not.toMatch(RAW_INVISIBLE);
    expect(strayZeroWidthSpaces(body)).toBe(0);
    expect(commandLines(body)).toEqual([]);
  });

  test('the table keeps five cells per row; names recognisable', () => {
    const table = outputLines(body).filter((l) => l.startsWith('| '));
    expect(table).toHaveLength(2 + names.length);
    for (const row of table) expect(cellCount(row)).toBe(5);
    expect(body).toContain('`\\u202eevil`');
  });

  test('the title is one visible line', () => {
    const title = renderPullRequestTitle([upgrades[2]!]);
    expect(title).toBe('Upgrade \\u202eevil (::stop-commands::F.yaml) to T2');
    expect(renderPullRequestTitle([upgrades[0]!])).not.toMatch(RAW_INVISIBLE);
  });
});

describe('GitHub size limits are bytes', () => {
  test('a summary of multi-byte names stays under the byte limit and says what it left out', () => {
    const rows: CheckResult[] = Array.from({ length: 20_000 }, (_, i) => {
      const where = {
        workload_name: `日本語🚀サーバー${'名'.repeat(20)}-${i}`,
        current_image: 'ghcr.io/例/サーバー:1.0.1',
        file: `配置/サーバー-${i}.json`,
        line: 3
      };
      return i % 10 === 0
        ? upgradeAvailable({ ...where, candidate_image: 'ghcr.io/例/サーバー:1.0.3' })
        : upToDate({ ...where, candidate_image: 'ghcr.io/例/サーバー:1.0.1' });
    });
    const md = renderMarkdownSummary(rows, { registrySource: 'registry.json', failOn: ['upgrade-available'] });
    expect(utf8Bytes(md)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1_048_576);
    expect(md).toMatch(/_\d+ more workloads not shown/);
    expect(md.match(/upgrade-available \|/g)).toHaveLength(2_000);
    // Packed close to the limit, not cut far below it.
    expect(utf8Bytes(md)).toBeGreaterThan(SUMMARY_LIMIT - 1_000);
  });

  test('a summary that fits is whole', () => {
    const md = renderMarkdownSummary([upToDate({ workload_name: '日本語', file: 'a.json' })], { registrySource: 'r', failOn: [] });
    expect(md).not.toContain('not shown');
  });
});
