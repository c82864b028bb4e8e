import { type PreliminaryResult, resultOfOneShape, type UpgradeFound, type UpToDate } from './result.js';
import type { Workload } from '../manifest/workload.js';
import type { LookupOutcome } from '../catalog/lookup.js';
import { compareImageTags } from '../image/compare-tags.js';
import { updateType, type UpdateType } from '../image/update-type.js';
import { splitRepoTag } from '../image/reference.js';
import { REGISTRY_SERVER_ANNOTATION } from '../manifest/mcpserver.js';
import { didYouMean } from '../text/nearest.js';
import { computeConfigDrift, computeEnvDrift, missingRequiredEnvVars } from './drift.js';

// Repositories pin the same few images many times over; parsing each reference pair once keeps
// 10,000 manifests cheap. Results depend only on the two strings, so caching is safe.
function perImagePair<T>(compute: (current: string, candidate: string) => T): (current: string, candidate: string) => T {
  // Keyed by one string, then the other: no joined key to build and hash for every workload.
  const cache = new Map<string, Map<string, T>>();
  let size = 0;
  return (current, candidate) => {
    let byCandidate = cache.get(current);
    if (byCandidate === undefined) {
      if (size > 50_000) {
        cache.clear();
        size = 0;
      }
      byCandidate = new Map();
      cache.set(current, byCandidate);
    }
    let result = byCandidate.get(candidate);
    if (result === undefined) {
      result = compute(current, candidate);
      byCandidate.set(candidate, result);
      size++;
    }
    return result;
  };
}

const compareCached = perImagePair(compareImageTags);

/**
 * `newer` means both tags are semver, so the type is known; npm semver refuses numbers past
 * 2^53 that x/mod accepts, and such a jump is counted as the largest kind.
 */
const updateTypeOf = perImagePair(
  (current, candidate): UpdateType => updateType(splitRepoTag(current).tag, splitRepoTag(candidate).tag) ?? 'major'
);

const NOT_APPLICABLE = { status: 'not-applicable' } as const;

const LINK_MCPSERVER = `not linked to a registry entry: add the annotation ${REGISTRY_SERVER_ANNOTATION}: <entry name> to check it for upgrades`;

type RareVerdict = Exclude<PreliminaryResult, UpgradeFound | UpToDate>;

/** A result for this workload, of one shape with every other (core/check/result resultOfOneShape). */
function resultFor(workload: Workload, status: PreliminaryResult['status']) {
  const result = resultOfOneShape(status, workload.name, workload.file, workload.imageSpan.line);
  result.workload = workload;
  return result;
}

/** A verdict without a candidate to verify, with where its workload lives. */
function verdict<S extends RareVerdict['status']>(workload: Workload, status: S, reason?: string): Extract<RareVerdict, { status: S }> {
  const result = resultFor(workload, status);
  result.verification = NOT_APPLICABLE;
  if (workload.registryServerName !== '') result.registry_server = workload.registryServerName;
  if (workload.image !== '') result.current_image = workload.image;
  if (reason) result.reason = reason;
  return result as Extract<RareVerdict, { status: S }>;
}

/** ToolHive's Checker.Check (pkg/workloads/upgrade/checker.go), step for step, with where the workload lives. */
export function checkWorkload(workload: Workload, lookup: LookupOutcome | undefined): PreliminaryResult {
  if (workload.registryServerName === '') {
    // An MCPServer has no field of its own for its entry: say how to link one (a RunConfig keeps thv's silence).
    return verdict(workload, 'not-registry-sourced', workload.kind === 'mcpserver' ? LINK_MCPSERVER : undefined);
  }
  if (lookup === undefined || lookup.kind === 'error') return verdict(workload, 'unknown', 'registry lookup failed');
  if (lookup.kind === 'not-found') {
    const suggestions = lookup.suggestions ?? [];
    return verdict(
      workload,
      'server-not-found',
      suggestions.length ? `no registry entry named ${workload.registryServerName}${didYouMean(suggestions)}` : undefined
    );
  }
  const server = lookup.server;
  // Beyond thv, which ignores `status`: a deprecated entry is worth knowing whatever the verdict.
  const deprecated = server.status?.toLowerCase() === 'deprecated';
  if (server.kind !== 'image') {
    const unknown = verdict(
      workload,
      'unknown',
      `registry entry ${JSON.stringify(server.name)} is not a container image (cannot determine upgrade)`
    );
    if (deprecated) unknown.deprecated = true;
    return unknown;
  }

  const cmp = compareCached(workload.image, server.image);
  switch (cmp.result) {
    case 'newer': {
      // Both images parsed, so neither is empty.
      const upgrade = resultFor(workload, 'upgrade-available');
      upgrade.registry_server = workload.registryServerName;
      upgrade.current_image = workload.image;
      upgrade.candidate_image = server.image;
      upgrade.entry = server;
      upgrade.update_type = updateTypeOf(workload.image, server.image);
      const env = computeEnvDrift(workload, server);
      if (env) upgrade.env_var_drift = env;
      const config = computeConfigDrift(workload, server);
      if (config) upgrade.config_drift = config;
      if (deprecated) upgrade.deprecated = true;
      return upgrade as UpgradeFound;
    }
    case 'sameOrOlder': {
      const upToDate = resultFor(workload, 'up-to-date');
      upToDate.registry_server = workload.registryServerName;
      upToDate.current_image = workload.image;
      upToDate.candidate_image = server.image;
      upToDate.verification = NOT_APPLICABLE;
      // Beyond thv: required variables `thv run --from-config` would miss today.
      const missing = missingRequiredEnvVars(workload, server);
      if (missing.length) upToDate.missing_env_vars = missing;
      if (deprecated) upToDate.deprecated = true;
      return upToDate as UpToDate;
    }
    default: {
      const unknown = verdict(workload, 'unknown', cmp.reason || undefined);
      if (server.image !== '') unknown.candidate_image = server.image;
      if (deprecated) unknown.deprecated = true;
      return unknown;
    }
  }
}
