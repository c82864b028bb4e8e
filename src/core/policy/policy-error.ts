import { UpgradeActionError } from '../errors.js';

/** A policy file that cannot be used as written: names the file, the line and the key. */
export class PolicyError extends UpgradeActionError {
  constructor(message: string, file: string, line?: number, hint?: string) {
    super('invalid-policy', message, { file, line }, hint);
  }
}
