// The built entry scripts load a registry file on a worker thread while the manifests are read.
// What a run gets from it must be what the in-process load gives: the same outcomes (found,
// not found with suggestions, ambiguous), the same errors naming the file, and nothing at all
// when no manifest needs the registry.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { RegistryError } from '../../src/core/catalog/errors.js';
import { loadRegistryInProcess } from '../../src/io/catalog/registry-load.js';
import { registryWorkerLoader } from '../../src/io/catalog/registry-worker.js';
import { runCheck } from '../../src/app/run-check.js';
import { runCli } from '../../src/cli/main.js';
import { fixturePath, repoRoot } from '../helpers/fixtures.js';

const bundle = path.join(repoRoot, 'dist', 'cli', 'index.js');
const onWorker = registryWorkerLoader(bundle);
const legacy = fixturePath('registry/legacy/embedded-v2026.02.18/registry.json');
const upstream = fixturePath('registry/upstream/registry-server-example/upstream-registry.json');
const withRemotes = fixturePath('registry/legacy/remote-servers-example/registry-with-remote-servers.json');

const NAMES = [
  'fetch',
  'io.github.stacklok/github',
  'github',
  'atlassian-remote',
  'aws-knowledge',
  'example-container',
  'example-remote',
  'no-such-server',
  'githb',
  'io.github.stacklok/fetch'
];

async function bothWays(source: string, names: string[]) {
  const inProcess = await loadRegistryInProcess({ source }).resolve(names);
  const load = onWorker({ source });
  // Some names while "reading", the rest only when asked, as a run does.
  load.want(names.slice(0, 3));
  const worker = await load.resolve(names);
  return { inProcess, worker };
}

test.each([
  ['legacy', legacy],
  ['upstream', upstream],
  ['legacy with remote servers', withRemotes]
])('a %s registry: every outcome equals the in-process one', async (_name, source) => {
  const { inProcess, worker } = await bothWays(source, NAMES);
  expect(worker.source).toBe(inProcess.source);
  expect([...worker.lookups.keys()]).toEqual(NAMES);
  expect(worker.lookups).toEqual(inProcess.lookups);
  // The outcomes are real ones, not all "not found".
  expect([...worker.lookups.values()].filter((o) => o.kind === 'found').length).toBeGreaterThan(0);
});

test('an entry two names find is one object, as in process', async () => {
  const { worker } = await bothWays(legacy, ['fetch', 'io.github.stacklok/fetch']);
  const [short, full] = [...worker.lookups.values()];
  expect(short!.kind).toBe('found');
  expect(short!.kind === 'found' && full!.kind === 'found' && short!.server === full!.server).toBe(true);
});

test.each([
  ['a missing file', (dir: string) => path.join(dir, 'missing.json')],
  [
    'a file that is not JSON',
    (dir: string) => {
      writeFileSync(path.join(dir, 'bad.json'), '{\n  "servers": {\n    "x": [1,,2]\n  }\n}\n');
      return path.join(dir, 'bad.json');
    }
  ],
  [
    'a JSON document that is no registry',
    (dir: string) => {
      writeFileSync(path.join(dir, 'list.json'), '[1, 2]\n');
      return path.join(dir, 'list.json');
    }
  ]
])('%s: the same RegistryError (code, message, file, line) as in process', async (_name, make) => {
  const source = make(mkdtempSync(path.join(os.tmpdir(), 'thv-worker-bad-')));
  const inProcess = await loadRegistryInProcess({ source })
    .resolve(['fetch'])
    .catch((e: unknown) => e);
  const worker = await onWorker({ source })
    .resolve(['fetch'])
    .catch((e: unknown) => e);
  expect(inProcess).toBeInstanceOf(RegistryError);
  expect(worker).toBeInstanceOf(RegistryError);
  const { code, message, place, hint } = inProcess as RegistryError;
  expect(worker).toMatchObject({ code, message, place, hint });
});

test('a run whose manifests name no entry never hears of a broken registry', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-worker-raw-'));
  writeFileSync(path.join(dir, 'raw.json'), JSON.stringify({ name: 'raw', image: 'ghcr.io/acme/raw:1.0.0', transport: 'stdio' }));
  const quiet = { info: () => {}, warning: () => {}, debug: () => {} };
  const run = await runCheck({
    paths: ['.'],
    root: dir,
    registry: { source: path.join(dir, 'missing.json') },
    verify: {},
    log: quiet,
    registryLoader: onWorker
  });
  expect(run.results.map((r) => [r.file, r.status])).toEqual([['raw.json', 'not-registry-sourced']]);
});

test('the built CLI (registry on its worker) prints what the CLI prints with the registry in process', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thv-worker-examples-'));
  cpSync(path.join(repoRoot, 'examples'), dir, { recursive: true });
  const args = [
    'check',
    '--registry',
    path.join(dir, 'registry.json'),
    '--format',
    'json',
    '--fail-on',
    'none',
    '--verify',
    'disabled',
    'manifests'
  ];
  const built = await promisify(execFile)(process.execPath, [bundle, ...args], {
    cwd: dir,
    env: { ...process.env, TOOLHIVE_UPGRADE_DEBUG: '1' }
  });
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { TOOLHIVE_UPGRADE_DEBUG: '1' },
    cwd: dir
  });
  expect({ code, stderr: stderr.split('\n').filter((l) => !l.startsWith('debug:')) }).toEqual({ code: 0, stderr: [''] });
  expect(built.stdout).toBe(stdout);
  expect(JSON.parse(stdout).length).toBeGreaterThan(3);
  // The worker's debug lines come out where the in-process load writes them.
  const registryLines = (text: string) => text.split('\n').filter((l) => l.startsWith('debug: registry'));
  expect(registryLines(built.stderr).map((l) => l.replace(/\(\d+ ms\)/, ''))).toEqual(
    registryLines(stderr).map((l) => l.replace(/\(\d+ ms\)/, ''))
  );
});
