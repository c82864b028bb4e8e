import type { CheckResult } from '../check/result.js';
import type { Workload } from '../manifest/workload.js';
import type { ImageMetadata } from '../catalog/types.js';
import type { Verification } from '../provenance/verification.js';

/** An `upgrade-available` result that policy allows us to propose, with what the PR needs to explain it. */
export interface PlannedUpgrade {
  workload: Workload;
  result: CheckResult & { status: 'upgrade-available'; candidate_image: string };
  /** The registry entry of the candidate (env vars, transport, permissions, provenance). */
  entry: ImageMetadata;
  verification?: Verification;
}
