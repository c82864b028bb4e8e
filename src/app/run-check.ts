import type { Workload } from '../core/manifest/workload.js';
import type { ManifestProblem } from '../core/manifest/problem.js';
import { isJsonManifestName, parseJsonManifest } from '../core/manifest/parse-json-manifest.js';
import type { LookupOutcome } from '../core/catalog/lookup.js';
import type { ContainerRegistryCredential } from '../core/image/registry-credentials.js';
import { verificationWithoutSignatureCheck, type Verification, type VerifyMode } from '../core/provenance/verification.js';
import type { CheckResult, PreliminaryResult, UpgradeFound } from '../core/check/result.js';
import { attachVerification, checkAll, invalidResult, sortResults } from '../core/check/check-all.js';
import { discoverManifests } from '../io/files/discover.js';
import { manifestPathCheck } from '../io/files/regular-file.js';
import { readManifest } from '../io/files/read-manifest.js';
import { redactUrl } from '../io/http/redact.js';
import { openRegistry, type RegistrySourceOptions } from '../io/catalog/open-catalog.js';
import { requireManifests } from './no-manifests.js';
import { applyPolicy, HELD_VERIFICATION } from '../core/policy/apply.js';
import { findRepositoryRoot } from '../io/git/repository-root.js';
import { loadPolicy, repositoryPathOf, type PolicyFileChoice } from './policy-file.js';
// Types only: the OCI and sigstore stack itself is loaded when a candidate needs it.
import type { CandidateVerifier, VerifierOptions } from '../io/sigstore/verify-candidate.js';

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
  /** Pass when the paths match no manifest at all (default: fail with NoManifestsError). */
  allowEmpty?: boolean;
  /** Largest manifest file read, in bytes (app/options.ts MAX_MANIFEST_BYTES). */
  maxManifestBytes?: number;
  /** The upgrade policy file (app/policy-file.ts); without one, the default policy applies. */
  policyFile?: PolicyFileChoice;
}

export interface CheckRun {
  /** One result per workload and per unreadable manifest, by file and line. */
  results: CheckResult[];
  /** The sigstore trusted root used for verification, when any candidate was verified. */
  trustedRoot?: string;
  registrySource: string;
}

/** Makes the verifier that checks candidate signatures; called at most once per run, and only when a signature must be checked. */
export type VerifierFactory = (options: VerifierOptions) => Promise<CandidateVerifier>;

/** The OCI and sigstore stack costs startup time: import it only when a signature must be checked. */
export const loadCandidateVerifier: VerifierFactory = async (options) => {
  const { createCandidateVerifier } = await import('../io/sigstore/verify-candidate.js');
  return createCandidateVerifier(options);
};

const VERIFY_CONCURRENCY = 4;

/** Runs tasks in call order, at most `max` at a time. */
function concurrencyLimit(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active < max) active++;
    // A finishing task hands its slot straight to the next waiting one.
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/**
 * Verifies the provenance of every candidate before anything is proposed (beyond thv, which never
 * verifies). Per-image failures become `unverified` results; the run goes on. Candidates whose
 * catalog entry publishes no provenance, and every candidate when verification is disabled, are
 * settled without a verifier.
 */
async function verifyCandidates(
  checked: readonly PreliminaryResult[],
  options: VerifyOptions,
  /** The run's root: a relative trusted-root file is read from there. */
  root: string,
  log: Logger,
  createVerifier: VerifierFactory
): Promise<{ results: CheckResult[]; trustedRoot?: string }> {
  let verifier: Promise<CandidateVerifier> | undefined;
  const limit = concurrencyLimit(VERIFY_CONCURRENCY);
  const signatureCheck = (found: UpgradeFound): Promise<Verification> => {
    verifier ??= createVerifier({
      trustedRootFile: options.trustedRootFile,
      cwd: root,
      credentials: options.credentials,
      insecureHosts: options.insecureHosts,
      cacheDir: options.cacheDir,
      timeoutMs: options.timeoutMs,
      log: log.debug
    });
    const ready = verifier;
    return limit(async () => (await ready).verify(found.candidate_image, found.entry.provenance));
  };
  // Only candidates with a signature to check wait for anything; thousands of other results settle
  // without a promise each.
  const results = new Array<CheckResult>(checked.length);
  const checks: Promise<void>[] = [];
  checked.forEach((r, i) => {
    if (r.status !== 'upgrade-available') {
      results[i] = r;
      return;
    }
    const settled =
      r.held_by !== undefined ? HELD_VERIFICATION : verificationWithoutSignatureCheck(options.mode, Boolean(r.entry.provenance));
    if (settled) results[i] = attachVerification(r, settled, options.mode);
    else checks.push(signatureCheck(r).then((verification) => void (results[i] = attachVerification(r, verification, options.mode))));
  });
  await Promise.all(checks);
  return { results, trustedRoot: verifier && (await verifier).trustedRootSource() };
}

