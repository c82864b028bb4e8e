// JSON printed to a terminal or set as a step output. JSON.stringify escapes C0 controls but leaves
// DEL, C1, U+2028/U+2029, bidi and zero-width characters raw, and the runner reads `##[name]` as a
// workflow command anywhere in a line; `\uXXXX` escapes parse back to the same strings, so the
// values stay exact and no line, command or disguise can come from them.

import { madeOnce } from '../../text/made-once.js';

const rawInJson = madeOnce(() => /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu);
// Every character rawInJson matches is DEL or past ASCII: the slower Unicode-class scan runs only
// on stretches of those (surrogate pairs stay whole inside one), and only when a native check finds
// any. A report of thousands of results is otherwise scanned at memory speed.
const PAST_ASCII = /[^\x00-\x7e]+/g;

/** `json` (from JSON.stringify) with the characters it leaves raw written as `\u` escapes. */
export function escapeJsonText(json: string): string {
  // A character past ASCII takes more than one UTF-8 byte (a lone surrogate three).
  const raw = Buffer.byteLength(json, 'utf8') !== json.length || json.includes('\x7f');
  const escaped = raw ? json.replace(PAST_ASCII, (stretch) => stretch.replace(rawInJson(), escapeChar)) : json;
  return escaped.includes('##[') ? escaped.replaceAll('##[', '##\\u005b') : escaped;
}

function escapeChar(char: string): string {
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}
