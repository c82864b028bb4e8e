// Which upgrades a repository wants proposed (beyond thv, whose apply path has its own policy gate).

import type { UpdateType } from '../image/update-type.js';

export type { UpdateType };
export const UPDATE_TYPES: readonly UpdateType[] = ['major', 'minor', 'patch', 'prerelease'];

/** Where a setting was written, so a held upgrade can name the rule that held it. */
export interface PolicySource {
  file: string;
  line: number;
}

/** Globs on what identifies a workload; a selector matches when every glob it gives matches. */
export interface Selector {
  workloads?: string[];
  servers?: string[];
  paths?: string[];
}

export interface IgnoreEntry {
  selector: Selector;
  source: PolicySource;
}

export interface PolicyRule {
  selector: Selector;
  updateTypes?: { types: UpdateType[]; source: PolicySource };
  ignore?: { value: boolean; source: PolicySource };
}

export interface UpgradePolicy {
  ignore: IgnoreEntry[];
  updateTypes: { types: UpdateType[]; source?: PolicySource };
  rules: PolicyRule[];
}

/** Everything is proposed when a repository has no policy file. */
export const DEFAULT_POLICY: UpgradePolicy = { ignore: [], updateTypes: { types: ['major', 'minor', 'patch'] }, rules: [] };

/** What the policy is asked about one upgrade. */
export interface UpgradeSubject {
  workload: string;
  /** The catalog entry name the workload is linked to. */
  server: string;
  /** Manifest path relative to the repository root, `/`-separated. */
  path: string;
  /** The manifest opted out (RunConfig label or MCPServer annotation `toolhive-upgrade/ignore: "true"`). */
  optOut?: 'label' | 'annotation';
  updateType: UpdateType;
  /** The current tag is itself a prerelease: moving between prereleases is then expected. */
  currentIsPrerelease: boolean;
}
