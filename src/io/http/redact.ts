// Registry URLs and server replies end up in logs and PR bodies: credentials must not.

/** Query keys the MCP registry API uses; any other query value may be a credential (signed URLs). */
const SAFE_QUERY_KEYS = new Set(['cursor', 'limit', 'version', 'search', 'updated_since']);

/** The URL without userinfo or fragment, with every non-API query value replaced by `***`. */
export function redactUrl(raw: string | URL): string {
  let u: URL;
  try {
    u = new URL(String(raw));
  } catch {
    // Unparseable: still no userinfo, and no query or fragment (they may hold a signature).
    return String(raw)
      .replace(/\/\/[^/@?#]*@/, '//')
      .replace(/[?#].*$/s, (rest) => (rest.startsWith('?') ? '?***' : ''));
  }
  u.username = '';
  u.password = '';
  u.hash = '';
  if (u.search) {
    const parts = u.search
      .slice(1)
      .split('&')
      .map((p) => {
        const eq = p.indexOf('=');
        const key = decodeURIComponent((eq === -1 ? p : p.slice(0, eq)).replace(/\+/g, ' '));
        return eq === -1 || SAFE_QUERY_KEYS.has(key) ? p : `${p.slice(0, eq)}=***`;
      });
    u.search = `?${parts.join('&')}`;
  }
  return u.toString();
}

/**
 * Replaces every occurrence of the given secrets (e.g. a bearer token echoed by a server), longest
 * first so a secret that contains another is hidden whole. Strings under 4 characters are kept
 * (they would mangle ordinary words).
 */
export function redactText(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  const sorted = secrets.filter((s): s is string => !!s && s.length >= 4).sort((a, b) => b.length - a.length);
  for (const s of sorted) out = out.split(s).join('***');
  return out;
}

/** A short single-line excerpt of an error body for messages. */
export function bodyExcerpt(body: Buffer, secrets: readonly (string | undefined)[], max = 200): string {
  const text = redactText(body.subarray(0, 4096).toString('utf8'), secrets).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
