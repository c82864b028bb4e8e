// Registry URLs and server replies end up in logs and PR bodies: credentials must not.

/** Query keys the MCP registry API uses; any other query value may be a credential (signed URLs). */
const SAFE_QUERY_KEYS = new Set(['cursor', 'limit', 'version', 'search', 'updated_since']);

/** The URL without userinfo or fragment, with every non-API query value replaced by `***`. */
export function redactUrl(raw: string | URL): string {
  let u: URL;
  try {
    u = new URL(String(raw));
  } catch {
    return String(raw).replace(/\/\/[^/@?#]*@/, '//');
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

/** Replaces every occurrence of the given secrets (e.g. a bearer token echoed by a server). */
export function redactText(text: string, secrets: (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('***');
  return out;
}

/** A short single-line excerpt of an error body for messages. */
export function bodyExcerpt(body: Buffer, secrets: (string | undefined)[], max = 200): string {
  const text = redactText(body.subarray(0, 4096).toString('utf8'), secrets).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
