// Registry problems stop the whole run (every verdict depends on the registry), so they are
// configuration errors: one line naming the file or URL, plus what to do about it.
import { ConfigurationError, type ErrorPlace } from '../errors.js';

export type RegistryErrorCode =
  | 'registry-unreachable'
  | 'registry-http'
  | 'registry-unauthorized'
  | 'registry-too-large'
  | 'registry-invalid-json'
  | 'registry-format'
  | 'registry-not-found'
  | 'registry-invalid-source'
  | 'registry-deadline';

export class RegistryError extends ConfigurationError {
  declare readonly code: RegistryErrorCode;
  /** HTTP status of the failing response, when there was one. */
  readonly status?: number;

  constructor(code: RegistryErrorCode, message: string, place: ErrorPlace = {}, hint?: string, status?: number, options?: ErrorOptions) {
    super(code, message, place, hint, options);
    if (status !== undefined) this.status = status;
  }
}

/** An entry ToolHive could not convert; the entry is skipped, the load goes on. */
export class ConversionError extends Error {
  override name = 'ConversionError';
}

/**
 * An entry beyond what this Action reads safely (e.g. a predicate nested thousands deep). Unlike a
 * shape ToolHive refuses, a workload naming it is told why instead of "not found".
 */
export class EntryLimitError extends ConversionError {
  override name = 'EntryLimitError';
}
