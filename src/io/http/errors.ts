// Failures of an HTTP exchange itself (no status to show). Adapters translate them into their
// own error types (catalog, container registry), keeping this one as the `cause`.
import { UpgradeActionError } from '../../core/errors.js';

export type HttpErrorCode =
  | 'http-unreachable'
  | 'http-timeout'
  | 'http-tls'
  | 'http-too-large'
  | 'http-too-many-redirects'
  | 'http-insecure-transport'
  | 'http-deadline';

export class HttpError extends UpgradeActionError {
  declare readonly code: HttpErrorCode;
  /** Attempts made before giving up (1 when not retried). */
  readonly attempts: number;

  /** `url` is already redacted. */
  /** Worth another attempt (policy.ts lists which failures are). */
  readonly transient: boolean;

  /** `url` is already redacted. */
  constructor(code: HttpErrorCode, message: string, url: string, options: ErrorOptions & { attempts?: number; transient?: boolean } = {}) {
    super(code, message, { url }, undefined, options.cause === undefined ? undefined : { cause: options.cause });
    this.attempts = options.attempts ?? 1;
    this.transient = options.transient ?? false;
  }
}
