// Local addresses: hosts a container registry may be reached on over plain HTTP without a flag,
// as go-containerregistry's name.Registry.Scheme decides (pkg/name/registry.go): localhost,
// *.localhost and *.local names, loopback (127.0.0.0/8, ::1) and RFC 1918 private IPv4 ranges.
// Unlike ggcr, the port is not part of the match (ggcr needs `localhost:PORT`).

/** The four octets of a dotted IPv4 literal, or undefined. */
function ipv4(host: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16. */
export function isPrivateIPv4(host: string): boolean {
  const o = ipv4(host);
  if (!o) return false;
  return o[0] === 10 || (o[0] === 172 && o[1]! >= 16 && o[1]! <= 31) || (o[0] === 192 && o[1] === 168);
}

/** localhost, *.localhost, ::1 or 127.x.x.x (brackets around an IPv6 literal are allowed). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || ipv4(h)?.[0] === 127;
}

/** Loopback, `*.local` (mDNS) or an RFC 1918 private address: a registry on the runner's own network. */
export function isLocalHost(hostname: string): boolean {
  const h = hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  return isLoopbackHost(h) || h.endsWith('.local') || isPrivateIPv4(h);
}
