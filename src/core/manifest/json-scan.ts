// JSON.parse gives values but not positions. This scanner walks only the top level of an object
// document to find where each member's value token sits, skipping nested values without building
// them, so locating `image` costs about as much as one pass over the bytes.

export interface JsonMember {
  key: string;
  valueStart: number;
  valueEnd: number;
}

export interface JsonTopLevel {
  members: JsonMember[];
  /** Offset just after the closing brace: Go's decoder reads only the first value of a stream. */
  end: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the closing quote of the string starting at `i` (which must be a quote), or -1. */
function skipString(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q === -1) return -1;
    // An odd run of backslashes before the quote escapes it.
    let k = q - 1;
    while (k > i && text.charCodeAt(k) === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** Index just past the value starting at `i`, or -1 when the text ends first. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return skipString(text, i);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0;
    let j = i;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === QUOTE) {
        j = skipString(text, j);
        if (j === -1) return -1;
        continue;
      }
      if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return -1;
  }
  // Literal or number: runs to the next delimiter.
  let j = i;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isSpace(d)) break;
    j++;
  }
  return j;
}

/**
 * Members of the top-level object, in document order (duplicates kept), or undefined when the text
 * does not start with an object or is malformed at the top level (JSON.parse reports the details).
 */
export function scanTopLevel(text: string, start = 0): JsonTopLevel | undefined {
  let i = skipSpace(text, start);
  if (text.charCodeAt(i) !== OPEN_BRACE) return undefined;
  i = skipSpace(text, i + 1);
  const members: JsonMember[] = [];
  if (text.charCodeAt(i) === CLOSE_BRACE) return { members, end: i + 1 };
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return undefined;
    const keyEnd = skipString(text, i);
    if (keyEnd === -1) return undefined;
    const raw = text.slice(i + 1, keyEnd - 1);
    let key = raw;
    if (raw.includes('\\')) {
      try {
        key = JSON.parse(text.slice(i, keyEnd)) as string;
      } catch {
        return undefined;
      }
    }
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return undefined;
    const valueStart = skipSpace(text, i + 1);
    const valueEnd = skipValue(text, valueStart);
    if (valueEnd === -1 || valueEnd === valueStart) return undefined;
    members.push({ key, valueStart, valueEnd });
    i = skipSpace(text, valueEnd);
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i = skipSpace(text, i + 1);
      continue;
    }
    if (c === CLOSE_BRACE) return { members, end: i + 1 };
    return undefined;
  }
}

/**
 * Where the value of the last top-level member named exactly `name` sits (document order, as Go
 * assigns fields), without building the member list: one pass that compares keys in place.
 */
export function memberSpan(text: string, name: string, start = 0): { start: number; end: number } | undefined {
  // Without a backslash no key is escaped and no string holds a quote, so a member's key appears
  // literally; if `"name"` appears only once, it is that member (when the object has it).
  const quoted = `"${name}"`;
  const first = text.indexOf(quoted, start);
  if (first !== -1 && text.indexOf(quoted, first + 1) === -1 && text.indexOf('\\', start) === -1) {
    const colon = skipSpace(text, first + quoted.length);
    if (text.charCodeAt(colon) === COLON) {
      const valueStart = skipSpace(text, colon + 1);
      const valueEnd = skipValue(text, valueStart);
      if (valueEnd > valueStart) return { start: valueStart, end: valueEnd };
    }
  }
  let i = skipSpace(text, start);
  if (text.charCodeAt(i) !== OPEN_BRACE) return undefined;
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === CLOSE_BRACE) return undefined;
  let found: { start: number; end: number } | undefined;
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return found;
    const keyEnd = skipString(text, i);
    if (keyEnd === -1) return found;
    const rawLength = keyEnd - i - 2;
    let matches = rawLength === name.length && text.startsWith(name, i + 1);
    if (!matches && rawLength > name.length && text.lastIndexOf('\\', keyEnd - 2) > i) {
      try {
        matches = JSON.parse(text.slice(i, keyEnd)) === name;
      } catch {
        return found;
      }
    }
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return found;
    const valueStart = skipSpace(text, i + 1);
    const valueEnd = skipValue(text, valueStart);
    if (valueEnd === -1 || valueEnd === valueStart) return found;
    if (matches) found = { start: valueStart, end: valueEnd };
    i = skipSpace(text, valueEnd);
    if (text.charCodeAt(i) !== COMMA) return found;
    i = skipSpace(text, i + 1);
  }
}
