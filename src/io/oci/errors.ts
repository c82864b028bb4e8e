// Typed registry errors. Messages name the host and repository, never credentials or signed URLs.

import { UpgradeActionError } from '../../core/errors.js';

export type RegistryErrorCode =
  | 'registry-auth'
  | 'image-not-found'
  | 'registry-unavailable'
  | 'registry-unreachable'
  | 'registry-response'
  | 'tampered-response'
  | 'too-large'
  | 'insecure-transport';

export class RegistryError extends UpgradeActionError {
  declare readonly code: RegistryErrorCode;
  constructor(code: RegistryErrorCode, message: string, url?: string) {
    super(code, message, url ? { url } : {});
  }
}
