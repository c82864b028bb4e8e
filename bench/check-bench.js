// npm run bench: a full CLI check (dist/cli/index.js, JSON output to a file, verification at its
// default) of N generated RunConfigs against a registry of N/2 entries, in both registry formats,
// next to the floor (walk + read + JSON.parse of the same files and the registry), in the same run.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const templatePath = path.resolve(root, '__tests__', 'fixtures', 'registry', 'legacy', 'embedded-v2026.02.18', 'registry.json');
// BENCH_CLI compares another build (e.g. of the base commit) on the same corpus.
const cli = process.env.BENCH_CLI ?? path.join(root, 'dist', 'cli', 'index.js');
// Extra check arguments, for analysis only (the figures to report use the defaults).
const extraArgs = (process.env.BENCH_ARGS ?? '').split(' ').filter(Boolean);
const sizes = (process.env.BENCH_SIZES ?? '1000,5000,10000').split(',').map(Number);
const repeats = Number(process.env.BENCH_REPEATS ?? 7);
const formats = (process.env.BENCH_FORMATS ?? 'legacy,upstream').split(',');
// Share of the registry's entries that manifests name (1 = every entry, the worst case for loading).
const namedShare = Number(process.env.BENCH_NAMED ?? 0.2);
// Share of those names that the registry does not have (each is searched for close names to suggest).
const missingShare = Number(process.env.BENCH_MISSING ?? 0);

if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);

const outFile = path.join(os.tmpdir(), `thv-bench-out-${process.pid}.txt`);

/** Runs a child with stdout to a file (as `> results.json` would), so a pipe to us does not pace it. */
function timed(args) {
  const out = openSync(outFile, 'w');
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, ['--require', path.join(root, 'bench', 'rusage.cjs'), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', out, 'pipe']
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(out);
  if (res.status !== 0 && res.status !== 1) throw new Error(`${args.join(' ')} exited ${res.status}: ${res.stderr}`);
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(res.stderr)?.[1] ?? 0);
  const cpu = Number(/BENCH_CPU_US=(\d+)/.exec(res.stderr)?.[1] ?? 0);
  return { ms, cpuMs: cpu / 1000, rssMb: rss / 1024 };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** file → status, to check that both registry formats give every manifest the same verdict. */
function verdicts(stdout) {
  const rows = JSON.parse(stdout);
  // The corpus is valid: an invalid row means the check measured a shortcut, not the work.
  const invalid = rows.find((r) => r.status === 'invalid');
  if (invalid) throw new Error(`${invalid.file}: invalid (${invalid.reason}); the bench corpus must check cleanly`);
  return new Map(rows.map((r) => [r.file, `${r.status} ${r.candidate_image ?? ''}`]));
}

const rows = [];
for (const n of sizes) {
  const entries = Math.floor(n / 2);
  const dir = path.join(os.tmpdir(), `thv-bench-${process.pid}-${n}`);
  const corpus = writeCorpus(dir, n, entries, templatePath, Math.round(entries * namedShare), missingShare);
  const runs = Object.fromEntries(formats.map((f) => [f, { floor: [], check: [] }]));
  // Per format: the first report's verdicts, and its text, which every later run must repeat exactly.
  const seen = {};
  const floorArgs = (format) => [path.join(root, 'bench', 'floor.js'), corpus.manifests, corpus[format]];
  const checkArgs = (format) => [
    cli,
    'check',
    '--registry',
    corpus[format],
    '--format',
    'json',
    '--fail-on',
    'none',
    ...extraArgs,
    corpus.manifests
  ];
  // One unmeasured round first: the first runs after writing a corpus (or after a build, for the
  // compile cache) measure cold caches, not the check.
  for (const format of formats) {
    timed(floorArgs(format));
    timed(checkArgs(format));
  }
  for (let r = 0; r < repeats; r++) {
    // Interleaved so that drift on a shared machine hits every column alike.
    for (const format of formats) {
      runs[format].floor.push(timed(floorArgs(format)));
      runs[format].check.push(timed(checkArgs(format)));
      // Only the first report is parsed and kept: this process stays small, so its own garbage
      // collection (on the same two cores) barely overlaps the next child's run.
      const report = readFileSync(outFile, 'utf8');
      if (!seen[format]) {
        const v = verdicts(report);
        if (v.size !== n) throw new Error(`${format}: expected ${n} results, got ${v.size}`);
        seen[format] = { verdicts: v, report };
      } else if (report !== seen[format].report) throw new Error(`${format}: the report differs from one run to the next`);
    }
  }
  const [first, ...others] = formats;
  for (const f of others) {
    for (const [file, verdict] of seen[first].verdicts) {
      const other = seen[f].verdicts.get(file);
      if (other !== verdict) throw new Error(`${file}: ${first} says ${verdict}, ${f} says ${other}`);
    }
  }
  for (const format of formats) {
    const { floor, check } = runs[format];
    const summary = (runs) => ({
      ms: median(runs.map((x) => x.ms)),
      cpu: median(runs.map((x) => x.cpuMs)),
      rss: median(runs.map((x) => x.rssMb))
    });
    const f = summary(floor);
    const c = summary(check);
    rows.push({
      n,
      entries,
      format,
      floorMs: f.ms,
      checkMs: c.ms,
      ratio: c.ms / f.ms,
      floorCpu: f.cpu,
      checkCpu: c.cpu,
      floorRss: f.rss,
      checkRss: c.rss
    });
  }
  rmSync(dir, { recursive: true, force: true });
}
rmSync(outFile, { force: true });

console.log(
  `${path.relative(root, cli)}${extraArgs.length ? ` ${extraArgs.join(' ')}` : ''}: node ${process.version}, ${os.cpus().length} cores, registry entries = manifests / 2 (cloned from embedded-v2026.02.18, no provenance), manifests name ${Math.round(namedShare * 100)}% of them${missingShare ? ` (${Math.round(missingShare * 100)}% of those names missing from it)` : ''}, median of ${repeats}`
);
// CPU time (all threads) is shown too: on a shared machine it moves less than wall time.
console.log('manifests  entries  format     floor wall  check wall  ratio   floor cpu   check cpu  floor peak RSS  check peak RSS');
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(9)}  ${String(r.entries).padStart(7)}  ${r.format.padEnd(8)}  ${r.floorMs.toFixed(0).padStart(7)} ms  ${r.checkMs.toFixed(0).padStart(7)} ms  ${r.ratio.toFixed(2).padStart(4)}x  ${r.floorCpu.toFixed(0).padStart(7)} ms  ${r.checkCpu.toFixed(0).padStart(7)} ms  ${r.floorRss.toFixed(0).padStart(11)} MB  ${r.checkRss.toFixed(0).padStart(11)} MB`
  );
}
