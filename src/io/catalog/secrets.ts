// Credentials a catalog source carries (a token, `user:password@` in the URL) and every form in
// which a server may echo them back (the Basic header is their base64). Errors and logs of the
// catalog are scrubbed of all of them; the Action also masks them with core.setSecret.
import { RegistryError } from '../../core/catalog/errors.js';
import { redactText } from '../http/redact.js';

const base64 = (s: string): string[] => {
  const b = Buffer.from(s).toString('base64');
  return [b, b.replace(/=+$/, '')];
};

function userinfo(source: string): { user: string; password: string } | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/@?#]*)@/i.exec(source.trim());
  if (!m) return undefined;
  const [rawUser, ...rest] = m[1]!.split(':');
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return { user: decode(rawUser ?? ''), password: decode(rest.join(':')) };
}

/**
 * Every secret string of a catalog source: the token, the URL's user and password (raw and
 * percent-decoded), their base64 and the base64 of `user:password` (the Basic credentials).
 */
export function catalogSecrets(source: string, token?: string): string[] {
  const out = new Set<string>();
  if (token) out.add(token);
  const info = userinfo(source);
  if (info) {
    const raw = /^[a-z][a-z0-9+.-]*:\/\/([^/@?#]*)@/i.exec(source.trim())![1]!;
    for (const s of [info.user, info.password, ...raw.split(':')]) if (s) out.add(s);
    for (const s of [info.user, info.password, `${info.user}:${info.password}`]) if (s) for (const b of base64(s)) out.add(b);
  }
  return [...out].filter((s) => s.length > 0);
}

/** The same catalog error with every secret replaced by `***` (other errors pass through). */
export function scrubError(error: unknown, secrets: readonly string[]): unknown {
  if (!(error instanceof RegistryError) || secrets.length === 0) return error;
  const r = (s: string | undefined) => (s === undefined ? undefined : redactText(s, secrets));
  const place = { ...error.place, ...(error.place.url ? { url: r(error.place.url) } : {}) };
  const clean = new RegistryError(error.code, r(error.message)!, place, r(error.hint), error.status, { cause: error.cause });
  return clean;
}
