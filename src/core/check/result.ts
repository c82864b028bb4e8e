// thv's CheckResult (pkg/workloads/upgrade/types.go), plus where the workload lives in the repo.

export type UpgradeStatus = 'up-to-date' | 'upgrade-available' | 'not-registry-sourced' | 'server-not-found' | 'unknown';

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

export interface CheckResult {
  workload_name: string;
  registry_server?: string;
  status: UpgradeStatus;
  current_image?: string;
  candidate_image?: string;
  reason?: string;
  env_var_drift?: EnvVarDrift;
  config_drift?: ConfigDrift;
}
