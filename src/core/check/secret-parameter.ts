// ToolHive's `<name>,target=<ENV>` secret syntax (pkg/secrets/types.go ParseSecretParameter).

import { UpgradeActionError } from '../errors.js';

export interface SecretParameter {
  name: string;
  target: string;
}

// Go's `^([^,]+),target=(.+)$`: the name runs to the first comma, which `,target=` must follow;
// the target is the rest, non-empty and (RE2's `.` excludes only '\n') without a newline. Read
// with indexOf, not a regex: every workload's secrets are read on every run.
const TARGET_MARK = ',target=';

/** The `target` of a parameter thv's parser accepts, or undefined. */
export function secretTarget(s: string): string | undefined {
  const comma = s.indexOf(',');
  if (comma <= 0 || !s.startsWith(TARGET_MARK, comma)) return undefined;
  const target = s.slice(comma + TARGET_MARK.length);
  return target === '' || target.includes('\n') ? undefined : target;
}

/** The parsed parameter, or undefined when thv's parser would reject it. */
export function tryParseSecretParameter(s: string): SecretParameter | undefined {
  const target = secretTarget(s);
  return target === undefined ? undefined : { name: s.slice(0, s.indexOf(',')), target };
}

/**
 * Parses `<name>,target=<ENV>`. The error never repeats the input (thv's does): the string may
 * hold a secret value someone pasted in by mistake.
 */
export function parseSecretParameter(s: string): SecretParameter {
  if (s === '') throw new UpgradeActionError('invalid-secret-parameter', 'secret parameter cannot be empty');
  const p = tryParseSecretParameter(s);
  if (!p) throw new UpgradeActionError('invalid-secret-parameter', 'invalid secret parameter format');
  return p;
}

/** thv's SecretParameter.ToCLIString. */
export function formatSecretParameter(p: SecretParameter): string {
  return `${p.name},target=${p.target}`;
}
