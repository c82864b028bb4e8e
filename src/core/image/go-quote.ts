// Go's `%q` verb, so reasons quote references exactly as thv prints them.

import { madeOnce } from '../text/made-once.js';

const unicodePrint = madeOnce(() => /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u);
const GO_SHORT_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v'
};

/**
 * Go's `%q` (strconv.Quote): double quotes, backslash escapes, non-printable runes as \x / \u / \U.
 * Matches JSON.stringify for printable text, which is what references normally are.
 */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    if (ch === '"' || ch === '\\') {
      out += '\\' + ch;
      continue;
    }
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0x20 && cp < 0x7f) {
      out += ch;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) {
      // A lone surrogate reaches Go as U+FFFD (invalid UTF-8 is replaced when JSON is decoded).
      out += '\uFFFD';
      continue;
    }
    if (unicodePrint().test(ch)) {
      out += ch;
      continue;
    }
    const short = GO_SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}
