import { ConfigurationError } from '../errors.js';

/** Credentials for one container registry host, as the OCI client takes them. */
export interface ContainerRegistryCredential {
  host: string;
  username?: string;
  password?: string;
  token?: string;
}

/**
 * Parses `host=username:password` or `host=token` entries, one per line or comma-separated.
 * Errors name the entry by its host only: the rest may be a secret.
 */
export function parseRegistryCredentials(value: string): ContainerRegistryCredential[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry, i) => {
      const eq = entry.indexOf('=');
      const host = eq > 0 ? entry.slice(0, eq).trim().toLowerCase() : '';
      const secret = eq > 0 ? entry.slice(eq + 1).trim() : '';
      if (!host || !secret || /[\s/]/.test(host)) {
        throw new ConfigurationError(
          'invalid-registry-credentials',
          `entry ${i + 1}${host ? ` (${host})` : ''} is not host=username:password or host=token`
        );
      }
      const colon = secret.indexOf(':');
      return colon > 0 ? { host, username: secret.slice(0, colon), password: secret.slice(colon + 1) } : { host, token: secret };
    });
}

/** The secret parts, for masking before anything is logged. */
export function credentialSecrets(credentials: ContainerRegistryCredential[]): string[] {
  return credentials.flatMap((c) => [c.password, c.token].filter((s): s is string => Boolean(s)));
}
