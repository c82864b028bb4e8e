// GitHub measures its limits (job summary 1 MiB, step outputs 1 MB) in UTF-8 bytes, not in the
// UTF-16 units of String#length: a name in CJK is 1.5 times larger there, 3 bytes for each unit.

/** The size of `text` in UTF-8 bytes (a lone surrogate counts as the U+FFFD it is written as). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
