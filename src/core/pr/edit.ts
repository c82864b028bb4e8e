// Byte-exact edits of one value in a manifest's source text. Only the characters of the image
// token change; every other character (comments, key order, indentation, CRLF, the trailing
// newline or its absence) is kept, because reviewers and GitOps tools diff these files verbatim.

import { parse as parseYaml } from 'yaml';
import { UpgradeActionError } from '../errors.js';
import type { SourceSpan } from '../manifest/workload.js';

/** An edit refused because the file is not what the plan expected (or cannot be edited safely). */
export class EditError extends UpgradeActionError {}

/** One image replacement in one file. */
export interface ImageEdit {
  span: SourceSpan;
  /** The image the token must currently hold (decoded), so a stale span can never corrupt a file. */
  from: string;
  to: string;
}

export type TokenStyle = 'double-quoted' | 'single-quoted' | 'plain';

/** Decoded value and quoting style of the token under `span`; throws EditError when it is not a single-line scalar. */
export function readToken(text: string, span: SourceSpan, file?: string): { value: string; style: TokenStyle } {
  const place = { file, line: span.line };
  if (span.offset < 0 || span.length <= 0 || span.offset + span.length > text.length) {
    throw new EditError(
      'edit-span-out-of-range',
      `image span ${span.offset}+${span.length} is outside the file (${text.length} characters)`,
      place
    );
  }
  const token = text.slice(span.offset, span.offset + span.length);
  // A quoted or block value over several lines is real YAML we do not rewrite; a plain token with a
  // line break is just a wrong span and fails the comparison below.
  if (/[\r\n]/.test(token) && /^["'|>]/.test(token)) {
    throw new EditError(
      'edit-unsupported-style',
      'the image value spans several lines; only single-line values are edited',
      place,
      'write the image on one line'
    );
  }
  const first = token[0];
  if (first === '"') {
    return { value: decodeDoubleQuoted(token, place), style: 'double-quoted' };
  }
  if (first === "'") {
    if (token.length < 2 || !token.endsWith("'") || token.slice(1, -1).replace(/''/g, '').includes("'")) {
      throw new EditError('edit-span-mismatch', 'the image span does not cover a complete single-quoted value', place);
    }
    return { value: token.slice(1, -1).replace(/''/g, "'"), style: 'single-quoted' };
  }
  if (first === '|' || first === '>' || first === '&' || first === '*' || first === '!') {
    throw new EditError(
      'edit-unsupported-style',
      `the image value uses YAML syntax that is not edited in place (${first})`,
      place,
      'write the image as a plain or quoted scalar'
    );
  }
  return { value: token, style: 'plain' };
}

function decodeDoubleQuoted(token: string, place: { file?: string; line: number }): string {
  if (token.length < 2 || !token.endsWith('"')) {
    throw new EditError('edit-span-mismatch', 'the image span does not cover a complete double-quoted value', place);
  }
  try {
    const v: unknown = JSON.parse(token);
    if (typeof v === 'string') return v;
  } catch {
    // YAML double-quoted scalars allow escapes JSON does not (\x41, \e, \_ …).
  }
  try {
    const v: unknown = parseYaml(token);
    if (typeof v === 'string') return v;
  } catch {
    // fall through
  }
  throw new EditError('edit-span-mismatch', 'the image span does not cover a complete double-quoted value', place);
}

/** Encodes `value` in `style`; a plain value that YAML would read differently is double-quoted instead. */
export function encodeToken(value: string, style: TokenStyle): string {
  switch (style) {
    case 'double-quoted':
      return JSON.stringify(value);
    case 'single-quoted':
      return `'${value.replace(/'/g, "''")}'`;
    case 'plain':
      return isSafePlainScalar(value) ? value : JSON.stringify(value);
  }
}

/**
 * True when `value` written unquoted reads back as the same string in YAML 1.2 and 1.1 (Kubernetes
 * tooling still uses 1.1 rules), in block and flow context.
 */
export function isSafePlainScalar(value: string): boolean {
  if (value === '' || !/^[A-Za-z0-9_./]/.test(value)) return false;
  // Control characters, ' #' comments, ': ' mappings and flow indicators all change the meaning.
  if (/[\u0000-\u001f\u007f\s,[\]{}#]/.test(value) || /:$/.test(value) || value.includes(': ')) return false;
  for (const version of ['1.2', '1.1'] as const) {
    try {
      if (parseYaml(value, { version }) !== value) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function checkNewImage(to: string, place: { file?: string; line: number }): void {
  if (to === '' || /[\u0000-\u001f\u007f]/.test(to) || to.trim() !== to) {
    throw new EditError(
      'edit-invalid-image',
      `refusing to write the image ${JSON.stringify(to)}: it is empty or contains whitespace or control characters`,
      place
    );
  }
}

/**
 * `text` with the image token under `span` replaced by `newImage` in the token's own quoting
 * style. Refuses (EditError) when the token does not currently decode to `expectedCurrent`.
 */
export function replaceImage(text: string, span: SourceSpan, newImage: string, expectedCurrent: string, file?: string): string {
  const place = { file, line: span.line };
  const { value, style } = readToken(text, span, file);
  if (value !== expectedCurrent) {
    throw new EditError(
      'edit-span-mismatch',
      `expected the image ${JSON.stringify(expectedCurrent)} at line ${span.line}, column ${span.column}, found ${JSON.stringify(value)}`,
      place,
      'the file changed after it was read; run again'
    );
  }
  checkNewImage(newImage, place);
  return text.slice(0, span.offset) + encodeToken(newImage, style) + text.slice(span.offset + span.length);
}

/** Applies several edits to one file, last offset first so earlier spans stay valid; overlapping edits are refused. */
export function applyEdits(text: string, edits: readonly ImageEdit[], file?: string): string {
  const sorted = [...edits].sort((a, b) => b.span.offset - a.span.offset);
  for (let i = 1; i < sorted.length; i++) {
    const later = sorted[i - 1]!;
    const earlier = sorted[i]!;
    if (earlier.span.offset + earlier.span.length > later.span.offset) {
      throw new EditError('edit-overlap', `two edits overlap at line ${later.span.line}`, { file, line: later.span.line });
    }
  }
  let out = text;
  for (const edit of sorted) out = replaceImage(out, edit.span, edit.to, edit.from, file);
  return out;
}
