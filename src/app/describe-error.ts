import { UpgradeActionError } from '../core/errors.js';
import { NoManifestsError } from './no-manifests.js';
import type { OptionLabel, OptionName } from './options.js';

/** Shared code names an option both ways (`--registry / registry`); each entry keeps its own spelling. */
const BOTH_SPELLINGS = /--([a-z][a-z-]*) \/ \1\b/g;

/**
 * The one line an entry prints for an error. When an option would change the outcome, it is named
 * the way the entry spells it (`input allow-empty`, `--allow-empty`).
 */
export function describeError(error: UpgradeActionError, label: OptionLabel): string {
  const text =
    error instanceof NoManifestsError
      ? `${error.describe()} (${label('allow-empty')} lets a run with nothing to check pass)`
      : error.describe();
  return text.replace(BOTH_SPELLINGS, (_both, name: string) => label(name as OptionName));
}

/** Any failure as one line: our typed errors as above (options in `label`'s spelling when given), anything else as an internal error. */
export function errorLine(error: unknown, label?: OptionLabel): string {
  if (error instanceof UpgradeActionError) return label ? describeError(error, label) : error.describe();
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}
