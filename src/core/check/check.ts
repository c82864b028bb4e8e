import type { CheckResult } from './result.js';
import type { Workload } from '../manifest/workload.js';
import type { ImageMetadata } from '../catalog/types.js';
import type { LookupOutcome } from '../catalog/lookup.js';
import { compareImageTags } from '../image/compare-tags.js';
import { computeConfigDrift, computeEnvDrift } from './drift.js';

export interface WorkloadCheck {
  result: CheckResult;
  /** The registry entry when it is a container image: drift, missing env and PR notes read it. */
  entry?: ImageMetadata;
}

// Repositories pin the same few images many times over; parsing each reference pair once keeps
// 10,000 manifests cheap. Results depend only on the two strings, so caching is safe.
const comparisons = new Map<string, ReturnType<typeof compareImageTags>>();

function compareCached(current: string, candidate: string): ReturnType<typeof compareImageTags> {
  const key = `${current}\n${candidate}`;
  let result = comparisons.get(key);
  if (result === undefined) {
    if (comparisons.size > 50_000) comparisons.clear();
    result = compareImageTags(current, candidate);
    comparisons.set(key, result);
  }
  return result;
}

/** ToolHive's Checker.Check (pkg/workloads/upgrade/checker.go), step for step. */
export function checkWorkload(workload: Workload, lookup: LookupOutcome | undefined): WorkloadCheck {
  const result: CheckResult = { workload_name: workload.name, status: 'unknown' };
  if (workload.registryServerName !== '') result.registry_server = workload.registryServerName;
  if (workload.image !== '') result.current_image = workload.image;

  if (workload.registryServerName === '') return { result: { ...result, status: 'not-registry-sourced' } };
  if (lookup === undefined || lookup.kind === 'error') return { result: { ...result, status: 'unknown', reason: 'registry lookup failed' } };
  if (lookup.kind === 'not-found') return { result: { ...result, status: 'server-not-found' } };
  const server = lookup.server;
  if (server.kind !== 'image') {
    return {
      result: {
        ...result,
        status: 'unknown',
        reason: `registry entry ${JSON.stringify(server.name)} is not a container image (cannot determine upgrade)`
      }
    };
  }

  if (server.image !== '') result.candidate_image = server.image;
  const cmp = compareCached(workload.image, server.image);
  switch (cmp.result) {
    case 'newer': {
      result.status = 'upgrade-available';
      const env = computeEnvDrift(workload, server);
      if (env) result.env_var_drift = env;
      const config = computeConfigDrift(workload, server);
      if (config) result.config_drift = config;
      break;
    }
    case 'sameOrOlder':
      result.status = 'up-to-date';
      break;
    default:
      result.status = 'unknown';
      if (cmp.reason) result.reason = cmp.reason;
  }
  return { result, entry: server };
}
