// One result per workload: thv's CheckResult (pkg/workloads/upgrade/types.go) as a union on
// `status`, plus where the workload lives in the repository and what we add beyond thv (`invalid`,
// missing env vars, verification of the candidate and whether a PR may propose it).

import type { Workload } from '../manifest/workload.js';
import type { ImageMetadata } from '../catalog/types.js';
import type { Verification } from '../provenance/verification.js';
import type { ProposalDecision } from '../provenance/mode.js';
import type { UpdateType } from '../image/update-type.js';

export type UpgradeStatus = 'up-to-date' | 'upgrade-available' | 'not-registry-sourced' | 'server-not-found' | 'unknown';

/** thv's statuses, plus `invalid` for a manifest we could not read (beyond thv). */
export type CheckStatus = UpgradeStatus | 'invalid';

export interface EnvVarInfo {
  name: string;
  description?: string;
  required: boolean;
  secret?: boolean;
  default?: string;
}

export interface EnvVarDrift {
  added?: EnvVarInfo[];
  removed?: EnvVarInfo[];
}

export interface StringChange {
  from: string;
  to: string;
}

export interface ConfigDrift {
  transport?: StringChange;
  permission_profile?: StringChange;
}

/** Fields every result has: thv's, then where the workload lives. */
interface ResultBase {
  workload_name: string;
  registry_server?: string;
  current_image?: string;
  reason?: string;
  file: string;
  /** Line of the image value (or of the problem, for `invalid`). */
  line?: number;
  /** The registry marks the entry `Deprecated` (beyond thv), whatever the verdict. */
  deprecated?: true;
}

/** Fields a status never has, declared absent so renderers can read them on any result. */
type Absent<K extends string> = { [P in K]?: undefined };

/** What only an upgrade has, beyond thv: its size and whether the upgrade policy holds it back. */
type NoUpgrade = Absent<'update_type' | 'held_by'>;

/** The verification of a checked workload that has no candidate to verify. */
export type NotApplicable = Verification & { status: 'not-applicable' };

export interface UpToDate extends ResultBase, NoUpgrade, Absent<'env_var_drift' | 'config_drift' | 'entry' | 'proposal'> {
  status: 'up-to-date';
  workload: Workload;
  current_image: string;
  candidate_image: string;
  /** Required variables of the catalog entry the manifest does not supply (beyond thv). */
  missing_env_vars?: EnvVarInfo[];
  verification: NotApplicable;
}

export interface UpgradeAvailable extends ResultBase, Absent<'missing_env_vars'> {
  status: 'upgrade-available';
  workload: Workload;
  current_image: string;
  candidate_image: string;
  env_var_drift?: EnvVarDrift;
  config_drift?: ConfigDrift;
  /** The catalog entry of the candidate: env vars, transport, permissions, provenance. */
  entry: ImageMetadata;
  verification: Verification;
  /** Whether the verify mode lets a PR propose the candidate. */
  proposal: ProposalDecision;
  /** major, minor, patch or prerelease, from the two tags as the check reads them. */
  update_type: UpdateType;
  /** The upgrade policy rule that holds this upgrade back: still reported, never proposed. */
  held_by?: string;
}

export interface NotRegistrySourced
  extends ResultBase, NoUpgrade, Absent<'candidate_image' | 'env_var_drift' | 'config_drift' | 'missing_env_vars' | 'entry' | 'proposal'> {
  status: 'not-registry-sourced';
  workload: Workload;
  verification: NotApplicable;
}

export interface ServerNotFound
  extends ResultBase, NoUpgrade, Absent<'candidate_image' | 'env_var_drift' | 'config_drift' | 'missing_env_vars' | 'entry' | 'proposal'> {
  status: 'server-not-found';
  workload: Workload;
  registry_server: string;
  verification: NotApplicable;
}

/** thv's `unknown`: the lookup failed, the entry is not an image, or the tags cannot be ordered. */
export interface Undecided
  extends ResultBase, NoUpgrade, Absent<'env_var_drift' | 'config_drift' | 'missing_env_vars' | 'entry' | 'proposal'> {
  status: 'unknown';
  workload: Workload;
  candidate_image?: string;
  verification: NotApplicable;
}

/** A manifest we could not read (beyond thv): no workload, so nothing else to say. */
export interface InvalidManifest
  extends
    ResultBase,
    NoUpgrade,
    Absent<'workload' | 'candidate_image' | 'env_var_drift' | 'config_drift' | 'missing_env_vars' | 'entry' | 'verification' | 'proposal'> {
  status: 'invalid';
  reason: string;
}

export type CheckResult = UpToDate | UpgradeAvailable | NotRegistrySourced | ServerNotFound | Undecided | InvalidManifest;

/** An upgrade the checker found, before its candidate is verified. */
export type UpgradeFound = Omit<UpgradeAvailable, 'verification' | 'proposal'> & Absent<'verification' | 'proposal'>;

/** What checking a workload yields: final, except that an upgrade still awaits verification. */
export type PreliminaryResult = Exclude<CheckResult, UpgradeAvailable | InvalidManifest> | UpgradeFound;

/** Every member a result has, loosely typed: what `resultOfOneShape` makes and its callers fill in. */
export type ResultMembers = { -readonly [K in keyof CheckResult]?: unknown };

/**
 * A result with every member any result has, in one order, those it lacks left undefined. Rendering,
 * sorting, the policy and verification read thousands of results: built this way they all share one
 * object shape (not one per status and set of optional members), and V8 keeps those reads fast.
 */
export function resultOfOneShape(status: CheckStatus, workloadName: string, file: string, line: number | undefined): ResultMembers {
  return {
    workload_name: workloadName,
    registry_server: undefined,
    status,
    current_image: undefined,
    candidate_image: undefined,
    reason: undefined,
    env_var_drift: undefined,
    config_drift: undefined,
    file,
    line,
    update_type: undefined,
    held_by: undefined,
    deprecated: undefined,
    missing_env_vars: undefined,
    workload: undefined,
    entry: undefined,
    verification: undefined,
    proposal: undefined
  };
}
