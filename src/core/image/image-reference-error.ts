import { type ErrorPlace, UpgradeActionError } from '../errors.js';

/** An image reference that go-containerregistry's name package would reject. */
export class ImageReferenceError extends UpgradeActionError<'invalid-reference'> {
  constructor(message: string, place: ErrorPlace = {}, hint?: string) {
    super('invalid-reference', message, place, hint);
  }
}
