// The run's results, in order: check every workload, add what could not be read, attach each
// candidate's verification.

import {
  type CheckResult,
  type InvalidManifest,
  type PreliminaryResult,
  resultOfOneShape,
  type UpgradeAvailable,
  type UpgradeFound
} from './result.js';
import type { ManifestProblem } from '../manifest/problem.js';
import type { Workload } from '../manifest/workload.js';
import type { LookupOutcome } from '../catalog/lookup.js';
import type { Verification, VerifyMode } from '../provenance/verification.js';
import { decideProposal } from '../provenance/mode.js';
import { checkWorkload } from './check.js';

export function checkAll(workloads: Workload[], lookups: Map<string, LookupOutcome>): PreliminaryResult[] {
  return workloads.map((workload) => checkWorkload(workload, lookups.get(workload.registryServerName)));
}

export function invalidResult(problem: ManifestProblem): InvalidManifest {
  const result = resultOfOneShape('invalid', problem.name ?? '', problem.file, problem.line);
  result.reason = problem.message;
  return result as InvalidManifest;
}

/** The upgrade with its candidate's verification, and what the verify mode makes of it (a copy: the same shape). */
export function attachVerification(found: UpgradeFound, verification: Verification, mode: VerifyMode | undefined): UpgradeAvailable {
  return { ...found, verification, proposal: decideProposal(mode, Boolean(found.entry.provenance), verification) };
}

/** Stable order for every output: by file, then position in the file. Sorts `results` in place and returns it. */
export function sortResults(results: CheckResult[]): CheckResult[] {
  const before = (a: CheckResult, b: CheckResult) => {
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    return (a.line ?? 0) - (b.line ?? 0);
  };
  // Results come in discovery order, which is already this order unless some manifest was invalid.
  let sorted = true;
  for (let i = 1; i < results.length && sorted; i++) sorted = before(results[i - 1]!, results[i]!) <= 0;
  return sorted ? results : results.sort(before);
}
