// Finds and reads the upgrade policy file. Paths in the policy, and the file's own name in
// `held_by` notes and errors, are relative to the repository root.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { DEFAULT_POLICY, type UpgradePolicy } from '../core/policy/types.js';
import type { RepositoryPath } from '../core/policy/apply.js';
import { findRepositoryRoot } from '../io/git/repository-root.js';

/** The Action reads this file when it exists and no `config` input names another. */
export const DEFAULT_POLICY_FILE = '.github/toolhive-upgrade.yml';

export interface PolicyFileChoice {
  /** Absolute path. */
  path: string;
  /** Named by the user: a missing file is an error. The default file is simply optional. */
  explicit: boolean;
}

/** CLI `--config FILE`, relative to the current directory. */
export function cliPolicyFile(config: string | undefined, cwd: string): PolicyFileChoice | undefined {
  return config === undefined ? undefined : { path: path.resolve(cwd, config), explicit: true };
}

/** Action input `config`, relative to the repository root; unset: the default file, if present. */
export function actionPolicyFile(config: string | undefined, workspace: string): PolicyFileChoice {
  const root = findRepositoryRoot(workspace);
  return { path: path.resolve(root, config ?? DEFAULT_POLICY_FILE), explicit: config !== undefined };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** How a file is named to the user: from the repository root when inside it. */
function displayName(absolute: string, repositoryRoot: string): string {
  const rel = path.relative(repositoryRoot, absolute);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? toPosix(absolute) : toPosix(rel);
}

/**
 * The policy to apply; every repository has one (the default proposes major, minor and patch).
 * The YAML parser is loaded only for a policy file that exists: most runs have none.
 */
export async function loadPolicy(choice: PolicyFileChoice | undefined, repositoryRoot: string): Promise<UpgradePolicy> {
  if (choice === undefined) return DEFAULT_POLICY;
  const name = displayName(choice.path, repositoryRoot);
  let text: string;
  try {
    text = readFileSync(choice.path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !choice.explicit) return DEFAULT_POLICY;
    throw new ConfigurationError(
      'policy-file-unreadable',
      code === 'ENOENT' ? 'policy file not found' : `cannot read policy file: ${code ?? 'unknown error'}`,
      { file: name },
      code === 'ENOENT' ? 'check the path (config / --config), or remove it to use the defaults' : undefined,
      { cause: error }
    );
  }
  const { parsePolicy } = await import('../core/policy/parse-policy.js');
  return parsePolicy(text, name);
}

/** Maps a result's `file` (relative to the run's root) to its path from the repository root. */
export function repositoryPathOf(root: string, repositoryRoot: string): RepositoryPath {
  const prefix = toPosix(path.relative(repositoryRoot, path.resolve(root)));
  return (file) =>
    path.isAbsolute(file) ? toPosix(path.relative(repositoryRoot, file)) : path.posix.normalize(prefix ? `${prefix}/${file}` : file);
}
