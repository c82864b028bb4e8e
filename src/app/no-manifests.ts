// A run whose paths match no manifest at all is a mistake until the user says otherwise (like
// ESLint's "No files matching the pattern"): a typo or a moved directory must not pass as
// "everything is up to date".

import { ConfigurationError } from '../core/errors.js';

export class NoManifestsError extends ConfigurationError<'no-manifests'> {
  readonly paths: readonly string[];

  constructor(paths: readonly string[]) {
    super('no-manifests', `no manifest files (.json, .yaml, .yml) match ${paths.map((p) => JSON.stringify(p)).join(', ')}`);
    this.paths = paths;
  }
}

/** Throws NoManifestsError when discovery found no file and the run does not allow that. */
export function requireManifests(found: number, paths: readonly string[], allowEmpty: boolean): void {
  if (found === 0 && !allowEmpty) throw new NoManifestsError(paths);
}
