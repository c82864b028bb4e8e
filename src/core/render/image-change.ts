// An image change as a reviewer reads it: the repository once and then the tags when only the tag
// (or digest) moves, both full references otherwise. Works on any string, parsed or not.

import { splitWritten } from '../image/written-reference.js';
import { inlineCode } from './markdown-escape.js';

/**
 * Markdown for the move from `current` to `candidate`: `` `ghcr.io/acme/app`: `1.0.1` → `1.0.3` ``
 * when the repository is unchanged, `` `a:1` → `b:2` `` otherwise, one reference when they are equal
 * or there is no candidate, `–` when there is nothing.
 */
export function imageChange(current: string | undefined, candidate: string | undefined): string {
  if (!current && !candidate) return '–';
  if (!current) return inlineCode(candidate!);
  if (!candidate || candidate === current) return inlineCode(current);
  const from = splitWritten(current);
  const to = splitWritten(candidate);
  if (from.repository === to.repository && from.version !== '' && to.version !== '') {
    return `${inlineCode(from.repository)}: ${inlineCode(from.version)} → ${inlineCode(to.version)}`;
  }
  return `${inlineCode(current)} → ${inlineCode(candidate)}`;
}
