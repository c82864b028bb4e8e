// One place that turns untrusted text (registry names, descriptions, images, manifest paths) into
// GitHub-flavoured markdown that shows the text literally: no links, HTML, mentions, headings or
// table breaks can be smuggled into a PR body or job summary through a registry entry.

import { escapeCommandMarkers, isPrintableAscii, visibleEscape } from './escape/unsafe-characters.js';
import { madeOnce } from '../text/made-once.js';

const ZERO_WIDTH_SPACE = '\u200b';
/** Whitespace that breaks or tabs a line: each run becomes one space. */
const LINE_SPACE = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** Other controls, format characters (bidi, zero-width, BOM) and lone surrogates: shown as `\u202e` and the like, so a name cannot be disguised. */
const invisible = madeOnce(() => /[\p{Cc}\p{Cf}\p{Cs}]/gu);

/**
 * One line of visible text: line breaks become spaces, other invisible characters visible escapes,
 * and `##[` (a workflow command when the markdown is printed in a job log) `##\x5b`.
 */
export function oneLine(text: string): string {
  const visible = isPrintableAscii(text) ? text : text.replace(LINE_SPACE, ' ').replace(invisible(), visibleEscape);
  return escapeCommandMarkers(visible.replace(/ {2,}/g, ' ').trim());
}

/** Cuts `text` to at most `max` characters (never inside a surrogate pair), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Plain text shown literally in markdown prose: every ASCII punctuation character is
 * backslash-escaped (CommonMark allows it for all of them), so `<b>`, `[x](y)`, `**`, `#`, `|` and
 * entities render as typed; `@` and `#` get a zero-width space so no one is mentioned and no issue is linked.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, (c) => `\\${c}`)
    .replace(/\\@/g, `\\@${ZERO_WIDTH_SPACE}`)
    .replace(/\\#/g, `\\#${ZERO_WIDTH_SPACE}`);
}

/**
 * Text as an inline code span: the fence is one backtick longer than the longest backtick run
 * inside, and padded when the text starts or ends with a backtick, so the span cannot be closed early.
 * Code spans never render HTML, links or mentions.
 */
export function inlineCode(text: string): string {
  const flat = oneLine(text);
  if (flat === '') return '` `';
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A markdown fragment placed in a table cell: GFM splits cells on any `|` not escaped by an odd run
 * of backslashes, even inside code spans, so such pipes get one more backslash.
 */
export function tableCell(markdown: string): string {
  return markdown
    .replace(LINE_SPACE, ' ')
    .replace(/(\\*)\|/g, (_m, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`));
}

/** A GFM table; cells are markdown fragments that were already escaped by the caller. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [tableRow(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(tableRow)].join('\n');
}

/** One line of a GFM table (no trailing newline); cells as for markdownTable. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(tableCell).join(' | ')} |`;
}

/** Text inside an HTML comment marker: `--` and `>` could end the comment early. */
export function commentSafe(text: string): string {
  return oneLine(text).replace(/-{2,}/g, '-').replace(/>/g, '');
}
