import type { Workload } from '../core/manifest/workload.js';
import type { ManifestProblem } from '../core/manifest/problem.js';
import { parseManifest } from '../core/manifest/parse.js';
import type { LookupOutcome } from '../core/catalog/lookup.js';
import type { ContainerRegistryCredential } from '../core/image/registry-credentials.js';
import type { VerifyMode } from '../core/provenance/verification.js';
import { decideProposal } from '../core/provenance/mode.js';
import { type CheckedWorkload, checkAll, problemRow, sortRows } from '../core/check/rows.js';
import { discoverManifests } from '../io/files/discover.js';
import { readManifest } from '../io/files/read-manifest.js';
import { redactUrl } from '../io/http/redact.js';
import { openRegistry, type RegistrySourceOptions } from '../io/catalog/open-catalog.js';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface VerifyOptions {
  /** Unset: `enabled` for entries that publish provenance, `warn` for the others. */
  mode?: VerifyMode;
  trustedRootFile?: string;
  credentials?: ContainerRegistryCredential[];
  /** Hosts (host:port) reached over plain HTTP, e.g. a local mirror. */
  insecureHosts?: string[];
  cacheDir?: string;
  timeoutMs?: number;
}

export interface CheckRunOptions {
  /** Files, directories and globs, relative to `root`. */
  paths: string[];
  root: string;
  registry: RegistrySourceOptions;
  verify: VerifyOptions;
  log: Logger;
  /** Larger manifests are skipped (found by scanning) or invalid (named); default 1 MiB. */
  maxManifestBytes?: number;
}

export interface CheckRun {
  rows: CheckedWorkload[];
  /** The sigstore trusted root used for verification, when any candidate was verified. */
  trustedRoot?: string;
  registrySource: string;
}

const VERIFY_CONCURRENCY = 4;

/**
 * Verifies the provenance of every candidate before anything is proposed (beyond thv, which never
 * verifies). Per-image failures become `unverified` rows; the run goes on.
 */
async function verifyCandidates(checked: CheckedWorkload[], options: VerifyOptions, log: Logger): Promise<string | undefined> {
  const pending = checked.filter((c) => c.row.status === 'upgrade-available' && c.entry);
  for (const c of checked) {
    if (c.row.status !== 'upgrade-available') c.row.verification = { status: 'not-applicable' };
  }
  if (pending.length === 0) return undefined;
  if (options.mode === 'disabled') {
    for (const c of pending) {
      c.row.verification = { status: 'skipped', reason: 'verification disabled' };
      c.proposal = decideProposal('disabled', Boolean(c.entry?.provenance), c.row.verification);
    }
    return undefined;
  }
  // Loaded only when a candidate needs it: the OCI and sigstore stack costs startup time.
  const { createCandidateVerifier } = await import('../io/sigstore/verify-candidate.js');
  const verifier = createCandidateVerifier({
    trustedRootFile: options.trustedRootFile,
    credentials: options.credentials,
    insecureHosts: options.insecureHosts,
    cacheDir: options.cacheDir,
    timeoutMs: options.timeoutMs,
    log: log.debug
  });
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const c = pending[next++];
      const verification = await verifier.verify(c.row.candidate_image!, c.entry!.provenance);
      c.row.verification = verification;
      c.proposal = decideProposal(options.mode, Boolean(c.entry!.provenance), verification);
    }
  };
  await Promise.all(Array.from({ length: Math.min(VERIFY_CONCURRENCY, pending.length) }, worker));
  return verifier.trustedRootSource();
}

/** The data path shared by the CLI and the Action: discover → parse → registry → check. */
export async function runCheck(options: CheckRunOptions): Promise<CheckRun> {
  const started = performance.now();
  const elapsed = () => `${(performance.now() - started).toFixed(0)} ms`;
  const { files, emptyPatterns } = discoverManifests(options.paths, options.root);
  options.log.debug(`discovered ${files.length} files (${elapsed()})`);
  for (const pattern of emptyPatterns) options.log.warning(`${pattern}: no manifest files match`);

  const workloads: Workload[] = [];
  const problems: ManifestProblem[] = [];
  for (const file of files) {
    const read = readManifest(file, options.maxManifestBytes);
    if (read.kind === 'skipped') options.log.warning(read.warning);
    if (read.kind === 'problem') problems.push(read.problem);
    if (read.kind !== 'text') continue;
    const parsed = parseManifest(file.path, read.text, { explicit: file.explicit });
    workloads.push(...parsed.workloads);
    problems.push(...parsed.problems);
  }
  options.log.debug(`${files.length} files read, ${workloads.length} workloads, ${problems.length} problems (${elapsed()})`);

  // Only registry-sourced workloads need the registry: a repo of raw images never waits on the network.
  const names = [...new Set(workloads.map((w) => w.registryServerName).filter((n) => n !== ''))];
  let lookups = new Map<string, LookupOutcome>();
  // Shown in summaries and PR bodies: never with credentials from the URL.
  let registrySource = redactUrl(options.registry.source);
  if (names.length) {
    const provider = await openRegistry({ ...options.registry, log: options.log.debug });
    try {
      lookups = await provider.resolve(names);
    } finally {
      await provider.close?.();
    }
    registrySource = provider.registry.source;
    options.log.debug(`registry loaded, ${names.length} names resolved (${elapsed()})`);
  }

  const checked = checkAll(workloads, lookups);
  options.log.debug(`checked (${elapsed()})`);
  const trustedRoot = await verifyCandidates(checked, options.verify, options.log);
  options.log.debug(`verified (${elapsed()})`);
  const rows = sortRows([...checked, ...problems.map(problemRow)]);
  return { rows, registrySource, trustedRoot };
}
