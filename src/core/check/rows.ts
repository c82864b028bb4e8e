import type { CheckResult, EnvVarInfo, UpgradeStatus } from './result.js';
import type { ManifestProblem } from '../manifest/problem.js';
import type { Workload } from '../manifest/workload.js';
import type { ImageMetadata } from '../catalog/types.js';
import type { Verification } from '../provenance/verification.js';
import type { ProposalDecision } from '../provenance/mode.js';
import { checkWorkload } from './check.js';
import type { LookupOutcome } from '../catalog/lookup.js';
import { missingRequiredEnvVars } from './drift.js';

/** thv's statuses, plus `invalid` for a manifest we could not read (beyond thv). */
export type RowStatus = UpgradeStatus | 'invalid';

/** One line of output: thv's CheckResult fields, then where it lives and what we add beyond thv. */
export interface ReportRow extends Omit<CheckResult, 'status'> {
  status: RowStatus;
  file: string;
  line?: number;
  /** Up-to-date workloads only: required variables of the entry the manifest does not supply. */
  missing_env_vars?: EnvVarInfo[];
  verification?: Verification;
}

/** A row together with what produced it, for PR planning and annotations. */
export interface CheckedWorkload {
  row: ReportRow;
  workload?: Workload;
  entry?: ImageMetadata;
  /** For upgrade-available rows: whether the verify mode lets us propose the candidate. */
  proposal?: ProposalDecision;
}

export function checkAll(workloads: Workload[], lookups: Map<string, LookupOutcome>): CheckedWorkload[] {
  return workloads.map((workload) => {
    const { result, entry } = checkWorkload(workload, lookups.get(workload.registryServerName));
    const row: ReportRow = { ...result, file: workload.file, line: workload.imageSpan.line };
    if (result.status === 'up-to-date' && entry) {
      const missing = missingRequiredEnvVars(workload, entry);
      if (missing.length) row.missing_env_vars = missing;
    }
    return { row, workload, entry };
  });
}

export function problemRow(problem: ManifestProblem): CheckedWorkload {
  return {
    row: {
      workload_name: problem.name ?? '',
      status: 'invalid',
      reason: problem.message,
      file: problem.file,
      ...(problem.line === undefined ? {} : { line: problem.line })
    }
  };
}

/** Stable order for every output: by file, then position in the file. */
export function sortRows(rows: CheckedWorkload[]): CheckedWorkload[] {
  return [...rows].sort((a, b) => {
    if (a.row.file !== b.row.file) return a.row.file < b.row.file ? -1 : 1;
    return (a.row.line ?? 0) - (b.row.line ?? 0);
  });
}
