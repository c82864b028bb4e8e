// Which URLs may be fetched over plain http:// (the policy is described in policy.ts).
import { HttpError } from './errors.js';
import { isLocalHost } from './local-address.js';
import { redactUrl } from './redact.js';

/** Hosts (host:port, lower case) where the user allowed plain HTTP, e.g. `insecure-registries`. */
export type InsecureHosts = ReadonlySet<string>;

export function plainHttpAllowed(u: URL, insecureHosts: InsecureHosts): boolean {
  return isLocalHost(u.hostname) || insecureHosts.has(u.host.toLowerCase());
}

/**
 * Throws `http-insecure-transport` unless `u` is https, or http to an allowed host. `from` is the
 * URL that named this one (a token realm): plain HTTP is acceptable when that was plain HTTP too.
 */
export function assertTransportAllowed(u: URL, insecureHosts: InsecureHosts, from?: URL): void {
  if (u.protocol === 'https:') return;
  if (u.protocol === 'http:' && (plainHttpAllowed(u, insecureHosts) || from?.protocol === 'http:')) return;
  const what = u.protocol === 'http:' ? 'plain http' : `the ${u.protocol.replace(':', '')} scheme`;
  throw new HttpError('http-insecure-transport', `refusing ${what} to ${u.host}`, redactUrl(u));
}
