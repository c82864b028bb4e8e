// The policy over a run's results: each upgrade it holds back gets `held_by`, and stays
// `upgrade-available` (the verdict is thv's; the policy only decides what is proposed).

import type { CheckResult, PreliminaryResult, UpgradeAvailable } from '../check/result.js';
import type { Verification } from '../provenance/verification.js';
import { splitRepoTag } from '../image/reference.js';
import { canonical, isValid, normalizeSemver } from '../image/version.js';
import { heldBy } from './evaluate.js';
import type { UpgradePolicy, UpgradeSubject } from './types.js';

/** Maps a result's `file` (as discovery wrote it) to its path from the repository root, `/`-separated. */
export type RepositoryPath = (file: string) => string;

// Fleets pin the same few images many times over: each is read once.
const prereleaseImages = new Map<string, boolean>();

function isPrerelease(image: string): boolean {
  let known = prereleaseImages.get(image);
  if (known === undefined) {
    if (prereleaseImages.size > 50_000) prereleaseImages.clear();
    const v = normalizeSemver(splitRepoTag(image).tag);
    known = isValid(v) && canonical(v).includes('-');
    prereleaseImages.set(image, known);
  }
  return known;
}

/** What the policy reads of an upgrade, verified or not. */
type Upgrade = Pick<UpgradeAvailable, 'workload_name' | 'file' | 'workload' | 'entry' | 'update_type' | 'current_image'>;

/**
 * A held upgrade is never proposed, so its candidate is not verified: no registry traffic for
 * what the repository ignores, and no `unverified` finding failing a run over it.
 */
export const HELD_VERIFICATION: Verification = { status: 'skipped' };

/**
 * What the policy reads of one upgrade. A class, not an object literal with getters: a literal
 * makes two closures and its own accessors for each of a run's thousands of upgrades.
 */
class Subject implements UpgradeSubject {
  declare readonly workload: string;
  declare readonly server: string;
  declare readonly updateType: UpgradeSubject['updateType'];
  declare readonly optOut: UpgradeSubject['optOut'];
  declare private readonly upgrade: Upgrade;
  declare private readonly repositoryPath: RepositoryPath;

  constructor(upgrade: Upgrade, repositoryPath: RepositoryPath) {
    this.workload = upgrade.workload_name;
    this.server = upgrade.entry.name;
    this.updateType = upgrade.update_type;
    this.optOut = upgrade.workload.optOut;
    this.upgrade = upgrade;
    this.repositoryPath = repositoryPath;
  }

  // Read only by a policy that selects paths, or allows prereleases: worked out when read.
  get path(): string {
    return this.repositoryPath(this.upgrade.file);
  }

  get currentIsPrerelease(): boolean {
    return isPrerelease(this.upgrade.current_image);
  }
}

export function subjectOf(upgrade: Upgrade, repositoryPath: RepositoryPath): UpgradeSubject {
  return new Subject(upgrade, repositoryPath);
}

/** The results with `held_by` on each upgrade the policy holds back; before or after verification. */
export function applyPolicy<T extends CheckResult | PreliminaryResult>(
  results: readonly T[],
  policy: UpgradePolicy,
  repositoryPath: RepositoryPath
): T[] {
  return results.map((r) => {
    if (r.status !== 'upgrade-available') return r;
    const held = heldBy(policy, subjectOf(r as Upgrade, repositoryPath));
    return held === undefined ? r : { ...r, held_by: held };
  });
}

/** The upgrades the policy held back. */
export function heldUpgrades(results: readonly CheckResult[]): UpgradeAvailable[] {
  return results.filter((r): r is UpgradeAvailable => r.status === 'upgrade-available' && r.held_by !== undefined);
}
