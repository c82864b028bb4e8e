// The `unverified` answer when no signature passed: the most telling failure kind leads, with up
// to three of its details, a count of the rest and the sources that could not be read.
import type { Verification } from '../../core/provenance/verification.js';
import type { Failure } from './evaluate-signature.js';

const PRIORITY: Record<Failure['kind'], number> = { mismatch: 0, 'other-image': 1, invalid: 2, unusable: 3 };

const LEAD: Record<Failure['kind'], string> = {
  mismatch: 'signature does not match the registry provenance',
  'other-image': 'signature does not name this image',
  invalid: 'signature invalid',
  unusable: 'no usable signature'
};

export function unverifiedOutcome(
  digest: string,
  failures: Failure[],
  sourceErrors: string[],
  trustedRoot: string | undefined
): Verification {
  const sorted = [...failures].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
  const head = sorted[0];
  const details = sorted
    .filter((f) => f.kind === head.kind)
    .slice(0, 3)
    .map((f) => f.text);
  const more = sorted.length > details.length ? ` (+${sorted.length - details.length} more)` : '';
  const src = sourceErrors.length ? `; ${sourceErrors.join('; ')}` : '';
  return {
    status: 'unverified',
    digest,
    reason: `not verified: ${LEAD[head.kind]}: ${details.join(' | ')}${more}${src}`,
    trusted_root: trustedRoot
  };
}
