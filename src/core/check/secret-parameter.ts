// ToolHive's `<name>,target=<ENV>` secret syntax (pkg/secrets/types.go ParseSecretParameter).

import { UpgradeActionError } from '../errors.js';

export interface SecretParameter {
  name: string;
  target: string;
}

// Go's `^([^,]+),target=(.+)$`: RE2's `.` excludes only '\n' (a JS `.` would also refuse '\r'
// and the line/paragraph separators), and `$` is end of text in both without flags.
const SECRET_PARAM_RE = /^([^,]+),target=([^\n]+)$/;

/** The parsed parameter, or undefined when thv's parser would reject it. */
export function tryParseSecretParameter(s: string): SecretParameter | undefined {
  const m = SECRET_PARAM_RE.exec(s);
  return m ? { name: m[1] as string, target: m[2] as string } : undefined;
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
