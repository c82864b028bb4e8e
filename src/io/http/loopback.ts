// Loopback addresses: where plain HTTP and unthrottled clients are fine (tests, local stand-ins).

/** localhost, *.localhost, ::1 or 127.x.x.x (brackets around an IPv6 literal are allowed). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/** Whether `url` parses and names a loopback host; false when absent or not a URL. */
export function isLoopbackUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return isLoopbackHost(new URL(url).hostname);
  } catch {
    return false;
  }
}
