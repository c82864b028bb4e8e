// Whole runs over hostile manifests: one bad file is one `invalid` row (or a warning), and every
// other file still gets its result.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck } from '../../src/app/run-check.js';
import { fixturePath } from '../helpers/fixtures.js';

function quietLog() {
  const warnings: string[] = [];
  return { warnings, log: { info: () => undefined, warning: (m: string) => warnings.push(m), debug: () => undefined } };
}

const good = '{"name":"osv","image":"ghcr.io/stackloklabs/osv-mcp/server:0.0.7","registry_server_name":"osv-upgrade-test"}';

function repo(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'thv-hostile-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

async function check(root: string, paths: string[], maxManifestBytes?: number) {
  const { warnings, log } = quietLog();
  const run = await runCheck({
    paths,
    root,
    registry: { source: fixturePath('registry/upstream/upgrade-e2e/registry-high.json') },
    verify: { mode: 'disabled' },
    log,
    maxManifestBytes
  });
  return { rows: run.results, warnings };
}

test('a manifest nested thousands deep is an invalid row; the other files still get results', async () => {
  const root = repo({
    'm/good.json': good,
    'm/deep.json': `{"image":"x:1","data":${'['.repeat(6000)}${']'.repeat(5999)}}`,
    'm/deep-named.json': `{"data":${'['.repeat(6000)}${']'.repeat(5999)}}`,
    'm/deep.yaml': `image: x:1\nname: a\ndata: ${'['.repeat(6000)}${']'.repeat(5999)}\n`
  });
  const { rows } = await check(root, ['m', 'm/deep-named.json']);
  const byFile = Object.fromEntries(rows.map((r) => [r.file, r]));
  expect(Object.keys(byFile).sort()).toEqual(['m/deep-named.json', 'm/deep.json', 'm/deep.yaml', 'm/good.json']);
  expect(byFile['m/good.json'].status).toBe('upgrade-available');
  for (const file of ['m/deep.json', 'm/deep-named.json']) {
    expect(byFile[file]).toMatchObject({ status: 'invalid', reason: "not valid JSON: expected ',' or ']' after array element" });
  }
  expect(byFile['m/deep.yaml']).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/^not valid YAML: /) });
});

test('an oversized manifest found by scanning is skipped with a warning; named, it is an invalid row with size and limit', async () => {
  const big = `name: big\nimage: x:1\n${'#'.repeat(2_000_000)}\n`;
  const root = repo({ 'm/good.json': good, 'm/big.yaml': big, 'named/big.yaml': big });
  const scanned = await check(root, ['m']);
  expect(scanned.rows.map((r) => [r.file, r.status])).toEqual([['m/good.json', 'upgrade-available']]);
  expect(scanned.warnings).toContain(`m/big.yaml: skipped: file is ${big.length} bytes, more than the 1048576-byte limit for a manifest`);
  const named = await check(root, ['m/good.json', 'named/big.yaml']);
  expect(named.rows.find((r) => r.file === 'named/big.yaml')).toMatchObject({
    status: 'invalid',
    reason: `file is ${big.length} bytes, more than the 1048576-byte limit for a manifest`
  });
  const raised = await check(root, ['named/big.yaml'], 4_000_000);
  expect(raised.rows[0]).toMatchObject({ file: 'named/big.yaml', status: 'not-registry-sourced' });
});

test('a registry entry whose predicate nests thousands deep does not end the run: its workload is not upgraded, the others are checked', async () => {
  const predicate = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  const registry =
    `{"servers":{"deep":{"image":"ghcr.io/a/deep:2.0.0","provenance":{"sigstore_url":"tuf-repo-cdn.sigstore.dev","attestation":{"predicate":${predicate}}}},` +
    '"fine":{"image":"ghcr.io/a/fine:2.0.0"}}}';
  const root = repo({
    'registry.json': registry,
    'm/deep.json': '{"name":"deep","image":"ghcr.io/a/deep:1.0.0","registry_server_name":"deep"}',
    'm/fine.json': '{"name":"fine","image":"ghcr.io/a/fine:1.0.0","registry_server_name":"fine"}'
  });
  const { log } = quietLog();
  const run = await runCheck({ paths: ['m'], root, registry: { source: path.join(root, 'registry.json') }, verify: {}, log });
  const byFile = Object.fromEntries(run.results.map((r) => [r.file, r]));
  expect(byFile['m/deep.json'].status).toBe('unknown');
  expect(byFile['m/fine.json']).toMatchObject({ status: 'upgrade-available', candidate_image: 'ghcr.io/a/fine:2.0.0' });
});
