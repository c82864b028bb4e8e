// npm run bench: a full CLI check of N generated RunConfigs against the real 79-server legacy
// registry, next to the floor (read + JSON.parse of the same files), in the same run.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const registryPath = process.env.BENCH_REGISTRY ?? path.resolve(root, '__tests__', 'fixtures', 'registry', 'legacy', 'embedded-v2026.02.18', 'registry.json');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const repeats = Number(process.env.BENCH_REPEATS ?? 3);

if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
const registry = JSON.parse(readFileSync(registryPath, 'utf8'));
const servers = Object.entries(registry.servers);

/** A RunConfig as `thv export` writes it, for a registry entry, with a tag that makes every status appear. */
function manifest(i) {
  const [key, entry] = servers[i % servers.length];
  const [repo, tag] = entry.image.split(/:(?=[^:/]+$)/);
  const variant = i % 4;
  const image = variant === 0 ? `${repo}:0.0.1` : variant === 1 ? entry.image : variant === 2 ? `${repo}:latest` : `${repo}:${tag ?? 'latest'}`;
  const env = Object.fromEntries((entry.env_vars ?? []).slice(0, 2).map((e) => [e.name, 'value']));
  return `${JSON.stringify(
    {
      schema_version: 'v0.1.0',
      image,
      registry_server_name: i % 2 ? key : `io.github.stacklok/${key}`,
      name: `${key}-${i}`,
      transport: entry.transport ?? 'stdio',
      host: '127.0.0.1',
      port: 40000 + (i % 20000),
      permission_profile: null,
      env_vars: { ...env, MCP_TRANSPORT: entry.transport ?? 'stdio' },
      secrets: [`s-${i},target=API_KEY`],
      group: 'default'
    },
    null,
    2
  )}\n`;
}

const outFile = path.join(os.tmpdir(), `thv-bench-out-${process.pid}.txt`);

/** Runs a child with stdout to a file (as `> results.json` would), so a pipe to us does not pace it. */
function timed(args) {
  const out = openSync(outFile, 'w');
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, ['--require', path.join(root, 'bench', 'rusage.cjs'), ...args], { encoding: 'utf8', stdio: ['ignore', out, 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(out);
  if (res.status !== 0 && res.status !== 1) throw new Error(`${args.join(' ')} exited ${res.status}: ${res.stderr}`);
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(res.stderr)?.[1] ?? 0);
  return { ms, rssMb: rss / 1024, stdout: readFileSync(outFile, 'utf8') };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const rows = [];
for (const n of sizes) {
  const dir = path.join(os.tmpdir(), `thv-bench-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `wl-${String(i).padStart(5, '0')}.json`), manifest(i));

  const floor = [];
  const check = [];
  for (let r = 0; r < repeats; r++) {
    floor.push(timed([path.join(root, 'bench', 'floor.js'), dir]));
    // Provenance verification talks to container registries; it has its own benchmark (npm run bench:verify).
    const run = timed([cli, 'check', '--registry', registryPath, '--format', 'json', '--fail-on', 'none', '--verify', 'disabled', dir]);
    const results = JSON.parse(run.stdout);
    if (results.length !== n) throw new Error(`expected ${n} results, got ${results.length}`);
    check.push(run);
  }
  const f = { ms: median(floor.map((x) => x.ms)), rss: median(floor.map((x) => x.rssMb)) };
  const c = { ms: median(check.map((x) => x.ms)), rss: median(check.map((x) => x.rssMb)) };
  rows.push({ n, floorMs: f.ms, checkMs: c.ms, ratio: c.ms / f.ms, floorRss: f.rss, checkRss: c.rss });
  rmSync(dir, { recursive: true, force: true });
}
rmSync(outFile, { force: true });

console.log(`node ${process.version}, ${os.cpus().length} cores, registry ${path.basename(path.dirname(registryPath))} (${servers.length} servers), median of ${repeats}`);
console.log('manifests  floor wall  check wall  ratio  floor peak RSS  check peak RSS');
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(9)}  ${r.floorMs.toFixed(0).padStart(7)} ms  ${r.checkMs.toFixed(0).padStart(7)} ms  ${r.ratio.toFixed(2).padStart(4)}x  ${r.floorRss.toFixed(0).padStart(11)} MB  ${r.checkRss.toFixed(0).padStart(11)} MB`
  );
}
