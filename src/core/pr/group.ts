// Which upgrades go into which pull request.

import type { UpgradeAvailable } from '../check/result.js';
import { branchForAll, branchForWorkload, type BranchNaming } from './branch.js';

export type Grouping = 'all' | 'per-workload';

export interface UpgradeGroup {
  branch: string;
  /** In a stable order (file, then document index), so titles, bodies and commits are reproducible. */
  upgrades: UpgradeAvailable[];
}

function compareUpgrades(a: UpgradeAvailable, b: UpgradeAvailable): number {
  const fa = a.workload.file;
  const fb = b.workload.file;
  if (fa !== fb) return fa < fb ? -1 : 1;
  if (a.workload.documentIndex !== b.workload.documentIndex) return a.workload.documentIndex - b.workload.documentIndex;
  return a.workload.imageSpan.offset - b.workload.imageSpan.offset;
}

/**
 * Groups upgrades by branch, sorted by branch name. Grouping `all` always yields its one group,
 * even when empty, because an empty group is how an existing PR learns it has nothing left to do.
 * Two workloads whose names sanitise to the same branch share that PR rather than fight over it.
 */
export function groupUpgrades(upgrades: readonly UpgradeAvailable[], grouping: Grouping, naming: BranchNaming): UpgradeGroup[] {
  if (grouping === 'all') {
    return [{ branch: branchForAll(naming), upgrades: [...upgrades].sort(compareUpgrades) }];
  }
  const byBranch = new Map<string, UpgradeAvailable[]>();
  for (const upgrade of upgrades) {
    const branch = branchForWorkload(naming, upgrade.workload);
    const list = byBranch.get(branch) ?? [];
    list.push(upgrade);
    byBranch.set(branch, list);
  }
  return [...byBranch.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([branch, list]) => ({ branch, upgrades: list.sort(compareUpgrades) }));
}
