// PR mode edits the repository, not the workspace: manifest paths become relative to the root of
// the git checkout holding them (the workspace itself, or a subdirectory with `actions/checkout`'s
// `path:`), and they are read again only as regular files inside that checkout.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { UpgradeAvailable } from '../core/check/result.js';
import { ConfigurationError } from '../core/errors.js';
import { manifestPathCheck } from '../io/files/regular-file.js';
import { repositoryRootOf } from '../io/git/repository-root.js';

export interface CheckoutView {
  /** The upgrades with `file` relative to the repository root. */
  upgrades: UpgradeAvailable[];
  /** Reads a manifest by its repository-relative path. */
  readFile(file: string): Promise<string>;
}

export function inRepository(upgrades: readonly UpgradeAvailable[], workspace: string): CheckoutView {
  const roots = new Map<string, string[]>();
  const placed = upgrades.map((u) => {
    const absolute = path.resolve(workspace, u.workload.file);
    const root = repositoryRootOf(absolute, workspace);
    roots.set(root, [...(roots.get(root) ?? []), u.workload.file]);
    return { u, root, file: path.relative(root, absolute).split(path.sep).join('/') };
  });
  if (roots.size > 1) {
    const where = [...roots].map(([root, files]) => `${path.relative(workspace, root).split(path.sep).join('/') || '.'} (${files[0]})`);
    throw new ConfigurationError(
      'pr-several-repositories',
      `the upgraded manifests belong to ${roots.size} git checkouts: ${where.join(', ')}; a PR goes to one repository`,
      {},
      'narrow `paths` to the checkout of the repository the PR is for'
    );
  }
  const root = placed[0]?.root ?? path.resolve(workspace);
  const refusal = manifestPathCheck(root);
  return {
    upgrades: placed.map(({ u, file }) => ({ ...u, file, workload: { ...u.workload, file } })),
    async readFile(file) {
      const absolute = path.resolve(root, file);
      const refused = refusal(absolute);
      if (refused) throw new ConfigurationError('pr-manifest-not-regular', refused, { file });
      return readFile(absolute, 'utf8');
    }
  };
}
