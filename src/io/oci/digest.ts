// Content digests and references as they go into registry URLs.
import { createHash } from 'node:crypto';
import { ContainerRegistryError } from './errors.js';

export const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Tags and digests go into the path verbatim (some registries do not decode %3A); refuse anything else. */
export function checkedRef(r: string): string {
  if (DIGEST_RE.test(r) || /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(r)) return r;
  throw new ContainerRegistryError('registry-response', `refusing to request malformed reference ${JSON.stringify(r.slice(0, 80))}`);
}