/** The data path shared by the CLI and the Action: discover → parse → registry → check. */
export async function runCheck(options: CheckRunOptions, createVerifier: VerifierFactory = loadCandidateVerifier): Promise<CheckRun> {
  // process.hrtime, not the `performance` global: that one loads perf_hooks (a millisecond of startup).
  const started = process.hrtime.bigint();
  const elapsed = () => `${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`;
  // A mistake in the policy stops the run before any work.
  const repositoryRoot = findRepositoryRoot(options.root);
  const policy = await loadPolicy(options.policyFile, repositoryRoot);
  const { files, emptyPatterns } = discoverManifests(options.paths, options.root);
  options.log.debug(`discovered ${files.length} files (${elapsed()})`);
  for (const pattern of emptyPatterns) options.log.warning(`${pattern}: no manifest files match`);
  requireManifests(files.length, options.paths, options.allowEmpty ?? false);

  const workloads: Workload[] = [];
  const problems: ManifestProblem[] = [];
  const refusal = manifestPathCheck(options.root, { outsideRoot: 'allow' });
  // The YAML library costs startup time: loaded only when some file may be YAML.
  const onlyJson = files.every((f) => isJsonManifestName(f.path));
  const parseManifest = onlyJson ? parseJsonManifest : (await import('../core/manifest/parse.js')).parseManifest;
  for (const file of files) {
    const refused = refusal(file.absolute, file.scan);
    if (refused) {
      problems.push({ file: file.path, message: refused });
      continue;
    }
    const read = readManifest(file, options.maxManifestBytes);
    if (read.kind === 'skipped') options.log.warning(read.warning);
    if (read.kind === 'problem') problems.push(read.problem);
    if (read.kind !== 'text') continue;
    const parsed = parseManifest(file.path, read.text, { explicit: file.explicit });
    for (const workload of parsed.workloads) workloads.push(workload);
    for (const problem of parsed.problems) problems.push(problem);
  }
  options.log.debug(`${files.length} files read, ${workloads.length} workloads, ${problems.length} problems (${elapsed()})`);

  // Only registry-sourced workloads need the registry: a repo of raw images never waits on the network.
  const names = [...new Set(workloads.map((w) => w.registryServerName).filter((n) => n !== ''))];
  let lookups = new Map<string, LookupOutcome>();
  // Shown in summaries and PR bodies: never with credentials from the URL.
  let registrySource = redactUrl(options.registry.source);
  if (names.length) {
    // Relative registry and CA files are the repository's (or, for the CLI, the working directory's).
    const provider = await openRegistry({ ...options.registry, cwd: options.root, log: options.log.debug });
    try {
      lookups = await provider.resolve(names);
    } finally {
      await provider.close?.();
    }
    registrySource = provider.registry.source;
    options.log.debug(`registry loaded, ${names.length} names resolved (${elapsed()})`);
  }

  const checked = applyPolicy(checkAll(workloads, lookups), policy, repositoryPathOf(options.root, repositoryRoot));
  options.log.debug(`checked (${elapsed()})`);
  const { results, trustedRoot } = await verifyCandidates(checked, options.verify, options.root, options.log, createVerifier);
  options.log.debug(`verified (${elapsed()})`);
  return { results: sortResults([...results, ...problems.map(invalidResult)]), registrySource, trustedRoot };
}
