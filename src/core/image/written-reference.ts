// A reference split as written, without parsing it: what edits, tables and PR bodies show and keep.
// (How a registry or runtime reads the name is reference.ts and container-runtime-name.ts.)

export interface WrittenParts {
  /** Everything before the tag or digest, as written. */
  repository: string;
  /** The tag or digest without its `:` or `@`; empty when the reference has neither. */
  version: string;
}

/** The digest after the last `@`, else a tag after a `:` that follows the last `/`. */
export function splitWritten(image: string): WrittenParts {
  const at = image.lastIndexOf('@');
  if (at !== -1) return { repository: image.slice(0, at), version: image.slice(at + 1) };
  const colon = image.lastIndexOf(':');
  if (colon > image.lastIndexOf('/')) return { repository: image.slice(0, colon), version: image.slice(colon + 1) };
  return { repository: image, version: '' };
}

/** The tag of a reference, or undefined for a digest reference or one without a tag. */
export function tagOf(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  const { version } = splitWritten(image);
  return version === '' ? undefined : version;
}

/** The name without tag or digest, as written. */
export function nameOf(reference: string): string {
  const at = reference.indexOf('@');
  return splitWritten(at === -1 ? reference : reference.slice(0, at)).repository;
}
