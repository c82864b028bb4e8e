// The policy over a run's results: each upgrade it holds back gets `held_by`, and stays
// `upgrade-available` (the verdict is thv's; the policy only decides what is proposed).

import type { CheckResult, UpgradeAvailable } from '../check/result.js';
import { splitRepoTag } from '../image/reference.js';
import { canonical, isValid, normalizeSemver } from '../image/version.js';
import { heldBy } from './evaluate.js';
import type { UpgradePolicy, UpgradeSubject } from './types.js';

/** Maps a result's `file` (as discovery wrote it) to its path from the repository root, `/`-separated. */
export type RepositoryPath = (file: string) => string;

function isPrerelease(image: string): boolean {
  const v = normalizeSemver(splitRepoTag(image).tag);
  return isValid(v) && canonical(v).includes('-');
}

export function subjectOf(upgrade: UpgradeAvailable, repositoryPath: RepositoryPath): UpgradeSubject {
  return {
    workload: upgrade.workload_name,
    server: upgrade.entry.name,
    path: repositoryPath(upgrade.file),
    ...(upgrade.workload.optOut ? { optOut: upgrade.workload.optOut } : {}),
    updateType: upgrade.update_type,
    currentIsPrerelease: isPrerelease(upgrade.current_image)
  };
}

export function applyPolicy(results: readonly CheckResult[], policy: UpgradePolicy, repositoryPath: RepositoryPath): CheckResult[] {
  return results.map((r) => {
    if (r.status !== 'upgrade-available') return r;
    const held = heldBy(policy, subjectOf(r, repositoryPath));
    return held === undefined ? r : { ...r, held_by: held };
  });
}

/** The upgrades the policy held back. */
export function heldUpgrades(results: readonly CheckResult[]): UpgradeAvailable[] {
  return results.filter((r): r is UpgradeAvailable => r.status === 'upgrade-available' && r.held_by !== undefined);
}
