// Typed container-registry errors ("registry" alone means the MCP catalog elsewhere). Messages
// name the host and repository, never credentials or signed URLs.

import { UpgradeActionError } from '../../core/errors.js';

export type ContainerRegistryErrorCode =
  | 'registry-auth'
  | 'image-not-found'
  | 'registry-unavailable'
  | 'registry-unreachable'
  | 'registry-response'
  | 'tampered-response'
  | 'too-large'
  | 'insecure-transport';

export class ContainerRegistryError extends UpgradeActionError {
  declare readonly code: ContainerRegistryErrorCode;
  constructor(code: ContainerRegistryErrorCode, message: string, url?: string, options?: ErrorOptions) {
    super(code, message, url ? { url } : {}, undefined, options);
  }
}
