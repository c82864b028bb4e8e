// What no output channel may print raw when the text came from a manifest, a file name or the
// registry: controls and line/paragraph separators can start a new line (and a line starting with
// `::` is a GitHub workflow command), format characters (bidi overrides and isolates, zero-width
// characters, BOM, tags) can make a name look like another, and lone surrogates print as garbage.

import { madeOnce } from '../../text/made-once.js';

/** Cc (C0, DEL, C1), Cf (bidi controls, zero-width, BOM, …), Zl/Zp (U+2028/U+2029), lone surrogates. */
const unsafeCharacter = madeOnce(() => /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu);
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/** Printable ASCII has no unsafe or invisible character: most text never needs the Unicode classes. */
export function isPrintableAscii(text: string): boolean {
  return !NOT_PRINTABLE_ASCII.test(text);
}

/**
 * The runner's legacy command marker: `##[name]data` is a workflow command ANYWHERE in a line
 * (actions/runner ActionCommand.TryParse, tried when the line does not start with `::`), and its
 * commands include stop-commands, add-mask and set-output.
 */
const LEGACY_COMMAND_MARKER = /##\[/g;

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The escape a reader recognises, as JavaScript writes it: `\n`, `\x1b`, `\u202e`, `\u{e0001}`. */
export function visibleEscape(char: string): string {
  const short = SHORT_ESCAPES[char];
  if (short) return short;
  const code = char.codePointAt(0)!;
  const hex = code.toString(16);
  if (code < 0x100) return `\\x${hex.padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${hex.padStart(4, '0')}`;
  return `\\u{${hex}}`;
}

/** `##[` written as `##\x5b`, so the runner never reads a command in the text. */
export function escapeCommandMarkers(text: string): string {
  return text.replace(LEGACY_COMMAND_MARKER, '##\\x5b');
}

/** `text` with every unsafe character and command marker replaced by its visible escape; other text is unchanged. */
export function escapeUnsafeCharacters(text: string): string {
  return escapeCommandMarkers(isPrintableAscii(text) ? text : text.replace(unsafeCharacter(), visibleEscape));
}
