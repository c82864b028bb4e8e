// PR mode commits only what is committed: every file a PR edits must be, in the workspace, byte
// for byte the blob of the base commit, as a regular file. Otherwise an uncommitted change an
// earlier step left in the checkout (a generated value, a secret) would ride along in the PR.

import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';

/** A file's entry in the base commit's tree. */
export interface CommittedEntry {
  mode: string;
  type: string;
  sha: string;
}

export type UncommittedCode = 'pr-file-not-committed' | 'pr-file-not-regular' | 'pr-file-differs-from-commit';

/** A file the PR would change whose workspace content is not the base commit's. */
export class UncommittedFileError extends ConfigurationError<UncommittedCode> {}

/** Git's object id of a blob with this content: sha1 of `blob <size>\0<bytes>`. */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const RULE = 'PR mode commits only what is committed';

/**
 * Refuses (UncommittedFileError, naming the file) when the workspace text of `path` is not the
 * regular-file blob `entry` of the base commit. Returns the mode to keep when the PR rewrites it.
 */
export function requireCommitted(
  path: string,
  workspaceText: string,
  entry: CommittedEntry | undefined,
  baseSha: string
): '100644' | '100755' {
  const at = `the commit GITHUB_SHA (${baseSha.slice(0, 12)})`;
  const place = { file: path };
  if (!entry) {
    throw new UncommittedFileError(
      'pr-file-not-committed',
      `is not in ${at} (an untracked file in the workspace); ${RULE}`,
      place,
      'commit the manifest, or run PR mode on a clean checkout'
    );
  }
  if (entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) {
    const what =
      entry.mode === '120000' ? 'a symbolic link' : entry.type === 'commit' ? 'a submodule' : `not a regular file (mode ${entry.mode})`;
    throw new UncommittedFileError(
      'pr-file-not-regular',
      `is ${what} in ${at}; manifests are edited only as regular files inside the repository`,
      place
    );
  }
  if (gitBlobSha(workspaceText) !== entry.sha) {
    if (workspaceText.includes('\r\n') && gitBlobSha(workspaceText.replace(/\r\n/g, '\n')) === entry.sha) {
      throw new UncommittedFileError(
        'pr-file-differs-from-commit',
        `differs from ${at} in its line endings (converted on checkout); ${RULE}`,
        place,
        'check out without line-ending conversion: `git config --global core.autocrlf false` before actions/checkout, or `* -text` in .gitattributes'
      );
    }
    throw new UncommittedFileError(
      'pr-file-differs-from-commit',
      `differs from ${at} (uncommitted changes in the workspace); ${RULE}`,
      place,
      'commit the change, or run PR mode before the steps that modify the checkout'
    );
  }
  return entry.mode;
}
