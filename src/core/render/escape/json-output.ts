// JSON printed to a terminal or set as a step output. JSON.stringify escapes C0 controls but leaves
// DEL, C1, U+2028/U+2029, bidi and zero-width characters raw, and the runner reads `##[name]` as a
// workflow command anywhere in a line; `\uXXXX` escapes parse back to the same strings, so the
// values stay exact and no line, command or disguise can come from them.

const RAW_IN_JSON = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
// Every character RAW_IN_JSON matches is past ASCII 0x7e: one quick pass finds those stretches
// (surrogate pairs stay whole inside one) and `##[`, and the slower Unicode-class scan runs only on
// the stretches, not over a report of thousands of results.
const PAST_ASCII_OR_COMMAND = /[^\x00-\x7e]+|##\[/g;

/** `json` (from JSON.stringify) with the characters it leaves raw written as `\u` escapes. */
export function escapeJsonText(json: string): string {
  return json.replace(PAST_ASCII_OR_COMMAND, (found) => (found === '##[' ? '##\\u005b' : found.replace(RAW_IN_JSON, escapeChar)));
}

function escapeChar(char: string): string {
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}
