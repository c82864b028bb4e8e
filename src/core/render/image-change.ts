// An image change as a reviewer reads it: the repository once and then the tags when only the tag
// (or digest) moves, both full references otherwise. Works on any string, parsed or not.

import { inlineCode } from './markdown-escape.js';

export interface ImageParts {
  /** Everything before the tag or digest, as written. */
  repository: string;
  /** The tag or digest without its `:` or `@`; empty when the reference has neither. */
  version: string;
}

/** Splits a reference as written: the digest after the last `@`, else a tag after a `:` that follows the last `/`. */
export function splitImage(image: string): ImageParts {
  const at = image.lastIndexOf('@');
  if (at !== -1) return { repository: image.slice(0, at), version: image.slice(at + 1) };
  const colon = image.lastIndexOf(':');
  if (colon > image.lastIndexOf('/')) return { repository: image.slice(0, colon), version: image.slice(colon + 1) };
  return { repository: image, version: '' };
}

/** The tag of a reference, or undefined for a digest reference or one without a tag. */
export function tagOf(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  const { version } = splitImage(image);
  return version === '' ? undefined : version;
}

/**
 * Markdown for the move from `current` to `candidate`: `` `ghcr.io/acme/app`: `1.0.1` → `1.0.3` ``
 * when the repository is unchanged, `` `a:1` → `b:2` `` otherwise, one reference when they are equal
 * or there is no candidate, `–` when there is nothing.
 */
export function imageChange(current: string | undefined, candidate: string | undefined): string {
  if (!current && !candidate) return '–';
  if (!current) return inlineCode(candidate!);
  if (!candidate || candidate === current) return inlineCode(current);
  const from = splitImage(current);
  const to = splitImage(candidate);
  if (from.repository === to.repository && from.version !== '' && to.version !== '') {
    return `${inlineCode(from.repository)}: ${inlineCode(from.version)} → ${inlineCode(to.version)}`;
  }
  return `${inlineCode(current)} → ${inlineCode(candidate)}`;
}
