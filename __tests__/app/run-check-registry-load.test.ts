// The run hands the registry load each entry name once, as manifests are read (so a worker can
// convert entries meanwhile), asks for all of them at the end, and stops the load when no
// manifest names an entry.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck } from '../../src/app/run-check.js';
import type { RegistryLoader } from '../../src/io/catalog/registry-load.js';

const quiet = { info: () => {}, warning: () => {}, debug: () => {} };

function repo(count: number, serverOf: (i: number) => string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'thv-load-'));
  mkdirSync(path.join(root, 'deploy'));
  for (let i = 0; i < count; i++) {
    const manifest = { name: `w${i}`, image: `ghcr.io/acme/s:1.0.${i}`, transport: 'stdio', registry_server_name: serverOf(i) };
    writeFileSync(path.join(root, 'deploy', `w${String(i).padStart(4, '0')}.json`), JSON.stringify(manifest));
  }
  return root;
}

function recordingLoader() {
  const calls: { wanted: string[][]; resolved?: string[]; cancelled: boolean } = {
    wanted: [],
    cancelled: false
  };
  const loader: RegistryLoader = () => ({
    want: (names) => void calls.wanted.push([...names]),
    resolve: async (names) => {
      calls.resolved = [...names];
      return { lookups: new Map(names.map((n) => [n, { kind: 'not-found' as const }])), source: 'recorded' };
    },
    cancel: () => void (calls.cancelled = true)
  });
  return { loader, calls };
}

test('names reach the load while the manifests are read, each once, and all are resolved at the end', async () => {
  const root = repo(600, (i) => (i % 3 === 2 ? '' : `server-${i % 150}`));
  const { loader, calls } = recordingLoader();
  const run = await runCheck({ paths: ['deploy'], root, registry: { source: 'r.json' }, verify: {}, log: quiet, registryLoader: loader });
  const all = [...new Set(Array.from({ length: 600 }, (_, i) => (i % 3 === 2 ? '' : `server-${i % 150}`)).filter(Boolean))];
  expect(calls.resolved).toEqual(all);
  // Offered early, in batches, never twice; the last few may come only with resolve.
  const offered = calls.wanted.flat();
  expect(calls.wanted.length).toBeGreaterThan(1);
  expect(new Set(offered).size).toBe(offered.length);
  expect(offered).toEqual(all.slice(0, offered.length));
  expect(offered.length).toBeGreaterThanOrEqual(all.length - 64);
  expect(calls.cancelled).toBe(false);
  expect(run.registrySource).toBe('recorded');
  expect(run.results.filter((r) => r.status === 'server-not-found')).toHaveLength(400);
});

test('no manifest names an entry: the load is stopped and never asked', async () => {
  const root = repo(3, () => '');
  const { loader, calls } = recordingLoader();
  const run = await runCheck({ paths: ['deploy'], root, registry: { source: 'r.json' }, verify: {}, log: quiet, registryLoader: loader });
  expect(calls).toEqual({ wanted: [], cancelled: true });
  expect(run.results.map((r) => r.status)).toEqual(['not-registry-sourced', 'not-registry-sourced', 'not-registry-sourced']);
});
