import type { UpgradeActionError } from '../core/errors.js';
import { NoManifestsError } from './no-manifests.js';
import type { OptionLabel } from './options.js';

/**
 * The one line an entry prints for an error. When an option would change the outcome, it is named
 * the way the entry spells it (`input allow-empty`, `--allow-empty`).
 */
export function describeError(error: UpgradeActionError, label: OptionLabel): string {
  if (error instanceof NoManifestsError) return `${error.describe()} (${label('allow-empty')} lets a run with nothing to check pass)`;
  return error.describe();
}
