// ggcr's registry check: a registry is valid when Go's url.Parse gives it back as the host.

// Go's url.Parse: control bytes are rejected; '#', '?', '@', '/' end the host and '%' escapes
// change it, so with any of them url.Host can never equal the input.
const REGISTRY_NEVER_RE = /[\x00-\x1f\x7f#?@/%]/;
// ASCII that net/url accepts unescaped in a host (shouldEscape(c, encodeHost) is false); bytes
// >= 0x80 are accepted too. '[' is handled separately (IP literals).
const REGISTRY_HOST_CHAR_RE = /^(?:[A-Za-z0-9!$&'()*+,;=:\]<>"\-_.~]|[^\x00-\x7f])*$/;
const DIGITS_RE = /^[0-9]*$/;
const HEX_RE = /^[0-9a-fA-F]{1,4}$/;

// netip.ParseAddr, IPv4 dotted quad: four decimal octets, no leading zeros.
function isIPv4(s: string): boolean {
  const fields = s.split('.');
  if (fields.length !== 4) return false;
  for (const f of fields) {
    if (f.length === 0 || f.length > 3 || !/^[0-9]+$/.test(f)) return false;
    if (f.length > 1 && f[0] === '0') return false;
    if (Number(f) > 255) return false;
  }
  return true;
}

// netip.ParseAddr for an IPv6 address without a zone (a zone needs '%', which never gets here).
function isIPv6(s: string): boolean {
  let rest = s;
  let fields = 0; // 16-bit groups written
  let ellipsis = false;
  if (rest.startsWith('::')) {
    ellipsis = true;
    rest = rest.slice(2);
    if (rest === '') return true;
  }
  while (fields < 8) {
    const colon = rest.indexOf(':');
    const field = colon < 0 ? rest : rest.slice(0, colon);
    if (field.includes('.')) {
      // An embedded IPv4 address fills the last two groups and ends the address.
      if (colon >= 0) return false;
      if (!ellipsis && fields !== 6) return false;
      if (fields + 2 > 8) return false;
      if (!isIPv4(field)) return false;
      fields += 2;
      rest = '';
      break;
    }
    if (!HEX_RE.test(field)) return false;
    fields++;
    if (colon < 0) {
      rest = '';
      break;
    }
    rest = rest.slice(colon + 1);
    if (rest === '') return false; // trailing single colon
    if (rest[0] === ':') {
      if (ellipsis) return false;
      ellipsis = true;
      rest = rest.slice(1);
      if (rest === '') break;
    }
  }
  if (rest !== '') return false;
  if (fields < 8) return ellipsis;
  return !ellipsis;
}

/**
 * ggcr checkRegistry: Go's `url.Parse("//" + name).Host == name` (Go 1.26 rules: at most one
 * colon outside brackets, brackets only around a whole IPv6 literal).
 */
export function isValidRegistry(name: string): boolean {
  if (name === '') return true;
  if (REGISTRY_NEVER_RE.test(name)) return false;
  if (name[0] === '[') {
    if (name.lastIndexOf('[') > 0) return false;
    const close = name.lastIndexOf(']');
    if (close < 0) return false;
    const port = name.slice(close + 1);
    if (port !== '' && (port[0] !== ':' || !DIGITS_RE.test(port.slice(1)))) return false;
    const literal = name.slice(1, close);
    // Only IPv6 may be bracketed; netip decides by the first '.' or ':'.
    const firstSep = literal.search(/[.:]/);
    return firstSep >= 0 && literal[firstSep] === ':' && isIPv6(literal);
  }
  if (name.includes('[')) return false;
  const colon = name.indexOf(':');
  if (colon >= 0 && !DIGITS_RE.test(name.slice(colon + 1))) return false;
  return REGISTRY_HOST_CHAR_RE.test(name);
}
